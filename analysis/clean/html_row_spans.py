"""Table cells that span rows (``rowspan``), printed in each row they span.

A data table whose first column groups its rows (an archive's date cell spanning the
day's stories, a region's name spanning its results) gives that cell once, with
``rowspan="N"``; the rows below it have one cell fewer. inscriptis lays a table out by
its cells in order and does not read ``rowspan``, so each spanned row's cells moved one
column left: its headline printed under the date and its author under the headline, and
the rows no longer read alike. The spanned rows are given the cell back: a copy of it
when it holds a short label (fewer than
:data:`~analysis.clean.body.rules.LONG_LINE_WORDS` words: a date, a name; it applies to
each row it spans, as a reader takes it), an empty cell when it holds more (a paragraph
is not printed twice). Tables already rendered as blocks (layout tables) are left alone.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from analysis.clean.body.rules import LONG_LINE_WORDS
from analysis.text import count_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["fill_row_spans"]

_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})
# The most rows one cell is taken to span (a typo's "rowspan=1000" is not followed).
_MOST_ROWS = 100


def fill_row_spans(tree: HtmlElement) -> int:
    """Give each row a table cell spans its own copy of that cell (see the module docstring).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page; changed in place.

    Returns
    -------
    int
        How many cells were added.
    """
    added = 0
    for table in list(tree.iter("table")):
        rows = [
            row
            for part in [table, *(child for child in table if child.tag in _ROW_GROUPS)]
            for row in part
            if row.tag == "tr"
        ]
        pending: dict[int, tuple[HtmlElement, int]] = {}  # column: (cell, rows left)
        for row in rows:
            cells = [cell for cell in row if cell.tag in _CELLS]
            column, index = 0, 0
            placed: list[tuple[int, HtmlElement]] = []  # (column, cell) in this row
            while index < len(cells) or column in pending:
                if column in pending:
                    cell, left = pending[column]
                    placed.append((column, _spanned_copy(cell)))
                    pending[column] = (cell, left - 1)
                    if left <= 1:
                        del pending[column]
                    column += 1
                    continue
                cell = cells[index]
                index += 1
                if (span := _row_span(cell)) > 1:
                    pending[column] = (cell, span - 1)
                placed.append((column, cell))
                column += _column_span(cell)
            for position, (_, cell) in enumerate(placed):
                if cell.getparent() is None:
                    row.insert(_insert_at(row, placed, position), cell)
                    added += 1
    return added


def _insert_at(row: HtmlElement, placed: list[tuple[int, HtmlElement]], position: int) -> int:
    """The index in ``row`` to insert the added cell at ``placed[position]``: after the
    cell placed before it, or first."""
    for _, before in reversed(placed[:position]):
        if before.getparent() is row:
            return row.index(before) + 1
    return 0


def _spanned_copy(cell: HtmlElement) -> HtmlElement:
    """The cell a spanned row is given: a copy without its span, or an empty cell when
    it holds LONG_LINE_WORDS words or more."""
    if count_words(cell.text_content()) >= LONG_LINE_WORDS:
        empty = cell.makeelement(cell.tag, {})
        return empty
    twin = copy.deepcopy(cell)
    twin.attrib.pop("rowspan", None)
    twin.tail = None
    return twin


def _row_span(cell: HtmlElement) -> int:
    """The rows ``cell`` spans (1 when its ``rowspan`` is absent or no number)."""
    return _span(cell, "rowspan")


def _column_span(cell: HtmlElement) -> int:
    """The columns ``cell`` spans (1 when its ``colspan`` is absent or no number)."""
    return _span(cell, "colspan")


def _span(cell: HtmlElement, name: str) -> int:
    """The number of an attribute ``rowspan`` or ``colspan``, between 1 and _MOST_ROWS."""
    value = (cell.get(name) or "").strip()
    return min(int(value), _MOST_ROWS) if value.isdigit() and int(value) > 0 else 1

"""Layout tables of an HTML page: rendered cell after cell, as a reader view shows them.

An old site lays its page out in a ``<table>``: a column of links, the story's cell, a
column of headlines, each a ``<td>`` of one row. inscriptis renders a table as a text
browser does, its cells side by side, so the story's first lines shared their printed
lines with the menu's and the headlines' ("Letters   The county's oldest windmill ...
Fire at farm shop") and neither the body detector nor the main text's lines found them.
A table one of whose own cells holds a paragraph (at least
:data:`~analysis.clean.body.rules.LONG_LINE_WORDS` words, a line the body detector
reads as prose on its length alone, ending a sentence), or a table of its own (a portal
of the 2000s: a menu's cell beside a cell holding the table of its stories), lays out a
page rather than data:
its rows and cells are rendered as blocks, one after the other, as a browser's reader
view and a screen reader take them. A data table's cells hold figures, names and short
phrases, never a paragraph, and it keeps its columns (a forecast or a results table is
read by its rows). No tuned value: the size is the detector's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.body.rules import LONG_LINE_WORDS
from analysis.text import count_words
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["linearize_layout_tables"]

# A table's parts that lay out its cells: renamed blocks in a layout table.
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})


def linearize_layout_tables(tree: HtmlElement) -> int:
    """Render every layout table of ``tree`` as blocks (see the module docstring), in place.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    int
        How many tables were so rendered.
    """
    layout = [table for table in tree.iter("table") if _holds_paragraph(table)]
    for table in layout:
        for part in [table, *_own_parts(table)]:
            part.tag = "div"
    return len(layout)


def _own_parts(table: HtmlElement) -> list[HtmlElement]:
    """The rows, cells and row groups of ``table`` itself (not of a table inside it)."""
    return [
        part
        for part in table.iterdescendants(*_TABLE_PARTS)
        if part.tag != "table" and _owner(part) is table
    ]


def _owner(part: HtmlElement) -> HtmlElement | None:
    """The nearest ``<table>`` above ``part``."""
    return next(part.iterancestors("table"), None)


def _holds_paragraph(table: HtmlElement) -> bool:
    """Whether one of ``table``'s own cells holds a paragraph: its text outside tables
    inside it, a stretch between line breaks, of LONG_LINE_WORDS words or more ending a
    sentence; or a table of its own (a data table holds none)."""
    for cell in table.iterdescendants("td", "th"):
        if _owner(cell) is not table:
            continue
        if next(cell.iterdescendants("table"), None) is not None:
            return True
        for stretch in _own_text(cell).split("\n"):
            end = strip_closing_marks(stretch.strip())
            if end and end[-1] in SENTENCE_MARKS and count_words(stretch) >= LONG_LINE_WORDS:
                return True
    return False


def _own_text(cell: HtmlElement) -> str:
    """The text of ``cell`` outside the tables inside it, a line break at each ``<br>``
    and block element."""
    parts: list[str] = [cell.text or ""]
    for child in cell:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "table":
            parts.append("\n")
        elif child.tag in ("br", "p", "div", "li"):
            parts.append("\n" + _own_text(child) + "\n")
        else:
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)

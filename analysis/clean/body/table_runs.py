"""A text table set between two paragraphs (a step of the body detector).

A story's table printed as text (a Markdown pipe table or an ASCII grid, whose rows the
reader prints with tabs between the cells: :mod:`analysis.clean.markdown_blocks`; a
``<pre>`` padded with spaces) is a run of table rows
(:func:`~analysis.clean.body.rules.is_table_row`), each weighed as chrome in the region
search: a table of four rows outweighed the paragraph beside it (discounted as a
paragraph with no paragraph beside it), and a three-paragraph story lost its paragraph
on the table's other side (h341: the lede over a survey's table, the last paragraph
under it). A run of :data:`TABLE_MIN_ROWS` rows or more, packed (no blank line between
them), right under a paragraph and right over one (lines of positive weight, blank lines
between), neither adds to the article nor ends it; inside the region its rows are body,
as a table's rows are. A run opening or closing the page's text, or beside a line that
is no paragraph (a headline, a menu), keeps its weight: a listing's table of results,
a sports page's standings beside their links.

A table's note printed right under its last row, a field's label and its value ("Source:
county statistics office", "Булак: ...": :data:`~analysis.text.lines.FIELD_LABEL`) that
is no paragraph itself, stands between the table and the next paragraph: it is neutral
too (and no body, as a chart's source line: :mod:`.charts`), so the paragraph under it
still closes the table (h363: a Kyrgyz story lost its table and every paragraph after
it to the table's source line).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import is_table_row
from analysis.text.lines import FIELD_LABEL

__all__ = ["TABLE_MIN_ROWS", "tables_between_paragraphs"]

# A table holds a header and a row at least; one line with columns between two
# paragraphs is a line a layout spaced, no table.
TABLE_MIN_ROWS = 2


def tables_between_paragraphs(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    lines: Sequence[str] | None = None,
) -> list[int]:
    """The positions of the table rows set between two paragraphs (see the module), and
    of a table's note under its last row.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (:func:`~analysis.clean.body.rules.region_weights`).
    lines : sequence of str, optional
        The page's lines, to read a note under a table; without them no note is read.

    Returns
    -------
    list of int
        Positions, ascending.
    """
    found: list[int] = []
    position = 1
    while position < len(features) - 1:
        if not is_table_row(features[position]):
            position += 1
            continue
        stop = position + 1
        while (
            stop < len(features)
            and is_table_row(features[stop])
            and features[stop].index == features[stop - 1].index + 1
        ):
            stop += 1
        end = stop  # the table's rows, then its note
        if (
            lines is not None
            and stop + 1 < len(features)
            and weights[stop] <= 0
            and FIELD_LABEL.match(lines[features[stop].index].strip()) is not None
        ):
            end = stop + 1
        if (
            stop - position >= TABLE_MIN_ROWS
            and end < len(features)
            and weights[position - 1] > 0
            and weights[end] > 0
        ):
            found.extend(range(position, end))
        position = stop
    return found

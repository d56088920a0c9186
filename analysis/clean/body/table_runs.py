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
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import is_table_row

__all__ = ["TABLE_MIN_ROWS", "tables_between_paragraphs"]

# A table holds a header and a row at least; one line with columns between two
# paragraphs is a line a layout spaced, no table.
TABLE_MIN_ROWS = 2


def tables_between_paragraphs(
    features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[int]:
    """The positions of the table rows set between two paragraphs (see the module).

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (:func:`~analysis.clean.body.rules.region_weights`).

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
        if (
            stop - position >= TABLE_MIN_ROWS
            and stop < len(features)
            and weights[position - 1] > 0
            and weights[stop] > 0
        ):
            found.extend(range(position, stop))
        position = stop
    return found

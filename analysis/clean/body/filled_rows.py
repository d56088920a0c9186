"""A text table's row whose widest cell fills its column (a step of the body detector).

A text printing of a table pads each cell with spaces to its column's width, so the
cells of a row stand two spaces apart or more (a table row,
:func:`~analysis.clean.body.rules.is_table_row`), but for the row holding a column's
widest cell: one space stands between it and the next cell ("Ricardo Lansangan 1,204"
between "Lorna Manalo      987" rows). Read alone, that row was chrome, and a table lost
its first result. A line packed between two table rows of the region, with a space
right before, and a letter or figure at, every place where both rows start a cell, is
a row of their table. No vocabulary and no tuned value.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.page_controls import cell_starts

__all__ = ["filled_rows"]


def filled_rows(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: Sequence[str]
) -> list[int]:
    """The positions of the region's lines read as chrome that are rows of the table
    around them (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : sequence of str
        The detector's reasons so far ("table row" for a table's row, "chrome" for a line
        of the region that is no body).

    Returns
    -------
    list of int
        Ascending positions whose reason is "chrome", each packed between two "table
        row" lines (no blank line between) sharing one cell start or more, where its
        text has a space before and a character that is no space at each.
    """
    found = []
    for position in range(1, len(features) - 1):
        above, below = features[position - 1], features[position + 1]
        if not (
            reasons[position] == "chrome"
            and reasons[position - 1] == reasons[position + 1] == "table row"
            and above.index + 1 == features[position].index == below.index - 1
        ):
            continue
        shared = set(cell_starts(lines[above.index])) & set(cell_starts(lines[below.index]))
        text = lines[features[position].index]
        if shared and all(
            0 < start < len(text) and text[start - 1] == " " and text[start] != " "
            for start in shared
        ):
            found.append(position)
    return found

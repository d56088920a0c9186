"""Lists announced by a paragraph of the article (a step of the body detector).

An article introduces a list with a paragraph ending in a colon ("Congress passed the:",
"Here is what the bill does:"), then prints the items as bullets, often short and in
title case (the names of laws, of surveys, of places), or as dated lines (a timetable's
or a chronology's rows, "April 2026: dredging of the basin"), then goes on. Read line by line
the items are chrome (short bulleted lines, some dated), and a long list of them is a
gap that ends the article's region: everything after the list was lost.

The rule has no tuned value: the bullets (or dated lines that are no paragraph) right
after a prose paragraph ending in a colon, printed once each, are neutral in the region
search (weight 0: they neither add to the article nor end it) when the list sits
between prose paragraphs (the line right after the list is prose), and they are body
when the region holds them, and so is the paragraph announcing them (packed against
short lines, it would otherwise read as a caption over its credit). A sign-up box
("Get our newsletter:" and its perks) is followed by its button, not by a paragraph;
a related-articles list is introduced by a label, not by a paragraph ending in a colon.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures

# Lists announced by their paragraph are kept (a rule switch with no tuned value, on, as
# the issue asks a list inside the article region to be body; cross-validation by site
# may switch it off).
ANNOUNCED_LISTS = True
# A list has at least this many items.
MIN_ITEMS = 2
_COLONS = (":", "：")


def announced_list_items(features: Sequence[LineFeatures], weights: Sequence[float]) -> list[int]:
    """Positions of the items of the lists announced by a prose paragraph (see the module).

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights: the positive ones are prose.

    Returns
    -------
    list of int
        Positions into ``features``, in page order; empty with ``ANNOUNCED_LISTS`` off.
    """
    if not ANNOUNCED_LISTS:
        return []
    found: list[int] = []
    for position, feature in enumerate(features):
        if weights[position] <= 0 or feature.ends_clause not in _COLONS:
            continue  # most lines: no paragraph ending in a colon
        stop = position + 1
        while stop < len(features) and _is_item(features[stop], weights[stop]):
            stop += 1
        if stop - position - 1 >= MIN_ITEMS and stop < len(features) and weights[stop] > 0:
            found.extend(range(position + 1, stop))
    return found


def _is_item(feature: LineFeatures, weight: float) -> bool:
    """Whether a line can be an item of an announced list: printed once, and a bullet
    or a dated line that is no paragraph ("April 2026: dredging of the inner basin", a
    timetable's or a chronology's rows printed without bullets)."""
    return (
        feature.repeats == 1
        and not feature.is_notice
        and (feature.is_bullet or (feature.has_date and weight <= 0))
    )

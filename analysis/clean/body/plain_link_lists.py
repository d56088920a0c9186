"""Boxes of linked headlines printed with no bullets between a story's paragraphs (a
step of the body detector).

A related-articles or "Most read" box set between two paragraphs is a label and two or
more headlines. Most printings mark the headlines as a list's items ("* ", "• ", "1. ":
:mod:`analysis.clean.body.extend` drops such a box), but several print a list's items
as plain lines: a browser's innerText (Playwright's ``inner_text``), Firefox Reader
View copied whole, a page pasted into Word and read back by docx2txt (Word's list marks
are no text). The box is then a label and a run of headline lines, none a sentence,
between two paragraphs; read line by line the label and the headlines are subheadings,
and the box was kept in the story (or the label alone was, when its headlines weighed as
chrome).

:func:`plain_link_list_positions` finds such a box inside the region by its shape: a
paragraph, a label of a heading's length ending with no sentence or clause mark, two
lines or more that are neither bullets nor sentences nor clauses and have a headline's
length (:data:`~analysis.clean.card_lines.MIN_TITLE_WORDS` words or more, at most
:data:`~analysis.clean.body.rules.HEADING_MAX_WORDS`), then a paragraph: a story puts a
paragraph under its subheading, not a second and a third heading. No tuned value: the
sizes are a heading's and a headline's.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import HEADING_MAX_WORDS
from analysis.clean.card_lines import MIN_TITLE_WORDS

__all__ = ["plain_link_list_positions"]

#: The reasons a box's label and headlines get when read line by line.
_LINE_REASONS = frozenset({"chrome", "heading"})


def plain_link_list_positions(
    features: Sequence[LineFeatures], reasons: Sequence[str], start: int, end: int
) -> list[int]:
    """The positions of the unbulleted boxes of linked headlines inside the region.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : sequence of str
        Their reasons so far ("prose" for a paragraph, "heading", "chrome" ...).
    start, end : int
        The region's first and last positions.

    Returns
    -------
    list of int
        The boxes' labels and headlines, ascending.
    """
    found: list[int] = []
    position = start + 1
    while position < end:
        stop = _box_end(features, reasons, position, end)
        if stop is None:
            position += 1
            continue
        found.extend(range(position, stop))
        position = stop
    return found


def _box_end(
    features: Sequence[LineFeatures], reasons: Sequence[str], label: int, end: int
) -> int | None:
    """The position of the paragraph after a box whose label stands at ``label`` right
    under a paragraph, or None."""
    if reasons[label - 1] != "prose" or features[label - 1].ends_clause in (":", "："):
        return None
    if not (_is_plain_line(features[label], reasons[label]) and features[label].n_words > 0):
        return None
    if features[label].n_words > HEADING_MAX_WORDS:
        return None
    stop = label + 1
    while stop < end and _is_plain_line(features[stop], reasons[stop]):
        if features[stop].n_words < MIN_TITLE_WORDS or features[stop].n_words > HEADING_MAX_WORDS:
            return None
        stop += 1
    if stop - label - 1 < 2 or reasons[stop] != "prose":
        return None
    return stop


def _is_plain_line(feature: LineFeatures, reason: str) -> bool:
    """Whether a line reads as a label or a headline: no bullet, no sentence or clause
    mark at its end, read as a heading or as chrome."""
    return (
        reason in _LINE_REASONS
        and not feature.is_bullet
        and not feature.ends_sentence
        and not feature.ends_clause
    )

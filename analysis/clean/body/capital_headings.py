"""Subheadings printed in capitals, as the page prints its headline (a step of the body
detector).

A text printing of an HTML page may print every heading in capitals (html-to-text
upper-cases ``<h1>`` to ``<h6>``): the headline over the byline and date, then each
subhead between the story's paragraphs ("THE RESULT"). Inside the article's region a
line in capitals is otherwise no subheading (an all-capital teaser, a box's label:
:func:`~analysis.clean.body.rules.is_heading`). Where the headline, one of the
:data:`HEADER_LINES` lines right over the region's first line, is in capitals too, a
line in capitals shaped as a heading (alone, two words or more, no colon) is one of the
page's headings: the story's subhead. A page whose headline is printed in lower case
keeps the rule it had. No vocabulary and no tuned value (the header is the headline, a
byline and a date; a headline has more words than a section's label, ``MIN_HEADLINE_WORDS``).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import is_section_heading
from analysis.clean.body.story_links import MIN_HEADLINE_WORDS

__all__ = ["HEADER_LINES", "capital_heading_positions"]

#: The lines over the article's first line where its headline stands: the headline, its
#: byline and its date.
HEADER_LINES = 3


def capital_heading_positions(
    features: Sequence[LineFeatures], reasons: Sequence[str], start: int, end: int
) -> list[int]:
    """The positions inside the region, read as chrome, of subheadings printed in capitals
    on a page whose headline is printed in capitals (see the module).

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : sequence of str
        The detector's reasons so far ("chrome" for a line of the region that is no body).
    start, end : int
        The region's first and last positions.

    Returns
    -------
    list of int
        Ascending positions strictly between ``start`` and ``end``; empty when none of
        the :data:`HEADER_LINES` lines over ``start`` is a heading in capitals of
        ``MIN_HEADLINE_WORDS`` words or more.
    """
    header = features[max(0, start - HEADER_LINES) : max(0, start)]
    if not any(
        _capital_heading(feature) and feature.n_words >= MIN_HEADLINE_WORDS for feature in header
    ):
        return []
    return [
        position
        for position in range(start + 1, end)
        if reasons[position] == "chrome" and _capital_heading(features[position])
    ]


def _capital_heading(feature: LineFeatures) -> bool:
    """A line in capitals shaped as a heading: alone, of a heading's words, no colon."""
    return feature.is_upper and is_section_heading(feature) and not feature.has_colon

"""A match's statistics printed as one line under a report: no body.

A match report's page prints, under the line-ups, the match centre's figures as one line
of fields, each a label and the two sides' figures ("Possession: 54% - 46% · Shots: 14 - 9
· Corners: 6 - 3", "Mallakar ƙwallo: 54% - 46% · Harbi: 14 - 9"): a widget's numbers, no
sentence of the report. Taken on after the line-ups as the story's data, it stayed in the
body (body_h339's and h363's reviews). A statistics line (:func:`is_match_stats_line`)
holds :data:`MIN_STAT_FIELDS` fields or more, each a label (words, no figure) and two
figures (a share or a count) apart by a dash or a colon. No word of any language is
listed; the minimum is the fewest fields a match centre prints (possession, shots and
one more), and a sentence giving a score ("won 2-1") holds one such pair, not three.
"""

from __future__ import annotations

import re

__all__ = ["MIN_STAT_FIELDS", "is_match_stats_line"]

#: A statistics line holds at least this many fields (label, figure, dash, figure).
MIN_STAT_FIELDS = 3
# One field: a label of letters (no figure), a colon or a space, two figures (shares or
# counts) apart by a dash or a colon.
_FIELD = re.compile(
    r"(?:^|[·|•,;]\s*)[^\W\d_][^\W\d]*(?:[ '’-][^\W\d]+){0,3}\s*:?\s+"
    r"\d{1,3}(?:[.,]\d)?\s?%?\s*[-–—:]\s*\d{1,3}(?:[.,]\d)?\s?%?(?=\s*(?:[·|•,;]|$))"
)


def is_match_stats_line(text: str) -> bool:
    """Whether a line is a match's statistics: :data:`MIN_STAT_FIELDS` fields or more.

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        True for "Possession: 54% - 46% · Shots: 14 - 9 · Corners: 6 - 3".
    """
    return len(_FIELD.findall(text.strip())) >= MIN_STAT_FIELDS

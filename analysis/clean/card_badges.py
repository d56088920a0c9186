"""A card's date printed as a calendar badge: its day, month and year stacked on lines.

A site's card often shows its date as a small calendar badge, the day large over the
month and the year; copied as text, the badge is two or three short lines right above
the card's headline::

    03
    12-р сар
    2026
    Аймгийн төвд шинэ эмнэлэг ашиглалтад орлоо

Read line by line no line is a date ("03" a number, "Dec" a word, "2026" a year), so the
card had none. :func:`badge_text` gives the badge's lines joined on one line, in the
order printed ("03 12-р сар 2026", "03 Dec 2026"; numbers alone joined by slashes,
"03/12/2026", their order the page's), for the date reader to read; it is a
badge only when the whole joined text is one date (a section's name over a dated line is
no badge: that line is read as the card's date already).

No tuned value: a badge has at most :data:`MAX_BADGE_LINES` lines (day, month, year) and
at least two (a one-line badge is a date line), each of at most
:data:`BADGE_PART_MAX_WORDS` words ("12-р сар", "de dezembro" is no part: the joining
particle makes it three).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.dates import find_date_span

__all__ = ["BADGE_PART_MAX_WORDS", "MAX_BADGE_LINES", "badge_text"]

#: Most lines of a badge: the day, the month and the year.
MAX_BADGE_LINES = 3
#: Most words of one of its lines (a month written as a number and the word "month":
#: "12-р сар", "12 月" apart).
BADGE_PART_MAX_WORDS = 2


def badge_text(lines: Sequence[str], title_line: int) -> str | None:
    """The date badge right above a card's headline, its lines joined by a space, or None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The line of the card's headline.

    Returns
    -------
    str or None
        The two or three non-blank lines right above ``title_line`` (the most of them,
        "03 / Dec / 2026" before "Dec / 2026") whose joined text is a date from its
        first character to its last, each of at most :data:`BADGE_PART_MAX_WORDS`
        words; None when there are none.
    """
    parts: list[str] = []
    for i in range(title_line - 1, max(title_line - 1 - MAX_BADGE_LINES, -1), -1):
        part = lines[i].strip()
        if not part or len(part.split()) > BADGE_PART_MAX_WORDS:
            break
        parts.insert(0, part)
    for n_lines in range(len(parts), 1, -1):  # the whole badge before a part of it
        badge = parts[-n_lines:]
        # numbers alone ("03" / "12" / "2026") joined as a numeric date, whose order of
        # day and month its page decides
        joined = ("/" if all(part.isdigit() for part in badge) else " ").join(badge)
        if find_date_span(joined) == (0, len(joined)):
            return joined
    return None

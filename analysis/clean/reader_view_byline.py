"""The author's credits line of a browser's reader view, in any script.

Firefox's Reader View, copied whole as text, opens with the site's host on a line of
its own, the headline, the author's credits as the page's own byline gave them (the
name alone, "By" left out), then its reading-time estimate ("4–5 minutes"), and then
the story:

    sajhakhabar.com.np
    काठमाडौंमा विद्युतीय बसका लागि चारवटा नयाँ चार्जिङ स्टेसन
    सरिता खड्का
    4–5 minutes

A name alone under a headline is read by its capitals (:func:`analysis.clean.bylines.
find_name_line_byline`); a script without case shows none, and the line was lost (review
h321: Nepali, Devanagari). Between the host and the estimate, the view's own frame, the
line is the credits whatever its script: :func:`reader_view_credits` reads it when no
other byline was found. No word list: the frame's shape decides; credits naming the
site itself are no author's (:func:`reader_view_site_line`).

Safari's Reader, copied whole, prints the same frame without the estimate: the host, the
headline and the author's name one a line, no blank line between them, then whatever
the page printed next (a banner "This article is more than 2 years old" over the date
line, h376). Without the estimate the frame is those three lines together and the
credits a person's name by its capitals (:func:`analysis.clean.bylines.is_person_name`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.bylines import READING_TIME, is_person_name
from analysis.clean.dates import find_date_span
from analysis.clean.header_lines import find_byline
from analysis.clean.name_domain import name_spelled_by_domain
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.text import count_words, is_blank

__all__ = ["MAX_CREDIT_WORDS", "reader_view_credits", "reader_view_site_line"]

#: The most words of the credits line (two or three persons' names); a longer line is a
#: standfirst.
MAX_CREDIT_WORDS = 8

# The site's host alone on the view's first line ("sajhakhabar.com.np").
_HOST = re.compile(r"\s*(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}\s*")
# What a credits line never holds: digits, a sentence's end, an address or a URL.
_NOT_CREDITS = re.compile(r"\d|[.!?。।؟]\s*$|@|https?:|www\.")


def reader_view_credits(
    lines: Sequence[str], title_line: int, body_start: int
) -> tuple[int, int, int] | None:
    """(line, start, end) of a reader view's credits line, by the module's frame.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The headline's line.
    body_start : int
        The body's first line: the credits and the estimate are above it.

    Returns
    -------
    tuple of int or None
        The credits' line and their span in it (the line's text without its spaces),
        when the page's first line with words is a host alone, the next one the
        headline, then the credits and the reading-time estimate (or, with no
        estimate, the credits a person's name on the line after the headline's, the
        headline's right after the host's); None otherwise, and None when the credits
        name the site (:func:`reader_view_site_line`).
    """
    found = _credits(lines, title_line, body_start)
    if found is None or _names_the_site(lines, found):
        return None
    return found


def reader_view_site_line(lines: Sequence[str], title_line: int, body_start: int) -> int | None:
    """The line of a reader view's credits when they name the site, not a person: the
    name the host on the view's first line spells ("Tidewater Public Radio" under
    ``tidewaterpublicradio.org``: :func:`~analysis.clean.name_domain.name_spelled_by_domain`)
    or a name holding a word of news outlets' names ("... Radio", "... Gazette":
    :func:`~analysis.clean.newspaper_words.holds_newspaper_word`). A site whose page names
    no author fills its byline's metadata with its own name, and the view prints it as
    the credits: no byline. None for another page.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line, body_start : int
        As :func:`reader_view_credits`'s.

    Returns
    -------
    int or None
        The credits' line.
    """
    found = _credits(lines, title_line, body_start)
    return found[0] if found is not None and _names_the_site(lines, found) else None


def _names_the_site(lines: Sequence[str], credits: tuple[int, int, int]) -> bool:
    """Whether the credits' name (their line and span) is the site's: see
    :func:`reader_view_site_line`."""
    line_no, start, end = credits
    host = next(line for line in lines if not is_blank(line)).strip()
    name = lines[line_no][start:end]
    return name_spelled_by_domain(name, host) or holds_newspaper_word(name)


def _credits(lines: Sequence[str], title_line: int, body_start: int) -> tuple[int, int, int] | None:
    """:func:`reader_view_credits`' line and span, whatever name they hold."""
    worded = [i for i in range(min(body_start, len(lines))) if not is_blank(lines[i])]
    if len(worded) < 4 or worded[1] != title_line or not _HOST.fullmatch(lines[worded[0]]):
        return None
    credits, estimate = worded[2], worded[3]
    line = lines[credits]
    if READING_TIME.match(line):
        return None
    if READING_TIME.match(lines[estimate]) is None and not (
        credits == worded[0] + 2 and is_person_name(line.split())
    ):
        return None  # (Safari's Reader: no estimate; host, headline and a name one a line)
    if not 1 <= count_words(line) <= MAX_CREDIT_WORDS or _NOT_CREDITS.search(line.strip()):
        return None
    if find_date_span(line) is not None:
        return None
    cued = find_byline(line)  # "By Jane Roe", "Par Claire Martin": the name after its cue
    if cued is not None:
        return credits, cued[0], cued[1]
    start = len(line) - len(line.lstrip())
    return credits, start, len(line.rstrip())

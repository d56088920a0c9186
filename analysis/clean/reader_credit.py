"""The site's name a reader view prints once, between the headline and the byline.

A read-later app's or a browser's reader view of a story, copied as text, opens with
the story's headline, then the site's name on a line of its own, then the author and
the day on one line, then the story:

    Ferry fares to rise next spring

    Example Valley News
    Jane Roe · 16 May 2026

The name is printed nowhere else (the view drops the site's chrome), and under the
headline it stands where a site's masthead never does, so the masthead rules read it
as nothing. :func:`reader_view_credit` finds that line by the shape of the three. A
name that is only a newspaper's title noun ("The Times") is left: printed once, it may
be any of the towns' papers of that name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from analysis.clean.dates import find_date_span
from analysis.clean.header_lines import find_byline
from analysis.clean.masthead_lines import masthead_name
from analysis.clean.newspaper_words import NAME_NOUNS
from analysis.clean.site_name_shapes import ELIDED_ARTICLE
from analysis.text import opens_upper_case

#: The marks a reader view prints between the author's name and the day.
_NAME_DAY_SEPARATOR = re.compile(r"\s+[·•|—–-]\s+")
# The articles a title noun may follow ("The Times", "La Gazette", "Die Post").
_ARTICLES = frozenset({"the", "la", "le", "il", "el", "die", "der", "das", "de", "het"})
_ELIDED = re.compile(f"^{ELIDED_ARTICLE}")
#: The most letters of a lower-case word joining a name's capitalized words ("du", "de",
#: "of", "and", "della"); a longer one runs a phrase on ("Faits divers").
MAX_JOINING_LETTERS = 5
#: The fewest words of the headline the name stands under (a name over a name is an
#: author's box, not a headline and its site).
MIN_HEADLINE_WORDS = 4


def _names_and_dates(line: str) -> bool:
    """Whether ``line`` is an author's name, a mark and a date, nothing else
    ("Jane Roe · 16 May 2026")."""
    parts = _NAME_DAY_SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    name, day = parts
    span = find_date_span(day)
    return (
        masthead_name(name) is not None
        and span is not None
        and not day[: span[0]].strip()
        and not day[span[1] :].strip(" .")
    )


def reader_view_credit(lines: Sequence[str]) -> tuple[int, str, tuple[int, int]] | None:
    """The line of a reader view's copy that names the story's site.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple or None
        (line index, name, span in that line) when the page's first three lines of text
        are a headline of :data:`MIN_HEADLINE_WORDS` words or more that is no name, a
        name alone (:func:`~analysis.clean.masthead_lines.masthead_name`), and an
        author's name and a date set apart by a mark ("Jane Roe · 16 May 2026"), or a
        byline alone ("Par Anne Roux") over a date alone, four paragraphs, the name then
        of two capitalized words or more (:func:`_titled_name`); else None.

    Examples
    --------
    >>> reader_view_credit(["Ferry fares to rise next spring", "", "Example Valley News",
    ...                     "Jane Roe · 16 May 2026", "", "Fares will rise ..."])
    (2, 'Example Valley News', (0, 19))
    """
    filled = [i for i, line in enumerate(lines[:12]) if line.strip()][:4]
    if len(filled) < 3:
        return None
    head, named, credit = filled[:3]
    headline = lines[head]
    if len(headline.split()) < MIN_HEADLINE_WORDS or masthead_name(headline) is not None:
        return None
    found = masthead_name(lines[named])
    if found is None or _title_nouns_only(found[0]):
        return None
    if _names_and_dates(lines[credit]):
        return named, found[0], found[1]
    day = lines[filled[3]] if len(filled) > 3 else ""
    apart = all(b - a >= 2 for a, b in itertools.pairwise(filled))
    if apart and _byline_then_day(lines[credit], day) and _titled_name(found[0]):
        # each its own paragraph, as a reader view prints them: a name right under the
        # headline is a share box's or an author's as often
        return named, found[0], found[1]
    return None


def _byline_then_day(line: str, day: str) -> bool:
    """Whether ``line`` is a byline alone ("Par Odile Roux", "By Jane Roe") and ``day``
    a date alone: a reader view printing its author and day on lines of their own."""
    byline = find_byline(line)
    span = find_date_span(day)
    return (
        byline is not None
        and not line[byline[1] :].strip(" .")
        and span is not None
        and not day[: span[0]].strip()
        and not day[span[1] :].strip(" .")
    )


def _titled_name(name: str) -> bool:
    """Whether ``name`` writes two words or more in capitals, any other word a short
    joining word ("Le Réveil du Causse", "The Valley Echo"): a site's name, where a
    section's label printed in the same place is one word ("Politique") or runs on in
    lower case ("Faits divers")."""
    words = name.split()
    capitalized = [word for word in words if opens_upper_case(_ELIDED.sub("", word))]
    short = all(len(word) <= MAX_JOINING_LETTERS for word in words if word not in capitalized)
    return len(capitalized) >= 2 and short


def _title_nouns_only(name: str) -> bool:
    """Whether ``name`` is only a newspaper's title noun, an article before it ("The
    Times", "The Mirror"): many towns' papers print it, and printed once it tells no
    site from another of that name."""
    words = [word.casefold() for word in name.split()]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return bool(words) and all(word in NAME_NOUNS for word in words)

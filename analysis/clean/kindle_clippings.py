"""An e-reader's clippings file: the passages a reader highlighted, one article a card.

A Kindle keeps every passage highlighted on it in one text file ("My Clippings.txt"),
an entry a passage: the document's title with its author in brackets, a line of the
passage's place and the time it was highlighted, a blank line, the passage, and a rule
of ten equals signs closing the entry. A web article sent to the reader is such a
document::

    The river that ran dry (Jane Roe)
    - Your Highlight on page 1 | Location 12-15 | Added on Saturday, December 5, 2026 9:14:07 PM

    At Kariba, the water has dropped so low that ...
    ==========

Read as a page, the first title reads as a headline among passages and the rules as
nothing, and a file of one article's passages held no article at all (review h388).
:func:`clipping_rows` reads the entries by that frame, in any language of the reader's
interface (its words are not read): each entry's second line opens with a dash and
parts its place and time with ``|``, and the rule closes it. The entries of one title
are one article: the title its headline, the highlighted passages its text, and the
bracket the document's author as the tool that sent the article to the reader filled it
in: the writer's name, or the publication's. The bracket is the article's outlet when
it is no person's name (:func:`analysis.clean.bylines.is_person_name`) or when one
bracket stands over two titles of the file (a publication's articles sent by one tool:
then every bracket of the file is read so); else it is the byline. A reader's own note
is an entry too, at one location where a highlight spans a range ("Location 33"
against "Location 31-33"): the reader's words, no passage of the article's. The time
an entry was added is the reader's, no date of the article's; the file names no site.
No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.bylines import is_person_name
from analysis.clean.card_blocks import ArticleRegion
from analysis.clean.page_metadata import FieldSpan

__all__ = ["MIN_ENTRIES", "clipping_rows"]

#: The fewest entries of a clippings file: one entry's frame may be any text's.
MIN_ENTRIES = 2

# The rule closing an entry.
_RULE = re.compile(r"^={10}\s*$")
# An entry's place and time: a dash, then parts apart by " | ", one holding a range of
# numbers (a highlight's place) or a single number (a note's), the last one the time.
_PLACE = re.compile(r"^-\s+\S.*\s\|\s.*\d")
# A range of places ("12-15", "1 233–1 240"): a highlight spans one, a note has one place.
_RANGE = re.compile(r"\d\s*[-–]\s*\d")
# The document's title with its author in brackets at its end.
_TITLE_AUTHOR = re.compile(r"^(?P<title>.*\S)\s*\((?P<author>[^()]+)\)\s*$")


def clipping_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """A clippings file's articles as cards (see the module doc).

    Parameters
    ----------
    lines : sequence of str
        The page's text, line by line.

    Returns
    -------
    list of ArticleRegion
        One per title, in the order first highlighted; none when the page is no
        clippings file (an entry out of the frame, or fewer than :data:`MIN_ENTRIES`).
    """
    entries = _entries(lines)
    if len(entries) < MIN_ENTRIES:
        return []
    by_title: dict[str, list[tuple[int, int, list[int]]]] = {}
    for start, end in entries:
        title = lines[start].strip()
        passage = [i for i in range(start + 2, end) if lines[i].strip()]
        if not passage:
            return []
        if not _RANGE.search(lines[start + 1]):
            passage = []  # the reader's note
        by_title.setdefault(title, []).append((start, end, passage))
    brackets = [_TITLE_AUTHOR.match(lines[group[0][0]]) for group in by_title.values()]
    authors = [named.group("author").strip() for named in brackets if named is not None]
    by_publications = len(set(authors)) < len(authors)
    rows = []
    for group in by_title.values():
        body = [i for _, _, passage in group for i in passage]
        if not body:
            continue
        first = group[0][0]
        heading = lines[first]
        named = _TITLE_AUTHOR.match(heading)
        if named is not None:
            fields = [
                FieldSpan(first, named.start("title"), named.end("title"), "title"),
                FieldSpan(
                    first,
                    named.start("author"),
                    named.end("author"),
                    _bracket_kind(named.group("author"), by_publications),
                ),
            ]
        else:
            opening = len(heading) - len(heading.lstrip())
            fields = [FieldSpan(first, opening, len(heading.rstrip()), "title")]
        spans = [FieldSpan(i, 0, len(lines[i].rstrip()), "body") for i in body]
        rows.append(ArticleRegion(first, group[-1][1], tuple(body), tuple([*fields, *spans])))
    return rows


def _bracket_kind(author: str, by_publications: bool) -> str:
    """The field a title's bracket fills: "outlet" for a publication's, else "byline"."""
    if by_publications or not is_person_name(author.split()):
        return "outlet"
    return "byline"


def _entries(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The entries' (first line, rule's line), every line of the page in one; [] when
    a line is out of the frame."""
    entries = []
    start = 0
    for i, line in enumerate(lines):
        if not _RULE.match(line):
            continue
        first = next((j for j in range(start, i) if lines[j].strip()), None)
        if first is None or first + 1 >= i or not _PLACE.match(lines[first + 1]):
            return []
        entries.append((first, i))
        start = i + 1
    if any(line.strip() for line in lines[start:]):
        return []
    return entries

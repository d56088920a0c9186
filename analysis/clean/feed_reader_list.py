"""A feed reader's list of entries copied as text: one entry a line, in columns.

A feed reader that runs in a terminal or an editor (Emacs's elfeed, newsboat) lists the
entries of the feeds it follows one a line, its fields in columns padded with spaces::

    2026-12-04  Ferry to the islands gets a new engine   Harbour Weekly  (news,sea)
    2026-12-03  Library opens on Sundays from January    Hill Post       (town)

The line splitter (:mod:`analysis.clean.listing`) finds no card there (no line has a
text under it), so the page gave no article ("headlines only?"). :func:`entry_rows`
reads each line as a dated headline's card (:mod:`analysis.clean.dated_headlines`): the
first column a date, wholly; the second the headline; the third the feed, its outlet;
the entry's tags in brackets after it are no field. The columns are set apart by two
spaces or more or a tab; every entry line holds the same fields, and the page holds
:data:`~analysis.clean.card_blocks.MIN_CARDS` of them or more. Read only when the line
splitter finds no card. No value is tuned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.dates import find_date_span
from analysis.clean.page_metadata import FieldSpan
from analysis.text import count_words

__all__ = ["entry_rows"]

# A column's text: words set apart by single spaces (two spaces or a tab end it).
_COLUMN = re.compile(r"\S+(?: \S+)*")
# An entry's tags closing the line: "(news,sea)".
_TAGS = re.compile(r"^\([^()]*\)$")
#: Most words of a feed's name.
MAX_FEED_WORDS = 6


def entry_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """A feed reader's entry lines as dated headlines' cards (see the module doc).

    Parameters
    ----------
    lines : sequence of str
        Every line the page prints.

    Returns
    -------
    list of ArticleRegion
        One per entry line in page order, its columns the fields: ``published``,
        ``title``, ``outlet``; no body lines. None at all when fewer than
        :data:`~analysis.clean.card_blocks.MIN_CARDS` lines are entries.
    """
    rows = [
        region
        for i, line in enumerate(lines)
        # (an entry's columns are cut at a gap: a line without one is none, at once)
        if ("  " in line or "\t" in line) and (region := _entry(i, line)) is not None
    ]
    return rows if len(rows) >= MIN_CARDS else []


def _entry(i: int, line: str) -> ArticleRegion | None:
    """Line ``i`` as an entry's card; None for a line that is none."""
    text = line.lstrip()
    cuts = [cut for cut in (text.find("  "), text.find("\t")) if cut > 0]
    if not cuts or not any(c.isdigit() for c in text[: min(cuts)]):
        return None  # (no column, or a first column without a figure: no date)
    columns = [m.span() for m in _COLUMN.finditer(line)]
    if columns and _TAGS.match(line[slice(*columns[-1])]):
        columns.pop()
    if len(columns) != 3:
        return None
    (date_start, date_end), title, feed = columns
    if count_words(line[slice(*title)]) < 2 or count_words(line[slice(*feed)]) > MAX_FEED_WORDS:
        return None
    date = find_date_span(line[date_start:date_end])
    if date is None or date != (0, date_end - date_start):
        return None
    fields = (
        FieldSpan(i, date_start, date_end, "published"),
        FieldSpan(i, *title, "title"),
        FieldSpan(i, *feed, "outlet"),
    )
    return ArticleRegion(i, i, (), fields)

"""A feed reader's list of entries copied as text: one entry a line, in columns.

A feed reader that runs in a terminal or an editor (Emacs's elfeed, newsboat, sfeed's
plain view) lists the entries of the feeds it follows one a line, its fields in columns
padded with spaces; a command-line JSON tool prints a feed's items as tab-separated
lines (``jq -r '.items[] | [.date_published, .title, .url] | @tsv'``)::

    2026-12-04  Ferry to the islands gets a new engine   Harbour Weekly  (news,sea)
    N 2026-12-03 10:14  Hill Post   Library opens on Sundays from January   https://...
    2026-12-03T09:30:00+08:00<TAB>Lights go up on the market square<TAB>https://...

The line splitter (:mod:`analysis.clean.listing`) finds no card there (no line has a
text under it), so the page gave no article ("headlines only?"). :func:`entry_rows`
reads each line as a dated headline's card (:mod:`analysis.clean.dated_headlines`): the
first column a date, wholly (a time of day may follow it: ``10:14``, ``T09:30:00+08:00``),
after a new-entry mark (one capital or sign and a space: sfeed's ``N``); a column that is
one web address, the entry's link; the entry's tags in brackets closing the line, no
field; then two columns, the headline and the feed's name, its outlet, in either order, or
the headline alone beside a link (a date and one text column alone are a timeline's
or a table's lines) (the feed's column is the one of fewer distinct values down the
page: feeds recur, headlines do not; of as many, the one of fewer words). An entry with
no feed column is credited to its link's host (without ``www.``). The columns are set
apart by two spaces or more or a tab; :data:`~analysis.clean.card_blocks.MIN_CARDS`
lines or more hold the same columns. Read only when the line splitter finds no card. No
value is tuned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.clipping_table import host_span
from analysis.clean.dates import find_date_span
from analysis.clean.page_metadata import FieldSpan
from analysis.text import count_words

__all__ = ["entry_rows"]

# A column's text: words set apart by single spaces (two spaces or a tab end it).
_COLUMN = re.compile(r"[^\s]+(?: [^\s]+)*")
# An entry's tags closing the line: "(news,sea)".
_TAGS = re.compile(r"^\([^()]*\)$")
# A new-entry mark before the date: one capital or sign, one space ("N 2026-12-03").
_MARK = re.compile(r"^[ \t]*[A-Z*+•●](?= \d)")
# A time of day after a column's date: " 10:14", ", 10:14", "T09:30:00+08:00", " at 8 PM".
_TIME_TAIL = re.compile(
    r"(?:,?[ ]+(?:at[ ]+)?|T)\d{1,2}(?::\d{2}){0,2}(?:\.\d+)?[ ]?(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:Z|[+-]\d{2}:?\d{2}|[ ](?:UTC|GMT))?$"
)
# A column that is one web address.
_LINK = re.compile(r"^https?://\S+$")
#: Most words of a feed's name.
MAX_FEED_WORDS = 6


class _Entry(NamedTuple):
    """One entry line's columns: its date's span, its text columns' spans (one or two),
    its link's span or None."""

    line_no: int
    date: tuple[int, int]
    texts: tuple[tuple[int, int], ...]
    link: tuple[int, int] | None


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
    entries = [
        entry
        for i, line in enumerate(lines)
        # (an entry's columns are cut at a gap: a line without one is none, at once)
        if ("  " in line or "\t" in line) and (entry := _entry(i, line)) is not None
    ]
    if not entries:
        return []
    layout, n = Counter((len(e.texts), e.link is not None) for e in entries).most_common(1)[0]
    if n < MIN_CARDS or layout == (1, False):
        return []  # (a date and one text, no link: a timeline's or a table's lines)
    entries = [e for e in entries if (len(e.texts), e.link is not None) == layout]
    feed = _feed_column(lines, entries) if layout[0] == 2 else None
    rows = []
    for entry in entries:
        i = entry.line_no
        title = entry.texts[1 - feed] if feed is not None else entry.texts[0]
        if count_words(lines[i][slice(*title)]) < 2:
            return []  # (a one-word "headline" down a list: a menu's, a table's)
        fields = [FieldSpan(i, *entry.date, "published"), FieldSpan(i, *title, "title")]
        if feed is not None:
            fields.append(FieldSpan(i, *entry.texts[feed], "outlet"))
        elif entry.link is not None:
            fields.append(host_span(lines[i], i, *entry.link))
        rows.append(ArticleRegion(i, i, (), tuple(fields)))
    return rows


def _feed_column(lines: Sequence[str], entries: list[_Entry]) -> int | None:
    """Which of two text columns (0 or 1) is the feed's name: the one of fewer distinct
    values, of as many the one of fewer words (the first: the headline's, when they tie
    again); None when that column holds more words than a feed's name."""

    def values(k: int) -> list[str]:
        return [lines[e.line_no][slice(*e.texts[k])] for e in entries]

    distinct = [len(set(values(k))) for k in (0, 1)]
    words = [sum(count_words(v) for v in values(k)) for k in (0, 1)]
    feed = 1 if (distinct[1], words[1]) <= (distinct[0], words[0]) else 0
    if any(count_words(v) > MAX_FEED_WORDS for v in values(feed)):
        return None
    return feed


def _entry(i: int, line: str) -> _Entry | None:
    """Line ``i``'s columns; None for a line that is no entry."""
    mark = _MARK.match(line)
    offset = mark.end() if mark else 0
    text = line[offset:].lstrip()
    cuts = [cut for cut in (text.find("  "), text.find("\t")) if cut > 0]
    if not cuts or not any(c.isdigit() for c in text[: min(cuts)]):
        return None  # (no column, or a first column without a figure: no date)
    columns = [(m.start() + offset, m.end() + offset) for m in _COLUMN.finditer(line[offset:])]
    if columns and _TAGS.match(line[slice(*columns[-1])]):
        columns.pop()
    links = [c for c in columns if _LINK.match(line[slice(*c)])]
    if len(links) > 1:
        return None
    texts = [c for c in columns[1:] if c not in links]
    if not columns or columns[0] in links or len(texts) not in (1, 2):
        return None
    date_start, date_end = columns[0]
    cell = line[date_start:date_end]
    date = find_date_span(cell)
    if date is None or date[0] != 0:
        return None
    if date[1] != len(cell) and not _TIME_TAIL.fullmatch(cell, date[1]):
        return None
    return _Entry(i, (date_start, date_start + date[1]), tuple(texts), links[0] if links else None)

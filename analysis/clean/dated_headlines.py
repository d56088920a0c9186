"""Listings of headlines without a text, each printed with its own date.

Some listings print no teaser under their headlines: a blog's archive (``<li><a>Headline
</a> <time datetime="2026-12-03">3 Dec 2026</time></li>``), a news site's "all stories"
page, a sitemap shown as text. The line splitter (:mod:`analysis.clean.listing`) finds a
card from its headline over its text; such a page has none, so it read as no article at
all ("headlines only?"). A page of headlines alone may be a menu, a list of sections or a
tag cloud as well as a list of stories: the evidence that it lists articles is a date
printed with each headline, which no menu entry carries. :func:`dated_headline_cards`
reads those cards (the convention of docs/metrics.md, "Title-only cards"):

- the page holds no line of prose (a page with a text of its own is read by the line
  splitter, and a box of dated headlines beside an article is the article's chrome);
- :data:`~analysis.clean.card_blocks.MIN_CARDS` entries or more, each a headline line
  (kind ``title``) right next to a line that is a date or a time and nothing else, the
  date on the same side of its headline in every entry;
- each entry stands alone, a blank line or another entry on either side of it: an
  aggregator's card naming its outlet or author on a line of its own ("Publisher /
  Headline / 2 hours ago") is read only over a text of its own, as before (a page of
  such cards is skipped, "headlines only?");
- the headlines are distinct (a repeated line is chrome).

Each card is its headline and its date; its body is empty. No value is tuned.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_fields import meta_fields
from analysis.clean.card_lines import LineKinds, find_time
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN

__all__ = ["dated_headline_cards", "is_date_line"]

# The fields of a card's date line.
_DATE_FIELDS = frozenset({"published", "relative_time"})


def is_date_line(line: str) -> bool:
    """Whether a line is a date or a time and nothing else (no letters beside it).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        True for ``3. des. 2026``, ``2026-12-03``, ``2 hours ago``; False for a line
        holding words beside its date (``Updated 3 Dec``, a headline with its date).
    """
    text = line.strip()
    span = find_time(text)
    if span is None:
        return False
    rest = text[: span[0]] + text[span[1] :]
    return LETTER_RUN.search(rest) is None


def dated_headline_cards(
    lines: Sequence[str], kinds: LineKinds | None = None
) -> list[ArticleRegion]:
    """The cards of a page of headlines, each printed with its own date (the module
    docstring's rules).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    kinds : LineKinds, optional
        The page's line kinds, when the caller reads them too (each line's kind is
        worked out once; kinds set on it are not read); default: worked out here.

    Returns
    -------
    list of ArticleRegion
        One per entry, in page order: its headline (``title``) and date (``published``
        or ``relative_time``) spans, no body line. Empty unless the page is such a list.
    """
    lines = list(lines)
    read = LineKinds(lines) if kinds is None else kinds
    if any(read.is_prose(i) for i in range(len(lines))):
        return []  # (the early kinds tell prose: the later tests run on no article page)
    shapes = [read.text_kind(i) for i in range(len(lines))]
    dated = [k == "meta" and is_date_line(line) for line, k in zip(lines, shapes, strict=True)]
    best: list[tuple[int, int]] = []
    for step in (1, -1):  # the date under its headline, or over it
        entries = _entries(shapes, dated, step)
        if len(entries) > len(best):
            best = entries
    taken = {i for entry in best for i in entry}
    # an entry stands alone: an outlet's or a byline's line beside it makes a card of
    # more fields, an aggregator's, which is read only over a text of its own
    best = [
        (title, date)
        for title, date in best
        if all(
            not 0 <= i < len(shapes) or shapes[i] == "blank" or i in taken
            for i in (min(title, date) - 1, max(title, date) + 1)
        )
    ]
    headlines = [lines[title].strip() for title, _ in best]
    if len(best) < MIN_CARDS or len(set(headlines)) < len(headlines):
        return []
    return [_region(lines, title, date) for title, date in best]


def _entries(kinds: list[str], dated: list[bool], step: int) -> list[tuple[int, int]]:
    """(headline line, date line) pairs, the date ``step`` lines from its headline; a
    line is in one entry at most."""
    entries: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i, kind in enumerate(kinds):
        j = i + step
        if kind != "title" or i in taken or not 0 <= j < len(kinds) or not dated[j]:
            continue
        entries.append((i, j))
        taken.update((i, j))
    return entries


def _region(lines: Sequence[str], title: int, date: int) -> ArticleRegion:
    """A card's region: its headline's span and its date line's date."""
    line = lines[title]
    start = len(line) - len(line.lstrip())
    fields = [FieldSpan(title, start, len(line.rstrip()), "title")]
    fields += [f for f in meta_fields(date, lines[date]) if f.field in _DATE_FIELDS]
    return ArticleRegion(min(title, date), max(title, date), (), tuple(sorted(fields, key=_order)))


def _order(span: FieldSpan) -> tuple[int, int]:
    return span.line_no, span.start

"""Listings that print each card on one line: its headline, then its text.

Some listings print a card's headline at the start of its text's line, not on a line of
its own: a Chinese portal's ``【Headline】Text ...`` (the lenticular brackets set a
headline off), a Markdown list exported from a web page,
``* [Headline](url) — Text ... (3. 12. 2026)`` (the link rendered as its label, a spaced
dash before the text). The line splitter (:mod:`analysis.clean.listing`) finds a card
from its headline line over its text; such a page has none, so it read as one article
or, its lines all short, as no article at all. :func:`inline_cards` reads these cards:
each line of the page's one form a card, its headline and text spans, a date in brackets
closing the text and a date or source line right under it the card's fields. An
aggregator's river prints its cards with no list mark (``Headline — Lede``), each under a
line crediting its outlet and author (``Jane Roe / Example Post:``): read only when half
the cards or more print a credit line (an article's paragraphs may have a dash in their
first sentence), each a headline of :data:`~analysis.clean.card_lines.MIN_TITLE_WORDS`
words or more before the dash (a dateline's ``LONDON —`` opens a paragraph); the other
forms' credit lines are read when half the cards or more print one (a list's heading
over its first card is none). No value is tuned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_fields import meta_fields, source_cue
from analysis.clean.card_lines import (
    MAX_META_WORDS,
    MAX_TITLE_WORDS,
    MIN_TITLE_WORDS,
    is_prose,
    line_kind,
)
from analysis.clean.dates import find_date_span
from analysis.clean.line_gates import LiteralGate
from analysis.clean.page_metadata import FieldSpan
from analysis.text import count_words

__all__ = ["inline_cards"]

#: The forms of a line opening with its headline: the headline in lenticular brackets
#: (``【Headline】Text``), or a list item's headline and a spaced dash before the text
#: (``* Headline — Text``, ``1. Headline – Text``).
_FORMS = {
    "bracketed": re.compile(
        r"^\s*[【〖]\s*(?P<title>[^】〗]{2,80}?)\s*[】〗]\s*(?P<body>\S.*?)\s*$"
    ),
    "dashed_item": re.compile(
        r"^\s*(?:[*•·‣-]|\d{1,2}[.)])\s+(?P<title>\S[^—–]{4,200}?)\s+[—–]\s+(?P<body>\S.*?)\s*$"
    ),
    # an aggregator's river: no list mark, the headline a dash before its lede
    "dashed_line": re.compile(r"^\s*(?P<title>[^\W_][^—–]{4,200}?)\s+[—–]\s+(?P<body>\S.*?)\s*$"),
}
#: The forms read only under credit lines (half the lines or more printing one, as a
#: river prints its cards), their headline of a headline's length (:data:`MIN_TITLE_WORDS`
#: words or more): an article's paragraphs with a dash in their first sentence ("The
#: court did not rule — though ...") are no cards, nor a wire's datelined paragraphs
#: (``LONDON —``) or a transcript's speakers (``Jane Roe —``).
_CREDITED_FORMS = frozenset({"dashed_line"})
# Each form behind the literals its matches hold (a bracket, a dash): the line's try
# skipped on the lines holding none (speed only).
_GATED_FORMS = [(form, pattern, LiteralGate(pattern)) for form, pattern in _FORMS.items()]
# A credit line right over a card's line, as an aggregator prints it: the outlet, maybe
# after its author, and a colon (``Jane Roe / The Example Post:``, ``Example Times:``).
_CREDIT_LINE = re.compile(r"^\s*(?:(?P<byline>[^/:]+?)\s+/\s+)?(?P<outlet>[^/:]+?)\s*:\s*$")
#: A date in brackets closing a card's text: ``(3. 12. 2026)``, ``[Dec 3]``.
_BRACKETED_END = re.compile(r"\s*[(\[](?P<date>[^()\[\]]{4,40})[)\]]\s*$")
# Where a part of a meta line starts: after a space or a separator.
_PART_START = re.compile(r"(?<=[\s\u3000·|])(?=[^\s\u3000·|])")
#: A headline ends with no sentence mark (a question or an exclamation may).
_SENTENCE_END = re.compile(r"[.。;:,]\s*$")


def inline_cards(lines: Sequence[str]) -> list[ArticleRegion]:
    """The cards of a listing that prints each one on a line of its own, its headline
    leading its text (the module docstring's forms).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    list of ArticleRegion
        One per card, in page order: the line's headline (``title``) and text (``body``)
        spans, a date in brackets closing the text (``published``) and the fields of a
        date or source line right under it. Empty unless
        :data:`~analysis.clean.card_blocks.MIN_CARDS` lines or more take the page's
        most used form and hold more of its prose than all its other lines (an article's
        glossary list, ``* Term — explanation``, is less than its paragraphs); lines
        with no list mark only under credit lines (:data:`_CREDITED_FORMS`).
    """
    found: list[tuple[int, str, re.Match[str]]] = []
    for i, line in enumerate(lines):
        for form, pattern, gate in _GATED_FORMS:
            match = pattern.match(line) if gate.may_match(line) else None
            if match is None or not _is_headline(match["title"]):
                continue
            if form in _CREDITED_FORMS and count_words(match["title"]) < MIN_TITLE_WORDS:
                continue
            if _is_text(_undated(match["body"])):
                found.append((i, form, match))
                break
    if not found:
        return []
    form, count = Counter(form for _, form, _ in found).most_common(1)[0]
    items = [(i, match) for i, f, match in found if f == form]
    if count < max(MIN_CARDS, 3):
        return []
    taken = {i for i, _ in items}
    item_chars = sum(len(lines[i]) for i in taken)
    other_chars = sum(
        len(line) for i, line in enumerate(lines) if i not in taken and is_prose(line.strip())
    )
    if other_chars >= item_chars:
        return []
    credits = {i: _credit_fields(i - 1, lines[i - 1]) if i else [] for i, _ in items}
    if 2 * sum(map(bool, credits.values())) < len(items):
        if form in _CREDITED_FORMS:
            return []  # an article's paragraphs with a dash in their first sentence
        credits = {}  # a heading over the first card ("Latest:") credits no outlet
    return [_region(lines, i, match, credits.get(i, [])) for i, match in items]


def _is_headline(text: str) -> bool:
    text = text.strip()
    return 0 < count_words(text) <= MAX_TITLE_WORDS and not _SENTENCE_END.search(text)


def _undated(text: str) -> str:
    """The text without a date in brackets closing it."""
    dated = _BRACKETED_END.search(text)
    return text[: dated.start()] if dated and find_date_span(dated["date"]) else text


def _is_text(text: str) -> bool:
    """A card's text: a sentence, not a label (the prose test of every line's kind)."""
    return is_prose(text)


def _region(
    lines: Sequence[str], i: int, match: re.Match[str], credit: list[FieldSpan]
) -> ArticleRegion:
    """A card's region: its line's spans, the fields of a meta line right under it and
    those of its ``credit`` line right over it."""
    line = lines[i]
    fields = [FieldSpan(i, *match.span("title"), "title")]
    body_start, body_end = match.span("body")
    dated = _BRACKETED_END.search(line, body_start)
    if dated is not None and find_date_span(dated["date"]) is not None:
        fields.append(FieldSpan(i, *dated.span("date"), "published"))
        body_end = dated.start()
    fields.append(FieldSpan(i, body_start, body_end, "body"))
    first = i - 1 if credit else i
    fields = credit + fields
    last = i
    below = i + 1
    if below < len(lines) and line_kind(lines[below]) == "meta":
        fields += _meta_line_fields(below, lines[below])
        last = below
    return ArticleRegion(first, last, (i,), tuple(fields))


def _credit_fields(i: int, line: str) -> list[FieldSpan]:
    """The outlet and author a credit line over a card's line names (``Jane Roe / The
    Example Post:``: :data:`_CREDIT_LINE`); [] for another line."""
    match = _CREDIT_LINE.match(line)
    if match is None or count_words(line) > MAX_META_WORDS or is_prose(line.strip()):
        return []
    fields = [FieldSpan(i, *match.span("outlet"), "outlet")]
    if match["byline"]:
        fields.insert(0, FieldSpan(i, *match.span("byline"), "byline"))
    return fields


def _meta_line_fields(i: int, line: str) -> list[FieldSpan]:
    """A meta line's fields, and a source its cue names after its time
    (``2026-12-03 10:20　来源：江城日报``)."""
    fields = list(meta_fields(i, line))
    if any(f.field == "outlet" for f in fields):
        return fields
    end = max((f.end for f in fields), default=0)
    for part in _PART_START.finditer(line, end):  # the cue after the time and its clock
        cue = source_cue(line[part.start() :])
        if cue is not None:
            group = "name" if cue["name"] else "name2"
            start = part.start()
            fields.append(FieldSpan(i, start + cue.start(group), start + cue.end(group), "outlet"))
            break
    return fields

"""Listings that print each card's teaser before its headline.

Most cards print their headline over their text; some listings print the text first,
then a short headline, then the card's meta line::

    The council will tender the market's refit in January. It will cost 2.4 million.
    Market to be refitted
    Jane Roe · 03/12/2026

The line splitter (:mod:`analysis.clean.listing`) reads a card from its headline down,
so each teaser joined the card above it and the first was lost. :func:`teaser_first_cards`
reads such a page: blocks between blank lines, each its prose lines, then a headline
line (kind ``title``), then meta lines (a byline, a date) or none, are its cards when
:data:`~analysis.clean.card_blocks.MIN_CARDS` blocks or more are so and every line of
prose on the page is in one of them (an article's paragraphs, a card printed headline
first, are not). No value is tuned.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_fields import meta_fields
from analysis.clean.card_lines import LineKinds
from analysis.clean.page_metadata import FieldSpan

__all__ = ["teaser_first_cards"]


def teaser_first_cards(lines: Sequence[str], kinds: LineKinds | None = None) -> list[ArticleRegion]:
    """The cards of a listing printing each teaser over its headline ([] on another
    page; the module docstring's rules).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.
    kinds : LineKinds, optional
        The page's line kinds, when the caller reads them too (each line's kind is
        worked out once); default: worked out here.

    Returns
    -------
    list of ArticleRegion
        One per card, in page order: its teaser lines (body), headline (``title``) and
        the fields of its meta lines.
    """
    if kinds is None:
        kinds = LineKinds(lines)  # the later tests run only for the lines under a teaser
    known = [kinds.known(i) for i in range(len(lines))]
    blocks = _blocks(known)
    if not _may_hold_cards(blocks, known):
        return []  # (most pages: answered without a line's later tests)
    cards = []
    prose_in_cards = 0
    for start, end in blocks:
        title = next((i for i in range(start, end) if known[i] != "prose"), end)
        if title in (start, end) or kinds.text_kind(title) != "title":
            continue
        if all(kinds.text_kind(i) == "meta" for i in range(title + 1, end)):
            cards.append(_region(lines, start, title, end))
            prose_in_cards += title - start
    if len(cards) < MIN_CARDS or prose_in_cards < known.count("prose"):
        return []
    return cards


def _may_hold_cards(blocks: list[tuple[int, int]], known: list[str | None]) -> bool:
    """Whether the blocks, read by the first tests' kinds (``known``), may be cards
    enough to hold every prose line: :data:`~analysis.clean.card_blocks.MIN_CARDS`
    blocks or more open with prose over another line, and no prose line stands below a
    block's first line of another kind nor fills a block (it would be in no card)."""
    opened = 0
    for start, end in blocks:
        title = next((i for i in range(start, end) if known[i] != "prose"), end)
        if title == end or "prose" in known[title:end]:
            return False
        opened += title > start
    return opened >= MIN_CARDS


def _blocks(kinds: list[str | None]) -> list[tuple[int, int]]:
    """The runs of lines between blank lines: (first, end) each, end exclusive."""
    blocks = []
    start = None
    for i, kind in enumerate([*kinds, "blank"]):
        if kind == "blank":
            if start is not None:
                blocks.append((start, i))
            start = None
        elif start is None:
            start = i
    return blocks


def _region(lines: Sequence[str], start: int, title: int, end: int) -> ArticleRegion:
    """A card: its teaser lines ``start`` to ``title``, its headline, its meta lines."""
    line = lines[title]
    fields = [FieldSpan(title, len(line) - len(line.lstrip()), len(line.rstrip()), "title")]
    for i in range(title + 1, end):
        fields += meta_fields(i, lines[i])
    return ArticleRegion(start, end - 1, tuple(range(start, title)), tuple(fields))

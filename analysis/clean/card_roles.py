"""Cards read with the whole page: the role of the name lines a card header holds.

A name line next to a headline may be the card's outlet, the site's section (the page's
menu lists it) or a byline (where the page prints its bylines): the page's other cards
and its menu decide.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.clean.card_blocks import MIN_CARDS, Card, cards_from_runs, reads_headers_first
from analysis.clean.card_fields import normalized
from analysis.clean.card_lines import LineKinds
from analysis.clean.page_metadata import line_value_span


def read_cards(lines: list[str], kinds: LineKinds, runs: list[list[int]]) -> list[Card]:
    """The page's cards from its body runs, their name lines read with the whole page.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    runs : list of list of int
        The page's body runs (:func:`analysis.clean.card_runs.body_runs`).

    Returns
    -------
    list of Card
        In page order: a name line the page's menu lists is a section, not an outlet; a
        bare name where the page prints its bylines is a byline.
    """
    headers_first = reads_headers_first(lines, kinds, runs)
    cards = cards_from_runs(lines, kinds, runs, headers_first=headers_first)
    if sections := _menu_sections(lines, kinds, cards):
        # a card's name line that the page's own menu lists is its section, not its outlet
        cards = cards_from_runs(lines, kinds, runs, sections, headers_first)
    if len(cards) < MIN_CARDS:
        return cards
    return _bylines_by_place(lines, kinds, cards)


def _bylines_by_place(lines: list[str], kinds: LineKinds, cards: list[Card]) -> list[Card]:
    """A bare name printed where other cards print their byline is a byline too.

    On an outlet's own section page, ``By Jane Doe`` under one headline and ``John Roe``
    under the next: the place under the headline (the line offset from the title) is the
    byline's on this page, so the bare name is the author, not the card's outlet (the
    page's site then is). Aggregators that print the outlet and the byline on separate
    lines keep their outlet: its place is not the byline's.
    """
    places = {
        f.line_no - card.title_line
        for card in cards
        for f in card.region.fields
        if f.field == "byline" and not _holds_outlet(card, f.line_no)
    }
    out = []
    for card in cards:
        fields = card.region.fields
        title_line = card.title_line
        if not any(f.field == "byline" for f in fields):
            fields = tuple(
                replace(f, field="byline")
                if f.field == "outlet"
                and f.line_no != title_line
                and f.line_no - title_line in places
                and kinds[f.line_no] in {"label", "title"}
                else f
                for f in fields
            )
        out.append(replace(card, region=replace(card.region, fields=fields)))
    return out


def _menu_sections(lines: list[str], kinds: LineKinds, cards: list[Card]) -> frozenset[str]:
    """The names the page's menu lists (bullets outside the cards, ``  • Politics``): the
    site's own sections, when a card's outlet is one of them; else none."""
    outlets = {
        normalized(lines[f.line_no][f.start : f.end])
        for card in cards
        for f in card.region.fields
        if f.field == "outlet"
    }
    if not outlets:
        return frozenset()  # no menu name can be an outlet: the menu is not read
    inside = {i for card in cards for i in range(card.region.first_line, card.region.last_line + 1)}
    menu = {
        normalized(lines[i][slice(*line_value_span(lines[i]))])
        for i in range(len(lines))
        if i not in inside and kinds.known(i) == "bullet"
    }
    return frozenset(menu) if menu & outlets else frozenset()


def _holds_outlet(card: Card, line_no: int) -> bool:
    return any(f.field == "outlet" and f.line_no == line_no for f in card.region.fields)

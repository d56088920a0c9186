"""A Web Component's slotted parts (``<span slot="headline">``) are blocks of their own."""

from __future__ import annotations

from analysis.clean.html_page import render_text
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

_CARDS = [
    (
        "Harbour pilots vote to strike over night shifts",
        "2026-03-03",
        "3 March 2026",
        "Femke Dijkstra",
        "The pilots say two night shifts in a row are unsafe, and the strike starts on Monday.",
    ),
    (
        "Dyke works close the polder road for a month",
        "2026-03-02",
        "2 March 2026",
        "Ruud Aalbers",
        "Traffic to the villages goes round by the ferry while the dyke is raised by a metre.",
    ),
    (
        "Ferry timetable changes for the winter season",
        "2026-03-01",
        "1 March 2026",
        "Femke Dijkstra",
        "Two crossings an hour are cut on weekdays until April, the operator said on Sunday.",
    ),
]


def _page() -> str:
    cards = "".join(
        f"<story-card href='/n/{n}'><template shadowrootmode='open'><article><h3>"
        "<slot name='headline'></slot></h3><slot name='date'></slot><slot name='by'></slot>"
        "<slot name='teaser'></slot></article></template>"
        f"<span slot='headline'>{title}</span><time slot='date' datetime='{iso}'>{day}</time>"
        f"<span slot='by'>By {author}</span><p slot='teaser'>{teaser}</p></story-card>"
        for n, (title, iso, day, author, teaser) in enumerate(_CARDS)
    )
    return (
        "<!DOCTYPE html><html><head><title>News - Lowland Courier</title>"
        "<meta property='og:site_name' content='Lowland Courier'></head><body>"
        f"<header><a href='/'>Lowland Courier</a></header><main><h1>News</h1>{cards}</main>"
        "<footer>&copy; 2026 Lowland Courier</footer></body></html>"
    )


def test_a_slotted_headline_is_printed_apart_from_its_date():
    lines = [line.strip() for line in render_text(_page()).split("\n")]
    assert _CARDS[0][0] in lines  # not "Harbour pilots ... shifts3 March 2026"
    assert _CARDS[0][2] in lines


def test_cards_of_slotted_parts_are_a_listing_of_their_stories():
    result = clean_page(page_from_bytes(_page().encode(), "news.html", "news.html"))
    articles = result.articles
    assert [a["title"] for a in articles] == [card[0] for card in _CARDS]
    assert [a["published"] for a in articles] == [card[1] for card in _CARDS]

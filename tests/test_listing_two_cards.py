"""analysis.clean.listing: a list of two packed cards whose headlines the markup names is
a listing though the two print different lines (one signed, one not; made-up pages,
review h328: listings_h320's "a two-card list read as one article")."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

_BRIDGE = (
    "The city says the footbridge over the river will be finished before the spring, "
    "two years after the old one was closed by the flood."
)
_HARVEST = "Growers in the valley have picked more apples this autumn than in any year."


def _page(first_line: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        f"{first_line}<main>"
        "<article><h2><a href='https://ledger.example/news/footbridge'>Footbridge to open in "
        "spring after two years of works</a></h2><p>Source: The Ledger</p>"
        "<p><time datetime='2026-03-03'>2026-03-03</time> · By <span class='author'>Jane Roe"
        f"</span></p><p>{_BRIDGE}</p></article>"
        "<article><h2><a href='https://ledger.example/news/apples'>A record apple harvest</a>"
        "</h2><p>Source: The Ledger</p><p><time datetime='2026-03-02'>2026-03-02</time></p>"
        f"<p>{_HARVEST}</p></article></main></body></html>"
    )


def _articles(markup: str):
    page = page_from_bytes(markup.encode(), "two.html", "raw/two.html")
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_two_cards_one_signed_the_page_opening_with_the_first_are_two_articles():
    articles = _articles(_page())
    assert list(articles["title"]) == [
        "Footbridge to open in spring after two years of works",
        "A record apple harvest",
    ]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]


def test_two_cards_under_a_masthead_are_two_articles_too():
    articles = _articles(_page("<header><a href='/'>The Ledger</a></header>"))
    assert list(articles["title"]) == [
        "Footbridge to open in spring after two years of works",
        "A record apple harvest",
    ]

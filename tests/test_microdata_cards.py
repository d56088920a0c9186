"""analysis.clean.microdata_cards: the authors microdata gives related stories' cards."""

from __future__ import annotations

from lxml import html as lxml_html

from analysis.clean.html_page import html_metadata
from analysis.clean.microdata_cards import related_item_authors, related_item_days

_CARD = (
    '<article itemscope itemtype="https://schema.org/NewsArticle">'
    '<h3 itemprop="headline">{headline}</h3>'
    '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
    '<span itemprop="name">{author}</span></span></article>'
)
_PARAGRAPHS = "".join(
    f"<p>{p}</p>"
    for p in (
        "The ferry to the island began running again on Friday after three weeks of repairs.",
        "The pier at the harbour was damaged by a storm in November and closed to boats.",
        "Repairs cost about three hundred thousand pounds, paid by the council and the operator.",
        "Residents had relied on a fishing boat for their supplies while the pier was shut.",
    )
)
_PAGE = (
    "<html><head><title>Island ferry resumes after three-week halt | Example Isles News"
    "</title></head><body><h1>Island ferry resumes after three-week halt</h1>"
    "<p>By Morag Lindsay · 4 December 2026</p>"
    + _PARAGRAPHS
    + "<h2>More stories</h2>"
    + _CARD.format(headline="New school boat for the outer isles", author="Calum Steele")
    + "</body></html>"
)


def test_a_cards_author_is_read_and_the_pages_own_item_is_not():
    tree = lxml_html.document_fromstring(
        _CARD.format(headline="Other story", author="Ann Lee")
        + _CARD.format(headline="Own story", author="Jo Doe")
    )
    assert related_item_authors(tree, "Own story") == {"annlee"}
    assert related_item_authors(tree, "Own story - Example Site") == {"annlee"}
    assert related_item_authors(tree, None) == set()  # no title: no card is told apart


def test_an_item_around_the_pages_own_is_no_related_card():
    # a WebPage item around the page holds the site's heading and the story's BlogPosting
    # item: the story's author is its own item's, whose headline is the page's
    tree = lxml_html.document_fromstring(
        '<body itemscope itemtype="https://schema.org/WebPage">'
        '<strong itemprop="headline">Blog - Latest News</strong>'
        + _CARD.format(headline="Own story", author="Jo Doe").replace("NewsArticle", "BlogPosting")
        + "</body>"
    )
    assert related_item_authors(tree, "Own story - Example Site") == set()


def test_a_related_cards_microdata_author_is_not_the_pages_byline():
    # trafilatura read the card's itemprop=author as the page's author; the page's own
    # story carries no microdata and prints its byline (review h246)
    assert html_metadata(_PAGE).byline != "Calum Steele"


def test_a_related_cards_microdata_date_is_not_the_pages():
    # an AMP page's "Read next" card carried the only markup date; the page prints its
    # own in its byline line (after review h246's held-out pages)
    card = (
        '<div itemscope itemtype="http://schema.org/NewsArticle">'
        '<h3 itemprop="headline">Cider festival returns</h3>'
        '<meta itemprop="datePublished" content="2026-09-12"></div>'
    )
    tree = lxml_html.document_fromstring(card)
    assert related_item_days(tree, "Island ferry resumes after three-week halt") == {"2026-09-12"}
    assert related_item_days(tree, "Cider festival returns") == set()
    page = _PAGE.replace("</body>", card + "</body>")
    assert html_metadata(page).published != "2026-09-12"

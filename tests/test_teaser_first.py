"""analysis.clean.teaser_first: listings printing each card's teaser over its headline.
Made-up sites, people and stories."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.segment import segment_page
from analysis.clean.teaser_first import teaser_first_cards

CARDS = [
    (
        "The council will tender the refit of the covered market in January. The work "
        "will cost 2.4 million and take eighteen months.",
        "Covered market to be refitted",
        "Jane Roe · 3 Dec 2026",
    ),
    (
        "Shellfish gatherers in the bay have not worked for three weeks because of the "
        "rain. They ask the region for help.",
        "Rain keeps the bay's gatherers at home",
        "Tom Birch · 2 Dec 2026",
    ),
    (
        "The company opens its new play at the city's concert hall on Saturday. Tickets "
        "are already on sale.",
        "Bat Theatre returns to the stage",
        "Ines Vale · 1 Dec 2026",
    ),
]


def _page(cards=CARDS) -> str:
    lines = ["The River Post", "Front page · Region · Sport · Culture", "", "LATEST", ""]
    for teaser, title, meta in cards:
        lines += [teaser, title, meta, ""]
    return "\n".join(lines)


def test_each_teaser_over_its_headline_and_meta_line_is_one_card():
    # h161 F5 (teaser_first_gl): each teaser joined the card above and the first was lost
    page = _page()
    articles = extract_articles(page, name="latest.txt")
    assert list(articles["title"]) == [title for _, title, _ in CARDS]
    assert list(articles["body"]) == [teaser for teaser, _, _ in CARDS]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert_accounts_for_every_character(segment_page(page, "latest.txt"), page)


def test_headline_first_cards_and_an_articles_paragraphs_are_not_read_teaser_first():
    # the usual order: the headline over its teaser
    usual = "\n".join(f"{title}\n{teaser}\n{meta}\n" for teaser, title, meta in CARDS)
    assert teaser_first_cards(usual.split("\n")) == []
    # an article's paragraph outside the blocks: the page's own text
    story = _page() + "\n" + CARDS[0][0] + " " + CARDS[1][0] + "\n"
    assert teaser_first_cards(story.split("\n")) == []


def test_a_page_whose_prose_no_block_opens_is_answered_by_the_first_tests(monkeypatch):
    """Speed only: a page with a paragraph standing alone (an article) is answered from
    its lines' first kind tests, none of its lines tested for a headline or a date."""
    from analysis.clean import card_lines

    def refused(_):
        raise AssertionError("later tests run")

    monkeypatch.setattr(card_lines, "_late_kind", refused)
    story = _page() + "\n" + CARDS[0][0] + " " + CARDS[1][0] + "\n"
    assert teaser_first_cards(story.split("\n")) == []

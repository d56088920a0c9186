"""analysis.clean.card_frames: a card whose cue line is not read is still a card."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

HEADS = [
    "Council approves the harbour budget after a long debate",
    "Ferry service resumes on Monday after the repairs",
    "New bridge opens to traffic ahead of its schedule",
    "School board delays its vote on the bus routes",
]
TEASERS = [
    "The vote came after four hours of debate in the old town hall.",
    "Repairs to the landing took longer than planned, officials said.",
    "Drivers can use the crossing from Friday morning, the city said.",
    "Parents asked for more time to study the proposed changes.",
]
AUTHORS = ["Jane Doe", "Tom Reyes", "Ann Lee", "Bo Park"]


def _page(cards: list[str]) -> str:
    return (
        "Harbour Daily\n\nLocal\n\n" + "\n\n".join(cards) + "\n\nLoad more\n© 2026 Harbour Daily\n"
    )


@pytest.mark.parametrize("position", [2, 3])
@pytest.mark.parametrize("meta_under_text", [False, True])
def test_a_card_whose_cue_line_is_not_read_is_kept(position, meta_under_text):
    # one card's time is a day named by a word the splitter does not know: its header
    # had no cue and its text was in no record; laid out as the others, it is a card
    whens = ["2 hours ago", "5 hours ago", "7 hours ago", "9 hours ago"]
    whens[position] = "the day before"
    cards = []
    for head, when, author, teaser in zip(HEADS, whens, AUTHORS, TEASERS, strict=True):
        meta = f"{when} · {author}"
        parts = [head, teaser, meta] if meta_under_text else [head, meta, teaser]
        cards.append("\n".join([*parts, "Read more"]))
    articles = extract_articles(_page(cards), name="local.txt")
    assert articles["title"].tolist() == HEADS
    assert articles["body"].tolist() == TEASERS


@pytest.mark.parametrize(
    "box",
    [
        # laid out as the cards are, but the site's sign-up prompt
        [
            "Stay in the loop",
            "Our morning newsletter",
            "Sign up for our newsletter to get the day's local stories every morning.",
        ],
        # a box of another frame: three lines over its text where the cards print two
        [
            "Stay in the loop",
            "From the editors",
            "Weekdays at seven",
            "The day's local stories, chosen by our editors, in one short read.",
        ],
    ],
)
def test_a_box_under_the_cards_is_no_card(box):
    cards = [
        "\n".join([head, f"{n} hours ago", teaser])
        for n, (head, teaser) in enumerate(zip(HEADS, TEASERS, strict=True), start=2)
    ]
    articles = extract_articles(_page([*cards, "\n".join(box)]), name="local.txt")
    assert articles["title"].tolist() == HEADS


@pytest.mark.parametrize("unsigned", [(0, 3), (1,), (0, 2)])
def test_a_card_printing_no_byline_over_its_headline_is_kept(unsigned):
    # review h304 (print_front_jumps_de): some cards print 'By NAME' over their headline,
    # the others none; the unsigned ones (before the first signed card too) were lost
    cards = []
    for k, (head, author, teaser) in enumerate(zip(HEADS, AUTHORS, TEASERS, strict=True)):
        parts = [head, teaser, "Continued on page 6"]
        cards.append("\n".join(parts if k in unsigned else [f"By {author}", *parts]))
    rows = extract_articles(_page(cards), "front.txt")
    assert list(rows["title"]) == HEADS
    assert [b is None for b in rows["byline"]] == [k in unsigned for k in range(4)]


def test_a_block_over_the_first_card_laid_out_like_the_cards_stays_chrome():
    # a search page's query and result count right over its first result, laid out as
    # the results are (a line over a headline, one under it): no card (listings_h286
    # news_search_results_am read four records for three after the rule above)
    cards = [
        "\n".join([f"Harbour Daily · {n} hours ago", head, teaser])
        for n, head, teaser in zip((2, 5, 7), HEADS, TEASERS, strict=False)
    ]
    text = (
        "All   News   Images   Videos   Maps\n"
        '"harbour budget vote delayed again"\n'
        "Stories from the last week on the harbour budget, sorted by relevance.\n\n"
    )
    rows = extract_articles(text + "\n\n".join(cards) + "\n\nShow more news\n", "search.txt")
    assert list(rows["title"]) == HEADS[:3]


def test_an_ad_laid_out_as_the_cards_is_no_card():
    # h381 (listings_h360's portal streams): an 'Ad • ADVERTISER' line where the cards
    # print 'Outlet • age', over a headline and a line of text: read as a card framed as
    # the others, the ad was a record
    metas = ["Harbour Daily • 4 hours ago", "Valley Post • 1 day ago", "Harbour Daily • 3 days ago"]
    cards = [
        f"{meta}\n{head}\n{teaser}"
        for meta, head, teaser in zip(metas, HEADS, TEASERS, strict=False)
    ]
    cards.append(
        "Ad • Island Air Travel\nFly to the islands from $299\nBook now and save on winter fares."
    )
    trending = "Trending Now\n\n 1. 1. Ferry\n 2. 2. Bridge\n 3. 3. Budget"
    page = "Portal News\n\nHarbour County\n\n" + "\n\n".join([*cards, trending]) + "\n"
    articles = extract_articles(page, name="stream.txt")
    assert articles["title"].tolist() == HEADS[:3]

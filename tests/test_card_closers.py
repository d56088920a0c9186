"""analysis.clean.card_closers: full-text cards no cue marks, each closed by the same line."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

HEADS = [
    "Harbour council approves a new ferry timetable",
    "Drought forces farmers to sell their cattle early",
    "City library to stay open until midnight in December",
]
BODIES = [
    [
        "The harbour council voted on Tuesday to add two evening crossings to the island "
        "ferry, ending a year of complaints from commuters who work late shifts.",
        "The new timetable starts in January and will cost the port authority about "
        "1.2 million a year, officials said.",
    ],
    [
        "Ranchers across the northern plains are selling herds months ahead of schedule "
        "as pasture dries out and hay prices climb to record levels.",
        "Auction houses reported the busiest November in a decade, with prices per head "
        "falling sharply.",
    ],
    [
        "Students will be able to study at the central library until midnight for three "
        "weeks in December under a pilot programme funded by the university.",
        "Librarians said the extra hours would be staffed by volunteers and two security guards.",
    ],
]


def _newsletter(closer: str, heads: list[str]) -> str:
    stories = []
    for n, (head, body) in enumerate(zip(heads, BODIES, strict=True)):
        stories.append("\n\n".join([head, *body, closer.format(n=n)]) + "\n\n" + "-" * 40)
    return (
        "From: Morning Ledger <news@ledger.example>\nSubject: Your Tuesday briefing\n\n"
        "Good morning. Here is what you need to know today.\n\n"
        + "\n\n".join(stories)
        + "\n\nUnsubscribe: https://ledger.example/unsubscribe\n"
    )


@pytest.mark.parametrize(
    "closer", ["Read more: https://ledger.example/story/{n}", "Read full story"]
)
@pytest.mark.parametrize("upper", [False, True])
def test_full_texts_each_closed_by_the_same_line_are_cards(closer, upper):
    # no outlet, time or byline on the stories, and full texts, not teasers: each one
    # closed by the same link line (its address aside) marks them as the page's cards
    heads = [head.upper() for head in HEADS] if upper else HEADS
    articles = extract_articles(_newsletter(closer, heads), name="briefing.txt")
    assert len(articles) == 3
    assert [title.casefold() for title in articles["title"]] == [h.casefold() for h in HEADS]
    assert articles["body"].tolist() == ["\n\n".join(body) for body in BODIES]


def test_sections_of_one_article_closed_differently_stay_one_article():
    # the same stories as subheads of one article, nothing closing each section: one
    # article, as before
    page = "Morning Ledger\n\nThe week on the coast\n\n" + "\n\n".join(
        "\n\n".join([head, *body]) for head, body in zip(HEADS, BODIES, strict=True)
    )
    articles = extract_articles(page, name="week.txt")
    assert len(articles) == 1


def test_an_ad_slot_under_every_section_closes_no_card():
    # an article's sections, each followed by an ad's slot: the slot may stand under any
    # paragraph, so it marks no card (AllSides texts were split so)
    sections = [
        "\n\n".join([head, *body, "Advertisement"])
        for head, body in zip(HEADS, BODIES, strict=True)
    ]
    page = "The week on the coast\n\n" + "\n\n".join(sections) + "\n"
    articles = extract_articles(page, name="week.txt")
    assert len(articles) == 1

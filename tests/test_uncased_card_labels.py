"""A one-word label on every card in a script without capitals is the card's category, not
its outlet (review h176 item 4: a press office's "خبر | date | unit" lines)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.card_roles import is_topic_word

_SITE = "Harbour Weekly Bulletin"
_CARDS = [
    ("Harbour budget vote moves to Thursday", "The council delays the vote by two days."),
    ("Ferry timetable adds a late crossing", "A boat at eleven will run from January."),
    ("Library opens on Sundays this winter", "Volunteers keep the reading room open."),
]


def _page(labels: list[str]) -> str:
    lines = [_SITE, "Home  Local  Sport  Opinion", ""]
    for (title, teaser), label in zip(_CARDS, labels, strict=True):
        lines += [f"{label} | 3 hours ago", title, teaser + " The post office opens later.", ""]
    return "\n".join([*lines, f"© 2026 {_SITE}. All rights reserved."])


def test_the_same_uncased_word_over_every_card_is_its_category():
    articles = extract_articles(_page(["خبر"] * 3), name="office.txt")  # Persian "news"
    assert list(articles["title"]) == [title for title, _ in _CARDS]
    assert list(articles["category"]) == ["خبر"] * 3
    assert list(articles["outlet"]) == [_SITE] * 3


@pytest.mark.parametrize(
    "names",
    [
        ["김서윤", "박도현", "김서윤"],  # Korean names written as one word: no label's
        ["ข่าวสยาม", "ข่าวเหนือ", "ข่าวสยาม"],  # Thai writes a whole name as one run
    ],
)
def test_uncased_one_word_names_that_differ_are_no_section_labels(names):
    articles = extract_articles(_page(names), name="river.txt")
    assert list(articles["category"].fillna("")) == [""] * 3  # outlets or bylines, no labels


def test_one_word_without_capitals_is_no_title_case_topic_word():
    assert not is_topic_word("خبر")  # the same word on every card decides (above)
    assert is_topic_word("Politik")

"""A card's compact age glued to its source's name in a text dump ('Harbour Courier5h':
a search engine's news cards render the name's link and the age's element with nothing
between them), made-up cards."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.card_lines import find_time, glued_age

# Made-up search results: headline, snippet, source name.
RESULTS = [
    ("Ferry fares to rise by a tenth in spring",
     "The island ferry will charge a tenth more from March, the operator said on Tuesday.",
     "Harbour Courier"),
    ("Council votes to freeze ferry fares for pensioners",
     "Pensioners will keep their old fares for another year after the vote on Monday night.",
     "Island Post"),
    ("Operator orders a new electric ferry",
     "The operator has ordered an electric ferry from a yard in the north, to sail from 2028.",
     "गोंयचो आवाज"),
]  # fmt: skip
AGES = ["5h", "2d", "1h"]


def _page() -> str:
    lines = ["Search", "ferry fares", "All  Images  News", "Filter by: Most recent"]
    for (title, snippet, name), age in zip(RESULTS, AGES, strict=True):
        lines += [title, snippet, name + age]
    return "\n".join([*lines, "Related searches", "Privacy and Cookies"]) + "\n"


def test_glued_ages_give_each_card_its_source_and_age():
    rows = extract_articles(_page(), "search.txt").to_dict("records")
    assert [r["title"] for r in rows] == [r[0] for r in RESULTS]
    assert [r["outlet"] for r in rows] == [r[2] for r in RESULTS]
    assert [r["relative_time"] for r in rows] == AGES


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Harbour Courier5h", "5h"),
        ("गढ़वाळि समाचार7h", "7h"),  # a name closing on a vowel sign (a mark)
        ("Coast Daily News12min", "12min"),
        ("Workers strike for 24h", None),  # spaced: no glued age (find_time reads it)
        ("The ferry sailed at 5. Then it rained3h", None),  # a sentence, no name
        ("Model4d render", None),  # not closing the line
        ("Big Seven Regional Island Harbour Courier Network5h", None),  # no name's length
    ],
)
def test_glued_age_is_a_compact_age_closing_a_short_name(text, age):
    found = glued_age(text)
    assert (text[found[0] : found[1]] if found else None) == age
    if age:
        assert find_time(text) == found

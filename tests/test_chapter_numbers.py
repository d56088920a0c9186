"""A long read's chapter headings counted in words or Roman numerals ("One" ... "Four",
"II", "Teil drei", "Capítulo dos"): the body keeps them (a word alone between two
paragraphs read as chrome: the part's count was lost). Made-up site, people and story
(issue #10)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.body.chapter_numbers import chapter_count

PARAGRAPHS = [
    "The ferry to Inish Carrow leaves twice a week in winter, and on the morning I crossed"
    " there were eleven of us aboard, most of them carrying groceries from the mainland.",
    "The island has lost half its people since the school closed in 1998, and the ones who"
    " stayed talk about the closure the way other places talk about a flood or a war.",
    "Maura Keane, who ran the post office for thirty years, keeps the last register of"
    " pupils in a drawer beside her till, and she showed it to me without being asked.",
    "When the council voted to close the school, the island sent a delegation of four to"
    " the county town, and they were given ten minutes at the end of a long meeting.",
    "The rents came next. Holiday lets took the houses the teachers had rented, and the"
    " families who might have replaced them found nothing they could afford.",
    "A survey in 2019 counted forty-one houses on the island, and twenty-six of them stood"
    " empty from October until Easter, their windows shuttered against the Atlantic.",
    "This spring a group of parents on the mainland asked whether the school could reopen"
    " for the children of the two young families who moved back last year.",
    "The council has promised a feasibility study, and the island, which has heard"
    " promises before, is waiting to see whether anyone comes to count the children.",
]


def _page(headings: list[str | None]) -> str:
    lines = ["The Western Ledger", "", "The island that lost its school", ""]
    lines += ["By Orla Finnegan", "March 3, 2026", ""]
    for number, heading in enumerate(headings):
        if heading:
            lines += [heading, ""]
        lines += [PARAGRAPHS[2 * number], "", PARAGRAPHS[2 * number + 1], ""]
    lines += ["Share this article", "", "More from The Western Ledger"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "headings",
    [
        [None, "Two", "Three", "Four"],
        ["One", "Two", "Three", "Four"],
        ["I", "II", "III", "IV"],
        [None, "Zwei", "Drei", "Vier"],
        [None, "Capítulo dos", "Capítulo tres", "Capítulo cuatro"],
    ],
)
def test_counted_chapter_headings_are_body(headings):
    articles = extract_articles(_page(headings), "long_read.txt")
    assert len(articles) == 1
    assert articles.title[0] == "The island that lost its school"
    paragraphs = articles.body[0].split("\n\n")
    assert [p for p in paragraphs if p in headings] == [h for h in headings if h]
    assert paragraphs[-1] == PARAGRAPHS[-1]


def test_words_that_do_not_count_up_are_no_headings():
    articles = extract_articles(_page([None, "Two", "Four", "Seven"]), "long_read.txt")
    assert not {"Two", "Four", "Seven"} & set(articles.body[0].split("\n\n"))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One", ("", 1)),
        ("TWO", ("", 2)),
        ("IV", ("", 4)),
        ("XII", ("", 12)),
        ("Chapter Three", ("chapter", 3)),
        ("Part IV", ("part", 4)),
        ("Teil drei:", ("teil", 3)),
        ("Chapitre deux", ("chapitre", 2)),
        ("Chapter 1: The car park", None),  # digits: extend's labelled series
        ("The end", None),
        ("tWo", None),
        ("Iv", None),
    ],
)
def test_chapter_count(text, count):
    assert chapter_count(text) == count


def test_labelled_headings_counted_in_words_are_body():
    headings = ["Act one: The ferry", "Act two: The register", "Act three: The rents"]
    articles = extract_articles(_page([None, *headings]), "long_read.txt")
    assert [p for p in articles.body[0].split("\n\n") if p in headings] == headings

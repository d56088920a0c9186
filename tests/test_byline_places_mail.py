"""Bylines: a name and the place it is written from, a name over the author's e-mail
address, an e-mail address after "By", the newsroom's word alone beside the date line
(review h162's left-overs)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.header_lines import find_byline

_BODY = [
    "The new library in the Egia district will open in January, the council said on "
    "Wednesday, after two years of building work.",
    "",
    "The building has three floors and a room for children, and will lend tools as well as books.",
    "",
    "Residents had asked for a library in the district for more than a decade.",
]


def _byline(header: list[str]) -> list:
    text = "\n".join(
        ["The Marrow Gazette", "", "Library opens in January", "", *header, "", *_BODY]
    )
    return extract_articles(text, "page.txt")["byline"].tolist()


@pytest.mark.parametrize("separator", ["|", "·", "•"])
def test_a_name_and_its_place_over_the_date_line_is_the_byline(separator):
    header = [f"Ane Etxeberria {separator} Donostia", "3 December 2026, 10:15"]
    assert _byline(header) == ["Ane Etxeberria"]


def test_a_name_and_a_place_without_a_date_line_beside_is_none():
    assert _byline(["Ane Etxeberria | Donostia"]) == [None]


def test_a_name_over_its_authors_e_mail_address_is_the_byline():
    header = ["Gudrun Sigurdardottir", "gudrun@marrowgazette.example", "3 December 2026"]
    assert _byline(header) == ["Gudrun Sigurdardottir"]


def test_an_e_mail_address_after_by_is_the_byline():
    line = "By k.osei@marrowgazette.example"
    assert find_byline(line) == (3, len(line))
    assert _byline([line, "3 December 2026"]) == ["k.osei@marrowgazette.example"]
    # an address in a sentence after "by" is no byline
    assert find_byline("Contact: k.osei@marrowgazette.example") is None


@pytest.mark.parametrize("word", ["Redacción", "REDACCIÓN", "Newsroom", "The Newsroom"])
def test_the_newsrooms_word_over_the_date_line_is_the_byline(word):
    assert _byline([word, "Egia, 3 December 2026"]) == [word]


def test_the_newsrooms_word_under_the_date_line_is_the_byline():
    assert _byline(["3 December 2026", "Redazione"]) == ["Redazione"]


def test_the_newsrooms_word_without_a_date_line_beside_is_none():
    assert _byline(["Redacción"]) == [None]

"""Bylines of review h177's left-overs on a page (F4; issue #10; the single lines' cues
are in test_byline_cues_more.py): Albanian "Nga" (by; also a Vietnamese given name) on an
Albanian page only, three names set apart by commas and "and" on a line of their own
under the headline. Made-up names and wording."""

from __future__ import annotations

import pytest

from analysis import extract_articles

PROSE = [
    "The district board voted on Thursday to close two village schools next summer and to "
    "send their pupils by bus to the larger school in the valley town.",
    "",
    "Parents said the journey would take most children more than forty minutes each way, "
    "and several of them promised to fight the decision at the next meeting.",
]


ALBANIAN = [
    "Zëri i Luginës",
    "",
    "Bashkia hap një park të ri pranë lumit",
    "",
    "Nga Drita Kelmendi",
    "E enjte, 3 dhjetor 2026",
    "",
    "Bashkia përuroi sot një park të ri pranë lumit, i cili do të jetë i hapur për të "
    "gjithë banorët e qytetit gjatë gjithë vitit.",
    "",
    "Parku ka stola të rinj, ndriçim dhe një shesh lojërash për fëmijët, tha kryetari i "
    "bashkisë gjatë ceremonisë së hapjes.",
]


def test_albanian_nga_before_a_two_word_name_is_by():
    articles = extract_articles("\n".join(ALBANIAN), "made_up.txt")
    assert articles.byline[0] == "Drita Kelmendi"


def test_nga_opening_a_name_on_an_english_page_is_the_name():
    lines = ["Valley Ledger", "", "Board votes to close two village schools", "", "Nga Thi Pham"]
    lines += ["December 3, 2026", "", *PROSE]
    assert extract_articles("\n".join(lines), "made_up.txt").byline[0] == "Nga Thi Pham"


def _names_page(names: str, below: str = "Thursday, December 3, 2026 at 11:45 AM EST"):
    head = ["Valley Ledger", "", "Board votes to close two village schools", ""]
    return "\n".join([*head, names, "", below, "", *PROSE])


def test_three_names_on_their_own_line_beside_the_date_are_the_byline():
    names = "Olamide Ferris, Georgina Lutz and Ben Okafor"
    assert extract_articles(_names_page(names), "made_up.txt").byline[0] == names


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("Olamide Ferris, Georgina Lutz and Ben Okafor", ""),  # no date beside it
        ("Health, Schools and Transport", "Thursday, December 3, 2026"),  # no full names
        ("Olamide Ferris, Georgina Lutz, Ben Okafor", "Thursday, December 3, 2026"),  # no "and"
    ],
)
def test_what_is_no_list_of_authors(line, below):
    byline = extract_articles(_names_page(line, below), "made_up.txt").byline[0]
    assert byline is None or "Okafor" not in byline

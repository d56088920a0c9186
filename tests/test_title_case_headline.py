"""analysis.clean.title_case_headline: a headline in Title Case is no masthead (issue #10)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.site_name import page_site_name
from analysis.clean.title_case_headline import is_title_case_headline

_TEXT = [
    "The old river crossing reopened on Thursday after eight months of repairs, city "
    "officials said. Crews replaced the deck and repainted the steel girders over the "
    "summer.",
    "",
    "Only one lane will be open in each direction until the spring, when the second "
    "phase of the work begins. Drivers are asked to allow extra time.",
]
_STANDFIRST = "Traffic limited to one lane until spring"


@pytest.mark.parametrize("meta", [["December 4, 2026", ""], ["By Ada Pryce", ""], []])
def test_a_title_case_headline_over_its_standfirst_names_no_site(meta):
    # a story copied without the site's chrome: headline, standfirst, date or byline
    lines = ["Crossing Reopens After Repairs", "", _STANDFIRST, "", *meta, *_TEXT]
    assert is_title_case_headline(lines, 0)
    assert page_site_name(lines) is None  # was "Crossing Reopens After Repairs"


@pytest.mark.parametrize("meta", [["December 4, 2026", ""], ["By Ada Pryce", ""]])
def test_the_headline_in_title_case_is_the_title(meta):
    text = "\n".join(["Crossing Reopens After Repairs", "", _STANDFIRST, "", *meta, *_TEXT])
    article = extract_articles(text + "\n", "p.txt").iloc[0]
    assert article["outlet"] == "unknown site (p.txt)"
    assert article["title"] == "Crossing Reopens After Repairs"  # was the standfirst


@pytest.mark.parametrize(
    "name",
    [
        "Example Ledger",  # a newspaper's word
        "North Valley Weekly News",  # a newspaper's word, the text's "north" aside
        "Evening Crossing Star",  # words the text does not write in lower case
        "Morning Repairs",  # two words: a name may be two ordinary words
    ],
)
def test_a_masthead_printed_once_over_the_story_still_names_the_site(name):
    lines = [name, "", "Crossing reopens after repairs", "", "By Ada Pryce", "", *_TEXT]
    assert not is_title_case_headline(lines, 0)
    site = page_site_name(lines)
    assert site is not None and site.name == name


def test_a_word_is_found_in_the_text_by_its_stem():
    lines = ["Crews Repaint Steel Girders", "", "The crews repainted the girders."]
    assert is_title_case_headline(lines, 0)  # repaint/repainted, girders; steel not
    assert not is_title_case_headline(["Crews Repaint Steel Girders", "", "Nothing."], 0)

"""Byline shapes of big and middle-sized newsrooms (review set metadata_h414)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.header_lines import find_byline

BODY = (
    "The council voted on Tuesday to approve the new plan after a long debate that lasted "
    "well into the evening, with several members raising concerns about costs.\n\n"
    "Officials said the work would begin in the spring and take about two years to finish, "
    "with most of the money coming from the state and a smaller share from local taxes.\n\n"
    '"We have waited a long time for this," the mayor said after the vote, adding that '
    "residents would be consulted on the final design before construction starts.\n"
)


def _byline(header: str, footer: str = "") -> str | None:
    text = "Home › News\n\nCouncil approves new plan after marathon debate\n\n" + header
    articles = extract_articles(text + "\n\n" + BODY + footer, "t.txt")
    return articles.iloc[0]["byline"]


def test_author_of_the_article_label():
    # a Canadian chain's papers label the byline so
    line = "Author of the article: Marc Tremblay Staff Reporter"
    start, end = find_byline(line)
    assert line[start:end].startswith("Marc Tremblay")


@pytest.mark.parametrize(
    ("name_line", "byline"),
    [
        ("Callum Reid Transport Reporter", "Callum Reid"),
        ("Eleanor Whitby Environment correspondent", "Eleanor Whitby"),
    ],
)
def test_a_beat_before_the_role_noun_is_no_name_word(name_line, byline):
    # (the beat's word in lower case in an author's note under the story, as it was for
    # the name ending "Transport" before)
    note = (
        "\n\nCallum Reid is the paper's transport reporter. "
        "Eleanor Whitby covers the environment.\n"
    )
    assert _byline(f"06:12, 6 DEC 2026\n{name_line}", note) == byline


def test_a_name_line_closed_by_a_full_stop():
    assert _byline("Thomas Le Gall.\nPublié le 05/12/2026 à 18h04") == "Thomas Le Gall"
    assert _byline("Jo D.\nPublié le 05/12/2026 à 18h04") is None  # an initial's stop


def test_a_name_over_the_site_named_in_the_copyright_only():
    # the author, the paper, the date: the paper's name is no author, the name above is
    header = "Lwazi Dlamini\nCape Daily Dispatch\nPublished 05 December 2026 · 14:20"
    footer = "\n\nAbout us\n\n© 2026 Cape Daily Dispatch. All rights reserved.\n"
    assert _byline(header, footer) == "Lwazi Dlamini"


def test_a_company_line_closed_by_its_legal_forms_stop_is_no_name():
    # review h210 (release_single_with_more_en): a press release's "News provided by"
    # over "Example Outdoor Co." and the release's date: the legal form's stop is the
    # abbreviation's, no signature's; the company is no byline
    for company in ["Harrowgate Outdoor Co.", "Pellworth Foods Inc.", "Dunmere Tools Ltd."]:
        assert _byline(f"News provided by\n{company}\nDec 03, 2026, 10:00 ET") is None, company
    assert _byline("Thomas Le Gall.\nPublié le 05/12/2026 à 18h04") == "Thomas Le Gall"

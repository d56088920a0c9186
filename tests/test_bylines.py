"""Bylines: the "By" cue's forms (analysis.clean.header_lines) and names printed alone
under the headline (analysis.clean.bylines), through article_page_fields."""

from __future__ import annotations

import pytest

from analysis.clean.bylines import find_name_line_byline
from analysis.clean.header_lines import find_byline, find_name_below_cue
from analysis.clean.page_metadata import article_page_fields

PROSE = [
    "The city council approved the rail budget on Tuesday after a long debate about "
    "fares, stations and the new depot near the river.",
    "",
    "Council members said the rail line would open next spring if the depot is finished "
    "on time, and fares would stay at today's level.",
]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Monday November 18, 2019 7:45 am PST by Jane Doe", "Jane Doe"),
        ("By Jane Doe @janedoe Nov 18, 2019, 11:47am EST", "Jane Doe"),
        ("Jane Doe@janedoe", None),  # no cue: the name-line finder's case
        ("By Jane Doe janed@example.com(555) 459-5382", "Jane Doe"),
        ("By Jane Doe@janedoe", "Jane Doe"),
        ("2019-11-18 By Jane Doe", "Jane Doe"),
        ("Council Challenged On Rail Budget By City Faculty", None),
        ("Mayor Defends Aide By Saying The Council Is The Real Problem", None),
        ("June 2, 2025 stand by Me", None),  # a lower-case "by" needs a full name
    ],
)
def test_find_byline_forms(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


def test_a_lone_by_cue_takes_the_name_on_the_next_line():
    lines = ["By", "Jane Doe", "Reporter"]
    assert find_name_below_cue(lines, 0) == (1, 0, 8)
    assert find_name_below_cue(["By", "the way, no name"], 0) is None
    assert find_name_below_cue(["Bystander"], 0) is None


def _byline(lines: list[str]) -> str | None:
    body = [i for i, line in enumerate(lines) if line in PROSE and line]
    spans = [s for s in article_page_fields(lines, body) if s.field == "byline"]
    return lines[spans[0].line_no][spans[0].start : spans[0].end] if spans else None


@pytest.mark.parametrize(
    ("name_line", "byline"),
    [
        ("Jane Doe@janedoe", "Jane Doe"),
        ("Jane Doe @janedoe / 2 days", "Jane Doe"),
        ("Jane Q. Doe Senior Contributor", "Jane Q. Doe"),
        ("Jane Doe, Example Wire Political Writer", "Jane Doe"),
        ("By", None),  # "By" alone, nothing below it in the header but the date
    ],
)
def test_a_name_line_with_a_handle_or_a_role_under_the_headline_is_the_byline(name_line, byline):
    lines = ["Council approves the rail budget", "", name_line, "", *PROSE]
    assert _byline(lines) == byline


@pytest.mark.parametrize(
    ("cue_line", "byline"),
    [
        ("Par Claire Martin", "Claire Martin"),
        ("par Claire Martin", "Claire Martin"),
        ("Por Lucía García", "Lucía García"),
        ("por Lucía García", "Lucía García"),
        ("Door Jan de Vries", "Jan de Vries"),
        ("di Mario Rossi", "Mario Rossi"),
        ("Von Eva Roth", "Eva Roth"),
        ("Auteur : Claire Martin", "Claire Martin"),
        ("author: Jane Smith", "Jane Smith"),  # a front-matter field (h46 G36)
    ],
)
def test_another_languages_cue_is_left_out_of_the_byline(cue_line, byline):
    # "Par Claire Martin" was the byline, "par ..." none; cards read both right: the
    # same author was two bylines (review finding h46 G9)
    lines = ["Council approves the rail budget", "", cue_line, "June 2, 2025", "", *PROSE]
    assert _byline(lines) == byline


def test_front_matter_author_is_the_byline():
    # the dump trafilatura's CLI writes with --with-metadata (review finding h46 G36)
    lines = [
        "---",
        "title: Council approves the rail budget",
        "author: Jane Smith",
        "date: 2025-06-02",
        "---",
        "",
        *PROSE,
    ]
    assert _byline(lines) == "Jane Smith"


def test_a_name_line_beside_the_date_line_is_the_byline():
    lines = ["Council approves the rail budget", "", "Jane Doe", "June 2, 2025", "", *PROSE]
    assert _byline(lines) == "Jane Doe"
    lines = ["Council approves the rail budget", "", "  • Jane Doe", "  • 2 June 2025", *PROSE]
    assert _byline(lines) == "Jane Doe"


def test_the_name_under_a_lone_by_line_is_the_byline():
    lines = ["Council approves the rail budget", "", "By", "Jane Doe", "", *PROSE]
    assert _byline(lines) == "Jane Doe"


def test_a_name_line_opening_an_author_box_below_the_body_is_the_byline():
    lines = ["Council approves the rail budget", "", "Jane Doe", "", *PROSE]
    assert _byline(lines) is None  # nothing marks it as the author's
    box = ["", "Jane Doe", "", "Jane Doe is a reporter covering transport."]
    assert _byline([*lines, *box]) == "Jane Doe"


@pytest.mark.parametrize(
    "label",
    [
        "Business News",  # ordinary words: the page writes them in lower case
        "Rail Budget",
        "Share Tweet Email",
        "Jane Doe Example Daily",  # four capitalized words: a name and an outlet
        "Transport | Rail",
    ],
)
def test_a_label_line_beside_the_date_is_no_byline(label):
    prose = [*PROSE, "", "Business news and rail budget: share, tweet or email it."]
    lines = ["Council approves the rail budget", "", label, "June 2, 2025", "", *prose]
    assert find_name_line_byline(lines, 0, 5, len(lines) - 1) is None


def test_a_name_in_the_body_or_above_the_headline_is_no_byline():
    lines = ["Jane Doe", "June 2, 2025", "Council approves the rail budget", "", *PROSE]
    assert _byline(lines) is None
    body = ["Jane Doe@janedoe", *PROSE]
    lines = ["Council approves the rail budget", "", *body]
    assert find_name_line_byline(lines, 0, 2, len(lines) - 1) is None


def test_a_name_line_beside_a_reading_time_is_the_byline():
    lines = ["Council approves the rail budget", "", "Jane Doe", "", "5 Min Read", "", *PROSE]
    assert _byline(lines) == "Jane Doe"


def test_a_name_line_under_a_gallerys_first_copy_of_the_headline_is_the_byline():
    title = "Council approves the rail budget"
    lines = [
        title,
        "",
        "Jane Doe, Example Wire Transport Writer",
        "",
        "Image 1 of 3",
        "The new depot near the river. Photo: Example Wire",
        title,
        "1 / 3",
        "",
        *PROSE,
    ]
    assert _byline(lines) == "Jane Doe"

"""analysis.clean.body.next_story: another story's teaser under the article, on small
synthetic pages."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

TEASER = (
    "Patients in the county are now waiting an average of eleven months for a hip "
    "replacement, the shortest wait since 2019, after the hospital opened two theatres."
)
HEADLINE = "Waiting lists for hip operations fall below a year"


@pytest.mark.parametrize("label", ["NEXT STORY", "Up next", "Related", "Article suivant"])
def test_the_next_story_s_label_headline_paragraph_and_link_are_no_body(label):
    lines = page(MENU, "Hospital opens a night clinic", *PARAGRAPHS, label, HEADLINE, TEASER)
    lines += page("", "Continue reading", MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_subheading_and_its_section_without_a_link_stay_body():
    section = "What comes next"
    lines = page(MENU, "Hospital opens a night clinic", *PARAGRAPHS[:2], section)
    lines += page("", *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], section, *PARAGRAPHS[2:]]


def test_without_the_link_the_paragraph_under_a_label_stays():
    # a label, a headline and a paragraph, but no link leading away: the page's own text
    lines = page(MENU, "Hospital opens a night clinic", *PARAGRAPHS, "Related", HEADLINE)
    lines += page("", TEASER, MENU)
    assert TEASER in kept_text(lines)


SECOND = (
    "The seafront road between the lifeboat station and the harbour will close for six "
    "weeks from Monday while engineers repair the wall damaged in last month's storm.",
    "Diversions will run through the upper town, and the car park there will be free to "
    "use while the works last, the council said on Tuesday afternoon.",
)


@pytest.mark.parametrize("header", [("By Tomasz Wren",), ("By Tomasz Wren", "December 3, 2026")])
def test_a_whole_next_story_under_a_next_label_with_its_own_header_is_no_body(header):
    # review h201: an infinite-scroll page prints the next story whole (label, headline,
    # byline, date, paragraphs) with no link under it; its words were the article's
    lines = page(MENU, "Hospital opens a night clinic", *PARAGRAPHS, "Up next", HEADLINE)
    lines += page("", *header, *SECOND, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_section_under_a_next_label_without_a_header_stays_body():
    # "What's next" heading over the article's own last section: no byline or date under it
    lines = page(MENU, "Hospital opens a night clinic", *PARAGRAPHS, "Up next", HEADLINE)
    lines += page("", *SECOND, MENU)
    assert SECOND[0] in kept_text(lines)

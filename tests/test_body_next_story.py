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

"""analysis.clean.body.capital_headings: a subhead printed in capitals is body where the
page prints its headline in capitals too (html-to-text's headings)."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

SUBHEAD = "WHAT HAPPENS NEXT"


def test_a_subhead_in_capitals_under_a_headline_in_capitals_is_body():
    """Every heading upper-cased: the subhead between two paragraphs was chrome."""
    lines = page(
        MENU, "COUNCIL APPROVES TWELVE NEW BUS ROUTES", "By Staff Writer", "3 March 2031",
        *PARAGRAPHS[:2], SUBHEAD, *PARAGRAPHS[2:], MENU,
    )  # fmt: skip
    assert kept_text(lines) == [*PARAGRAPHS[:2], SUBHEAD, *PARAGRAPHS[2:]]


def test_a_line_in_capitals_under_a_headline_in_lower_case_stays_chrome():
    """A headline printed as written: a line in capitals between paragraphs is a box's
    label or a teaser, as before."""
    lines = page(
        MENU, "Council approves twelve new bus routes", "By Staff Writer", "3 March 2031",
        *PARAGRAPHS[:2], SUBHEAD, *PARAGRAPHS[2:], MENU,
    )  # fmt: skip
    assert kept_text(lines) == PARAGRAPHS


def test_a_section_label_in_capitals_over_the_headline_is_no_headline():
    """A kicker of two words in capitals over a lower-case headline does not make the
    page's lines in capitals its headings."""
    lines = page(
        MENU, "LOCAL NEWS", "Council approves twelve new bus routes", "3 March 2031",
        *PARAGRAPHS[:2], SUBHEAD, *PARAGRAPHS[2:], MENU,
    )  # fmt: skip
    assert kept_text(lines) == PARAGRAPHS

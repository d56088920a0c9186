"""analysis.clean.body.field_boxes: a fact-check's rating printed as a field under its
claim is body, on small synthetic pages."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import field_boxes

CLAIM = (
    "Claim: Pensioners in the county will lose their free bus passes when the new "
    "timetable starts in spring."
)


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        (CLAIM, "Rating: Mostly false"),
        (CLAIM, "Verdict: Misleading"),
        (
            "Behauptung: Rentner im Landkreis verlieren mit dem neuen Fahrplan ihre "
            "kostenlosen Busfahrkarten.",
            "Bewertung: Falsch",
        ),
    ],
)
def test_a_rating_under_its_claim_is_body(claim, rating):
    lines = page(MENU, "No, bus passes are not being scrapped", [claim, rating], *PARAGRAPHS, MENU)
    assert kept_text(lines) == [claim, rating, *PARAGRAPHS]


def test_a_field_set_apart_from_the_claim_or_dated_stays_out():
    apart = page(MENU, "Bus passes", CLAIM, "Rating: Mostly false", *PARAGRAPHS, MENU)
    dated = page(MENU, "Bus passes", [CLAIM, "Updated: 4 March 2031"], *PARAGRAPHS, MENU)
    assert "Rating: Mostly false" not in kept_text(apart)
    assert "Updated: 4 March 2031" not in kept_text(dated)


def test_a_tag_list_under_the_last_paragraph_stays_out():
    note = "Note: This story is part of our series on the county's public transport."
    lines = page(MENU, "Bus passes", *PARAGRAPHS, [note, "Tags: buses, pensions"], MENU)
    assert "Tags: buses, pensions" not in kept_text(lines)


def test_switched_off_the_rating_is_chrome(monkeypatch):
    monkeypatch.setattr(field_boxes, "FIELD_BOXES", False)
    lines = page(MENU, "Bus passes", [CLAIM, "Rating: Mostly false"], *PARAGRAPHS, MENU)
    assert "Rating: Mostly false" not in kept_text(lines)

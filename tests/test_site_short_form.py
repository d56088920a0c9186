"""A site's short name in a sentence under its masthead is shown by the masthead's whole
name (review h211). Made-up sites and people."""

from __future__ import annotations

from analysis.clean.site_name import page_site_name

_PAGE = [
    "Brackenridge Courier",
    "",
    "Opinion | The council has forgotten who the buses are for",
    "",
    "Marta Quill's Notebook",
    "",
    "Wednesday 2 December 2026",
    "",
    "The number 14 bus used to run every ten minutes. Now it runs when it feels like it, "
    "and the council says ridership is down.",
    "",
    "It is time to put the timetable back the way it was.",
    "",
    "Marta Quill is a columnist for the Courier.",
]


def test_the_short_form_a_bio_credits_is_the_mastheads_site():
    site = page_site_name(_PAGE)
    assert site is not None and site.name == "Brackenridge Courier"

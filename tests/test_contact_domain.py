"""analysis.clean.contact_domain: a newsroom's address as the only cue to a page's site."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.contact_domain import contact_domain

_DUMP = (
    "Wind farm off Tarnby gets final approval\n\nBy Hanna Quist\nJune 9, 2026\n\n"
    "The farm will have 29 turbines about twenty kilometres from the shore, and fishermen "
    "had asked for a route through the site to be kept open.\n\nCables will come ashore "
    "north of the town, and construction will take about five years.\n\n\n"
)


def test_a_desk_address_is_the_only_cue_to_the_site():
    row = extract_articles(_DUMP + "Got a tip? Email tips@ferrowlane.example.org", "a.txt").iloc[0]
    assert (row["outlet"], row["outlet_key"]) == ("example.org", "example.org")
    row = extract_articles(_DUMP + "Got a tip? Email tips@ferrowlane.org", "b.txt").iloc[0]
    assert row["outlet_key"] == "ferrowlane.org"


@pytest.mark.parametrize(
    "footer",
    [
        "Write to hanna.quist@ferrowlane.org",  # a person's address
        "Email tips@ferrowlane.org or news@otherpaper.org",  # two domains
    ],
)
def test_a_persons_address_or_two_sites_name_no_site(footer):
    assert contact_domain(_DUMP + footer) is None
    assert extract_articles(_DUMP + footer, "c.txt").iloc[0]["outlet_key"] == "unknown:c.txt"

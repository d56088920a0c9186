"""A radio station's name opening with its frequency ("101.7 The Breeze"): read as a
site name in a masthead and in a copyright notice, and matched with an address holding
the frequency's digits (review h212). Made-up stations and stories."""

from __future__ import annotations

import pytest

from analysis.clean.masthead_lines import masthead_name
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.site_name import page_site_name
from analysis.clean.site_phrases import line_phrases

STORY = [
    "",
    "Home  News  Sport  What's On  Contact",
    "",
    "Ferry timetable cut for the winter",
    "",
    "By Orla Penwick",
    "October 13, 2026",
    "",
    "The ferry to Skerrin Island will run twice a day from November, the operator said.",
    "",
    "Islanders said the cut would make it hard to reach the mainland for work.",
    "",
]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("101.7 The Breeze", "101.7 The Breeze"),
        ("98.4 Coast FM", "98.4 Coast FM"),
        ("2026 Annual Report", None),  # a year, no frequency
        ("12 Ways To Save", None),
        # review h362: a station's frequency and band under its name is no name
        ("101.3 MHz", None),
        ("94,2 FM", None),
        ("1485 kHz AM", None),
    ],
)
def test_a_masthead_may_open_with_a_frequency(line, name):
    found = masthead_name(line)
    assert (found[0] if found else None) == name


def test_a_notice_holder_may_open_with_a_frequency():
    _, phrases = line_phrases("© 2026 101.7 The Breeze. On air across the valley on 101.7 FM.")
    assert ("101.7 The Breeze", "copyright") in [(p, kind) for p, _, kind in phrases]


def test_the_station_is_the_site_of_its_text_dump():
    site = page_site_name(["101.7 The Breeze", *STORY, "© 2026 101.7 The Breeze."])
    assert site is not None and site.name == "101.7 The Breeze"


@pytest.mark.parametrize(
    ("name", "domain", "matches"),
    [
        ("101.7 The Breeze", "breeze1017.com.au", True),
        ("98.4 Coast FM", "coast984.fm", True),
        ("101.7 The Breeze", "coast984.fm", False),
        ("98.4 Coast FM", "coast1017.com", False),  # another station's frequency
    ],
)
def test_a_frequency_name_matches_an_address_holding_its_digits(name, domain, matches):
    assert name_matches_domain(name, domain) is matches


def test_a_stations_band_line_under_its_masthead_is_no_site_name():
    # review h362: "RADIO HARBOUR" over "101.3 MHz" over the menu: the band line, right
    # over the menu, was read as the site's name
    lines = ["RADIO HARBOUR", "101.3 MHz", *STORY[1:], "Listen live on 101.3 MHz"]
    found = page_site_name(lines)
    assert found is not None and found.name == "RADIO HARBOUR"

"""analysis.clean.newsletter_footer: the list a newsletter's footer names, read as the
page's site when nothing else of the page names one."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.newsletter_footer import newsletter_footer_site, subscribe_box_site

_DUMP = (
    "Ferry timetable changes for Tarnby Sound\n\nBy Oskar Vellam\nMay 2, 2026\n\n"
    "The winter timetable will add a late sailing on Fridays, and the first boat on "
    "Mondays will leave twenty minutes earlier.\n\nThe operator said the change followed "
    "a survey of commuters on both sides of the sound.\n\n\n"
)


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("You are receiving this because you subscribed to Quillmere Ledger.", "Quillmere Ledger"),
        (
            "You're receiving this email because you signed up for the Harbour Brief "
            "newsletter from Quillmere Ledger.",
            "Quillmere Ledger",  # the sender, not the list
        ),
        (
            "You received this message because you are subscribed to The Quillmere Ledger.",
            "The Quillmere Ledger",
        ),
    ],
)
def test_the_footer_names_the_list_or_its_sender(footer, name):
    lines = [*_DUMP.splitlines(), footer, "Unsubscribe | Manage preferences"]
    line_no, start, end = newsletter_footer_site(lines)
    assert lines[line_no][start:end] == name


def test_a_page_whose_only_cue_is_the_footer_is_filed_under_its_list():
    text = _DUMP + "You are receiving this because you subscribed to Quillmere Ledger.\n"
    text += "Unsubscribe | Manage preferences\n"
    row = extract_articles(text, "a.txt").iloc[0]
    assert (row["outlet"], row["outlet_key"]) == ("Quillmere Ledger", "name:quillmereledger")


def test_prose_about_subscribers_names_no_site():
    text = _DUMP + "Readers who subscribed to Quillmere Ledger last year were told first.\n"
    assert newsletter_footer_site(text.splitlines()) is None
    assert extract_articles(text, "b.txt").iloc[0]["outlet_key"] == "unknown:b.txt"


def test_the_pages_own_masthead_outranks_the_list():
    masthead = "Tarnby Courier\n\nNews | Sport | Weather | Opinion\n\n"
    text = masthead + _DUMP + "You are receiving this because you subscribed to Morning Brief.\n"
    assert extract_articles(text, "c.txt").iloc[0]["outlet"] == "Tarnby Courier"


@pytest.mark.parametrize(
    "box",
    [
        "Subscribe to The Quillmere Ledger\nA free email every Sunday.\nSubscribe",
        "Liked this story? Sign up for Quillmere Ledger for free.",
    ],
)
def test_a_page_whose_only_cue_is_a_subscribe_box_is_filed_under_its_list(box):
    row = extract_articles(_DUMP + box + "\n", "d.txt").iloc[0]
    assert row["outlet_key"] == "name:quillmereledger"


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to Premium Alerts",  # interface words, no list's name
        "Subscribe to Quillmere",  # one word: a section's or a place's as often
        "Readers were asked to subscribe to Quillmere Ledger before the vote last spring.",
    ],
)
def test_a_subscribe_line_without_a_lists_name_names_no_site(line):
    assert subscribe_box_site([*_DUMP.splitlines(), line]) is None

"""analysis.clean.header_lines.spaced_menu_items: an app's menu with counts after its
entries and an icon before them, and the headline under it (made-up page; review h321,
issue #10)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.header_lines import spaced_menu_items


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        (
            "  [≡]  Unread (14)   Starred   Archive   All entries   Tags   Search",
            ["Unread", "Starred", "Archive", "All entries", "Tags", "Search"],
        ),
        ("News  Sport  Community  Log in", ["News", "Sport", "Community", "Log in"]),
        # a count alone is no entry's: a line of numbers is no menu
        ("Election 2026  (5)  results", []),
    ],
)
def test_menu_entries_with_counts_and_icons(line, entries):
    assert spaced_menu_items(line) == entries


def test_the_headline_under_an_apps_menu():
    page = "\n".join(
        [
            "readlater",
            "",
            "  [≡]  Unread (14)   Starred   Archive   All entries   Tags   Search",
            "",
            "Seaweed farmers on Pemba find a new buyer in Oman",
            "",
            "Seaweed farmers on the island of Pemba have begun selling their harvest directly "
            "to a cosmetics company from Muscat, after an agreement signed last week.",
            "",
            "The new price is almost twice what the middlemen paid, the farmers' association "
            "said, and the company will buy three hundred tonnes in the first year.",
            "",
            "Officials promised two drying sheds to cut the losses of the long rains, and the "
            "farmers asked for help with ropes and stakes, whose price rose this year.",
        ]
    )
    articles = extract_articles(page, "entry.txt")
    assert articles.title[0] == "Seaweed farmers on Pemba find a new buyer in Oman"

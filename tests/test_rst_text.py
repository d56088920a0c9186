"""analysis.clean.rst_text: a reStructuredText source saved as text (review h176 item 8)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.read import page_from_bytes
from analysis.clean.rst_text import is_rst, plain_rst

_CARDS = [
    ("Ferry timetable adds a late crossing", "2026-12-04", "Tamsin Greyholt"),
    ("Library opens on Sundays this winter", "2026-12-02", "Odile Fenwright"),
    ("Harbour budget vote moves to Thursday", "2026-11-30", None),
]


def _source(date: str = "Date", author: str = "Author") -> str:
    lines = ["=======================", "Harbour Weekly Bulletin", "=======================", ""]
    lines += [".. contents:: Stories", "   :local:", ""]
    for n, (title, day, name) in enumerate(_CARDS):
        lines += [title, "-" * len(title), "", f":{date}: {day}"]
        lines += [f":{author}: {name}"] if name else []
        lines += [":Section: Local", ""]
        lines += [f"The council said on Tuesday that the {title.split()[0].lower()} plan goes on."]
        lines += ["It will report again in the spring.", ""]
        lines += [f"`Read more <https://harbour.example/news/{n}>`__", ""]
    return "\n".join(lines)


def test_rst_fields_directives_and_links_are_made_plain():
    plain = plain_rst(_source())
    assert "\nAuthor: Tamsin Greyholt\n" in plain and "\nDate: 2026-12-04\n" in plain
    assert ".. contents::" not in plain and ":local:" not in plain
    assert "\nRead more\n" in plain and "https://" not in plain


def test_a_colon_opening_a_line_of_a_text_without_titles_stays():
    text = ":Note: the vote is on Thursday\nplain text\n"
    assert not is_rst(text)
    assert plain_rst(text) == text


@pytest.mark.parametrize("labels", [("Date", "Author"), ("Tarix", "Müəllif")])  # Azerbaijani
def test_an_rst_listings_fields_are_its_cards_dates_and_bylines(labels):
    # review h176 item 8: ":Müəllif: Name" was read as the card's headline
    page = page_from_bytes(_source(*labels).encode(), "news.txt", "news.txt")
    articles = extract_articles(page.text, name=page.name)
    assert list(articles["title"]) == [title for title, _, _ in _CARDS]
    assert list(articles["published"]) == [day for _, day, _ in _CARDS]
    assert list(articles["byline"]) == [author for _, _, author in _CARDS]

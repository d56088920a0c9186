"""A card's footer printed under its button: "Read more" over the card's meta line, one
blank line under its text (a Bootstrap ``.card-footer``; review h176 item 3)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

_CARDS = [
    ("Harbour budget vote moves to Thursday", "4. 12. 2026. · Tamsin Greyholt", "2026-12-04"),
    ("Ferry timetable adds a late crossing", "2. 12. 2026. · Odile Fenwright", "2026-12-02"),
    ("Library opens on Sundays this winter", "1. 12. 2026.", "2026-12-01"),
]


@pytest.mark.parametrize("button", ["Read more", "Opširnije"])
def test_a_meta_line_under_the_cards_button_is_its_date_and_byline(button):
    lines = ["Harbour Weekly Bulletin", "Home  Local  Sport", "", "News", ""]
    for title, meta, _ in _CARDS:
        teaser = (
            f"The council met on {title.split()[0].lower()} matters. Residents asked questions."
        )
        lines += [title, "", teaser, "", button, meta, ""]
    lines += ["© 2026 Harbour Weekly Bulletin"]
    articles = extract_articles("\n".join(lines), name="grid.txt")
    assert list(articles["title"]) == [title for title, _, _ in _CARDS]
    assert list(articles["published"]) == [day for _, _, day in _CARDS]
    assert list(articles["byline"]) == ["Tamsin Greyholt", "Odile Fenwright", None]
    assert not any(button in body for body in articles["body"])

"""analysis.clean.legal_footer: a footer signing the site's name beside its legal pages
(made-up lines)."""

from __future__ import annotations

import pytest

from analysis.clean import legal_footer
from analysis.clean.legal_footer import legal_footer_head


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Talbrück Anzeiger · Impressum · Datenschutz", (0, 17)),
        ("  Harlow Bay Post | Privacy Policy |  Terms of Use", (2, 17)),
        ("Harlow Bay Post • Contact", (0, 15)),
        ("Home · Impressum · Datenschutz", (0, 4)),  # (the caller tests the name's shape)
        ("Impressum · Datenschutz", None),
        ("Harlow Bay Post | Sport | Privacy", None),
        ("Harlow Bay Post | Privacy | Sport", None),
        ("Harlow Bay Post|Privacy", None),
        ("Harlow Bay Post", None),
    ],
)
def test_the_head_of_a_footer_of_legal_links(line, head):
    assert legal_footer_head(line) == head


def test_a_menu_is_answered_at_its_first_entry_after_the_head(monkeypatch):
    """Speed only: a line whose second part names no legal page is answered without
    reading its other parts."""
    asked = []

    def names_a_legal_page(part):
        asked.append(part)
        return False

    monkeypatch.setattr(legal_footer, "_names_a_legal_page", names_a_legal_page)
    assert legal_footer_head("Home | World | Sport | Business | Culture | Privacy") is None
    assert asked == ["World"]

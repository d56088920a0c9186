"""analysis.clean.card_logos: a portal card's provider logo names its outlet, never a byline
(made-up portal, providers and stories)."""

from __future__ import annotations

import pytest

from analysis.clean.card_logos import card_logo_name
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

_CARDS = [
    ("Tamsin Ravel", "3 h", "Ferry crews walk out over new night rota",
     "Crews on the Marlow crossing stopped work on Tuesday after talks over a new night "
     "rota broke down."),
    ("Okoro Lane", "5 h", "Council backs new cycle lanes on Harbour Road",
     "Councillors voted eight to three for the scheme, which will remove forty parking "
     "spaces."),
    ("Briar Wells", "6 h", "Harbour market to open on Sundays from January",
     "Traders said the change would bring in visitors during the quiet winter months."),
]  # fmt: skip


def _portal(header: str, name: str = "page.txt") -> list[dict]:
    lines = ["Harbourview", "Home  News  Finance  Sport  Weather", "Sign in", "", "Top stories", ""]
    for provider, age, headline, text in _CARDS:
        lines += [*header.format(provider=provider, age=age).split("\n"), headline, text, ""]
    lines += ["About · Privacy · Terms", "© 2026 Harbourview. Stories come from our partners."]
    page = page_from_bytes("\n".join(lines).encode(), name, name)
    return clean_page(page).articles


@pytest.mark.parametrize(
    ("header", "name"),
    [
        # the logo's text over the provider's name and the card's age: the name read as
        # a person's was each card's byline, the portal its outlet
        ("{provider} logo\n{provider} · {age}", "page.txt"),
        # the logo's text over the age alone: chrome, the portal the outlet
        ("Logo: {provider}\n{age}", "page.txt"),
        # a Markdown image glued to the name: the outlet was "NAME logo NAME"
        ("![{provider} logo](https://cdn.harbourview.example/p/x.png) {provider} · {age}",
         "page.md"),
    ],
    ids=["over_name", "over_age", "markdown_inline"],
)  # fmt: skip
def test_a_providers_logo_names_the_cards_outlet(header: str, name: str) -> None:
    articles = _portal(header, name)
    assert [a["title"] for a in articles] == [headline for _, _, headline, _ in _CARDS]
    assert [a["outlet"] for a in articles] == [provider for provider, *_ in _CARDS]
    assert all(a["byline"] is None for a in articles)


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Marlow Courier logo", "Marlow Courier · 3 h"], "Marlow Courier"),
        (["Logo of Marlow Courier"], "Marlow Courier"),
        (["Marlow Courier logo Marlow Courier · 3 h"], "Marlow Courier"),
        (["Marlow Courier · 3 h"], None),  # a name, no logo
        (["site logo", "3 h"], None),  # the word alone names nothing
        (["Marlow Courier logo Tamsin Ravel · 3 h"], None),  # another name after the text
    ],
)
def test_card_logo_name(lines: list[str], name: str | None) -> None:
    assert card_logo_name(lines) == name

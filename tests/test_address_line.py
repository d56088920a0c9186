"""analysis.clean.address_line: a footer's postal-address line names the paper over its
chain's notice (review h428)."""

from __future__ import annotations

from analysis.clean.address_line import address_site
from analysis.clean.site_name import page_site_name

CHAIN_FOOTER = [
    "Submit a news tip",
    "  • About Us",
    "  • Contact Us",
    "Hollin Ford Herald · 41 E. Church St., Hollin Ford, MN 55021 · 507-555-0110",
    "Brightwater Media local newspapers: Hollin Ford Herald · Sable Lake Times",
    "© 2026 Brightwater Media, Inc. All rights reserved. | Terms of Use",
]


def _page(footer: list[str]) -> list[str]:
    return [
        "Hollin Ford · 30°F Cloudy",
        "  • News",
        "  • Sports",
        "  • Obituaries",
        "",
        "County board approves new salt barn after two winters of shortages",
        "",
        "By Ada Kvale Dec. 2, 2026",
        "",
        "The county board voted 4-1 on Tuesday to build a salt barn near the highway shop.",
        "",
        "More from Brightwater Media",
        "",
        "Sable Lake Times: Library adds Sunday hours",
        "",
        *footer,
    ]


def test_a_chain_papers_page_is_named_by_its_address_line_not_the_chains_notice():
    found = page_site_name(_page(CHAIN_FOOTER))
    assert found is not None
    assert (found.name, found.source) == ("Hollin Ford Herald", "page")


def test_without_the_address_line_the_chain_names_the_page():
    found = page_site_name(_page([line for line in CHAIN_FOOTER if "Church St." not in line]))
    assert found is not None and found.name == "Brightwater Media"


def test_an_address_in_the_story_is_no_site():
    # a shop the story lists, printed once: no site's contact block
    lines = ["Pasta Nera · 12 Orchard Road, Hollin Ford", "© 2026 Brightwater Media, Inc."]
    assert address_site(lines, "Brightwater Media") is None


def test_address_forms():
    for line in (
        "KXPT 4 · 1100 Broadcast Way, Harlan, ID 83301",
        "Gazeta da Serra | Rua das Flores, 120 - Centro",
        "Talbote – Hauptstraße 12, 87600 Aubach",
        "The Weekly Ledger, P.O. Box 88, Ord, NE",
    ):
        name = line.split(" ·")[0].split(" |")[0].split(" –")[0].split(",")[0]
        assert address_site([line, f"Welcome to {name}"], "Example Media") is not None, line


def test_a_holder_sharing_the_papers_word_is_its_own_publisher():
    # "The Herald, 2 Quay Street" under "© Northfold Herald Newspapers": the holder's
    # longer name tells same-name papers apart (outlets_h178's two Heralds)
    lines = ["The Herald", "The Herald, 2 Quay Street, Northfold", "© Northfold Herald Newspapers"]
    assert address_site(lines, "Northfold Herald Newspapers") is None

"""analysis.clean.agreed_headline: the <h1> the <title> repeats over a share card's og:title."""

from __future__ import annotations

from analysis.clean.html_page import html_metadata

PARAGRAPHS = [
    "The Millbrook school board voted 5-4 on Wednesday night to close two elementary schools"
    " at the end of the year, after three hours of public comment from parents.",
    "District enrollment has fallen by about a quarter since 2015, and the two buildings need"
    " a combined $19 million in repairs, the superintendent told the board.",
    "About 410 students will move to two other schools next fall, and the district said it"
    " would add bus routes and keep class sizes small.",
]


def _page(og_title: str, title: str, h1: str, menu: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>"
        '<meta property="og:site_name" content="Millbrook Ledger">'
        f'<meta property="og:title" content="{og_title}">'
        '<meta property="article:published_time" content="2026-12-03T10:00:00+00:00">'
        '</head><body><header><a href="/">Millbrook Ledger</a>'
        f'<nav><a href="/news">News</a>{menu}</nav></header><article>'
        f"<h1>{h1}</h1><p>By Dana Wirth</p>"
        f"{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></body></html>"
    )


def test_heading_the_title_repeats_over_the_share_title() -> None:
    html = _page(
        "BREAKING: Two Millbrook schools to shut after heated vote",
        "Millbrook school board votes to close two schools | Millbrook Ledger",
        "Millbrook school board votes to close two schools",
    )
    assert html_metadata(html).title == "Millbrook school board votes to close two schools"


def test_share_title_kept_when_the_title_repeats_it() -> None:
    html = _page(
        "Millbrook school board votes to close two schools",
        "Millbrook school board votes to close two schools | Millbrook Ledger",
        "Two schools to close",
    )
    assert html_metadata(html).title == "Millbrook school board votes to close two schools"


def test_section_heading_a_menu_names_is_no_headline() -> None:
    html = _page(
        "Millbrook school board votes to close two schools",
        "Education | Millbrook Ledger",
        "Education",
        menu='<a href="/education">Education</a>',
    )
    assert html_metadata(html).title == "Millbrook school board votes to close two schools"

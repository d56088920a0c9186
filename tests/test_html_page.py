"""html_page.html_metadata: an og:site_name holding the site's motto gives way to the
name the page prints."""

from __future__ import annotations

import pytest

from analysis.clean.html_page import html_metadata

_BODY = (
    "<p>The harbour board approved a new ferry timetable on Tuesday after months of talks "
    "with islanders about early sailings and winter fares.</p>"
    "<p>The first boat will now leave at 6.40, twenty minutes earlier than before, and "
    "the last one at 21.10 on weekdays.</p>"
    "<p>Islanders said the change would help people who work on the mainland.</p>"
)


def _page(site_name: str, logo: str) -> str:
    return (
        "<html><head><title>Ferry timetable changes - Example Courier</title>"
        f'<meta property="og:site_name" content="{site_name}">'
        '<meta property="og:title" content="Ferry timetable changes"></head><body>'
        f'<header><a href="/"><img src="/logo.svg" alt="{logo}"></a></header>'
        f"<article><h1>Ferry timetable changes</h1>{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("site_name", "logo", "named"),
    [
        # a motto in sentence case; the <title> and the logo agree on the name
        ("News that matters to the islands", "Example Courier", "Example Courier"),
        # a name in title case stays; a motto that reads as a sentence, without the
        # logo's agreement, is no name (h361: the page's text names the site)
        ("Harbour Evening Post", "Example Courier", "Harbour Evening Post"),
        ("News that matters to the islands", "Home", None),
        # a motto-shaped name that is no sentence stays ("Crónica del Sur")
        ("Crónica del Sur", "Home", "Crónica del Sur"),
    ],
)
def test_an_og_site_name_that_reads_as_a_motto(site_name, logo, named):
    assert html_metadata(_page(site_name, logo)).site_name == named


def test_a_motto_gives_way_to_a_themes_site_title_the_title_repeats():
    # no logo image: the theme's site title and the <title>'s part agree (after review
    # h287's held-out pages)
    page = _page("News that matters to the islands", "").replace(
        '<header><a href="/"><img src="/logo.svg" alt=""></a></header>',
        '<header><p class="site-title"><a href="/" rel="home">Example Courier</a></p></header>',
    )
    assert html_metadata(page).site_name == "Example Courier"


def _dated_page(ld: str) -> str:
    return (
        "<html><head><title>Library opens a reading room</title>"
        f'<script type="application/ld+json">{ld}</script></head><body>'
        f"<h2>Library opens a reading room</h2>{_BODY}<p>Ana Ruiz</p></body></html>"
    )


def test_a_json_ld_articles_date_created_dates_a_page_without_date_published():
    # schema.org's dateCreated alone, no datePublished, no other date (review h305)
    ld = '{"@type": "Article", "name": "Library opens a reading room", "dateCreated": "2025-05-14"}'
    assert html_metadata(_dated_page(ld)).published == "2025-05-14"
    both = ld.replace('"dateCreated"', '"datePublished": "2025-05-15", "dateCreated"')
    assert html_metadata(_dated_page(both)).published == "2025-05-15"


def test_an_og_site_name_written_with_name_names_the_site():
    # <meta name="og:site_name"> instead of property= (review h305)
    page = (
        '<html><head><title>Ferry timetable changes</title><meta name="og:site_name" '
        'content="Example Courier"></head><body><article><h1>Ferry timetable changes</h1>'
        f"{_BODY}</article></body></html>"
    )
    assert html_metadata(page).site_name == "Example Courier"

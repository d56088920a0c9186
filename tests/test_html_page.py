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


def test_the_printed_h1_over_another_og_title_is_no_body(tmp_path):
    """A chain's article page whose og:title (the share card's) is not the headline its
    ``<h1>`` prints, the story's body element named by a class of its own CMS, and a
    network's tagline over the article (h429's review): the main text opened with the
    tagline and the ``<h1>``, and the ``<h1>`` stayed as the body's first line."""
    from analysis import extract_articles
    from analysis.clean.articles import PageFacts
    from analysis.clean.read import read_page

    paragraphs = (
        "<p>HOLLIS — The county's plan to turn the old rail yard into a park cleared its "
        "last hurdle on Monday when the planning board voted 4-1 to approve the site plan.</p>"
        "<p>The park would hold a skate bowl, a dog run and a playing field, and the county "
        "expects to open it in the spring of 2028 if the budget allows.</p>"
        "<p>Neighbours on Depot Street asked for more parking and for lights that switch "
        "off at ten, and the board added both to its conditions.</p>"
    )
    markup = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Rail yard park wins approval</title>"
        '<meta property="og:title" content="Rail yard park wins approval">'
        '<meta property="og:site_name" content="Hollis Valley Echo"></head><body>'
        '<div class="nav"><a href="/">Hollis Valley Echo</a><ul><li><a href="#">News</a>'
        '</li><li><a href="#">Sports</a></li></ul></div>'
        '<div class="xq_xmst">Part of the Valley Newspapers group</div>'
        '<main><article><h1 class="headline">Rail yard park wins approval; work to start '
        'in spring</h1><div class="byline"><a href="#">Mara Quill</a> <span>Hollis Valley '
        'Echo</span></div><div class="date">Published 6:00 a.m. ET Dec. 1, 2026</div>'
        '<div class="share"><ul><li><a href="#">Facebook</a></li><li><a href="#">Email</a>'
        "</li></ul></div>"
        f'<div class="xq_ar_b">{paragraphs}</div></article></main></body></html>'
    )
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    assert page.html.title == "Rail yard park wins approval"  # the og:title stays the title
    body = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]["body"]
    assert body.startswith("HOLLIS — The county's plan")


@pytest.mark.parametrize(
    ("site_name", "named"),
    [
        # og:site_name the website's name, going on from the <title>'s brand ("The
        # Ledger" of "The Ledger Online"), over the JSON-LD publisher's company name
        ("The Ledger Online", "The Ledger"),
        # a site name the title's part does not start: the company stays
        ("Quayside Reader", "Ledger Publishing Ltd"),
    ],
)
def test_the_titles_brand_starting_the_site_name_beats_the_publishers_company(site_name, named):
    # review h438: og:site_name "The Lamp Online", <title> "Headline | The Lamp",
    # JSON-LD publisher "Lamp Publishing Ltd"
    html = (
        "<html><head><title>Ferry timetable changes | The Ledger</title>"
        f'<meta property="og:site_name" content="{site_name}">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
        ' "NewsArticle", "headline": "Ferry timetable changes", "publisher": {"@type":'
        ' "Organization", "name": "Ledger Publishing Ltd"}}</script></head><body>'
        f"<article><h1>Ferry timetable changes</h1>{_BODY}</article></body></html>"
    )
    assert html_metadata(html).site_name == named

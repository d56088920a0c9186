"""analysis.clean.story_publisher: a group's paper and a news app's publisher as the outlet."""

from __future__ import annotations

import json

from analysis.clean.html_page import html_metadata

PARAGRAPHS = (
    "<p>The county hospital will open a six-bed maternity unit in the spring, ending a"
    " 40-mile drive for families who deliver there.</p>"
    "<p>The hospital hired four nurses and two family physicians who deliver babies.</p>"
)


def _group_page(source: str | None, bar: str) -> str:
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Hospital adds maternity unit",
        "datePublished": "2026-12-03T12:00:00-06:00",
        "author": {"@type": "Person", "name": "Dana Wirth"},
        "publisher": {"@type": "Organization", "name": "Prairie Media Group"},
    }
    if source:
        article["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": source}
    return (
        "<html><head><title>Hospital adds maternity unit | Prairie Media Group</title>"
        '<meta property="og:site_name" content="Prairie Media Group">'
        f'<script type="application/ld+json">{json.dumps(article)}</script></head><body>'
        '<header><a href="/">Prairie Media Group</a></header>'
        f"{bar}<article><h1>Hospital adds maternity unit</h1><p>By Dana Wirth</p>"
        f"{PARAGRAPHS}</article></body></html>"
    )


def test_a_groups_page_files_the_story_under_its_paper() -> None:
    bar = '<div><img src="/l.png" alt="Elm Valley Standard"></div>'
    assert html_metadata(_group_page("Elm Valley Standard", bar)).site_name == (
        "Elm Valley Standard"
    )


def test_a_source_the_page_never_prints_leaves_the_site() -> None:
    assert html_metadata(_group_page("Elm Valley Standard", "")).site_name == (
        "Prairie Media Group"
    )
    assert html_metadata(_group_page(None, "")).site_name == "Prairie Media Group"


def _preview(site_name: str, url: str, alt: str) -> str:
    return (
        "<html><head><title>Hospital adds maternity unit — The Elm Valley Standard</title>"
        f'<meta property="og:site_name" content="{site_name}">'
        f'<meta property="og:url" content="{url}"></head><body>'
        f'<div><img src="/logo.png" alt="{alt}"></div>'
        "<h1>Hospital adds maternity unit</h1><p>By Dana Wirth · December 3, 2026</p>"
        f"{PARAGRAPHS}</body></html>"
    )


def test_a_news_apps_preview_files_the_story_under_its_publisher() -> None:
    html = _preview("Reader News", "https://reader.news/A3x8mQ0", "The Elm Valley Standard")
    assert html_metadata(html).site_name == "The Elm Valley Standard"


def test_a_site_named_otherwise_than_its_domain_keeps_its_name() -> None:
    html = _preview("Reader News", "https://www.example.com/a/b", "The Elm Valley Standard")
    assert html_metadata(html).site_name == "Reader News"
    # (no image repeats the title's part)
    html = _preview("Reader News", "https://reader.news/A3x8mQ0", "Reader News")
    assert html_metadata(html).site_name == "Reader News"

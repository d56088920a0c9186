"""A read-later reader's list API response and a static site's page data saved as .json:
one card a story (analysis.clean.app_state.state_stories). Review h336's made-up exports."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import json_listing_page

_BRIDGE = "The parish says repairs on the old bridge will start after the carnival season."
_SCHOOL = "Sixty pupils start in January in the first immersion classes of the district."


def _articles_of(value: object, name: str) -> pd.DataFrame:
    page = json_listing_page(json.dumps(value, ensure_ascii=False).encode(), name, f"raw/{name}")
    assert page is not None and page.html is not None, "not read as the listing it holds"
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def _document(n: int, title: str, summary: str, site: str) -> dict:
    return {
        "id": f"01hz8a{n}",
        "url": f"https://read.reader.example/read/01hz8a{n}",
        "source_url": f"https://paper{n}.example/2026/12/0{n}/story",
        "title": title,
        "author": "Ann Roe",
        "category": "article",
        "site_name": site,
        "published_date": f"2026-12-0{n}",
        "summary": summary,
        "saved_at": "2026-12-05T10:00:00Z",
        "parent_id": None,
    }


def test_a_reader_apis_highlight_beside_its_documents_is_passed_over():
    highlight = {"id": "01hz8b9", "title": None, "category": "highlight", "summary": None}
    highlight |= {"content": "Sixty pupils start in January", "parent_id": "01hz8a2"}
    results = [
        _document(1, "Old bridge to close for six months", _BRIDGE, "The Parish Courier"),
        _document(2, "A new immersion school opens", _SCHOOL, "Vermilion Gazette"),
        highlight,
    ]
    articles = _articles_of({"count": 3, "results": results}, "reader.json")
    assert list(articles["title"]) == [
        "Old bridge to close for six months",
        "A new immersion school opens",
    ]
    assert list(articles["body"]) == [_BRIDGE, _SCHOOL]
    assert list(articles["published"]) == ["2026-12-01", "2026-12-02"]
    # each document's own site names its outlet (not the reader's host)
    assert list(articles["outlet"]) == ["The Parish Courier", "Vermilion Gazette"]


def test_a_headless_cms_long_text_field_is_the_cards_text():
    nodes = [
        {
            "title": title,
            "publishDate": f"2026-12-0{n + 1}T09:00:00-06:00",
            "description": {"description": text},
        }
        for n, (title, text) in enumerate(
            (("Old bridge to close", _BRIDGE), ("A new immersion school", _SCHOOL))
        )
    ]
    data = {"result": {"data": {"allContentfulArticle": {"nodes": nodes}}}}
    articles = _articles_of(data, "page-data.json")
    assert list(articles["body"]) == [_BRIDGE, _SCHOOL]

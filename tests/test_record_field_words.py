"""Story records whose fields a content system names in its own words (a newspaper's
content API's ``webTitle`` / ``fields.bodyText``, a CMS's Lexical or ProseMirror rich
text): one card a story (analysis.clean.record_keys, analysis.clean.app_state). Review
h346's made-up responses."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import json_listing_page
from analysis.clean.record_keys import key_role, key_words

_BRIDGE = (
    "The county says the old bridge will close on Monday for six months of repairs. "
    "Drivers will take the ferry road instead."
)
_SCHOOL = (
    "Sixty pupils start in January in the first immersion classes of the district. "
    "The school board hired four new teachers."
)
_MARKET = (
    "The covered market reopens on Saturday after a year of works. "
    "Forty stalls are let, the mayor said."
)


def _articles_of(value: object, name: str) -> pd.DataFrame:
    page = json_listing_page(json.dumps(value, ensure_ascii=False).encode(), name, f"raw/{name}")
    assert page is not None and page.html is not None, "not read as the listing it holds"
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_field_names_say_their_role_by_their_words():
    assert key_words("webPublicationDate") == ("web", "publication", "date")
    assert key_words("post_excerpt") == ("post", "excerpt")
    assert [key_role(k) for k in ("webTitle", "post_title", "articleHeadline")] == ["title"] * 3
    # whose title it is: not the story's headline
    assert [key_role(k) for k in ("subTitle", "siteTitle", "seoTitle", "section_title")] == [
        None
    ] * 4
    assert [key_role(k) for k in ("trailText", "post_excerpt", "leadText")] == ["summary"] * 3
    assert [key_role(k) for k in ("bodyText", "fullText", "post_content", "storyBody")] == [
        "body"
    ] * 4
    # one word (the exact names are read elsewhere), or a text of no story's role
    assert [key_role(k) for k in ("title", "altText", "buttonText")] == [None] * 3


def test_a_content_apis_results_with_their_text_in_a_fields_object():
    texts = [_BRIDGE, _SCHOOL, _MARKET]
    titles = ["Old bridge to close for six months", "Immersion classes open", "Market reopens"]
    results = [
        {
            "id": f"local/2026/dec/0{n}/story",
            "type": "article",
            "webPublicationDate": f"2026-12-0{n}T08:10:00Z",
            "webTitle": title,
            "webUrl": f"https://www.valleytimes.example/local/2026/dec/0{n}/story",
            # the summary is the text's first sentence: the whole text is the card's
            "fields": {
                "trailText": text.split(". ")[0] + ".",
                "byline": "Ann Roe",
                "publication": "The Valley Times",
                "bodyText": text,
            },
        }
        for n, (title, text) in enumerate(zip(titles, texts, strict=True), start=1)
    ]
    response = {"response": {"status": "ok", "total": 3, "results": results}}
    articles = _articles_of(response, "content_api.json")
    assert list(articles["title"]) == titles
    assert list(articles["body"]) == texts
    assert list(articles["published"]) == ["2026-12-01", "2026-12-02", "2026-12-03"]
    assert list(articles["byline"]) == ["Ann Roe"] * 3
    # every story credits one publisher: the page's site, each card its outlet
    assert list(articles["outlet"]) == ["The Valley Times"] * 3


def _paragraphs(text: str) -> list[str]:
    first, second = text.split(". ", 1)
    return [first + ".", second]


def _lexical(paragraphs: list[str]) -> dict:
    return {
        "root": {
            "type": "root",
            "children": [
                {"type": "paragraph", "children": [{"type": "text", "text": p, "format": 0}]}
                for p in paragraphs
            ],
        }
    }


def _prosemirror(paragraphs: list[str]) -> dict:
    return {
        "type": "doc",
        "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": p}]} for p in paragraphs
        ],
    }


def test_rich_text_trees_are_the_cards_paragraphs():
    docs = [
        {
            "id": n,
            "title": title,
            "publishedAt": f"2026-12-0{n}T09:45:00.000Z",
            "content": tree(_paragraphs(text)),
        }
        for n, (title, text, tree) in enumerate(
            [
                ("Old bridge to close for six months", _BRIDGE, _lexical),
                ("Immersion classes open in January", _SCHOOL, _prosemirror),
                ("The covered market reopens on Saturday", _MARKET, _lexical),
            ],
            start=1,
        )
    ]
    articles = _articles_of({"docs": docs, "totalDocs": 3, "page": 1}, "cms_posts.json")
    assert list(articles["title"]) == [d["title"] for d in docs]
    assert [body.split("\n\n") for body in articles["body"]] == [
        _paragraphs(text) for text in (_BRIDGE, _SCHOOL, _MARKET)
    ]
    assert list(articles["published"]) == ["2026-12-01", "2026-12-02", "2026-12-03"]


def test_a_site_named_after_every_headline_in_an_seo_title_is_the_outlet():
    docs = [
        {
            "id": n,
            "title": title,
            "publishedAt": f"2026-12-0{n}T09:45:00.000Z",
            "content": _lexical(_paragraphs(text)),
            "meta": {"title": f"{title} | The Valley Times", "description": text[:40]},
        }
        for n, (title, text) in enumerate(
            [
                ("Old bridge to close for six months", _BRIDGE),
                ("Immersion classes open in January", _SCHOOL),
                ("The covered market reopens on Saturday", _MARKET),
            ],
            start=1,
        )
    ]
    articles = _articles_of({"docs": docs, "totalDocs": 3}, "cms_posts.json")
    assert list(articles["outlet"]) == ["The Valley Times"] * 3


def test_a_story_address_is_read_by_the_words_of_its_key():
    assert [key_role(k) for k in ("canonical_url", "webUrl", "article_link")] == ["link"] * 3
    # an image's, a feed's or an author's address is not the story's
    assert [key_role(k) for k in ("cover_url", "feedUrl", "author_link")] == [None] * 3


def test_a_headless_cms_items_full_content_beats_a_shorter_excerpt():
    # a headless CMS's REST `/items` response (Directus's shape, review h360): an
    # excerpt that does not open the content, the content as HTML, the author's first and
    # last names, the story's address only in "canonical_url"
    texts = [_BRIDGE, _SCHOOL, _MARKET]
    data = [
        {
            "id": n,
            "status": "published",
            "date_created": f"2026-12-0{n}T04:20:11.000Z",
            "title": title,
            "excerpt": "In brief: " + title.lower() + ".",
            "content": "".join(f"<p>{s}.</p>" for s in text.rstrip(".").split(". ")),
            "published_on": f"2026-12-0{n}",
            "canonical_url": f"https://valleytimes.example/news/{n}",
            "author": {"id": "a1", "first_name": "Ann", "last_name": "Roe"},
        }
        for n, (title, text) in enumerate(
            zip(["Bridge to close", "Classes open", "Market reopens"], texts, strict=True), 1
        )
    ]
    articles = _articles_of({"data": data, "meta": {"total_count": 3}}, "items.json")
    assert [" ".join(body.split()) for body in articles["body"]] == texts
    assert list(articles["byline"]) == ["Ann Roe"] * 3
    assert list(articles["outlet"]) == ["valleytimes.example"] * 3
    assert list(articles["published"]) == ["2026-12-01", "2026-12-02", "2026-12-03"]


def test_a_crawlers_items_with_a_text_list_and_a_day_first_date():
    # a crawler's JSON feed export of the spider's own items (review h360): "text" a
    # list of paragraphs, "published" written day first with dots, "scraped_at" the crawl
    items = [
        {
            "headline": title,
            "teaser": text.split(". ")[0] + ".",
            "text": [text],
            "published": f"0{n}.12.2026",
            "author": "Ann Roe",
            "link": f"https://valleytimes.example/news/{n}",
            "scraped_at": "2026-12-09T02:11:10.551208",
        }
        for n, (title, text) in enumerate(
            zip(["Bridge", "Classes", "Market"], [_BRIDGE, _SCHOOL, _MARKET], strict=True), 1
        )
    ]
    articles = _articles_of(items, "items.json")
    assert list(articles["body"]) == [_BRIDGE, _SCHOOL, _MARKET]
    assert list(articles["published"]) == ["2026-12-01", "2026-12-02", "2026-12-03"]

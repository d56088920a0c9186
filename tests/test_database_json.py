"""A database's JSON dialects read as stories (analysis.clean.database_json): MongoDB's
Extended JSON as ``mongoexport`` writes it (one document a line, ``{"$date": ...}``),
a Solr ``/select`` response's documents (type-suffixed field names, multivalued fields
as lists), and a headless CMS's documents holding their fields under ``content``
(Storyblok's). Review h398's listings set, made-up wording."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.database_json import plain_object, solr_documents
from analysis.clean.read import page_from_bytes

_BRIDGE = "The city says the footbridge over the river will be finished before the spring."
_HARVEST = "Growers in the valley have picked more apples this autumn than in any year."
_STORIES = [
    ("Footbridge to open in spring", _BRIDGE, "2026-12-03", "Ann Roe"),
    ("A record apple harvest", _HARVEST, "2026-12-02", "Ben Poe"),
]


def _articles_of(data: bytes, name: str) -> pd.DataFrame:
    page = page_from_bytes(data, name, f"raw/{name}")
    assert page.html is not None, "not read as the listing it holds"
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_extended_json_wrappers_are_read_as_their_values():
    assert plain_object({"$date": "2026-12-03T06:30:00.000Z"}) == "2026-12-03T06:30:00.000Z"
    assert plain_object({"$numberLong": "1796277600000"}) == 1796277600000
    assert plain_object({"$oid": "6750c3a1e4b000a1f2c3d4e5"}) == "6750c3a1e4b000a1f2c3d4e5"
    # an object of one other key, or a wrapper holding an object, stays an object
    assert plain_object({"date": "2026-12-03"}) == {"date": "2026-12-03"}
    assert plain_object({"$date": {"x": 1}}) == {"$date": {"x": 1}}


def test_a_mongoexport_of_stories_is_a_listing():
    lines = [
        json.dumps(
            {
                "_id": {"$oid": f"6750c3a1e4b0{i:02d}a1f2c3d4e5"},
                "title": title,
                "body": [body],
                "author": {"name": author},
                "publishedAt": {"$date": f"{day}T06:30:00.000Z"},
                "source": {"name": "Valley Ledger", "url": "https://valley-ledger.example"},
                "views": {"$numberLong": "1200"},
            }
        )
        for i, (title, body, day, author) in enumerate(_STORIES)
    ]
    articles = _articles_of(("\n".join(lines) + "\n").encode(), "stories.json")
    assert list(articles["title"]) == [s[0] for s in _STORIES]
    assert list(articles["published"]) == [s[2] for s in _STORIES]
    assert list(articles["body"]) == [s[1] for s in _STORIES]
    assert set(articles["outlet"]) == {"Valley Ledger"}


def _solr(docs: list[dict]) -> dict:
    return {
        "responseHeader": {"status": 0, "QTime": 3, "params": {"q": "*:*", "wt": "json"}},
        "response": {"numFound": len(docs), "start": 0, "docs": docs},
    }


def test_a_solr_response_is_a_listing_of_its_documents():
    docs = [
        {
            "id": f"doc-{i}",
            "title": [title],
            "body_txt_en": [body],
            "author_ss": [author],
            "pub_date_dt": f"{day}T07:30:00Z",
            "url_s": f"https://archive.valley-ledger.example/doc/{i}",
        }
        for i, (title, body, day, author) in enumerate(_STORIES)
    ]
    articles = _articles_of(json.dumps(_solr(docs)).encode(), "select.json")
    assert list(articles["title"]) == [s[0] for s in _STORIES]
    assert list(articles["published"]) == [s[2] for s in _STORIES]
    assert list(articles["body"]) == [s[1] for s in _STORIES]
    assert list(articles["byline"]) == [s[3] for s in _STORIES]


def test_solr_suffixes_are_taken_off_only_in_a_solr_response():
    doc = {"title_t": "A", "author_ss": ["B"], "title": "kept"}
    (read,) = solr_documents(_solr([doc]))
    assert read["author"] == ["B"] and read["title"] == "kept"
    assert solr_documents({"docs": [doc]}) == {"docs": [doc]}


def test_a_headless_cms_documents_fields_under_content_are_a_story():
    stories = [
        {
            "name": title,
            "slug": f"story-{i}",
            "published_at": f"{day}T08:00:00.482Z",
            "content": {
                "component": "article",
                "title": title,
                "author": author,
                "body": {
                    "type": "doc",
                    "content": [{"type": "paragraph", "content": [{"type": "text", "text": body}]}],
                },
                "seo": {"title": f"{title} | Valley Ledger", "plugin": "seo_metatags"},
            },
        }
        for i, (title, body, day, author) in enumerate(_STORIES)
    ]
    data = json.dumps({"stories": stories, "cv": 1796280012, "rels": [], "links": []})
    articles = _articles_of(data.encode(), "stories.json")
    assert list(articles["title"]) == [s[0] for s in _STORIES]
    assert list(articles["published"]) == [s[2] for s in _STORIES]
    assert list(articles["body"]) == [s[1] for s in _STORIES]
    assert set(articles["outlet"]) == {"Valley Ledger"}


def test_a_dataset_viewers_rows_are_the_stories_they_wrap():
    # a hub's dataset viewer /rows response of a news corpus: {"features": [...], "rows":
    # [{"row_idx", "row": {story fields}, "truncated_cells"}]} (h398's held-out page)
    rows = [
        {
            "row_idx": i,
            "row": {"headline": title, "article": body, "date": day, "author": author},
            "truncated_cells": [],
        }
        for i, (title, body, day, author) in enumerate(_STORIES)
    ]
    features = [{"feature_idx": 0, "name": "headline", "type": {"dtype": "string"}}]
    data = json.dumps({"features": features, "rows": rows, "num_rows_total": 2}).encode()
    articles = _articles_of(data, "rows.json")
    assert list(articles["title"]) == [s[0] for s in _STORIES]
    assert list(articles["published"]) == [s[2] for s in _STORIES]


def _storyblok_story(title: str, body: str, day: str, author: str) -> dict:
    paragraphs = [
        {"type": "paragraph", "content": [{"type": "text", "text": sentence.rstrip(".") + "."}]}
        for sentence in body.split(". ")
    ]
    return {
        "name": title,
        "published_at": f"{day}T06:30:00.000Z",
        "id": 41880017,
        "content": {
            "component": "article",
            "title": title,
            "teaser": body.split(". ")[0],
            "author": author,
            "body": {"type": "doc", "content": paragraphs},
            "seo": {"title": f"{title} | Valley Ledger"},
        },
    }


def test_a_cms_response_holding_one_story_is_its_article(tmp_path):
    # Storyblok's one-story response ({"story": {...}, "cv", "rels", "links"}), whose
    # list response ({"stories": [...]}) is read as a listing
    from analysis.clean.pipeline import run_clean

    title, body, day, author = _STORIES[0]
    body = (
        body[:-1] + ". Workers will close the towpath under it for two weeks in January"
        ". The council has set aside money for new lights along the path. Work starts on Monday."
    )
    response = {"story": _storyblok_story(title, body, day, author), "cv": 17, "rels": []}
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.json").write_text(json.dumps(response), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert len(articles) == 1
    row = articles.iloc[0]
    assert (row["title"], row["published"], row["byline"]) == (title, day, author)
    assert row["outlet"] == "Valley Ledger"
    assert row["body"].startswith(_BRIDGE[:-1])
    # an object of two objects is no one story's response
    response["links"] = {"x": {"title": title, "published_at": day, "body": body}}
    (raw / "story.json").write_text(json.dumps(response), "utf-8")
    assert run_clean(raw, tmp_path / "out2", jobs=1) != 0

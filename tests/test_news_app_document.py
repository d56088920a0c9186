"""A news app's article document (Apple News Format) read as one article
(analysis.clean.news_app_document)."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.news_app_document import news_app_record
from analysis.clean.pipeline import run_clean

PARAGRAPHS = [
    "The harbour ferry returns to the island in May, two boats a day, the operator said.",
    "Tickets cost the same as last year, and bicycles travel free on the morning boat.",
]


def _document() -> dict:
    return {
        "version": "1.17",
        "identifier": "ferry-returns",
        "title": "Ferry returns to the island",
        "language": "en",
        "layout": {"columns": 7, "width": 1024},
        "components": [
            {"role": "title", "text": "Ferry returns to the island"},
            {"role": "byline", "text": "Words: Ann Poe · 4.12.2026"},
            {"role": "photo", "URL": "bundle://header.jpg", "caption": "The ferry."},
            {"role": "caption", "text": "The ferry at the pier."},
            {"role": "body", "text": PARAGRAPHS[0], "format": "none"},
            {"role": "heading2", "text": "Fares"},
            {"role": "body", "text": f"<p>{PARAGRAPHS[1]}</p>", "format": "html"},
            {"role": "divider"},
            {"role": "heading2", "text": "Read also"},
            {
                "role": "body",
                "format": "html",
                "text": '<p><a href="https://harbour.example/budget">Council budget</a></p>',
            },
        ],
        "metadata": {
            "authors": ["Ann Poe"],
            "canonicalURL": "https://harbour.example/ferry-returns",
            "datePublished": "2026-12-04T07:00:00Z",
            "excerpt": PARAGRAPHS[0],
        },
    }


def test_a_documents_story_is_its_text_components_without_the_closing_links():
    record = news_app_record(_document())
    assert record == {
        "title": "Ferry returns to the island",
        "text": "\n\n".join([PARAGRAPHS[0], "Fares", PARAGRAPHS[1]]),
        "published": "2026-12-04T07:00:00Z",
        "byline": "Ann Poe",
        "url": "https://harbour.example/ferry-returns",
    }
    assert news_app_record({"components": [{"role": "photo"}]}) is None  # no text
    assert news_app_record({"components": [{"text": "x"}]}) is None  # no roles


def test_a_folders_article_json_is_one_article(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "article.json").write_text(json.dumps(_document()), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["title"].tolist() == ["Ferry returns to the island"]
    assert articles["byline"].tolist() == ["Ann Poe"]
    assert str(articles["published"].iloc[0])[:10] == "2026-12-04"
    assert articles["outlet"].tolist() == ["harbour.example"]
    assert "bicycles travel free" in articles["body"].iloc[0]
    assert "Council budget" not in articles["body"].iloc[0]

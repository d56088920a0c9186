"""Review h401 (body_h401): the shapes its fixes read, each test failing without its fix."""

import json

import pandas as pd

from analysis.clean.pipeline import run_clean

PARAGRAPHS = [
    "The harbour board approved the new pier on Tuesday after a long debate about the "
    "cost of dredging the channel.",
    "Members said the work would begin in the spring and take two years, with the state "
    "paying a third of the bill.",
    "Fishermen have asked for berths to be kept free for the small boats during the work.",
]


def _bodies(raw, out):
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    return dict(zip(articles["page"], articles["body"], strict=True))


def test_scrapy_json_lines_and_goose3_records_are_read_as_their_articles(tmp_path):
    """A Scrapy feed export in JSON Lines named ``.jl`` (its own name for the format) was
    read as a text dump (the JSON's keys and quotes kept as body); an item whose text is
    a list of the paragraphs its selector got was skipped; goose3's ``article.infos``
    saved as JSON (its text under ``cleaned_text``) was skipped as no page."""
    raw = tmp_path / "raw"
    raw.mkdir()
    item = {
        "url": "https://www.example-gazette.com/news/pier",
        "title": "Harbour board approves the new pier",
        "author": ["Ann Lee"],
        "body": PARAGRAPHS,
    }
    (raw / "items.jl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    (raw / "listed.jsonl").write_text(
        json.dumps({**item, "url": item["url"] + "-2"}) + "\n", encoding="utf-8"
    )
    goose = {
        "meta": {"lang": "en", "canonical": "https://www.example-post.com/pier"},
        "domain": "www.example-post.com",
        "title": "Harbour board approves the new pier",
        "cleaned_text": "\n\n".join(PARAGRAPHS),
        "opengraph": {"site_name": "Example Post"},
        "authors": ["Ann Lee"],
        "publish_date": "2026-11-28",
    }
    (raw / "goose.json").write_text(json.dumps(goose), encoding="utf-8")
    bodies = _bodies(raw, tmp_path / "out")
    assert sorted(bodies) == ["goose.json", "items.jl", "listed.jsonl"]
    for body in bodies.values():
        assert PARAGRAPHS[0] in body and PARAGRAPHS[2] in body
        assert '"url"' not in body and "[" not in body

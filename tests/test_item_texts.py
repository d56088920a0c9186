"""A listing the package writes from a file's stories marks their paragraphs of text, so
that short sentences read as text, not as headlines (analysis.clean.feed_xml.item_texts,
analysis.clean.markup_lines.mark_kinds)."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.feed_xml import FeedItem, item_texts, listing_html
from analysis.clean.pipeline import run_clean

# Made-up stories of a made-up station, each paragraph a short sentence.
STORIES = [
    {
        "title": "Ferry timetable changes in January",
        "body": "The ferry will run hourly.\nThe mayor said fares stay the same.",
        "published": "2026-12-03",
        "site_name": "Valley TV",
    },
    {
        "title": "School roof repaired before winter",
        "body": "Builders finished the school roof on Monday.\nPupils return on Wednesday.",
        "published": "2026-12-02",
        "site_name": "Valley TV",
    },
    {
        "title": "Library opens a repair cafe",
        "body": (
            "Volunteers mend lamps and radios on Saturdays.\nThe first morning drew forty people."
        ),
        "published": "2026-11-30",
        "site_name": "Valley TV",
    },
]


def test_a_folders_stories_of_short_sentences_are_each_a_card_with_all_their_text(tmp_path):
    for suffix, text in (
        ("json", json.dumps(STORIES)),
        ("jsonl", "".join(json.dumps(story) + "\n" for story in STORIES)),
    ):
        raw = tmp_path / suffix
        raw.mkdir()
        (raw / f"stories.{suffix}").write_text(text, "utf-8")
        assert run_clean(raw, tmp_path / f"out_{suffix}", jobs=1) == 0
        articles = pd.read_parquet(tmp_path / f"out_{suffix}" / "articles.parquet")
        assert articles["title"].tolist() == [story["title"] for story in STORIES]
        assert articles["body"].tolist() == [
            story["body"].replace("\n", "\n\n") for story in STORIES
        ]
        assert set(articles["outlet"]) == {"Valley TV"}


def test_item_texts_are_the_items_paragraphs_but_a_headline_repeated():
    items = [
        FeedItem("Ferry & bus", None, None, None, "Ferry & bus", None, None, ("Runs hourly.",)),
        FeedItem("Roof repaired", None, None, None, "Pupils return.", None, None, ()),
    ]
    markup = listing_html("", None, items)
    assert item_texts(markup) == {"Runs hourly.", "Pupils return."}
    assert item_texts("<article><h2>A</h2><p>Text.</p></article>") == frozenset()

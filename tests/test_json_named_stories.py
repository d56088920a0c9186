"""A scraper's JSON export naming each story's headline by the tool's default field name,
``name`` (ParseHub's run data), beside the story's link and day
(analysis.clean.app_state._named_story_title). Made-up site and stories."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

STORIES = [
    ("Ferry timetable changes in winter", "Dec 3, 2026", "Ana Ruiz"),
    ("Harbour cranes get new lights", "Dec 2, 2026", "Ola Berg"),
    ("Fish market moves to the quay", "Dec 1, 2026", None),
]


def _articles_of(value: object, name: str) -> pd.DataFrame:
    page = page_from_bytes(json.dumps(value).encode(), name, f"raw/{name}")
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def _run_data() -> dict:
    """A run's data as the scraper's web app downloads it: one selection, each object the
    user's fields, the headline under the default name ``name``."""
    rows = []
    for k, (title, day, author) in enumerate(STORIES):
        row = {
            "name": title,
            "url": f"https://harbour-post.example/news/{k}",
            "date": day,
            "summary": f"{title}, the port office said on Tuesday, after a long meeting.",
        }
        if author:
            row["author"] = author
        rows.append(row)
    return {"article": rows}


def test_a_run_datas_name_field_is_each_storys_headline():
    articles = _articles_of(_run_data(), "run_data.json")
    assert list(articles["title"]) == [title for title, _, _ in STORIES]
    assert [str(day)[:10] for day in articles["published"]] == [
        "2026-12-03",
        "2026-12-02",
        "2026-12-01",
    ]
    assert list(articles["byline"].fillna("")) == ["Ana Ruiz", "Ola Berg", ""]


def test_named_objects_without_a_day_are_no_stories():
    """A list of people (a name, a profile link, a biography) is no list of stories."""
    people = {
        "staff": [
            {"name": name, "url": f"https://harbour-post.example/staff/{k}", "summary": bio}
            for k, (name, bio) in enumerate(
                [
                    ("Ana Ruiz", "Ana Ruiz covers the port and its ferries for the paper."),
                    ("Ola Berg", "Ola Berg writes about the fish market and the harbour."),
                ]
            )
        ]
    }
    page = page_from_bytes(json.dumps(people).encode(), "staff.json", "raw/staff.json")
    assert page.html is None, "the staff list read as a list of stories"

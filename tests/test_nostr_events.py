"""Nostr events saved as JSON: the account's long-form posts as a listing."""

from __future__ import annotations

import json

from analysis.clean.nostr_events import nostr_stories
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

KEY = "ab" * 32
STORIES = [
    ("Harbour pilots vote to strike", "Pilots say two nights in a row are unsafe.", 1772352000),
    ("Polder road shut for a month", "Cyclists will cross the canal on a small ferry.", 1772438400),
    ("Island ferry doubles its trips", "Two boats will run every hour from January.", 1772524800),
]


def _events(stories=STORIES, kind=30023):
    profile = {
        "id": "00" * 32,
        "pubkey": KEY,
        "created_at": 1772000000,
        "kind": 0,
        "tags": [],
        "content": json.dumps({"name": "Lowland Courier", "about": "News from the polder"}),
        "sig": "11" * 64,
    }
    posts = [
        {
            "id": f"{n:02d}" * 32,
            "pubkey": KEY,
            "created_at": when + 600,
            "kind": kind,
            "tags": [["d", f"story-{n}"], ["title", title], ["published_at", str(when)]],
            "content": f"{text}\n\nMore in the *evening* edition.",
            "sig": "22" * 64,
        }
        for n, (title, text, when) in enumerate(stories)
    ]
    return [profile, *posts]


def test_long_form_events_are_stories_under_the_profiles_name():
    page = page_from_bytes(json.dumps(_events()).encode(), "relay.txt", "relay.txt")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [s[0] for s in STORIES]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02", "2026-03-03"]
    assert {a["outlet"] for a in articles} == {"Lowland Courier"}
    assert articles[0]["body"].startswith(STORIES[0][1])


def test_short_notes_and_other_json_are_no_long_form_stories():
    assert nostr_stories(_events(kind=1)) is None
    assert nostr_stories([{"title": "A", "content": "B"}]) is None
    assert nostr_stories({"kind": 30023}) is None

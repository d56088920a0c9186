"""A social account's text posts, each a headline line over its text."""

from __future__ import annotations

import json

from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes
from analysis.clean.text_posts import post_story, text_posts

STORIES = [
    ("Harbour pilots vote to strike", "Pilots say two nights in a row are unsafe.", "01"),
    ("Polder road shut for a month", "Cyclists will cross the canal on a small ferry.", "02"),
    ("Island ferry doubles its trips", "Two boats will run every hour from January.", "03"),
]


def _response(username: str = "lowland_courier"):
    return {
        "data": [
            {
                "id": f"1800{day}",
                "media_type": "TEXT_POST",
                "permalink": f"https://social.example/@{username}/post/{day}",
                "username": username,
                "text": f"{title}\n\n{text}\n\nRead it all: https://courier.example/{day}",
                "timestamp": f"2026-03-{day}T08:00:00+0000",
            }
            for title, text, day in STORIES
        ],
        "paging": {"cursors": {"before": "QVF", "after": "QVG"}},
    }


def test_an_accounts_text_posts_are_stories_under_its_name():
    page = page_from_bytes(json.dumps(_response()).encode(), "posts.txt", "posts.txt")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [s[0] for s in STORIES]
    assert [a["body"] for a in articles] == [s[1] for s in STORIES]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02", "2026-03-03"]
    assert {a["outlet"] for a in articles} == {"lowland_courier"}


def test_a_call_to_read_on_before_the_link_is_no_part_of_the_teaser():
    item = post_story("Headline here\nThe text of it.\nMore: https://x.example/a", None)
    assert item is not None
    assert (item.title, item.teaser, item.link) == (
        "Headline here",
        "The text of it.",
        "https://x.example/a",
    )
    assert post_story("Good morning, followers!", None) is None


def test_posts_without_an_account_or_of_one_line_are_no_listing():
    response = _response()
    for post in response["data"]:
        del post["username"]
    assert text_posts(response) is None
    one_line = {"data": [{"text": "Hi", "timestamp": "2026-03-01", "username": "a"}] * 3}
    assert text_posts(one_line) is None

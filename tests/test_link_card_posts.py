"""A social account's posts sharing links, saved as JSON text: the linked stories."""

from __future__ import annotations

import json

from analysis.clean.link_card_posts import link_card_posts
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

STORIES = [
    (
        "Harbour pilots vote to strike over night shifts",
        "The pilots say two night shifts in a row are unsafe; the strike starts on Monday.",
        "01",
    ),
    (
        "Dyke works close the polder road for a month",
        "Cyclists and farmers will cross the canal on a small ferry until the works end.",
        "02",
    ),
    (
        "Ferry to the island doubles its winter trips",
        "Two boats will run every hour from January, the operator said on Tuesday.",
        "03",
    ),
]


def _clean(value: object, name: str = "feed.txt"):
    return clean_page(page_from_bytes(json.dumps(value).encode(), name, name)).articles


def test_an_at_protocol_author_feed_gives_its_linked_stories():
    feed = {
        "feed": [
            {
                "post": {
                    "author": {"handle": "courier.example", "displayName": "Lowland Courier"},
                    "record": {"createdAt": f"2026-03-{day}T08:00:00.000Z", "text": f"{t} 👇"},
                    "embed": {
                        "$type": "app.bsky.embed.external#view",
                        "external": {
                            "uri": f"https://courier.example/{day}",
                            "title": t,
                            "description": d,
                        },
                    },
                    "likeCount": 4,
                }
            }
            for t, d, day in STORIES
        ],
        "cursor": "2026-03-01T08:00:00.000Z",
    }
    articles = _clean(feed)
    assert [a["title"] for a in articles] == [s[0] for s in STORIES]
    assert [a["body"] for a in articles] == [s[1] for s in STORIES]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02", "2026-03-03"]
    assert {a["outlet"] for a in articles} == {"Lowland Courier"}


def test_mastodon_statuses_with_link_cards_give_their_stories():
    statuses = [
        {
            "created_at": f"2026-03-{day}T08:00:00.000Z",
            "content": f"<p>{t}</p>",
            "account": {"acct": "courier@social.example", "display_name": "Lowland Courier"},
            "card": {"url": f"https://courier.example/{day}", "title": t, "description": d},
        }
        for t, d, day in STORIES
    ]
    site, items = link_card_posts(statuses)
    assert site == "Lowland Courier"
    assert [(i.title, i.teaser, i.date[:10]) for i in items] == [
        (t, d, f"2026-03-{day}") for t, d, day in STORIES
    ]


def test_posts_without_link_cards_or_of_several_accounts_name_no_site():
    posts = [{"created_at": "2026-03-01T08:00:00Z", "content": "<p>Good morning</p>"}] * 3
    assert link_card_posts(posts) is None
    statuses = [
        {
            "created_at": "2026-03-01T08:00:00Z",
            "account": {"display_name": name},
            "card": {"url": "https://x.example/a", "title": "A title here", "description": "Text."},
        }
        for name in ("Ann", "Bob")
    ]
    site, items = link_card_posts(statuses)
    assert site is None and len(items) == 2

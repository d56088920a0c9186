"""JSON exports saved as text whose stories have no title field of their own: a chat
channel's link previews (analysis.clean.link_previews), a fediverse account's outbox
(analysis.clean.activity_streams), and a feed converted to JSON by an API (its
``feed`` header naming the site). Review h198's listings set, made-up wording."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.activity_streams import outbox_posts
from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.link_previews import link_previews
from analysis.clean.read import page_from_bytes

_BRIDGE = "The city says the footbridge over the river will be finished before the spring."
_HARVEST = "Growers in the valley have picked more apples this autumn than in any year."


def _articles_of(value: object, name: str) -> pd.DataFrame:
    page = page_from_bytes(json.dumps(value, ensure_ascii=False).encode(), name, f"raw/{name}")
    assert page.html is not None, "read as a text, not as the listing it holds"
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def _chat_export() -> list[dict]:
    """A chat channel's export: chat lines, a join note, messages with link previews
    (``ts`` seconds since 1970, a text in messages, a number in the previews)."""
    return [
        {"type": "message", "subtype": "channel_join", "ts": "1772521200.000100", "text": "hi"},
        {
            "type": "message",
            "ts": "1772528400.000200",
            "user": "U1",
            "text": "About the bridge <https://rivertown.example/bridge>",
            "attachments": [
                {
                    "service_name": "Rivertown Ledger",
                    "title": "Footbridge to open in spring",
                    "title_link": "https://rivertown.example/bridge",
                    "text": _BRIDGE,
                    "ts": 1772510400,  # 2026-03-03 04:00 UTC
                }
            ],
        },
        {"type": "message", "ts": "1772532000.000300", "user": "U2", "text": "Thanks, will read."},
        {
            "type": "message",
            "ts": "1772535600.000400",
            "user": "U2",
            "text": "<https://hillgazette.example/apples>",
            "attachments": [
                {
                    "service_name": "Hill Gazette",
                    "title": "A record apple harvest",
                    "title_link": "https://hillgazette.example/apples",
                    "text": _HARVEST,
                    "ts": "1772424000",  # 2026-03-02 04:00 UTC
                }
            ],
        },
    ]


def test_a_chat_export_is_a_listing_of_the_previews_of_its_links():
    articles = _articles_of(_chat_export(), "channel.txt")
    assert list(articles["title"]) == ["Footbridge to open in spring", "A record apple harvest"]
    assert list(articles["outlet"]) == ["Rivertown Ledger", "Hill Gazette"]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]
    assert not any(articles["byline"].fillna(""))  # who posted the link wrote nothing


def test_a_link_previewed_twice_is_one_story_and_chat_alone_is_none():
    twice = _chat_export()
    twice.append(dict(twice[1], ts="1772539200.000500"))
    assert [item.title for item in link_previews(twice)] == [
        "Footbridge to open in spring",
        "A record apple harvest",
    ]
    # an oEmbed answer's provider and author; a menu entry (no text, no date) is none
    embed = {
        "title": "Footbridge to open in spring",
        "url": "https://rivertown.example/bridge",
        "provider_name": "Rivertown Ledger",
        "author_name": "Jane Roe",
        "description": _BRIDGE,
    }
    menu = {"title": "Sport", "url": "https://rivertown.example/sport", "provider_name": "X"}
    items = link_previews([embed, menu])
    assert [(item.source, item.author) for item in items] == [("Rivertown Ledger", "Jane Roe")]
    chat = [message for message in _chat_export() if "attachments" not in message]
    page = page_from_bytes(json.dumps(chat).encode(), "chat.txt", "raw/chat.txt")
    assert page.html is None


def _outbox() -> dict:
    """An outlet account's outbox page: two posts it created, a boost of another's, a
    post of one paragraph."""

    def create(n: int, content: str) -> dict:
        note = {
            "id": f"https://social.example/users/ledger/statuses/{n}",
            "type": "Note",
            "published": f"2026-03-0{n}T09:30:00Z",
            "url": f"https://social.example/@ledger/{n}",
            "content": content,
        }
        return {"type": "Create", "published": note["published"], "object": note}

    link = '<p><a href="https://rivertown.example/{0}">rivertown.example/{0}</a></p>'
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollectionPage",
        "orderedItems": [
            create(
                3,
                "<p><strong>Footbridge to open in spring</strong></p>"
                f"<p>{_BRIDGE}</p>" + link.format("bridge"),
            ),
            {"type": "Announce", "object": "https://elsewhere.example/statuses/9"},
            create(
                2,
                f"<p><b>A record apple harvest</b> {_HARVEST}</p>"
                '<p><a class="mention hashtag" href="https://social.example/tags/apples">'
                "#<span>apples</span></a></p>",
            ),
            create(1, "<p>Thanks for following us!</p>"),
        ],
    }


def test_an_outbox_is_a_listing_of_the_posts_the_account_created():
    articles = _articles_of(_outbox(), "outbox.txt")
    assert list(articles["title"]) == ["Footbridge to open in spring", "A record apple harvest"]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]
    items = outbox_posts(_outbox())
    assert [item.link for item in items] == [
        "https://rivertown.example/bridge",
        "https://social.example/@ledger/2",  # a hashtag's link is no story's
    ]
    assert outbox_posts({"type": "OrderedCollection", "orderedItems": []}) is None


def test_a_feed_converted_to_json_names_its_site_by_the_feeds_title():
    """An rss-to-JSON API's response: the ``feed`` header's title is the site, and an
    item's description given as the feed's markup is read as its text."""
    items = [
        {
            "title": title,
            "pubDate": f"2026-03-0{3 - n} 08:00:00",
            "link": f"https://ledger.example/{n}",
            "author": "Jane Roe",
            "description": f"<p>{text}</p>",
        }
        for n, (title, text) in enumerate(
            [("Footbridge to open in spring", _BRIDGE), ("A record apple harvest", _HARVEST)]
        )
    ]
    feed = {"title": "The Ledger", "link": "https://ledger.example"}
    articles = _articles_of({"status": "ok", "feed": feed, "items": items}, "feed.txt")
    assert list(articles["outlet"]) == ["The Ledger", "The Ledger"]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]


def test_stories_dated_as_rss_writes_dates_keep_their_days():
    """An extraction API's list response (review h320 item extraction_api_list_json_la):
    each item's ``date`` is RFC 822, as its site's feed wrote it."""
    items = [
        {
            "title": title,
            "link": f"https://ledger.example/{n}",
            "summary": text,
            "date": f"{day}, 0{3 - n} Mar 2026 00:00:00 GMT",
        }
        for n, (day, title, text) in enumerate(
            [
                ("Tue", "Footbridge to open in spring", _BRIDGE),
                ("Mon", "A record apple harvest", _HARVEST),
            ]
        )
    ]
    response = {"objects": [{"type": "list", "title": "News", "items": items}]}
    articles = _articles_of(response, "list.txt")
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]

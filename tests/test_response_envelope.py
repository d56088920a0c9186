"""A content API's response for one article, saved as a file, is that article's record
(analysis.clean.response_envelope, through page_table.record_row; listings_h375)."""

from __future__ import annotations

import json

from analysis.clean.page_table import record_row
from analysis.clean.response_envelope import enveloped_record, field_markup

_BODY = "<p>Vaka ni taunuku ki Nukunonu i te afiafi.</p><p>Ni aumai e ia na meakai.</p>"


def test_ghost_posts_response_of_one_post_is_its_record():
    response = {
        "posts": [
            {
                "id": "65a1",
                "title": "Ko te vaka ni taunuku",
                "html": _BODY,
                "published_at": "2026-12-04T07:00:00.000+04:00",
                "primary_author": {"name": "Sione Perez"},
                "authors": [{"name": "Sione Perez"}],
                "url": "https://vakai.example/vaka/",
            }
        ],
        "meta": {"pagination": {"page": 1, "limit": 15, "pages": 1, "total": 1}},
    }
    row = record_row(json.dumps(response).encode(), "post.json")
    assert row is not None
    assert row.record["html"] == _BODY
    assert row.record["title"] == "Ko te vaka ni taunuku"
    assert row.record["published"].startswith("2026-12-04")
    assert row.record["byline"] == "Sione Perez"


def test_jsonapi_resource_gives_attributes_page_address_and_included_author():
    response = {
        "jsonapi": {"version": "1.0"},
        "data": {
            "type": "node--article",
            "id": "u1",
            "links": {"self": {"href": "https://news.example/jsonapi/node/article/u1"}},
            "attributes": {
                "title": "Ko te fono",
                "created": "2026-12-04T06:14:22+00:00",
                "path": {"alias": "/tala/409", "langcode": "tkl"},
                "body": {"value": _BODY, "format": "basic_html", "processed": _BODY},
            },
            "relationships": {"uid": {"data": {"type": "user--user", "id": "a7"}}},
        },
        "included": [
            {"type": "user--user", "id": "a7", "attributes": {"display_name": "Mele Tuia"}}
        ],
    }
    row = record_row(json.dumps(response).encode(), "node.json")
    assert row is not None
    assert row.record["html"] == _BODY
    assert row.record["url"] == "https://news.example/tala/409"
    assert row.record["byline"] == "Mele Tuia"
    assert row.record["published"] == "2026-12-04T06:14:22+00:00"


def test_a_list_of_two_posts_or_two_lists_is_no_article():
    for response in (
        {"posts": [{"title": "A", "html": _BODY}, {"title": "B", "html": _BODY}]},
        {"posts": [{"title": "A", "html": _BODY}], "tags": [{"name": "x"}]},
    ):
        assert record_row(json.dumps(response).encode(), "posts.json") is None
    assert enveloped_record({"data": {"type": "x", "id": "1", "attributes": "no"}}) is None


def test_field_markup_reads_formatted_text_objects_only():
    assert field_markup({"value": "<p>a</p>", "processed": "<p>b</p>"}) == "<p>b</p>"
    assert field_markup({"value": "<p>a</p>", "processed": ""}) == "<p>a</p>"
    assert field_markup({"format": "basic_html"}) == {"format": "basic_html"}


def test_jsonapi_file_with_one_included_user_is_the_article_not_the_user():
    """A JSON:API response's ``included`` list of one user is the only list of one in
    an object holding no article; the file is still the article (the envelope is read
    before a list of one is taken for the record)."""
    document = {
        "jsonapi": {"version": "1.0"},
        "data": {
            "type": "node--article",
            "id": "1",
            "attributes": {
                "title": "Road opens",
                "body": {"value": "<p>The new road opened on Monday.</p>", "format": "basic_html"},
                "created": "2026-12-03T10:00:00+00:00",
            },
            "relationships": {"uid": {"data": {"type": "user--user", "id": "u1"}}},
        },
        "included": [
            {"type": "user--user", "id": "u1", "attributes": {"display_name": "Ana Pereira"}}
        ],
    }
    row = record_row(json.dumps(document).encode(), "road.json")
    assert row is not None
    assert row.record["title"] == "Road opens"
    assert row.record["byline"] == "Ana Pereira"


def test_jsonapi_collection_gives_each_story_its_page_address_and_included_author(tmp_path):
    """A JSON:API collection (``/jsonapi/node/article?include=uid``) saved as a file: each
    listed resource's author is the ``included`` user its ``uid`` points to, and its page
    the API host's ``path.alias`` (the outlet; the file names no site otherwise)."""
    from analysis.clean.page_rows import clean_page
    from analysis.clean.read import read_page

    stories = [
        ("Road opens to the coast", "Ana Pereira", "The new road opened on Monday. It is short."),
        ("Ferry fares rise in spring", None, "Fares rise by a tenth in March. Fuel costs more."),
        ("Library opens on the pier", "Rui Costa", "The library opened its doors. Hundreds came."),
    ]  # fmt: skip
    users = {name: f"u{k}" for k, (_, name, _) in enumerate(stories) if name}
    document = {
        "jsonapi": {"version": "1.0"},
        "data": [
            {
                "type": "node--article",
                "id": f"n{k}",
                "links": {"self": {"href": f"https://harbour-news.pt/jsonapi/node/n{k}"}},
                "attributes": {
                    "title": title,
                    "created": f"2026-12-0{3 - k}T10:00:00+00:00",
                    "path": {"alias": f"/news/{40 - k}"},
                    "body": {"value": f"<p>{text}</p>", "format": "basic_html"},
                },
                "relationships": {
                    "uid": {"data": {"type": "user--user", "id": users.get(name, "staff")}}
                },
            }
            for k, (title, name, text) in enumerate(stories)
        ],
        "included": [
            {"type": "user--user", "id": uid, "attributes": {"display_name": name}}
            for name, uid in users.items()
        ],
    }
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    rows = clean_page(read_page(path)).articles
    assert [r["title"] for r in rows] == [s[0] for s in stories]
    assert [r["byline"] for r in rows] == [s[1] for s in stories]
    assert {r["outlet"] for r in rows} == {"harbour-news.pt"}

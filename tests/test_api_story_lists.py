"""Lists of stories in the responses of content APIs and crawlers no earlier set held
(listings_h375): each story's text under the key its tool names it, a link aggregator's
post view, a headless CMS's entries beside their tag metadata."""

from __future__ import annotations

from analysis.clean.app_state import state_stories, state_title_suffix_site
from analysis.clean.record_keys import key_role

_TEXT_A = "Ni tatala te fale akoga fou i Fakaofo. E lua selau tamaiti e akoako i ei."
_TEXT_B = "Ni taunuku te vaka mai Apia ki Nukunonu. Ni aumai e ia na meakai ma na vailakau."


def test_news_please_records_read_maintext_not_the_meta_description():
    records = [
        {
            "title": title,
            "date_publish": f"2026-12-0{day} 07:40:00",
            "description": text.split(". ")[0] + ".",
            "maintext": text,
            "url": f"https://vakai.example/{day}",
        }
        for day, title, text in ((3, "Fale akoga fou", _TEXT_A), (1, "Te vaka", _TEXT_B))
    ]
    items = state_stories(records)
    assert [" ".join(item.paragraphs) or item.teaser for item in items] == [_TEXT_A, _TEXT_B]


def test_blog_platform_posts_read_html_over_the_excerpt():
    posts = {
        "posts": [
            {
                "title": "Fale akoga fou",
                "html": f"<p>{_TEXT_A}</p>",
                "excerpt": "Ni tatala.",
                "published_at": "2026-12-03T07:00:00.000+04:00",
            },
            {
                "title": "Te vaka",
                "html": f"<p>{_TEXT_B}</p>",
                "excerpt": "Ni taunuku.",
                "published_at": "2026-12-01T07:00:00.000+04:00",
            },
        ]
    }
    items = state_stories(posts)
    assert [item.teaser for item in items] == [_TEXT_A, _TEXT_B]


def test_headless_cms_entries_beside_tag_metadata_are_stories():
    entries = {
        "items": [
            {
                "metadata": {"tags": []},
                "sys": {"id": str(n), "type": "Entry"},
                "fields": {
                    "title": title,
                    "publishDate": "2026-12-03T10:00+03:00",
                    "body": {
                        "nodeType": "document",
                        "content": [
                            {
                                "nodeType": "paragraph",
                                "content": [{"nodeType": "text", "value": text, "marks": []}],
                            }
                        ],
                    },
                },
            }
            for n, title, text in ((1, "Fale akoga fou", _TEXT_A), (2, "Te vaka", _TEXT_B))
        ]
    }
    assert [item.title for item in state_stories(entries)] == ["Fale akoga fou", "Te vaka"]


def test_link_aggregator_post_views_give_the_linked_story_and_its_summary():
    views = {
        "posts": [
            {
                "post": {
                    "id": n,
                    "name": title,
                    "url": f"https://{host}/{n}",
                    "body": None,
                    "published": "2026-12-03T10:12:44.120934Z",
                    "embed_title": title,
                    "embed_description": text,
                },
                "creator": {"name": "xun"},
                "community": {"name": "news", "title": "News"},
                "counts": {"comments": 4, "score": 21},
            }
            for n, title, text, host in (
                (1, "Fale akoga fou", _TEXT_A, "a.example"),
                (2, "Te vaka", _TEXT_B, "b.example"),
            )
        ]
    }
    items = state_stories(views)
    assert [(item.title, item.teaser) for item in items] == [
        ("Fale akoga fou", _TEXT_A),
        ("Te vaka", _TEXT_B),
    ]
    assert [item.link for item in items] == ["https://a.example/1", "https://b.example/2"]


def test_newsletter_archive_reads_the_truncated_body_and_post_date():
    posts = [
        {
            "title": title,
            "subtitle": "Tala",
            "post_date": f"2026-12-0{day}T05:30:12.388Z",
            "truncated_body_text": text,
            "canonical_url": f"https://x.substack.com/p/{day}",
        }
        for day, title, text in ((3, "Fale akoga fou", _TEXT_A), (1, "Te vaka", _TEXT_B))
    ]
    items = state_stories(posts)
    assert [item.teaser for item in items] == [_TEXT_A, _TEXT_B]
    assert [item.date[:10] for item in items] == ["2026-12-03", "2026-12-01"]


def test_card_descriptions_are_summaries_a_site_description_is_not():
    assert key_role("embed_description") == "summary"
    assert key_role("og_description") == "summary"
    assert key_role("site_description") is None
    assert key_role("truncated_body_text") == "body"


def test_a_crawlers_page_title_closing_with_the_site_yields_to_the_share_title():
    # a crawl result's page record: "title" is the <title> ("HEADLINE - Site"), "ogTitle"
    # the headline alone; the headline is the story's title, the name its site's
    pages = {
        "data": [
            {
                "markdown": text,
                "metadata": {
                    "title": f"{title} - Fenua Nius",
                    "ogTitle": title,
                    "publishedTime": f"2026-12-0{day}T06:10:00+03:00",
                    "url": f"https://fenua.example/{day}",
                },
            }
            for day, title, text in ((3, "Fale akoga fou", _TEXT_A), (1, "Te vaka", _TEXT_B))
        ]
    }
    items = state_stories(pages)
    assert [item.title for item in items] == ["Fale akoga fou", "Te vaka"]
    assert state_title_suffix_site(pages, [item.title for item in items]) == "Fenua Nius"


def test_news_please_page_titles_name_the_site():
    # news-please's "title_page" is the page's <title>: "HEADLINE | Site"
    records = [
        {"title": title, "title_page": f"{title} | Fenua Nius", "maintext": text}
        for title, text in (("Fale akoga fou", _TEXT_A), ("Te vaka", _TEXT_B))
    ]
    assert state_title_suffix_site(records, ["Fale akoga fou", "Te vaka"]) == "Fenua Nius"

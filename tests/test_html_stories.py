"""Whole stories under headings (analysis.clean.html_stories): one article per story."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from analysis.clean.html_stories import story_headings
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

STORIES = [
    (
        "Harbour council approves budget after long debate",
        [
            "The harbour council voted on Tuesday to approve next year's budget after a "
            "debate that ran for more than four hours and drew a crowd of residents.",
            "Members of the coalition said the plan protects schools and the ferry, while "
            "the opposition argued that the cuts would fall hardest on young families.",
        ],
    ),
    (
        "Ferry returns to its full timetable on Monday",
        [
            "The island ferry will return to its full timetable on Monday after three "
            "weeks of repairs to its port engine, the operator said on Wednesday.",
            "Passengers had been carried on a smaller chartered boat that could take no "
            "cars, leaving delivery vans queued at the pier for hours each morning.",
        ],
    ),
    (
        "School board delays its vote on new bus routes",
        [
            "The school board postponed its vote on new bus routes to January after "
            "parents from the northern villages asked for more time to study the plan.",
            "The proposal would merge two routes and move the first pick-up forty "
            "minutes earlier for about ninety pupils, according to the board's figures.",
        ],
    ),
]


def _sections(
    heading: str = "h2", opening: str = "", closing: str = "<p><a>Share this story</a></p><hr>"
) -> str:
    """The stories under ``heading``s, each between ``opening`` and ``closing``."""
    return "".join(
        f"{opening}<{heading}>{title}</{heading}>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + closing
        for title, paragraphs in STORIES
    )


def _wrapped() -> str:
    return _sections("h3", "<div class='story'>", "</div>")


def _linked() -> str:
    return _sections().replace("<h2>", "<h2><a href='/s'>").replace("</h2>", "</a></h2>")


def _page(title: str, top: str, heading: str = "h2", sections: str | None = None) -> bytes:
    return (
        f"<html><head><title>{title}</title>"
        "<meta property='og:site_name' content='The Bay Letter'></head><body>"
        "<table><tr><td><p>View in browser · Forward to a friend</p>"
        f"{top}{_sections(heading) if sections is None else sections}"
        "<p>You received this because you subscribed. <a>Unsubscribe</a></p>"
        "</td></tr></table></body></html>"
    ).encode()


def _articles(markup: bytes) -> list[dict]:
    return clean_page(page_from_bytes(markup, "letter.html", "letter.html")).articles


@pytest.mark.parametrize("variant", ["h2", "h3", "linked", "wrapped"])
def test_a_newsletter_s_whole_stories_are_one_article_each(variant):
    # the web version of a newsletter: the site's name, the line, then whole
    # stories under headings of one level (review h102 N8: one article ran them together)
    top = "<h1>The Bay Letter</h1><p>Thursday, 3 December 2026 · Issue #212</p>"
    sections = {"linked": _linked, "wrapped": _wrapped}.get(variant, lambda: None)()
    title = "The Bay Letter – 3 December 2026"
    articles = _articles(_page(title, top, variant if variant[0] == "h" else "h2", sections))
    assert [a["title"] for a in articles] == [title for title, _ in STORIES]
    for article, (_, paragraphs) in zip(articles, STORIES, strict=True):
        assert article["body"].split("\n\n") == paragraphs  # no chrome, no other story
        assert not article["is_teaser"]


@pytest.mark.parametrize(
    ("title", "top"),
    [
        # an article's own headline over its subheads (not the site's name)
        (
            "Island news | The Bay Letter",
            "<h1>Three decisions that will shape the island's year</h1>",
        ),
        # the page's <title> names its first subhead: the page is that story's
        ("Harbour council approves budget after long debate | The Bay Letter", ""),
    ],
)
def test_an_article_s_subheads_stay_one_article(title, top):
    articles = _articles(_page(title, top))
    assert len(articles) == 1
    assert all(p in articles[0]["body"] for _, paragraphs in STORIES for p in paragraphs)


def _headings(sections: str) -> list[str]:
    root = document_fromstring(
        "<html><head><title>Notes</title><meta property='og:site_name' content='The Bay"
        f" Letter'></head><body><main>{sections}</main></body></html>"
    )
    return [heading.text_content() for heading in story_headings(root)]


def test_whole_stories_under_linked_headings_or_in_wrappers_of_their_own_are_found():
    assert _headings(_sections()) == [title for title, _ in STORIES]
    assert _headings(_linked()) == [title for title, _ in STORIES]
    assert _headings(_wrapped()) == [title for title, _ in STORIES]


def test_one_paragraph_under_each_heading_is_no_whole_story():
    # a teaser's shape: the cards read those
    one = "".join(f"<h2>{title}</h2><p>{paragraphs[0]}</p>" for title, paragraphs in STORIES)
    assert _headings(one) == []


@pytest.mark.parametrize(
    "page",
    [
        # the <title>'s headline printed in a <div> over the subheads
        "<html><head><title>Three decisions for the island | Bay Letter</title></head><body>"
        "<div class='headline'>Three decisions for the island</div>{sections}</body></html>",
        # no <title> to tell
        "<html><body>{sections}</body></html>",
    ],
)
def test_a_page_s_own_headline_or_no_title_leaves_its_subheads_alone(page):
    assert story_headings(document_fromstring(page.format(sections=_sections()))) == []

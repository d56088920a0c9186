"""A script-rendered page saved without running its script: the "enable JavaScript"
notice it shows is no article, its JSON-LD article body is the story."""

from __future__ import annotations

import json

from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

PARAGRAPHS = [
    "The ferry company that runs the crossing to Holm Island has ordered two battery boats.",
    "The new boats will charge at the quayside during the ten minutes they spend loading.",
    "Islanders have been promised that fares will not rise to pay for the boats.",
]


def _shell(notice: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry firm orders two electric boats",
        "datePublished": "2026-12-02T08:00:00Z",
        "author": {"@type": "Person", "name": "Ingrid Oyelowo"},
        "articleBody": "\n\n".join(PARAGRAPHS),
    }
    return (
        "<!DOCTYPE html><html><head><title>Ferry firm orders two electric boats</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        f"<noscript>{notice}</noscript><div id='root'></div>"
        "<script src='/static/js/main.js'></script></body></html>"
    )


def test_the_notice_of_a_script_shell_gives_way_to_its_article_body():
    for notice in (
        "You need to enable JavaScript to run this app.",
        "Please turn on JavaScript to read this story.",
        "JavaScript is required.",
    ):
        page = page_from_bytes(_shell(notice).encode(), "shell.html", "shell.html")
        articles = clean_page(page).articles
        assert [a["body"].split("\n\n") for a in articles] == [PARAGRAPHS], notice
        assert articles[0]["byline"] == "Ingrid Oyelowo"


def test_a_story_about_javascript_is_no_notice():
    from analysis.clean.non_story import is_script_notice

    assert is_script_notice("You need to enable JavaScript to run this app.")
    assert is_script_notice("Bitte aktivieren Sie JavaScript.")
    story = (
        "The library said its new catalogue would enable JavaScript developers to build "
        "their own search tools, and that the code would be published next spring under "
        "an open licence. Volunteers from the town's coding club have already written a "
        "first tool that lists the books returned each day and shows which are the most "
        "borrowed by children and which by adults, the librarian said on Tuesday evening. "
        "The club meets every Thursday in the reading room and welcomes beginners of any age, "
        "who are asked to bring a laptop if they have one."
    )
    assert not is_script_notice(story)
    assert not is_script_notice("The council met on Tuesday.")

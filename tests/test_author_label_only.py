"""analysis.clean.html_page: an author element holding only its label ("Author", a
forum's column head over the first post) gives no byline (made-up page, review h387)."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry line to resume</title>
</head><body><div id="forumposts"><h3 class="catbg"><span id="author">{label}</span>
Topic: Ferry line to resume (Read 96 times)</h3>
<div class="post"><h1>Ferry line to resume</h1>
<p>The harbour ferry will run again from April, the port authority said on Tuesday.</p>
<p>Its two boats were repaired over the winter and passed their inspections.</p>
<p>Tickets will cost the same as last year, and children travel free.</p></div></div>
</body></html>"""


def _byline(label: str) -> str | None:
    data = _PAGE.format(label=label).encode()
    page = page_from_bytes(data, "topic.html", "raw/topic.html")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    return articles.iloc[0]["byline"]


def test_an_author_element_holding_only_its_label_gives_no_byline():
    assert _byline("Author") is None
    assert _byline("Autor:") is None


def test_an_author_element_holding_a_name_gives_it():
    assert _byline("Jane Roe") == "Jane Roe"

"""Script-rendered HTML pages: a story held only in JSON-LD or a framework's data."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.clean.page_rows import NO_ARTICLE, clean_page
from analysis.clean.pipeline import run_clean
from analysis.clean.read import page_from_bytes
from analysis.clean.script_data import app_state_name, article_body
from analysis.errors import PageReadError

PARAGRAPHS = [
    "The orchard cooperative agreed on Monday to buy a second cider press for the valley.",
    "Its members said the old press could not keep up with the harvest of the last two years.",
    "The new machine will be shared by nine farms and should be running before the autumn.",
]
HEAD = (
    "<!DOCTYPE html><html><head><title>Cooperative buys a cider press | Valley Gazette</title>"
    "<meta property='og:site_name' content='Valley Gazette'>"
)
SHELL = (
    "<body><header>Valley Gazette</header><nav><a href='/'>Home</a> <a href='/farming'>"
    "Farming</a> <a href='/events'>Events</a></nav><main id='app'></main>"
    "<footer>&copy; 2026 Valley Gazette</footer>"
)
ARTICLE = {
    "@type": "NewsArticle",
    "headline": "Cooperative buys a second cider press",
    "datePublished": "2026-02-16T07:30:00+01:00",
    "author": [{"@type": "Person", "name": "Tom Berger"}],
    "articleBody": "\n".join(PARAGRAPHS),
}


def _json_ld(value: object) -> str:
    data = json.dumps(value).replace("</", "<\\/")  # as pages write it: no '</' in a script
    return f"<script type='application/ld+json'>{data}</script>"


def _page(markup: str, name: str = "press.html"):
    return page_from_bytes(markup.encode(), name, name)


def test_a_story_only_in_json_ld_is_the_pages_article():
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, ARTICLE]}
    page = _page(HEAD + _json_ld(graph) + "</head>" + SHELL + "</body></html>")
    assert page.html.script_body == "\n".join(PARAGRAPHS)
    result = clean_page(page)
    assert result.no_article is None and len(result.articles) == 1
    article = result.articles[0]
    assert article["body"] == "\n\n".join(PARAGRAPHS)
    assert article["title"] == "Cooperative buys a second cider press"
    assert article["byline"] == "Tom Berger" and article["published"] == "2026-02-16"
    assert result.row["body_chars"] == sum(len(p) + 1 for p in PARAGRAPHS)  # lines and ends
    assert "Farming" not in article["body"]


def test_a_json_ld_body_the_page_prints_is_not_added_again():
    visible = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    shell = SHELL.replace("<main id='app'></main>", f"<main><h1>Cider press</h1>{visible}</main>")
    excerpt = dict(ARTICLE, articleBody=PARAGRAPHS[0][:60])  # an excerpt, cut mid-sentence
    for article in (ARTICLE, excerpt):
        page = _page(HEAD + _json_ld(article) + "</head>" + shell + "</body></html>")
        assert page.html.script_body is None
        assert clean_page(page).articles[0]["body"].count(PARAGRAPHS[1]) == 1


def test_article_body_is_data_never_markup_or_code():
    markup = (
        "<script type='application/ld+json'>{not json</script>"
        + _json_ld([{"@type": "Article", "articleBody": "Short one."}])
        + _json_ld(
            {
                "mainEntity": {
                    "articleBody": "<p>First &amp; second.</p><p><b>Third</b>"
                    "<script>alert(1)</script> line.</p>"
                }
            }
        )
    )
    assert article_body(markup) == "First & second.\nThirdalert(1) line."
    assert article_body("<p>No data</p>") is None
    assert article_body(_json_ld({"articleBody": "  "})) is None


def test_app_state_is_named():
    assert app_state_name("<script id=\"__NEXT_DATA__\" type='application/json'>") == (
        "__NEXT_DATA__"
    )
    assert app_state_name("<script>window.__NUXT__={}</script>") == "__NUXT__"
    assert app_state_name("<p>__NEXT_DATA__ is a word here</p>") is None


def test_a_page_without_an_article_is_listed_with_why(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    state = {"props": {"pageProps": {"story": {"paragraphs": PARAGRAPHS}}}}
    (raw / "next.html").write_text(
        HEAD + "</head>" + SHELL + "<script id='__NEXT_DATA__' type='application/json'>"
        f"{json.dumps(state)}</script></body></html>"
    )
    (raw / "ld.html").write_text(HEAD + _json_ld(ARTICLE) + "</head>" + SHELL + "</body></html>")
    (raw / "menu.txt").write_text("Valley Gazette\nHome | Farming | Events\n")
    assert run_clean(raw, out) == 0
    skipped = pd.read_csv(out / "skipped.csv").set_index("page")["reason"]
    assert sorted(skipped.index) == ["menu.txt", "next.html"]
    assert skipped["menu.txt"] == NO_ARTICLE
    assert skipped["next.html"].startswith(NO_ARTICLE) and "__NEXT_DATA__" in skipped["next.html"]
    pages = pd.read_parquet(out / "pages.parquet").set_index("page")
    assert pages["n_articles"].to_dict() == {"ld.html": 1, "menu.txt": 0, "next.html": 0}


def test_a_page_showing_nothing_but_holding_its_story_in_json_ld_is_read():
    # an application shell saved without its scripts: no visible text at all
    markup = HEAD + _json_ld(ARTICLE) + "</head><body><div id='root'></div></body></html>"
    result = clean_page(_page(markup))
    assert len(result.articles) == 1
    assert result.articles[0]["body"] == "\n\n".join(PARAGRAPHS)
    assert result.articles[0]["outlet"] == "Valley Gazette"


def test_a_page_showing_nothing_and_holding_no_story_is_refused_with_why():
    state = "<script id='__NEXT_DATA__' type='application/json'>{}</script>"
    markup = HEAD + "</head><body><div id='root'></div>" + state + "</body></html>"
    with pytest.raises(PageReadError, match=r"without any visible text.*__NEXT_DATA__"):
        _page(markup)


def _printed_story_with_state(title_in_state: str) -> str:
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "title": title_in_state,
                    "publishedAt": "2026-12-04T15:20:00+05:30",
                    "authors": [{"name": "Somila Raleng"}, {"name": "Ngathingkhui Shimray"}],
                }
            }
        }
    }
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        HEAD + "</head><body><header>Valley Gazette</header><main><h1>Cooperative buys a cider "
        f"press</h1>{body}</main><script id='__NEXT_DATA__' type='application/json'>"
        f"{json.dumps(state)}</script></body></html>"
    )


def test_a_printed_storys_authors_only_in_the_next_data_state_are_its_byline():
    article = clean_page(_page(_printed_story_with_state("Cooperative buys a cider press")))
    assert article.articles[0]["byline"] == "Somila Raleng, Ngathingkhui Shimray"
    assert article.articles[0]["published"] == "2026-12-04"


def test_another_storys_authors_in_the_state_are_not_the_pages_byline():
    article = clean_page(_page(_printed_story_with_state("Ferry timetable changes for winter")))
    assert not article.articles[0]["byline"]

from __future__ import annotations

import json

from analysis.clean.html_page import html_metadata
from analysis.clean.jsonld_article import (
    article_organizations,
    live_update_authors,
    nested_days,
    own_articles,
    website_names,
)

PARAGRAPHS = "".join(
    f"<p>The council voted on Tuesday to ask voters about term limits, part {n}, after a "
    "long debate that drew a crowd of residents to the chamber.</p>"
    for n in range(4)
)
HEADLINE = "Council votes to put term limits on the ballot"


def _ld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


def _page(head: str, headline_element: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>"
        f"{headline_element}<p class='meta'>Gwen Adebayo</p>{PARAGRAPHS}</body></html>"
    )


ARTICLE = {
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "datePublished": "2026-11-03T17:20:00-05:00",
}


def _related(published: str) -> dict:
    """An ItemList of one related story, published on ``published``."""
    story = {"@type": "NewsArticle", "headline": "Parade route", "datePublished": published}
    return {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": story}]}


def test_the_own_article_is_at_a_scripts_top_level_not_in_a_list_of_related_ones():
    markup = _ld(_related("2026-10-21")) + _ld(
        {"@context": "https://schema.org", "@graph": [ARTICLE]}
    )
    assert [(a.headline, a.published) for a in own_articles(markup)] == [(HEADLINE, "2026-11-03")]
    assert nested_days(markup) == {"2026-10-21"}
    assert own_articles("<p>no data</p>") == [] and own_articles(_ld("not json")) == []


def test_a_section_title_in_the_meta_tags_gives_way_to_the_printed_json_ld_headline():
    # og:title and <title> left as the section's; the story's headline is printed in a
    # <div> and given by the JSON-LD (review h143)
    head = (
        "<title>Politics – The Lakeshore Ledger</title>"
        '<meta property="og:title" content="Politics – The Lakeshore Ledger">'
        '<meta property="og:type" content="website">'
        '<meta property="og:site_name" content="The Lakeshore Ledger">' + _ld(ARTICLE)
    )
    assert html_metadata(_page(head, f"<div class='headline'>{HEADLINE}</div>")).title == HEADLINE
    # a headline the page does not print leaves the title as read
    other = _page(head.replace(HEADLINE, "Term limits vote"), f"<div>{HEADLINE}</div>")
    assert html_metadata(other).title != "Term limits vote"
    # a story's own og:title, worded otherwise than its printed headline, is kept
    story = head.replace(
        "Politics – The Lakeshore Ledger", "Voters to decide on council term limits"
    )
    page = _page(story, f"<div class='headline'>{HEADLINE}</div>")
    assert html_metadata(page).title == "Voters to decide on council term limits"


def test_a_related_storys_json_ld_date_is_not_the_pages():
    related = _ld(_related("2026-10-21T08:00:00-07:00"))
    head = f"<title>{HEADLINE} - Ledger</title>" + related + _ld(ARTICLE)
    assert html_metadata(_page(head, f"<h1>{HEADLINE}</h1>")).published == "2026-11-03"


def test_json_ld_creator_is_the_byline_when_no_author_is_given():
    # schema.org's "creator" filled instead of "author" (review h143)
    def page(article: dict) -> str:
        head = '<meta property="og:site_name" content="The Lakeshore Ledger">' + _ld(article)
        return f"<html><head>{head}</head><body><h1>{HEADLINE}</h1>{PARAGRAPHS}</body></html>"

    people = [{"@type": "Person", "name": "Wilma  Okafor"}, "Ravi Lund"]
    assert html_metadata(page({**ARTICLE, "creator": people})).byline == "Wilma Okafor; Ravi Lund"
    assert html_metadata(page({**ARTICLE, "creator": ["Ravi Lund"]})).byline == "Ravi Lund"
    # an organization, a URL, the site's own name: no byline
    desk = {"@type": "Organization", "name": "Metro Desk"}
    for creator in (desk, "https://example.com/staff", "The Lakeshore Ledger"):
        assert html_metadata(page({**ARTICLE, "creator": creator})).byline is None
    assert (
        own_articles(_ld({**ARTICLE, "author": "Ann Lee", "creator": "Bo Kim"}))[0].creators == ()
    )


def test_a_podcast_episodes_author_is_the_byline():
    # a PodcastEpisode's JSON-LD, its host its author, which trafilatura does not read
    # (review h279)
    episode = {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": HEADLINE,
        "datePublished": "2026-11-03",
        "author": {"@type": "Person", "name": "Tamsin Okoro"},
    }
    head = '<meta property="og:site_name" content="The Lakeshore Ledger">' + _ld(episode)
    page = f"<html><head>{head}</head><body><h1>{HEADLINE}</h1>{PARAGRAPHS}</body></html>"
    assert own_articles(_ld(episode))[0].authors == ("Tamsin Okoro",)
    assert html_metadata(page).byline == "Tamsin Okoro"


def test_a_web_pages_date_beside_the_article_in_a_graph_is_not_the_pages():
    # a top-level array holding an @graph: the WebPage object carries an older
    # datePublished than the NewsArticle beside it (review h150)
    web_page = {"@type": "WebPage", "name": HEADLINE, "datePublished": "2026-11-01T08:00:00Z"}
    graph = [{"@context": "https://schema.org", "@graph": [web_page, ARTICLE]}]
    head = f"<title>{HEADLINE} - Ledger</title>" + _ld(graph)
    assert nested_days(_ld(graph)) == {"2026-11-01"}
    assert html_metadata(_page(head, f"<h1>{HEADLINE}</h1>")).published == "2026-11-03"


def test_the_web_sites_name_is_the_brand_over_the_publishers_legal_name():
    # the @graph's Organization gives the company's legal name; its WebSite object and
    # the <title>'s site part name the brand (review h150)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "The Lakeshore Ledger", "url": "https://ledger.example/"},
            {**ARTICLE, "publisher": {"@id": "#org"}},
            {"@type": "Organization", "@id": "#org", "name": "Lakeshore Verlagsgesellschaft mbH"},
        ],
    }
    head = f"<title>{HEADLINE} – The Lakeshore Ledger</title>" + _ld(graph)
    assert website_names(_ld(graph)) == ["The Lakeshore Ledger"]
    assert html_metadata(_page(head, f"<h1>{HEADLINE}</h1>")).site_name == "The Lakeshore Ledger"


def test_a_section_label_in_og_title_gives_way_to_the_h1_without_json_ld():
    # og:title "Travel", <title> "Travel - Site", no JSON-LD: the story's headline is the
    # page's <h1> (review h162)
    head = (
        "<title>Travel - Eastholm Review</title>"
        '<meta property="og:title" content="Travel">'
        '<meta property="og:site_name" content="Eastholm Review">'
    )
    assert html_metadata(_page(head, f"<h1>{HEADLINE}</h1>")).title == HEADLINE
    # a story's own og:title beside a section's <title> is kept
    own = head.replace('content="Travel"', 'content="Voters to decide on term limits"')
    assert html_metadata(_page(own, f"<h1>{HEADLINE}</h1>")).title == (
        "Voters to decide on term limits"
    )


def _two_articles(tell: str) -> str:
    """A page whose first JSON-LD article is a related story's (h187), told apart from
    the page's own by its URL (``tell`` "url") or by the headline the page prints."""
    related = {
        "@type": "NewsArticle",
        "headline": "Parade route changes for the winter festival",
        "datePublished": "2026-10-20T08:00:00-05:00",
        "author": {"@type": "Person", "name": "Hollis Varga"},
    }
    own = {**ARTICLE, "author": {"@type": "Person", "name": "Gwen Adebayo"}}
    if tell == "url":
        related["url"] = "https://example.test/news/parade-route"
        own["mainEntityOfPage"] = {"@id": "https://example.test/news/term-limits/"}
    head = (
        "<title>Council votes to put term limits on the ballot</title>"
        '<link rel="canonical" href="https://example.test/news/term-limits">'
        f"{_ld(related)}{_ld(own)}"
    )
    return _page(head, f"<h1>{HEADLINE}</h1>")


def test_a_related_storys_article_written_first_is_not_the_pages():
    for tell in ("url", "headline"):
        found = html_metadata(_two_articles(tell))
        assert (found.title, found.published) == (HEADLINE, "2026-11-03"), tell
        assert "Hollis Varga" not in (found.byline or ""), tell


def test_a_script_with_comments_and_closing_commas_is_read():
    # h187: hand-written JSON-LD with "//" and "/* */" comments and closing commas,
    # which browsers' readers skip; a URL's "//" inside a string is kept
    script = (
        '<script type="application/ld+json">/* site data */\n{"@context": "https://schema.org",'
        ' // the graph\n "@graph": [{"@type": "WebSite", "name": "Lakay Info",'
        ' "url": "https://lakayinfo.example/",},\n'
        f' {{"@type": "NewsArticle", "headline": "{HEADLINE}",'
        ' "datePublished": "2026-11-03T17:20:00-05:00",},],}</script>'
    )
    assert website_names(script) == ["Lakay Info"]
    assert [(a.headline, a.published) for a in own_articles(script)] == [(HEADLINE, "2026-11-03")]
    found = html_metadata(_page(script, f"<h1>{HEADLINE}</h1>"))
    assert found.site_name == "Lakay Info"


def test_the_articles_source_organization_names_the_site_no_tag_names():
    # no og:site_name, no WebSite object, no publisher trafilatura reads: the blog post's
    # sourceOrganization is the site (review h231, made-up names)
    post = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "name": HEADLINE,
        "dateCreated": "2026-03-02T08:00:00+01:00",
        "creator": {"@type": "Person", "name": "Gwen Adebayo"},
        "sourceOrganization": {"@type": "Organization", "name": "Millbrook Tidings"},
    }
    head = f"<title>{HEADLINE}</title>" + _ld(post)
    assert article_organizations(_ld(post)) == ["Millbrook Tidings"]
    assert html_metadata(_page(head, f"<h1>{HEADLINE}</h1>")).site_name == "Millbrook Tidings"


def test_an_articles_publisher_comes_before_its_source_organization_and_a_person_is_none():
    article = {
        **ARTICLE,
        "sourceOrganization": "Millbrook Tidings Newsroom",
        "publisher": [{"@type": "Person", "name": "Gwen Adebayo"}, "Millbrook Tidings"],
    }
    nested = {"@type": "ItemList", "itemListElement": [{**ARTICLE, "publisher": "Other Post"}]}
    assert article_organizations(_ld([article, nested])) == [
        "Millbrook Tidings",
        "Millbrook Tidings Newsroom",
    ]


def test_a_live_blogs_author_is_the_byline_not_an_updates_poster():
    # trafilatura read the liveBlogUpdate item's author as the page's (review h263,
    # made-up names): the blog's own author is the byline
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": HEADLINE,
        "datePublished": "2026-03-02T08:00:00+00:00",
        "author": {"@type": "Person", "name": "Gwen Adebayo"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": "Count under way",
                "datePublished": "2026-03-02T21:00:00+00:00",
                "author": {"@type": "Person", "name": "Tomas Reyes"},
            },
            {"@type": "BlogPosting", "headline": "Polls open", "author": "Gwen Adebayo"},
        ],
    }
    assert live_update_authors(_ld(blog)) == ("Tomas Reyes",)
    head = f"<title>{HEADLINE}</title>" + _ld(blog)
    page = _page(head, f"<h1>{HEADLINE}</h1>").replace("<p class='meta'>Gwen Adebayo</p>", "")
    assert html_metadata(page).byline == "Gwen Adebayo"
    # a live blog naming no author of its own: nothing is taken away
    del blog["author"]
    assert live_update_authors(_ld(blog)) == ()

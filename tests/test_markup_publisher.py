"""The site's name a page writes only where trafilatura does not look (review h187,
issue #10): the scholarly ``citation_`` tags, an RDFa publisher object, a ``<title>``
that is only the site's name beside a headline printed as "Site | Headline"."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.markup_publisher import citation_site_name
from analysis.clean.read import read_page
from analysis.clean.title_site import headed_title_site

STORY = """<p>The mountain road over the pass will close on Monday for the winter, the
county council said, three weeks earlier than last year after the first snow.</p>
<p>Drivers are asked to take the valley road instead, which adds some twenty minutes
to the journey between the two market towns.</p>
<p>The road will open again in March if the weather allows, the council added.</p>"""

PAGES = {
    "citation": (
        "<title>New study on the mountain road</title>"
        '<meta name="citation_title" content="Mountain road to close for the winter">'
        '<meta name="citation_publisher" content="Harrowdale Courier">',
        "<h1>Mountain road to close for the winter</h1>",
        "Harrowdale Courier",
    ),
    "rdfa": (
        "<title>Road: the pass closes</title>",
        '<div vocab="https://schema.org/" prefix="schema: https://schema.org/">'
        '<article typeof="schema:NewsArticle">'
        '<h1 property="schema:headline">Mountain road to close for the winter</h1>'
        '<div property="schema:publisher" typeof="schema:Organization">'
        '<meta property="schema:name" content="Harrowdale Courier"></div>',
        "Harrowdale Courier",
    ),
    "title": (
        "<title>Harrowdale Courier</title>",
        "<article><h1><span>Harrowdale Courier</span> <span>|</span> "
        "<span>Mountain road to close for the winter</span></h1>",
        "Harrowdale Courier",
    ),
}


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_a_site_name_only_the_markup_gives_is_the_outlet(tmp_path, kind):
    head, top, outlet = PAGES[kind]
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{top}'
        f"{STORY}</body></html>"
    )
    path = tmp_path / "road.html"
    path.write_text(html, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet"], row["outlet_source"]) == (outlet, "html")
    assert row["title"] == "Mountain road to close for the winter"


def test_the_journal_is_named_before_its_publisher():
    html = (
        '<meta name="citation_publisher" content="Fenmoor Academic Press">'
        '<meta name="citation_journal_title" content="Journal of Upland Roads">'
    )
    assert citation_site_name(html) == "Journal of Upland Roads"
    assert citation_site_name('<meta name="citation_title" content="A study">') is None


@pytest.mark.parametrize(
    ("parts", "headed", "site"),
    [
        (["Harrowdale Courier"], ["Harrowdale Courier", "Road closes"], "Harrowdale Courier"),
        (["Harrowdale Courier"], ["Road closes", "Harrowdale Courier"], "Harrowdale Courier"),
        # the title is the headline, or the heading does not print it as a part
        (["Road closes"], ["Road closes"], None),
        (["Harrowdale Courier"], ["Harrowdale Courier reports the road closes"], None),
        # a title of two parts, or a menu's word
        (["Road closes", "Courier"], ["Harrowdale Courier", "Road closes"], None),
        (["Home"], ["Home", "Road closes"], None),
    ],
)
def test_a_title_that_is_the_headings_site_part_is_the_site(parts, headed, site):
    assert headed_title_site(parts, headed) == site


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        # an author object and its name, trafilatura reads no RDFa (review h187)
        (
            '<span property="schema:author" typeof="schema:Person">'
            '<span property="schema:name">Ilse Marwick</span></span>',
            "Ilse Marwick",
        ),
        ('<span property="schema:author">Ilse Marwick</span>', "Ilse Marwick"),
        # an object whose only property is its profile's address names no one
        (
            '<span property="schema:author" typeof="schema:Person">'
            '<a property="schema:url" href="/staff/7">Profile</a></span>',
            None,
        ),
    ],
)
def test_an_rdfa_author_is_the_byline(tmp_path, author, byline):
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Road closes</title></head>'
        '<body><div vocab="https://schema.org/" prefix="schema: https://schema.org/">'
        '<article typeof="schema:NewsArticle">'
        '<h1 property="schema:headline">Mountain road to close for the winter</h1>'
        f"<div>{author}</div>{STORY}</article></div></body></html>"
    )
    row = _extracted(tmp_path, html)
    assert row["byline"] == byline


def test_opengraphs_article_author_tag_is_no_rdfa_author(tmp_path):
    # <meta property="article:author"> holds the site's social profile: no byline
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Road closes</title>'
        '<meta property="article:author" content="https://social.example/harrowdale">'
        "</head><body><h1>Mountain road to close for the winter</h1>"
        f"{STORY}</body></html>"
    )
    row = _extracted(tmp_path, html)
    assert row["byline"] is None


def _extracted(tmp_path, html: str):
    """The first article row of ``html`` saved as a page."""
    path = tmp_path / "road.html"
    path.write_text(html, encoding="utf-8")
    page = read_page(path)
    return extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]

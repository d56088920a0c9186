"""analysis.clean.feed_links: the site's name in a page's feed links, and a blog's heading
printing it read as no headline."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from analysis.clean.feed_links import feed_site_name
from analysis.clean.html_page import html_metadata


def _head(links: str) -> str:
    return f"<html><head><title>t</title>{links}</head><body><p>x</p></body></html>"


@pytest.mark.parametrize(
    ("links", "name"),
    [
        (
            '<link rel="alternate" type="application/atom+xml" title="Fenland Rambles - Atom">'
            '<link rel="alternate" type="application/rss+xml" title="Fenland Rambles - RSS">',
            "Fenland Rambles",
        ),
        (
            '<link rel="alternate" type="application/rss+xml" title="Quarry Notes &raquo; Feed">'
            '<link rel="alternate" type="application/rss+xml"'
            ' title="Quarry Notes &raquo; Comments Feed">',
            "Quarry Notes",
        ),
        # a feed titled without its kind, or a link of another type, names nothing
        ('<link rel="alternate" type="application/rss+xml" title="Quarry Notes">', None),
        ('<link rel="alternate" hreflang="de" title="Quarry Notes - RSS">', None),
        ('<link rel="stylesheet" type="application/rss+xml" title="Quarry Notes - RSS">', None),
    ],
)
def test_feed_site_name(links, name):
    assert feed_site_name(document_fromstring(_head(links))) == name


def _blog_post(feed_title: str, title: str) -> str:
    return (
        f"<html><head><title>{title}</title>"
        f'<link rel="alternate" type="application/atom+xml" title="{feed_title}">'
        "</head><body><div class='header'><h1 class='title'>Fenland Rambles</h1>"
        "<p>Walks and birds on the flat lands</p></div>"
        "<h2 class='date-header'><span>Friday, November 6, 2026</span></h2>"
        "<h3 class='post-title'>Bitterns boom again at the old clay pits</h3>"
        "<div class='post-body'>"
        + "".join(
            f"<p>Walking the dyke at dawn, part {n}, I heard the low boom of a bittern "
            "from the reeds that have grown over the old clay pits since they flooded.</p>"
            for n in range(4)
        )
        + "</div><p>Posted by Maud Ellery at 7:12 AM</p></body></html>"
    )


def test_a_blogs_heading_naming_the_site_by_its_feed_is_not_the_headline():
    # h259: Blogger's <h1> prints the blog's name, the post's title is an <h3>, the
    # <title> "Blog: Post" and the Atom feed "Blog - Atom"
    title = "Fenland Rambles: Bitterns boom again at the old clay pits"
    page = _blog_post("Fenland Rambles - Atom", title)
    assert html_metadata(page).title == "Bitterns boom again at the old clay pits"
    # a story's own <h1> under a feed naming the site stays the headline
    story = page.replace("<h1 class='title'>Fenland Rambles</h1>", "").replace(
        "<h3 class='post-title'>", "<h1>"
    )
    story = story.replace("the old clay pits</h3>", "the old clay pits</h1>")
    assert html_metadata(story).title == "Bitterns boom again at the old clay pits"

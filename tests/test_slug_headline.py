"""A short headline the story's URL slug spells is no site name (a crawl export's text rows)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts
from analysis.clean.manifest import ManifestEntry
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes
from analysis.clean.slug_headline import spelled_by_story_slug


@pytest.mark.parametrize(
    "url",
    [
        "https://www.pinecrest-review.com/archives/harbor-bridge",
        "https://www.pinecrest-review.com/archives/harbor-bridge/",
        "https://www.pinecrest-review.com/2020/05/harbor-bridge.html",
        "https://www.pinecrest-review.com/news/harbor_bridge/index.html",
        "https://www.pinecrest-review.com/news/the-harbor-bridge",
        "https://web.archive.org/web/2020/https://www.pinecrest-review.com/harbor-bridge",
    ],
)
def test_a_slug_spelling_the_name_whole_is_the_headlines(url):
    assert spelled_by_story_slug("Harbor Bridge", url)


@pytest.mark.parametrize(
    ("name", "url"),
    [
        # the slug says more than the name: a story about it, or the name opens the headline
        ("Harbor Bridge", "https://www.pinecrest-review.com/archives/harbor-bridge-closed"),
        # the name in a segment before a story's id: an e-paper kiosk's paper (outlet.py)
        ("Harbor Bridge", "https://kiosk.example.org/uk/harbor-bridge/20261202/6048138"),
        # the site's own name at its own address
        ("Pinecrest Review", "https://www.pinecrestreview.com/about/pinecrest-review"),
        ("Harbor Bridge", None),
        ("Harbor Bridge", "https://www.pinecrest-review.com/"),
    ],
)
def test_other_urls_spell_no_headline(name, url):
    assert not spelled_by_story_slug(name, url)


_ROW = (
    "Harbor Bridge Repairs\n\n"
    "The county council voted on Tuesday to close the old bridge, and the Harbor Bridge "
    "Repairs will take two years; commuters will need the ferry or the ring road.\n\n"
    "The council said engineers had found cracks in two of the piers during the spring "
    "inspection, and that the Harbor Bridge Repairs would cost more than expected.\n"
)


def test_a_text_rows_headline_is_not_its_site_name():
    # a crawl export's text row: headline, blank line, story; the headline recurs in the
    # story, so it reads as a masthead; the URL's slug spells it and names the site
    url = "https://www.pinecrest-review.com/archives/harbor-bridge-repairs"
    facts = PageFacts(manifest=ManifestEntry(file="row-1", url=url))
    cleaned = clean_page(page_from_bytes(_ROW.encode(), "row-1", "row-1"), facts)
    assert cleaned.row["site"] == "pinecrest-review.com"
    [article] = cleaned.articles
    assert (article["outlet_key"], article["title"]) == (
        "pinecrest-review.com",
        "Harbor Bridge Repairs",
    )

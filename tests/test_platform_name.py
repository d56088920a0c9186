"""A platform's own name in a hosted user site's markup (analysis.clean.platform_name)."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from analysis.clean.pipeline import run_clean
from analysis.clean.platform_name import user_site_markup

PARAGRAPHS = [
    "The ferry between the two islands will run twice a day from May, the harbour board said.",
    "Skippers had asked for the extra crossing since the bridge closed for repairs last year.",
    "The board said fares would stay at this year's level until the autumn.",
]


def _blog_page(blog: str, url: str) -> str:
    """A made-up blog post on a hosting platform: the platform's og:site_name, the blog's
    name in the title and the header."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{blog} — Ferry to run twice a day</title>"
        f"<link rel='canonical' href='{url}'>"
        "<meta property='og:site_name' content='Pinboardly'></head><body>"
        f"<header><a class='logo' href='/'>{blog}</a><nav><a href='/archive'>Archive</a>"
        "<a href='/about'>About</a></nav></header><main><article>"
        f"<h1>Ferry to run twice a day</h1><p>By Tova Ambrin</p>{paragraphs}"
        f"</article></main><footer><p>{blog}: notes from the islands.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("markup", "text", "url", "expected"),
    [
        ("Pinboardly", "Skerry Notes", "https://www.pinboardly.com/skerrynotes/8812/ferry", True),
        ("Pinboardly", "Skerry Notes", "https://skerrynotes.pinboardly.com/post/8812/ferry", True),
        # a section's name on its site: the markup's name is the site's
        ("Example Daily", "Example Daily Sport", "https://www.exampledaily.com/sport/x", False),
        # the story's slug naming the blog is no folder of the blog
        ("Pinboardly", "Skerry Notes", "https://www.pinboardly.com/posts/skerry-notes", False),
        ("Pinboardly", None, "https://www.pinboardly.com/skerrynotes/8812/ferry", False),
        ("Pinboardly", "Skerry", "https://www.pinboardly.com/skerry/8812/ferry", False),
    ],
)
def test_a_platforms_name_over_a_user_site_the_url_spells(markup, text, url, expected):
    assert user_site_markup(markup, text, url) is expected


def test_two_blogs_on_one_platform_naming_it_in_their_markup_are_two_outlets(tmp_path):
    # h247: two blogs' pages under og:site_name "Tumblr" were one outlet, the platform's
    raw = tmp_path / "raw"
    raw.mkdir()
    pages = {
        "a.html": ("Skerry Notes", "https://www.pinboardly.com/skerrynotes/8812/ferry-twice"),
        "b.html": ("Skerry Notes", "https://skerrynotes.pinboardly.com/post/8813/ferry-fares"),
        "c.html": ("Tarn Gazette", "https://www.pinboardly.com/tarngazette/9120/ferry-twice"),
    }
    for name, (blog, url) in pages.items():
        (raw / name).write_text(_blog_page(blog, url), encoding="utf-8")
    out = tmp_path / "out"
    assert run_clean(raw, out, 1) == 0
    rows = {row["page"]: row for row in pq.read_table(out / "articles.parquet").to_pylist()}
    assert {page: rows[page]["outlet"] for page in pages} == {
        "a.html": "Skerry Notes",
        "b.html": "Skerry Notes",
        "c.html": "Tarn Gazette",
    }
    assert rows["a.html"]["outlet_key"] != rows["c.html"]["outlet_key"]

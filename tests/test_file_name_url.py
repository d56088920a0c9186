"""A page saved under its URL as its file name (h151): the name is the page's address."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.file_name_url import file_name_url

BARE_STORY = (
    "Library to open on Sundays after volunteers step in\n\n"
    "The public library will open on Sunday afternoons from the spring, run by volunteers.\n\n"
    "The library lost its weekend hours three years ago when the county cut its budget.\n\n"
    "The county will pay for heating and insurance, and the volunteers will staff the desk.\n"
)


@pytest.mark.parametrize(
    ("name", "url"),
    [
        (
            "https%3A%2F%2Fwww.brackenpost.com%2F2026%2F03%2Flibrary-sundays%2F.txt",
            "https://www.brackenpost.com/2026/03/library-sundays/",
        ),
        (
            "http%3a%2f%2Forrinrecord.co.uk%2Fnews%2Fstory.html.gz",
            "http://orrinrecord.co.uk/news/story",
        ),
        (
            "https___orrinrecord.com_news_library-sundays.txt",
            "https://orrinrecord.com/news/library-sundays",
        ),
        (
            "https:__orrinrecord.com_news_library-sundays.html",
            "https://orrinrecord.com/news/library-sundays",
        ),
        ("raw/https___orrinrecord.com.txt", "https://orrinrecord.com"),
    ],
)
def test_a_file_named_by_its_url_gives_that_url(name, url):
    assert file_name_url(name) == url


@pytest.mark.parametrize(
    "name",
    [
        "story.txt",
        "https.txt",
        "https___notes_on_the_budget.txt",  # no host under a public suffix
        "https%3A%2F%2Flocalhost%2Fstory.txt",
        "www.brackenpost.com_story.txt",  # no scheme: a name, not an address
        "https___www.brackenpost.comstory.txt",  # no public suffix before the path
    ],
)
def test_a_file_name_that_spells_no_url_gives_none(name):
    assert file_name_url(name) is None


def test_a_bare_text_saved_under_its_url_is_filed_under_its_site():
    name = "https%3A%2F%2Fwww.brackenpost.com%2F2026%2F03%2Flibrary-sundays%2F.txt"
    row = extract_articles(BARE_STORY, name=name).iloc[0]
    assert (row["outlet_key"], row["url"]) == (
        "brackenpost.com",
        "https://www.brackenpost.com/2026/03/library-sundays/",
    )


def test_a_header_url_wins_over_the_file_name():
    text = "URL: https://www.harwickstandard.com/news/x\nTitle: Library\n\n" + BARE_STORY
    row = extract_articles(text, name="https___www.brackenpost.com_story.txt").iloc[0]
    assert row["outlet_key"] == "harwickstandard.com"

"""Review h200: a replay viewer keeps the page's URL in its address's fragment
(ReplayWeb.page-like ``#view=pages&url=https%3A...``): the page is that URL's site's."""

from __future__ import annotations

import pytest

from analysis.clean.domains import original_url, registered_domain


def test_a_replay_viewers_fragment_url_is_the_pages():
    url = (
        "https://replayweb.page/?source=file%3A%2F%2F%2Fhome%2Fana%2Fcrawl.wacz#view=pages"
        "&url=https%3A%2F%2Fwww.morninglantern.ie%2Fnews%2Fstory&ts=20261203101500"
    )
    assert original_url(url) == "https://www.morninglantern.ie/news/story"
    assert registered_domain(url) == "morninglantern.ie"


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.com/page#section=2",  # a fragment holding no URL
        "https://www.example.com/story#url=notes",
        "https://www.example.com/story#comments",
    ],
)
def test_other_fragments_leave_the_address_alone(url):
    assert original_url(url) == url

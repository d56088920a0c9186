"""Review h200: a cache's address that spells its page's host in its first label and
names it again as its path's first segment (a Yandex-Turbo-like copy) is that host's page."""

from __future__ import annotations

import pytest

from analysis.clean.domains import original_url, registered_domain


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://ria-ru.turbopages.org/ria.ru/s/20261203/story.html", "ria.ru"),
        (
            "https://www-example--daily-co-uk.cache.example.net/www.example-daily.co.uk/s/a",
            "example-daily.co.uk",
        ),
        (
            "https://xn--------8sbemckf1eek5d2cxb-xn----p1ai.turbopages.org/"
            "xn----8sbemckf1eek5d2cxb.xn--p1ai/s/news/9344",
            "вести-заречья.рф",
        ),
    ],
)
def test_a_cache_address_naming_its_host_twice_is_that_hosts_page(url, domain):
    assert registered_domain(url) == domain


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/www.other.com/story",  # a path naming a host: no cache
        "https://www-other-com.example.net/www.another.com/s/a",  # the label spells another
        "https://cache.example.net/",
    ],
)
def test_other_paths_leave_the_address_alone(url):
    assert original_url(url) == url


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (
            "https://translated.turbopages.org/proxy_u/tr-en.en.8f2c1a7e-6651b7c4/https/"
            "www.egepostasi.com.tr/izmir/kordonda-h3298",
            "https://www.egepostasi.com.tr/izmir/kordonda-h3298",
        ),
        # a segment "http" before no host is a path of the site's own
        ("https://example.com/http/status/404", "https://example.com/http/status/404"),
    ],
)
def test_a_scheme_written_as_a_path_segment_before_a_host_is_the_pages_url(url, original):
    # h322: a translator's proxy spells the page's scheme and host as path segments
    assert original_url(url) == original

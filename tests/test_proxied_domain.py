"""A proxy's host spelling the site's host in one label (h151): the site's page."""

from __future__ import annotations

import pytest

from analysis.clean.outlet import OutletEvidence, decide_outlet

TRANSLATED = "https://www-wexcombedaily-com.translate.goog/story/x?_x_tr_sl=en&_x_tr_tl=fr"


def _key(url: str, **names: str) -> str:
    return decide_outlet(OutletEvidence(url=url, **names), "p.txt").key


@pytest.mark.parametrize(
    "url",
    [
        TRANSLATED,
        "https://wexcombedaily-com.translate.goog/story/x?_x_tr_sl=en",
        "https://www-wexcombedaily-co-uk.translate.goog/story/x",
    ],
)
def test_a_translation_proxys_copy_is_the_sites_page(url):
    key = _key(url, page_site_name="Wexcombe Daily")
    assert key in {"wexcombedaily.com", "wexcombedaily.co.uk"}


def test_a_hyphened_sites_domain_is_decoded_with_its_hyphen():
    url = "https://www-wexcombe--daily-com.translate.goog/story/x"
    assert _key(url, html_site_name="Wexcombe Daily") == "wexcombe-daily.com"


@pytest.mark.parametrize(
    ("url", "names", "key"),
    [
        # a name's own hyphen in a host under a platform's domain: the host's, never
        # "daily.news" (own_host)
        (
            "https://daily-news.example.com/x",
            {"page_site_name": "Daily News"},
            "daily-news.example.com",
        ),
        # the page names another site than the decoded host's
        (TRANSLATED, {"page_site_name": "Harbour Voice"}, "www-wexcombedaily-com.translate.goog"),
        # no name at all and a label spelling one dot: a blog's hyphened name under a
        # platform's suffix may spell a domain ("harbour.news"), the host as it is
        ("https://wexcombedaily-com.translate.goog/x", {}, "wexcombedaily-com.translate.goog"),
        ("https://harbour-news.github.io/x", {}, "harbour-news.github.io"),
        # a hyphened label that spells no host under a public suffix
        ("https://metro-kelby.com/news/x", {"page_site_name": "Metro Kelby"}, "metro-kelby.com"),
    ],
)
def test_a_label_that_is_no_proxied_host_keeps_its_domain(url, names, key):
    assert _key(url, **names) == key


@pytest.mark.parametrize(
    ("url", "key"),
    [
        (TRANSLATED, "wexcombedaily.com"),
        (
            "https://www-minami--shinpo-co-jp.translate.goog/news/x?_x_tr_sl=ja",
            "minami-shinpo.co.jp",
        ),
    ],
)
def test_a_proxys_host_spelling_a_whole_host_is_unwrapped_when_nothing_names_the_site(url, key):
    # h200: a table row with only a translate.goog URL kept the proxy's host as its outlet
    found = decide_outlet(OutletEvidence(url=url), "p.txt")
    assert (found.key, found.name) == (key, key)


@pytest.mark.parametrize(
    ("names", "key"),
    [
        # a library proxy's copy signed by the paper's parent company only (h322)
        ({"copyright_holder": "Corran Valley Media"}, "corranvalleygazette.co.uk"),
        # a printed site name of neither domain keeps the proxy's host, as above
        ({"page_site_name": "Harbour Voice"}, "brackenfield.ac.uk"),
        # the proxy's own institution's notice: its page
        ({"copyright_holder": "Brackenfield University Media"}, "brackenfield.ac.uk"),
    ],
)
def test_a_library_proxys_copy_signed_by_a_company_is_the_sites_page(names, key):
    url = "https://www-corranvalleygazette-co-uk.ezproxy.brackenfield.ac.uk/news/bus-pass-extended-1258"
    assert _key(url, **names) == key

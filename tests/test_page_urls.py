"""analysis.clean.page_urls: a page's URL as two pages are compared."""

from __future__ import annotations

import pytest

from analysis.clean.page_urls import url_key


@pytest.mark.parametrize(
    "spelling",
    [
        "https://www.tärnby-bote.de/lokales/a",
        "HTTPS://WWW.XN--TRNBY-BOTE-Q5A.DE:443/lokales/a",
        "https://www.tärnby-bote.de./lokales/a#top",
        " https://WWW.Tärnby-Bote.de/lokales/a ",
    ],
)
def test_one_address_spelt_several_ways_is_one_key(spelling):
    assert url_key(spelling) == "https://www.xn--trnby-bote-q5a.de/lokales/a"


def test_a_path_a_query_and_a_port_of_its_own_stay_apart():
    assert url_key("https://example.com/A?b=C") == "https://example.com/A?b=C"
    assert url_key("http://example.com:8080/a") != url_key("http://example.com/a")
    assert url_key("https://example.com/a") != url_key("http://example.com/a")

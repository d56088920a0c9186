"""A reader mirror's copy at an id of its own, printing the story's host (review h188 item 2):
the printed site's page, not the mirror's."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, page_outlet
from analysis.clean.manifest import ManifestEntry
from analysis.clean.outlet import OutletEvidence, decide_outlet

MIRROR_COPY = """{host}

Ferry timetable to change from the spring

Ilse Marwood · April 2, 2026

The crossing will run every half hour at weekends, the operator said.

Fares stay the same until the autumn, a spokesman for the ferry company said.
"""


def _table_row_outlet(url: str, host: str):
    # a page table's row: the url column, the text column
    facts = PageFacts(manifest=ManifestEntry(file="row", url=url))
    return page_outlet(MIRROR_COPY.format(host=host), "row", facts)


def test_two_sites_mirror_copies_are_two_outlets():
    # h188: the mirror's domain decided, and two sites' copies would be one row
    keys = {
        _table_row_outlet(url, host).key
        for url, host in (
            ("https://readermirror.com/19888b", "SKELLORNGAZETTE.CO.UK"),
            ("https://readermirror.com/40217c", "www.tamberlyecho.com"),
        )
    }
    assert keys == {"skellorngazette.co.uk", "tamberlyecho.com"}


@pytest.mark.parametrize(
    ("url", "names", "key"),
    [
        # a site's own story at an id, printing its own name or address
        (
            "https://www.skellorngazette.co.uk/40217c",
            {"page_site_name": "Skellorn Gazette"},
            "skellorngazette.co.uk",
        ),
        (
            "https://www.skellorngazette.co.uk/40217c",
            {"page_site_name": "news.skellorngazette.co.uk"},
            "skellorngazette.co.uk",
        ),
        # a slug in the path: the site's own page, whatever host it prints
        (
            "https://readermirror.com/news/ferry-timetable-to-change",
            {"page_site_name": "skellorngazette.co.uk"},
            "readermirror.com",
        ),
        # an id, and a name that is no address nor the mirror's: filed by that name, as
        # a short link's page is (link_forms.is_entry_link; h308, outlets_h296's 'Left')
        (
            "https://readermirror.com/19888b",
            {"page_site_name": "Skellorn Gazette"},
            "name:skellorngazette",
        ),
        # an id and the mirror's own name: the mirror's domain
        ("https://readermirror.com/19888b", {"page_site_name": "Reader Mirror"}, None),
    ],
)
def test_a_url_that_is_no_mirrors_copy_keeps_its_domain(url, names, key):
    outlet = decide_outlet(OutletEvidence(url=url, **names), "p.txt")
    assert outlet.key == (key or "readermirror.com")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://readermirror.com/19888b", True),
        ("https://readermirror.com/e/Kd81mQz", True),
        ("https://readermirror.com/2026", False),  # a number
        ("https://readermirror.com/about", False),  # a word
        ("https://readermirror.com/19888b?page=2", False),  # a query
        ("https://readermirror.com/news/19888b", False),  # a section and an id
    ],
)
def test_an_id_link_is_an_id_alone(url, expected):
    from analysis.clean.link_forms import is_id_link  # (new in h204)

    assert is_id_link(url) is expected

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.address_date import printed_address_date

BODY = [
    "The Canal Street bridge will stay closed until at least April, city engineers said, "
    "after inspectors found more corrosion in its steel beams than expected.",
    "Drivers have used a detour through the industrial park since the bridge closed in "
    "September, and businesses on the east side say they have lost trade.",
]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("URL: https://www.northgatepress.com/news/20261103/bridge-closure", "2026-11-03"),
        ("www.google.com/amp/s/www.gullhaven.com/2026/11/03/news/pier-repairs/amp/", "2026-11-03"),
        ("Printed from https://www.harborgazette.com/news/2026/10/14/council-votes/", "2026-10-14"),
        ("https://www.example.com/news/2026-11-03-ferry-fares        1/2", "2026-11-03"),
        ("See https://www.example.com/2026/11/03/other-story for more", None),  # in a sentence
        ("https://www.example.com/news/20261399/story", None),  # no valid day
    ],
)
def test_the_day_an_address_alone_on_its_line_writes(line, day):
    assert printed_address_date("\n".join(["Headline", "", *BODY, "", line])) == day


def test_two_days_in_printed_addresses_date_nothing():
    lines = ["https://www.example.com/2026/11/03/a", "https://www.example.com/2026/10/01/b"]
    assert printed_address_date("\n".join([*BODY, *lines])) is None
    # a numeric date the page prints, left undecided by the readers, is the page's date
    line = "https://x.example/news/2026/04/03/story-1"
    assert printed_address_date("\n".join(["Wed, 04/03/2026", *BODY, line])) is None


def test_a_page_that_prints_no_date_is_dated_by_its_printed_address():
    # the date only in the page's own URL, printed at the top or the bottom (review h143,
    # metadata_h128 en_url_date_bottom)
    page = ["Northgate Press", "", "Bridge closure extended to spring", "", "By Omar Sadiq", ""]
    page += [line for paragraph in BODY for line in (paragraph, "")]
    page += ["Printed from https://www.northgatepress.com/news/20261103/bridge-closure"]
    (article,) = extract_articles("\n".join(page) + "\n", name="p.txt").itertuples()
    assert article.published == "2026-11-03"
    # a date the page prints wins
    page[4] = "By Omar Sadiq | Nov. 2, 2026"
    (article,) = extract_articles("\n".join(page) + "\n", name="p.txt").itertuples()
    assert article.published == "2026-11-02"

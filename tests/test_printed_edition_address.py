"""Review h200: a paper's printed edition (an e-edition page as text) names itself by its
title and prints its web site's address in its running foot beside the title; the site
is named otherwise ("The Brackwater Sentinel" in print, "Brackwater Online" on the web):
the page is that site's, one outlet with the web pages."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

STORY = (
    "The library in Saltram will reopen after a two-year refit from March, the council said on"
    " Tuesday.\n\nThe decision follows nine months of talks and a public meeting attended by"
    ' about 200 residents.\n\n"We listened to people who use the library every week," said'
    " Thea Crane, the project's manager.\n\nThe work is expected to cost about 400,000 and to"
    " take twelve weeks.\n"
)


def _edition(masthead: str, foot: str) -> str:
    return (
        f"{masthead}\nThursday, December 3, 2026 · No. 8,114 · 90p\n\n"
        f"SALTRAM LIBRARY TO REOPEN AFTER A TWO-YEAR REFIT\n\nBY THEA CRANE\n\n{STORY}\n{foot}\n"
    )


@pytest.mark.parametrize(
    ("masthead", "foot", "key"),
    [
        (
            "THE BRACKWATER SENTINEL",
            "The Brackwater Sentinel · brackwateronline.co.uk    4",
            "brackwateronline.co.uk",
        ),
        (
            "Kilnsey Advertiser",
            "Kilnsey Advertiser  •  Read more at kilnseylive.co.uk    11",
            "kilnseylive.co.uk",
        ),
    ],
)
def test_a_printed_edition_is_filed_under_the_address_its_foot_prints(masthead, foot, key):
    (article,) = extract_articles(_edition(masthead, foot), name="p4.txt").itertuples()
    assert article.outlet_key == key


@pytest.mark.parametrize(
    "foot",
    [
        "Harbour Daily · Powered by townpress.com",  # a vendor's address: no word of the name
        "Harbour Daily · Visit our partners at harbourtours.com and harbourdaily.com",  # two
        "Our reporters at harbourdaily-news.com wrote to the council on Monday asking it "
        "to publish the cost of the lease in full",  # a sentence, not a running foot
    ],
)
def test_other_address_lines_leave_the_page_to_its_name(foot):
    from analysis.clean.story_origin import printed_own_address

    assert printed_own_address(_edition("Harbour Daily", foot), "Harbour Daily") is None

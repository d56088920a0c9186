"""Papers' issues on one e-paper kiosk's host are the papers' (h188)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.issue_paper import issue_paper, issue_slug

PROSE = [
    "The planning committee voted seven to three against the scheme on Tuesday evening "
    "after residents raised concerns about flooding and school places.",
    "",
    "A revised plan could be submitted within six months, the developer said in a short "
    "statement after the meeting.",
    "",
]


def _kiosk_dump(slug: str, name: str) -> str:
    return "\n".join(
        [
            f"URL: https://www.kiosk.example/uk/{slug}/20261203/281500756789012",
            "",
            name,
            "3 Dec 2026",
            "",
            "Plans for 140 homes on farmland rejected",
            "",
            "By Jane Roe",
            "",
            *PROSE,
            "Printed and distributed by Kiosk. Kiosk.example",
        ]
    )


def test_two_papers_issues_on_one_kiosk_are_two_outlets():
    # filed under the kiosk's host, both papers' pages made one row (h188)
    keys = {
        extract_articles(_kiosk_dump(slug, name), name=f"{slug}.txt").outlet_key.iloc[0]
        for slug, name in (
            ("the-brannock-sentinel", "The Brannock Sentinel"),
            ("lowmere-advertiser", "Lowmere Advertiser"),
        )
    }
    assert keys == {"name:brannocksentinel", "name:lowmereadvertiser"}


def test_a_kiosks_title_names_the_paper_beside_the_issues_day():
    url = "https://www.kiosk.example/uk/lowmere-advertiser/20261203/468680919296879"
    parts = ("Kiosk", "Lowmere Advertiser", "2026-12-03", "Plans for 140 homes rejected")
    assert issue_slug(url) == ("lowmere-advertiser", "2026-12-03")
    assert issue_paper([], parts, url) == "Lowmere Advertiser"


@pytest.mark.parametrize(
    ("url", "lines"),
    [
        # a section's label over the headline, not beside the day
        (
            "https://www.example-times.com/local-news/2026-12-03/homes-rejected",
            ["Example Times", "", "Local News", "Plans for 140 homes rejected", "3 Dec 2026"],
        ),
        # the day is the path's last segment: no issue
        (
            "https://www.kiosk.example/lowmere-advertiser/20261203",
            ["Lowmere Advertiser", "3 Dec 2026"],
        ),
        # no valid day after the slug
        (
            "https://www.kiosk.example/lowmere-advertiser/20261340/1",
            ["Lowmere Advertiser", "3 Dec 2026"],
        ),
        # the name printed beside another day
        (
            "https://www.kiosk.example/lowmere-advertiser/20261203/1",
            ["Lowmere Advertiser", "4 Dec 2026"],
        ),
    ],
)
def test_no_issue_is_read_without_the_papers_name_beside_the_issues_day(url, lines):
    assert issue_paper(lines, (), url) is None

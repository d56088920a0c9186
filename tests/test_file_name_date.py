from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.file_name_date import file_name_date

BODY = [
    "The ferry between Carrow and the mainland will run once a day from January, "
    "the operator said, while its second boat is in dry dock for repairs.",
    "Islanders said the single sailing would make hospital visits harder, and the "
    "council has asked the operator to add a late boat on Fridays.",
]


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("harbour-courier_2026-12-03_ferry-fares.txt", "2026-12-03"),
        ("2026_11_28-council-vote.html", "2026-11-28"),
        ("carrow.news.2026.10.02.txt", "2026-10-02"),
        ("scrape/by-site/carrow/2026-12-01-fares.txt", "2026-12-01"),
        ("crawl_2026-12-05/story-88213.txt", None),  # the folder's day: the crawl's
        ("story-20261203.txt", None),  # eight digits: as often an id
        ("story-2026-12-3.txt", None),  # no whole date
        ("story-12026-12-03.txt", None),  # digits run on
        ("story-2026-13-03.txt", None),  # no such month
        ("story-2026-02-30.txt", None),  # no such day
        ("story-2026-12_03.txt", None),  # two separators: no date's
        ("2026-11-01_to_2026-11-30.txt", None),  # two days: neither known the story's
        ("2026-11-01_copy_2026-11-01.txt", "2026-11-01"),  # one day twice
        ("", None),
    ],
)
def test_the_day_a_file_name_writes(name, day):
    assert file_name_date(name) == day


def test_a_page_that_prints_no_date_is_dated_by_its_file_name():
    page = ["Carrow Islander", "", "Ferry cut to one sailing a day", "", "By Ewan Rigg", ""]
    page += [line for paragraph in BODY for line in (paragraph, "")]
    text = "\n".join(page) + "\n"
    (article,) = extract_articles(text, name="carrow_2026-12-01_ferry.txt").itertuples()
    assert (article.published, article.date_source) == ("2026-12-01", "file")
    (article,) = extract_articles(text, name="carrow_ferry.txt").itertuples()
    assert (article.published, article.date_source) == (None, None)
    # a date the page prints wins
    page[4] = "By Ewan Rigg | Nov. 30, 2026"
    text = "\n".join(page) + "\n"
    (article,) = extract_articles(text, name="carrow_2026-12-01_ferry.txt").itertuples()
    assert (article.published, article.date_source) == ("2026-11-30", "page")

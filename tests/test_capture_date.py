"""analysis.clean.capture_date: a relative time counted back from a save tool's line."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.capture_date import relative_day

SAVED = "Saved from the web on 9 March 2026, 08:40 UTC"


@pytest.mark.parametrize(
    ("relative", "day"),
    [
        ("Posted: 3 days ago", "2026-03-06"),
        ("yesterday", "2026-03-08"),
        ("a week ago", "2026-03-02"),
        ("5 hours ago", "2026-03-09"),  # 03:40 the same day
        ("9 hours ago", "2026-03-08"),  # 23:40 the day before
        ("2 months ago", None),  # no day: a month has no fixed length
        ("vor 3 Tagen", None),  # another language's units: left
    ],
)
def test_the_day_a_relative_time_names_as_of_the_saving(relative, day):
    assert relative_day(relative, [SAVED, "", "The Kelso Lantern"]) == day


def test_no_day_without_a_save_tools_line_or_for_hours_from_a_day_alone():
    assert relative_day("3 days ago", ["The Kelso Lantern", "", "Headline"]) is None
    assert relative_day("5 hours ago", ["Saved from the web on 9 March 2026", "X"]) is None
    assert relative_day("3 days ago", ["Saved from the web on 9 March 2026", "X"]) == ("2026-03-06")


def test_a_saved_article_dated_days_ago_gets_its_day():
    text = "\n".join(
        [
            SAVED,
            "",
            "The Kelso Lantern",
            "",
            "Allotment waiting list falls after council opens two new sites",
            "",
            "Posted: 3 days ago | By Ruth Haldane",
            "",
            "The waiting list for allotments in Kelso has fallen by a third since the council "
            "opened two new sites on the edge of town last spring.",
            "",
            "More than 60 plots were let in the first month, and a third site is planned for "
            "next year near the old railway station.",
            "",
            "Plot holders pay 45 pounds a year, with half price for pensioners and students.",
        ]
    )
    rows = extract_articles(text, "lantern.txt")
    assert rows["published"].tolist() == ["2026-03-06"]
    assert rows["relative_time"].tolist() == ["3 days ago"]


@pytest.mark.parametrize(
    ("header", "day"),
    [
        # a clipper's front matter, its saving's field under the source's (review h199 F7)
        (
            ["---", "source: https://example.org/news/x", "clipped: 2026-03-09T08:40:00Z", "---"],
            "2026-03-09",
        ),
        (
            ["---", "url: https://example.org/news/x", "saved: 9 March 2026, 23:10", "---"],
            "2026-03-09",
        ),
        # a field of another kind dates no saving
        (
            ["---", "source: https://example.org/news/x", "updated: 2026-03-09T08:40:00Z", "---"],
            None,
        ),
    ],
)
def test_hours_back_from_a_clippers_saved_field(header, day):
    lines = [*header, "", "# Allotment waiting list falls", "", "The Kelso Lantern"]
    assert relative_day("5 hours ago", lines) == day


@pytest.mark.parametrize(
    ("saved", "day"),
    [
        # the saving's weekday before its date, past midnight: the day before (review h255)
        ("Saved on Friday, 6 March 2026 at 00:40 GMT", "2026-03-05"),
        ("Saved on Fri, 6 March 2026, 09:00", "2026-03-06"),
        ("Saved on the web 6 March 2026, 09:00", None),  # words other than a weekday
        # the app's name, a spaced separator, the date (after the held-out pages)
        ("Saved to Readlater · Fri 6 Mar 2026 01:00 (UTC)", "2026-03-05"),
    ],
)
def test_a_save_tools_line_printing_the_weekday_before_its_date(saved, day):
    lines = [saved, "", "The Kelso Lantern", "", "Allotment waiting list falls"]
    assert relative_day("3 hours ago", lines) == day

"""The date closing a breadcrumb trail over the headline dates the story when the line
under the headline prints only that day's weekday and a time (review h162; issue #10).
Made-up site and story."""

from __future__ import annotations

import pytest

from analysis import extract_articles


def _page(trail: str, weekday_line: str) -> str:
    return "\n".join(
        [
            "Merrow Valley Post",
            trail,
            "",
            "Library to open on Sundays from the spring",
            "",
            weekday_line,
            "By Petra Galloway",
            "",
            "The town library will open on Sunday afternoons from April, the council said, "
            "after more than a thousand residents signed a letter asking for longer hours.",
            "",
            "Volunteers from the friends of the library group will help staff the desk, "
            "and the cost will be met from the council's culture budget.",
            "",
            "The library now closes at five on weekdays and at noon on Saturdays.",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("trail", "weekday_line", "published"),
    [
        ("Home > News > 4 March 2026", "Wednesday 09:40", "2026-03-04"),
        ("Home > News > 5 March 2026", "Wednesday 09:40", None),  # a Thursday: not the day
    ],
)
def test_the_trail_s_date_on_the_weekday_line_s_day_is_the_story_s(trail, weekday_line, published):
    articles = extract_articles(_page(trail, weekday_line), "made_up.txt")
    assert articles.published[0] == published

"""analysis.clean.headline: a site's tagline right under its masthead is no headline."""

from __future__ import annotations

import pytest

from analysis.clean.headline import find_title_line


def _page(masthead: str, tagline: str, headline: str, byline: str, date: str) -> list[str]:
    return [
        masthead,
        tagline,
        "",
        headline,
        "",
        byline,
        date,
        "",
        "The county council agreed on Tuesday to rebuild the old footbridge over the river "
        "in the Mossdale valley after an inspection found its deck had rotted through.",
        "",
        "Work is due to start in the spring and should take about four months, the council "
        "said, with a ferry running in the meantime.",
    ]


@pytest.mark.parametrize(
    ("masthead", "tagline", "headline", "byline", "date"),
    [
        (  # English: the paper's "voice"
            "The Brannock Sentinel",
            "The independent voice of the Mossdale valley since 1902",
            "Council will rebuild the rotten footbridge by summer",
            "By Ellen Marsh",
            "Tuesday 1 December 2026",
        ),
        (  # Slovak: "denník" (a daily)
            "Podhorský hlásnik",
            "Regionálny denník pre celé Podhorie",
            "Mesto opraví lávku cez rieku do leta",
            "Autor: Jana Kmeťová",
            "1. decembra 2026",
        ),
    ],
)
def test_a_tagline_calling_the_paper_by_its_noun_is_not_the_headline(
    masthead: str, tagline: str, headline: str, byline: str, date: str
) -> None:
    lines = _page(masthead, tagline, headline, byline, date)
    assert find_title_line(lines, 8, site_name=masthead) == 3


def test_a_headline_right_under_the_masthead_over_its_deck_stays_the_headline():
    # no paper's noun in the line under the masthead: it is the headline, and the
    # sentence under it its deck
    lines = _page(
        "The Brannock Sentinel",
        "Council will rebuild the rotten footbridge by summer",
        "Walkers have waited three years for a safe crossing, and engineers say it is overdue",
        "By Ellen Marsh",
        "Tuesday 1 December 2026",
    )
    assert find_title_line(lines, 8, site_name="The Brannock Sentinel") == 1

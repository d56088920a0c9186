"""analysis.clean.body.poll_results: a reader poll's widget between an article's
paragraphs, known by its results line (review h281, twenty-second round)."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text

from analysis.clean.body import line_features, poll_results
from analysis.clean.body.rules import region_weights

POLL = [
    "Have your say",
    "Should the bus lanes run all day?",
    "Yes, all day",
    "Only at rush hour",
    "No, scrap them",
    "Vote",
    "Yes 41% · Only 35% · No 24% (2,310 votes)",
]


def _page() -> list[str]:
    # printed with no blank line, as a scraper's text of the page may be
    return [
        *MENU,
        "Bus lanes to stay",
        *PARAGRAPHS[:2],
        *POLL,
        *PARAGRAPHS[2:],
        "© 2025 Daily Courier. All rights reserved.",
    ]


def test_a_poll_between_paragraphs_is_no_body_and_the_story_goes_on():
    assert kept_text(_page()) == PARAGRAPHS


def test_switched_off_the_poll_is_kept_or_cuts_the_story(monkeypatch):
    monkeypatch.setattr(poll_results, "POLL_BLOCKS", False)
    assert kept_text(_page()) != PARAGRAPHS


def _blocks(lines: list[str]) -> list[range]:
    features = line_features(lines)
    return poll_results.poll_blocks(lines, features, region_weights(features))


def test_shares_naming_no_option_above_or_in_a_sentence_make_no_poll():
    assert _blocks(_page())  # the poll's
    # a list of areas over a line of shares that names none of them
    other = ["Turnout by area", "North", "South", "Central 41% · West 35%"]
    assert not _blocks([*MENU, *PARAGRAPHS[:2], *other, *PARAGRAPHS[2:]])
    # the story's sentence giving the shares of the options listed above it
    sentence = "Yes won 41% of the vote and No 35%, the count showed."
    assert not _blocks([*MENU, *PARAGRAPHS[:2], "Yes", "No", sentence, *PARAGRAPHS[2:]])

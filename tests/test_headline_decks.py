"""analysis.clean.headline: a headline over its deck, a deck under a section's label."""

from __future__ import annotations

from analysis.clean.header_lines import is_meta_line
from analysis.clean.headline import find_title_line


def test_a_headline_over_its_deck_over_a_byline_the_body_took_in():
    # kicker, headline, a long deck without a closing period, then the byline line the
    # body detector took in as the body's first line: the byline is still under the deck,
    # so the headline over the deck is the title, not the deck
    lines = [
        "ELECTION 2026",
        "",
        "Turnout surges among young voters in early ballots",
        "",
        "Early voting data show voters under 30 casting ballots at twice the rate of four "
        "years ago, with the biggest jumps in suburban counties",
        "",
        "By Marcus Lee and Fatima Noor | Oct. 29, 2026, 5:04 p.m.",
        "",
        "Voters under 30 have cast more than 210,000 early ballots so far, about twice as "
        "many as at the same point four years ago, according to data released Wednesday.",
        "",
        "The largest increases came in three suburban counties, where campus groups and "
        "local organizers have run registration drives since the spring.",
    ]
    body_start = 6
    assert is_meta_line(lines[body_start])
    title = find_title_line(lines, body_start)
    assert title == 2


def test_a_labelled_headline_under_its_sections_name_is_no_deck():
    # "Letters to the Editor" over "Letter: ..." over the date: the labelled line is the
    # headline, not the deck of the section's name
    lines = [
        "Letters to the Editor",
        "",
        "Letter: Protected bike lanes made Elm Street safer for everyone",
        "",
        "Published: Sept. 18, 2026",
        "",
        "When the city painted protected bike lanes on Elm Street last spring, many of my "
        "neighbors predicted traffic jams and angry drivers.",
        "",
        "Cars move at a calmer pace, crossing with my grandchildren no longer feels like a "
        "gamble, and the corner bakery says its morning sales are up.",
        "",
        "Thomas Becker, Riverside",
        "",
        "Letters policy: letters to the editor should be no longer than 250 words.",
    ]
    assert find_title_line(lines, 6) == 2

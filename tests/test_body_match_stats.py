"""analysis.clean.body.match_stats: a match centre's statistics line under a report's
line-ups is no body (body_h339's and h363's reviews)."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body.match_stats import is_match_stats_line

STATS = "Possession: 54% - 46% · Shots: 14 - 9 · Corners: 6 - 3 · Yellow cards: 2 - 4"


@pytest.mark.parametrize(
    "line",
    [
        STATS,
        "Mallakar ƙwallo: 54% - 46% · Harbi: 14 - 9 · Kwana: 6 - 3",
        "Ballbesitz 61 % – 39 % | Torschüsse 12 – 4 | Ecken 7 – 2",
    ],
)
def test_fields_of_two_figures_are_a_statistics_line(line):
    assert is_match_stats_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour City won 2-1, Rovers drew 0-0 and Athletic lost 1-3 at home.",
        "Possession: 54% - 46% · Shots: 14 - 9",
        "Turnout: 61% (2022: 58%), with 14,203 votes cast in the ward.",
    ],
)
def test_a_sentence_or_two_fields_are_none(line):
    assert not is_match_stats_line(line)


def test_the_statistics_under_the_line_ups_are_no_body():
    lineup = (
        "Harbour City: Hewitt; Baptiste, Okafor, Lund, Carrow; Pennant, Mbeki, Sands; "
        "Ilic, Ward, Berg."
    )
    share = ["Share on Facebook", "Share on WhatsApp"]
    lines = page(MENU, "City win", PARAGRAPHS, "Starting line-ups", lineup, STATS, "Ad", share)
    kept = kept_text(lines)
    assert lineup in kept and STATS not in kept and PARAGRAPHS[-1] in kept

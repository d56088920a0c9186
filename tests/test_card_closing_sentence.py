"""A card's short last paragraph ("Lessons start in September.") under its text, a
blank line and the next card under it, is its body's last sentence, not a trailer line
of the card's chrome; the page's last line is its footer's as often (h341, issue #10).
Made-up cards."""

from __future__ import annotations

from analysis.clean.card_lines import LineKinds
from analysis.clean.card_runs import body_runs

CARDS = [
    "A new school opens in the valley",
    "2 December 2026",
    "The school will have five classes and one hundred and twenty pupils next year.",
    "Lessons start in September.",
    "",
    "Snow reaches the mountains early",
    "30 November 2026",
    "Thirty centimetres of snow fell over the weekend on the northern slopes of the range.",
]


def _runs(lines: list[str]) -> list[list[int]]:
    return body_runs(lines, LineKinds(lines))


def test_a_short_closing_sentence_over_the_next_card_is_the_body():
    assert _runs(CARDS) == [[2, 3], [7]]


def test_the_pages_last_line_is_no_closing_sentence():
    footer = [*CARDS, "Valley Digest is a news aggregator.", ""]
    assert _runs(footer)[-1] == [7]


def test_a_headline_right_under_a_cards_text_with_its_date_under_it_stays_a_headline():
    tight = [*CARDS[:3], "Harbour reopens after the storm.", "1 December 2026", *CARDS[4:]]
    assert _runs(tight)[0] == [2]

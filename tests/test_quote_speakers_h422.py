"""Speakers and attribution of quote shapes left by earlier rounds (h422): made-up
sentences, one shape a test."""

from __future__ import annotations

from analysis.stats.quotes import find_quotes


def _only(body: str, language: str | None = None):
    (quote,) = find_quotes(body, language)
    return quote


def test_a_role_before_the_name_opening_a_sentence_with_no_verb_of_saying():
    quote = _only('Her neighbour Amos Tillery was more blunt: "We are staying put."')
    assert quote.attributed
    assert quote.speaker == "Her neighbour Amos Tillery"


def test_a_role_opening_a_sentence_with_no_name_names_no_one():
    quote = _only('The reason the board gave was simple: "No money."')
    assert quote.speaker is None

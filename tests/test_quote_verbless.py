"""Tests for analysis.stats.quotes.verbless: a sentence with no verb of saying names
the speaker of the quote after it."""

from __future__ import annotations

import pytest

from analysis.stats.quotes import find_quotes


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Margaret Okafor, the harbour master, was blunt: "The bridge stays shut."',
            "Margaret Okafor",
        ),
        (
            'The club\'s coach, Terry Blackwood, remembered his first coach: "He was right."',
            "Terry Blackwood",
        ),
        (
            'Colin Strachan, chief executive of Clyde Ferries, was more guarded. "It is a start."',
            "Colin Strachan",
        ),
        (
            'Dai Pengelly, who fishes here, had a different worry. "The boats cannot get out."',
            "Dai Pengelly",
        ),
        (
            'Pieter van der Berg was in no doubt:\n\n"We will sail again in April."',
            "Pieter van der Berg",
        ),
    ],
)
def test_the_subject_of_a_sentence_with_no_verb_of_saying(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed
    assert quote.speaker_as_printed == speaker


@pytest.mark.parametrize(
    "body",
    [
        # no name opens the sentence: a common noun, a capital only at its start
        'The reason is simple: "No phones in class."',
        'Residents were told to leave on Wednesday. "Everything else can burn."',
        # the name is not the subject
        'Among them was Marta Sandoval, 67. "I took the dog."',
    ],
)
def test_no_name_opens_the_sentence(body):
    (quote,) = find_quotes(body)
    assert quote.speaker_as_printed is None

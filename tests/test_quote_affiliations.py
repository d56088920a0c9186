"""Tests for analysis.stats.quotes.affiliations: a person's name without the place or
body after "of"."""

from __future__ import annotations

import pytest

from analysis.stats.quotes import find_quotes
from analysis.stats.quotes.affiliations import name_before_of


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Jonah Whitlow of Upper Cray, who rowed a dinghy up the street, called it "the '
            'longest night of my life".',
            "Jonah Whitlow",
        ),
        (
            'Peter Quayle of Marrick Harbour, whose family fished here, said it would "kill '
            'everything on the reef".',
            "Peter Quayle",
        ),
        (
            "Prof. Siobhan O'Brien of the University of Kelloway called the haul \"a "
            'once-in-a-generation collection".',
            "Prof. Siobhan O'Brien",
        ),
        ('"We lost in court," said Martin Pryce of Kellan Bay Fishermen\'s Association.',
         "Martin Pryce"),
        # a unit or a body in common nouns after "of the" (police and local copy)
        ('"We have frozen 14 accounts," said Inspector Ravi Kale of the cyber police station.',
         "Inspector Ravi Kale"),
        ('Ann Lee of the county council called the plan "a disgrace to the valley".',
         "Ann Lee"),
    ],
)  # fmt: skip
def test_the_person_not_the_place(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker_as_printed == speaker


@pytest.mark.parametrize(
    "phrase",
    [
        "Royal Bank of Scotland",  # an institution's name
        "London School of Economics",
        "Deputy Mayor of London",  # a role
        "Chief Executive of Tesco",
        "Duke of Edinburgh",  # one word before "of"
        "Ann Lee of the opposition",  # no name and no body's head noun after "of"
        "Ann Lee of the 42nd precinct",  # a word that is no common noun
    ],
)
def test_no_person_before_of(phrase):
    assert name_before_of(phrase, frozenset({"van", "bin"}), frozenset({"mayor"})) is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the place or body after a Dutch full name's "van" is left out
        ('"Ik laat me niet wegkopen," zegt melkveehouder Geert Bos van Oostwold.',
         "melkveehouder Geert Bos"),
        ('"We gaan om tafel," belooft gedeputeerde Anja Smit van de provincie Groningen.',
         "gedeputeerde Anja Smit"),
        ('Wethouder Ingrid de Bruijn van Hellewaard zei: "Het komt goed."',
         "Wethouder Ingrid de Bruijn"),
        # a surname's "van" stays: after a given name alone, or before "de" and a capital
        ('"Ik laat me niet wegkopen," zegt Anja van de Kamp.', "Anja van de Kamp"),
        ('Wethouder Pieter van Dijk zei: "Het komt goed."', "Wethouder Pieter van Dijk"),
    ],
)  # fmt: skip
def test_a_dutch_speakers_place_after_van_is_left_out(body, speaker):
    (quote,) = find_quotes(body, "nl")
    assert quote.attributed and quote.speaker_as_printed == speaker

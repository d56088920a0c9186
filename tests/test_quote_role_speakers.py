"""Tests for analysis.stats.quotes.role_speakers: speakers an apposition names."""

from __future__ import annotations

import pytest

from analysis.stats.quotes import find_quotes
from analysis.stats.quotes.role_speakers import role_holders


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The plan came from the council's treasurer, Ana Brook.", [("treasurer", "Ana Brook")]),
        ("Dana Kühl, the county's spokesperson, said so.", [("spokesperson", "Dana Kühl")]),
        ("Mayor Ana Brook opened the meeting.", [("mayor", "Ana Brook")]),
        ("He rang his wife, Mary Ann Lee, at six.", [("wife", "Mary Ann Lee")]),
        # no person noun, or the noun of a preposition's object: no apposition
        ("While the field remained divided, Tom Reed would win.", []),
        ("After the vote, Tom Reed left.", []),
        # a role with a complement is not read (never 'agency' for Ana Brook)
        ("The head of the agency, Ana Brook, left.", []),
    ],
)
def test_role_holders(text, pairs):
    assert role_holders(text) == pairs


def test_a_pronoun_whose_antecedent_is_only_an_apposition():
    body = (
        "The budget was presented on Monday by the council's treasurer, Ana Brook.\n\n"
        '"We cannot pay for both the pool and the library this year," she said.'
    )
    (quote,) = find_quotes(body)
    assert quote.speaker == "Ana Brook" and quote.speaker_as_printed == "she"


@pytest.mark.parametrize(
    "between",
    [
        # another person may be the subject since: a surname opening a sentence
        "Brook left early. Okafor, 61, declined to comment, and later she wrote to us.",
        # a pronoun of the other gender
        "He disagreed.",
    ],
)
def test_an_apposition_before_another_subject_is_no_antecedent(between):
    body = (
        "The budget was presented by the council's treasurer, Ana Brook.\n\n"
        f'{between} "We cannot pay for both," she said.'
    )
    (quote,) = find_quotes(body)
    assert quote.speaker == "she"


def test_a_role_speaker_takes_the_one_person_named_in_that_role():
    body = (
        "The county's spokesperson, Dana Kühl, confirmed the closure on Monday.\n\n"
        '"The road will reopen in March," the spokesperson said.\n\n'
        '"Nobody told us," a spokesperson for the hauliers said.'
    )
    first, second = find_quotes(body)
    assert first.speaker == "Dana Kühl" and first.speaker_as_printed == "the spokesperson"
    assert second.speaker == "a spokesperson for the hauliers"  # not the one named


def test_a_role_two_people_hold_stays_unnamed():
    body = (
        "The county's spokesperson, Dana Kühl, and the police spokesperson, Tom Reed, "
        "spoke on Monday.\n\n"
        '"The road will reopen in March," the spokesperson said.'
    )
    (quote,) = find_quotes(body)
    assert quote.speaker == "the spokesperson"


@pytest.mark.parametrize(
    "before",
    [
        # the pronoun is someone else's before the name is given
        "She thanked the council's treasurer, Ana Brook, for the figures.",
        # another subject set off by a comma, the apposition's name an object
        "Lena Marsh, a former nurse, had close ties to treasurer Ana Brook.",
    ],
)
def test_an_apposition_after_another_subject_is_no_antecedent(before):
    body = f'{before}\n\n"We cannot pay for both," she said.'
    (quote,) = find_quotes(body)
    assert quote.speaker == "she"


def test_a_title_inside_a_run_of_capitalised_words_names_the_rest():
    assert role_holders("Democratic President Ana Brook spoke.") == [("president", "Ana Brook")]


@pytest.mark.parametrize(
    ("sentence", "name", "printed"),
    [
        ("said the museum's curator, Ola Brandt.", "Ola Brandt",
         "the museum's curator, Ola Brandt"),
        ("said their spokeswoman, Mayor Rui Tavares, on Friday.", "Rui Tavares",
         "their spokeswoman, Mayor Rui Tavares"),
    ],
)  # fmt: skip
def test_a_role_speaker_with_its_name_in_apposition_after_it(sentence, name, printed):
    # the body names two curators: the name comes from the apposition itself
    body = (
        "The museum's curator, Ada Lind, retired in May.\n\n"
        f'"We will reopen the west wing," {sentence}'
    )
    quote = find_quotes(body)[-1]
    assert (quote.speaker, quote.speaker_as_printed) == (name, printed)
    assert body[quote.speaker_start : quote.speaker_end] == printed


@pytest.mark.parametrize(
    ("sentence", "name", "printed"),
    [
        # the role's complement names no person: the name is the consultant's
        ("said a consultant for the board, Dr. Khaled bin Faisal al-Amri.",
         "Khaled bin Faisal al-Amri", "a consultant for the board, Dr. Khaled bin Faisal al-Amri"),
        ("said a spokeswoman, Dana Kühl, on Friday.", "Dana Kühl", "a spokeswoman, Dana Kühl"),
        ("said the museum's curator, Ingrid de Bruijn.", "Ingrid de Bruijn",
         "the museum's curator, Ingrid de Bruijn"),
        # the complement is a person: the name may be theirs, so none is taken
        ("said a spokesman for the governor, Ola Brandt.", "a spokesman for the governor",
         "a spokesman for the governor"),
        # no name after the comma
        ("said a lawyer for the family, which has sued.", "a lawyer for the family",
         "a lawyer for the family"),
    ],
)  # fmt: skip
def test_an_indefinite_or_linked_role_takes_the_name_right_after_it(sentence, name, printed):
    body = f'"We will reopen the west wing," {sentence}'
    (quote,) = find_quotes(body)
    assert (quote.speaker, quote.speaker_as_printed) == (name, printed)
    assert body[quote.speaker_start : quote.speaker_end] == printed


def test_a_role_speaker_followed_by_no_name_keeps_its_words():
    body = '"We will reopen the west wing," said the museum\'s curator, who retired in May.'
    (quote,) = find_quotes(body)
    assert quote.speaker_as_printed == "the museum's curator"

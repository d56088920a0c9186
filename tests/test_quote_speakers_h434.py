"""Speakers of quote shapes left by quotes_h430 (h434): made-up sentences, the cases of
each rule under a comment naming it."""

from __future__ import annotations

import pytest

from analysis.stats.quotes import find_quotes


def _speaker(body: str, language: str | None = "en") -> str | None:
    (quote,) = find_quotes(body, language)
    assert quote.attributed
    return quote.speaker_as_printed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a lower-case role opening the clause before a name and its age
        ('Longtime customer Ada Pell, 81, called him "the kindest grocer in town."',
         "Longtime customer Ada Pell"),
        ('The retired teacher Ann Lee, 67, said the school was "a second home."',
         "The retired teacher Ann Lee"),
        # a role after another word of the clause is no opening of it
        ('At the meeting resident Jane Doe, 45, said the road was "a death trap."',
         "Jane Doe"),
        # a capital 'A' between capitalised words is a letter of the name
        ('Kisumu A MCA Ruth Ochieng told the House the bursary was "long overdue."',
         "Kisumu A MCA Ruth Ochieng"),
        ('A spokesman said the bursary was "long overdue."', "A spokesman"),
        # a participle clause after the subject is left out
        ('A 20-year-old woman charged with robbing a corner store told police she "panicked."',
         "A 20-year-old woman"),
        ('The lawyer representing the family said the ruling was "a travesty."',
         "The lawyer"),
        ('Neighbours living near the quarry said the blasts were "unbearable."',
         "Neighbours"),
        # a verb of saying after 'the' is a noun inside the phrase
        ('According to the complaint, one of the accused told the victim his card was '
         '"blocked for good."', "one of the accused"),
        ('The accused told the magistrate he was "deeply sorry."', "The accused"),
        # a verb of saying after 'and' shares the reported clause's named subject
        ('The complaint alleges that the officer, Dan Ruiz, stopped the car and said, '
         '"Get out now."', "Dan Ruiz"),
        ('Police said the suspect, Jo Hale, 34, entered the store and said "give me the '
         'money."', "Jo Hale"),
        # no role and name after the earlier verb: the clause's subject as before
        ('Lee took the stage and said "we will win."', "Lee"),
    ],
)  # fmt: skip
def test_english_speaker_phrases_of_local_police_and_court_copy(body, speaker):
    """quotes_h430's English shapes left by its round (h434)."""
    assert _speaker(body) == speaker


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # a numbered noun's genitive opening the clause (a ward, a sector)
        ("hi", 'सेक्टर 15 के निवासी रमेश यादव ने कहा, "सड़क छह महीने से टूटी है।"',
         "सेक्टर 15 के निवासी रमेश यादव"),
        # an Italian council portfolio after "a" and the article, capitalised
        ("it", "«Il bilancio è in ordine», ha detto l'assessore al Bilancio Marco Riva.",
         "l'assessore al Bilancio Marco Riva"),
        ("it", "L'assessora allo Sport Anna Sala ha detto: «Il palazzetto riapre a marzo».",
         "L'assessora allo Sport Anna Sala"),
    ],
)  # fmt: skip
def test_a_role_with_its_complement_before_the_name(language, body, speaker):
    assert _speaker(body, language) == speaker

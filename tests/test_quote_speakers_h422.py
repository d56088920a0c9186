"""Speakers and attribution of quote shapes left by earlier rounds (h422): made-up
sentences, one shape a test."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('In the footage, a ferry steward can be heard saying: "Hold on."', "a ferry steward"),
        ('The harbour master could be heard telling the crew: "Hold on."', "The harbour master"),
    ],
)
def test_a_modal_and_a_verb_of_perception_before_the_cue(body, speaker):
    assert _only(body).speaker == speaker


def test_a_possessive_opens_the_subject_of_a_relative_clause():
    body = 'Ohio\'s attorney general, who filed the appeal, said it was "a win for voters."'
    assert _only(body).speaker == "Ohio's attorney general"


def test_a_headline_topic_with_a_place_is_no_label():
    body = 'Cheia em Coimbra: "Nunca vi o rio assim"\n\nO rio subiu dois metros.'
    assert _only(body[: body.index("\n")], "pt").speaker is None


def test_a_label_of_a_name_and_a_role_is_read():
    body = 'Mayor of Eastbrook: "We will rebuild the pier."'
    assert _only(body).speaker == "Mayor of Eastbrook"


def test_a_document_that_ends_or_opens_with_a_quote():
    assert _only('The letter ends: "See you in spring."').speaker == "The letter"
    assert _only('The match ends in a draw and fans sing "olé".').attributed is False


def test_a_caption_is_its_posters():
    body = 'Ines Varga shared a photo of the flood on Instagram with the caption "Day 3."'
    quote = _only(body)
    assert quote.attributed
    assert quote.speaker == "Ines Varga"


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("ru", "В пресс-службе мэрии заявили, что мост «откроют в мае».", "пресс-службе мэрии"),
        ("ru", "В докладе говорится, что ситуация «остается сложной».", "докладе"),
        ("uk", "У прокуратурі повідомили, що справа «вже в суді».", "прокуратурі"),
        # an adjunct between the speaker and the verb: the speaker before it
        ("ru", "Мэр Иван Котов в своем блоге написал: «Работы идут».", "Мэр Иван Котов"),
    ],
)
def test_a_body_named_in_the_locative_before_an_impersonal_verb(language, body, speaker):
    assert _only(body, language).speaker == speaker


def test_a_locative_before_a_personal_verb_is_no_speaker():
    quote = _only("В понедельник мэр заявил, что мост «откроют в мае».", "ru")
    assert quote.speaker != "понедельник"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("« Qui paiera ? », s'est-il interrogé.", "il"),
        ("« Qui paiera ? », se sont-elles interrogées.", "elles"),
        ("La ministre Anne Roux a salué « un accord historique ».", "La ministre Anne Roux"),
    ],
)
def test_french_reflexive_inverted_verbs_and_salue(body, speaker):
    quote = _only(body, "fr")
    assert quote.attributed
    assert quote.speaker == speaker


def test_persian_came_is_a_verb_of_saying_only_after_a_document():
    quote = _only("در این بیانیه آمده است: «درها باز می‌ماند.»", "fa")
    assert quote.attributed
    assert quote.speaker == "این بیانیه"
    assert not _only("او دیروز به شیراز آمده است و «خسته» بود.", "fa").attributed


def test_hungarian_case_endings_are_cut_when_the_name_stands_bare():
    body = (
        "Tóth Ilona a könyvtár vezetője.\n\n"
        "Tóth Ilonától megkérdeztük, mi lesz. „Nem tudom” – felelte.\n\n"
        "Kiss Ferencnek ez a véleménye: „Nem jó.”"
    )
    speakers = [q.speaker for q in find_quotes(body, "hu")]
    assert speakers == ["Tóth Ilona", "Kiss Ferencnek"]


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("et", "Sadama lähedal elav Mart Kask vaatas toimuvat aknast.\n\n„Kõik on läinud.”",
         "Mart Kask"),
        ("de", "Die Bürgermeisterin Anna Roth sagte, der Hafen bleibe offen.\n\n„Wir bauen.“",
         "Die Bürgermeisterin Anna Roth"),
    ],
)  # fmt: skip
def test_a_quote_paragraph_after_a_statement_in_another_language(language, body, speaker):
    quote = _only(body, language)
    assert quote.attributed
    assert quote.speaker.endswith(speaker.split()[-1])


def test_no_statement_reader_for_a_paragraph_ending_in_a_question():
    body = "Mart Kask vaatas aknast. Mis nüüd saab?\n\n„Kõik on läinud.”"
    assert not _only(body, "et").attributed


def test_a_quote_over_paragraphs_takes_its_continuations_speaker_not_the_statement():
    body = (
        "Seuran puheenjohtaja Ville Rantanen suhtautuu lupaukseen varauksella.\n\n"
        "”Samaa sanottiin kaksi vuotta sitten.\n\n"
        "”Haluamme päätöksen pöytäkirjaan,” hän sanoi."
    )
    assert [q.speaker for q in find_quotes(body, "fi")] == ["hän", "hän"]

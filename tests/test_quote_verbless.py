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
        # the person after the verb of an "Among" sentence (h391; read as no one before)
        ('Among them was Marta Sandoval, 67. "I took the dog."', "Marta Sandoval"),
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
    ],
)
def test_no_name_opens_the_sentence(body):
    (quote,) = find_quotes(body)
    assert quote.speaker_as_printed is None


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("pl", "Dyrektor zarządu dróg Jan Pietruszka nie miał wątpliwości: „Nikt nie przejedzie”.",
         "Dyrektor zarządu dróg Jan Pietruszka"),
        ("ru", "Мэр Верхнеозёрска Андрей Соловьёв был краток: «Мост откроем к сентябрю».",
         "Мэр Верхнеозёрска Андрей Соловьёв"),
        ("pt", "O secretário de Mobilidade, João Pedro dos Santos Neto, foi direto: “Erramos.”",
         "João Pedro dos Santos Neto"),
        ("nl", "Van der Meulen, eerder wethouder in Dokkum, sloeg een verzoenende toon aan. "
         "“We hebben geluisterd.”", "Van der Meulen"),
    ],
)  # fmt: skip
def test_the_subject_of_a_sentence_with_no_verb_of_saying_in_other_languages(
    language, body, speaker
):
    (quote,) = find_quotes(body, language)
    assert quote.attributed
    assert quote.speaker_as_printed == speaker


def test_a_long_predicate_names_no_speaker_in_other_languages():
    # the quote is the father's words the subject remembers, not the subject's
    body = "Ο Μανώλης Κρητικός θυμάται τι του έλεγε ο πατέρας του: «Εδώ λύνονται τα προβλήματα.»"
    (quote,) = find_quotes(body, "el")
    assert quote.speaker_as_printed != "Ο Μανώλης Κρητικός"


def test_a_quote_paragraph_naming_another_person_does_not_go_on_with_the_last_speaker():
    body = (
        "La présidente, Sandrine Vidal, se montre plus prudente. « On tient un an. »\n\n"
        "« C'est le cœur du village qui rouvre ». C'est le constat du maire, Gilles Aubert."
    )
    first, second = find_quotes(body, "fr")
    assert first.speaker_as_printed == "Sandrine Vidal"
    assert second.speaker_as_printed != "Sandrine Vidal"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a paragraph of quotes only after a statement about what someone says (h379)
        ('Smith said the plan was flawed and would cost jobs.\n\n"We will fight it."', "Smith"),
        ('He says he will keep fighting.\n\n"We have raised money. We are not done."', "He"),
        (
            "Colin Strachan, chief executive of Clyde Ferries, was more guarded.\n\n"
            '"It is a welcome start, but it is not a plan."',
            "Colin Strachan",
        ),
    ],
)
def test_a_quote_paragraph_after_a_statement(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed
    assert quote.speaker_as_printed == speaker


@pytest.mark.parametrize(
    "body",
    [
        # the paragraph before names no one, or is a heading, or the quote's own line
        # holds the writer's words
        'The bridge closed in March.\n\n"It was a disaster for us."',
        'Smith said the plan was flawed\n\n"We will fight it."',
        'Smith said the plan was flawed.\n\nAs one resident put it to us, "never again".',
    ],
)
def test_no_statement_before_no_speaker(body):
    quote = find_quotes(body)[-1]
    assert quote.speaker_as_printed in (None, "one resident")


def test_an_among_sentence_names_the_person_after_its_verb():
    body = (
        "Birkdale has 42 gas lamps left. Among the volunteers who help him on winter nights "
        "is Carys Penwarden, a retired teacher who joined three years ago.\n\n"
        '"I came for one night to see what it was like. I have not missed a Thursday since."'
    )
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker_as_printed == "Carys Penwarden"


def test_a_gesture_between_two_quotes_names_their_speaker():
    body = '"This one\'s older than me." He laughs. "Which is saying something."'
    quotes = find_quotes(body)
    assert [(q.attributed, q.speaker_as_printed) for q in quotes] == [(True, "He"), (True, "He")]
    # a sentence of weather, or a longer one, names no one
    for between in ("The wind howls.", "Nobody moved.", "Prices climbed sharply in the spring."):
        body = f'"This one\'s older than me." {between} "Which is saying something."'
        assert not any(q.attributed for q in find_quotes(body))


def test_a_relative_clause_between_commas_does_not_lengthen_the_introducing_sentence():
    body = (
        "Lena Varga, who runs the bakery at the end of the row, watched it from the "
        "window of the flat above the shop.\n\n"
        '"It came round the corner like a wave and it simply did not stop."'
    )
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker_as_printed == "Lena Varga"
    # a third comma opens another clause, which may name another actor: still too long
    body = (
        "The contractor, Fenland Civils, declined to comment, but its site manager left a "
        "note on the works hut that residents photographed in the rain.\n\n"
        '"Sorry for the trouble. The lads are working round the clock."'
    )
    (quote,) = find_quotes(body)
    assert quote.speaker_as_printed != "Fenland Civils"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "In a 2009 interview with this paper, Pendry was asked whether she would ever "
            'retire. Her answer: "Not while the ferry runs."',
            "Pendry",
        ),
        (
            'Commissioner Okoro wraps up. His last word to residents: "Check on your neighbours."',
            "Commissioner Okoro",
        ),
        # a possessive before a person, not a thing said: that person speaks
        ('Pendry wraps up. Her daughter: "Check on your neighbours."', None),
        # nobody opens the sentence before
        ('The rain kept falling. Her answer: "Check on your neighbours."', None),
    ],
)
def test_a_possessive_and_a_noun_of_speech_before_a_colon(body, speaker):
    # h433: 'Her answer: "…"' was unread; the speaker opens the sentence before it
    (quote,) = find_quotes(body)
    assert (quote.attributed, quote.speaker) == (speaker is not None, speaker)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a headline's label: a name and its role's noun, no predicate, before the quote
        ("Former NTSB chief: 'We are one storm away' from a bridge failure", "Former NTSB chief"),
        # a verb after the name stays the predicate
        ('Dana Pruitt agreed: "We are one storm away."', "Dana Pruitt"),
        ('Dana Pruitt was blunt: "We are one storm away."', "Dana Pruitt"),
    ],
)
def test_a_role_noun_ending_a_label_stays_in_the_speaker(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker

"""Tests for analysis.stats.quotes.labels: a label line ('Name, role: "..."') names
the speaker of its quote."""

from __future__ import annotations

import pytest

from analysis.stats.quotes import find_quotes


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        (
            '- Councillor Priya Deshmukh, leader of the council: "This is a big day."',
            None,
            "Councillor Priya Deshmukh",
        ),
        ('Tom Albery: "We are disappointed but not surprised."', None, "Tom Albery"),
        (
            '- Local resident Ann Fairbairn, 68, who lives on Station Road: "Nobody asked us."',
            None,
            "Local resident Ann Fairbairn",
        ),
        (
            "Poslanec Marek Doležal: „Tento návrh zaplatí lidé z vesnic.“",
            "cs",
            "Poslanec Marek Doležal",
        ),
        # found on quotes_h379's held-out en_10 after the once-scoring
        (
            '- Martin Pryce of Kellan Bay Fishermen\'s Association: "We lost in court."',
            None,
            "Martin Pryce",
        ),
        ("Entrevista | Lucía Barrenechea: «Los pueblos no se vacían»", "es", "Lucía Barrenechea"),
        (
            "Die Reaktionen:\n\n– Regula Imhof, Gewerkschaft Syna: «Wir fordern einen Sozialplan.»"
            "\n\n– Beat Zuberbühler, Maschinenführer: «Ich bin 58. Wer nimmt mich noch?»",
            "de",
            "Regula Imhof",
        ),
    ],
)
def test_a_label_line_names_its_quote(body, language, speaker):
    quote = find_quotes(body, language)[0]
    assert quote.attributed
    assert quote.speaker_as_printed == speaker
    assert quote.mark_style != "dash"  # the marks' span, not the dash line


@pytest.mark.parametrize(
    ("body", "language"),
    [
        # no name before the colon: a common noun, one capital
        ('Bridge closure: "We are disappointed but not surprised."', None),
        # the quote does not close the line: the label is no label
        ('Tom Albery: "We are disappointed," and so is the town.', None),
    ],
)
def test_no_label_no_speaker(body, language):
    quote = find_quotes(body, language)[0]
    assert quote.speaker_as_printed is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Farmers: "We were promised a bridge, we got a ferry"\n\nTwo years after the floods.',
         "Farmers"),
        ('Health minister: "No patient should wait an hour"\n\nThe minister spoke on Monday.',
         "Health minister"),
        # a kicker, capitals only, a topic, or a label below the headline: no speaker
        ('Live: "We were promised a bridge, we got a ferry"\n\nTwo years on.', None),
        ('RESIDENTS: "We were promised a bridge, we got a ferry"\n\nTwo years on.', None),
        ('Ferry row: "We were promised a bridge, we got a ferry"\n\nTwo years on.', None),
        ('A ferry for now\n\nFarmers: "We were promised a bridge, we got a ferry"', None),
    ],
)  # fmt: skip
def test_a_headline_label_naming_a_role_or_group_is_the_speaker(body, speaker):
    quote = find_quotes(body)[0]
    assert quote.speaker_as_printed == speaker


def test_zulu_they_say():
    body = 'Abazali baseMlazi bathi: "Sifuna isikole sabantwana bethu"'
    (quote,) = find_quotes(body, "zu")
    assert quote.attributed and quote.speaker_as_printed == "Abazali baseMlazi"


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # a topic after the speaker ("X on Y:", "X o Y:"), an age between commas
        ("en", 'Former mayor, 84, on the night of the blackout: "We lit the hall with '
               'torches"\n\nShe was in office that night.', "Former mayor"),
        ("pl", "Burmistrz o remoncie mostu: „Zdążymy przed zimą”\n\nPrace trwają.",
         "Burmistrz"),
        # a topic's name and a colon before the label
        ("de", "Hochwasser: Landrat Peter Haas: „Die Deiche halten“\n\nDer Pegel steigt.",
         "Landrat Peter Haas"),
        # Arabic: the role heads its construct, first
        ("ar", 'وزير الصحة: "لن نغلق أي مستشفى"\n\nقال الوزير إن الخطة جاهزة.', "وزير الصحة"),
        # a one-word label the story names in full, after a topic and a comma
        ("it", "Sanità, Rinaldi: «Nessun ospedale chiuderà»\n\nLo ha detto la ministra "
               "Carla Rinaldi a Roma.", "Rinaldi"),
        ("ru", "Петров: «Мост откроют в мае»\n\nГлава района Игорь Петров выступил на "
               "сессии.", "Петров"),
        # a topic the story names no one by: no speaker
        ("en", 'Brexit: "We are leaving on Friday"\n\nThe country votes again.', None),
    ],
)  # fmt: skip
def test_a_headline_label_after_a_topic_or_naming_a_surname(language, body, speaker):
    quote = find_quotes(body, language)[0]
    assert quote.speaker_as_printed == speaker


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("ja", "首相「増税はしない」\u3000記者会見で明言\n\n首相は７日、会見した。", "首相"),
        ("zh", "专访｜经济学家王立：“明年增长会放缓”\n\n本报记者专访了王立。", "经济学家王立"),
        ("ja", "【インタビュー】画家・木村花さん「海を描き続ける」\n\n木村さんに話を聞いた。",
         "画家・木村花さん"),
    ],
)  # fmt: skip
def test_an_east_asian_headline_after_a_section_name_or_before_a_second_part(
    language, body, speaker
):
    quote = find_quotes(body, language)[0]
    assert quote.attributed and quote.speaker_as_printed == speaker

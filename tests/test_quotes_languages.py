"""Attribution and speakers of quoted spans in languages besides English
(analysis/stats/quotes/foreign_attribution.py), made-up sentences."""

import pytest

from analysis.stats.article_work import analyse_articles
from analysis.stats.quotes import find_quotes
from analysis.stats.quotes.languages import quote_language


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("pt", '"A ponte abre em maio", disse o prefeito Rui Tavares.', "o prefeito Rui Tavares"),
        ("fr", "« Le marché restera ouvert », a déclaré le maire Paul Vasseur.",
         "le maire Paul Vasseur"),
        ("fr", "« Nous verrons », ajoute-t-elle.", "elle"),
        ("de", "„Die Brücke bleibt gesperrt“, sagte Bürgermeister Jens Ott am Montag.",
         "Bürgermeister Jens Ott"),
        ("tr", 'Vali Murat Aksoy, "Yol yarın açılacak" dedi.', "Vali Murat Aksoy"),
        ("id", '"Jembatan akan dibuka bulan depan," kata Bupati Hendra Gunawan.',
         "Bupati Hendra Gunawan"),
        ("it", "«Il ponte riaprirà a maggio», ha detto il sindaco Carlo Neri.",
         "il sindaco Carlo Neri"),
        ("nl", '"De brug gaat in mei open", zei burgemeester Joost de Wit.',
         "burgemeester Joost de Wit"),
        ("es", "La ministra Inés Roca afirmó que «no habrá recortes en sanidad».",
         "La ministra Inés Roca"),
        ("ru", "«Мост откроют в мае», – заявил губернатор Олег Власов.", "губернатор Олег Власов"),
        ("uk", "Мер Олег Гнатюк сказав: «Міст відкриють у травні».", "Мер Олег Гнатюк"),
        ("sv", '"Bron öppnar i maj", säger kommunalrådet Ida Sjö till tidningen.',
         "kommunalrådet Ida Sjö"),
        ("fi", "”Silta avataan toukokuussa”, hän sanoo.", "hän"),
        ("es", "«Nadie nos avisó», explicaba ayer el vecino Luis Mora.", "el vecino Luis Mora"),
        ("fr", "« Le quartier a changé », témoigne Léa Morel.", "Léa Morel"),
        ("es", "«Cerramos en mayo», anunció la directora, Elena Vidal, a la prensa.",
         "la directora, Elena Vidal"),
        ("pl", "„Zdążymy” – mówi kierownik budowy Adam Nowicki z firmy Budex.",
         "kierownik budowy Adam Nowicki"),
    ],
)  # fmt: skip
def test_speaker_in_the_language(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed
    assert quote.speaker == speaker
    assert body[quote.speaker_start : quote.speaker_end] == speaker


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("fr", "Selon le préfet Marc Olier, « la route restera fermée ».", "le préfet Marc Olier"),
        ("de", "Laut Sprecher Tim Roth war „niemand in Gefahr“.", "Sprecher Tim Roth"),
        ("ru", "По словам мэра Олега Власова, «мост откроют в мае».", "мэра Олега Власова"),
        ("es", "«No habrá cortes», según la compañía Aguas del Norte.",
         "la compañía Aguas del Norte"),
    ],
)  # fmt: skip
def test_according_to(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


def test_appositive_and_pro_drop():
    body = 'Juru bicara, Rudi Hartono, mengatakan, "Kami menunggu hasil audit."'
    assert find_quotes(body, "id")[0].speaker == "Rudi Hartono"
    body = '"Kami menunggu hasil audit," ujarnya.'
    (quote,) = find_quotes(body, "id")
    assert quote.attributed and quote.speaker is None


def test_short_attributed_quote_is_no_scare_quote():
    body = "„Nein“, sagte Ministerin Clara Hahn knapp."
    (quote,) = find_quotes(body, "de")
    assert quote.attributed and not quote.is_scare and quote.speaker == "Ministerin Clara Hahn"


def test_titles_and_far_verbs_stay_unattributed():
    body = 'Bogen "Havet om natten" af forfatteren Ib Lund fortæller om fiskerne.'
    assert not find_quotes(body, "da")[0].attributed
    body = "Il film «La notte lunga» sarà proiettato sabato."
    assert not find_quotes(body, "it")[0].attributed
    body = "Algunos vecinos hablan de un «desastre», pero el alcalde opina lo contrario."
    assert not find_quotes(body, "es")[0].attributed  # the verb is no speaker's of it


def test_language_codes():
    assert quote_language("no") == "nb"
    assert quote_language("en") is None
    assert quote_language(None) is None
    assert quote_language("ja") is None


def test_english_rules_unchanged_for_english_and_unknown():
    body = '"We will rebuild," said Mayor Ann Cole. The book "Night Harbour" sold well.'
    assert find_quotes(body, "en") == find_quotes(body) == find_quotes(body, "und")


def test_metrics_pass_the_detected_language():
    body = (
        "Der Stadtrat hat am Dienstag lange über den Haushalt für das kommende Jahr "
        "beraten.\n\n„Wir müssen sparen“, sagte Kämmerer Uwe Brandt nach der Sitzung."
    )
    ((statistics, rows, _),) = analyse_articles([("a1", "Blatt", body)])
    assert statistics["language"] == "de"
    assert [(row[8], row[9]) for row in rows] == [(True, "Kämmerer Uwe Brandt")]


def test_a_line_of_many_quotes_stays_linear():
    """A glued page: thousands of quotes in one sentence cost about as much as in English
    (each sentence's cues found once, speakers read within a window)."""
    import time

    n = 1500
    spanish = " ".join(f"«Dato {i}», dijo el alcalde Juan Gil y" for i in range(n))
    english = " ".join(f'"Item {i}," said Mayor John Gill and' for i in range(n))
    started = time.process_time()
    found = find_quotes(spanish, "es")
    spanish_time = time.process_time() - started
    started = time.process_time()
    find_quotes(english)
    english_time = time.process_time() - started
    assert len(found) == n and found[-1].speaker == "el alcalde Juan Gil"
    assert spanish_time < 5 * english_time + 1.0

"""A site named in Cyrillic at a transliterated domain: the <title>'s name is the site's,
not the host's (review h177; issue #10). Made-up sites."""

from __future__ import annotations

import pytest

from analysis.clean.cyrillic_labels import cyrillic_spells_label
from analysis.clean.read import read_page


@pytest.mark.parametrize(
    ("name", "label", "spelled"),
    [
        ("Охридски Бран", "ohridskibran", True),
        ("Вечерние новости", "vecherniyenovosti", True),
        ("Жашкiвськi вiстi", "zhashkivskivisti", False),  # a Latin "i" among the letters
        ("Жашківські вісті", "zhashkivskivisti", True),
        ("Охридски Бран", "ohrid", False),  # part of the name only
        ("Охридски Бран", "ohridskibrannews", False),
        ("Riverside Courier", "riversidecourier", False),  # not Cyrillic: compared elsewhere
        ("Бран", "bran", False),  # a label of four letters or fewer
        # review h362: a word of Latin letters or digits beside the Cyrillic one spells
        # itself; the letters Kazakh, Uzbek, Tajik ... add to the alphabet
        ("N3 Инфо", "n3info", True),
        ("TV Бран", "tvbran", True),
        ("Ертіс таңы", "ertistany", True),
        ("Қала үні", "qalauni", True),
        ("Ҳаёти Ҷануб", "hayotijanub", True),
        ("N3 Инфо", "n3news", False),
    ],
)
def test_a_latin_label_spells_a_cyrillic_name_whole(name, label, spelled):
    assert cyrillic_spells_label(name, label) is spelled


PAGE = """<!DOCTYPE html>
<html lang="mk"><head><meta charset="utf-8">
<title>Нов туристички центар на охридскиот кеј :: Охридски Бран</title>
<link rel="canonical" href="https://ohridskibran.example/vesti/nov-centar">
</head><body>
<h1>Нов туристички центар на охридскиот кеј</h1>
<p>Во Охрид денеска беше отворен нов туристички информативен центар на кејот.</p>
<p>Градоначалникот изјави дека центарот ќе работи секој ден и ќе нуди информации.</p>
<p>Угостителите сметаат дека центарот ќе помогне туристите да се задржат подолго.</p>
</body></html>
"""


def test_the_titles_cyrillic_name_of_the_host_is_the_site_name(tmp_path):
    # trafilatura's last resort names the site by its host ("ohridskibran.example"); the
    # <title>'s part naming that host was found only when spelled in Latin letters
    path = tmp_path / "centar.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_page(path).html.site_name == "Охридски Бран"
    path.write_text(PAGE.replace("ohridskibran", "ohridnews"), encoding="utf-8")
    assert read_page(path).html.site_name == "ohridnews.example"


@pytest.mark.parametrize(
    ("name", "label", "spelled"),
    [
        # Greek, accents off, by the usual romanizations (h387)
        ("Η Καθημερινή", "kathimerini", True),  # the leading article left out
        ("Ελεύθερος Τύπος", "eleftherostypos", True),  # "ευ" as "ef"
        ("Τσακώνικα Νέα", "tsakonika-nea", True),  # a hyphen between the words
        ("Ναυτεμπορική", "naftemporiki", True),
        ("Ο Λόγος", "ologos", True),  # or with the article
        ("Ελεύθερος Τύπος", "kathimerini", False),
        ("Τα Νέα", "tanea2", False),
        ("Вечерние новости", "vecherniye-novosti", True),  # Cyrillic with a hyphen too
    ],
)
def test_a_latin_label_spells_a_greek_name_whole(name, label, spelled):
    assert cyrillic_spells_label(name, label) is spelled

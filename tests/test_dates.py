"""analysis.clean.dates: day and month order, ordinal days, abbreviated month names.

Made-up pages in the languages the function-word lists know; the article's date line
prints a numeric date both orders make a date of (``04/03/2026``).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import dates
from analysis.clean.articles import extract_articles
from analysis.clean.dates import (
    find_date,
    find_date_span,
    find_dates,
    find_published_date,
    is_day_range,
    parse_date,
)
from analysis.clean.header_lines import is_meta_line
from analysis.clean.month_names import month_numbers, month_readings
from analysis.clean.page_date_order import numeric_day_first
from analysis.clean.relative_times import find_relative_time
from analysis.clean.yearless_dates import find_yearless_dates, page_year
from analysis.stopwords import function_word_language

PARAGRAPHS = {
    "en": [
        "The harbour council approved the budget on Tuesday after a debate that lasted "
        "more than six hours in a packed hall on the waterfront.",
        "The opposition criticised the planned cuts to the libraries and said it would ask "
        "for a consultation of the residents of the old town.",
    ],
    "fr": [
        "Le conseil du port a adopté le budget mardi, après un débat de plus de six heures "
        "dans une salle comble sur les quais.",
        "L'opposition a critiqué les coupes dans les bibliothèques et a dit qu'elle "
        "demanderait une consultation des habitants de la vieille ville.",
    ],
    "es": [
        "El consejo del puerto aprobó el presupuesto el martes, después de un debate de más "
        "de seis horas en una sala llena junto a los muelles.",
        "La oposición criticó los recortes en las bibliotecas y dijo que pediría una "
        "consulta a los vecinos del casco antiguo.",
    ],
    "it": [
        "Il consiglio del porto ha approvato il bilancio martedì, dopo un dibattito di più "
        "di sei ore in una sala piena sulle banchine.",
        "L'opposizione ha criticato i tagli alle biblioteche e ha detto che chiederà una "
        "consultazione degli abitanti della città vecchia.",
    ],
    "de": [
        "Der Hafenrat hat den Haushalt am Dienstag beschlossen, nachdem die Debatte in dem "
        "vollen Saal am Kai mehr als sechs Stunden gedauert hatte.",
        "Die Opposition kritisierte die Kürzungen bei den Bibliotheken und sagte, sie werde "
        "eine Befragung der Bewohner der Altstadt verlangen.",
    ],
    "nl": [
        "De havenraad heeft de begroting op dinsdag goedgekeurd, na een debat van meer dan "
        "zes uur in een volle zaal aan de kade.",
        "De oppositie had kritiek op de bezuinigingen op de bibliotheken en zei dat zij een "
        "raadpleging van de bewoners van de oude stad zou vragen.",
    ],
}


def _page(language: str, date_line: str, *, lede: str = "", below: str = "") -> str:
    first, second = PARAGRAPHS[language]
    lines = ["Harbour Post", "Home | News | Sport | Business", ""]
    lines += ["Council approves the harbour budget", "By Jane Smith", date_line, ""]
    lines += [lede + first, "", second, ""]
    if below:
        lines += [below, ""]
    lines += ["© 2026 Harbour Post", ""]
    return "\n".join(lines)


def _published(text: str) -> str | None:
    articles = extract_articles(text, name="made_up.txt")
    assert len(articles) == 1
    return articles["published"][0]


@pytest.mark.parametrize("language", ["fr", "es", "it", "de", "nl"])
@pytest.mark.parametrize("date_line", ["04/03/2026", "4/3/2026", "04-03-2026", "04/03/26"])
def test_a_page_in_a_day_first_language_reads_its_date_day_first(language, date_line):
    # review finding h54 H13: None on every such page, whatever its language
    assert _published(_page(language, date_line)) == "2026-03-04"


def test_an_english_page_with_nothing_to_decide_has_no_date():
    # the United States write 04/03/2026 for April 3, Britain for March 4
    assert _published(_page("en", "04/03/2026")) is None
    assert _published(_page("en", "04/03/2026 2:05 PM")) is None


def test_another_date_of_the_page_decides_the_order():
    # a British page: another date only the day-first order makes a date of
    below = "Last updated 17/03/2026"
    assert _published(_page("en", "04/03/2026", below=below)) == "2026-03-04"
    # an American page
    below = "Last updated 03/17/2026"
    assert _published(_page("en", "04/03/2026", below=below)) == "2026-04-03"
    # two orders on one page decide nothing, even in French
    below = "Mis à jour 17/03/2026, 03/17/2026"
    assert _published(_page("fr", "04/03/2026", below=below)) is None


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        # review h94 M16 / h105: a French site's label over an English (wire) story
        ("Publié le 04/03/2026 à 08:45", "2026-03-04"),
        ("Publicado el 4/3/2026", "2026-03-04"),
        ("Mis à jour le 05/03/2026 | Publié le 04/03/2026", "2026-03-04"),
        # the line's words are English (or none): nothing decides
        ("Published on 04/03/2026", None),
        ("on 04/03/2026", None),
        ("Posted 04/03/2026", None),
        ("04/03/2026", None),
    ],
)
def test_the_date_lines_words_decide_when_the_page_does_not(date_line, published):
    assert _published(_page("en", date_line)) == published


def test_numeric_day_first():
    assert numeric_day_first("Posted 13/03/2026") is True
    assert numeric_day_first("Posted 03/13/2026") is False
    assert numeric_day_first("Posted 13.03.2026 " + PARAGRAPHS["en"][0]) is None  # dots say nothing
    assert numeric_day_first(" ".join(PARAGRAPHS["de"])) is True
    assert numeric_day_first(" ".join(PARAGRAPHS["en"])) is None
    assert numeric_day_first("04/03/2026") is None
    english = " ".join(PARAGRAPHS["en"])
    assert numeric_day_first(english, "Publié le 04/03/2026") is True
    assert numeric_day_first(english, "Published on 04/03/2026") is None
    assert numeric_day_first(english, "le 04/03/2026, on the wire") is None  # a tie with "on"


@pytest.mark.parametrize(
    ("line", "day_first"),
    [
        ("12/3/26, 9:40 AM", False),  # US English's short form (a feed reader's list)
        ("4/3/26, 11:05\u202fPM", False),  # with CLDR's narrow no-break space
        ("4/3/26, 9:40 am", True),  # Australian English's: "am"
        ("04/03/26, 9:40 AM", True),  # padded: not the US short form
        ("4/3/2026, 9:40 AM", True),  # a four-digit year: not the US short form
        # a browser's print stamp over the title: the printing's day, read as before
        ("4/3/26, 9:40 AM          Bus lanes approved | The Example Post", True),
        ("4/3/26, 9:40 AM\tBus lanes approved | The Example Post", True),
    ],
)
def test_a_date_in_us_englishs_short_form_is_month_first_on_any_page(line, day_first):
    # review h245: a NetNewsWire-like timeline of Kirundi stories read 12/3/26 as 12 March
    page = " ".join(PARAGRAPHS["fr"]) + "\n" + line
    assert numeric_day_first(page, line) is day_first


@pytest.mark.parametrize(
    ("date_line", "below", "published"),
    [
        # the weekday the line names: 4 March 2026 is a Wednesday, 3 April a Friday
        ("Wednesday, 04/03/2026", "", "2026-03-04"),
        ("Fri 04/03/2026 10:45", "", "2026-04-03"),
        ("miércoles, 04/03/2026", "", "2026-03-04"),
        ("Sunday, 04/03/2026", "", None),  # neither reading: not this date's weekday
        # both readings on the weekday (3 December and 12 March 2026 are Thursdays): the
        # languages of its name decide when they all write the day first
        ("Thứ Năm, 03/12/2026 10:45 (GMT+7)", "", "2026-12-03"),
        ("jueves, 03/12/2026", "", "2026-12-03"),
        ("Thursday, 03/12/2026", "", None),  # English writes the month first
        # the page's address writes one reading in its path
        (
            "Submitted by Claire Fontaine on Thu, 12/03/2026 - 10:45",
            "Source URL: https://x.example/news/2026/12/03/story-1",
            "2026-12-03",
        ),
        ("on 04/03/2026", "Permalink: https://x.example/2026-04-03-harbour-wall", "2026-04-03"),
        ("on 04/03/2026", "https://x.example/2026/04/03/a https://x.example/2026/03/04/b", None),
        ("Wed, 04/03/2026", "https://x.example/news/2026/04/03/story-1", None),  # they disagree
    ],
)
def test_the_dates_own_day_decides_when_nothing_else_does(date_line, below, published):
    """h123 (issue #10): h70 en_printview_northern_star, h77 vi_bao_mien_tay."""
    assert _published(_page("en", date_line, below=below)) == published


def test_the_order_reads_only_the_dates_both_orders_make():
    text = "04/03/2026, 13/03/2026 and 04.03.2026"
    assert [d.iso for d in find_dates(text)] == ["2026-03-13", "2026-03-04"]
    both = ["2026-03-04", "2026-03-13", "2026-03-04"]
    assert [d.iso for d in find_dates(text, day_first=True)] == both
    month_first = ["2026-04-03", "2026-03-13", "2026-03-04"]
    assert [d.iso for d in find_dates(text, day_first=False)] == month_first


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the first of the month with its ordinal mark (review finding h54 H17)
        ("1er mars 2026", "2026-03-01"),
        ("Publié le 1er avril 2026 à 14h05", "2026-04-01"),
        ("1º marzo 2026", "2026-03-01"),
        ("1° marzo 2026", "2026-03-01"),
        ("1.º de marzo de 2026", "2026-03-01"),
        ("1º de março de 2026", "2026-03-01"),
        # a listed month's name shortened with a dot: its start, or its consonants' start
        ("3. Mär. 2026", "2026-03-03"),
        ("3. Mrz. 2026", "2026-03-03"),
        ("3 févr. 2026", "2026-02-03"),
        ("3 mrt. 2026", "2026-03-03"),
        ("2 juil. 2026", "2026-07-02"),
        ("5 sett. 2026", "2026-09-05"),
        ("3 мар. 2026", "2026-03-03"),
        ("3 jui. 2026", None),  # juin or juillet
        ("3 févr 2026", "2026-02-03"),  # shortened without its dot (h70 J8)
        ("stieg auf 3 Mio. 2026", None),  # no month's start
        ("3 Mrd. 2026", None),
        ("1erx mars 2026", None),
    ],
)
def test_ordinal_days_and_abbreviated_month_names(text, iso):
    assert parse_date(text) == iso


def test_function_word_language():
    for language, paragraphs in PARAGRAPHS.items():
        assert function_word_language(" ".join(paragraphs)) == language
    assert function_word_language("04/03/2026 | Home") is None


CARDS = {
    "fr": [
        (
            "Le conseil adopte le budget du port",
            "Le vote met fin à des mois de débat sur les quais.",
        ),
        ("Le bac reprendra du service au printemps", "Les bateaux circuleront deux fois par jour."),
        (
            "La police enquête sur des cambriolages",
            "Les agents demandent aux habitants de vérifier.",
        ),
        (
            "Le conseil scolaire débattra du vieux gymnase",
            "Une réunion décidera s'il faut le rénover.",
        ),
    ],
    "en": [
        ("Council approves the harbour budget", "The vote ends months of debate on the quays."),
        ("Ferry service to resume in the spring", "Boats will run twice a day from April."),
        (
            "Police investigate a series of break-ins",
            "Officers ask residents to check their sheds.",
        ),
        (
            "School board to discuss the old gymnasium",
            "A meeting will decide whether to repair it.",
        ),
    ],
}


def _listing(language: str, dates: list[str]) -> str:
    lines = ["Harbour Post", "Home | News | Sport | Business", ""]
    for (title, teaser), date in zip(CARDS[language], dates, strict=True):
        lines += [title, date, teaser, ""]
    return "\n".join([*lines, "© 2026 Harbour Post", ""])


def test_a_listings_card_dates_that_read_either_way_are_its_cards_dates():
    # the cards' date lines were no date lines: the page was not split at them
    dates = ["04/03/2026", "03/03/2026", "02/03/2026", "01/03/2026"]
    cards = extract_articles(_listing("fr", dates), name="made_up.txt")
    assert cards["published"].tolist() == ["2026-03-04", "2026-03-03", "2026-03-02", "2026-03-01"]
    # an English page: split as well, dated where the order is known
    cards = extract_articles(_listing("en", dates), name="made_up.txt")
    assert cards["published"].tolist() == [None, "2026-03-03", None, None]
    cards = extract_articles(_listing("en", [*dates[:3], "02/28/2026"]), name="made_up.txt")
    assert cards["published"].tolist() == ["2026-04-03", "2026-03-03", "2026-02-03", "2026-02-28"]


def test_both_dates_of_a_range_are_read():
    text = "Festival 13/03/2026-14/03/2026, 02-03-2026-05-03-2026"
    dates = [d.iso for d in find_dates(text, day_first=True)]
    assert dates == ["2026-03-13", "2026-03-14", "2026-03-02", "2026-03-05"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # month names of languages the date finder did not know (issue #10)
        ("3 مارس 2026", "2026-03-03"),
        ("3 إبريل 2026", "2026-04-03"),
        ("3 آذار 2026", "2026-03-03"),  # the Levantine names
        ("3 كانون الثاني 2026", "2026-01-03"),  # a name of two words
        ("15 تشرين الأول 2025", "2025-10-15"),
        ("3 آب 2025", "2025-08-03"),  # a name of two letters
        ("7 شتنبر 2025", "2025-09-07"),  # the Maghreb's names: Morocco's
        ("\u200f7 غشت 2025\u200f", "2025-08-07"),  # between right-to-left marks
        ("7 جويلية 2025", "2025-07-07"),  # Algeria's and Tunisia's
        ("3 Μαρτίου 2026", "2026-03-03"),
        ("3 Mart 2026", "2026-03-03"),
        ("3 Şubat 2026", "2026-02-03"),
        ("12 października 2025", "2025-10-12"),  # a name of twelve letters
        ("3 Machi 2026", "2026-03-03"),
        ("3 במרץ 2026", "2026-03-03"),
        ("3 березня 2026", "2026-03-03"),
        ("2026. március 3.", "2026-03-03"),  # Hungarian: year, month, day
        ("3 maj 2026", "2026-05-03"),  # Swedish, Danish
        ("3. joulukuuta 2026", "2026-12-03"),  # Finnish
        ("3 decembrie 2026", "2026-12-03"),  # Romanian
        ("3 Ogos 2026", "2026-08-03"),  # Malay
        ("3 desember 2026", "2026-12-03"),  # Norwegian, Indonesian
        ("3 دسامبر 2026", "2026-12-03"),  # Persian, the Gregorian month
        ("3 am 2026", None),
        ("2026. Kapitel 3.", None),
    ],
)
def test_month_names_of_other_languages(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("6. dećembra 2026", "2026-12-06"),  # Istro-Romanian (review h295)
        ("6. tal'vkuud 2026", "2026-12-06"),  # Ludian, the partitive
        ("العيون - 6 دجمبر 2026", "2026-12-06"),  # Hassaniya
        ("6 Kanun Qamoyo 2026", "2026-12-06"),  # Turoyo, two words
        ("6 b-Kanun Qamoyo 2026", "2026-12-06"),  # after "b-" (in)
    ],
)
def test_decembers_of_more_languages(text, iso):
    assert parse_date(text) == iso


def test_every_language_row_names_twelve_months_once():
    numbers = month_numbers()
    assert numbers["كانون الثاني"] == 1 and numbers["δεκεμβρίου"] == 12
    assert all(1 <= n <= 12 for n in numbers.values())
    # a name of two months in two languages is not one month (h99)
    assert month_readings()["listopada"] == {"pl": 11, "hr": 10}
    assert "listopada" not in numbers and numbers["prosinca"] == 12
    with pytest.raises(ValueError, match="names two months"):
        month_readings({"xx": ("a b c d e f g h i j k a",)})


@pytest.mark.parametrize(
    ("text", "languages", "iso"),
    [
        ("3. listopada 2026.", None, None),  # Polish November or Croatian October
        ("3. listopada 2026.", ("hr", "pl"), "2026-10-03"),
        ("3. listopada 2026.", ("en", "pl", "hr"), "2026-11-03"),
        ("3 lis 2026", ("cs",), "2026-11-03"),  # Czech and Polish 11, Croatian 10
        ("3 lis 2026", ("en", "hr"), "2026-10-03"),
        ("3 lis 2026", ("en", "de"), None),  # none of its languages
        ("3. prosinca 2026.", None, "2026-12-03"),  # Croatian genitive: one month
        ("14. siječnja 2026.", None, "2026-01-14"),
    ],
)
def test_a_month_name_two_languages_print_as_two_months(text, languages, iso):
    dates = find_dates(text, languages=languages)
    assert [d.iso for d in dates] == ([iso] if iso else [])


@pytest.mark.parametrize(
    ("text", "languages", "iso"),
    [
        # a shortening only lower-case languages print, printed with a capital (h99)
        ("Tickets: 3 Pro 2026", None, None),
        ("Tickets: 3 Pro 2026", ("en", "cs", "hr"), None),  # an English page
        ("Praha, 3 Pro 2026", ("cs", "en"), "2026-12-03"),
        ("Praha, 3 pro 2026", None, "2026-12-03"),  # as Czech prints it
        ("Jueves, 03 Dic 2026", ("es", "en"), "2026-12-03"),
        ("Madrid - 03 DIC 2026", None, "2026-12-03"),  # all in capitals: a date stamp
        ("Kamis, 03 Des 2026", None, "2026-12-03"),  # Indonesian writes it so
        ("Model 3 Dec 2026", None, "2026-12-03"),  # English
    ],
)
def test_a_lower_case_shortening_printed_with_a_capital(text, languages, iso):
    dates = find_dates(text, languages=languages)
    assert [d.iso for d in dates] == ([iso] if iso else [])


@pytest.mark.parametrize(
    ("language", "date_line", "published"),
    [
        ("es", "Jueves, 03 Dic 2026 - 10:45", "2026-12-03"),
        ("en", "Bundle offer: 3 Pro 2026", None),  # no Czech date on an English page
    ],
)
def test_a_capitalized_shortening_needs_its_page_language(language, date_line, published):
    title = {"es": "El puerto aprueba el presupuesto", "en": "Harbour approves budget"}
    lines = ["Example News", "", title[language], date_line, ""]
    page = "\n".join([*lines, PARAGRAPHS[language][0], "", PARAGRAPHS[language][1], ""])
    assert extract_articles(page, name="made_up.txt")["published"].tolist() == [published]


HR = [
    "Gradsko vijeće je u utorak nakon duge rasprave usvojilo proračun za sljedeću godinu, "
    "a većina vijećnika glasala je za prijedlog.",
    "Oporba je kritizirala planirana smanjenja za knjižnice i najavila da će zatražiti "
    "savjetovanje sa stanovnicima staroga grada.",
]
PL = [
    "Rada miasta przyjęła we wtorek po długiej debacie budżet na przyszły rok, a większość "
    "radnych głosowała za projektem.",
    "Opozycja skrytykowała planowane cięcia w bibliotekach i zapowiedziała, że poprosi o "
    "konsultacje z mieszkańcami starego miasta.",
]


@pytest.mark.parametrize(
    ("masthead", "menu", "date_line", "body", "published"),
    [
        ("Riječki list", "Vijesti  Sport", "Objavljeno: 3. listopada 2026.", HR, "2026-10-03"),
        ("Gazeta Lubelska", "Wiadomości  Sport", "3 listopada 2026, 10:45", PL, "2026-11-03"),
        # a Croatian page's menus and date over a body in English
        ("Riječki list", "Vijesti  Sport  Kultura  Zabava", "3. listopada 2026.",
         PARAGRAPHS["en"], "2026-10-03"),
        ("Riječki list", "Vijesti  Sport  Kultura", "3 lis 2026", HR, "2026-10-03"),
    ],
)  # fmt: skip
def test_a_page_language_decides_a_month_name_of_two_languages(
    masthead, menu, date_line, body, published
):
    """'listopada' is October in Croatian, November in Polish: the page's language says
    which (h86 L7, h99)."""
    lines = [masthead, menu, "", "Vijeće usvojilo proračun za sljedeću godinu", date_line, ""]
    page = "\n".join([*lines, body[0], "", body[1], ""])
    assert extract_articles(page, name="made_up.txt")["published"].tolist() == [published]


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("3月3日 14:05", [(3, 3, None)]),
        ("3월 3일 14:05", [(3, 3, None)]),
        ("发布时间：3月3日 14:05", [(3, 3, "publish")]),
        ("입력 3월 3일 14:05", [(3, 3, "publish")]),
        ("更新 3月4日 09:00 发布 3月3日 14:05", [(3, 4, "update"), (3, 3, "publish")]),
        ("2026年3月3日 14:05", []),  # with its year: a calendar date
        ("3月3日，市议会通过预算", []),  # in a sentence: no label, no clock time
        # review h210: a Japanese aggregator's "delivered" time, the weekday in brackets
        ("12/4(木) 11:02配信", [(12, 4, None)]),
        ("12月4日(木) 11:02配信", [(12, 4, None)]),
        ("12/4 11:02", []),  # no weekday: digits around a slash may be a fraction
        ("12/4(木) 11:02に配信された記事を読んだ", []),  # in a sentence
    ],
)
def test_a_cjk_day_and_month_without_a_year_on_a_date_line(line, dates):
    found = [(d.month, d.day, d.label) for d in find_yearless_dates(line)]
    assert found == dates


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Thursday 3 December", [(12, 3, None)]),
        ("Wed, Nov 18", [(11, 18, None)]),
        ("Wednesday 18 November: carols on the green", []),  # a listing's item
        ("On Wednesday 18 November the council meets", []),  # in a sentence
        ("18 November", []),  # no weekday, no label, no clock time: no date line
    ],
)
def test_a_weekday_before_a_day_and_month_alone_on_the_line_makes_a_date_line(line, dates):
    # a site printing its date line without the year ("Thursday 3 December") and the
    # year in its copyright notice gave no date (review h246)
    found = [(d.month, d.day, d.label) for d in find_yearless_dates(line)]
    assert found == dates


ZH = [
    "市议会周二在经过近三周的长时间讨论后通过了明年的预算案，多数议员投了赞成票。",
    "部分议员反对增加交通预算，但多数议员支持该文件，预算案最终获得批准。",
]


@pytest.mark.parametrize(
    ("date_line", "published", "relative"),
    [
        ("3月3日 14:05", "2026-03-03", None),
        ("发布时间：3月3日 14:05", "2026-03-03", None),
        ("3小时前", None, "3小时前"),
        ("", None, None),  # no date: none guessed
    ],
)
def test_a_chinese_page_dated_without_a_year_or_relatively(date_line, published, relative):
    header = ["江城日报", "", "市议会通过明年预算案", "记者 王小明", date_line, ""]
    page = "\n".join([*header, *ZH, "", "© 2026 江城日报 版权所有", ""])
    articles = extract_articles(page, name="made_up.txt")
    assert articles["published"].tolist() == [published]
    assert articles["relative_time"].tolist() == [relative]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a month's name shortened without its dot, between a day and a year (h70 J8)
        ("03 dic 2026 - 10:45 CET", "2026-12-03"),
        ("Madrid - 03 DIC 2026 - 10:45 CET", "2026-12-03"),
        ("Kamis, 03 Des 2026 10:15 WIB", "2026-12-03"),
        ("03 Okt 2026", "2026-10-03"),
        ("3 set 2026", "2026-09-03"),
        ("3 dez 2026", "2026-12-03"),
        ("3 ene 2026", "2026-01-03"),
        ("3 дек 2026", "2026-12-03"),
        ("3 Ara 2026", "2026-12-03"),
        ("3 janv 2026", "2026-01-03"),
        ("3 jui 2026", None),  # juin or juillet
        ("3 mrt 2026", "2026-03-03"),  # Dutch prints its shortening so (CLDR)
        ("3 mrz 2026", None),  # a name's consonants are read with their dot only
        ("3 mrz. 2026", "2026-03-03"),
        # a start of a name that no language prints as its shortening needs the dot (h99)
        ("the top 10 list 2026", None),  # not Polish "listopada"
        ("3 sett 2026", None),
        ("3 sett. 2026", "2026-09-03"),
        ("3 ledn 2026", None),
        ("3 led 2026", "2026-01-03"),  # Czech
        ("3 velj 2026", "2026-02-03"),  # Croatian
        ("3 dhj 2026", "2026-12-03"),  # Albanian
        ("3 Rhag 2026", "2026-12-03"),  # Welsh
        ("3 сне 2026", "2026-12-03"),  # Belarusian
        ("3 Mio 2026", None),  # the start of no month
        ("3 dic", None),  # no year
        ("el 3 dic 2026", "2026-12-03"),  # after a lower-case word
        # a known shortening only, after a day set off from a capitalized word (h81)
        ("Model 3 Pro 2026", None),  # a product's name and number, not Czech "pro."
        ("S26 Pro 2026", None),  # a day glued to letters
        ("Galaxy 3 Set 2026", None),
        ("Kamis 03 Des 2026", None),
        ("3 Marathon 2026", None),  # no month's start: the English "mar" too
        ("3 Mayors 2026", None),
        ("the top 3 liste 2026", None),  # five letters: a dot shortens them
        ("Model 3 Dec 2026", "2026-12-03"),  # English shortenings as before
        ("3 Sept 2026", "2026-09-03"),
    ],
)
def test_a_month_name_shortened_without_its_dot(text, iso):
    assert parse_date(text) == iso


def test_a_publish_date_label():
    """ "Publish date:" labels the date it precedes as the published one (h78)."""
    line = "Updated: Oct 5, 2018 | Publish date: Oct 4, 2018"
    date, label = find_published_date(line)
    assert (date.iso, label) == ("2018-10-04", "publish")


@pytest.mark.parametrize(
    "line",
    [
        # a participle's feminine, and the forms h120's labels leave out
        "Aggiornata il 5 ottobre 2018 - Pubblicata il 4 ottobre 2018",
        "Actualizada el 5 de octubre de 2018 | Publicada el 4 de octubre de 2018",
        "Opdateret 5. oktober 2018 · Udgivet 4. oktober 2018",
        "Dikemas kini 5 Oktober 2018 | Dipublikasikan 4 Oktober 2018",
        # review h304 (court_decisions_sk): a court's summary prints its decision's date
        # first and the day it was made public after it, the summary's date
        "č. 4/2018 | rozhodnutie zo dňa 2. 10. 2018 | zverejnené 4. 10. 2018",
        "rozsudek ze dne 2. 10. 2018 · zveřejněno 4. 10. 2018",
    ],
)
def test_publish_and_update_words_of_other_languages(line):
    """The publish date of a line that prints its update first (h123)."""
    date, label = find_published_date(line)
    assert (date.iso, label) == ("2018-10-04", "publish")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # digits of other scripts (h70 J8, issue #10)
        ("٣ ديسمبر ٢٠٢٦", "2026-12-03"),  # Arabic-Indic
        ("الخميس ٠٣ ديسمبر ٢٠٢٦ - ١٠:٤٥", "2026-12-03"),
        ("۳ دسامبر ۲۰۲۶", "2026-12-03"),  # Persian
        ("２０２６年１２月３日 １４:０５", "2026-12-03"),  # full width
        ("२०२६-१२-०३", "2026-12-03"),  # Devanagari
    ],
)
def test_a_date_in_the_digits_of_another_script(text, iso):
    assert parse_date(text) == iso
    # one character for one: the span is the date's span in the page
    if iso is not None:
        date = find_dates(text)[0]
        last = text[date.end - 1]
        assert (last.isdecimal() and not last.isascii()) or last == "日"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a year counted in Japan's era or Taiwan's calendar (review h120 R5)
        ("令和8年12月2日 18時05分", "2026-12-02"),
        ("令和8年12月2日(水)", "2026-12-02"),
        ("平成31年4月30日", "2019-04-30"),
        ("令和元年5月1日", "2019-05-01"),  # the era's first year
        ("中華民國115年12月2日", "2026-12-02"),
        ("民國115年12月2日", "2026-12-02"),
        ("令和8年2月30日", None),  # no such day
        # h187: Taiwan's year of three digits without the calendar's name
        ("115年12月3日 下午2:30", "2026-12-03"),
        ("發布時間：115年12月3日", "2026-12-03"),
        ("1115年12月3日", None),  # no such year
        ("創立100年", None),  # no month and day: no date
    ],
)
def test_a_year_of_an_era_is_read_in_the_common_era(text, iso):
    assert parse_date(text) == iso


def test_digits_of_another_script_in_the_notice_and_a_card_date():
    assert page_year("© ٢٠١٨-٢٠٢٦ صحيفة الميناء") == 2026
    yearless = find_yearless_dates("发布时间：１２月３日 １４:０５")
    assert [(d.month, d.day) for d in yearless] == [(12, 3)]
    assert numeric_day_first("١٣/٠٣/٢٠٢٦") is True


@pytest.mark.parametrize(
    ("page", "year"),
    [
        ("Harbour Wire\n\n(c) Harbour Wire Service 2026", 2026),  # review h255
        ("Copyright © Example Ltd 2019-2026.", 2026),
        ("© 2025 Harbour Wire", 2025),
        ("© Photo: Jo Doe, taken in 2019 at the fair", None),  # the year closes no line
    ],
)
def test_a_notice_naming_its_holder_before_the_year_gives_the_year(page, year):
    assert page_year(page) == year


AR = [
    "وافق مجلس الميناء على الميزانية يوم الثلاثاء بعد نقاش استمر أكثر من ست ساعات في قاعة "
    "مزدحمة على الواجهة البحرية.",
    "وانتقدت المعارضة التخفيضات في المكتبات وقالت إنها ستطلب استشارة سكان المدينة القديمة "
    "قبل التصويت النهائي.",
]


@pytest.mark.parametrize(
    ("language", "date_line"),
    [("ar", "الخميس ٠٣ ديسمبر ٢٠٢٦ - ١٠:٤٥"), ("es", "Madrid - 03 DIC 2026 - 10:45 CET")],
)
def test_a_page_dated_so_has_its_date(language, date_line):
    first, second = AR if language == "ar" else PARAGRAPHS[language]
    header = ["Harbour Post", "", "Council approves the harbour budget", date_line, ""]
    page = "\n".join([*header, first, "", second, "", "© 2026 Harbour Post", ""])
    assert _published(page) == "2026-12-03"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the Solar Hijri calendar of Iran's and Afghanistan's pages (issue #10)
        ("۱۲ آذر ۱۴۰۵", "2026-12-03"),
        ("چهارشنبه ۱۲ آذر ماه ۱۴۰۵ - ۱۰:۴۵", "2026-12-03"),
        ("12 آذر 1405", "2026-12-03"),
        ("۱ فروردين ۱۴۰۵", "2026-03-21"),  # the Arabic letter yeh, Nowruz
        ("۱۲ قوس ۱۴۰۵", "2026-12-03"),  # Afghanistan's names
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # the last day of a leap year
        ("۳۰ اسفند ۱۴۰۴", None),  # no such day in a common year
        ("۳۲ آذر ۱۴۰۵", None),
        ("room 12 of 1405", None),
        # Pashto's month names, the year first, "د" (of), the day's ordinal "مه" (h177 F3)
        ("۱۴۰۵ د لیندۍ ۱۲مه", "2026-12-03"),
        ("۱۲مه د لیندۍ ۱۴۰۵", "2026-12-03"),
        ("۱۴۰۵ د غبرګولی ۳مه", "2026-05-24"),
        ("1405 د غبرگولی 3مه", "2026-05-24"),  # the Persian gaf for Pashto's
        ("۱۴۰۵ کال ۱۲", None),  # "year 1405, 12": no month
    ],
)
def test_a_date_of_the_solar_hijri_calendar(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the Buddhist era's year in two digits, beside a clock time or closing the line
        # (review h177 F3)
        ("๓ ธ.ค. ๖๙ เวลา ๐๙:๓๐ น.", "2026-12-03"),
        ("3 ธ.ค. 69 10:15", "2026-12-03"),
        ("๓ ธ.ค. ๖๙", "2026-12-03"),
        ("๓ ธ.ค. ๖๙ คน", None),  # a count after it: no year
        ("3 ธันวาคม 69", None),  # the whole month's name: the short year is not read
    ],
)
def test_a_thai_date_with_a_two_digit_buddhist_year(text, iso):
    assert parse_date(text) == iso


def test_a_persian_page_dated_in_its_calendar():
    fa = [
        "شورای شهر بندر روز سه شنبه پس از بحثی طولانی بودجه سال آینده را تصویب کرد و "
        "اعضای شورا درباره هزینه تعمیر پل قدیمی گفتگو کردند.",
        "مخالفان از کاهش بودجه کتابخانه ها انتقاد کردند و خواستار نظرخواهی از ساکنان "
        "محله های قدیمی شهر شدند.",
    ]
    header = ["روزنامه بندر", "", "شورای شهر بودجه را تصویب کرد", "۱۲ آذر ۱۴۰۵ - ۱۰:۴۵", ""]
    page = "\n".join([*header, fa[0], "", fa[1], "", "© ۲۰۲۶ روزنامه بندر", ""])
    assert _published(page) == "2026-12-03"


@pytest.mark.parametrize(
    "date_line",
    [
        "03 декември 2026, 09:30",  # bg
        "3. децембар 2026.",  # sr, Cyrillic
        "3. decembar 2026.",  # sr, Latin
        "3. prosinac 2026.",  # hr
        "3. decembra 2026 o 9:50",  # sk
        "3. detsember 2026, 11:05",  # et
        "03 دسمبر 2026، 10:30",  # ur
        "3 दिसंबर 2026",  # hi: a vowel sign inside the month's name
        "প্রকাশ: ০৩ ডিসেম্বর ২০২৬, ১০:৪৫",  # bn, its own digits
        "Disember 3, 2026 @ 11:40am",  # ms: the month first
        "டிசம்பர் 03, 2026 10:20 IST",  # ta: the month first
        "3 ธ.ค. 2569 เวลา 10:15 น.",  # th: a shortened month, the Buddhist era's year
        "3 ธันวาคม 2569",
        "3 ธ.ค.2569",
        "2026 m. gruodžio 3 d.",  # lt: year, "m.", month, day, "d."
        "2026. gada 3. decembris, 10:20",  # lv: year, "gada", day, month
        "2026. gada 3. decembrī",
        "Publikované 3. 12. 2026 o 9:50",  # sk, cs, hr, sl: day, month, year, dot and space
        # review finding h94 M3: 28 more languages
        "3 de desembre de 2026",  # ca
        "3 de decembro de 2026",  # gl
        "3 Rhagfyr 2026",  # cy
        "3 Nollaig 2026",  # ga
        "3 dhjetor 2026",  # sq
        "3. decembra 2026",  # sl
        "3 декември 2026",  # mk
        "3 снежня 2026",  # be
        "3 желтоқсан 2026",  # kk
        "3 dekabr 2026",  # az, uz
        "3 դեկտեմբերի 2026",  # hy
        "3 დეკემბერი 2026",  # ka
        "3 डिसेम्बर 2026",  # ne
        "3 डिसेंबर 2026",  # mr
        "3 ડિસેમ્બર 2026",  # gu
        "3 డిసెంబర్ 2026",  # te
        "3 ಡಿಸೆಂಬರ್ 2026",  # kn
        "3 ഡിസംബർ 2026",  # ml
        "3 ਦਸੰਬਰ 2026",  # pa
        "3 ທັນວາ 2026",  # lo
        "ዲሴምበር 3, 2026",  # am
        "3 Disamba 2026",  # ha
        "3 Diseembar 2026",  # so
        "Disyembre 3, 2026",  # tl
    ],
)
def test_more_languages_month_names_are_read(date_line):
    assert parse_date(date_line) == "2026-12-03"


@pytest.mark.parametrize(
    "date_line",
    [
        "2026. 12. 03.",  # hu, ko: year, month and day each closed by a dot and a space
        "2026. 12. 3. 오후 3:12",
        "Közzétéve: 2026. 12. 03., 10:12",
        "| 2026. 12. 03. | Megyei Hírlap |",
    ],
)
def test_a_year_first_date_closed_by_dots_and_spaces_is_read(date_line):
    # review h149 (issue #10): a Hungarian press table's date cells were not read
    assert parse_date(date_line) == "2026-12-03"


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h149 (issue #10): Amharic and Tigrinya pages date by the Ethiopian calendar
        ("ኅዳር 24 ቀን 2019 ዓ.ም.", "2026-12-03"),  # month, day, "ቀን", year, era
        ("ረቡዕ ህዳር 24 ቀን 2019", "2026-12-03"),  # a weekday before, another spelling
        ("ኅዳር 24, 2019", "2026-12-03"),
        ("መስከረም 1 ቀን 2016 ዓ.ም.", "2023-09-12"),  # new year after a leap year's eve
        ("ጳጉሜ 6 ቀን 2015 ዓ.ም.", "2023-09-11"),  # the sixth epagomenal day
        ("ታኅሣሥ 28 ቀን 2016 ዓ.ም.", "2024-01-07"),
    ],
)
def test_ethiopian_calendar_dates_are_read_as_gregorian(date_line, iso):
    assert parse_date(date_line) == iso


def test_an_ethiopian_day_out_of_range_is_no_date():
    assert parse_date("ጳጉሜ 6 ቀን 2016 ዓ.ም.") is None  # 2016 is no year before a leap year
    assert parse_date("ኅዳር 31 ቀን 2019") is None


@pytest.mark.parametrize(
    "text", ["Since 2026. 12 people moved", "2026. 12. 3 people", "2026. 13. 03."]
)
def test_a_year_and_numbers_after_dots_are_no_such_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h102 N5, h94 (issue #10): forms a source confirms (month_names.py)
        ("3 Tesema 2026", "2026-12-03"),  # sm (glibc)
        ("3 Hakihea 2026", "2026-12-03"),  # mi: the months' own names
        ("Te Rāpare, te 3 o Hakihea, 2026", "2026-12-03"),  # mi: "o" (glibc)
        ("3 ga Disamba, 2026", "2026-12-03"),  # ha: "ga" (glibc)
        ("ngày 13 tháng 1 năm 2026", "2026-01-13"),  # vi: "năm" before the year
        ("3 декабри 2026", "2026-12-03"),  # tg: the izofat form
        ("3 декабри соли 2026", "2026-12-03"),
        ("03 Дек 2026", "2026-12-03"),  # tg: CLDR's medium date
        ("2026 ཟླ་12 ཚེས་3", "2026-12-03"),  # bo: words for month and day before them
        ("2026 ལོའི་ཟླ་༡༢ཚེས་3", "2026-12-03"),  # bo: CLDR's medium date
        ("2026-يىلى 12-ئاينىڭ 3-كۈنى", "2026-12-03"),  # ug
        ("2026-يىلى 4-دېكابىر", "2026-12-04"),  # ug: CLDR's long date (review h198)
        ("2026-يىلى 1-ماي", "2026-05-01"),
        ("٣ی کانوونی یەکەمی ٢٠٢٦", "2026-12-03"),  # ckb: "کانوونی"
        ("3 Kanûna Pêşîn 2026", "2026-12-03"),  # ku
        ("30 Çiriya Paşîn 2026", "2026-11-30"),  # ku: the short i (review h312)
        ("12 Çiriya Pêşîn 2026", "2026-10-12"),
        ("ngomhla wama-3 kuDisemba 2026", "2026-12-03"),  # xh: the locative prefix
        ("Mhla ziyi-3 kuZibandlela 2026", "2026-12-03"),  # zu
        # review h187: Xhosa's own names with their prefix, the Georgian genitive
        ("3 EyoMnga 2026", "2026-12-03"),  # xh
        ("Lwesine, 5 eyoKwindla 2026", "2026-03-05"),
        ("ხუთშაბათი, 3 დეკემბრის 2026", "2026-12-03"),  # ka
        ("3 იანვრის 2026", "2026-01-03"),
        ("13 Sam, 2026", "2026-01-13"),  # wo: CLDR's medium date
        ("2026 දෙසැ 3", "2026-12-03"),  # si
        ("2026 ဒီ 3", "2026-12-03"),  # my
        # yo: CLDR's "Oṣù Ọ̀pẹ̀" with tone marks left out, some or all (h94, h109 left)
        ("Oṣù Ọ̀pẹ 3, 2026", "2026-12-03"),
        ("3 Oṣu Ọpẹ 2026", "2026-12-03"),
        ("Oṣù Ọ̀wàra 3, 2026", "2026-10-03"),
        # review h199: a hyphenated ending glued to the day, Breton "a viz", Kazakh
        # "жылғы", the Oromo and Somali papers' spellings
        ("3-nji dekabr 2026 ý. | 10:15", "2026-12-03"),  # tk
        ("3-cü dekabr 2026", "2026-12-03"),  # az
        ("Ĵaŭdon, la 3-an de decembro 2026", "2026-12-03"),  # eo
        ("Khamiis, 3-da Disembar 2026", "2026-12-03"),  # so
        ("Kamisa, Muddee 3, 2026", "2026-12-03"),  # om
        ("D'ar Yaou 3 a viz Kerzu 2026", "2026-12-03"),  # br
        ("2026 жылғы 3 желтоқсан, 10:40", "2026-12-03"),  # kk
        # h208: months the tables lacked (reviews h198, h199)
        ("3 ޑިސެމްބަރު 2026", "2026-12-03"),  # dv, the papers' spelling
        ("3 ޑިސެންބަރ 2026", "2026-12-03"),  # dv, glibc's
        ("Lotulevu, Tiseba 3, 2026", "2026-12-03"),  # fj
        ("Wolemba: Chikondi Banda | 4 Disembala 2026", "2026-12-04"),  # ny, Malawi's papers
        ("Diardaoin, 3 Dùbhlachd 2026", "2026-12-03"),  # gd, bare
        ("Pōʻahā, Kēkēmapa 3, 2026", "2026-12-03"),  # haw, with its kahakō
        ("2026-жылдын 3-декабры, 12:10", "2026-12-03"),  # ky, the possessive
    ],
)
def test_dates_of_more_languages_as_their_sources_print_them(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "3 Zibandlela 2026",  # January in Northern Ndebele, December in Zulu: no page
        "Top 3 now 2026",  # Wolof's "Now" (November) is not taken: an English word
        "Season 3 o 2026",
        "2026 ཟླ་13 ཚེས་3",  # no 13th month
        "Flat 3-B December 2026",  # a capital after the hyphen: a flat, no ending
        "a 3-day December 2026 conference",  # an English compound, no ending
        "a 2-week December 2026 trip",
        "Room 3 - December 2026",  # a spaced dash parts a number from a month
    ],
)
def test_the_new_rows_read_no_date_where_none_is(line):
    assert parse_date(line) is None


@pytest.mark.parametrize("line", ["Model 3, 2026 edition", "Pro 3, 2026", "Dese 3, 2026"])
def test_a_word_before_a_day_is_a_month_only_when_written_whole(line):
    # a month first in another language must be its whole name, not a word it starts with
    assert parse_date(line) is None


@pytest.mark.parametrize("line", ["Posted Nov ١٨, ٨:١٩ PM", "Posted Nov １８", "Posted Nov 18"])
def test_a_yearless_date_in_any_scripts_digits_is_found(line):
    # the digits of every script are digits (a line without one has no such date)
    (date,) = find_yearless_dates(line)
    assert (date.month, date.day, date.label) == (11, 18, "publish")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the CLDR's long, full and medium dates (issue #10): year first
        ("2026ko martxoaren 14a, 10:30", "2026-03-14"),  # eu: glued "ko", "ren", "a"
        ("2026(e)ko martxoaren 14(a)", "2026-03-14"),  # eu: CLDR's optional letters
        ("၂၀၂၆ ဇန်နဝါရီ ၁၃", "2026-01-13"),  # my, its own digits
        ("2026, മാർച്ച് 14", "2026-03-14"),  # ml
        ("2026 թ. մարտի 14, 09:00", "2026-03-14"),  # hy: a particle after the year
        ("2026 ж. 14 наурыз", "2026-03-14"),  # kk: year, particle, day, month
        # particles, separators and marks between the parts
        ("14 ta’ Marzu 2026, 09:50", "2026-03-14"),  # mt
        ("14 ta' Marzu 2026", "2026-03-14"),  # mt: the apostrophe as typed
        ("14 de març del 2026", "2026-03-14"),  # ca
        ("14-mart, 2026", "2026-03-14"),  # uz: a dash after the day
        ("14 مارچ، 2026", "2026-03-14"),  # ur: the Arabic comma
        ("ဇန်နဝါရီ ၁၃၊ ၂၀၂၆", "2026-01-13"),  # my: the Myanmar comma
        ("14-Mar-2026", "2026-03-14"),  # so: dashes around a shortening
        ("14 दिस॰ 2026", "2026-12-14"),  # hi: the abbreviation sign
        ("14 בדצמ׳ 2026", "2026-12-14"),  # he: the geresh
        ("ಡಿಸೆಂ 14, 2026", "2026-12-14"),  # kn: a shortening of a script without case
        # month names of languages without a hand row, from the CLDR
        ("14. febrúar 2026", "2026-02-14"),  # is
        ("ᎥᏍᎩᏱ 14, 2026", "2026-12-14"),  # chr: the month first
        ("14 Kekemapa 2026", "2026-12-14"),  # haw
        ("ጥሪ 13, 2026", "2026-01-13"),  # ti: two syllables, a script without case
        ("Thứ Ba, 13 tháng 1, 2026", "2026-01-13"),  # vi: the word for month, its number
        ("13 มกราคม ค.ศ. 2026", "2026-01-13"),  # th: the common era's mark
        ("3 ธ.ค. พ.ศ. 2569", "2026-12-03"),  # th: the Buddhist era's
    ],
)
def test_dates_as_the_cldr_prints_them(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "by 2026 may 30 percent of the budget",  # English prints no year first
        "Season 2026 Pro 3 tickets",  # a capitalized shortening is no month after a year
        "14 out of 2026 candidates",
        "Issue 3 - May 2026",  # a spaced dash parts a number from a month
        "Vol. 3 - Mayo 2026",
    ],
)
def test_a_year_before_words_is_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Season 2025, 3 March 2026",
        "de 2025 a 3 de março de 2026",  # a range's first year, then the date
        "Budget 2025 Mayo 3, 2026",
    ],
)
def test_a_date_after_a_year_is_the_date(text):
    assert parse_date(text) == "2026-" + ("05" if "Mayo" in text else "03") + "-03"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("02.12.26", "2026-12-02"),
        ("2.12.26 14:05", "2026-12-02"),
        ("Aktualisiert am 2.12.26 um 14:05 Uhr", "2026-12-02"),
        ("Stand: 02.12.26, 14:05", "2026-12-02"),
    ],
)
def test_a_two_digit_year_after_dots_is_read_day_first(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Version 3.1.26 is out",  # neither two-digit day and month nor a clock time
        "Upgrade to 2.12.26 now",
        "v02.12.26",
        "192.168.1.26",
        "1.02.12.26",
        "Opening Bell 11.18.19",  # day first only: a headline's number, no date
    ],
)
def test_a_version_number_is_no_dotted_date(text):
    assert parse_date(text) is None


def test_an_article_dated_by_a_dotted_two_digit_year_and_its_clock_time():
    page = "\n\n".join(
        ["Stadtrat beschließt neuen Radweg am Hafen", "2.12.26 14:05", *_GERMAN_STORY]
    )
    assert extract_articles(page + "\n", "radweg.txt").iloc[0]["published"] == "2026-12-02"


_GERMAN_STORY = [
    "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs entlang "
    "des Hafens beschlossen. Die Arbeiten sollen im Frühjahr beginnen.",
    "Die Kosten von rund zwei Millionen Euro teilen sich Stadt und Land. Anwohner hatten "
    "seit Jahren eine sichere Verbindung gefordert.",
    "Die Opposition kritisierte, dass die Parkplätze an der Uferstraße wegfallen. Der "
    "Bürgermeister versprach Ersatz in einem neuen Parkhaus.",
]


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Updated Nov. 18, 2026 at 9:12 a.m. | Published Nov. 16, 2026 at 6:00 p.m.", "2026-11-16"),
        (
            "Publié le 3 décembre 2026 à 10h15, mis à jour le 4 décembre 2026 à 18h02",
            "2026-12-03",
        ),
    ],
)
def test_a_date_line_of_two_labelled_entries_dates_the_story(date_line, published):
    # a published and an updated entry with their clock times make a line longer than a
    # date line's words: the body detector takes it in with the story's text, and it is
    # still the story's date line
    text = "\n".join(
        [
            "Marina expansion approved over the neighbors' objections",
            "",
            "By Helena Brooks",
            date_line,
            "",
            "The county zoning board approved a plan on Monday to add 120 boat slips and a "
            "fuel dock to the marina at Sandy Point, despite objections from neighbors.",
            "",
            "The marina's owner said demand for slips had outstripped supply for years, with "
            "a waiting list of more than 300 boat owners.",
        ]
    )
    assert extract_articles(text, "marina.txt").iloc[0]["published"] == published


def test_a_sentence_with_one_date_is_no_date_line():
    line = (
        "The county zoning board approved the plan on Monday, Nov. 16, 2026, after a "
        "hearing that lasted late into the evening."
    )
    assert not is_meta_line(line)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # review h136 F4: an English day written in words
        ("Published on the fourth of March, 2026", "2026-03-04"),
        ("the twenty-first of June 2026", "2026-06-21"),
        ("The Thirty First of May, 2025", "2025-05-31"),
        ("on the twelfth day of October, 2026", "2026-10-12"),
        ("the first of many, 2026", None),  # no month
        ("the fortieth of March, 2026", None),  # no day
        ("the thirtieth of February, 2026", None),  # no such day
    ],
)
def test_a_day_written_in_words(text, iso):
    assert parse_date(text) == iso


def test_a_burmese_date_with_the_word_for_year_after_the_year():
    # review h162: "ခုနှစ်" (year) between the year and the month, as Myanmar's papers print
    assert parse_date("၂၀၂၆ ခုနှစ် ဒီဇင်ဘာ ၃ ရက်") == "2026-12-03"
    assert parse_date("၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာ ၃ ရက်") == "2026-12-03"


def test_a_page_dated_in_words_gets_its_date():
    lines = [
        "Harbour Notes",
        "",
        "Stone bridge over the creek to reopen after repairs",
        "",
        "By Ana Lim",
        "",
        "Published on the fourth of March, 2026",
        "",
        "The narrow stone bridge over the creek will reopen to traffic on Monday, two "
        "years after an inspection found cracks in two of its arches.",
    ]
    (published,) = extract_articles("\n".join(lines), name="made_up.txt")["published"]
    assert published == "2026-03-04"


def test_a_month_first_range_of_days_is_read_as_a_date_line_but_no_pages_date():
    # review h136 F2: a kicker naming an event's days was taken for the headline (no date
    # read in it), the headline for its deck
    line = "LANTERN FESTIVAL · JUNE 12–15, 2026"
    (date,) = find_dates(line)
    assert (date.iso, line[date.start : date.end]) == ("2026-06-12", "JUNE 12–15, 2026")
    assert is_meta_line(line) and is_day_range(line, date)
    assert not is_day_range("June 12, 2026", find_dates("June 12, 2026")[0])
    assert not is_day_range("2026-06-12", find_dates("2026-06-12")[0])
    lines = [
        "Harbour Notes",
        "",
        line,
        "",
        "Lantern festival returns to the harbor with a bigger parade",
        "",
        "By Ana Lim",
        "May 28, 2026",
        "",
        "After a year off for repairs, the harbor lantern festival will return next month "
        "with a parade route twice as long as before and a new night market.",
    ]
    (row,) = extract_articles("\n".join(lines), name="made_up.txt").to_dict("records")
    assert row["title"] == lines[4]
    assert row["published"] == "2026-05-28"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # review h142 (tenth round): a site's interface printing the medium form "MMM d, y"
        # with its language's shortenings (a blogging platform's cards in Swahili)
        ("Des 1, 2026 · dakika 6 za kusoma", "2026-12-01"),
        ("Okt 27, 2026", "2026-10-27"),
        ("Dez 1, 2026", "2026-12-01"),
        ("Nov 27, 2026", "2026-11-27"),  # English, as before
        # a shortening that is a word, after a capitalized word: a name and a number
        ("Galaxy Pro 3, 2026", None),
        ("Model Set 3, 2026", None),
        ("Des 1 2026", None),  # no comma: not the medium form
    ],
)
def test_a_months_shortening_before_the_day_in_the_medium_form_is_a_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # review h162: the month, then the day in words (US English)
        ("Thursday, December third, 2026", "2026-12-03"),
        ("December the twenty-first, 2026", "2026-12-21"),
        ("February thirtieth, 2026", None),  # no such day
        # Mongolian: the month's number as an ordinal, "сарын" (of the month)
        ("2026 оны 12-р сарын 03", "2026-12-03"),
        ("2026 оны 12 дугаар сарын 3", "2026-12-03"),
        ("03 12-р сар 2026", "2026-12-03"),  # a badge's day, month and year (card_badges)
        ("3 12 дугаар сар 2026", "2026-12-03"),
        # Khmer: "ទី" day, "ខែ" month's name, "ឆ្នាំ" year (Khmer digits)
        ("ថ្ងៃព្រហស្បតិ៍ ទី៣ ខែធ្នូ ឆ្នាំ២០២៦", "2026-12-03"),
        ("ទី 3 ខែ មករា ឆ្នាំ 2026", "2026-01-03"),
    ],
)
def test_dates_written_out_in_english_mongolian_and_khmer(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Ažurirano pre 12 minuta",
        "prije 3 sata",
        "Ажурирано пре 4 мин",
        "преди 2 часа",
        "pirms 2 stundām",
        "5 minutit tagasi",
        "prieš 2 val.",  # Lithuanian (h208)
        "prieš 3 dienas",
    ],
)
def test_a_relative_time_in_serbian_croatian_bulgarian_latvian_and_estonian(line):
    assert find_relative_time(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "上海将新增三条地铁线路，2030年前全部建成",  # "before 2030", no "2030 years ago"
        "東京都、2028年前後に新路線",
        "서울시, 2030년 전 완공 목표",
    ],
)
def test_a_year_before_a_cjk_ago_unit_is_no_relative_time(line):
    assert find_relative_time(line) is None
    assert find_relative_time("3年前") == (0, 3)
    assert find_relative_time("2시간 전 · 서울") == (0, 5)


@pytest.mark.parametrize("line", ["The pre 12 season squad", "Prepare 3 eggs"])
def test_pre_before_a_number_and_no_unit_of_time_is_no_relative_time(line):
    assert find_relative_time(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "12 мянга үзсэн · 2 өдрийн өмнө",  # Mongolian: "views · 2 days ago" (review h186)
        "3 сағат бұрын",  # Kazakh
        "2 гадзіны таму",  # Belarusian
        "2 დღის წინ",  # Georgian
        "2 օր առաջ",  # Armenian
    ],
)
def test_a_relative_time_in_mongolian_kazakh_belarusian_georgian_and_armenian(line):
    assert find_relative_time(line) is not None


@pytest.mark.parametrize("line", ["Тэр 2 жилийн өмнөх явдал", "Ён прыйшоў таму"])
def test_an_ago_word_not_after_a_number_and_its_unit_is_no_relative_time(line):
    assert find_relative_time(line) is None


def test_an_ethiopian_date_with_its_era_mark_is_not_read_as_tigrinyas_gregorian_month():
    # Tigrinya's Gregorian "ሕዳር" (November) is the Ethiopian calendar's third month too:
    # "ሕዳር 24 2019 ዓ.ም." was read as 2019-11-24; the era's mark "ዓ.ም." says the calendar
    # (review h177)
    assert [d.iso for d in find_dates("ሕዳር 24 2019 ዓ.ም.")] == ["2026-12-03"]
    assert [d.iso for d in find_dates("ጸሓፊ፡ ሃይለ\nሕዳር 24 2019 ዓ.ም.\n")] == ["2026-12-03"]
    assert find_date("ሕዳር 24 2019 ዓ.ም.").iso == "2026-12-03"


def test_a_shortened_month_after_a_capitalized_date_label_is_read():
    # "Diterbitkan 3 Dis 2026" (Malay "Published"): a dotless shortening after a
    # capitalized word was refused as a product's name ("Model 3 Pro 2026"); a date's
    # own label sets the day off (review h177)
    assert [d.iso for d in find_dates("Diterbitkan 3 Dis 2026, 9:15 pagi")] == ["2026-12-03"]
    assert [d.iso for d in find_dates("Diterbitkan 3 Des 2026")] == ["2026-12-03"]
    assert find_dates("Model 3 Pro 2026") == []


def test_a_slashed_roc_year_is_read_on_a_chinese_page_only():
    # review h187 (held out zh): Taiwan's papers print "115/12/03" (ROC 115 = 2026)
    assert [d.iso for d in find_dates("115/12/03 14:20", languages=("zh", "ja"))] == ["2026-12-03"]
    assert find_dates("115/12/03", languages=("en", "zh")) == []
    assert parse_date("115/12/03") is None
    page = (
        "東岸新聞網\n\n花蓮漁港新冷凍庫啟用　漁民不必再連夜運魚\n\n115/12/03 14:20\n\n"
        "花蓮縣政府興建的漁港冷凍庫今天正式啟用，可同時存放約八百公噸漁獲。\n\n"
        "漁民表示，過去必須連夜把漁獲運到台東，現在可以就近存放。\n"
    )
    assert extract_articles(page, name="made_up.txt").iloc[0]["published"] == "2026-12-03"
    # a count so written in a line of an English page is no date, nor a date line
    english = (
        "League table: the points after round 115/12/03\n\nThe club won again on Saturday,"
        " its fifth win in a row, and now leads the table by three points.\n"
    )
    row = extract_articles(english, name="made_up.txt").iloc[0]
    assert row["published"] is None
    assert row["title"] == "League table: the points after round 115/12/03"


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h211: "de" elided before a month opening with a vowel, as the pages of
        # these languages type it (a straight or a curly apostrophe)
        ("Publicat el 3 d'octubre de 2026, a les 10:15", "2026-10-03"),  # ca
        ("Dijous, 3 d’abril de 2026", "2026-04-03"),  # ca
        ("Xueves, 3 d'avientu de 2026", "2026-12-03"),  # ast
        ("3 d'agost de 2026", "2026-08-03"),  # oc
    ],
)
def test_the_elided_of_before_a_month(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize("line", ["3 d'Alembert 2026", "Room 3 d'entrée 2026"])
def test_an_elided_of_before_no_month_is_no_date(line):
    assert parse_date(line) is None


@pytest.mark.parametrize(
    ("page", "line"),
    [
        # review h211: function words of no listed language; the classifier's likeliest
        # language writes the day first (Galician, Gujarati)
        (
            "Ourense estrea un novo parque fluvial\nPublicado: 03/12/2026 18:40\n"
            "Ourense estreou este xoves un novo parque fluvial á beira do Miño. O parque ten "
            "dous quilómetros de paseo e o concello di que plantou mil árbores novas.",
            "Publicado: 03/12/2026 18:40",
        ),
        (
            "અમદાવાદમાં નવો ફ્લાયઓવર ખુલ્લો મુકાયો\n03/12/2026\nઅમદાવાદમાં આજે નવો ફ્લાયઓવર "
            "ખુલ્લો મુકાયો. તેની લંબાઈ એક કિલોમીટર છે. મહાનગરપાલિકાએ કહ્યું કે તેનાથી ટ્રાફિક ઓછો થશે.",
            "03/12/2026",
        ),
    ],
)
def test_the_likeliest_language_of_a_page_orders_its_numeric_date(page, line):
    assert numeric_day_first(page, line) is True


def test_a_page_too_short_to_guess_its_language_leaves_the_order_open():
    assert numeric_day_first("નવો ફ્લાયઓવર 03/12/2026", "03/12/2026") is None


def test_a_language_writing_the_year_first_leaves_the_order_open():
    # Northern Sami's CLDR short date is 2026-12-03: a slashed date is not its own
    page = (
        "Kárášjohkii ođđa girjerájus\n03/12/2026\nKárášjogas rahpui odne ođđa girjerájus. "
        "Das leat badjel logi duhát girjji. Suohkan dadjá ahte girjerájus lea rabas juohke "
        "beaivve, ja olbmot leat ilus ođđa visttis."
    )
    assert numeric_day_first(page, "03/12/2026") is None


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h211: the words these languages print between a date's parts, Bashkir's
        # possessive and Northern Sami's genitive months
        ("2026 йылдың 3 декабре, кесаҙна", "2026-12-03"),  # ba
        ("2026 ҫулхи раштав уйӑхӗн 3-мӗшӗ", "2026-12-03"),  # cv
        ("Ахсынньы 3 күнэ, 2026 сыл", "2026-12-03"),  # sah
        ("Duorastat juovlamánu 3. beaivve 2026", "2026-12-03"),  # se
        ("3. juovlamánu 2026", "2026-12-03"),  # se
    ],
)
def test_date_words_and_forms_of_more_languages(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Ayamarq'a killa 14, 2025", "2025-11-14"),
        ("Llaqta, 9 kantaray killa 2026", "2026-10-09"),
        ("5 tarpuy killa 2024", "2024-09-05"),  # September's second name
        ("3 tisiyimri 2026", "2026-12-03"),  # glibc quz_PE's loan spelling
    ],
)
def test_quechua_month_names_are_read(text, iso):
    """h419: CLDR's Quechua months are the Spanish names; the months' own names (three
    words with 'killa', month) and the loan spellings of glibc's quz_PE are hand rows."""
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("3 Mee ny Nollick 2026", "2026-12-03"),  # Manx December: a name of three words
        ("Jeheiney, 13 Mee ny Nollick 2025", "2025-12-13"),
        ("3 Mee Houney 2026", "2026-11-03"),  # its November, two words: read before too
    ],
)
def test_a_month_name_of_three_words_is_read(text, iso):
    """h211: CLDR's Manx December "Mee ny Nollick" (its generator takes names of one or
    two words; the hand row adds it)."""
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h211 (issue #10): Nepali pages date by the Bikram Sambat calendar only
        ("२०८३ मंसिर १७ गते, बिहीबार", "2026-12-03"),  # year, month, day, "गते"
        ("प्रकाशित : शुक्रबार, पुस ३, २०८३", "2026-12-18"),  # month, day, year
        ("१ बैशाख २०८२", "2025-04-14"),  # day, month, year: the new year
        ("Updated 2081 Baisakh: १ वैशाख २०८१", "2024-04-13"),  # another spelling
    ],
)
def test_bikram_sambat_dates_are_read_as_gregorian(date_line, iso):
    assert parse_date(date_line) == iso


def test_no_bikram_sambat_date_without_its_month_or_year():
    assert parse_date("पुस्तक १७, २०८३") is None  # a word holding a month's letters
    assert parse_date("मंसिर ३२, २०८३") is None  # past the month's end
    assert parse_date("माघ १७, २०२६") is None  # a Gregorian year is none of the calendar's


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h231: languages CLDR has no months of, spellings beside CLDR's and the
        # words these languages print between a date's parts (made-up date lines)
        ("Lachisanu, 9 सितम्बर 2025", "2025-09-09"),  # Hindi's nasal-and-virama spelling
        ("१४ नवम्बर २०२५", "2025-11-14"),
        ("12 Wambeṛ 2025", None),  # no month: a made-up word stays no date
        ("7 Nunembeṛ 2025", "2025-11-07"),  # Kabyle, CLDR's spelling
        ("7 Dujembeṛ 2025", "2025-12-07"),  # Kabyle, "ǧ" written "j"
        ("14. nazymnika 2025", "2025-11-14"),  # Upper Sorbian's own November
        ("9 séwnika 2025", "2025-09-09"),  # Kashubian September
        ("2025 ар, шуркынмон 14", "2025-11-14"),  # Udmurt, "ар" (year) first
        ("2025. goda 14. novembra", "2025-11-14"),  # Latgalian "goda"
        ("14 di nôvimbe 2025", "2025-11-14"),  # Walloon
        ("14 novenbre 2025", "2025-11-14"),  # Venetian
        ("14 de Nobembre de 2025", "2025-11-14"),  # Mirandese
        ("14 no Novema 2025", "2025-11-14"),  # Tahitian, "no" (of)
        ("Nobiembre 14, 2025", "2025-11-14"),  # Chamorro, Ilocano
        ("ᓄᕕᒻᐳᕆ 14, 2025", "2025-11-14"),  # Inuktitut, the papers' spelling
        ("2025 оной ноябриин 14", "2025-11-14"),  # Buryat, "оной" (of the year)
        ("2025 шеран 14 ноябрь", "2025-11-14"),  # Chechen, "шеран" (of the year)
        ("2025 чылдың ноябрь 14", "2025-11-14"),  # Tuvan "чылдың" (of the year)
    ],
)
def test_month_rows_and_date_words_of_review_h231(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h246: languages CLDR has no months of (or not in the form a date prints)
        # and the words they print between a date's parts (made-up date lines)
        ("14. новембра 2025.", "2025-11-14"),  # Serbian's genitive after the day
        ("14. novembra 2025.", "2025-11-14"),
        ("Nowanburukalo tile 14, 2025", "2025-11-14"),  # Bambara, "tile" (day)
        ("14 de Novembre 2025", "2025-11-14"),  # Judeo-Spanish
        ("14 dë novèmber 2025", "2025-11-14"),  # Piedmontese, "dë" (of)
        ("14 'e nuvembre 2025", "2025-11-14"),  # Neapolitan, elided "'e" (of)
        ("14. kylmykuudu 2025", "2025-11-14"),  # Livvi Karelian, partitive
        ("Щэкӏуэгъуэм и 14, 2025", "2025-11-14"),  # Kabardian, "и" (its) before the day
        ("Сундерьковонь 14-це чи, 2025 ие", "2025-11-14"),  # Erzya, the day's ordinal
        ("2025 ий, кылме тылзын 14-ше кечыже", "2025-11-14"),  # Meadow Mari, two words
        ("skammâmáánu 14. peeivi 2025", "2025-11-14"),  # Inari Sami, "peeivi" (day)
        ("14 Nohprah 2025", "2025-11-14"),  # Khasi
        ("Níłchʼitsʼósí 14, 2025", "2025-11-14"),  # Navajo
        ("Nobiembri 14, 2025", "2025-11-14"),  # Kapampangan
        ("14 ti' noviembre 2025", "2025-11-14"),  # Yucatec Maya "ti'" (of)
        ("Tarik 14 Dwe mar Apar gi Achiel 2025", "2025-11-14"),  # Dholuo, five words
        ("Tarik 14 Dwe mar Apar 2025", "2025-10-14"),  # its October, the name's start
        ("2025 nî 11 goe̍h 14 ji̍t", "2025-11-14"),  # Taiwanese Hokkien, Pe̍h-ōe-jī
        ("2025 nî 11 gue̍h 14 ji̍t", "2025-11-14"),  # Tâi-lô
        ("2025 nî 11 goe̍h", None),  # no day
        ("5 чи 6 грудня 2025", "2025-12-06"),  # Ukrainian "чи" (or) is no part of it
        ("l'14 d'novimbe 2025", "2025-11-14"),  # Picard (after the held-out pages)
    ],
)
def test_month_rows_and_date_words_of_review_h246(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # h259: the month rows review h246's pages showed missing (made-up date lines)
        ("14 noyabri 2025", "2025-11-14"),  # Gagauz, its names from Russian
        ("Avgust 14, 2025", "2025-08-14"),
        ("14 sentäbri 2025", "2025-09-14"),
        ("14 Mweri wa Ikũmi na Ũmwe 2025", "2025-11-14"),  # Kikuyu, "month of ten and one"
        ("14 Mwere wa kerĩ 2025", "2025-02-14"),  # CLDR's spelling
        ("14 mweri wa ikũmi 2025", "2025-10-14"),  # its October, the name's start
        ("Mhla ka-14 uLwezi 2025", "2025-11-14"),  # Northern Ndebele, the noun prefix
        ("14 uMpalakazi 2025", "2025-12-14"),
        ("14 uNcwaba 2025", "2025-08-14"),  # Zulu's names take the prefix as well
        ("14 uZibandlela 2025", None),  # January in Ndebele, December in Zulu: no language
    ],
)
def test_month_rows_of_h259(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h255's languages (made-up date lines)
        ("14 ქირსეთუთა, 2025", "2025-12-14"),  # Mingrelian's December
        ("Шэкӏогъум и 14, 2025", "2025-11-14"),  # Adyghe, oblique case and "и"
        ("14 абустол ай, 2025 жыл", "2025-12-14"),  # Karachay-Balkar's December
        ("ꯅꯣꯚꯦꯝꯕꯔ ꯱꯴, ꯲꯰꯲꯵", "2025-11-14"),  # Manipuri, Meitei Mayek and its digits
        ("႑႔ ၼူဝ်ႇဝႅမ်ႇပႃႇ ႒႐႒႕", "2025-11-14"),  # Shan, its digits
        ("14. Novemba 2025", "2025-11-14"),  # Bavarian
        ("Sàbat 14 ed novèmber 2025", "2025-11-14"),  # Emilian "ed" (of)
        ("lo 14 de novembro 2025", "2025-11-14"),  # Arpitan
        ("14 di Brumar 2025", "2025-11-14"),  # Aromanian
        ("14. godownika 2025", "2025-12-14"),  # Lower Sorbian's December, genitive
        ("14 Dhesember 2025", "2025-12-14"),  # Madurese
        ("Nobōmba 14, 2025", "2025-11-14"),  # Marshallese
        ("14 Novema 2025", "2025-11-14"),  # Niuean (Tahitian's too)
        ("14 Nowaambar 2025", "2025-11-14"),  # Pular
        ("Waníčhokaŋ Wí 14, 2025", "2025-12-14"),  # Lakota, another band's December
        ("2025 ngièn 11 ngie̍t 14 ngit", "2025-11-14"),  # Hakka, Pha̍k-fa-sṳ
        ("2025 nienz 11 nyied 14 hauh", "2025-11-14"),  # Zhuang
        ("2025 nienz 11 nyied", None),  # no day
        ("Jeudi 14 d'Dézembre 2025", "2025-12-14"),  # Jèrriais (after the held-out pages)
    ],
)
def test_month_rows_and_date_words_of_review_h255(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h263's languages (made-up date lines)
        ("14 декабрдиз, 2025 йис", "2025-12-14"),  # Lezgian, the dative
        ("14. kül'mkud 2025", "2025-11-14"),  # Veps, the partitive after the day
        ("Kül'mku 14, 2025", "2025-11-14"),  # Veps, the nominative
        ("14 de noviembri de 2025", "2025-11-14"),  # Extremaduran
        ("Novemba 14, 2025", "2025-11-14"),  # Jamaican Patois
        ("Noema 14, 2025", "2025-11-14"),  # Cook Islands Māori
        ("14 Nobembwa 2025", "2025-11-14"),  # Gilbertese
        ("14 Okwaikumi na Kumwe 2025", "2025-11-14"),  # Runyankore, three words
        ("Asibiti, Nɔvɛmba 14, 2025", "2025-11-14"),  # Dagbani
        ("vandrédi 14 novanm 2025", "2025-11-14"),  # Guianese Creole
        ("Siqiññaatchiaq 14, 2025", "2025-12-14"),  # Iñupiaq's December
        ("Kenténha 14, 2025", "2025-10-14"),  # Mohawk's October
        ("၁၄ ဒံၣ်ဇ့ၣ်ဘၢၣ် ၂၀၂၅", "2025-12-14"),  # S'gaw Karen, Myanmar digits
        ("2025 шера 14 ноябрь", "2025-11-14"),  # Ingush "шера" (of the year)
        ("Arzũma, 14 novãmbre 2025", "2025-11-14"),  # Mooré (after the held-out pages)
    ],
)
def test_month_rows_and_date_words_of_review_h263(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h271's languages (made-up date lines)
        ("marraskuun 14. päivä 2025", "2025-11-14"),  # Karelian, genitive and "päivä"
        ("2025 јылдыҥ 14 ноябрь", "2025-11-14"),  # Southern Altai "of the year"
        ("2025 җилин үкр сарин 14", "2025-11-14"),  # Kalmyk, the ox month's genitive
        ("Үкр сар 14, 2025", "2025-11-14"),  # Kalmyk, nominative, two words
        ("14. skammmään 2025", "2025-11-14"),  # Skolt Sami
        ("Freidich, 14. Novembr 2025", "2025-11-14"),  # Swabian
        ("Azǎn 14 Dɛsɛnbu 2025", "2025-12-14"),  # Fon, "azǎn" (day) before it
        ("Ɖisɛmba 14, 2025", "2025-12-14"),  # Kabiyè
        ("14 Dwe me Apar wie Acel 2025", "2025-11-14"),  # Acholi, four words
        ("Tuʻapulelulu 14 Novepeli 2025", "2025-11-14"),  # Wallisian
        ("14 Gağand 2025", "2025-12-14"),  # Zazaki
        ("Cauyarvik 14, 2025", "2025-12-14"),  # Central Yup'ik
        ("၁၄ ဒဳဇြေန်ဗါ ၂၀၂၅", "2025-12-14"),  # Mon, Myanmar digits
        ("14 yuʼun noviembre 2025", "2025-11-14"),  # Tzotzil "of"
        ("14 stiʼ noviembre 2025", "2025-11-14"),  # Isthmus Zapotec "of"
        ("2025 ning, Shata 11, 14 ya", "2025-11-14"),  # Jingpho year, month, day words
        ("2025 ning, Shata 11", None),  # no day
        ("᥇᥋ ᤍᤡᤛᤣᤶᤒᤠᤷ ᥈᥆᥈᥋", "2025-12-15"),  # Limbu's December, Limbu digits
        # after review h271's held-out pages
        ("Nopempa 14, 2025", "2025-11-14"),  # Chuukese
        ("Mawɛ 14, 2025", "2025-12-14"),  # Ga's December
        ("2025 m. groudė 14 d.", "2025-12-14"),  # Samogitian's December, genitive
    ],
)
def test_month_rows_and_date_words_of_review_h271(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h279's languages (made-up date lines)
        ("2025 a mihecaan 11 a folad 14 a romi'ad", "2025-11-14"),  # Amis year/moon/day
        ("2025 kawas 11 byacing 14 ryax", "2025-11-14"),  # Atayal
        ("2025 hngkawas 11 idas 14 jiyax", "2025-11-14"),  # Truku
        ("2025 hnyangx 11 hlaax 14 hnoi", "2025-11-14"),  # Iu Mien
        ("2025 нян 11 йүә 14 хо", "2025-11-14"),  # Dungan
        ("2025 パ 11 チュㇷ゚ 14 ト", "2025-11-14"),  # Ainu
        ("2025 kawas 11 byacing", None),  # no day
        ("주체114(2025)년 11월 14일", "2025-11-14"),  # the Juche year, the Gregorian bracketed
        ("Hruê 14 mlan 11 thŭn 2025", "2025-11-14"),  # Rade day, month, year words
        ("2025 анӈани, ноябрь 14", "2025-11-14"),  # Evenki "year"
        ("2025 ол, ноябрь 14", "2025-11-14"),  # Khanty "year"
        ("14 re Noviembre 2025", "2025-11-14"),  # Qʼeqchiʼ "of"
        ("14. rahkan 2025", "2025-11-14"),  # Southern Sami, genitive
        ("14. basádismáno 2025", "2025-11-14"),  # Lule Sami, genitive
        ("Usen 14 Ọfiọn̄ Duopeba 2025", "2025-12-14"),  # Ibibio, two words, "usen" (day)
        ("14. grudna 2025.", "2025-12-14"),  # Kajkavian
        ("Tisempe 14, 2025", "2025-12-14"),  # Pohnpeian
        ("꧑꧔ ꦢꦺꦱꦺꦩ꧀ꦧꦼꦂ ꧒꧐꧒꧕", "2025-12-14"),  # Javanese script and digits
        ("Kɔtɔnimba 14, 2025", "2025-05-14"),  # Fante
        # after review h279's held-out pages
        ("Harei 14 bilan 11 thun 2025", "2025-11-14"),  # Eastern Cham day, month, year
        ("2025 a cavilj, 11 a qiljas, 14 a qadaw", "2025-11-14"),  # Paiwan
    ],
)
def test_month_rows_and_date_words_of_review_h279(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("Trisu Kati 14, 2025", "2025-12-14"),  # Miskito, two words
        ("Decemba 14, 2025", "2025-12-14"),  # Kosraean
        ("14 Kirseka 2025", "2025-12-14"),  # Laz
        ("Desamburu 14, 2025", "2025-12-14"),  # Mandinka
        ("Disanburu 14, 2025", "2025-12-14"),  # Soninke
        ("ꔞꔤꕯ 14, 2025", "2025-12-14"),  # Vai
        ("𞥑𞥔 𞤁𞤫𞤧𞤢𞤥𞤦𞤮𞤪 𞥒𞥐𞥒𞥕", "2025-12-14"),  # Fula in Adlam letters and digits
        ("Τετάρτη, 3 Δεκέμβρη 2025", "2025-12-03"),  # Greek's spoken genitive
        ("14 Νοέμβρη 2025", "2025-11-14"),
        # after review h287's held-out pages
        ("14. detsembõr 2025", "2025-12-14"),  # Livonian
        ("Dicembere 14, 2025", "2025-12-14"),  # Sidama
    ],
)
def test_month_rows_of_review_h287(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("Lunes 1ro. de diciembre de 2025", "2025-12-01"),  # Latin American Spanish
        ("1ro de diciembre de 2025", "2025-12-01"),
        ("1o. de diciembre de 2025", "2025-12-01"),
        ("1η Δεκεμβρίου 2025", "2025-12-01"),  # Greek's ordinal
        ("Δευτέρα, 1ης Δεκεμβρίου 2025", "2025-12-01"),
        ("1st Disemba 2025", "2025-12-01"),  # English's ending before another month
        ("3rd Desemba 2025", "2025-12-03"),
        ("21o de diciembre de 2025", None),  # "o" is the first's ending only
        ("1st-floor Disemba 2025", None),  # a word glued to the number
    ],
)
def test_ordinal_endings_glued_to_the_day_are_read(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("2025 nièng 11 nguŏk 14 hô̤", "2025-11-14"),  # Fuzhou, Foochow Romanized
        ("2025 nie\u0300ng 11 nguo\u0306k 14 ho\u0324\u0302", "2025-11-14"),  # decomposed
        ("2025ꈎ11ꆪ14ꑍ", "2025-11-14"),  # Nuosu Yi's year, month and day syllables
        ("2025 ꈎ 11 ꆪ 14 ꑍ", "2025-11-14"),
    ],
)
def test_year_month_day_words_of_fuzhou_and_nuosu_yi(date_line, iso):
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("14 N'wendzamhala 2025", "2025-12-14"),  # CLDR writes "n’wendzamhala"
        ("14 N’wendzamhala 2025", "2025-12-14"),
        ("14 c'hwevrer 2025", "2025-02-14"),  # Breton: CLDR writes "cʼhwevrer"
        ("14 d'octubre de 2025", "2025-10-14"),  # the elided "de" stays read as before
        ("14 l'ottobre 2025", None),  # an apostrophe before a name is no month's
    ],
)
def test_a_month_name_with_an_apostrophe_typed_otherwise_is_read(date_line, iso):
    """h231: a month's name holding an apostrophe is read whichever apostrophe a page
    types (its letters no longer parted at it)."""
    assert parse_date(date_line) == iso


@pytest.mark.parametrize(
    "line", ["dihora tse 3 tse fetileng", "metsotso e 20 e fetileng", "matsatsi a 2 a fetileng"]
)
def test_a_card_age_in_sesotho_is_a_relative_time(line):
    # the unit, its concord, the number and "that passed": a card's age line, no headline
    from analysis.clean.card_lines import line_kind

    assert find_relative_time(line) is not None
    assert line_kind(line) == "meta"


def test_sesothos_yesterday_alone_on_a_card_line_is_its_age():
    from analysis.clean.card_lines import line_kind

    assert line_kind("maobane") == "meta"
    assert find_relative_time("Dihora tse tharo tsa pina") is None


# The "Disember 3, 2026" pattern (another language's month name written whole, then the
# day and the year) tries a word at every word of a text: it is searched only in a text
# holding what it ends with (a day's digit, a gap, a year), and a word without an
# apostrophe is not read a second time by the apostrophe's part of the name. Speed only:
# the same dates.
_WHOLE_NAME_FIRST = next(
    order
    for order, pattern in enumerate(dates._DATE_PATTERNS)
    if pattern.pattern.startswith(r"(?:(?<![^\W\d_])(?P<fm>")
)
_DATE_TEXT = st.lists(
    st.sampled_from(
        [
            "Disember",
            "N'wendzamhala",
            "Cʼhwevrer",
            "aʼbʼc",
            "\u0301",
            " ",
            ", ",
            "-",
            "/",
            ".",
            " de ",
            "3",
            "12",
            "2026",
            "1999",
            "x",
            "é",
            "’",
            "\n",
        ]
    ),
    max_size=12,
).map("".join)


def test_a_year_after_a_gap_without_a_day_is_no_whole_name_date() -> None:
    searched = {order for order, _ in dates._searched_patterns("The 2026 report, 2026 edition")}
    assert _WHOLE_NAME_FIRST not in searched
    searched = {order for order, _ in dates._searched_patterns("Disember 3, 2026")}
    assert _WHOLE_NAME_FIRST in searched
    assert find_date("Disember 3, 2026").iso == "2026-12-03"


@settings(max_examples=400, derandomize=True, deadline=None)
@given(_DATE_TEXT)
def test_the_whole_name_date_holds_a_day_gap_and_year(text: str) -> None:
    """Wherever the pattern matches, its need does: skipping it changes no date."""
    for patterns in (dates._DATE_PATTERNS, dates._TWO_WORD_DATE_PATTERNS):
        if patterns[_WHOLE_NAME_FIRST].search(text):
            assert dates._DAY_GAP_YEAR.search(text)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(_DATE_TEXT)
def test_the_apostrophes_look_ahead_changes_no_match(text: str) -> None:
    """The month name's apostrophe part, behind its look-ahead, matches as without it."""
    letter = dates.LETTER_OR_MARK
    plain = rf"(?:{letter}{{1,24}}[{dates._APOSTROPHES}](?={letter}))?{letter}{{2,24}}+"
    for source in (plain, plain + r"\s+\d"):
        new = re.compile(source.replace(plain, dates._ONE_WORD_NAME))
        assert [m.span() for m in re.finditer(source, text)] == [
            m.span() for m in new.finditer(text)
        ]
    assert dates._ONE_WORD_NAME.startswith("(?:(?=")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # a day of the ISO week date (review h255)
        ("Tuesday, week 10, 2026", "2026-03-03"),
        ("tirsdag, uge 10 2026", "2026-03-03"),  # Danish
        ("2026-W10-2", "2026-03-03"),
        ("Published 2026-W10-2 by Jo Doe", "2026-03-03"),
        ("Week 10, 2026", None),  # no day of the week
        ("Cheese week 10, 2026", None),  # no weekday's name
        ("Tuesday, week 54, 2026", None),  # no such week
    ],
)
def test_a_day_of_the_iso_week_date(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("age", ["2 juorne fa", "1 juorno fa", "ajere"])
def test_a_neapolitan_card_age_is_its_meta_line(age):
    # "juorne" (days) and "ajere" (yesterday), as Italian's "giorni fa" and "ieri"
    from analysis.clean.card_lines import line_kind

    assert line_kind(f"Nina Ruocco · {age}") == "meta"
    assert find_relative_time("'O juorno 'e festa fa primma paggina") is None


@pytest.mark.parametrize("age", ["2 horas atrás", "3 dias atrás", "5 minutos atrás", "1 año atrás"])
def test_an_age_with_ago_after_its_unit_in_portuguese_and_spanish(age):
    # Portuguese's and Spanish's everyday "atrás" after the unit (beside "há" / "hace"
    # before the number): a card's age
    from analysis.clean.card_lines import line_kind

    assert find_relative_time(age) == (0, len(age))
    assert line_kind(f"{age} · Pa Rui Monteiro") == "meta"
    assert find_relative_time("Um olhar para trás no retrovisor") is None


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # Hmong (RPA) months are "the N-th month" (review h278's phone copy of a list)
        ("4 Kaum Ob Hlis 2026", "2026-12-04"),
        ("30 Kaum Ib Hlis 2026", "2026-11-30"),  # not "Ib Hlis", January, inside it
        ("5 Ib Hlis 2026", "2026-01-05"),
        ("Tub Xov · 7 Rau Hlis 2026", "2026-06-07"),
    ],
)
def test_hmong_month_names(date_line, iso):
    assert parse_date(date_line) == iso


def test_a_lines_date_patterns_are_searched_once_per_page(monkeypatch):
    # a line asked for its dates day first and month first (and in the page's languages)
    # is searched once on a page: the matches depend on the text only, the days read
    # from them on how the question is asked
    from analysis import text

    searched: list[str] = []
    searched_patterns = dates._searched_patterns

    def counted(line: str) -> list:
        searched.append(line)
        return searched_patterns(line)

    monkeypatch.setattr(dates, "_searched_patterns", counted)
    line = "Filed 04/03/2026 from the harbour office"

    @text.words_counted_once
    def page() -> list:
        return [
            [date.iso for date in find_dates(line, day_first=first)]
            for first in (True, False, None)
        ]

    text.clear_line_memos()
    assert page() == [["2026-03-04"], ["2026-04-03"], []]
    assert searched == [line]


def test_importing_dates_compiles_none_of_its_date_patterns():
    """The date patterns (40, two tables: ~0.3 CPU-s of every cleaning process's start)
    are compiled when a text first needs each; counted in a fresh interpreter."""
    script = (
        "from analysis.clean import dates; "
        "print(dates._DATE_PATTERNS.compiled_count(), "
        "dates._TWO_WORD_DATE_PATTERNS.compiled_count())"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["0", "0"]


def test_the_two_word_month_table_is_compiled_only_for_a_text_naming_one(monkeypatch):
    one_word = dates._date_patterns(dates._ONE_WORD_NAME)
    two_word = dates._date_patterns(rf"{dates._TWO_WORD_MONTHS}|{dates._ONE_WORD_NAME}")
    monkeypatch.setattr(dates, "_DATE_PATTERNS", one_word)
    monkeypatch.setattr(dates, "_TWO_WORD_DATE_PATTERNS", two_word)
    assert [d.iso for d in dates.find_dates("Filed 3 March 2026, 14:05 — lazy table")] == [
        "2026-03-03"
    ]
    assert two_word.compiled_count() == 0
    assert 0 < one_word.compiled_count() < len(one_word)  # no pattern of another script
    assert [d.iso for d in dates.find_dates("نشر في 3 كانون الثاني 2026 (lazy)")] == ["2026-01-03"]
    assert 0 < two_word.compiled_count() < len(two_word)
    assert len(one_word) == len(two_word) == len(dates._PATTERN_NEEDS)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Posted 12.5.26 at 7:45 AM CST", "2026-12-05"),  # a twelve-hour clock: US order
        ("Posted: 12.04.26 6:10 PM ET", "2026-12-04"),
        ("Updated 12.18.26, 9:15 a.m.", "2026-12-18"),
        ("am 02.12.26 um 14:05 Uhr", "2026-12-02"),  # a 24-hour clock: day first, as before
        ("04.12.26", "2026-12-04"),
        ("입력 26.12.04 09:12  수정 26.12.04 11:40", "2026-12-04"),  # Korean: year first
        ("更新 26.12.04 09:12", "2026-12-04"),
    ],
)
def test_a_dotted_two_digit_year_date_by_its_clock_and_script(text, iso):
    assert parse_date(text) == iso


def test_a_short_dotted_date_cut_from_a_korean_line_reads_the_year_first():
    from analysis.clean.page_metadata import published_value

    line = "입력 26.12.04 09:12  수정 26.12.04 11:40"
    assert published_value("26.12.04 09:12", line, line) == "2026-12-04"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Posted Dec 4 '26", "2026-12-04"),
        ("4 Dec ’26 by Eilidh MacBride", "2026-12-04"),
        ("December 4th, '26", "2026-12-04"),
        ("the '26 season opens in March", None),  # no month: a season, not a day
        ("Dec 4 '269", None),
    ],
)
def test_an_english_date_whose_year_is_two_digits_after_an_apostrophe(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("أسيوط في 25 هاتور 1743 للشهداء — افتتح نيافة الأنبا", "2026-12-04"),
        ("25 Hathor 1743 A.M.", "2026-12-04"),
        ("1 توت 1743", "2026-09-11"),  # the Coptic new year
        ("7 النسيء 1743", None),  # the little month has 6 days at most (6 in 1743)
        ("born in 1750 in Paris", None),
    ],
)
def test_a_coptic_calendar_date(text, iso):
    assert parse_date(text) == iso


def test_asctime_form_time_between_day_and_year():
    # h381: C's asctime, as a chat client's log prints the day it opens
    # ("--- Log opened Thu Dec 03 07:00:01 2026")
    line = "--- Log opened Thu Dec 03 07:00:01 2026"
    span = find_date_span(line)
    assert span is not None and line[span[0] : span[1]] == "Dec 03 07:00:01 2026"
    assert parse_date("Session Start: Thu Dec  3 07:00:01 2026") == "2026-12-03"
    assert find_date_span("Dec 3 at 10:00 2026") is None  # no asctime: a word between


def test_strftime_dates_in_any_language_month_shortening_first():
    """``%a %b %d %Y`` as a PHP CMS prints it (e107's news dates, listings_h375): the
    month's shortening, the day in two digits and the year, after a weekday's
    shortening or opening the text; a shortening after another word stays no month."""
    from analysis.clean.dates import parse_date

    assert parse_date("Πέμ Δεκ 03 2026, 10:20") == "2026-12-03"
    assert parse_date("Ελένη Τοπαλίδου Πέμ Δεκ 03 2026, 10:20 Χαπάρια") == "2026-12-03"
    assert parse_date("| Δεκ 03 2026") == "2026-12-03"
    assert parse_date("Galaxy Set 12 2026") is None
    assert parse_date("The Set 03 2026 edition") is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("5.dez.2026 às 18h15", "2026-12-05"),  # a Brazilian paper's stamp (h414)
        ("05.Dez.2026", "2026-12-05"),
        ("3. Dez. 2026", "2026-12-03"),
    ],
)
def test_a_day_month_name_and_year_glued_by_full_stops(line, iso):
    assert [date.iso for date in find_dates(line)] == [iso]


@pytest.mark.parametrize("line", ["18.12 Uhr", "St.Petersburg 2026", "v2.3.dez"])
def test_full_stops_between_numbers_and_words_are_no_date(line):
    assert find_dates(line) == []

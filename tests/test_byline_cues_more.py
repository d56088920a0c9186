"""Byline cues of more languages and shapes (review h162, h164 leftovers; issue #10):
Bulgarian lower-case "от", Zulu "Ngu" glued to the name, a reporter's role word before
the name without a colon (Finnish, Mongolian), a Sinhala role after the name, the kind
of piece before "by" ("Guest column by"), and Welsh "Gan" before a two-word name on a
Welsh page. Made-up names and wording."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.header_lines import find_byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("от Десислава Петрова", "Десислава Петрова"),
        ("от Стара Загора до Пловдив", None),  # "from ... to ...": no byline
        ("NguThemba Zulu", "Themba Zulu"),
        ("nguThemba Zulu", "Themba Zulu"),
        ("Nguyen Van Minh", None),  # a name opening with the letters, no cue
        ("Toimittaja Aino Virtanen", "Aino Virtanen"),
        ("Toimittaja Virtanen", None),  # a role and a surname: a sentence's start
        ("Сурвалжлагч Д.Батсүх", "Д.Батсүх"),
        ("නිමල් සිල්වා - වාර්තාකරු", "නිමල් සිල්වා"),
        ("Guest column by Orla Fenwick", "Orla Fenwick"),
        ("Interview by Orla Fenwick", "Orla Fenwick"),
        ("Photographs and words by Orla Fenwick", "Orla Fenwick"),
        ("Words and pictures by Orla Fenwick", "Orla Fenwick"),
        ("Analysis By Experts Shows Gains", None),
        # a live blog's credit (review h263, made-up names)
        ("Live coverage by Orla Fenwick and Sam Reid", "Orla Fenwick and Sam Reid"),
        ("Live blog by Orla Fenwick", "Orla Fenwick"),
        ("Live coverage by region", None),
        # a news portal's credit of its provider's writer in German and Italian (h351)
        ("Story von Katja Brenninger", "Katja Brenninger"),
        ("Storia di Vito Lopane · 5 dic 2026", "Vito Lopane"),
        ("Storia di una famiglia", None),
        # a foreign desk's credit, the place before the name (review h263, made-up names)
        ("From our correspondent in Accra, Orla Fenwick", "Orla Fenwick"),
        ("From our own correspondent in Rio de Janeiro, Orla Fenwick", "Orla Fenwick"),
        ("From our correspondent in Accra", None),
        # review h230: a wiki's or an intranet's blog list ("Created by NAME, last modified")
        ("Created by Orla Fenwick, last modified on Mar 03, 2026", "Orla Fenwick"),
        ("created by Orla Fenwick", "Orla Fenwick"),
        # review h177 F1, F4
        ("Isinulat ni Marisol Dela Cruz", "Marisol Dela Cruz"),  # Tagalog "written by"
        ("Sinulat ni Marisol Dela Cruz", "Marisol Dela Cruz"),
        ("عکس و متن: Sara Lindqvist", "Sara Lindqvist"),  # Persian "photos and text"
        ("متن: نرگس رحیمی", "نرگس رحیمی"),  # Persian "text"
        ("فرحان ملک، نامہ نگار", "فرحان ملک"),  # Urdu: name, "correspondent"
        ("فرحان ملک، لاہور", None),  # a place after the comma: no role
        # h187: Greek "writes the", Icelandic "after" (the name in the dative), labels
        # of Basque, Tamil, Sinhala, Assamese
        ("Γράφει ο Νίκος Μαρκάκης", "Νίκος Μαρκάκης"),
        ("Γράφει η Ελένη Σταύρου", "Ελένη Σταύρου"),
        # h378: Greek "writing:" and "editing:", a newsroom's credit over a live blog
        ("Σύνταξη: Μαρία Δασκαλάκη | 06.12.2026", "Μαρία Δασκαλάκη"),
        ("Επιμέλεια: Νίκος Παππάς", "Νίκος Παππάς"),
        ("Η σύνταξη του νόμου: άρθρο 5", None),
        ("Eftir Guðrúnu Jónsdóttur", "Guðrúnu Jónsdóttur"),
        ("Eftir fundinn sagði ráðherra", None),  # "after the meeting ...": no name
        ("Idazlea: Miren Etxeberria", "Miren Etxeberria"),
        ("செய்தியாளர்: கா. முருகன்", "கா. முருகன்"),
        ("වාර්තාව: නිමල් පෙරේරා", "නිමල් පෙරේරා"),
        ("লিখক: প্ৰাঞ্জল শৰ্মা", "প্ৰাঞ্জল শৰ্মা"),
        ("သတင်းထောက် - မောင်ကျော်ဇင်", "မောင်ကျော်ဇင်"),  # Burmese "reporter -"
    ],
)
def test_more_byline_cues(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


WELSH = [
    "Y Glannau",
    "",
    "Ysgol newydd i blant pentref Llanfair",
    "",
    "Gan Megan Prydderch",
    "12 Mawrth 2026",
    "",
    "Mae'r cyngor wedi cytuno i adeiladu ysgol newydd yn y pentref ar ôl blynyddoedd o "
    "ymgyrchu gan rieni lleol.",
    "",
    "Bydd yr ysgol yn agor ei drysau i gant o blant ym mis Medi y flwyddyn nesaf, meddai "
    "llefarydd ar ran y cyngor sir.",
    "",
    "Dywedodd un o'r rhieni fod y newyddion yn rhyddhad mawr i deuluoedd yr ardal.",
    "",
]


def test_welsh_gan_before_a_two_word_name_is_by():
    articles = extract_articles("\n".join(WELSH), "made_up.txt")
    assert articles.byline[0] == "Megan Prydderch"


def test_a_direction_mark_before_the_date_ends_the_name():
    # a right-to-left page wraps its date in RLMs (U+200F) after the author's name (review h254)
    line = "بقلم: نادية الحسني \u200f12 دجنبر 2025\u200f"
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == "نادية الحسني"
    line = "By Tomas Reyhan \u200e4 March 2026"
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == "Tomas Reyhan"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Na Fatmata Sesay rayt am", "Fatmata Sesay"),  # Krio: "it is NAME who wrote it"
        ("Na Fatmata Sesay rayt am.", "Fatmata Sesay"),
        ("Na Emeka Obi write am", "Emeka Obi"),  # Nigerian Pidgin
        ("Ada Walkingstick ᎤᏬᏪᎳᏅ", "Ada Walkingstick"),  # Cherokee: "... wrote it"
    ],
)
def test_a_byline_sentence_closed_by_its_verb_gives_the_name(line, name):
    # review findings h255, h246: "Na NAME rayt am" and "NAME ᎤᏬᏪᎳᏅ" gave no byline
    # (the name ran on into the verb after it; no cue opened the Cherokee line)
    span = find_byline(line)
    assert span is not None and line[slice(*span)] == name


@pytest.mark.parametrize("line", ["the river ᎤᏬᏪᎳᏅ", "Walkingstick ᎤᏬᏪᎳᏅ"])
def test_a_closing_verb_after_no_full_name_is_no_byline(line):
    assert find_byline(line) is None

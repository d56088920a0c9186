"""The Scandinavian and Dutch label "Text:" / "Tekst:" before the author's name, over the
story or closing it beside "Foto: NAME" (analysis.clean.byline_words, review h136)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.header_lines import find_byline

STORY = [
    "Ny färjeled till Holmön klar först 2028",
    "",
    "Publicerad 3 november 2026 kl. 06.00",
    "",
    "Den nya elfärjan till Holmön blir försenad med ett år. Trafikverket meddelar att "
    "varvet inte hinner bygga klart fartyget förrän hösten 2027.",
    "",
    "Den gamla färjan, som byggdes 1979, får därför gå ytterligare en vinter, och öborna "
    "är besvikna över beskedet från myndigheten.",
    "",
]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Text: Anna Berglund", "Anna Berglund"),
        ("Tekst: Ole Hansen", "Ole Hansen"),
        ("Text och foto: Anna Berglund", "Anna Berglund"),
        ("Text: HELP to 55555", None),
    ],
)
def test_text_labels_the_author(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


def test_the_text_credit_closing_the_story_is_its_byline():
    text = "\n".join([*STORY, "Text: Anna Berglund", "Foto: Erik Lund", ""])
    articles = extract_articles(text, "made_up.txt")
    assert articles.byline[0] == "Anna Berglund"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the labels and "by" phrases of review h150's pages
        ("كتبت: سلمى الحداد", "سلمى الحداد"),  # Arabic "she wrote"
        ("گزارش از: نرگس رحیمی", "نرگس رحیمی"),  # Persian "report from"
        ("رپورٹ: عمران قریشی", "عمران قریشی"),  # Urdu "report"
        ("रिपोर्ट: अंकित वर्मा", "अंकित वर्मा"),  # Hindi "report"
        ("Από τον Γιώργο Νικολάου", "Γιώργο Νικολάου"),  # Greek "from the"
        ("Door onze verslaggever Pieter de Vries", "Pieter de Vries"),  # "by our reporter"
        ("Words: Isla MacBride", "Isla MacBride"),
        ("Key words: climate, rain", None),
        # review h162: Khmer "by" before the Khmer colon, Telugu "writing (by)"
        ("ដោយ៖ សុខ វណ្ណា", "សុខ វណ្ណា"),
        ("రచన: శ్రీనివాస్ రెడ్డి", "శ్రీనివాస్ రెడ్డి"),
        # review h198: Uyghur "reporter"
        ("مۇخبىر: ئابدۇللا تۇردى", "ئابدۇللا تۇردى"),
        # Kabyle "by" written as two words (review h245's Evernote clips)
        ("S ɣur Ameziane Tabet", "Ameziane Tabet"),
        # review h320: Georgian "wrote:" (a PHP CMS's article info)
        ("დაწერა: ნინო ბერიძე", "ნინო ბერიძე"),
    ],
)
def test_more_languages_label_the_author(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # Blogger's Hungarian post footer: "posted (by): NAME date: TIME" (review h149)
        ("Közzétette: Kovács Lili dátum: 9:40 2 megjegyzés", "Kovács Lili"),
        ("Közzétette: Kovács Lili", "Kovács Lili"),
        # the next field's label (a lower-case word and a colon) ends the name
        ("Author: Mara Velen date: 4 March", "Mara Velen"),
        ("By Jan van der Berg", "Jan van der Berg"),
    ],
)
def test_a_posted_by_label_and_the_next_fields_label_bound_the_name(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


def test_a_blog_posts_footer_in_hungarian_gives_the_cards_byline():
    posts = []
    for title, author in (
        ("Új kerékpárút épül a part mentén", "Kovács Lili"),
        ("Bezár a régi halászcsárda", "Varga Péter"),
        ("Tavasszal indul a hajójárat", "Kovács Lili"),
    ):
        posts += [title, STORY[4], f"Közzétette: {author} dátum: 9:40 2 megjegyzés", ""]
    articles = extract_articles("\n".join(["Tóparti Napló", "", *posts]), "blog.txt")
    assert list(articles["byline"]) == ["Kovács Lili", "Varga Péter", "Kovács Lili"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # review h321: the text's credit beside the pictures' in Spanish, Thai, Vietnamese
        ("Texto: Mariana López / Fotos: Jorge Ramírez", "Mariana López"),
        ("เรื่อง: ณัฐวุฒิ ศรีสมบูรณ์ | ภาพ: พรชัย แก้วมณี", "ณัฐวุฒิ ศรีสมบูรณ์"),
        (
            "Bài: Nguyễn Thu Hà và Trần Minh Quân - Ảnh: Lê Văn Hùng",
            "Nguyễn Thu Hà và Trần Minh Quân",
        ),
        # a translator's credit of several words after the sentence's end (Ukrainian)
        ("Текст: Олена Гнатюк. Переклад з англійської: Марта Коваль", "Олена Гнатюк"),
    ],
)
def test_text_credits_beside_other_credits(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


def test_a_japanese_text_credit_beside_the_photo_credit():
    line = "文：佐藤花子　写真：田中一郎"
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == "佐藤花子"


def test_an_acehnese_label_and_joiner():
    # review h321: "written by: A and B" in Acehnese
    line = "Geutuléh lé: Teuku Fadhil ngon Cut Nurul Aini"
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == "Teuku Fadhil ngon Cut Nurul Aini"

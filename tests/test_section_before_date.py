"""A card's date line that names the section before the date ("Posted in SECTION on
DATE", as blog plugins print it) in more languages, and Arabic labels printed voweled
(analysis.clean.card_lines, analysis.clean.dates). Review h346's October CMS list."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.card_lines import line_kind
from analysis.clean.dates import DATE_LABEL


def test_a_voweled_arabic_label_is_the_bare_labels_word():
    assert DATE_LABEL.match("نُشر في أخبار محلية") is not None
    assert DATE_LABEL.match("نشر في أخبار محلية") is not None


def test_published_in_section_on_date_is_a_cards_date_line():
    for line in (
        "نُشر في أخبار محلية بتاريخ 2 ديسمبر 2026",
        "نشر في أخبار محلية بتاريخ 2 ديسمبر 2026",
        "Publicado en Noticias locales el 2 de diciembre de 2026",
    ):
        assert line_kind(line) == "meta", line


def test_a_card_without_author_under_such_a_line_is_kept():
    cards = [
        (
            "سوق أم درمان رجع يفتح بعد الصيانة",
            "3",
            " · بقلم عوض إدريس",
            "التجار قالوا الحركة بدت تزيد شوية شوية بعد الصيانة.",
        ),
        (
            "كبري المنشية حيتقفل أسبوع للصيانة",
            "2",
            "",
            "ولاية الخرطوم قالت الكبري حيتقفل من السبت لمدة أسبوع كامل.",
        ),
        (
            "مدرسة في بحري كسبت مسابقة القرآن",
            "1",
            " · بقلم سارة عبد الرحيم",
            "طلاب المدرسة كسبوا المركز الأول في المسابقة على مستوى الولاية.",
        ),
    ]
    lines = ["الخرطوم اليوم", "", "آخر الأخبار", ""]
    for title, day, author, text in cards:
        lines += [title, f"نُشر في أخبار محلية بتاريخ {day} ديسمبر 2026{author}", text, ""]
    articles = extract_articles("\n".join(lines), "october.txt", PageFacts())
    assert list(articles["title"]) == [card[0] for card in cards]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]

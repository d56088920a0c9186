"""Credit labels naming a report's or a text's author in more words: Arabic "تقرير:"
(report), as broadcasters credit a filmed report, and Finnish "Teksti ja kuva:" (text
and photo): analysis.clean.byline_words.AUTHOR_LABELS. Review h346's TV video hub."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.byline_words import author_labels


def test_the_labels_are_author_labels():
    labels = author_labels()
    assert "تقرير" in labels
    assert "teksti ja kuva" in labels


def test_a_video_cards_report_credit_is_its_byline_not_its_outlet():
    lines = ["قناة الرافدين", "", "فيديو الأخبار", ""]
    cards = [
        (
            "فيضان بالبصرة: الماي دخل على بيوت أبو الخصيب",
            "",
            "المطر اللي نزل البارحة دخّل الماي على عشرات البيوت بأبو الخصيب.",
        ),
        (
            "الموصل: رجعوا فتحوا سوق باب السراي",
            "تقرير: زينب الجبوري · ",
            "بعد سنين من الشغل، رجعوا فتحوا سوق باب السراي والناس فرحانة.",
        ),
        (
            "منتخب الشباب يتأهل لنهائيات آسيا",
            "",
            "منتخب العراق للشباب تأهل لنهائيات كأس آسيا بعد ما غلب الأردن.",
        ),
    ]
    for n, (title, credit, text) in enumerate(cards):
        lines += [title, text, f"{credit}{3 - n}/12/2026 · {12 - n}K مشاهدة", ""]
    lines += ["© 2026 قناة الرافدين. جميع الحقوق محفوظة."]
    articles = extract_articles("\n".join(lines), "tv.txt", PageFacts())
    assert list(articles["title"]) == [card[0] for card in cards]
    assert list(articles["byline"]) == [None, "زينب الجبوري", None]
    assert "زينب الجبوري" not in set(articles["outlet"])

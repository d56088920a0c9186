"""Columns a page prints in a second language beside its own are not rendered
(analysis.clean.html_translations). A made-up bilingual council's press page."""

from __future__ import annotations

from lxml.html import document_fromstring

from analysis.clean.html_translations import drop_translated_columns
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

RELEASES = [
    (
        "3.12.2026",
        ("Pont newydd dros yr afon", "Mae'r cyngor yn agor pont newydd i gerddwyr yr wythnos hon."),
        ("New bridge over the river", "The council opens a new footbridge this week."),
    ),
    (
        "1.12.2026",
        ("Llyfrgell ar agor ar y Sul", "Bydd y llyfrgell ar agor bob dydd Sul o fis Ionawr."),
        ("Library opens on Sundays", "The library will open every Sunday from January."),
    ),
    (
        "27.11.2026",
        ("Bysiau ysgol newydd i'r cwm", "Mae tri bws newydd yn cludo plant i'r ysgol bob bore."),
        (
            "New school buses for the valley",
            "Three new buses take children to school each morning.",
        ),
    ),
]


def _cell(language: str, day: str, title: str, lead: str) -> str:
    return (
        f"<td lang='{language}'><p class='date'>{day}</p><h3><a href='/{language}/{day}'>{title}"
        f"</a></h3><p class='lead'>{lead}</p></td>"
    )


def _page() -> str:
    rows = "".join(
        f"<tr>{_cell('cy', day, *welsh)}{_cell('en-GB', day, *english)}</tr>"
        for day, welsh, english in RELEASES
    )
    return (
        "<html lang='cy'><head><title>Datganiadau i'r wasg – Cyngor Sir Glanfor</title></head>"
        "<body><div class='lang-switch'><a href='/cy/'>Cymraeg</a> | <a href='/en/'>English</a>"
        "</div><header><a href='/'>Cyngor Sir Glanfor</a><nav><a href='/cy/newyddion'>"
        "Newyddion / News</a> <a href='/cy/cyswllt'>Cyswllt / Contact</a></nav></header><main>"
        "<h1>Datganiadau i'r wasg <span lang='en'>/ Press releases</span></h1>"
        "<table><thead><tr><th lang='cy'>Cymraeg</th><th lang='en'>English</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><aside><h2>Cyswllt y wasg / Press contact</h2>"
        "<p>Siân Morgan, swyddog y wasg / press officer, 01234 567890</p></aside></main>"
        "<footer><p>© 2026 Cyngor Sir Glanfor</p></footer></body></html>"
    )


def test_a_release_printed_in_two_languages_side_by_side_is_one_record():
    # h381 (listings_h360's ministry page): each release's second language was a record
    # of its own, six records for three releases
    page = page_from_bytes(_page().encode(), "press.html", "press.html")
    assert "New bridge" not in page.text
    assert "/ Press releases" in page.text  # a heading's translation inside it stays
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [welsh[0] for _, welsh, _ in RELEASES]


def test_an_element_in_another_language_beside_no_twin_stays():
    html = (
        "<html lang='cy'><body><p>Dywedodd y maer:</p><p lang='en'>We will build it.</p>"
        "<div lang='en'>An English note</div></body></html>"
    )
    tree = document_fromstring(html)
    assert drop_translated_columns(tree) == []
    html = "<html><body><div lang='cy'>Un</div><div lang='en'>One</div></body></html>"
    assert drop_translated_columns(document_fromstring(html)) == []  # no page language


def test_a_language_column_of_several_stories_stays():
    # review listings_h270's convention: a tag page's list in each language, each story
    # a page of its own in each, is a record per story and language
    column = "".join(
        f"<article><h3><a href='/{{lang}}/{k}'>Story {k}</a></h3><p>Text {k}.</p></article>"
        for k in range(2)
    )
    html = (
        "<html lang='cy'><body><section lang='cy'><h2>Cymraeg</h2>"
        + column.replace("{lang}", "cy")
        + "</section><section lang='en'><h2>English</h2>"
        + column.replace("{lang}", "en")
        + "</section></body></html>"
    )
    assert drop_translated_columns(document_fromstring(html)) == []

"""analysis.clean.asciidoc_text: an AsciiDoc source saved as text (review h176 item 2)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.asciidoc_text import is_asciidoc, plain_asciidoc
from analysis.clean.read import page_from_bytes

_TITLES = ["Ferry timetable adds a late crossing", "Library opens on Sundays this winter"]


def _source() -> str:
    lines = ["= Harbour Weekly Bulletin: News", ":doctype: book", ":lang: en", ""]
    lines += ["The week on the quays.", ""]
    for n, title in enumerate(_TITLES, 2):
        lines += [f"== {title}", "", "[.meta]", f"_{n}. December 2026_", ""]
        lines += [f"The council said on Tuesday that the {title.split()[0].lower()} plan goes on."]
        lines += ["", f"link:https://harbour.example/news/{n}[Read more]", ""]
    return "\n".join(lines)


def test_asciidocs_marks_are_taken_off():
    plain = plain_asciidoc(_source())
    assert plain.startswith("Harbour Weekly Bulletin: News\n")
    assert "\nFerry timetable adds a late crossing\n" in plain
    assert ":lang:" not in plain and "[.meta]" not in plain and "==" not in plain
    assert "\nRead more\n" in plain and "https://" not in plain


def test_a_text_that_does_not_open_with_a_document_title_is_left_as_it_is():
    assert not is_asciidoc("Scores\n== Round 2\n")
    text = "= A rule of the page, not a title\nplain text\n"
    assert plain_asciidoc(text) == text


def test_an_asciidoc_listings_headlines_carry_no_marks():
    page = page_from_bytes(_source().encode(), "news.txt", "news.txt")
    articles = extract_articles(page.text, name=page.name)
    assert list(articles["title"]) == _TITLES

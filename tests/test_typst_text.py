"""analysis.clean.typst_text: a Typst source saved as text (listings_h336)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.read import page_from_bytes
from analysis.clean.typst_text import is_typst, plain_typst

_ITEMS = [
    ("Ferry timetable adds a late crossing", "Harbour Courier", "4 December 2026"),
    ("Library opens on Sundays this winter", "Valley Ledger", "3 December 2026"),
    ("Bridge repairs close the east lane", "Harbour Courier", "2 December 2026"),
]


def _source() -> str:
    lines = ['#set document(title: "Quayside Weekly 12", author: "The editors")']
    lines += ['#set page(paper: "a5",', "  margin: 1.6cm)", "#show link: underline", ""]
    lines += ["#align(center)[#text(18pt)[*Quayside Weekly*] \\ Issue 12 · December 2026]"]
    lines += ["", "#line(length: 100%)", "// picked by the desk", ""]
    lines += ["Welcome! These are the stories we picked for you this week.", ""]
    for n, (title, outlet, day) in enumerate(_ITEMS):
        lines += [f'== #link("https://example.org/news/{n}")[{title}]']
        lines += [f"_{outlet} · {day}_", ""]
        lines += [
            f"The council said on Tuesday that the {title.split()[0].lower()} plan goes "
            "ahead after a long consultation with residents and traders.",
            "",
        ]
    lines += ["#line(length: 100%)"]
    lines += ['#text(8pt)[You get this letter. #link("https://example.org/stop")[Unsubscribe]]']
    return "\n".join(lines)


def test_typst_rules_calls_and_marks_are_taken_off():
    plain = plain_typst(_source())
    assert "Quayside Weekly\nIssue 12 · December 2026" in plain
    assert "\nFerry timetable adds a late crossing\nHarbour Courier · 4 December 2026\n" in plain
    assert "#" not in plain and "margin" not in plain and "//" not in plain
    assert "https://" not in plain and "Unsubscribe" in plain


def test_a_link_without_content_is_its_address():
    text = '#set text(lang: "en")\n== News\nRead #link("https://example.org/a") now.'
    assert plain_typst(text) == "News\nRead https://example.org/a now."


def test_a_hashtag_or_a_markdown_heading_leaves_the_page_as_it_is():
    for plain in ("#set the table\n== Results", "== Results\n#news[1] today", "#let it go"):
        assert not is_typst(plain)
        assert plain_typst(plain) == plain


def test_a_typst_newsletters_items_are_records_of_their_outlets():
    page = page_from_bytes(_source().encode(), "letter.typ.txt", "letter.typ.txt")
    articles = extract_articles(page.text, name=page.name)
    assert list(articles["title"]) == [title for title, _, _ in _ITEMS]
    assert list(articles["outlet"]) == [outlet for _, outlet, _ in _ITEMS]

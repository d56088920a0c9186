"""analysis.clean.bbcode_text: a forum post's BBCode source saved as text (listings_h336)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.bbcode_text import is_bbcode, plain_bbcode
from analysis.clean.read import page_from_bytes

_ITEMS = [
    ("Ferry timetable adds a late crossing", "Harbour Courier", "4 December 2026"),
    ("Library opens on Sundays this winter", "Valley Ledger", "3 December 2026"),
    ("Bridge repairs close the east lane", "Harbour Courier", "2 December 2026"),
]


def _post() -> str:
    lines = ["[size=150][b]This week's local news[/b][/size]", ""]
    lines += ["[color=gray]Posted by quayside_reader · 5 December 2026[/color]", ""]
    lines += ["Hello all, here is what I read this week:", ""]
    for n, (title, outlet, day) in enumerate(_ITEMS):
        lines += [f"[b][url=https://example.org/news/{n}]{title}[/url][/b]"]
        lines += [f"[i]{outlet} — {day}[/i]"]
        lines += [
            f"[quote]The council said on Tuesday that the {title.split()[0].lower()} plan "
            "goes ahead after a long consultation with residents and traders.[/quote]",
            "",
        ]
    lines += ["[hr]", "[size=85]Tell me below if I missed a story.[/size]"]
    return "\n".join(lines)


def test_bbcode_tags_are_taken_off():
    plain = plain_bbcode(_post())
    assert plain.startswith("This week's local news\n")
    assert "\nFerry timetable adds a late crossing\nHarbour Courier — 4 December 2026\n" in plain
    assert "[" not in plain and "https://" not in plain


def test_an_image_is_taken_off_a_bare_link_is_its_address_an_item_a_bullet():
    text = "[list][*]One [b]bold[/b][*]Two[/list]\n[img]https://x.example/a.jpg[/img]\n"
    text += "[url]https://example.org/a[/url]"
    assert plain_bbcode(text) == "• One bold• Two\n\nhttps://example.org/a"


def test_a_bracketed_word_in_prose_leaves_the_page_as_it_is():
    text = "He said [sic] that [b] was a typo [1].\nSee [/b] too."
    assert not is_bbcode(text)
    assert plain_bbcode(text) == text
    assert not is_bbcode("Only one [b]bold[/b] word.")


def test_a_bbcode_round_ups_items_are_records_of_their_outlets():
    page = page_from_bytes(_post().encode(), "roundup.txt", "roundup.txt")
    articles = extract_articles(page.text, name=page.name)
    assert list(articles["title"]) == [title for title, _, _ in _ITEMS]
    assert list(articles["outlet"]) == [outlet for _, outlet, _ in _ITEMS]

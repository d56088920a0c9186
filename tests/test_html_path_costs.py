"""The HTML path's page-wide searches give what they gave before they were made cheaper
(the old forms are kept in ``benchmarks/html_path_costs.py``), on made-up markup."""

from __future__ import annotations

import re
import sys

from benchmark_modules import load_benchmark
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import html_asides, html_cards, script_data, web_snapshot
from analysis.clean.former_name import former_domain
from analysis.clean.photo_credits import _credited_for_photos, without_photographers
from analysis.clean.web_snapshot import page_links

costs = load_benchmark("html_path_costs")

#: Names of an author field: Latin with accents, one character, a letter beyond U+FFFF
#: (its case folded), a dotted capital I, a long s, empty.
_NAMES = st.sampled_from(
    [
        "Iván Soler",
        "Lucía Pardo",
        "IVÁN SOLER",
        "Ž",
        "𐐀li Tan",
        "𐐨li tan",
        "İrem Ak",
        "ſara Lee",
        "",
    ]
)
#: Pieces of markup: labels in any case, separators, tags, brackets, the names, text.
_PIECES = st.sampled_from(
    [
        "Fotos",
        "FOTO",
        "photo",
        "Photographs",
        "ſoto",
        "Фото",
        "사진",
        "写真",
        "fot.",
        ": ",
        " by ",
        " | ",
        "<a href='/x'>",
        "</a>",
        " (",
        "(photos)",
        "（写真）",
        ")",
        "Texto y ",
        "Text and ",
        "Iván Soler",
        "iván soler",
        "Lucía Pardo",
        "𐐀li Tan",
        "𐐨LI TAN",
        "İrem Ak",
        "Sara Lee",
        "Ž",
        "ž",
        "x",
        " ",
        "\n",
        "story text ",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(_NAMES, st.lists(_NAMES, max_size=2), st.lists(_PIECES, max_size=12))
def test_a_name_is_credited_as_by_the_old_pattern(
    name: str, others: list[str], pieces: list[str]
) -> None:
    page = "".join(pieces)
    assert _credited_for_photos(name, others, page) == costs.old_credited_for_photos(
        name, others, page
    )


def test_a_photographer_leaves_the_byline() -> None:
    page = "Texto: <a>Lucía Pardo</a> | FOTOS: <a>Iván Soler</a>"
    assert without_photographers("Lucía Pardo; Iván Soler", page) == "Lucía Pardo"
    page = "Par <b>Lucía Pardo</b> — 𐐨li tan (photos)"
    assert without_photographers("Lucía Pardo; 𐐀LI TAN", page) == "Lucía Pardo"


#: Pieces of a page's lines: addresses, words of renaming and of moving, dots, words.
_LINE_PIECES = st.sampled_from(
    [
        "baypost.com",
        "www.bpnews.net",
        "https://harlowbay-news.com/",
        "harlowbay-news",
        " (formerly ",
        " formerly ",
        ", previously ",
        ")",
        "We've moved to ",
        "Unsere neue Adresse: ",
        " redirects to ",
        "© 2026 Bay Post · ",
        ".",
        " word",
        " ",
        "\n",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(_LINE_PIECES, max_size=14),
    st.sampled_from(["bpnews.net", "baypost.com", "harlowbay-news.com"]),
)
def test_a_moved_site_is_read_as_before(pieces: list[str], domain: str) -> None:
    lines = "".join(pieces).split("\n")
    assert former_domain(lines, domain) == costs.old_former_domain(lines, domain)


#: Pieces of markup around a link: "href" in any case, after a word character or not,
#: a dotless i and a long s (letters that case fold to ASCII ones), quotes, spaces.
_LINK_PIECES = st.sampled_from(
    [
        "href",
        "HREF",
        "hReF",
        "xhref",
        "éhref",
        "_href",
        "1href",
        "-href",
        ".href",
        "<a ",
        " = ",
        "=",
        '"',
        "'",
        "/story",
        "&amp;",
        " ",
        "\n",
        "h",
        "ſ",
        "ı",
        "K",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_LINK_PIECES, max_size=14))
def test_a_page_s_links_are_found_as_before(pieces: list[str]) -> None:
    html = "".join(pieces)
    assert page_links(html) == costs.old_page_links(html)


def test_the_first_letter_classes_hold_every_character_folding_to_their_letter() -> None:
    # web_snapshot._HREF opens with [hH]; script_data's word forms with [wW], [sSſ],
    # [fF]: matched without case folding, each must hold every character that the folded
    # letter matches, and nothing else
    folding = re.compile("[hwsf]", re.IGNORECASE)
    found: dict[str, set[str]] = {letter: set() for letter in "hwsf"}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if folding.fullmatch(char):
            letter = next(x for x in "hwsf" if re.fullmatch(x, char, re.IGNORECASE))
            found[letter].add(char)
    assert found == {"h": set("hH"), "w": set("wW"), "s": set("sSſ"), "f": set("fF")}
    assert web_snapshot._HREF.pattern.startswith("[hH]")
    openings = [form.pattern[:12] for form in script_data._APP_STATE_FORMS[1:4]]
    assert openings == ["(?-i:[wW])in", "(?-i:[sSſ])e", "(?-i:[fF])us"]


#: Elements of a made-up page: classes and ids shared by many, some naming a box
#: beside the story ("related", "AdSlot", "disclaimer"), some only holding its letters.
_ELEMENTS = st.sampled_from(
    [
        '<div class="card">',
        '<div class="card" id="related">',
        '<p class="card">',
        '<div class="AdSlot">',
        '<div class="header">',
        '<div class="loading-ad">',
        '<aside class="related">',
        '<p id="disclaimer">',
        '<p class="disclaimer-text" id="x">',
        "<p>",
        '<div class="">',
        '<div id="">',
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ELEMENTS, min_size=1, max_size=12))
def test_the_named_boxes_are_the_elements_found_before(openings: list[str]) -> None:
    import lxml.html

    markup = "<html><body>" + "".join(
        f"{tag}text</{tag[1:].split()[0].rstrip('>')}>" for tag in openings
    )
    tree = lxml.html.document_fromstring(markup + "</body></html>")
    old = costs.old_named_boxes(tree)  # held: each element keeps its proxy
    assert list(html_asides.named_boxes(tree)) == old


#: Rendered lines and bylines: the byline alone, with a role or a label, a list item,
#: a byline that folds to nothing ("—"), none.
_RENDERED = st.sampled_from(
    [
        "Ana Ruiz",
        "ANA RUIZ",
        "Ana Ruiz, Health Reporter",
        "Ajámjamu: Ana Ruiz",
        "• Ana Ruiz",
        "1. Ana Ruiz",
        "—",
        "",
        "The ferry sailed at noon.",
        "Ana Ruiz wrote this. It ends.",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_RENDERED, max_size=6), st.sampled_from([None, "", "—", "Ana Ruiz", "ana  ruiz"]))
def test_body_lines_fold_and_test_the_byline_as_before(
    lines: list[str], byline: str | None
) -> None:
    assert costs.body_line_folds((lines, byline)) == costs.old_body_line_folds((lines, byline))


#: Pieces of a listing's markup: cards of a linked headline and a teaser, bare links,
#: headings, paragraphs, an in-page link, text outside any element.
_CARD_PIECES = st.sampled_from(
    [
        '<div class="c"><h2><a href="/a">Ferry sails</a></h2><p>The crew said so.</p></div>',
        '<div><a href="/b">Council votes</a><span>2 hours ago</span></div>',
        '<li><a href="/c">Harbour reopens</a></li>',
        "<div><p>Plain text only here.</p><p>More plain text.</p></div>",
        '<div><a href="#top">Top</a><p>Text beside an in-page link.</p></div>',
        "<article><h3>Story title</h3><p>Its teaser line.</p></article>",
        '<td><a href="/d">Cell headline</a><br>over more text</td>',
        "loose words",
        "<div>",
        "</div>",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CARD_PIECES, min_size=1, max_size=10))
def test_the_cards_are_the_ones_found_before(pieces: list[str]) -> None:
    tree = costs._packed("<html><body>" + "".join(pieces) + "</body></html>")
    old = costs.old_find_cards(tree)  # held: each element keeps its proxy
    assert html_cards.find_cards(tree) == old

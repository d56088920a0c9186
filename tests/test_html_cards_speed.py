"""Card finding reads each element's letters from one pass over the document
(``html_cards._letter_map``) and each text once: the same cards as the old finder
(kept in ``benchmarks/html_cards_speed.py``), on made-up pages."""

from __future__ import annotations

import lxml.html
from benchmark_modules import load_benchmark
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import html_cards

speed = load_benchmark("html_cards_speed")

#: Pieces of text: letters, digits only, white space only, nothing.
_TEXTS = st.sampled_from(["", " ", "\n  ", "42", "3 May", "Headline of a story here", "é", "_"])
_TAGS = st.sampled_from(["div", "article", "li", "h3", "p", "span", "a", "time", "script"])
_HEADLINES = st.sampled_from(
    [
        '<h3><a href="/s">Headline of a story here</a></h3>',
        '<a href="/s">Headline of a story here</a>',
        '<a href="#s">Headline of a story here</a>',
        "<h2>Headline of a story here</h2>",
        '<div><h3><a href="/s">Headline</a></h3><p>Teaser.</p></div>',
    ]
)


@st.composite
def _fragment(draw: st.DrawFn, depth: int = 0) -> str:
    """A small made-up piece of markup: elements, links, comments, text and tails."""
    if depth >= 3 or draw(st.integers(0, 3)) == 0:
        return draw(_TEXTS)
    if draw(st.integers(0, 6)) == 0:
        return f"<!-- {draw(_TEXTS)} -->{draw(_TEXTS)}"
    if draw(st.integers(0, 2)) == 0:  # a card's shape: a headline, then more parts
        tag, headline = draw(st.sampled_from(["article", "li", "div"])), draw(_HEADLINES)
        rest = "".join(draw(st.lists(_fragment(depth + 1), min_size=1, max_size=3)))
        return f"<{tag}>{headline}{rest}</{tag}>"
    tag = draw(_TAGS)
    attributes = ' href="/a"' if tag == "a" else ""
    inner = "".join(draw(st.lists(_fragment(depth + 1), max_size=4)))
    return f"<{tag}{attributes}>{draw(_TEXTS)}{inner}</{tag}>{draw(_TEXTS)}"


def _page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body><main>{body}</main></body></html>")


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_fragment(), min_size=1, max_size=5))
def test_letter_map_is_each_elements_text_content(fragments: list[str]) -> None:
    root = _page("".join(fragments))
    found = html_cards._letter_map(root)
    for element in root.iter():
        if isinstance(element.tag, str):
            assert found[element] == html_cards._has_letters(element)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_fragment(), min_size=1, max_size=5), st.integers(2, 4))
def test_old_and_new_finders_find_the_same_cards(fragments: list[str], copies: int) -> None:
    # repeated fragments under one parent, so that cards are found on some pages
    root = _page("<section>" + "".join(fragments) * copies + "</section>")
    assert speed.old_find_cards(root) == html_cards.find_cards(root)


def test_a_comment_s_letters_are_not_the_element_s() -> None:
    root = _page("<div><!-- Headline -->42</div><p>Text</p>")
    div = root.find(".//div")
    assert html_cards._letter_map(root)[div] is False
    assert html_cards._letter_map(root)[root.find(".//p")] is True


def test_listing_cards_are_found_as_before() -> None:
    cards = "".join(
        f'<article><h3><a href="/s{k}">Story number {k} of the day</a></h3>'
        f"<p>A teaser of story {k}.</p><!-- ad --><time>March {k}</time></article>"
        for k in range(1, 5)
    )
    root = _page(cards)
    found = html_cards.find_cards(root)
    assert [card.tag for card in found] == ["article"] * 4
    assert speed.old_find_cards(root) == found


def test_a_part_without_letters_is_passed_over_as_before() -> None:
    # "42" holds no letters: the card descends through its one lettered child
    cards = "".join(
        f'<article><span>{k}</span><div><h3><a href="/s{k}">Story number {k} of the day</a>'
        f"</h3><p>A teaser of story {k}.</p></div></article>"
        for k in range(1, 5)
    )
    root = _page(cards)
    found = html_cards.find_cards(root)
    assert [card.tag for card in found] == ["article"] * 4
    assert speed.old_find_cards(root) == found


def test_letters_keeps_what_isalnum_keeps_on_every_code_point() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert html_cards.letters(every) == speed.old_letters(every)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text())
def test_letters_as_before(text: str) -> None:
    assert html_cards.letters(text) == speed.old_letters(text)

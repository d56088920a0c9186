"""Boxes an HTML article sets beside its story, read from what the markup calls them.

A site prints notes about the story inside the article's markup: an opinion column's
disclaimer (``<p class="disclaimer">The opinions expressed are the author's own.</p>``),
an affiliate disclosure, a fact check's method box (``<div class="methodology">``), a
correction's box (``<div class="correction">``: an editor's note, no story), an
image's or infographic's caption (``<div class="infographic"><img><p>...</p></div>``), a
match's statistics under its report (``<table class="stats">``, the site's data);
and a box of links to other stories (``<p class="also">Les eisini: Headline</p>``,
``<aside class="related">``), which :mod:`analysis.clean.html_links` reads from its link
but a saved page may print without one.
trafilatura keeps their paragraphs in the main text; in any language the markup says
what they are. :func:`aside_paragraphs` gives their texts, which
:func:`analysis.clean.articles.html_body_lines` leaves out of the body, as it leaves out
the links to other stories (:mod:`analysis.clean.html_links`).

The markup's words are a family of names for such boxes (:data:`ASIDE_CLASS_WORDS`, and
pairs of words in a row where either alone names none: :data:`ASIDE_CLASS_PAIRS`, an AI
summary's "ai-summary"), read as whole words of an element's ``class`` or ``id``
(:func:`analysis.clean.markup_words.class_words`), never a site's names. A marked box
that holds half of the main text or more is the story itself, whatever it is called,
unless more of the main text's paragraphs stand outside it than inside (a short market
report under a long legal disclaimer: :func:`_beside_the_story`). No tuned value.

Two boxes are known by their shape, whatever their names: a list of notes the story's
text links to (``<sup><a href="#fn1">1</a></sup>`` over ``<ol><li id="fn1">``: a
"Sources" or "Notes" list, :func:`note_list_paragraphs`; a word processor's notes and
comments printed as paragraphs, each opening with an anchor linking back to its mark)
and a grid of cards set beside
the story's prose (three elements or more of one tag and class, each a heading, a few
words and a link or a picture: candidates, books, recipes; :func:`card_grid_paragraphs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.clean.card_lines import PROSE_WORDS, is_prose
from analysis.clean.html_cards import letters
from analysis.clean.markup_words import class_words
from analysis.text import count_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "ASIDE_CLASS_PAIRS",
    "ASIDE_CLASS_WORDS",
    "aside_paragraphs",
    "box_paragraph_texts",
    "card_grid_paragraphs",
    "named_boxes",
    "note_list_paragraphs",
]

#: The class or id words that name a box of notes beside a story: a disclaimer or a
#: disclosure, a method box, a caption of an image or infographic, links to other
#: stories ("related", "read-also", "see-also"), a box of figures the site fills from
#: its data (a match's or a player's "stats" table under a match report), a syndicating
#: partner's credit or "About" box ("partner"), a paywall's prompt ("paywall"), an ad
#: slot ("ad", "adv", "advert": its label), a sponsor's box, a quiz, a guest book.
ASIDE_CLASS_WORDS = frozenset(
    {
        "disclaimer",
        "disclosure",
        "methodology",
        "caption",
        "figcaption",
        "infographic",
        "related",
        "also",
        "stats",
        # an editor's note about the story: a correction or a clarification box
        # (``<div class="correction">Correction: an earlier version ...</div>``)
        "correction",
        "corrections",
        "clarification",
        # a partner's credit line or its "About" box on a story it syndicates
        "partner",
        # a paywall's box over the rest of the story: its prompt, offer, login line and
        # button ("Subscribe to read on", in the site's language)
        "paywall",
        # an ad slot, its label ("Advertisement", "Реклама") the main text kept
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        # a sponsor's box between the paragraphs (its label, pitch and button: "Supported
        # by ...", "Бо дастгирии ..."), a reader quiz's widget, an obituary's guest book
        # of condolences (its prompt, messages and buttons; h363's review)
        "sponsor",
        "sponsors",
        "quiz",
        "guestbook",
        "condolences",
        # readers' comments under the story (``<section id="comments">``, a comment
        # widget's thread, WordPress's reply form ``#respond``), which trafilatura keeps
        # when it falls back to the page's whole text; and a newsroom's appeal for
        # money beside the story (``<div class="support-box">``, a donation or
        # membership pitch), in any language (h416's review)
        "comment",
        "comments",
        "respond",
        "disqus",
        "support",
        "donate",
        "donation",
        "membership",
        # the same appeal named in the site's language (h429's review: a Brazilian
        # paper's ``<div class="apoie-box">`` asking for a Pix transfer): Portuguese
        # "apoie" / "apoia" / "doação", Spanish "apoya" / "donación",
        # French "soutenir" / "soutien" / "don", German "spenden" / "unterstützen",
        # Italian "sostieni" / "donazione", Dutch "steun" / "doneer", Polish
        # "wesprzyj" / "wsparcie" (imperatives and nouns of supporting and giving, as
        # class names write them: without diacritics too)
        "apoie",
        "apoia",
        "apoio",
        "doacao",
        "doação",
        "apoya",
        "apoyo",
        "donacion",
        "donación",
        "donaciones",
        "soutenir",
        "soutien",
        "soutenez",
        "don",
        "dons",
        "spenden",
        "spende",
        "unterstuetzen",
        "unterstützen",
        "sostieni",
        "sostienici",
        "donazione",
        "donazioni",
        "steun",
        "doneer",
        "doneren",
        "wesprzyj",
        "wsparcie",
    }
)
#: Two class or id words in a row that name a box beside the story where either alone
#: names none: a summary a language model wrote over the story (``<div
#: class="ai-summary">``, ``aiSummary``: its heading, points and "generated by AI"
#: note); "summary" alone names Drupal's body field ("text-with-summary"), "ai" alone
#: is any two letters.
ASIDE_CLASS_PAIRS = frozenset(
    {("ai", "summary"), ("ai", "summaries"), ("ai", "generated"), ("ai", "overview")}
)
# The letters a class or id holding such a pair holds, in any case.
_MAY_NAME_PAIR = re.compile(r"ai.?(?:summar|generated|overview)", re.IGNORECASE)
# The elements holding a paragraph's text (a table's row is one line of the main text).
_PARAGRAPHS = ("p", "li", "div", "h2", "h3", "h4", "h5", "h6", "figcaption", "tr")
# The letters a class or id holding a word of the family holds, in any case
# ("Disclaimer", "fact-check__methodology", "AdSlot"); whole words are checked after.
_MAY_NAME_ASIDE = re.compile("|".join(sorted(ASIDE_CLASS_WORDS)), re.IGNORECASE)


def named_boxes(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The elements whose class or id holds a word of :data:`ASIDE_CLASS_WORDS` or two
    words in a row of :data:`ASIDE_CLASS_PAIRS`.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    iterator of lxml.html.HtmlElement
        In document order.
    """
    # A page gives many elements one class ("card", "nav-item"): each pair of class and
    # id is read once a page, its answer kept (the words depend on those two alone).
    named_aside: dict[tuple[str | None, str | None], bool] = {}
    for box in tree.iter():
        named = box.get("class"), box.get("id")
        aside = named_aside.get(named)
        if aside is None:
            aside = named_aside[named] = (
                any(value and _MAY_NAME_ASIDE.search(value) for value in named)
                and not ASIDE_CLASS_WORDS.isdisjoint(class_words(box))
            ) or (
                any(value and _MAY_NAME_PAIR.search(value) for value in named)
                and not ASIDE_CLASS_PAIRS.isdisjoint(pairwise(class_words(box)))
            )
        if aside:
            yield box


def aside_paragraphs(tree: HtmlElement, main_text: str | None) -> frozenset[str]:
    """The texts of the paragraphs inside the boxes the markup names as notes beside the
    story (:data:`ASIDE_CLASS_WORDS`).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    main_text : str or None
        The page's main text (trafilatura's); None: no box is read.

    Returns
    -------
    frozenset of str
        Each such paragraph's letters and digits, case folded
        (:func:`analysis.clean.html_cards.letters`).
    """
    if not main_text:
        return frozenset()
    story = letters(main_text)
    found: set[str] = set()
    boxes = []
    for box in named_boxes(tree):
        text = letters(box.text_content())
        if not text or (2 * len(text) >= len(story) and not _beside_the_story(text, main_text)):
            continue  # the story itself, whatever its box is called
        boxes.append(box)
        for element in _leaves(box):
            paragraph = letters(element.text_content())
            if paragraph and paragraph in story:  # (a box the main text left out: no matter)
                found.add(paragraph)
    if found:  # a caption repeating a paragraph of the story leaves the paragraph body
        in_boxes = {element for box in boxes for element in box.iter("p")}  # (held: one
        for element in tree.iter("p"):  # proxy an element while held, compared as itself)
            if element not in in_boxes:
                found.discard(letters(element.text_content()))
    return frozenset(found)


def _beside_the_story(box: str, main_text: str) -> bool:
    """Whether a box holding half of the main text's letters or more is still beside the
    story: more of the main text's paragraphs stand outside it than inside (a short
    market report under a long legal disclaimer), not a box the story stands in.

    Parameters
    ----------
    box : str
        The box's letters and digits, case folded (:func:`letters`).
    main_text : str
        The page's main text.

    Returns
    -------
    bool
        True when the main text's lines of prose (:func:`is_prose`) that the box does not
        hold outnumber its lines that the box holds.
    """
    inside = outside = 0
    for line in main_text.split("\n"):
        paragraph = letters(line)
        if not paragraph:
            continue
        if paragraph in box:
            inside += 1
        elif is_prose(line.strip()):
            outside += 1
    return outside > inside


# A heading element: a card's title, a box's label over its list or grid.
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: The fewest cards of a grid beside the story (one or two are a story's figures).
GRID_MIN_CARDS = 3


def note_list_paragraphs(tree: HtmlElement, main_text: str | None) -> frozenset[str]:
    """The texts of a list of notes the story's text links to, and of the heading over it.

    A footnote mark in a paragraph (``<sup><a href="#fn2">2</a></sup>``) links to an item
    of a list under the story (``<li id="fn2">``): a list of sources or notes whose
    items are named by links from outside the list is the story's apparatus, no body,
    whatever its language calls it ("Fontes", "Notes", "Quellen"). A table of contents
    links from its own items to the story's headings, not to a list's items.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    main_text : str or None
        The page's main text (trafilatura's); None: no list is read.

    Returns
    -------
    frozenset of str
        Each item's and the list's heading's letters and digits, case folded
        (:func:`analysis.clean.html_cards.letters`), also as printed after its number
        in an ordered list; the main text may hold them or not (the detector's prose
        continuing it passes over them: :mod:`analysis.clean.main_text_end`).
    """
    if not main_text:
        return frozenset()
    links = [link for link in tree.iter("a") if link.get("href", "").startswith("#")]
    targets = {link.get("href", "")[1:] for link in links}
    found: list[HtmlElement] = []
    for listing in tree.iter("ol", "ul") if targets else ():
        items = [item for item in listing if isinstance(item.tag, str)]
        if not items or any(item.tag != "li" or item.get("id") not in targets for item in items):
            continue
        outer = {link.get("href", "")[1:] for link in links if not _within(link, listing)}
        # every item a note the text outside the list links to
        if all(item.get("id") in outer for item in items):
            found.extend(items)
            found.extend(_heading_over(listing))
    found.extend(_back_linked_notes(tree, links))
    notes = _paragraphs(found)
    # a numbered list's items are printed after their numbers ("1. Source, 2026")
    numbered = {
        str(number) + letters(item.text_content())
        for listing in {item.getparent() for item in found if item.tag == "li"}
        if listing.tag == "ol"
        for number, item in enumerate(listing, start=_list_start(listing))
    }
    return notes | numbered


def _back_linked_notes(tree: HtmlElement, links: list[HtmlElement]) -> list[HtmlElement]:
    """The paragraphs that open with a note's anchor linking back to its mark in the text.

    A word processor's web export prints its notes as paragraphs, not a list (Google
    Docs: ``<p><a href="#ftnt_ref1" id="ftnt1">[1]</a>...</p>`` for a footnote,
    ``<a href="#cmnt_ref1" id="cmnt1">[a]</a>`` for a reviewer's comment), each opening
    with an anchor that the text's mark links to (``<a href="#ftnt1" id="ftnt_ref1">``)
    and that links back to the mark: a note, no body."""
    marks = {link.get("id") for link in links if link.get("id")}
    notes = []
    for paragraph in tree.iter("p"):
        first = next((child for child in paragraph if isinstance(child.tag, str)), None)
        if first is None or first.tag != "a" or (paragraph.text or "").strip():
            continue
        own, back = first.get("id"), first.get("href", "")[1:]
        if not own or back not in marks:
            continue
        mark = next((link for link in links if link.get("id") == back), None)
        if mark is not None and mark.get("href", "") == "#" + own and not _within(mark, paragraph):
            notes.append(paragraph)
    return notes


def _list_start(listing: HtmlElement) -> int:
    """The number an ordered list's first item is printed with (its ``start``, else 1)."""
    start = listing.get("start", "1").strip()
    return int(start) if start.isdigit() else 1


def card_grid_paragraphs(tree: HtmlElement, main_text: str | None) -> frozenset[str]:
    """The texts of a grid of cards set beside the story's prose, and of its heading.

    A grid is :data:`GRID_MIN_CARDS` elements or more of one tag and one class, children
    of one element (beside, at most, the headings over them), each a card: a heading, a
    link or a picture, and no more words than a line that is prose by its length alone
    (:data:`~analysis.clean.card_lines.PROSE_WORDS`: a card holds no paragraph). An
    election story's candidates, a fair's new books, a cooking contest's recipes are no
    body; a grid holding half of the main text or more is the story (a listicle's
    items), as a named box is (:func:`aside_paragraphs`). No tuned value.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    main_text : str or None
        The page's main text (trafilatura's); None: no grid is read.

    Returns
    -------
    frozenset of str
        Each card's paragraphs' and the grid's heading's letters and digits, case folded,
        whether the main text holds them or not.
    """
    if not main_text:
        return frozenset()
    story = letters(main_text)
    found: list[HtmlElement] = []
    for grid in tree.iter():
        children = [child for child in grid if isinstance(child.tag, str)]
        if len(children) < GRID_MIN_CARDS:
            continue
        cards = [child for child in children if child.tag not in _HEADINGS]
        kinds = {(card.tag, card.get("class")) for card in cards}
        if (
            len(cards) < GRID_MIN_CARDS
            or len(kinds) != 1
            or not cards[0].get("class")
            or not all(_is_card(card) for card in cards)
        ):
            continue
        text = letters(grid.text_content())
        if 2 * len(text) >= len(story) and not _beside_the_story(text, main_text):
            continue  # the story's own items
        found.extend(child for child in children if child.tag in _HEADINGS)
        for card in cards:
            found.extend(_leaves(card))
        found.extend(_heading_over(grid))
    return _paragraphs(found)


def _is_card(element: HtmlElement) -> bool:
    """Whether an element of a grid is a card: a heading, a link to another page or a
    picture, and fewer words than a paragraph (:func:`card_grid_paragraphs`)."""
    return (
        next(element.iter(*_HEADINGS), None) is not None
        and any(
            child.tag == "img" or (child.tag == "a" and not child.get("href", "#").startswith("#"))
            for child in element.iter("img", "a")
        )
        and count_words(element.text_content()) < PROSE_WORDS
    )


def _heading_over(element: HtmlElement) -> list[HtmlElement]:
    """The heading right before ``element`` among its siblings, or before its parent
    when it opens its parent (a section's heading over its list), as a list."""
    while element is not None:
        before = element.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            return [before] if before.tag in _HEADINGS else []
        element = element.getparent()
    return []


def _within(element: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``element`` stands inside ``box``."""
    return any(ancestor is box for ancestor in element.iterancestors())


def _leaves(box: HtmlElement) -> list[HtmlElement]:
    """The box's paragraphs holding no paragraph (or the box itself when none)."""
    leaves = [
        element
        for element in box.iter(*_PARAGRAPHS)
        if not any(child.tag in _PARAGRAPHS for child in element.iterdescendants())
    ]
    return leaves or [box]


def box_paragraph_texts(box: HtmlElement) -> list[str]:
    """The letters (:func:`letters`) of a box's paragraphs holding no paragraph (the box
    itself when it holds none), each non-empty.

    Parameters
    ----------
    box : lxml.html.HtmlElement
        A box of the page.

    Returns
    -------
    list of str
        The paragraphs' letters and digits, case folded, in the box's order.
    """
    return [text for element in _leaves(box) if (text := letters(element.text_content()))]


def _paragraphs(elements: list[HtmlElement]) -> frozenset[str]:
    """The letters of the elements' texts (:func:`letters`)."""
    return frozenset(text for element in elements if (text := letters(element.text_content())))

"""Boxes an HTML article sets beside its story, read from what the markup calls them.

A site prints notes about the story inside the article's markup: an opinion column's
disclaimer (``<p class="disclaimer">The opinions expressed are the author's own.</p>``),
an affiliate disclosure, a fact check's method box (``<div class="methodology">``), an
image's or infographic's caption (``<div class="infographic"><img><p>...</p></div>``), a
match's statistics under its report (``<table class="stats">``, the site's data);
and a box of links to other stories (``<p class="also">Les eisini: Headline</p>``,
``<aside class="related">``), which :mod:`analysis.clean.html_links` reads from its link
but a saved page may print without one.
trafilatura keeps their paragraphs in the main text; in any language the markup says
what they are. :func:`aside_paragraphs` gives their texts, which
:func:`analysis.clean.articles.html_body_lines` leaves out of the body, as it leaves out
the links to other stories (:mod:`analysis.clean.html_links`).

The markup's words are a family of names for such boxes (:data:`ASIDE_CLASS_WORDS`),
read as whole words of an element's ``class`` or ``id``
(:func:`analysis.clean.markup_words.class_words`), never a site's names. A marked box
that holds half of the main text or more is the story itself, whatever it is called,
unless more of the main text's paragraphs stand outside it than inside (a short market
report under a long legal disclaimer: :func:`_beside_the_story`). No tuned value.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.clean.card_lines import is_prose
from analysis.clean.html_cards import letters
from analysis.clean.markup_words import class_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["ASIDE_CLASS_WORDS", "aside_paragraphs"]

#: The class or id words that name a box of notes beside a story: a disclaimer or a
#: disclosure, a method box, a caption of an image or infographic, links to other
#: stories ("related", "read-also", "see-also"), a box of figures the site fills from
#: its data (a match's or a player's "stats" table under a match report), an ad slot
#: ("ad", "adv", "advert": its label).
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
        # an ad slot, its label ("Advertisement", "Реклама") the main text kept
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
    }
)
# The elements holding a paragraph's text (a table's row is one line of the main text).
_PARAGRAPHS = ("p", "li", "div", "h2", "h3", "h4", "h5", "h6", "figcaption", "tr")
# The letters a class or id holding a word of the family holds, in any case
# ("Disclaimer", "fact-check__methodology", "AdSlot"); whole words are checked after.
_MAY_NAME_ASIDE = re.compile("|".join(sorted(ASIDE_CLASS_WORDS)), re.IGNORECASE)


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
    for box in tree.iter():
        named = box.get("class"), box.get("id")
        if not any(value and _MAY_NAME_ASIDE.search(value) for value in named):
            continue
        if ASIDE_CLASS_WORDS.isdisjoint(class_words(box)):
            continue
        text = letters(box.text_content())
        if not text or (2 * len(text) >= len(story) and not _beside_the_story(text, main_text)):
            continue  # the story itself, whatever its box is called
        boxes.append(box)
        leaves = [
            element
            for element in box.iter(*_PARAGRAPHS)
            if not any(child.tag in _PARAGRAPHS for child in element.iterdescendants())
        ]
        for element in leaves or [box]:
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

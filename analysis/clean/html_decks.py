"""An HTML article's deck (standfirst), read from what the markup calls it.

Under its headline a story often prints a sentence or two that sums it up, set in a
larger type: the deck, standfirst or strapline (``<p class="standfirst">``,
``<p class="dek">``, ``<h2 class="subtitle">``). It is the editor's pitch for the
story, printed again as the page's summary, not its text: the extraction benchmark's
gold leaves it out of the body on most of its sites, and so do the review sets' golds.
trafilatura keeps it as the main text's first paragraph.

:func:`deck_paragraphs` gives the texts of the elements whose ``class`` or ``id``
holds a word of :data:`DECK_CLASS_WORDS` (as whole words:
:func:`analysis.clean.markup_words.class_words`), when they stand at the head of the
main text: before its first paragraph of prose that is no deck, and printed once there.
A section heading marked "subhead" is none: it heads a section of the story. A main
text that would be left without a line is left as it is. No tuned value.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.clean.card_lines import is_prose
from analysis.clean.html_cards import letters
from analysis.clean.markup_words import class_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["DECK_CLASS_WORDS", "deck_paragraphs"]

#: The class or id words that name a story's deck: its standfirst, dek, strapline or
#: subtitle (a second headline, "subheadline" or "sub-headline").
DECK_CLASS_WORDS = frozenset({"standfirst", "dek", "deck", "strapline", "subtitle", "subheadline"})
# The elements a deck is printed in.
_DECK_ELEMENTS = ("p", "div", "h2", "h3", "h4", "h5", "h6", "span")


def deck_paragraphs(tree: HtmlElement, main_text: str | None) -> frozenset[str]:
    """The texts of the deck paragraphs at the head of the main text (see the module).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    main_text : str or None
        The page's main text (trafilatura's); None: no deck is read.

    Returns
    -------
    frozenset of str
        Each deck paragraph's letters and digits, case folded
        (:func:`analysis.clean.html_cards.letters`); empty when the main text opens
        with no deck.
    """
    if not main_text:
        return frozenset()
    decks = {
        text
        for element in tree.iter(*_DECK_ELEMENTS)
        if _names_a_deck(class_words(element)) and (text := letters(element.text_content()))
    }
    if not decks:
        return frozenset()
    lines = [(line.strip(), letters(line)) for line in main_text.split("\n")]
    printed = [text for _, text in lines if text]
    found: set[str] = set()
    for line, text in lines:
        if text in decks and printed.count(text) == 1:
            found.add(text)
        elif text and is_prose(line):
            break  # the story's first paragraph: a deck is above it
    if not found or len(found) == len(printed):
        return frozenset()
    return frozenset(found)


def _names_a_deck(words: list[str]) -> bool:
    """Whether a class's words name a deck (:data:`DECK_CLASS_WORDS`, or "sub" and
    "headline" in a row)."""
    if not DECK_CLASS_WORDS.isdisjoint(words):
        return True
    return ("sub", "headline") in pairwise(words)

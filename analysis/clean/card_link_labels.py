"""A card's link label in a language no cue table holds, known by its address.

A card of an HTML listing often closes its teaser with a link to the story, labelled
with a word or two ("Read more", "moy", "leger plus"). The text view joins the label to
the teaser's last sentence, and where :data:`~analysis.clean.card_lines.READ_MORE_CUES`
does not know the language, the teaser reads as a headline-shaped line, no prose (a
forum's topic list in Cornish or Interlingua). The markup says what it is: a short link
at the end of a paragraph of prose, pointing to the address the card's headline links
to, is the card's link label, no text of the card; it is taken out before the page is
rendered. A label the cues know is left in place (the text view reads it as a cue).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.card_lines import READ_MORE_CUES, is_prose

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Most words of a link label (``leer más``, ``continue reading``, ``leger plus``).
MAX_LABEL_WORDS = 3


def drop_link_labels(card: HtmlElement) -> None:
    """Take out the card's link labels that repeat its headline's link (the module's
    docstring); their tails stay.

    Parameters
    ----------
    card : lxml.html.HtmlElement
        A card element (:func:`analysis.clean.html_cards.find_cards`); changed in place.
    """
    links = [link for link in card.iter("a") if link.get("href")]
    if len(links) < 2:
        return
    address = links[0].get("href")
    for link in links[1:]:
        text = " ".join(link.text_content().split())
        parent = link.getparent()
        if (
            link.get("href") != address
            or not text
            or len(text.split()) > MAX_LABEL_WORDS
            or READ_MORE_CUES.match(text)
            or (link.tail or "").strip()
            or parent is None
            or link.getnext() is not None
        ):
            continue
        before = " ".join(parent.text_content().split())
        if before.endswith(text) and is_prose(before[: -len(text)].strip()):
            link.drop_tree()

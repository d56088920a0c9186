"""A card's link label in a language no cue table holds, known by its address.

A card of an HTML listing often closes its teaser with a link to the story, labelled
with a word or two ("Read more", "moy", "leger plus"). The text view joins the label to
the teaser's last sentence, and where :data:`~analysis.clean.card_lines.READ_MORE_CUES`
does not know the language, the teaser reads as a headline-shaped line, no prose (a
forum's topic list in Cornish or Interlingua). The markup says what it is: a short link
at the end of a paragraph of prose, pointing to the address the card's headline links
to, is the card's link label, no text of the card; it is taken out before the page is
rendered. A label the cues know is left in place (the text view reads it as a cue),
unless the link's text ends with the card's headline (a hidden copy for screen readers,
"Read more: HEADLINE", as WordPress's Latest Posts block prints it): the headline read
twice is no text of the card either.
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
        if _label_before_headline(link, text, links) is not None:
            before = " ".join(parent.text_content().split()) if parent is not None else ""
            if (
                before.endswith(text)
                and not (link.tail or "").strip()
                and is_prose(before[: -len(text)].strip())
            ):
                link.drop_tree()  # "Read more: HEADLINE": a label and the headline read aloud
            continue
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


def _label_before_headline(link: HtmlElement, text: str, links: list[HtmlElement]) -> str | None:
    """The label of a link whose text ends with the card's headline, as a screen reader's
    hidden copy of it adds ("Basaha pa<span class=screen-reader-text>: HEADLINE</span>",
    "Read more about HEADLINE"): the words before the headline when there are one to
    :data:`MAX_LABEL_WORDS` of them and another link of the card to the same address
    reads (or is labelled for a screen reader) the headline; else None."""
    for other in links:
        if other is link or other.get("href") != link.get("href"):
            continue
        headline = " ".join((other.text_content() or other.get("aria-label") or "").split())
        if not headline or len(text) <= len(headline) or not text.endswith(headline):
            continue
        label = text[: -len(headline)].rstrip(" :-–—").strip()
        if label and len(label.split()) <= MAX_LABEL_WORDS:
            return label
    return None

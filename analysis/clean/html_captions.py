"""A photo essay's story told in its figures' captions, read into the HTML main text.

A photo essay prints a short intro, then its pictures, each with a caption of a few
sentences (``<figure><img><figcaption>...</figcaption></figure>``) and often a credit
line under it ("Photo: NAME", the same line under every picture). The captions are the
story; trafilatura's main text leaves ``<figure>`` out and keeps the intro and the
credits. When the captions hold more words than the main text (the story is in them,
not beside a longer text: an article's picture captions are a few words beside its
paragraphs), :func:`caption_story` gives the main text with the captions in their
places, in the page's order; a line the page prints again and again under its
pictures (the credit) is left out. No tuned value: "more words than the rest" is the
rule a text dump's gallery page follows (:mod:`analysis.clean.body.galleries`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from analysis.text import count_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["caption_story"]

# The elements whose text is a line of the story: a paragraph, a heading, a caption.
_LINES = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption")


def caption_story(tree: HtmlElement, main_text: str) -> str | None:
    """The main text with the page's ``<figcaption>`` texts in their places, when the
    captions hold more words than the main text; else None.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    main_text : str
        trafilatura's main text (one paragraph a line).

    Returns
    -------
    str or None
        The story's lines in the page's order, one a line: the main text's lines and the
        captions, each once, without a line the page prints more than once (a photo
        credit under every picture).

    Examples
    --------
    >>> from lxml.html import document_fromstring
    >>> tree = document_fromstring(
    ...     "<html><body><article><p>Intro.</p>"
    ...     "<figure><figcaption>Boats wait at the pier before dawn.</figcaption></figure>"
    ...     "<p>Photo: Ann Lee</p>"
    ...     "<figure><figcaption>The first catch is sold at six.</figcaption></figure>"
    ...     "<p>Photo: Ann Lee</p></article></body></html>"
    ... )
    >>> caption_story(tree, "Intro.\\nPhoto: Ann Lee\\nPhoto: Ann Lee")
    'Intro.\\nBoats wait at the pier before dawn.\\nThe first catch is sold at six.'
    """
    captions = [_text(element) for element in tree.iter("figcaption")]
    captions = [caption for caption in captions if caption]
    main_lines = {line.strip() for line in main_text.split("\n") if line.strip()}
    if sum(map(count_words, captions)) <= sum(map(count_words, main_lines)):
        return None
    lines = _story_lines(tree)
    printed = Counter(text for text, _ in lines)
    story: list[str] = []
    for text, is_caption in lines:
        if not text or text in story or printed[text] > 1:
            continue
        if is_caption or text in main_lines:
            story.append(text)
    return "\n".join(story)


def _story_lines(tree: HtmlElement) -> list[tuple[str, bool]]:
    """Each outermost line element's text, and whether it is a caption, in page order
    (a paragraph inside a caption or a list item is read with it)."""
    return [
        (_text(element), element.tag == "figcaption")
        for element in tree.iter(*_LINES)
        if not any(parent.tag in _LINES for parent in element.iterancestors())
    ]


def _text(element: HtmlElement) -> str:
    """An element's text, its whitespace runs as one space."""
    return " ".join(element.text_content().split())

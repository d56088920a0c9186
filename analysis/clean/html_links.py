"""Links to other stories set between an HTML article's paragraphs, read from the markup.

A site sets "read also" links between its story's paragraphs: a paragraph holding a
short label and one link whose text is another story's headline ("<p><strong>Læs
også:</strong> <a href=...>Headline</a></p>", "相关新闻：<a>...</a>"). trafilatura keeps
such a paragraph in the main text; the text view shows a label and a headline on one
line, which in a text dump the body detector drops as chrome. In any language, the
markup says what it is: :func:`link_paragraphs` gives their texts, which
:func:`analysis.clean.articles.html_body_lines` leaves out of the body. A paragraph
whose label is followed by text that is no link ("<strong>Tested by:</strong> Jane
Doe"), or a subheading in the story's own words, is not one. A story set as text with
``<br>`` between its paragraphs has no paragraph element around such a link: there the
line between two line breaks holding a label in bold and one link is one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.html_cards import letters
from analysis.text import count_label_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: The most words of the label before a related story's link ("À lire aussi", "Tin liên
#: quan", "ALSO READ"): a longer text around the link is a sentence that links.
MAX_LABEL_WORDS = 4
#: The fewest words of a link's text read as another story's headline ("Ferry service
#: to resume"); a shorter one is a name or a term that the paragraph links.
MIN_HEADLINE_WORDS = 3
#: Marks that end a label before its link ("Read also:", "Related |", "Plus »").
_LABEL_ENDS = ":：|»›>-–—"
#: The elements a label may be set in instead of ending with a mark ("<b>Read also</b>").
_EMPHASIS = frozenset({"strong", "b", "em", "i", "span"})
_PARAGRAPHS = frozenset({"p", "li", "div", "h4", "h5", "h6"})
#: The elements a line of a text set with ``<br>`` stands between.
_LINE_EDGES = frozenset({"br", "p", "div", "ul", "ol", "table", "blockquote", "h2", "h3", "hr"})


def link_paragraphs(tree: HtmlElement) -> frozenset[str]:
    """The texts of the page's paragraphs that are a label and one link to a story.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    frozenset of str
        Each such paragraph's letters and digits, case folded
        (:func:`analysis.clean.html_cards.letters`).
    """
    found = set()
    for element in tree.iter(*_PARAGRAPHS):
        if any(child.tag in _PARAGRAPHS for child in element.iterdescendants()):
            continue  # a container, not a paragraph
        links = list(element.iter("a"))
        if len(links) != 1:
            continue
        link_text = links[0].text_content().strip()
        if count_label_words(link_text) < MIN_HEADLINE_WORDS:
            continue
        text = element.text_content().strip()
        if not text.endswith(link_text):
            continue  # text after the link: a sentence that links
        label = text[: len(text) - len(link_text)].strip()
        if not label or count_label_words(label) > MAX_LABEL_WORDS:
            continue
        emphasized = any(
            child.tag in _EMPHASIS and child.text_content().strip() == label
            for child in element.iterdescendants()
        )
        if label[-1] in _LABEL_ENDS or emphasized:
            found.add(letters(text))
    found.update(_link_lines(tree))
    return frozenset(found)


def _link_lines(tree: HtmlElement) -> set[str]:
    """The texts of the lines of a text set with ``<br>`` (no paragraph element around
    each) that are a label in an emphasis element and one link to a story:
    "<br><b>Читайте також:</b> <a>Headline</a><br>", the line standing alone between two
    line breaks, the edges of its container or a block element."""
    found = set()
    for link in tree.iter("a"):
        label = link.getprevious()
        if label is None or label.tag not in _EMPHASIS or (label.tail or "").strip():
            continue
        link_text = link.text_content().strip()
        label_text = label.text_content().strip()
        if (
            count_label_words(link_text) < MIN_HEADLINE_WORDS
            or not label_text
            or count_label_words(label_text) > MAX_LABEL_WORDS
            or (link.tail or "").strip()
        ):
            continue
        before, after = label.getprevious(), link.getnext()
        if before is None:  # the line opens its container
            opens_line = not (label.getparent().text or "").strip()
        else:
            opens_line = before.tag in _LINE_EDGES and not (before.tail or "").strip()
        if opens_line and (after is None or after.tag in _LINE_EDGES):
            found.add(letters(f"{label_text} {link_text}"))
    return found

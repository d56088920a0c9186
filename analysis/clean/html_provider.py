"""The provider an aggregator names over a story it re-hosts, read from the markup.

An aggregator that re-hosts a story (a news portal's partner feed, a reader app's
copy) files it under its own address but shows whose story it is in a provider slot
above the headline: the provider's logo and, right after it, the provider's name as
text (``<img alt="Harbour Daily"> <span>Harbour Daily</span> <h1>...``). The markup
says what the slot is in any language and for any aggregator: an image whose
alternative text is printed again, and nothing else, between the image and the
page's first ``<h1>``. :func:`provider_name` gives that name;
:func:`analysis.clean.articles` makes it the article's ``credited_source`` unless it
names the outlet itself (a site's own logo over its own story) or the byline (an
author's photo).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.text import count_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: The most words of a provider's name (a longer image text describes a picture).
MAX_PROVIDER_WORDS = 6
#: The most characters of text read between the logo and the headline.
_MAX_SLOT_CHARS = 200


def provider_name(tree: HtmlElement) -> str | None:
    """The name a logo's alternative text and the text after it, up to the headline, give.

    Parameters
    ----------
    tree : HtmlElement
        The parsed page.

    Returns
    -------
    str or None
        The name as printed, or None when the last image before the page's first
        ``<h1>`` has no short alternative text or is followed by any other text.
    """
    from lxml.etree import iterwalk

    alt: str | None = None
    after: list[str] = []
    for event, element in iterwalk(tree, events=("start", "end")):
        tag = element.tag
        if event == "end":
            if alt is not None and element.tail:
                after.append(element.tail)
        elif not isinstance(tag, str) or tag in ("script", "style"):
            continue  # a comment's or a script's text is not printed
        elif tag == "h1":
            break
        elif tag == "img":
            value = " ".join((element.get("alt") or "").split())
            alt = value if 0 < count_words(value) <= MAX_PROVIDER_WORDS else None
            after = []
        elif alt is not None and element.text:
            after.append(element.text)
        if alt is not None and sum(map(len, after)) > _MAX_SLOT_CHARS:
            alt = None
    else:
        return None
    if alt is None or " ".join(" ".join(after).split()) != alt:
        return None
    return alt

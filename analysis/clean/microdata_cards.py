"""The authors a page's microdata gives other stories: related cards under the story
(``<article itemscope itemtype="https://schema.org/NewsArticle">`` holding its own
``itemprop="headline"`` and ``itemprop="author"``), whose author trafilatura may take
for the page's when the page's own story carries no microdata.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.outlet import compact_name

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["related_item_authors"]


def related_item_authors(tree: HtmlElement, headline: str | None) -> set[str]:
    """The author names of the microdata items holding a headline other than the page's.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    headline : str or None
        The page's own headline (its title as read).

    Returns
    -------
    set of str
        Each name as :func:`~analysis.clean.outlet.compact_name` writes it: the authors
        of every ``itemscope`` element whose ``itemprop="headline"`` is not ``headline``
        (an item without a headline, or with the page's, names the page's own author).
    """
    own = compact_name(headline or "")
    names: set[str] = set()
    for item in tree.iter():
        if not isinstance(item.tag, str) or item.get("itemscope") is None:
            continue
        headlines = [
            compact_name(node.text_content())
            for node in item.iter()
            if isinstance(node.tag, str) and "headline" in (node.get("itemprop") or "").split()
        ]
        if not headlines or own in headlines:
            continue
        names.update(
            compact_name(node.text_content())
            for node in item.iter()
            if isinstance(node.tag, str) and "author" in (node.get("itemprop") or "").split()
        )
    names.discard("")
    return names

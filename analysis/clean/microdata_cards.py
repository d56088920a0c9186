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
        The page's own headline (its title as read, "Headline - Site" too).

    Returns
    -------
    set of str
        Each name as :func:`~analysis.clean.outlet.compact_name` writes it: the authors
        whose item (the nearest ``itemscope`` element around the ``itemprop="author"``)
        holds its own ``itemprop="headline"`` (not a nested item's), none of them the
        page's (equal to ``headline`` or inside it, compacted). An item without a
        headline of its own names no other story's author.
    """
    own = compact_name(headline or "")
    headlines: dict[HtmlElement, set[str]] = {}
    authors: list[tuple[HtmlElement, str]] = []
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        props = (node.get("itemprop") or "").split()
        if "headline" in props and (item := _item_of(node)) is not None:
            headlines.setdefault(item, set()).add(compact_name(node.text_content()))
        if "author" in props and (item := _item_of(node)) is not None:
            authors.append((item, compact_name(node.text_content())))
    return {
        name
        for item, name in authors
        if name and headlines.get(item) and not any(h in own or own in h for h in headlines[item])
    }


def _item_of(node: HtmlElement) -> HtmlElement | None:
    """The nearest ``itemscope`` element around ``node`` (not ``node`` itself)."""
    for ancestor in node.iterancestors():
        if ancestor.get("itemscope") is not None:
            return ancestor
    return None

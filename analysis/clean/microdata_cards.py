"""The authors and days a page's microdata gives other stories: related cards under the story
(``<article itemscope itemtype="https://schema.org/NewsArticle">`` holding its own
``itemprop="headline"`` and ``itemprop="author"``), whose author trafilatura may take
for the page's when the page's own story carries no microdata.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.clean.name_forms import compact_name

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["related_item_authors", "related_item_days"]


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
        Each name as :func:`~analysis.clean.name_forms.compact_name` writes it: the authors
        whose item (the nearest ``itemscope`` element around the ``itemprop="author"``)
        holds its own ``itemprop="headline"`` (not a nested item's), none of them the
        page's (equal to ``headline`` or inside it, compacted). An item without a
        headline of its own names no other story's author.
    """
    names = {compact_name(node.text_content()) for node in _related_props(tree, headline, "author")}
    names.discard("")
    return names


def related_item_days(tree: HtmlElement, headline: str | None) -> set[str]:
    """The ``datePublished`` days of the microdata items holding a headline other than
    the page's (as :func:`related_item_authors` tells them): a "Read next" card's
    ``<meta itemprop="datePublished" content="2026-09-12">`` is no date of the page's.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    headline : str or None
        The page's own headline.

    Returns
    -------
    set of str
        ``yyyy-mm-dd`` days (a ``content`` or ``datetime`` attribute's, else the text's).
    """
    days = set()
    for node in _related_props(tree, headline, "datePublished"):
        value = node.get("content") or node.get("datetime") or node.text_content()
        if day := _DAY.match(value.strip()):
            days.add(day.group(0))
    return days


# A machine-readable day at the start of a value ("2026-09-12", "2026-09-12T08:00Z").
_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")


def _related_props(tree: HtmlElement, headline: str | None, prop: str) -> list[HtmlElement]:
    """The elements holding ``itemprop=prop`` whose item holds its own headline, none of
    them the page's ``headline`` (compacted, equal or inside it)."""
    own = compact_name(headline or "")
    headlines: dict[HtmlElement, set[str]] = {}
    found: list[tuple[HtmlElement, HtmlElement]] = []
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        props = (node.get("itemprop") or "").split()
        if "headline" in props and (item := _item_of(node)) is not None:
            headlines.setdefault(item, set()).add(compact_name(node.text_content()))
        if prop in props and (item := _item_of(node)) is not None:
            found.append((item, node))
    return [
        node
        for item, node in found
        if headlines.get(item) and not any(h in own or own in h for h in headlines[item])
    ]


def _item_of(node: HtmlElement) -> HtmlElement | None:
    """The nearest ``itemscope`` element around ``node`` (not ``node`` itself)."""
    for ancestor in node.iterancestors():
        if ancestor.get("itemscope") is not None:
            return ancestor
    return None

"""The site's name in an HTML page's feed links.

A blog or news page links its feeds in its ``<head>``, each titled with the site's name
and the feed's kind: Blogger's ``<link rel="alternate" type="application/atom+xml"
title="Example Notes - Atom">``, WordPress's ``title="Example Notes &raquo; Feed"`` and
``"Example Notes &raquo; Comments Feed"``. The part before the kind names the site.
:func:`feed_site_name` gives it; :mod:`analysis.clean.html_page` reads a heading printing
it as the site's name drawn as a heading (a blog theme's ``<h1>`` over the post's own
heading), not the story's headline. No value is tuned.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["feed_site_name"]

#: The ``type`` of a link to a feed.
FEED_TYPES = frozenset(("application/rss+xml", "application/atom+xml", "application/feed+json"))
# A feed link's title: the site's name, a separator (a spaced dash, "»", "|" or ":") and
# the feed's kind, which names a feed format or the word "feed" ("Atom", "RSS",
# "Comments Feed", "RSS 2.0").
_FEED_TITLE = re.compile(
    r"(?P<name>.+?)\s*(?:\s[-–—|]\s|»|:\s)\s*(?P<kind>[^-–—|»:]*\b(?:atom|rss|feed)\b[^-–—|»:]*)",
    re.IGNORECASE,
)


def feed_site_name(tree: HtmlElement) -> str | None:
    """The site's name the page's feed links are titled with.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    str or None
        The name before the feed's kind in the titles of the ``<link rel="alternate">``
        elements of a feed type (the one most of them give, the first on a tie); None
        when no feed link is titled so.
    """
    names: Counter[str] = Counter()
    for link in tree.iter("link"):
        if "alternate" not in (link.get("rel") or "").lower().split():
            continue
        if (link.get("type") or "").strip().lower() not in FEED_TYPES:
            continue
        found = _FEED_TITLE.fullmatch(" ".join((link.get("title") or "").split()))
        if found is not None:
            names[found["name"].strip()] += 1
    return names.most_common(1)[0][0] if names else None

"""A short headline read as the site's name when the story's URL slug spells it.

A text dump that opens with a short headline ("Harbor Bridge", a blank line, then the
story: a crawl export's text column, a copy-paste) gives the site-name finder
(:func:`analysis.clean.site_name.page_site_name`) a line shaped as a masthead: short,
title-cased, alone at the top. The page's URL tells them apart: a story's address ends
in its headline written as a slug (``.../archives/harbor-bridge``), a masthead's name is
no story's slug. Such a name is no site name: the page is its URL's site's, and the line
stays for the headline finder.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from analysis.clean.domains import original_url, registered_domain
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.url_slugs import name_slug

__all__ = ["spelled_by_story_slug"]


def spelled_by_story_slug(name: str, url: str | None) -> bool:
    """Whether ``name`` is what the story's slug, the last segment of ``url``'s path,
    spells whole: the story's headline, not its site's name.

    The slug is read without a file extension (``harbor-bridge.html``), with ``_`` for
    ``-`` and a leading "the" either side ignored; an index file (``index.html``,
    ``default.aspx``) gives the segment before it. A segment of digits (a story's id)
    spells nothing, nor does a name of the URL's own domain.

    Parameters
    ----------
    name : str
        The name the page's text gives its site.
    url : str or None
        The page's URL (its manifest's, its canonical link's).

    Returns
    -------
    bool
        True when the slug spells the name and nothing more.

    Examples
    --------
    >>> spelled_by_story_slug("Harbor Bridge", "https://www.example.com/archives/harbor-bridge")
    True
    >>> spelled_by_story_slug("Harbor Bridge", "https://www.example.com/archives/harbor-bridge-shut")
    False
    >>> spelled_by_story_slug("The Example Post", "https://www.examplepost.com/the-example-post")
    False
    """
    if not url:
        return False
    domain = registered_domain(url)
    wanted = _without_the(name_slug(name))
    if domain is None or not wanted:
        return False
    stem = _story_stem(original_url(url))
    return bool(stem) and _without_the(stem) == wanted and not name_matches_domain(name, domain)


def _story_stem(url: str) -> str:
    """The last segment of ``url``'s path that is no index file, without its extension,
    case folded, ``_`` written ``-``; "" for none."""
    segments = [unquote(part) for part in urlsplit(url).path.split("/") if part]
    while segments:
        stem = _EXTENSION.sub("", segments.pop()).casefold().replace("_", "-")
        if stem not in _INDEX_FILES:
            return stem
    return ""


def _without_the(slug: str) -> str:
    """A slug without a leading "the-"."""
    return slug[4:] if slug.startswith("the-") else slug


#: A file name's extension ("harbor-bridge.html", ".php", ".aspx").
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
#: The names of a folder's index file on web servers (``/story/index.html``).
_INDEX_FILES = frozenset({"index", "default"})

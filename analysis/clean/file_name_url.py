"""A page's address written as its file's name.

Some scrapers save each page under its URL made safe for a file name: percent-encoded
(``https%3A%2F%2Fwww.example.com%2Fnews%2Fstory.txt``, what ``urllib.parse.quote(url,
safe="")`` gives) or with the separators replaced by ``_``
(``https___www.example.com_news_story.txt``, ``https:__www.example.com_news_story.html``).
Such a name is the page's address as surely as a manifest row would be: the name
starts with the scheme, and the host after it is a name under a public suffix. It is
read last, after the manifest's URL, an HTML page's canonical link and a scraper's
header (:attr:`analysis.clean.articles.PageFacts.url`). A name is only ever read as a
URL string, never as a path to open.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote

from analysis.clean.domains import is_public_domain

__all__ = ["file_name_url"]

# The scheme and its "://" as a file name writes them: percent-encoded, or with ":" and
# "/" (or only "/") replaced by "_".
_ENCODED_START = re.compile(r"(?i)^(https?)%3A%2F%2F")
_UNDERSCORED_START = re.compile(r"(?i)^(https?)(?:___|:__)(?=[^_])")
# The host after the scheme: labels of letters, digits and "-" joined by dots.
_HOST = re.compile(r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)+")
# What a page's file name ends with after its URL: the saved format's suffixes.
_SAVED_SUFFIX = re.compile(r"(?i)(?:\.(?:txt|md|html?|xhtml|json|mhtml?|gz))+$")


def file_name_url(name: str) -> str | None:
    """The URL a page's file name spells, or None for a name that spells none.

    Parameters
    ----------
    name : str
        The page's file name (a path's last part is read).

    Returns
    -------
    str or None
        ``https://HOST/PATH`` when the name is a URL percent-encoded or written with
        ``_`` for its separators (the path's ``_`` read as ``/``), its host under a
        public suffix; None otherwise.

    Examples
    --------
    >>> file_name_url("https%3A%2F%2Fwww.example.com%2Fnews%2Fstory.txt")
    'https://www.example.com/news/story'
    >>> file_name_url("https___www.example.com_news_story.html")
    'https://www.example.com/news/story'
    >>> file_name_url("story.txt") is None
    True
    """
    stem = _SAVED_SUFFIX.sub("", PurePosixPath(name).name)
    if (start := _ENCODED_START.match(stem)) is not None:
        rest = unquote(stem[start.end() :])
    elif (start := _UNDERSCORED_START.match(stem)) is not None:
        rest = stem[start.end() :].replace("_", "/")
    else:
        return None
    host = _HOST.match(rest)
    if host is None or not is_public_domain(host.group(0)):
        return None
    if host.end() < len(rest) and rest[host.end()] not in "/?#:":
        return None
    return f"{start.group(1).lower()}://{rest}"

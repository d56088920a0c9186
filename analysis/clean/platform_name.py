"""A platform's own name in the markup of a user's site it hosts.

A blogging or site-building platform that gives each user a site at a host or a folder
of its own (``NAME.platform.example/post/...``, ``platform.example/NAME/...``) often
writes its own name in every page's markup (``og:site_name`` "Platform") while the page
itself, its ``<title>`` and its text name the user's site ("Halloway Dispatch"). Read
as the page's site name, the platform's name files two users' sites as one outlet, the
platform's. :func:`user_site_markup` tells that markup name apart: it names the URL's
registered domain, the text names another site, and the URL's host label or one of its
path segments spells that other name. No list of platforms: the URL and the two names
decide.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from analysis.clean.domains import original_url, registered_domain, url_host
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.name_forms import compact_name
from analysis.clean.url_slugs import spelled_at_start

_WORD = re.compile(r"[^\W_]+")


def user_site_markup(markup_name: str | None, text_name: str | None, url: str | None) -> bool:
    """Whether the markup's site name is the hosting platform's, over a user's site the
    text names.

    Parameters
    ----------
    markup_name : str or None
        The site name the page's markup gives (``og:site_name``).
    text_name : str or None
        The site name the page's text gives.
    url : str or None
        The page's URL.

    Returns
    -------
    bool
        True when ``markup_name`` is a name of the URL's registered domain, ``text_name``
        (two words or more: a one-word name, "Ledger", names a section as often as a
        site) is not, and the host's first label (not ``www``) or a path segment before
        the last one spells ``text_name`` run together.

    Examples
    --------
    >>> user_site_markup("Platform", "Harbour Notes", "https://www.platform.com/harbournotes/81/pier")
    True
    >>> user_site_markup("Example Daily", "Example Daily Sport", "https://www.exampledaily.com/sport/x")
    False
    """
    if not markup_name or not text_name or not url:
        return False
    domain = registered_domain(url)
    compact = compact_name(text_name)
    if not domain or len(_WORD.findall(text_name)) < 2:
        return False  # a one-word name ("Ledger") names a section as often as a site
    if not name_matches_domain(markup_name, domain):
        return False
    if name_matches_domain(text_name, domain):
        return False
    parts = urlsplit(original_url(url))
    host = url_host(url).removeprefix("www.")  # (its xn-- labels decoded, as the domain's)
    labels = host.removesuffix(domain).strip(".").split(".") if host != domain else []
    segments = [segment for segment in parts.path.split("/") if segment][:-1]
    return any(spelled_at_start(part, compact) for part in (*labels[:1], *segments))

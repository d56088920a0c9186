"""A web archive's snapshot of a page: the site it saved, from the snapshot's links.

A snapshot's canonical link may be the archive's own short address
(``https://archive.ph/Ab12C``), which holds no inner URL for
:func:`analysis.clean.domains.original_url` to unwrap; or a saved page may have no
canonical link at all. Its links still show what it is: the archive rewrites every link
of the saved page to wrap the original (``https://archive.ph/o/Ab12C/https://www.
example.com/news``, ``https://web.archive.org/web/2026.../https://www.example.com/``),
so most of the page's links are on the archive's host and wrap URLs of one other host,
the saved site. The structure decides: no list of archives, no tuned value (each
condition is a majority). A page citing a few archived links is no snapshot: the
wrapping links must be most of the page's links.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from html import unescape
from typing import NamedTuple
from urllib.parse import urlsplit

from analysis.clean.domains import original_url, registered_domain
from analysis.clean.name_domain import name_matches_domain

# A link's target: ``href="..."`` after no word character, "href" in any case. The first
# letter is matched as "h" or "H" (the only letters that fold to it) with the word
# boundary looked at behind it, so the search runs to each "h" without trying the
# pattern at every character of the markup (what ``\bhref`` under IGNORECASE did: the
# same matches, 5 times the time on the dev pages).
_HREF = re.compile(r"""[hH](?<!\w[hH])(?i:ref)\s*=\s*["']([^"']+)["']""")


class Snapshot(NamedTuple):
    """A web archive's snapshot: the archive's host and the site it saved.

    Attributes
    ----------
    archive : str
        The archive's host (``archive.ph``, ``web.archive.org``).
    saved : str
        ``https://HOST/`` of the saved site.
    """

    archive: str
    saved: str


def page_links(html: str) -> list[str]:
    """The targets of a page's links (``href`` values, character references decoded).

    Parameters
    ----------
    html : str
        The markup.

    Returns
    -------
    list of str
        In page order.
    """
    return [unescape(link).strip() for link in _HREF.findall(html)]


def link_host(url: str) -> str:
    """The host of a link, lower case; ``""`` for a relative link or a malformed one.

    Parameters
    ----------
    url : str
        A link target.

    Returns
    -------
    str
        The host (``www.example.com``), or ``""``.
    """
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed link ("http://[bad")
        return ""


def snapshot_original(url: str | None, links: Sequence[str]) -> Snapshot | None:
    """The site a web archive's snapshot saved, or None for a page that is no snapshot.

    The archive's host is that of ``url`` (the page's canonical URL) when it wraps no
    inner URL, else (no canonical URL) the host of most links that wrap one. The page
    is a snapshot when at least two of its links on that host wrap another host's URL,
    they are at least half of that host's links, that host holds at least half of the
    page's absolute links, and more than half of the wrapped URLs are on one host.

    Parameters
    ----------
    url : str or None
        The page's canonical URL, if any.
    links : sequence of str
        The page's link targets (:func:`page_links`).

    Returns
    -------
    Snapshot or None
        The archive's host and the saved site; None when ``url`` already wraps the
        original (:func:`~analysis.clean.domains.original_url` reads it) or the page is
        no snapshot.
    """
    if url and original_url(url) != url:
        return None
    if url:
        host = link_host(url)
    else:
        wrappers = Counter(link_host(link) for link in links if original_url(link) != link)
        host = wrappers.most_common(1)[0][0] if wrappers else ""
    if not host:
        return None
    absolute = [link for link in links if link_host(link)]
    same = [link for link in absolute if link_host(link) == host]
    inner = [link_host(original_url(link)) for link in same if original_url(link) != link]
    inner = [h for h in inner if h and h != host]
    if len(inner) < 2 or 2 * len(inner) < len(same) or 2 * len(same) < len(absolute):
        return None
    best, count = Counter(inner).most_common(1)[0]
    return Snapshot(host, f"https://{best}/") if 2 * count > len(inner) else None


def archive_site_name(site_name: str | None, archive: str) -> bool:
    """True when a snapshot's markup site name names the archive, not the saved site.

    Parameters
    ----------
    site_name : str or None
        The markup's site name (``og:site_name``).
    archive : str
        The archive's host (:attr:`Snapshot.archive`).

    Returns
    -------
    bool
        Whether the name matches the archive's domain (``archive.ph`` of ``archive.ph``).
    """
    domain = registered_domain(f"https://{archive}/")
    return bool(site_name and domain and name_matches_domain(site_name, domain))

"""A site's name where trafilatura gives only its host.

Without a site-name tag trafilatura gives the page's host as its site ("example.it" of
the canonical address): a live blog's ``LiveBlogPosting``, whose ``publisher`` it does
not read, an AMP page without ``og:site_name``. The page may still name its site twice
over: its JSON-LD article's ``publisher`` and the site part of its ``<title>``
("Headline | Il Corriere delle Dolomiti"). When the two agree, that is the site's name,
and the host gives way to it; one alone (a publisher that may be the group, a title part
that may be a section) leaves the host. No tuned value.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.domains import url_host
from analysis.clean.link_forms import unicode_domain

__all__ = ["named_over_host"]


def named_over_host(
    site_name: str | None,
    url: str | None,
    title_parts: Sequence[str],
    publishers: Sequence[str],
) -> str | None:
    """The name the ``<title>`` and the JSON-LD publisher agree on, over a site name that
    is only the page's host.

    Parameters
    ----------
    site_name : str or None
        The site name read so far (trafilatura's).
    url : str or None
        The page's address.
    title_parts : sequence of str
        The ``<title>`` cut at its separators (headline and site parts).
    publishers : sequence of str
        The JSON-LD articles' ``publisher`` / ``sourceOrganization`` names.

    Returns
    -------
    str or None
        The first publisher that is also a part of the title after its first (case and
        spaces aside), when ``site_name`` is the host of ``url`` (a leading "www." aside);
        else ``site_name`` as given.

    Examples
    --------
    >>> named_over_host("example.it", "https://www.example.it/a", ("Headline", "Example News"),
    ...                 ["Example News"])
    'Example News'
    >>> named_over_host("example.it", "https://www.example.it/a", ("Headline",), ["Example News"])
    'example.it'
    """
    if not site_name or not url or not publishers or len(title_parts) < 2:
        return site_name
    host = url_host(url).removeprefix("www.")
    # (the host in Unicode and in its xn-- form is one: both compared decoded)
    if not host or unicode_domain(site_name.lower().removeprefix("www.")) != host:
        return site_name
    parts = {" ".join(part.casefold().split()) for part in title_parts[1:]}
    return next(
        (name for name in publishers if " ".join(name.casefold().split()) in parts), site_name
    )

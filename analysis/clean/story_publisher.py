"""The outlet whose story a page presents when the page's own site is another's.

Two kinds of site print another outlet's story under their own name:

- a news group's site printing a story of one of its papers: its ``og:site_name``, its
  ``<title>``'s site part and its JSON-LD ``publisher`` are the group ("Heartland Media
  Group"), the paper is the article's JSON-LD ``sourceOrganization`` ("the organization
  on whose behalf the creator was working", schema.org) and the page prints it (its
  logo's text, a publication bar, "By NAME, PAPER"). :func:`paper_over_group` gives the
  paper when the site name read is the publisher and the page's text or an image's
  alternative text prints the source's name;
- a news app's web preview of a publisher's story (an ``apple.news`` page): its
  ``og:site_name`` names the app, which is its own host's name ("Apple News" at
  ``apple.news``), while its ``<title>``'s site part and its publisher logo's text name
  the story's outlet. :func:`publisher_over_service` gives that outlet when the site
  name read is the page's registered domain in words and an image's alternative text
  repeats an end part of the ``<title>`` of another name.

The outlet a researcher files the story under is the paper that wrote it, as the
manifest's ``outlet`` would say. No word list and no tuned value: two places of the
markup agree on the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.domains import registered_domain
from analysis.clean.html_logo import IMAGE_TAGS, MAX_LOGO_WORDS
from analysis.clean.jsonld_article import source_organizations
from analysis.clean.name_forms import compact_name
from analysis.text import count_name_words

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from lxml.html import HtmlElement

__all__ = ["paper_over_group", "publisher_over_service"]


def paper_over_group(
    site_name: str | None, markup: str, parse: Callable[[], HtmlElement | None]
) -> str | None:
    """The paper a group's page presents, named by its article's ``sourceOrganization``.

    Parameters
    ----------
    site_name : str or None
        The site name read so far.
    markup : str
        The page's decoded markup.
    parse : callable
        Gives the parsed page (called only when the markup names a source).

    Returns
    -------
    str or None
        The source organization's name as the JSON-LD writes it, when ``site_name`` is
        the same article's publisher (case, spaces and marks aside) and the page's body
        prints the source's name (its text or an image's alternative text); else None.
    """
    if not site_name or "sourceOrganization" not in markup:
        return None
    site = compact_name(site_name)
    pairs = [(p, s) for p, s in source_organizations(markup) if compact_name(p) == site]
    tree = parse() if pairs else None
    body = tree.find(".//body") if tree is not None else None
    if body is None:
        return None
    printed = compact_name(body.text_content()) + " ".join(
        compact_name(image.get("alt") or "") for image in body.iter(*IMAGE_TAGS)
    )
    for _, source in pairs:
        named = compact_name(source)
        if named and named != site and named in printed:
            return source
    return None


def publisher_over_service(
    site_name: str | None,
    url: str | None,
    parts: Sequence[str],
    parse: Callable[[], HtmlElement | None],
) -> str | None:
    """The publisher a news app's preview names, over the app's own name.

    Parameters
    ----------
    site_name : str or None
        The site name read so far.
    url : str or None
        The page's address.
    parts : sequence of str
        The ``<title>`` cut at its separators
        (:func:`analysis.clean.html_page.title_parts`).
    parse : callable
        Gives the parsed page (called only when the site name is the domain's).

    Returns
    -------
    str or None
        The ``<title>``'s end part as written, of 1 to
        :data:`~analysis.clean.html_logo.MAX_LOGO_WORDS` words, when ``site_name`` is
        the page's registered domain in words ("Apple News", ``apple.news``) and an
        image's alternative text is that part, another name; else None.

    Examples
    --------
    >>> from lxml import html
    >>> page = html.fromstring('<html><body><img alt="The Mojave Sun"><h1>H</h1></body></html>')
    >>> publisher_over_service(
    ...     "Apple News",
    ...     "https://apple.news/A3x8",
    ...     ("Aquifer levels fall", "The Mojave Sun"),
    ...     lambda: page,
    ... )
    'The Mojave Sun'
    """
    if not site_name or not url or len(parts) < 2:
        return None
    domain = registered_domain(url)
    site = compact_name(site_name)
    if domain is None or not site or compact_name(domain) != site:
        return None
    ends = {compact_name(part): part for part in (parts[-1], parts[0])}
    ends.pop(site, None)
    tree = parse()
    for image in tree.iter(*IMAGE_TAGS) if tree is not None else ():
        part = ends.get(compact_name(image.get("alt") or ""))
        if part is not None and 0 < count_name_words(part) <= MAX_LOGO_WORDS:
            return part
    return None

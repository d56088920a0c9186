"""The site's name, and the author's, in markup trafilatura does not read (stage: clean).

A page may name its site only in the tags of scholarly indexes (``<meta
name="citation_publisher">``, ``citation_journal_title``, which Google Scholar reads and
news sites copy) or in RDFa, a publisher object whose name is a property of its own
(``<div property="schema:publisher"><meta property="schema:name" content="...">``).
Read only when no site-name tag, JSON-LD object or logo names the site
(:func:`analysis.clean.html_page.html_metadata`). An RDFa author object's name
(``property="schema:author"`` over ``property="schema:name"``) is read the same way,
when no tag or label names the writer; the headline an RDFa or microdata article gives
(``property="headline"``, ``itemprop="headline"``), when the page's titles are a section's
and no ``<h1>`` prints the story's. No tuned value.
"""

from __future__ import annotations

import json

from lxml.html import HtmlElement

from analysis.clean.meta_author import meta_tags

__all__ = [
    "CITATION_SITE_META",
    "citation_site_name",
    "markup_headline",
    "parsely_headline",
    "rdfa_author_names",
    "rdfa_publisher_name",
]

#: The scholarly tags naming the periodical and its publisher, the periodical first (a
#: journal's name is the outlet, its publisher the company behind it).
CITATION_SITE_META = ("citation_journal_title", "citation_publisher")


def citation_site_name(html: str) -> str | None:
    """The site name the scholarly ``<meta>`` tags write.

    Parameters
    ----------
    html : str
        The decoded markup.

    Returns
    -------
    str or None
        The ``content`` of the first of :data:`CITATION_SITE_META` the page has (spaces
        collapsed, entities decoded); None without one.
    """
    written = {}
    for key, content in meta_tags(html):
        written.setdefault(key, content)
    return next((written[key] for key in CITATION_SITE_META if key in written), None)


def rdfa_publisher_name(tree: HtmlElement) -> str | None:
    """The name of the first RDFa publisher object of a page.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    str or None
        The ``content`` (else the text) of the first element inside an element whose
        ``property`` is ``publisher`` (with any vocabulary prefix: ``schema:publisher``,
        ``https://schema.org/publisher``) whose own ``property`` is ``name``; None
        without one.
    """
    for node in tree.iter():
        if not isinstance(node.tag, str) or "publisher" not in _terms(node.get("property")):
            continue
        for inner in node.iterdescendants():
            if isinstance(inner.tag, str) and "name" in _terms(inner.get("property")):
                name = " ".join((inner.get("content") or inner.text_content()).split())
                if name:
                    return name
    return None


def rdfa_author_names(tree: HtmlElement) -> list[str]:
    """The names of a page's RDFa authors: of each element whose ``property`` is
    ``author`` (any vocabulary prefix), the first element inside it whose own
    ``property`` is ``name`` (``<span property="schema:author" typeof="schema:Person">
    <span property="schema:name">NAME</span></span>``), else its own text when nothing
    inside it carries a property (``<span property="schema:author">NAME</span>``).
    trafilatura reads no RDFa. Not a ``<meta>`` or ``<link>`` tag (OpenGraph's
    ``<meta property="article:author">`` holds a profile's address) nor an address.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    list of str
        The names in the page's order, spaces collapsed, each once; empty without one.
    """
    names: list[str] = []
    for node in tree.iter():
        if not isinstance(node.tag, str) or "author" not in _terms(node.get("property")):
            continue
        if node.tag in ("meta", "link"):
            continue  # OpenGraph's <meta property="article:author">: a profile's address
        inner = [
            element
            for element in node.iterdescendants()
            if isinstance(element.tag, str) and element.get("property")
        ]
        named = next(
            (element for element in inner if "name" in _terms(element.get("property"))), None
        )
        if named is None and inner:
            continue  # an object without a name (a profile's address alone)
        source = named if named is not None else node
        name = " ".join((source.get("content") or source.text_content()).split())
        if name and "://" not in name and name not in names:
            names.append(name)
    return names


def markup_headline(tree: HtmlElement) -> str | None:
    """The first headline an RDFa or microdata object of the page gives: the ``content``
    (else the text) of the first element whose ``property`` (any vocabulary prefix) or
    ``itemprop`` is ``headline``.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    str or None
        The headline, spaces collapsed; None without one.
    """
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag == "head":
            continue
        terms = _terms(node.get("property")) | _terms(node.get("itemprop"))
        if "headline" in terms:
            text = " ".join((node.get("content") or node.text_content()).split())
            if text:
                return text
    return None


def parsely_headline(html: str) -> str | None:
    """The ``title`` of the page's ``parsely-page`` tag (Parse.ly's older tag, a JSON
    object: ``{"title": ..., "pub_date": ..., "author": ...}``), spaces collapsed; None
    without one or when its content is no JSON object.

    Parameters
    ----------
    html : str
        The page's markup.

    Returns
    -------
    str or None
        The story's headline as the site's analytics tag records it.
    """
    page = next((content for key, content in meta_tags(html) if key == "parsely-page"), None)
    try:
        value = json.loads(page) if page else None
    except ValueError:
        return None
    title = value.get("title") if isinstance(value, dict) else None
    return " ".join(title.split()) or None if isinstance(title, str) else None


def _terms(value: str | None) -> set[str]:
    """An RDFa ``property`` attribute's terms without their vocabulary ("schema:name",
    "https://schema.org/name" -> "name"), in lower case."""
    if not value:
        return set()
    return {term.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower() for term in value.split()}

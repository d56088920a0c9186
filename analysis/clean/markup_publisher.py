"""The site's name in markup trafilatura does not read (stage: clean).

A page may name its site only in the tags of scholarly indexes (``<meta
name="citation_publisher">``, ``citation_journal_title``, which Google Scholar reads and
news sites copy) or in RDFa, a publisher object whose name is a property of its own
(``<div property="schema:publisher"><meta property="schema:name" content="...">``).
Read only when no site-name tag, JSON-LD object or logo names the site
(:func:`analysis.clean.html_page.html_metadata`). No tuned value.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from analysis.clean.meta_author import meta_tags

__all__ = ["CITATION_SITE_META", "citation_site_name", "rdfa_publisher_name"]

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


def _terms(value: str | None) -> set[str]:
    """An RDFa ``property`` attribute's terms without their vocabulary ("schema:name",
    "https://schema.org/name" -> "name"), in lower case."""
    if not value:
        return set()
    return {term.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower() for term in value.split()}

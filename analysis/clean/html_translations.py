"""Columns a page prints in a second language beside its own: taken out before rendering.

A bilingual institution (a ministry of a country with two official languages, a regional
parliament) prints each press release in both languages side by side: a table row of
two cells, or two ``<article>`` columns, one marked ``lang="smj"`` and the next
``lang="sv"``, under a page whose ``<html lang>`` names the first. Rendered as text, each
release becomes two cards or a story printed twice, the second in the other language:
two records of one release, and a headline joining both. The second column is a
translation of the first: the page's own language is the one its ``<html>`` element
declares, so a column marked with another language, right after a sibling of its tag
marked with the page's, is dropped, when each holds one story (one heading at most: a
release's cell, its column). An element marked with another language alone (a
quotation, a name, a heading's translation inside it) stays: only a column beside its
twin goes; and so does a language's column of several stories (a tag page's list in
each language, each story a page of its own in each: review listings_h270's
convention). The language subtags are compared by their primary subtag (``sv-SE``: sv).
No tuned value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_translated_columns"]


def _language(element: HtmlElement) -> str | None:
    """The primary subtag of the element's ``lang`` attribute, lower case; None without
    one."""
    value = (element.get("lang") or "").strip()
    return value.split("-")[0].casefold() or None


def _headings(element: HtmlElement) -> int:
    """How many heading elements (``<h1>`` to ``<h6>``) the element holds."""
    return sum(1 for found in element.iter(*_HEADING_TAGS))


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def drop_translated_columns(tree: HtmlElement) -> list[str]:
    """Take out the columns the page prints in a second language (see the module
    docstring).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page; changed in place.

    Returns
    -------
    list of str
        The texts of the columns taken out (an extractor's main text read from the
        markup holds them too).
    """
    root = tree.getroottree().getroot()
    own = _language(root)
    if own is None:
        return []
    columns = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        language = _language(element)
        if language is None or language == own:
            continue
        twin = element.getprevious()
        while twin is not None and not isinstance(twin.tag, str):
            twin = twin.getprevious()  # (a comment between the columns)
        if (
            twin is not None
            and twin.tag == element.tag
            and _language(twin) == own
            and _headings(twin) <= 1
            and _headings(element) <= 1
        ):
            columns.append(element)
    texts = [column.text_content() for column in columns]
    for column in columns:
        column.drop_tree()  # (its tail, text after it, stays)
    return texts

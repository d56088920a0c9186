"""A news agency's IPTC NewsML-G2 file (``.xml``): its news items, read as a feed's.

NewsML-G2 (https://iptc.org/standards/newsml-g2/) is the XML an agency or a newsroom
system sends its stories in: a ``<newsMessage>`` holding an ``<itemSet>`` of
``<newsItem>`` elements, or one ``<newsItem>`` alone. Each text item gives its headline
(``contentMeta/headline``), its creator (``contentMeta/creator/name``, or the creator's
``literal``), when its content was created (``contentMeta/contentCreated``, else
``itemMeta/firstCreated`` or ``versionCreated``), a summary
(``contentMeta/description``) and its text in ``contentSet`` (``inlineXML`` holding
NITF or XHTML paragraphs, or ``inlineData``). The item's ``provider`` or its rights'
``copyrightHolder`` (as ``literal``) names the site when every item names the same.
Elements are matched by local name (the namespaces differ by version); the message's
header (``<sent>``: when it was sent) dates no story. Only text is taken from the XML:
:func:`analysis.clean.feed_xml.feed_document` parses it (defusedxml) and writes the
listing page, every value escaped.
"""

from __future__ import annotations

from typing import NamedTuple
from xml.etree.ElementTree import Element

from analysis.clean.xml_elements import child as _child
from analysis.clean.xml_elements import children as _children
from analysis.clean.xml_elements import local_name as _local

__all__ = ["NEWSML_ROOTS", "NewsItem", "newsml_items", "newsml_site"]

#: The root elements of a NewsML-G2 file read as a listing (local names).
NEWSML_ROOTS = ("newsMessage", "newsItem")
# Where an item's text is: a content set's inline XML or inline data.
_CONTENT = ("inlineXML", "inlineData")
# The elements of a text whose texts are its paragraphs (NITF's and XHTML's).
_PARAGRAPHS = ("p", "hl2", "li")


class NewsItem(NamedTuple):
    """One text item of a NewsML-G2 file.

    Attributes
    ----------
    title : str
        Its headline.
    date : str or None
        When its content was created, as written (ISO 8601).
    teaser : str
        Its summary, else its text's paragraphs joined.
    author : str or None
        Its creators' names, joined by ", ".
    """

    title: str
    date: str | None
    teaser: str
    author: str | None


def newsml_items(root: Element) -> list[NewsItem]:
    """The text items of a NewsML-G2 file with a headline, in the file's order.

    Parameters
    ----------
    root : Element
        The parsed file's root (a ``newsMessage`` or a ``newsItem``).

    Returns
    -------
    list of NewsItem
        Empty when no item gives a headline.
    """
    items = []
    for entry in _items(root):
        meta = _child(entry, "contentMeta")
        title = _text(_child(meta, "headline"))
        if not title:
            continue
        item_meta = _child(entry, "itemMeta")
        date = next(
            (
                text
                for where, field in (
                    (meta, "contentCreated"),
                    (item_meta, "firstCreated"),
                    (item_meta, "versionCreated"),
                )
                if (text := _text(_child(where, field)))
            ),
            None,
        )
        teaser = _text(_child(meta, "description")) or _content_text(entry)
        names = [
            name
            for creator in _children(meta, "creator")
            if (
                name := _text(_child(creator, "name"))
                or " ".join(creator.get("literal", "").split())
            )
        ]
        items.append(NewsItem(title, date, teaser, ", ".join(names) or None))
    return items


def newsml_site(root: Element) -> str | None:
    """The site every item of a NewsML-G2 file names as its provider (or its rights'
    copyright holder); None when they name none or differ.

    Parameters
    ----------
    root : Element
        The parsed file's root.

    Returns
    -------
    str or None
        The name, its spaces collapsed.
    """
    names = set()
    for entry in _items(root):
        provider = _child(_child(entry, "itemMeta"), "provider")
        holder = _child(_child(entry, "rightsInfo"), "copyrightHolder")
        name = next(
            (
                text
                for element in (provider, holder)
                if element is not None
                and (text := " ".join(element.get("literal", "").split()) or _text(element))
            ),
            "",
        )
        names.add(name)
    return names.pop() or None if len(names) == 1 else None


def _items(root: Element) -> list[Element]:
    return [element for element in root.iter() if _local(element.tag) == "newsItem"]


def _content_text(entry: Element) -> str:
    """The text of an item's content set: its paragraphs joined, else all its text."""
    content_set = _child(entry, "contentSet")
    for content in _children(content_set, *_CONTENT):
        paragraphs = [
            text
            for element in content.iter()
            if _local(element.tag) in _PARAGRAPHS and (text := _text(element))
        ]
        if text := " ".join(paragraphs) or _text(content):
            return text
    return ""


def _text(element: Element | None) -> str:
    return "" if element is None else " ".join("".join(element.itertext()).split())

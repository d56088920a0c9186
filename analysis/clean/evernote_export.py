"""An Evernote export (``.enex``): its notes, web clips of stories, as a listing page.

Evernote exports a notebook's notes as one XML file (``<en-export>`` of ``<note>``
elements): each note has its ``<title>``, when it was made (``<created>``: the clip's
time, no story's date), its ``<note-attributes>`` (the Evernote user as ``<author>``, no
byline; the clipped page's ``<source-url>``) and its ``<content>``, the clip as ENML (an
XHTML document in a CDATA section). Each note is a card of the listing page written by
:func:`analysis.clean.feed_xml.listing_html`: its title linked to its source URL, that
URL's host (without ``www.``) the card's source, the site a read-later clip is credited
to (as a read-later CSV's rows are: :data:`analysis.clean.clipping_table.ADDRESS_COLUMNS`),
and the clip's text one paragraph per block of its markup (``<div>``, ``<p>``, a heading,
a list item, a line break), a heading that repeats the note's title left out, so the
listing reader finds the clip's own date, byline and text lines in it as in any card.
Every value is escaped: the clip's markup never becomes markup.

An export of one note is that clip's page, not a listing of one card: the clip is the
page the user saved (a 'full page' clip keeps the site's menu, share line, related list
and footer around the story, which a card's text would all keep), so its ENML is the
document, as an MHTML file's HTML part is (:mod:`analysis.clean.mhtml`), under a
``<title>`` holding the note's title (escaped), its source URL the page's (h390).

The export is parsed with defusedxml (its ``<!DOCTYPE en-export SYSTEM ...>`` names a
DTD nothing fetches; an entity declaration is refused); the ENML is read as text, its
tags cutting blocks. An export without a note that has a title is no page.
"""

from __future__ import annotations

import re
from html import escape, unescape
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from analysis.clean.feed_xml import FeedItem, listing_html
from analysis.clean.saved_document import SavedDocument, web_url
from analysis.clean.xml_elements import child, local_name
from analysis.errors import PageReadError

#: File name endings of Evernote exports.
ENEX_SUFFIXES = (".enex",)

# A tag ending a block of ENML's text (a paragraph, a heading, a list item, a line
# break, a table's row or cell), and any other tag.
_BLOCK_TAG = re.compile(
    r"</?(?:div|p|h[1-6]|li|ul|ol|br|hr|tr|td|th|blockquote|table)\b[^<>]*>", re.I
)
_TAG = re.compile(
    r"<!--.*?-->|<!DOCTYPE[^<>]*>|<\?[^<>]*\?>|<(?:script|style)\b.*?</(?:script|style)\s*>"
    r"|</?[A-Za-z][^<>]*>",
    re.I | re.S,
)
_WWW = re.compile(r"^www\.", re.I)
# The ENML document's XML declaration and doctype (and comments) before its <en-note>.
_PROLOG = re.compile(r"^(?:\s*(?:<\?[^<>]*\?>|<!DOCTYPE[^<>]*>|<!--.*?-->))*", re.I | re.S)


def enex_document(data: bytes, name: str) -> SavedDocument:
    """An Evernote export as an HTML listing page, one card per note (see the module doc).

    Parameters
    ----------
    data : bytes
        The ``.enex`` file's bytes.
    name : str
        The file, for errors.

    Returns
    -------
    SavedDocument
        The listing page (UTF-8); no URL (each note names its own).

    Raises
    ------
    PageReadError
        Not well-formed XML, an entity declaration, a root that is no ``<en-export>``,
        or no note with a title.
    """
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise PageReadError(name, f"Evernote export declaring entities, not read ({err})") from err
    except ParseError as err:
        raise PageReadError(name, f"Evernote export that is not well-formed XML ({err})") from err
    if local_name(root.tag) != "en-export":
        raise PageReadError(name, f"no Evernote export (its root is <{local_name(root.tag)}>)")
    notes = [note for note in root if local_name(note.tag) == "note"]
    items = [item for note in notes if (item := _note(note)) is not None]
    if not items:
        raise PageReadError(name, "Evernote export without a titled note")
    if len(notes) == 1 and (page := _clip_page(notes[0], items[0])) is not None:
        return page
    return SavedDocument(listing_html("", None, items).encode("utf-8"), "utf-8", None, listing=True)


def _clip_page(note: Element, item: FeedItem) -> SavedDocument | None:
    """The one note of an export as its clip's page: the ENML (its XML declaration and
    doctype taken off) under a ``<title>`` holding the note's title, escaped; None when
    the clip holds no text (the listing's card then stands for it)."""
    content = _element_text(child(note, "content"))
    if not clip_paragraphs(content):
        return None
    markup = _PROLOG.sub("", content.strip())
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(item.title)}</title>'
        f"</head><body>{markup}</body></html>"
    )
    return SavedDocument(page.encode("utf-8"), "utf-8", item.link)


def _note(note: Element) -> FeedItem | None:
    """One note as a card's item; None for another element or a note without a title."""
    if local_name(note.tag) != "note":
        return None
    title = " ".join("".join(_element_text(child(note, "title"))).split())
    if not title:
        return None
    attributes = child(note, "note-attributes")
    link = web_url("".join(_element_text(child(attributes, "source-url"))).strip())
    host = urlsplit(link).hostname if link else None
    paragraphs = tuple(
        p for p in clip_paragraphs(_element_text(child(note, "content"))) if p != title
    )
    source = _WWW.sub("", host) if host else None
    return FeedItem(title, link, None, None, "", source, paragraphs=paragraphs)


def _element_text(element: Element | None) -> str:
    """An element's text, its children's too ("" for None)."""
    return "" if element is None else "".join(element.itertext())


def clip_paragraphs(markup: str) -> list[str]:
    """The text of a clip's markup, one string per block, without empty blocks.

    Parameters
    ----------
    markup : str
        ENML or HTML as text (never parsed as markup to render).

    Returns
    -------
    list of str
        Each block's text, its character references decoded and its spaces collapsed,
        in order.
    """
    blocks = _BLOCK_TAG.split(markup)
    texts = (" ".join(unescape(_TAG.sub(" ", block)).split()) for block in blocks)
    return [text for text in texts if text]

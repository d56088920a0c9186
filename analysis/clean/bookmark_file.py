"""A browser's or a bookmark service's export in the Netscape bookmark format: a listing.

Browsers (Firefox, Chrome, Edge, Safari) and read-later and bookmark services export
bookmarks as one HTML file of the old Netscape format, whatever its name
(``bookmarks.html``)::

    <!DOCTYPE NETSCAPE-Bookmark-file-1>
    <DL><p>
      <DT><H3>Folder</H3>
      <DL><p>
        <DT><A HREF="https://www.example.rs/a" ADD_DATE="1764835200">Headline</A>
        <DD>The note saved with it.
      </DL><p>
    </DL><p>

Read as a page, its folders and links are one page of link lines with no text of its
own. :func:`bookmark_document` tells the file by its first line (the format's document
type) and writes it as a listing page (:func:`analysis.clean.feed_xml.listing_html`, each
value escaped): each ``<A>`` to a web address a card, its text the headline, the
``<DD>`` note right after it the teaser, and the address's host without ``www.`` the
card's outlet (a bookmark names no publisher; a read-later export's rows are filed so
too: :data:`analysis.clean.clipping_table.ADDRESS_COLUMNS`). ``ADD_DATE`` is when the
link was saved, no publication date: no card is dated by it. Folder names (``<H3>``)
and links to no web page (``place:``, ``javascript:``) are no cards. No value is tuned.

Bookmark services that took Delicious's fields export (and their APIs answer) JSON: a list
of objects ``{"href": ..., "description": ..., "extended": ..., "time": ...}`` (Pinboard's
``posts/all``), where ``description`` is the link's title and ``extended`` the note.
:func:`delicious_bookmarks` reads such a list (parsed JSON, never run) into the same
cards; ``time`` is the save's, no card's date.
"""

from __future__ import annotations

import re

from analysis.clean.domains import url_host
from analysis.clean.feed_xml import FeedItem, listing_html
from analysis.clean.saved_document import SavedDocument, web_url

__all__ = ["bookmark_document", "delicious_bookmarks"]

#: How far into the file its document type is looked for (bytes).
SNIFF_BYTES = 512
# The format's first line (a byte-order mark and space before it allowed).
_OPENING = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>", re.I)


def bookmark_document(data: bytes) -> SavedDocument | None:
    """The listing page of a bookmark file; None for a file that is none, or holds no
    link to a web page.

    Parameters
    ----------
    data : bytes
        What the file holds (UTF-8, as the format's exports write it; a byte that is not
        is replaced).

    Returns
    -------
    SavedDocument or None
        The listing page (UTF-8), no address of its own.
    """
    if not _OPENING.match(data[:SNIFF_BYTES]):
        return None
    from lxml.etree import ParserError
    from lxml.html import document_fromstring

    try:
        root = document_fromstring(data.decode("utf-8", errors="replace"))
    except (ParserError, ValueError):
        return None
    items = []
    for term in root.iter("dt"):
        link = next((a for a in term.iter("a")), None)
        url = web_url((link.get("href") or "").strip()) if link is not None else None
        title = " ".join(link.text_content().split()) if link is not None else ""
        if url is None or not title:
            continue
        note = term.getnext()
        teaser = (
            " ".join(note.text_content().split()) if note is not None and note.tag == "dd" else ""
        )
        items.append(FeedItem(title, url, None, None, teaser, _host(url)))
    if not items:
        return None
    return SavedDocument(listing_html("", None, items).encode("utf-8"), "utf-8", None)


def delicious_bookmarks(value: object) -> list[FeedItem] | None:
    """The links of a bookmark export in Delicious's fields (see the module doc).

    Parameters
    ----------
    value : object
        A parsed JSON text.

    Returns
    -------
    list of FeedItem or None
        One item per link to a web page with a title, in the export's order: its
        ``description`` the title, its ``extended`` note the teaser, its host without
        ``www.`` the outlet, no date; None when ``value`` is not a list of two or more
        objects that each have a ``href`` and a ``description`` string and no
        ``title``.
    """
    if not isinstance(value, list) or len(value) < 2:
        return None
    if not all(
        isinstance(entry, dict)
        and isinstance(entry.get("href"), str)
        and isinstance(entry.get("description"), str)
        and "title" not in entry  # (a list whose items have titles is a list of stories)
        for entry in value
    ):
        return None
    items = []
    for entry in value:
        url = web_url(entry["href"].strip())
        title = " ".join(entry["description"].split())
        if url is None or not title:
            continue
        note = entry.get("extended")
        teaser = " ".join(note.split()) if isinstance(note, str) else ""
        items.append(FeedItem(title, url, None, None, teaser, _host(url)))
    return items


def _host(url: str) -> str | None:
    """A link's host without ``www.``, the outlet a bookmark is filed under."""
    return url_host(url).removeprefix("www.") or None

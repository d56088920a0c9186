"""What a browser's or reader's save format holds: one HTML document and where it was.

Chrome's and Edge's single-file save (MHTML, :mod:`analysis.clean.mhtml`), Safari's
``.webarchive`` (:mod:`analysis.clean.webarchive`) and a saved RSS or Atom feed
(:mod:`analysis.clean.feed_xml`) each hold, or are read as, one HTML document; the
reader (:mod:`analysis.clean.read`) reads it as an HTML page, its URL standing for a
canonical link the markup does not give.

A page saved as HTML names where it was saved from in a comment at its top, which
stands for a missing canonical link too (:func:`saved_from_comment`): Chrome's, Edge's
and Internet Explorer's "Webpage, complete" (``<!-- saved from url=(0071)URL -->``, the
"mark of the web") and the SingleFile extension's (``<!-- Page saved with SingleFile
url: URL saved date: ... -->``).
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

#: What ``clean`` reads as pages, as a skip reason says it.
PAGE_FORMATS = (
    "pages are text dumps, .html/.htm, .mhtml/.mht and .webarchive files, RSS and Atom "
    "feeds (.xml, .rss, .atom), or Word and RTF documents (.docx, .rtf)"
)


class SavedDocument(NamedTuple):
    """The HTML document a saved-page file holds.

    Attributes
    ----------
    markup : bytes
        The HTML document's bytes.
    charset : str or None
        The charset the file declares for them; None: detected from the bytes.
    url : str or None
        The URL the page was saved from (an ``http(s)`` URL), or None.
    listing : bool
        Whether the document is a listing page written from a feed's items
        (:func:`analysis.clean.feed_xml.listing_html`), whose markup marks each item's
        author wherever it is.
    """

    markup: bytes
    charset: str | None
    url: str | None
    listing: bool = False


def web_url(value: object) -> str | None:
    """``value`` when it is an absolute ``http(s)`` URL, else None.

    A saved page's location may be ``file:``, ``about:blank`` or a ``cid:`` part name:
    none of them is where the page was published.

    Parameters
    ----------
    value : object
        A location as the file gives it.

    Returns
    -------
    str or None
        The URL, surrounding space removed.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


#: How far into a saved page its saved-from comment may stand, in characters.
SAVED_FROM_SEARCH_CHARS = 2048
_SAVED_FROM = re.compile(
    r"<!--\s*(?:saved from url=\(\d+\)(?P<mark>\S+)"
    r"|Page saved with SingleFile\s+url:\s*(?P<single>\S+))",
    re.IGNORECASE,
)


def saved_from_comment(markup: str) -> str | None:
    """The URL a saved HTML page's top comment says it was saved from, or None.

    Parameters
    ----------
    markup : str
        The page's decoded markup.

    Returns
    -------
    str or None
        The ``http(s)`` URL of a "saved from url=(N)URL" or SingleFile comment in the
        first :data:`SAVED_FROM_SEARCH_CHARS` characters (:func:`web_url`).
    """
    match = _SAVED_FROM.search(markup, 0, SAVED_FROM_SEARCH_CHARS)
    return None if match is None else web_url(match["mark"] or match["single"])

"""What a browser's or reader's save format holds: one HTML document and where it was.

Chrome's and Edge's single-file save (MHTML, :mod:`analysis.clean.mhtml`), Safari's
``.webarchive`` (:mod:`analysis.clean.webarchive`) and a saved RSS or Atom feed
(:mod:`analysis.clean.feed_xml`) each hold, or are read as, one HTML document; the
reader (:mod:`analysis.clean.read`) reads it as an HTML page, its URL standing for a
canonical link the markup does not give.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

#: What ``clean`` reads as pages, as a skip reason says it.
PAGE_FORMATS = (
    "pages are text dumps, .html/.htm, .mhtml/.mht and .webarchive files, or RSS and "
    "Atom feeds (.xml, .rss, .atom)"
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
    """

    markup: bytes
    charset: str | None
    url: str | None


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

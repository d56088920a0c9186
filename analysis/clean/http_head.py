"""An HTTP response's status line and header fields printed before the HTML document they
carried (``curl -i``, ``wget --save-headers``, a proxy's dump), taken off so the document
reads as one.

A page saved so starts ``HTTP/2 200`` (or ``HTTP/1.1 200 OK``), then one ``Name: value``
field a line, a blank line, then the markup: the fields are the fetch's (its ``date:``,
``last-modified:``, ``server:``), no part of the page, and before the doctype they make
the parser put the head's ``<meta>`` tags where no metadata reader looks.

A web archive's ``response`` record cut out of a crawl and saved as a file (``.txt``, no
name) prints the record's own head first: its version line (``WARC/1.0``, ISO 28500),
its ``WARC-*`` fields and a blank line, then the HTTP response it stored. Both heads are
the capture's, not the page's (the page is the HTML a ``.warc`` file's record holds, as
:mod:`analysis.clean.web_archive` reads it); a record holding text and no HTTP response
(a Common Crawl WET ``conversion`` record) is a text dump and keeps its head.
"""

from __future__ import annotations

import re

__all__ = ["is_fetched_document", "without_http_head"]

# A header field line ("Content-Type: text/html"): a token, a colon, the value.
_FIELD = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\n]*\n"
# A WARC record's version line and its header fields up to the blank line that ends them,
# before the HTTP response the record stored (the response's head is required after it).
_RECORD_HEAD = rf"(?:WARC/\d+(?:\.\d+)?[ \t\r]*\n(?:{_FIELD})*[ \t\r]*\n\s*)?"
# The status line ("HTTP/1.1 200 OK", "HTTP/2 200 ") and the header fields up to the
# blank line that ends them; a redirect's head and the next response's (curl -iL) both.
_HTTP_HEAD = re.compile(
    rf"\A\s*{_RECORD_HEAD}(?:HTTP/\d(?:\.\d)?[ \t]+\d{{3}}\b[^\n]*\n(?:{_FIELD})*[ \t\r]*\n\s*)+"
)


def _document_start(markup: str) -> int | None:
    """Where the document starts after a response's head; None when no head opens ``markup``
    or no markup (a ``<``) follows it."""
    head = _HTTP_HEAD.match(markup)
    if head is None or not markup[head.end() :].lstrip().startswith("<"):
        return None
    return head.end()


def without_http_head(markup: str) -> str:
    """``markup`` without the HTTP response's status line and fields printed before it.

    Parameters
    ----------
    markup : str
        A saved page's decoded text.

    Returns
    -------
    str
        The text after the blank line that ends the response's head, when the text opens
        with one (``HTTP/x NNN``, after a WARC record's head or not) and markup follows
        it (a ``<``); else ``markup`` as given.
    """
    start = _document_start(markup)
    return markup if start is None else markup[start:]


def is_fetched_document(text: str) -> bool:
    """True when ``text`` is a fetch's response over markup: a head :func:`without_http_head`
    takes off, then a ``<``.

    A file named as a text dump (``.txt``) that holds one is the raw response a crawler or
    ``curl -i`` saved (its HTML page), not text a tool rendered: its head proves it.

    Parameters
    ----------
    text : str
        A file's decoded text.

    Returns
    -------
    bool
        Whether the text opens with an HTTP response's head (inside a WARC record's or
        not) and markup follows it.
    """
    return _document_start(text) is not None

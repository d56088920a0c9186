"""An HTTP response's status line and header fields printed before the HTML document they
carried (``curl -i``, ``wget --save-headers``, a proxy's dump), taken off so the document
reads as one.

A page saved so starts ``HTTP/2 200`` (or ``HTTP/1.1 200 OK``), then one ``Name: value``
field a line, a blank line, then the markup: the fields are the fetch's (its ``date:``,
``last-modified:``, ``server:``), no part of the page, and before the doctype they make
the parser put the head's ``<meta>`` tags where no metadata reader looks.
"""

from __future__ import annotations

import re

__all__ = ["without_http_head"]

# The status line ("HTTP/1.1 200 OK", "HTTP/2 200 ") and the header fields up to the
# blank line that ends them; a redirect's head and the next response's (curl -iL) both.
_HTTP_HEAD = re.compile(
    r"\A\s*(?:HTTP/\d(?:\.\d)?[ \t]+\d{3}\b[^\n]*\n(?:[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\n]*\n)*"
    r"[ \t\r]*\n\s*)+"
)


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
        with one (``HTTP/x NNN``) and markup follows it (a ``<``); else ``markup`` as
        given.
    """
    head = _HTTP_HEAD.match(markup)
    if head is None or not markup[head.end() :].lstrip().startswith("<"):
        return markup
    return markup[head.end() :]

"""An e-mail message's source saved as a page: its text, transfer encoding undone.

A newsletter kept by a researcher is often its raw message ("Show original", "View
source", an ``.eml`` file renamed ``.txt``): header lines (``From:``, ``Subject:``,
``Content-Transfer-Encoding: quoted-printable`` ...), a blank line, then the body
encoded for the wire, quoted-printable (``actualit=C3=A9``, lines cut by a closing
``=``) or base64, perhaps in MIME parts. Read as text, every accented letter is an
escape and the page holds no prose. :func:`email_source_text` reads such a file with the
standard library's :mod:`email`: the text of its first ``text/plain`` part (else of
its ``text/html`` part, markup taken off) under the message's ``From:``, ``Date:`` and
``Subject:`` printed as a mail program prints them (which the text reader reads as a
forwarded e-mail's header: the sender names the site). A file is such a message only
when it opens with a header block naming the sender and the message's MIME or transfer
encoding; any other text is read as before.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from html import unescape

__all__ = ["email_source_text"]

# A header line ("Name: value", or "Name:" alone when the value is folded onto the next
# line, as Python's email package writes an encoded sender's name) or a folded
# continuation (white space first).
_HEADER_LINE = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]*:(?:[ \t]|\r?$)|[ \t]+\S)")
# The headers that make a block of header lines a message's: the sender and how the
# body is encoded (a text's own "Subject:" line alone does not).
_SENDER = re.compile(rb"^From:(?:[ \t]|\r?\n[ \t]+\S)", re.MULTILINE | re.IGNORECASE)
_ENCODING = re.compile(
    rb"^(?:Content-Transfer-Encoding|Content-Type|MIME-Version):[ \t]", re.MULTILINE | re.IGNORECASE
)
#: How many bytes the header block may take (a message's headers, received lines too).
MAX_HEADER_BYTES = 32768
_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->|<[^<>]*>", re.I | re.S)
_BREAK = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li|/tr)\b[^<>]*>", re.I)


def email_source_text(data: bytes) -> str | None:
    """The text of an e-mail message's source, or None when ``data`` is none.

    Parameters
    ----------
    data : bytes
        What a page's file holds, perhaps a message saved as it came over the wire.

    Returns
    -------
    str or None
        ``From:``, ``Date:`` and ``Subject:`` lines (decoded), a blank line and the
        message's first plain-text part (else its HTML part's text), its transfer
        encoding and charset undone; None when the file does not open with a message's
        header block, or holds no text part.
    """
    head = data[:MAX_HEADER_BYTES].lstrip(b"\r\n")
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None:
        return None
    lines = head[: end.start()].splitlines()
    if len(lines) < 3 or not all(_HEADER_LINE.match(line) for line in lines):
        return None
    block = head[: end.start()]
    if not (_SENDER.search(block) and _ENCODING.search(block)):
        return None
    message = email.message_from_bytes(data.lstrip(b"\r\n"), policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    body = _part_text(message, "plain")
    if body is None and (markup := _part_text(message, "html")) is not None:
        body = unescape(_TAG.sub(" ", _BREAK.sub("\n", markup)))
    if body is None or not body.strip():
        return None
    fields = [f"{name}: {message[name]}" for name in ("From", "Date", "Subject") if message[name]]
    return "\n".join(fields) + "\n\n" + body.replace("\r\n", "\n")


def _part_text(message: EmailMessage, subtype: str) -> str | None:
    """The decoded text of the message's first ``text/SUBTYPE`` part (not an attachment)."""
    for part in message.walk():
        if part.is_multipart() or part.get_content_type() != f"text/{subtype}":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        try:
            content = part.get_content()
        except (LookupError, UnicodeError, ValueError):
            continue
        if isinstance(content, str):
            return content
    return None

"""MHTML (``.mhtml``/``.mht``): Chrome's and Edge's "Webpage, Single File" save.

A MIME message (``multipart/related``) whose first ``text/html`` part is the page,
quoted-printable or base64, in the charset its ``Content-Type`` names; its images and
style sheets are the other parts. ``Snapshot-Content-Location`` (Chrome) or the part's
``Content-Location`` is the URL the page was saved from. Read with the standard
library's :mod:`email`.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from analysis.clean.saved_document import SavedDocument, web_url
from analysis.errors import PageReadError

#: File name endings of MHTML files.
MHTML_SUFFIXES = (".mhtml", ".mht")

_WHAT_TO_DO = "save the page as 'Webpage, HTML only' (.html) or give its text"


def mhtml_document(data: bytes, name: str) -> SavedDocument:
    """The page an MHTML file holds: its first ``text/html`` part.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        The file, for errors.

    Returns
    -------
    SavedDocument
        The part's decoded bytes (transfer encoding undone), its charset and the URL
        it was saved from.

    Raises
    ------
    PageReadError
        The file is no MIME message holding an HTML part.
    """
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if message.defects and not message.is_multipart():
        raise PageReadError(name, f"MHTML file that is no MIME message ({_WHAT_TO_DO})")
    part = next(
        (p for p in message.walk() if not p.is_multipart() and p.get_content_type() == "text/html"),
        None,
    )
    payload = part.get_payload(decode=True) if part is not None else None
    if not isinstance(payload, bytes) or not payload.strip():
        raise PageReadError(name, f"MHTML file without an HTML part ({_WHAT_TO_DO})")
    return SavedDocument(payload, part.get_content_charset(), _saved_from(message, part))


def _saved_from(message: Message, part: Message) -> str | None:
    """The URL the page was saved from: the snapshot's, else its HTML part's."""
    for value in (message["Snapshot-Content-Location"], part["Content-Location"]):
        if (url := web_url(value)) is not None:
            return url
    return None

"""Safari's ``.webarchive``: a binary property list holding the page and its resources.

``WebMainResource`` is the page: ``WebResourceData`` its bytes, ``WebResourceMIMEType``
their type, ``WebResourceTextEncodingName`` their charset, ``WebResourceURL`` where it
was saved from. Read with the standard library's :mod:`plistlib`.
"""

from __future__ import annotations

import plistlib

from analysis.clean.saved_document import SavedDocument, web_url
from analysis.errors import PageReadError

#: File name endings of Safari web archives.
WEBARCHIVE_SUFFIXES = (".webarchive",)

_WHAT_TO_DO = "save the page from Safari as 'Page Source' (.html) or give its text"


def webarchive_document(data: bytes, name: str) -> SavedDocument:
    """The page a ``.webarchive`` holds: its main resource's HTML.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        The file, for errors.

    Returns
    -------
    SavedDocument
        The main resource's bytes, charset and URL.

    Raises
    ------
    PageReadError
        The file is no property list, or its main resource is missing or not HTML.
    """
    try:
        archive = plistlib.loads(data)
    except Exception as err:  # plistlib raises InvalidFileException, ValueError, ...
        raise PageReadError(name, f"not a readable web archive ({err}; {_WHAT_TO_DO})") from err
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise PageReadError(name, f"web archive without a main resource ({_WHAT_TO_DO})")
    kind = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if kind not in ("text/html", "application/xhtml+xml"):
        raise PageReadError(name, f"web archive of a {kind} resource, not a page ({_WHAT_TO_DO})")
    charset = main.get("WebResourceTextEncodingName")
    return SavedDocument(
        main["WebResourceData"],
        charset if isinstance(charset, str) and charset else None,
        web_url(main.get("WebResourceURL")),
    )

"""The text of an RTF document (``.rtf``), one line per paragraph (stage 1, reading).

News databases export stories as Rich Text: Factiva's 'Download Articles' default is an
RTF file, and Nexis Uni offers one. An RTF document is 7-bit text of control words
(``\\par`` ends a paragraph, ``\\'e9`` a byte in the document's code page, ``\\u233?`` a
Unicode character, ``{\\fonttbl ...}`` and other destinations that are no text). Its
text is read by striprtf (pinned), which follows the document's and each font's code
page; here the file's bytes are decoded in the code page the document declares
(``\\ansicpgN``; Windows-1252 without one), a character written as two UTF-16 halves
(``\\u-10179?\\u-8704?``) is joined into one, and a half without its partner becomes
U+FFFD, as does a byte the code page has no character for: shown, never dropped.

The result is a text dump: a news database's export in it is split into its stories
like the same export saved as text (:mod:`analysis.clean.news_export`).
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import rtf_to_text

from analysis.errors import PageReadError

#: How every RTF document starts (after any white space).
RTF_SIGNATURE = b"{\\rtf"

#: The document's code page, in its header.
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{1,5})")
_DEFAULT_CODE_PAGE = "cp1252"
#: How much of the file's start is searched for the code page.
_HEADER_BYTES = 4096
_SURROGATE = re.compile("[\ud800-\udfff]")
#: A table cell's end (``\\cell``, ``\\nestcell``; not ``\\cellx``, a cell's width).
_CELL_END = re.compile(r"\\(?:nest)?cell(?![a-z])")
#: Tabs closing a row (its last cell's end).
_ROW_END_TABS = re.compile("\t+(?=\n)")


def is_rtf_document(data: bytes) -> bool:
    """True when ``data`` starts (after white space) as an RTF document does.

    Parameters
    ----------
    data : bytes
        A file's content.

    Returns
    -------
    bool
        Decided by the ``{\\rtf`` signature.
    """
    return data[:64].lstrip().startswith(RTF_SIGNATURE)


def rtf_document_text(data: bytes, name: str) -> str:
    """The paragraphs of an RTF document, one per line.

    Parameters
    ----------
    data : bytes
        The ``.rtf`` file's content (:func:`is_rtf_document`).
    name : str
        The file as named in error messages.

    Returns
    -------
    str
        The document's text: a paragraph or line break (``\\par``, ``\\line``) ends a
        line, as does a table's row, whose cells are separated by tabs; fonts, styles,
        pictures, headers and other destinations are not text.

    Raises
    ------
    PageReadError
        A document striprtf cannot read.
    """
    code_page = _code_page(data[:_HEADER_BYTES])
    # a table's cells as a text dump of a table prints them: separated by tabs
    markup = _CELL_END.sub(r"\\tab", data.decode(code_page, errors="replace"))
    try:
        text = rtf_to_text(markup, encoding=code_page, errors="replace")
    except (ValueError, LookupError, IndexError, RecursionError) as err:
        raise PageReadError(name, f"damaged RTF document (.rtf): {err}") from err
    return _joined_surrogates(_ROW_END_TABS.sub("", text))


def _code_page(header: bytes) -> str:
    """The Python codec of the document's declared code page (Windows-1252 without)."""
    found = _CODE_PAGE.search(header)
    if found is None:
        return _DEFAULT_CODE_PAGE
    codec = f"cp{int(found.group(1))}"
    try:
        codecs.lookup(codec)
    except LookupError:
        return _DEFAULT_CODE_PAGE
    return codec


def _joined_surrogates(text: str) -> str:
    """``text`` with each UTF-16 pair of halves as its character, lone halves U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")

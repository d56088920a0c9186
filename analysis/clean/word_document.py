"""The text of a Word document (``.docx``), one line per paragraph (stage 1, reading).

News databases export many stories to a Word file (Nexis Uni's default download).
A ``.docx`` file is a ZIP archive whose ``word/document.xml`` holds the paragraphs
(``<w:p>``) and their runs' text (``<w:t>``, tabs ``<w:tab/>``, line breaks
``<w:br/>``); read here with the standard library (zipfile, ElementTree), so no
package is added. Each paragraph is a line, a table cell's paragraphs too; text the
document only shows as a field's result or a deleted revision (``<w:instrText>``,
``<w:delText>``) is not text; headers, footers, notes and comments are not read.

The archive is refused, naming the file, when it is damaged, lacks the document part,
unpacks to more than :data:`MAX_DOCUMENT_XML_BYTES`, declares a DTD or entities (the
document part never does: an entity could expand without end), or is no valid XML.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from analysis.errors import PageReadError

#: The part of a ``.docx`` archive that holds the document's body.
DOCUMENT_PART = "word/document.xml"
#: Largest document part unpacked, in bytes (its markup is several times its text).
MAX_DOCUMENT_XML_BYTES = 256 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH, _TEXT, _TAB = f"{_W}p", f"{_W}t", f"{_W}tab"
_BREAKS = frozenset({f"{_W}br", f"{_W}cr"})


def is_word_document(data: bytes) -> bool:
    """True when ``data`` is a ZIP archive naming a Word document's body part.

    Parameters
    ----------
    data : bytes
        A file's content.

    Returns
    -------
    bool
        Decided by the ZIP signature and the part's name (stored uncompressed in the
        archive's headers), without unpacking anything.
    """
    return data.startswith(b"PK\x03\x04") and DOCUMENT_PART.encode() in data


def word_document_text(data: bytes, name: str) -> str:
    """The paragraphs of a Word document, one per line.

    Parameters
    ----------
    data : bytes
        The ``.docx`` file's content (:func:`is_word_document`).
    name : str
        The file as named in error messages.

    Returns
    -------
    str
        The paragraphs' text joined by ``\\n`` (a ``<w:br/>`` inside a paragraph is a
        line end too; a tab stays a tab).

    Raises
    ------
    PageReadError
        A damaged archive, no document part, an oversized one, a DTD or entity
        declaration, or markup that is not XML.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(DOCUMENT_PART) as part:
            xml = part.read(MAX_DOCUMENT_XML_BYTES + 1)
    except KeyError as err:
        raise PageReadError(name, f"Word document without its {DOCUMENT_PART}") from err
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as err:
        raise PageReadError(name, f"damaged Word document (.docx): {err}") from err
    except NotImplementedError as err:  # a compression method zipfile lacks
        raise PageReadError(name, f"Word document (.docx) not readable: {err}") from err
    if len(xml) > MAX_DOCUMENT_XML_BYTES:
        raise PageReadError(
            name, f"Word document whose text part is over {MAX_DOCUMENT_XML_BYTES} bytes"
        )
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise PageReadError(name, "Word document declaring a DTD or entities: not read")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as err:
        raise PageReadError(name, f"Word document whose {DOCUMENT_PART} is no XML: {err}") from err
    return "\n".join(_paragraph_text(paragraph) for paragraph in root.iter(_PARAGRAPH))


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    """A paragraph's text, without the paragraphs nested in it (a text box's: each is a
    line of its own, as ``iter`` yields it after its parent)."""
    parts: list[str] = []
    stack = list(reversed(paragraph))
    while stack:
        element = stack.pop()
        if element.tag == _PARAGRAPH:
            continue
        if element.tag == _TEXT:
            parts.append(element.text or "")
        elif element.tag == _TAB:
            parts.append("\t")
        elif element.tag in _BREAKS:
            parts.append("\n")
        stack.extend(reversed(element))
    return "".join(parts)

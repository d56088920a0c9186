"""An AsciiDoc source saved as text, made plain (stage 1, with the text dump's other marks).

AsciiDoc writes a document's title as ``= Title`` on its first line, over its attribute
entries (``:lang: bs``, ``:toc:``), and each section's title as ``== Title`` (``===``
for a subsection); a block's attributes stand on a line of their own over it
(``[.meta]``, ``[NOTE]``), and a link is a macro (``link:https://example.org/a[Read
more]``, ``https://example.org/a[Read more]``). A page so written (a static site's
source, a wiki's export) reads as its text only once these marks are off:
:func:`plain_asciidoc` takes them off when the page opens with a document title and
writes a section title or an attribute entry under it, so a line opening with ``=``
elsewhere (a rule, an equation) stays. No tuned value.
"""

from __future__ import annotations

import re

# The document's title on the page's first line that is not blank.
_DOCUMENT_TITLE = re.compile(r"\A\s*=[ \t]+\S")
# A section's title (``== Title`` to ``====== Title``) or the document's (``= Title``).
_TITLE_MARKS = re.compile(r"^={1,6}[ \t]+(?=\S)", re.MULTILINE)
# A section's title, or an attribute entry (``:lang: bs``, ``:toc:``).
_ASCIIDOC_LINE = re.compile(r"^(?:={2,6}[ \t]+\S|:[\w-]+:(?:[ \t]|$))", re.MULTILINE)
# A line of attribute entries, or of a block's attributes (``[.meta]``, ``[NOTE]``,
# ``[quote, Jane Roe]``), with its line end.
_ATTRIBUTE_LINE = re.compile(r"^(?::!?[\w-]+!?:[^\n]*|\[[^\[\]\n]*\])[ \t]*\n", re.MULTILINE)
# A link macro: ``link:ADDRESS[text]`` or ``https://ADDRESS[text]``.
_LINK_MACRO = re.compile(r"(?:link:[^\[\]\n]+|(?<![\w/])https?://[^\s\[\]]+)\[([^\[\]\n]*)\]")


def is_asciidoc(text: str) -> bool:
    """Whether ``text`` is an AsciiDoc source: a document title (``= Title``) opens it and
    a section title (``== Title``) or an attribute entry (``:lang: bs``) follows.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    bool
        Whether both marks are there.
    """
    opening = _DOCUMENT_TITLE.match(text)
    return opening is not None and _ASCIIDOC_LINE.search(text, opening.end()) is not None


def plain_asciidoc(text: str) -> str:
    """``text`` without AsciiDoc's marks when it is an AsciiDoc source (:func:`is_asciidoc`).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with the ``=`` marks of the document's and the sections' titles, the
        lines of attribute entries and of block attributes, and each link macro's
        address taken off (the macro is its text); any other text as it was.
    """
    if "=" not in text or not is_asciidoc(text):
        return text
    text = _ATTRIBUTE_LINE.sub("", text)
    return _LINK_MACRO.sub(r"\1", _TITLE_MARKS.sub("", text))

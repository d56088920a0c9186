"""A reStructuredText source saved as text, made plain (stage 1, with the text dump's other
marks).

reStructuredText underlines a section's title with a line of one punctuation mark
(``Title`` over ``-----``), writes a field list as ``:Name: value`` lines (``:Date:
2026-12-04``, ``:Author: Jane Roe``: what a text dump prints ``Date: 2026-12-04``), a
directive as ``.. name:: argument`` over its indented options (``.. contents::`` over
``:local:``), and a link as ```Text <address>`__``. A page so written (a static site's
source, a docs export) reads as its text once :func:`plain_rst` takes these marks off:
when the page underlines a title so and holds a field, a directive or such a link, so a
colon opening a line elsewhere stays. No tuned value.
"""

from __future__ import annotations

import re

# A section's title: a line of text over a line of one punctuation mark repeated, at
# least as long as the title (reST's rule), four marks or more.
_SECTION_TITLE = re.compile(r"^(\S[^\n]*)\n([=\-~^\"'`#*+]){4,}[ \t]*$", re.MULTILINE)
# A field of a field list: its name between colons at the line's start, a space after.
_FIELD = re.compile(r"^:([^:`\n]+):(?=[ \t])", re.MULTILINE)
# A directive (``.. contents:: Title``) and the indented option lines under it.
_DIRECTIVE = re.compile(r"^\.\.[ \t]+[\w:-]+::[^\n]*\n(?:[ \t]+:[\w-]+:[^\n]*\n)*", re.MULTILINE)
# A link with its address: ```Text <address>`_`` or ``__``.
_LINK = re.compile(r"`([^`<\n]*[^`<\s])[ \t]*<[^<>`\n]+>`__?")


def is_rst(text: str) -> bool:
    """Whether ``text`` is a reStructuredText source: it underlines a section's title
    (:data:`_SECTION_TITLE`) and writes a field, a directive or a link with its address.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    bool
        Whether both marks are there.
    """
    if not any(pattern.search(text) for pattern in (_FIELD, _DIRECTIVE, _LINK)):
        return False
    return any(
        len(found[0].split("\n")[1].rstrip()) >= len(found[1].rstrip())
        for found in _SECTION_TITLE.finditer(text)
    )


def plain_rst(text: str) -> str:
    """``text`` without reStructuredText's marks when it is such a source (:func:`is_rst`).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each field's opening colon taken off (``:Author: Jane Roe`` is
        ``Author: Jane Roe``), each directive's line and option lines removed and each
        link with its address as its text; the titles' underlines stay (rule lines).
    """
    if (":" not in text and "`" not in text) or not is_rst(text):
        return text
    text = _DIRECTIVE.sub("", text)
    return _LINK.sub(r"\1", _FIELD.sub(r"\1:", text))

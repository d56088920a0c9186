"""A news agency's subscriber feed printed with its transmission marks taken off.

A wire service's feed in the ANPA 1312 layout frames each story for the teleprinter: a
start-of-message code alone on the first line (``ZCZC``) and an end-of-message code on
the last (``NNNN``), each header line opened by ``^`` and closed by ``<`` (the slug, the
headline) or ``=`` (the byline, the writer's credit), the transmission stamp closed by
``<``. Kept, the marks were read as the words' letters: ``^By MWILA CHANDA=`` was no
byline, ``^Headline<`` no headline. :func:`drop_wire_marks` takes them off when the page
holds the frame (:data:`MIN_FRAMED_LINES` header lines or more so marked); the lines
stay where they are (the codes' lines left blank). No tuned value.
"""

from __future__ import annotations

import re

__all__ = ["drop_wire_marks"]

#: The fewest header lines opened by ``^`` and closed by ``<`` or ``=`` that mark a
#: page as a wire feed's (the slug and the headline at least).
MIN_FRAMED_LINES = 2
# A header line of the frame: "^", its text, "<" or "=" closing it.
_FRAMED = re.compile(r"^\^(?P<text>[^\n^<=]*\S)[<=][ \t]*$", re.MULTILINE)
# A line closed by "<" alone, no other mark in it (the transmission stamp).
_CLOSED = re.compile(r"^(?P<text>[^\n^<>=]*\S)<[ \t]*$", re.MULTILINE)
# The start- and end-of-message codes alone on their lines.
_CODES = re.compile(r"^[ \t]*(?:ZCZC|NNNN)[ \t]*$", re.MULTILINE)


def drop_wire_marks(text: str) -> str:
    """``text`` without the ANPA 1312 frame's marks, when it is framed so.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with ``^`` and the closing ``<`` / ``=`` taken off the framed lines, a
        ``<`` off a line it alone closes, and the ``ZCZC`` / ``NNNN`` lines blank, when
        :data:`MIN_FRAMED_LINES` lines or more are framed; the text unchanged otherwise.

    Examples
    --------
    >>> drop_wire_marks("ZCZC\\n^BC-Port-Strike<\\n^Dockers walk out<\\n^By JO DOE=\\nText.\\nNNNN")
    '\\nBC-Port-Strike\\nDockers walk out\\nBy JO DOE\\nText.\\n'
    >>> drop_wire_marks("Use ^x< for one line.\\n")
    'Use ^x< for one line.\\n'
    """
    if "^" not in text or len(_FRAMED.findall(text)) < MIN_FRAMED_LINES:
        return text
    text = _FRAMED.sub(r"\g<text>", text)
    return _CODES.sub("", _CLOSED.sub(r"\g<text>", text))

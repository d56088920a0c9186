"""Headings printed between runs of ``*`` or ``=``: the runs taken off.

Debian's ``html2text`` (the C++ one) prints an HTML page's headings between runs of
marks, ``****** Title ******`` for ``<h1>`` and ``===== Section =====`` for ``<h2>``
(fewer marks for the levels below), and MediaWiki's source writes its section headings
``== Section ==``. Kept, the marks were read as part of the headline (``****** Title
******`` as the page's title) and a subhead so printed as a line of decoration, after
which the story was taken to end. A line is such a heading when it is one run of two
or more ``*`` or ``=``, a space, text, a space and a run of the same mark and length
(:func:`unflank_headings`); its text then stands alone on its line. No tuned value:
the two marks and the equal runs are the printing's own.
"""

from __future__ import annotations

import re

__all__ = ["unflank_headings"]

# A run of two or more '*' or '=', one space, the heading (no run of its mark inside),
# one space and a run of the same mark; the lengths are compared in _unflanked.
_FLANKED = re.compile(
    r"^(?P<left>\*{2,}|={2,}) (?P<text>[^\n*=](?:[^\n]*[^\n\s*=])?) (?P<right>\*{2,}|={2,})$",
    re.MULTILINE,
)


def unflank_headings(text: str) -> str:
    """``text`` with each heading printed between equal runs of ``*`` or ``=`` as its
    text alone.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, a line ``===== Section =====`` or ``****** Title ******`` (the same
        mark, as many times, on both sides, a space within each) made ``Section`` /
        ``Title``; lines flanked unevenly or by two different marks stay as printed.

    Examples
    --------
    >>> unflank_headings("****** Ferry sails again ******\\n\\n===== What next =====\\n")
    'Ferry sails again\\n\\nWhat next\\n'
    >>> unflank_headings("** 4 stars ***\\n")
    '** 4 stars ***\\n'
    """
    if "** " not in text and "== " not in text:
        return text
    return _FLANKED.sub(_unflanked, text)


def _unflanked(found: re.Match[str]) -> str:
    if found.group("left") != found.group("right"):
        return found.group(0)
    heading = found.group("text")
    if not any(ch.isalnum() for ch in heading):
        return found.group(0)
    return heading

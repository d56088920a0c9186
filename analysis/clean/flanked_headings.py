"""Headings printed between runs of ``*`` or ``=``: the runs taken off.

Debian's ``html2text`` (the C++ one) prints an HTML page's headings between runs of
marks, ``****** Title ******`` for ``<h1>`` and ``===== Section =====`` for ``<h2>``
(fewer marks for the levels below), and MediaWiki's source writes its section headings
``== Section ==``. Kept, the marks were read as part of the headline (``****** Title
******`` as the page's title) and a subhead so printed as a line of decoration, after
which the story was taken to end. A line is such a heading when it is one run of two
or more ``*`` or ``=``, a space, text, a space and a run of the same mark and length
(:func:`unflank_headings`); its text then stands alone on its line. No tuned value:
the two marks and the equal runs are the printing's own. jaytaylor/html2text (Go) and
reStructuredText draw a heading's marks as equal rule lines over and under it instead
(:func:`unrule_headings`): the rules are made blank.
"""

from __future__ import annotations

import re

from analysis.clean.asciidoc_text import is_asciidoc

__all__ = ["unflank_headings", "unrule_headings"]

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


# A line drawn of one mark repeated (``-----``, ``*****``, ``=====``, ``.....``); not
# ``____`` nor ``++++``, AsciiDoc's delimiters of a quote and a passthrough block.
_RULE = re.compile(r"^([-*=.~#^])\1{2,}$")


def unrule_headings(text: str) -> str:
    """``text`` with the rule lines drawn over and under a heading made blank.

    jaytaylor/html2text (Go) prints ``<h1>`` between two lines of ``*`` and ``<h2>``
    between two lines of ``-`` (as long as the heading's bytes), and reStructuredText
    over- and underlines a title with the same line: a heading line between two equal
    rule lines, each rule with a blank line (or the page's edge) on its other side. Kept,
    the rules weighed as chrome round the heading, and a timeline or a section under it
    was cut off from the story.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with both rules of each such heading blank (the heading stays); rules
        that differ, or that frame more than one line, stay as printed, and so does an
        AsciiDoc page (:func:`~analysis.clean.asciidoc_text.is_asciidoc`), whose equal
        lines delimit its blocks (``____`` round a quote, ``****`` round a sidebar).

    Examples
    --------
    >>> unrule_headings("Intro.\\n\\n-------\\nHistory\\n-------\\n\\n1998 — opened\\n")
    'Intro.\\n\\n\\nHistory\\n\\n\\n1998 — opened\\n'
    """
    if "\n" not in text or not any(mark * 3 in text for mark in "-*=.~#^"):
        return text
    if is_asciidoc(text):  # its blocks' delimiters frame a quote, a sidebar: no headings
        return text
    lines = text.split("\n")
    for k in range(1, len(lines) - 1):
        over, heading, under = lines[k - 1].strip(), lines[k].strip(), lines[k + 1].strip()
        if (
            over
            and over == under
            and _RULE.match(over)
            and heading
            and _RULE.match(heading) is None
            and any(ch.isalnum() for ch in heading)
            and (k - 2 < 0 or not lines[k - 2].strip())
            and (k + 2 >= len(lines) or not lines[k + 2].strip())
        ):
            lines[k - 1] = lines[k + 1] = ""
    return "\n".join(lines)

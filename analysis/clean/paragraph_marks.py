"""A jusText print: the mark opening each of its paragraph lines taken off.

jusText's command line prints a page one paragraph a line, each opened by a mark of its
verdict: ``<p> `` (a good paragraph), ``<h> `` (a heading), with ``--format=boilerplate``
also ``<b> `` (a paragraph it calls boilerplate), and with ``--format=detailed``
``<p class="..." cfclass="..." heading="0"> ``. Kept, the mark was read as one more word
of every paragraph (``p`` counted in the body, a headline read as ``<h> Title``). The
shape is told from the whole text (:func:`drop_paragraph_marks`): every line that holds
text opens with such a mark. The verdicts are not used: the body detector judges the
paragraphs itself. No tuned value.
"""

from __future__ import annotations

import re

__all__ = ["drop_paragraph_marks"]

# A jusText paragraph mark: <p>, <h> or <b>, or <p ...> with its detailed attributes
# (names and quoted values only), then one space.
_MARK = re.compile(r'^<(?:[phb]|p(?: [a-z]+="[^"<>\n]*")+)> ')


def drop_paragraph_marks(text: str) -> str:
    """``text`` without the paragraph marks a jusText print opens its lines with.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with the mark (and the space after it) taken off every line when every
        line holding text, two or more, opens with one; the text unchanged otherwise
        (a page quoting an HTML tag or two among its lines).

    Examples
    --------
    >>> drop_paragraph_marks("<b> Home\\n<h> Ferry sails again\\n<p> The ferry sailed at noon.\\n")
    'Home\\nFerry sails again\\nThe ferry sailed at noon.\\n'
    >>> drop_paragraph_marks("Use <p> for a paragraph.\\n<p> is short.\\n")
    'Use <p> for a paragraph.\\n<p> is short.\\n'
    """
    if "> " not in text:
        return text
    lines = text.split("\n")
    marked = 0
    for line in lines:
        if _MARK.match(line):
            marked += 1
        elif line.strip():
            return text
    if marked < 2:
        return text
    return "\n".join(_MARK.sub("", line, count=1) for line in lines)

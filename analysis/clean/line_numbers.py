"""A text dump printed with its line numbers (``cat -n``, ``nl``): the numbers taken off.

``cat -n`` prints every line of a file after its number, right-aligned in six columns,
and a tab; ``nl`` numbers the lines that hold text the same way. A page saved so had a
number at the head of every paragraph: counted as one more word of the body, and a
masthead or a headline read with a number in front. The shape is told from the whole
text (:func:`drop_line_numbers`): every line that holds text opens with a number and a
tab, and the numbers count up by one from 1. No tuned value.
"""

from __future__ import annotations

import re

__all__ = ["drop_line_numbers"]

# A line's number as cat -n and nl print it: spaces, the number, one tab.
_NUMBERED = re.compile(r"^ *(\d+)\t")


def drop_line_numbers(text: str) -> str:
    """``text`` without the line numbers a ``cat -n`` or ``nl`` printing put before its
    lines.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each line's number and the tab after it taken off when every line
        holding text opens with one and the numbers run 1, 2, 3 ... (blank lines
        numbered or not); the text unchanged otherwise (a numbered list, a table of
        figures: their numbers do not run over every line of the page).
    """
    if "\t" not in text:
        return text
    lines = text.split("\n")
    expected = 1
    for line in lines:
        match = _NUMBERED.match(line)
        if match is None:
            if line.strip():
                return text
            continue
        if int(match.group(1)) != expected:
            return text
        expected += 1
    if expected <= 2:  # one numbered line or none: no numbering of the page
        return text
    return "\n".join(_NUMBERED.sub("", line, count=1) for line in lines)

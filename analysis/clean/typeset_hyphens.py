"""A typesetter's hyphen at a printed line's end told from a compound's own hyphen.

A document printed page by page (a PDF saved as text: :mod:`analysis.clean.printed_pages`)
was typeset: a word that did not fit at a line's end is cut at a syllable and its first
part printed with a hyphen ("announce-" / "ment of a new office"). A compound cut at its
own hyphen ("well-" / "known") is printed alike. :func:`mark_typeset_cuts` tells them
apart with the page's own words, no dictionary, so in any language:

- the word printed whole (without the hyphen) elsewhere on the page: a cut;
- the compound printed with its hyphen elsewhere on the page: a compound;
- neither part printed as a word of its own elsewhere on the page ("commu-" / "nities"):
  a cut; a part that is a word of the page ("high-" / "poverty", "re-" / "integrating"
  beside "integrating"): a compound, left as printed.

Only a lower-case continuation is asked: a capital after the hyphen ("Coca-" / "Cola")
is a compound's, and a script without case is left as printed. A cut's hyphen becomes
a soft hyphen (U+00AD, what a typesetter's hyphen is), which the join of the page's
wrapped lines reads as glue without a space
(:func:`analysis.clean.dump_text.join_hard_wraps`). Measured on the corpora's articles
typeset at random widths with hyphenation (benchmarks/typeset_hyphens.py): 90.6 % of the
cut words are made whole, 29.6 % of the compounds cut at a line's end lose their hyphen
(1,805 words printed wrong, against 16,960 as printed). Only printed documents are asked:
a text browser or a mail client wraps at spaces and never cuts a word. No tuned value.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.text import is_lower_case

__all__ = ["SOFT_HYPHEN", "mark_typeset_cuts"]

#: The mark of a hyphenation point: a cut word's first part ends with it at a line's end.
SOFT_HYPHEN = "\u00ad"
# A line's last word cut after its hyphen: letters only, after a space or an opening mark.
_CUT_HEAD = re.compile(r"(?:^|[\s\"'“‘«(\[])([^\W\d_]+)-$")
# The letters a line opens with, then no hyphen (a compound's next part).
_TAIL = re.compile(r"([^\W\d_]+)(?!-)")
# A word of the page: its letters (a hyphenated compound gives its parts).
_WORD = re.compile(r"[^\W\d_]+")


def mark_typeset_cuts(lines: list[str]) -> list[str]:
    """The lines of a printed document, a typesetter's line-end hyphen made a soft hyphen.

    Parameters
    ----------
    lines : list of str
        The document's lines, its page breaks undone.

    Returns
    -------
    list of str
        The lines, each line ending in a word cut by the typesetter ending in
        :data:`SOFT_HYPHEN` instead of its hyphen (see the module docstring); the same
        list when no line ends in a hyphen.
    """
    cuts: list[tuple[int, str, str]] = []  # (line, first part, second part), case folded
    for index in range(len(lines) - 1):
        line = lines[index].rstrip()
        if not line.endswith("-") or not line[-2:-1].isalpha():
            continue
        following = lines[index + 1].lstrip()
        if not is_lower_case(following[:1]):
            continue
        head, tail = _CUT_HEAD.search(line), _TAIL.match(following)
        if head and tail:
            cuts.append((index, head[1].casefold(), tail[1].casefold()))
    if not cuts:
        return lines
    text = "\n".join(lines).casefold()
    words = Counter(_WORD.findall(text))
    for _, head, tail in cuts:  # the parts printed at the cuts are no words of the page
        words[head] -= 1
        words[tail] -= 1
    marked = list(lines)
    for index, head, tail in cuts:
        if f"{head}-{tail}" in text and re.search(rf"\b{head}-{tail}\b", text):
            continue  # the compound printed whole elsewhere
        if words[head + tail] > 0 or (words[head] <= 0 and words[tail] <= 0):
            marked[index] = marked[index].rstrip()[:-1] + SOFT_HYPHEN
    return marked

"""Pull quotes: a sentence of the article printed again between its paragraphs.

A magazine or a long read sets a sentence of the story in large type between its
paragraphs; a dump or an HTML page's main text keeps it as one more line. Counted, its
words are counted twice (and, a quotation, its quote share too). Such a line is a copy:

- a line opening with a quotation mark whose text, without the marks and punctuation
  around it, stands in a longer line, or in an earlier line as long (the quotation as
  printed in the story, or an excerpt of it read as a subheading);
- a line that is one whole sentence (it ends with an end mark) standing as a whole
  sentence in a longer line: at the line's start or after another sentence's end, and
  ending where that sentence ends.

It needs :data:`PULL_QUOTE_MIN_WORDS` words (a short sentence can recur by chance). A
line printed as often as the copied one is no pull quote (the callers pass the lines
printed once). Used by the body detector (:mod:`analysis.clean.body.extend`) and on an
HTML page's main text (:func:`analysis.clean.articles.html_body_lines`). No tuned value
but the length, which dates from the quoted form (see ``extend.PULL_QUOTES``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A pull quote has at least this many words.
PULL_QUOTE_MIN_WORDS = 8
# What surrounds a pull quote's copied text: quotation marks, dashes, ellipses, stops.
# A quoted pull quote opens with a quotation mark.
OPENING_QUOTES = ('"', "“", "‘", "„", "«", "‹", "'")
AROUND_QUOTE = " \t\"'“”‘’„«»‹›—–-….,;:!?"
# A sentence's end: an end mark, then closing quotation marks or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»›)\]]*$")
# What stands right before a whole sentence inside a line: another sentence's end.
_BEFORE_SENTENCE = re.compile(r"[.!?…][\"'”’»›)\]]*\s+$")


def pull_quote_positions(texts: Sequence[str], n_words: Sequence[float]) -> set[int]:
    """Positions of the lines that are pull quotes (copies of another line's text).

    Parameters
    ----------
    texts : sequence of str
        The article's lines printed once on the page, stripped, in page order.
    n_words : sequence of float
        Their word counts.

    Returns
    -------
    set of int
        Positions into ``texts``. One or two substring searches (in C) per candidate
        line; lines without a candidate join nothing.
    """
    candidates = [
        q
        for q, (text, words) in enumerate(zip(texts, n_words, strict=True))
        if words >= PULL_QUOTE_MIN_WORDS
        and (text.startswith(OPENING_QUOTES) or _SENTENCE_END.search(text))
    ]
    if not candidates:
        return set()
    joined = "\n".join(texts)
    starts = [0]
    for text in texts:
        starts.append(starts[-1] + len(text) + 1)
    found = set()
    for q in candidates:
        text = texts[q]
        if text.startswith(OPENING_QUOTES):
            if _quoted_copy(joined, text, starts[q] + text.find(text.strip(AROUND_QUOTE))):
                found.add(q)
        elif _sentence_copy(joined, text, starts[q]):
            found.add(q)
    return found


def _quoted_copy(joined: str, text: str, own: int) -> bool:
    """Whether a quoted line's text (at ``own`` in ``joined``) stands in a longer
    line, or in an earlier line as long."""
    core = text.strip(AROUND_QUOTE)
    first = joined.find(core)
    if first != own:
        return True
    first = joined.find(core, own + 1)  # no earlier copy: is there a later one?
    return first >= 0 and _line_around(joined, first) != core


def _sentence_copy(joined: str, text: str, own: int) -> bool:
    """Whether a line ending a sentence (at ``own`` in ``joined``) stands as a whole
    sentence in another, longer line."""
    position = joined.find(text)
    while position >= 0:
        if position != own:
            begin = joined.rfind("\n", 0, position) + 1
            stop = position + len(text)
            whole = (position == begin or _BEFORE_SENTENCE.search(joined, begin, position)) and (
                stop == len(joined) or joined[stop] in " \t\n"
            )
            line_end = joined.find("\n", position)
            longer = (line_end if line_end >= 0 else len(joined)) - begin > len(text)
            if whole and longer:
                return True
        position = joined.find(text, position + 1)
    return False


def _line_around(text: str, position: int) -> str:
    """The line of ``text`` holding ``position``, without the marks around it."""
    begin = text.rfind("\n", 0, position) + 1
    stop = text.find("\n", position)
    return text[begin : stop if stop >= 0 else len(text)].strip(AROUND_QUOTE)

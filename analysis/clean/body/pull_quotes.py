"""Pull quotes: a sentence of the article printed again between its paragraphs.

A magazine or a long read sets a sentence of the story in large type between its
paragraphs; a dump or an HTML page's main text keeps it as one more line. Counted, its
words are counted twice (and, a quotation, its quote share too). Such a line is a copy:

- a line opening with a quotation mark (maybe after a Markdown quote's ``>``) whose
  text, without the marks and punctuation around it, stands in a longer line, or in an
  earlier line as long (the quotation as printed in the story, or an excerpt of it read
  as a subheading), its first capital also in lower case (an excerpt from inside a
  sentence, capitalized when set apart);
- a line that is one whole sentence (it ends with an end mark) standing as a whole
  sentence in a longer line: at the line's start or after another sentence's end, and
  ending where that sentence ends.

A Markdown quote mark before the opening quotation mark (``> "..."``, a printing of
the quote's box) is no part of its text. It needs :data:`PULL_QUOTE_MIN_WORDS` words
(a short sentence can recur by chance). A line printed as often as the copied one is
no pull quote (the callers pass the lines printed once). Used by the body detector
(:mod:`analysis.clean.body.extend`) and on an HTML page's main text
(:func:`analysis.clean.articles.html_body_lines`). No tuned value but the length,
which dates from the quoted form (see ``extend.PULL_QUOTES``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from analysis.text import opens_upper_case

# A pull quote has at least this many words.
PULL_QUOTE_MIN_WORDS = 8
# What surrounds a pull quote's copied text: quotation marks, dashes, ellipses, stops.
# A quoted pull quote opens with a quotation mark.
OPENING_QUOTES = ('"', "“", "‘", "„", "«", "‹", "'")
AROUND_QUOTE = " \t\"'“”‘’„«»‹›—–-….,;:!?"
# A sentence's end: an end mark, then closing quotation marks or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»›)\]]*$")
# A sentence's end inside a line: an end mark and closing marks, before a space or a
# tab or the line's end; and the white space after it, before the next sentence.
_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’»›)\]]*(?=[ \t]|$)")
_AFTER_SENTENCE = re.compile(r"[.!?…][\"'”’»›)\]]*\s+")
# A Markdown or e-mail quote's mark opening a line before a quotation mark ('> "').
_QUOTE_MARK = re.compile(r"^>[ \t]*(?=[\"“‘„«‹'])")


def pull_quote_positions(texts: Sequence[str], n_words: Sequence[float]) -> set[int]:
    """Positions of the lines that are pull quotes (copies of another line's text).

    Parameters
    ----------
    texts : sequence of str
        The article's lines printed once on the page, stripped, in page order (no line
        break inside one).
    n_words : sequence of float
        Their word counts.

    Returns
    -------
    set of int
        Positions into ``texts``. One or two substring searches (in C) per quoted
        candidate line, one pass over the lines for the others (:func:`_sentence_copies`).
    """
    # a quotation set apart as a one-line Markdown or e-mail quote ('> "It is ..."'):
    # its mark is no part of its text
    texts = [_QUOTE_MARK.sub("", text) if text.startswith(">") else text for text in texts]
    candidates = [
        q
        for q, (text, words) in enumerate(zip(texts, n_words, strict=True))
        if words >= PULL_QUOTE_MIN_WORDS
        and (text.startswith(OPENING_QUOTES) or _SENTENCE_END.search(text))
    ]
    if not candidates:
        return set()
    quoted = [q for q in candidates if texts[q].startswith(OPENING_QUOTES)]
    found = _sentence_copies(
        texts, [q for q in candidates if not texts[q].startswith(OPENING_QUOTES)]
    )
    if quoted:
        joined = "\n".join(texts)
        starts = [0]
        for text in texts:
            starts.append(starts[-1] + len(text) + 1)
        for q in quoted:
            text = texts[q]
            if _quoted_copy(joined, text, starts[q] + text.find(text.strip(AROUND_QUOTE))):
                found.add(q)
    return found


def _quoted_copy(joined: str, text: str, own: int) -> bool:
    """Whether a quoted line's text (at ``own`` in ``joined``) stands in a longer
    line, or in an earlier line as long; or, opening with a capital, stands so with that
    letter in lower case (an excerpt from inside a sentence, capitalized as it is set
    apart: "You cannot learn this" from "But you cannot learn this")."""
    core = text.strip(AROUND_QUOTE)
    if opens_upper_case(core) and joined.find(core[0].lower() + core[1:]) >= 0:
        return True
    first = joined.find(core)
    if first != own:
        return True
    first = joined.find(core, own + 1)  # no earlier copy: is there a later one?
    return first >= 0 and _line_around(joined, first) != core


def _sentence_copies(texts: Sequence[str], candidates: Sequence[int]) -> set[int]:
    """The candidate lines (each ending a sentence) that stand as whole sentences in
    another, longer line: at that line's start or after another sentence's end, and
    ending where a sentence ends (before a space, a tab or the line's end).

    Each line is read once: a candidate is looked up by its first sentence (its text up
    to its first sentence end), which is the sentence a copy of it opens in the longer
    line, so the cost is linear in the page's text, not in lines x candidates (a 20 MB
    page of paragraphs, each a candidate, took minutes with one search per candidate).
    """
    by_first_sentence: dict[str, list[int]] = {}
    for q in candidates:
        text = texts[q]
        by_first_sentence.setdefault(text[: _sentence_ends(text)[0]], []).append(q)
    found: set[int] = set()
    for line_no, line in enumerate(texts):
        ends = _sentence_ends(line)
        if not ends:
            continue
        for start in _sentence_starts(line):
            first_end = ends[bisect_right(ends, start)] if start < ends[-1] else None
            if first_end is None:
                break
            for q in by_first_sentence.get(line[start:first_end], ()):
                text = texts[q]
                stop = start + len(text)
                if (
                    q != line_no
                    and q not in found
                    and len(line) > len(text)
                    and line.startswith(text, start)
                    and (stop == len(line) or line[stop] in " \t")
                ):
                    found.add(q)
    return found


def _sentence_ends(line: str) -> list[int]:
    """Where the sentences of a line end: after an end mark and its closing marks,
    before a space, a tab or the line's end (ascending)."""
    return [match.end() for match in _SENTENCE_STOP.finditer(line)]


def _sentence_starts(line: str) -> list[int]:
    """Where the sentences of a line start: its start, and after another sentence's
    end and the white space after it (ascending)."""
    return [0, *(match.end() for match in _AFTER_SENTENCE.finditer(line))]


def _line_around(text: str, position: int) -> str:
    """The line of ``text`` holding ``position``, without the marks around it."""
    begin = text.rfind("\n", 0, position) + 1
    stop = text.find("\n", position)
    return text[begin : stop if stop >= 0 else len(text)].strip(AROUND_QUOTE)


def repeated_in_a_row(texts: Sequence[str], n_words: Sequence[float]) -> set[int]:
    """Positions of the paragraphs printed again right after themselves: the first of
    two equal lines in a row, of :data:`PULL_QUOTE_MIN_WORDS` words or more.

    A listen player's "Read along" box prints the story's first paragraph as the voice
    reads it, right above the paragraph itself; a box repeating the lede does the same.
    An HTML page's main text keeps both printings (a text dump's detector reads two
    printings in a row as a photo's caption and its alternative text instead:
    :mod:`analysis.clean.body.printings`). Counted, the paragraph's words were counted
    twice; the copy is the first printing, the one before the story's.

    Parameters
    ----------
    texts : sequence of str
        The main text's lines, stripped, in page order.
    n_words : sequence of float
        Their word counts.

    Returns
    -------
    set of int
        Positions into ``texts``.

    Examples
    --------
    >>> lede = "The new lifeboat arrived on Tuesday and was lowered into the harbour."
    >>> sorted(repeated_in_a_row([lede, lede, "It cost two million."], [12, 12, 4]))
    [0]
    """
    return {
        k
        for k in range(len(texts) - 1)
        if n_words[k] >= PULL_QUOTE_MIN_WORDS and texts[k] == texts[k + 1]
    }

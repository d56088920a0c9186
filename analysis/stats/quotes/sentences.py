"""Sentence starts within one line of a body, as the attribution rules need them.

A sentence end inside a quoted span does not count, so a span lies in one sentence
("Sentences" in :mod:`analysis.stats.quotes`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from analysis.stats.quotes.marks import _Line
from analysis.stats.sentences import is_abbreviation

# A sentence end: punctuation, closing marks, whitespace, then (after opening marks) a
# capital or digit, which group 1 captures for the number abbreviations ("No. 5").
# It starts only at a run's first mark and the runs are possessive: a run of 100,000
# dots is scanned once, not retried from each dot (backtracking could never succeed:
# marks, closers and spaces are disjoint, and the lookahead needs a non-space).
_SENTENCE_END_RE = re.compile(
    r"(?<![.!?…])[.!?…]++[\"'“”‘’»)\]]*+\s++(?=[\"'“‘«(\[]*([A-Z0-9\u00C0-\u024F]))"
)


_WORD_BEFORE_RE = re.compile(r"([A-Za-z.]+)\.$")


def _sentence_starts(line: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Offsets (into ``line``) where sentences start; the first is always 0.

    A sentence end strictly inside one of ``spans`` (ordered, disjoint) does not count,
    nor does the full stop of an abbreviation (analysis.stats.sentences.is_abbreviation).
    """
    span_starts = [s for s, _ in spans]
    starts = [0]
    for m in _SENTENCE_END_RE.finditer(line):
        if line[m.start()] == ".":
            word = _WORD_BEFORE_RE.search(line, max(0, m.start() - 12), m.start() + 1)
            if word and is_abbreviation(word[1].strip("."), m[1]):
                continue
        at = m.end()
        # spans are in order and disjoint: only the last one opening before ``at`` can
        # hold it
        k = bisect_left(span_starts, at) - 1
        if k >= 0 and at < spans[k][1]:
            continue
        starts.append(at)
    return starts


def _colon_sentence(body: str, line: _Line) -> tuple[str, int] | None:
    """The last sentence of a line that ends with a colon, and its body offset."""
    text = body[line.start : line.end].rstrip()
    if not text.endswith(":"):
        return None
    starts = _sentence_starts(text, [])
    return text[starts[-1] :], line.start + starts[-1]

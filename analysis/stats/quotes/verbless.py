"""The speaker a sentence with no verb of saying names before a quote (English).

News introduces a quote with a sentence about its speaker that holds no verb of saying:
a colon after the predicate ('Margaret Okafor, the harbour master, was blunt: "..."',
'The club's coach, Terry Blackwood, remembered his first coach: "..."') or a sentence
of its own before a quote that stands alone ('Colin Strachan, chief executive of Clyde
Isles Ferries, was more guarded. "..."'). The speaker is the subject that opens that
sentence, found as a verb of saying's subject is (:func:`.speakers._np_before`, with
its appositive rules), the predicate's first word standing for the verb. Only a name
counts: two capitalised words, or one after the sentence's first word ("The Hartwell
board"), so "The reason is simple: "..."" and "Residents were told to leave." name no
one. Rules: "Attribution" in :mod:`analysis.stats.quotes`.
"""

from __future__ import annotations

import re

from analysis.stats.quotes.lexicon import (
    _DETERMINERS,
    _LEADING_CONJUNCTIONS,
    _MASK,
    _NP_INNER,
    _TOKEN_RE,
    _clean_token,
)
from analysis.stats.quotes.speaker_names import _PARTICLES
from analysis.stats.quotes.speakers import _np_before, _speaker_span

#: The longest introducing sentence read, in words: a subject, an appositive of a few
#: words and a short predicate ("X, chief executive of Y, was more guarded"); a longer
#: sentence tells more than who speaks next.
MAX_SENTENCE_WORDS = 20


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _particle(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether ``tokens[i]`` is a particle inside a name ("van der Berg", "bin
    Rashid"): a particle word before more particles and a capitalised word."""
    for tok in tokens[i:]:
        word = _clean_token(tok[0])
        if word.lower() not in _PARTICLES:
            return _capitalised(word)
    return False


def verbless_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the name that opens ``masked[lo:hi]``, a sentence with no verb of
    saying before a quote (or None).

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    lo, hi : int
        The sentence: from its start to its colon or its end.

    Returns
    -------
    tuple of int or None
        The subject's offsets into ``masked``; None when the sentence holds a quote, is
        longer than :data:`MAX_SENTENCE_WORDS`, opens with no name, or has no
        lower-case predicate after its subject.
    """
    if _MASK in masked[lo:hi]:
        return None
    tokens = list(_TOKEN_RE.finditer(masked, lo, hi))
    if not tokens or len(tokens) > MAX_SENTENCE_WORDS:
        return None
    first = 1 if _clean_token(tokens[0][0]).lower() in _LEADING_CONJUNCTIONS else 0
    commas = [i for i, t in enumerate(tokens) if t[0].endswith(",")]
    rest = tokens[commas[-1] + 1 :] if commas else tokens[first:]
    predicate = None
    for i, tok in enumerate(rest):
        word = _clean_token(tok[0])
        if word[:1].islower() and not _particle(rest, i):
            predicate = tok
            break
    if predicate is None or first >= len(tokens):
        return None
    span = _speaker_span(masked, _np_before(masked, lo, predicate.start()))
    # the subject opens the sentence, or follows a role that does ("The club's coach,
    # Terry Blackwood, remembered ...")
    opening = {tokens[first].start()} | ({tokens[commas[0] + 1].start()} if commas else set())
    if span is None or span[0] not in opening:
        return None
    words = [_clean_token(t[0]).strip(",") for t in _TOKEN_RE.finditer(masked, *span)]
    names = [w for w in words if _capitalised(w) and w.lower() not in _DETERMINERS | _NP_INNER]
    if len(names) < 2 and not any(_capitalised(w) for w in words[1:]):
        return None
    return span

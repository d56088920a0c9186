"""Dropped subjects: a verb of saying printed with no subject takes the one person its
paragraph names before it.

A language that drops the subject prints "«...», afirmó." after a sentence that named
the speaker ("La alcaldesa de Villalcázar, Lucía Ferrer, pidió calma. «...», afirmó.").
Attribution leaves such a quote attributed with no speaker (the sentence prints none:
``speaker_as_printed`` stays None). This module fills ``speaker`` only, when the writer's
words of the quote's paragraph before it name exactly one person: one run of two to
four capitalised words (a sentence's opening function word or time word left out, and
not a place after a joining word: "de Villa Verde"), and no other capitalised word but a
sentence's first or one after a joining word ("de Villalcázar"); any other capitalised
word may be another person ("se reunió con Marchetti") and leaves the quote unnamed.
Only a verb that ends its clause ("afirmó.", "Y añadió: «...»"): words after it may be
its subject ("«...», alisema mmoja wa wazee": one of the elders).
Languages with letter case only (elsewhere no run is found); at most
:data:`~analysis.stats.quotes.pronouns.MAX_ANTECEDENT_GAP` characters back, as for
pronouns; no tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.stats.quotes.languages import JOINERS_BY_LANGUAGE, TIME_WORDS_BY_LANGUAGE
from analysis.stats.quotes.pronouns import (
    _PARAGRAPH_BREAK_RE,
    MAX_ANTECEDENT_GAP,
    _outside_quotes,
)
from analysis.stats.quotes.quote import Quote
from analysis.stopwords import FUNCTION_WORDS_BY_LANGUAGE

_EMPTY: frozenset[str] = frozenset()

# A space: where a word starts after a cut in the middle of one.
_SPACE_RE = re.compile(r"\s+")
# A word of letters (apostrophes and hyphens inside).
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
# What ends a sentence before a word (or the paragraph's start): a sentence's first word.
_SENTENCE_END = (".", "!", "?", ":", "«", "“", '"', "„", "—", "–")
#: The most words of a person's name.
MAX_NAME_WORDS = 4


def resolve_dropped_subjects(body: str, quotes: Sequence[Quote], language: str) -> list[Quote]:
    """Name the speaker of each attributed quote whose sentence prints none, from the
    one person its paragraph names before it (module docstring).

    Parameters
    ----------
    body : str
        The body the quotes were found in.
    quotes : sequence of Quote
        Its quotes, in order.
    language : str
        The language code the quotes were read in (``quote_language``).

    Returns
    -------
    list of Quote
        The same quotes, ``speaker`` named where the paragraph names one person.
    """
    out = list(quotes)
    for index, quote in enumerate(out):
        if not quote.attributed or quote.speaker is not None or quote.speaker_as_printed:
            continue
        if not _cue_ends_clause(body, quote):
            continue  # words follow the verb: its subject may stand there ("alisema mmoja wa")
        # the paragraph's start, at most MAX_ANTECEDENT_GAP back (linear in the body)
        lo = max(0, quote.start - MAX_ANTECEDENT_GAP)
        if lo and not body[lo - 1].isspace():
            lo = next((m.end() for m in _SPACE_RE.finditer(body, lo, quote.start)), quote.start)
        for brk in _PARAGRAPH_BREAK_RE.finditer(body, lo, quote.start):
            lo = brk.end()
        first = index
        while first > 0 and out[first - 1].end > lo:
            first -= 1
        text = _outside_quotes(body, lo, quote.start, out[first:index])
        name = _one_person(text, language)
        if name is not None:
            out[index] = replace(quote, speaker=name)
    return out


#: How far from a quote its cue is looked for, in characters.
CUE_REACH = 80
# What may follow a verb that has dropped its subject: punctuation or a closing mark.
_CLAUSE_END = frozenset('.,;:!?»”"')


def _cue_ends_clause(body: str, quote: Quote) -> bool:
    """Whether the quote's cue is printed within :data:`CUE_REACH` characters after it
    (else before it) with punctuation, a closing mark or the line's end right after it
    ("«...», afirmó.", "«...», ha aggiunto.", "Y añadió: «...»"), not a word that may
    be its subject ("«...», alisema mmoja wa wazee")."""
    cue = (quote.cue or "").lower()
    if not cue:
        return False
    after = body[quote.end : quote.end + CUE_REACH].lower().find(cue)
    if after >= 0:
        at = quote.end + after + len(cue)
    else:
        lo = max(0, quote.start - CUE_REACH)
        before = body[lo : quote.start].lower().rfind(cue)
        if before < 0:
            return False
        at = lo + before + len(cue)
    rest = body[at : at + 3].lstrip(" ")
    return not rest or rest[0] == "\n" or rest[0] in _CLAUSE_END


def _one_person(text: str, language: str) -> str | None:
    """The one name ``text`` holds (module docstring), else None."""
    joiners = JOINERS_BY_LANGUAGE.get(language, _EMPTY)
    openers = FUNCTION_WORDS_BY_LANGUAGE.get(language, _EMPTY) | TIME_WORDS_BY_LANGUAGE.get(
        language, _EMPTY
    )
    runs: list[list[str]] = []
    previous = ""  # the word before the current run
    run: list[str] = []
    first_of_sentence = False
    end = 0
    for match in _WORD_RE.finditer(text):
        word = match[0]
        gap = text[end : match.start()]
        end = match.end()
        if not word[0].isupper():
            if run:
                runs.append(_checked(run, first_of_sentence, previous, joiners, openers))
                run = []
            previous = word.lower()
            continue
        if run and gap == " ":
            run.append(word)
            continue
        if run:
            runs.append(_checked(run, first_of_sentence, previous, joiners, openers))
            previous = run[-1].lower()
        before = text[: match.start()].rstrip()
        first_of_sentence = not before or before.endswith(_SENTENCE_END)
        run = [word]
    if run:
        runs.append(_checked(run, first_of_sentence, previous, joiners, openers))
    if any(r is None for r in runs):
        return None
    names = {" ".join(r) for r in runs if r}
    return names.pop() if len(names) == 1 else None


def _checked(
    run: list[str],
    first_of_sentence: bool,
    previous: str,
    joiners: frozenset[str],
    openers: frozenset[str],
) -> list[str] | None:
    """A run of capitalised words as a name (two to four words), [] when it names no
    person (a sentence's first word, a place after a joining word), None when it may
    name someone else (a lone capitalised word inside a sentence, a longer run)."""
    words = list(run)
    if first_of_sentence and words[0].lower() in openers:
        words.pop(0)
    if previous in joiners and not first_of_sentence:
        return []  # a place or body after "de": "la alcaldesa de Villa Verde"
    if not words or (len(words) == 1 and first_of_sentence and len(run) == 1):
        return []
    if 2 <= len(words) <= MAX_NAME_WORDS:
        return words
    return None

"""Reporting cues: the verbs and phrases that attribute a quote ("said", "according to").

Reads a line with its quoted spans masked; gives the cues in order
(:func:`_find_cues`) and, for a span, the cues of its sentence nearest first
(:class:`_CuesByDistance`). Rules: "Attribution" in :mod:`analysis.stats.quotes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import NamedTuple

from analysis.stats.quotes.lexicon import REPORTING_VERBS

# Two-word cues: first word -> second word.
_PHRASE_CUES = {
    "according": "to",
    "cited": "by",
    "pointed": "out",
    "points": "out",
    "put": "it",
    "goes": "on",
    "went": "on",
    "ruled": "that",
    "rules": "that",
    "words": "of",
}
# Verbs of continuing, a cue only before a colon ("The judgment goes on: ..."; not
# "went on to win", "goes on sale").
_BEFORE_COLON = frozenset({"goes", "went"})
#: Verbs of a text's opening or close, a cue only right before a colon: a document's
#: words set off after them ("The letter ends: "..."", "The note concluded: "...""); not
#: "the meeting ends at six", "ends in a draw".
_TEXT_EDGE_VERBS = frozenset(
    {"ends", "ended", "begins", "began", "opens", "opened", "closes", "closed", "concludes",
     "concluded"}
)  # fmt: skip


_WORD_RE = re.compile(r"[\w'’-]+")


#: A caption given a post or a photo: its author's words ('shared a photo … with the
#: caption "…"'), a cue after "with the" / "with a" only.
_CAPTION = "caption"
_CAPTION_OPENERS = ("with the ", "with a ")

_CUE_FIRST_WORDS = REPORTING_VERBS | set(_PHRASE_CUES) | _TEXT_EDGE_VERBS | {"According", _CAPTION}


class _Cue(NamedTuple):
    start: int
    end: int
    word: str


_CUE_WORD_CHAR_RE = re.compile(r"[\w'’-]")


def _cue_words(masked: str) -> list[tuple[int, str]]:
    """The words of ``masked`` (as ``_WORD_RE`` splits them) that may start a cue.

    Found as: the cue words present (one ``findall`` and a set intersection), then
    each one's whole-word occurrences (``str.find``); the same as filtering every
    ``_WORD_RE`` match, without a match object per word.
    """
    present = _CUE_FIRST_WORDS.intersection(_WORD_RE.findall(masked))
    found: list[tuple[int, str]] = []
    for word in present:
        at = masked.find(word)
        while at >= 0:
            end = at + len(word)
            if not (
                (at > 0 and _CUE_WORD_CHAR_RE.match(masked, at - 1))
                or _CUE_WORD_CHAR_RE.match(masked, end)
            ):
                found.append((at, word))
            at = masked.find(word, end)
    found.sort()
    return found


def _find_cues(masked: str) -> list[_Cue]:
    """Reporting cues in ``masked`` (lower-case verbs and phrases; "According to" too)."""
    cues: list[_Cue] = []
    for start, word in _cue_words(masked):
        end = start + len(word)
        lower = "according" if word == "According" else word
        second = _PHRASE_CUES.get(lower)
        if second is not None:
            follow = _WORD_RE.match(masked, end + 1)
            if (
                follow is not None
                and masked[end] == " "
                and follow[0] == second
                and (lower != "cited" or masked[max(0, start - 3) : start] == "as ")
                and (lower != "words" or masked[max(0, start - 7) : start].lower() == "in the ")
                and (lower not in _BEFORE_COLON or masked[follow.end() : follow.end() + 1] == ":")
            ):
                cues.append(_Cue(start, follow.end(), f"{lower} {second}"))
                continue
        if lower == _CAPTION:
            if masked[max(0, start - 9) : start].lower().endswith(_CAPTION_OPENERS):
                cues.append(_Cue(start, end, lower))
            continue
        edge = lower in _TEXT_EDGE_VERBS and masked[end : end + 1] == ":"
        if (lower in REPORTING_VERBS or edge) and not _after_determiner(masked, start):
            cues.append(_Cue(start, end, lower))
    return cues


_QUANTIFIERS = frozenset({"many", "several", "multiple", "numerous", "few", "both", "other", "no"})
#: Numbers read as quantifiers: figures and number words ("140 claims", "two claims":
#: after them, too, only a plural is a noun; "two say", "140 said" stay verbs).
_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozens",
        "hundreds",
        "thousands",
    ]
)
_NUMBER = r"\d[\d,.]*"


_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(the|a|an|his|her|its|their|our|my|your|this|these|those|such|"
    + "|".join(sorted(_QUANTIFIERS | _NUMBER_WORDS))
    + "|"
    + _NUMBER
    + r")|[sS]['’]|['’]s)\s+$",
    re.IGNORECASE,
)


# "a" or "an" and one lower-case word ("a short reply", "an angry tweet"): a singular
# subject, so a verb after them would take -s; a cue word there in its base form is a
# noun (not "a few say", "a lot argue": quantities).
_ARTICLE_AND_WORD_RE = re.compile(r"\b[Aa]n?\s+(?!(?:few|lot|couple)\s)[a-z][\w-]*\s+$")
# The base forms among the cue words: those whose third person the list holds ("say",
# "reply"; not "said", "thought"); "read" is its own past as well.
_BASE_FORMS = frozenset(
    w
    for w in REPORTING_VERBS
    if {w + "s", w + "es", w[:-1] + "ies"} & REPORTING_VERBS and w != "read"
)


def _after_determiner(masked: str, start: int) -> bool:
    """Whether a cue word is used as a noun ("the claims", "his remarks", "many tweets",
    "a short reply").

    After a quantifier or a number only a plural is a noun: "many tweets", "140 claims",
    but "many say", "two said". After
    "a" / "an" and one word only a base form is: "a short reply", but "an aide said".
    """
    found = _NOUN_BEFORE_RE.search(masked, max(0, start - 12), start)
    if found is None:
        article = _ARTICLE_AND_WORD_RE.search(masked, max(0, start - 30), start)
        if article is None:
            return False
        end = masked.find(" ", start)
        word = masked[start : len(masked) if end == -1 else end].rstrip(".,;:!?")
        return word in _BASE_FORMS
    quantifier = found[1]
    if quantifier is None or not (
        quantifier.lower() in _QUANTIFIERS
        or quantifier.lower() in _NUMBER_WORDS
        or quantifier[:1].isdigit()
    ):
        return True
    end = masked.find(" ", start)
    return masked[start : len(masked) if end == -1 else end].rstrip(".,;:!?").endswith("s")


_cue_start = attrgetter("start")


class _CuesByDistance:
    """The cues ``line_cues[first:last]`` that end by ``hi``, nearest to ``near`` first.

    Ties go to the earlier cue. The order is produced lazily from the two sides of
    ``near`` and remembered, so a caller that stops at the first cue with a speaker
    costs time in proportion to the cues it looked at, not to all cues of the clause
    (a line holding thousands of attributed quotes stays near linear).
    """

    def __init__(
        self, line_cues: Sequence[_Cue], first: int, last: int, hi: int, near: int
    ) -> None:
        self._cues = line_cues
        self._first = first
        self._hi = hi
        self._near = near
        self._right = bisect_left(line_cues, near, lo=first, hi=last, key=_cue_start)
        self._left = self._right - 1
        self._last = last
        self._seen: list[_Cue] = []

    def _next_left(self) -> _Cue | None:
        while self._left >= self._first and self._cues[self._left].end > self._hi:
            self._left -= 1
        return self._cues[self._left] if self._left >= self._first else None

    def _next_right(self) -> _Cue | None:
        while self._right < self._last and self._cues[self._right].end > self._hi:
            self._right += 1
        return self._cues[self._right] if self._right < self._last else None

    def _advance(self) -> _Cue | None:
        left, right = self._next_left(), self._next_right()
        if left is None and right is None:
            return None
        if right is None or (
            left is not None
            and (self._near - left.start, left.start) <= (right.start - self._near, right.start)
        ):
            self._left -= 1
            return left
        self._right += 1
        return right

    def __iter__(self) -> Iterator[_Cue]:
        index = 0
        while True:
            if index == len(self._seen):
                cue = self._advance()
                if cue is None:
                    return
                self._seen.append(cue)
            yield self._seen[index]
            index += 1

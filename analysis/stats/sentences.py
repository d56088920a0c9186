"""Sentence splitting for article bodies: the rule behind ``n_sentences``.

A sentence ends

- at the end of a paragraph (paragraphs are separated by a blank line), and
- after a run of ``.``, ``!``, ``?`` or ``…``, optionally followed by closing quotation
  marks or brackets of any language (``” ’ " '``, German ``“ «``, French ``»`` also
  after a space, ``) ]``: :data:`analysis.text.marks.CLOSING_MARKS`), when whitespace
  follows and the next non-space character, after any opening quotation mark or
  bracket (``“ ‘ „ « » ( [`` ...: :data:`analysis.text.marks.OPENING_MARKS`, a French
  ``«`` with its space), Spanish ``¿ ¡`` or a dialogue dash ``—`` with no space after
  it, is an uppercase letter or a digit,

or, in scripts with sentence marks of their own, after a run of ``。 ！ ？ ｡`` (Chinese,
Japanese), ``। ॥`` (Devanagari and other Indic scripts), ``؟ ۔`` (Arabic, Urdu), ``።``
(Ethiopic) or ``။`` (Myanmar), whatever follows (these scripts put no space after
them). A next sentence "opens with an uppercase letter" also when it opens with a
letter of a script without case (Arabic, Hebrew, Hangul, Devanagari, ...). Thai marks
no sentence end: a Thai paragraph is one sentence unless it holds the marks above.

Everywhere, a sentence does not end
after a full stop that ends an abbreviation, where the sentence goes on:

- a personal or military title, a name suffix or a month (``Mr.``, ``Dr.``, ``Sen.``,
  ``Gov.``, ``Lt.``, ``Jr.``, ``Jan.``, ``Sept.``; see :data:`ABBREVIATIONS`),
- ``No.``, ``Nos.``, ``Art.``, ``Fig.`` before a digit (``No. 5``),
- a single capital letter (an initial: ``John F. Kennedy``),
- dotted letters (``U.S.``, ``U.N.``, ``a.m.``, ``e.g.``).

A decimal point (``2.5``) or a dot inside a name (``example.com``) has no whitespace after
it and never ends a sentence. The abbreviation rule is a choice, not an oracle: "...in the
U.S. The next day..." stays one sentence (an undercount), which we prefer to splitting
every "U.S. officials" and "Mr. Smith". Only sentences holding a word (a token with a
letter or digit, as in :mod:`analysis.text`) are counted.

This is the project's own count, used for ``n_sentences``. Readability scores use
textstat's sentence count inside textstat's formulas (see :mod:`analysis.stats.readability`
and ``docs/metrics.md``), so that they equal textstat's published values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.text import WORD_CHAR
from analysis.text.marks import (
    CLOSING_MARKS,
    DIALOGUE_DASH,
    GUILLEMET_SPACES,
    OPENING_MARKS,
    SPACED_SENTENCE_MARKS,
    UNSPACED_SENTENCE_MARKS,
)

#: Words that end with a full stop without ending the sentence (compared case-sensitively
#: without the stop).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles and honorifics
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Rev", "Hon", "Fr", "St",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Amb", "Supt", "Atty",
        # military and police ranks
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Insp",
        # name suffixes
        "Jr", "Sr",
        # months
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        # common in news copy
        "vs", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Bros", "approx", "est",
    }
)  # fmt: skip

#: Abbreviations that do not end a sentence when a digit follows ("No. 5").
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({"No", "Nos", "no", "Art", "Fig", "Vol", "pp"})

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A match starts only at the first mark of a run, and the runs are possessive: a failed
# attempt is never retried inside the same run, so a line of 100,000 dots is one linear
# scan, not a quadratic backtrack (backtracking could not succeed: marks, closers and
# whitespace are disjoint).
_CLOSERS = rf"(?:[{re.escape(CLOSING_MARKS)}]|[{GUILLEMET_SPACES}][»›](?!\S))*+"
_SPACED = re.escape(SPACED_SENTENCE_MARKS)
_UNSPACED = re.escape(UNSPACED_SENTENCE_MARKS)
_BOUNDARY = re.compile(
    rf"(?<![{_SPACED}])[{_SPACED}]++{_CLOSERS}(?=\s)"
    rf"|(?<![{_UNSPACED}])(?P<own>[{_UNSPACED}]++{_CLOSERS})"
)
_OPENERS = OPENING_MARKS
# Skipping runs in the regex engine, not a Python loop per character (regex \s and
# str.isspace agree on what is whitespace).
# (French typography puts a space after an opening guillemet: "« Le port"; a dialogue
# dash opens only with no space after it)
_SPACED_OPENERS = re.escape(_OPENERS.replace(DIALOGUE_DASH, ""))
_SPACES_THEN_OPENERS = re.compile(
    rf"\s*(?:[{_SPACED_OPENERS}][{GUILLEMET_SPACES}]?|{DIALOGUE_DASH}(?!\s))*"
)
_SPACES_AND_OPENERS = re.compile(rf"[\s{re.escape(_OPENERS)}]*")
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph of ``text`` (blank-line separated)."""
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _token_before(text: str, lo: int, end: int) -> str:
    """The whitespace-delimited token of ``text`` that ends at ``end`` (not before ``lo``).

    Empty when whitespace (or ``lo``) comes right before ``end``. Looks back through a
    short window, widened only for a longer token.
    """
    if end <= lo or text[end - 1].isspace():
        return ""
    window = 24
    while True:
        start = max(lo, end - window)
        piece = text[start:end]
        parts = piece.rsplit(None, 1)
        if len(parts) == 2 or start == lo or piece[0].isspace():
            return parts[-1]
        window *= 2


def is_abbreviation(word: str, next_visible: str = "") -> bool:
    """Whether ``word`` followed by a full stop is an abbreviation (the sentence goes on).

    The one abbreviation rule of the package (this module's docstring): the sentence
    counter and the quote detector's sentence splitter (analysis.stats.quotes) both use
    it.

    Parameters
    ----------
    word : str
        The token before the full stop, without the stop and without opening marks.
    next_visible : str, optional
        The first character after the stop that is not whitespace or an opening mark
        (only read for :data:`NUMBER_ABBREVIATIONS`).

    Returns
    -------
    bool
        True for a listed abbreviation, a number abbreviation before a digit, a single
        capital letter or dotted letters.
    """
    if word in ABBREVIATIONS:
        return True
    if word in NUMBER_ABBREVIATIONS and next_visible.isdigit():
        return True
    if len(word) == 1 and word.isupper():
        return True
    return _DOTTED_LETTERS.fullmatch(word) is not None


def _is_abbreviation(text: str, lo: int, hi: int, mark_start: int) -> bool:
    """True when the full stop at ``mark_start`` closes an abbreviation.

    ``lo`` and ``hi`` bound the paragraph that holds the full stop.
    """
    word = _token_before(text, lo, mark_start).lstrip(_OPENERS)
    if not word:
        return False
    after = _first_visible(text, mark_start + 1, hi) if word in NUMBER_ABBREVIATIONS else ""
    return is_abbreviation(word, after)


def _first_visible(text: str, position: int, hi: int) -> str:
    """The first character in ``text[position:hi]`` that is not whitespace or an opener."""
    index = _SPACES_AND_OPENERS.match(text, position, hi).end()  # type: ignore[union-attr]
    return text[index] if index < hi else ""


def _sentence_pieces(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, opens_with_word) of every stretch between sentence ends.

    Stretches keep their whitespace. ``opens_with_word`` is True when the stretch's
    first visible character (after the spaces and opening marks that follow a sentence
    end) is a letter or digit, so the stretch surely holds a word; when False it may
    still hold one (:func:`_holds_word` decides).

    The one place the splitting rule lives; :func:`split_sentences` trims the stretches
    and :func:`count_sentences` only tests them, so counting skips the trimming. Each
    paragraph is scanned in place (``pos``/``endpos``), which bounds lookaheads exactly
    as a copy of the paragraph would.
    """
    for paragraph_start, paragraph_end in _paragraph_spans(text):
        start = paragraph_start
        # str.isalnum is the letter-or-digit test of WORD_CHAR (\w but "_")
        opens_with_word = paragraph_start < paragraph_end and text[paragraph_start].isalnum()
        for match in _BOUNDARY.finditer(text, paragraph_start, paragraph_end):
            end = match.end()
            # the next sentence must open with an upper-case (or caseless) letter or a
            # digit; a script's own sentence mark ends the sentence whatever follows
            first = _SPACES_THEN_OPENERS.match(text, end, paragraph_end).end()  # type: ignore[union-attr]
            if first >= paragraph_end:
                continue
            if not (match.group("own") or _opens_sentence(text[first])):
                continue
            # only a lone full stop (no closing mark after it) can end an abbreviation
            if (
                end - match.start() == 1
                and text[match.start()] == "."
                and _is_abbreviation(text, paragraph_start, paragraph_end, match.start())
            ):
                continue
            yield start, end, opens_with_word
            start, opens_with_word = end, text[first].isalnum()
        yield start, paragraph_end, opens_with_word


def _opens_sentence(character: str) -> bool:
    """Whether a sentence can open with ``character``: a digit, an upper-case letter or
    a letter of a script without case (``"A"``, ``"7"``, ``"ع"``, ``"한"``, not ``"a"``)."""
    if character.isdigit() or character.isupper():
        return True
    return character.isalpha() and character.lower() == character.upper()


def _holds_word(text: str, start: int, end: int) -> bool:
    """A stretch holds a word (a token with a letter or digit) iff it holds a letter or
    digit anywhere; surrounding whitespace does not change the answer."""
    return WORD_CHAR.search(text, start, end) is not None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences by the rule in this module's docstring.

    Parameters
    ----------
    text : str
        A body: paragraphs separated by blank lines.

    Returns
    -------
    list of tuple of int
        (start, end) offsets of each sentence, surrounding whitespace excluded, in
        order. Stretches without a word are left out.
    """
    spans: list[tuple[int, int]] = []
    for start, end, opens_with_word in _sentence_pieces(text):
        if opens_with_word or _holds_word(text, start, end):
            piece = text[start:end]
            spans.append((start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())))
    return spans


def count_sentences(text: str) -> int:
    """Count the sentences of ``text`` (see :func:`split_sentences`).

    Parameters
    ----------
    text : str
        A body.

    Returns
    -------
    int
        The number of sentences that hold at least one word; 0 for an empty text.
    """
    return sum(
        1
        for start, end, opens_with_word in _sentence_pieces(text)
        if opens_with_word or _holds_word(text, start, end)
    )

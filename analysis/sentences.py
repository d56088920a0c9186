"""Sentence splitting for article bodies: the rule behind ``n_sentences``.

A sentence ends

- at the end of a paragraph (paragraphs are separated by a blank line), and
- after a run of ``.``, ``!``, ``?`` or ``…``, optionally followed by closing quotation
  marks or brackets (``" ' ” ’ » ) ]``), when whitespace follows and the next
  non-space character, after any opening quotation mark or bracket
  (``" ' “ ‘ « ( [``), is an uppercase letter or a digit,

except after a full stop that ends an abbreviation, where the sentence goes on:

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
textstat's sentence count inside textstat's formulas (see :mod:`analysis.readability`
and ``docs/metrics.md``), so that they equal textstat's published values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_OPENERS = "\"'“‘«(["
# Skipping runs in the regex engine, not a Python loop per character (regex \s and
# str.isspace agree on what is whitespace).
_SPACES_THEN_OPENERS = re.compile(rf"\s*[{re.escape(_OPENERS)}]*")
_SPACES_AND_OPENERS = re.compile(rf"[\s{re.escape(_OPENERS)}]*")
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_LEADING_PUNCTUATION = re.compile(r"^[\"'“‘«(\[]+")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph of ``text`` (blank-line separated)."""
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _next_starts_sentence(text: str, position: int) -> bool:
    """True when the first non-space character at/after ``position`` opens a sentence."""
    index = _SPACES_THEN_OPENERS.match(text, position).end()  # type: ignore[union-attr]
    return index < len(text) and (text[index].isupper() or text[index].isdigit())


def _is_abbreviation(text: str, mark_start: int, mark: str, next_char: str) -> bool:
    """True when the full stop ``mark`` at ``mark_start`` closes an abbreviation."""
    if mark != ".":
        return False
    token_start = mark_start
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    word = _LEADING_PUNCTUATION.sub("", text[token_start:mark_start])
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    if word in NUMBER_ABBREVIATIONS and next_char.isdigit():
        return True
    if len(word) == 1 and word.isupper():
        return True
    return _DOTTED_LETTERS.fullmatch(word) is not None


def _first_visible(text: str, position: int) -> str:
    """The first character after ``position`` that is not whitespace or an opener."""
    index = _SPACES_AND_OPENERS.match(text, position).end()  # type: ignore[union-attr]
    return text[index] if index < len(text) else ""


def _sentence_pieces(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every stretch between sentence ends, whitespace and all.

    The one place the splitting rule lives; :func:`split_sentences` trims the stretches
    and :func:`count_sentences` only tests them, so counting skips the trimming.
    """
    for paragraph_start, paragraph_end in _paragraph_spans(text):
        paragraph = text[paragraph_start:paragraph_end]
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            if not _next_starts_sentence(paragraph, match.end()):
                continue
            mark = match[0].rstrip("\"'”’»)]")
            if match[0] == mark and _is_abbreviation(
                paragraph, match.start(), mark, _first_visible(paragraph, match.end())
            ):
                continue
            yield paragraph_start + start, paragraph_start + match.end()
            start = match.end()
        yield paragraph_start + start, paragraph_end


def _holds_word(text: str, start: int, end: int) -> bool:
    """A stretch holds a word (a token with a letter or digit) iff it holds a letter or
    digit anywhere; surrounding whitespace does not change the answer."""
    return _LETTER_OR_DIGIT.search(text, start, end) is not None


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
    for start, end in _sentence_pieces(text):
        if _holds_word(text, start, end):
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
    return sum(1 for start, end in _sentence_pieces(text) if _holds_word(text, start, end))

"""Words and letter runs: counting them, finding them, and the ASCII fast paths.

A **word** is a whitespace-separated token holding at least one letter or digit
(:data:`~analysis.text.patterns.WORD_PATTERN`), except in scripts written without spaces
(:mod:`analysis.text.scripts`: each ideograph or kana is one word, a Thai run counts the
words of its segmentation, the letters and digits around them one word per run). Inside
:func:`~analysis.text.memo.words_counted_once`, :func:`count_words` counts each distinct
text once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from analysis.text import memo as memo_module
from analysis.text.memo import _PAGE_WORD_COUNTS, remembered_across_pages
from analysis.text.patterns import _TOKEN, COMBINING_MARK, LETTER_RUN, WORD_CHAR, WORD_PATTERN
from analysis.text.scripts import _UNSPACED, unspaced_parts

# Text whose letters, digits and spaces are ASCII, the patterns without a regex (a
# page is mostly such lines, and a byte translation and a split cost a fraction of a
# pattern's search). Its other characters (curly quotes, dashes, bullets) are neither
# letters, digits nor spaces, as "?" is: as ASCII bytes with "?" for each of them
# (_ascii_bytes),
# - the bytes no word holds (not a letter or digit, not whitespace) are deleted, and the
#   separators str.split sees as whitespace but bytes.split does not (\x1c-\x1f) become
#   spaces, so the tokens left are WORD_PATTERN's matches;
# - every byte but a letter becomes a space, so the tokens left are LETTER_RUN's matches.
# A non-ASCII letter, digit or space (\w or \s), which these bytes would not keep, or a
# combining mark written on a letter (a letter run holds it: "q\u0307"). Every mark is
# non-ASCII, so the pattern opens with the non-ASCII class in both cases: ``re`` then
# skips from one non-ASCII character to the next instead of trying a look-behind at
# every position (4-5 times faster on the dev pages' lines outside ASCII):
_WORDY_NON_ASCII = re.compile(rf"[^\x00-\x7f](?:(?<=[\w\s])|(?<=[^\W\d_]{COMBINING_MARK}))")
_ASCII = [chr(code) for code in range(128)]
_ASCII_SPACES = bytes(32 if c.isspace() else ord(c) for c in _ASCII) + bytes(range(128, 256))
_ASCII_NOT_WORD = bytes(ord(c) for c in _ASCII if not c.isalnum() and not c.isspace())
_ASCII_LETTERS_ONLY = bytes(ord(c) if c.isalpha() else 32 for c in _ASCII) + bytes(range(128, 256))


#: The most characters of a name's token written in a script without spaces that
#: :func:`count_name_words` reads as one word ("日本経済新聞電子版", "あおぞら新聞社": one
#: name word each, not nine or seven). Not tuned: the longest forms of such names (a
#: paper's name and "online", "digital edition") stay within it; a longer run is a
#: phrase.
MAX_UNSPACED_NAME_CHARS = 10

#: One letter, its marks apart (a Thai token's letters, counted as characters).
_LETTER = re.compile(r"[^\W\d_]")


def count_name_words(text: str) -> int:
    """The words of a phrase that may be a name (a site's, an outlet's): as
    :func:`count_words` counts them, except that a token written in a script without
    spaces (Chinese, Japanese, Myanmar) of at most :data:`MAX_UNSPACED_NAME_CHARS` letters
    is one word (a name there is written as one token, its characters are no words of
    it; its vowel signs and tone marks are no letters: a S'gaw Karen name of six
    letters and as many marks is one word);
    a zero-width space parts a name's tokens as a space does (Khmer prints one between
    the words of a name: "ព័ត៌មាន\u200bឆ្នេរ", two words).

    Parameters
    ----------
    text : str
        A phrase.

    Returns
    -------
    int
        ``count_words(text)`` for a phrase without such a token, or with a longer one.
    """
    return _count_unspaced_tokens_once(text, lambda token: len(_LETTER.findall(token)))


def iter_word_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) character offsets of every word in ``text``.

    A word is a whitespace-separated token containing at least one letter or digit
    (so "—" or "•" alone is not a word, "U.S." and "2025" are); in a token with letters
    of a script written without spaces, each of its words (see the module docstring)
    is a span of its own.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of tuple of int
        Offsets into ``text``, in order.
    """
    spans = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not _UNSPACED.search(token):
            if WORD_CHAR.search(token):
                spans.append(match.span())
            continue
        spans.extend(
            (match.start() + start, match.start() + end) for start, end in unspaced_parts(token)
        )
    return spans


def count_label_words(text: str) -> int:
    """The words of a short line of labels and values (a date line, a byline): as
    :func:`count_words` counts them, except that a token written in a script without
    spaces holding at most :data:`MAX_UNSPACED_NAME_CHARS` letters is one word (a label
    and its value, "来源：南江晨报", or a date, "2026年12月3日", is one token there).

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    int
        ``count_words(text)`` for a line without such a token, or with one of more
        letters (a sentence).
    """
    return _count_unspaced_tokens_once(text, lambda token: len(_LETTER.findall(token)))


def _count_unspaced_tokens_once(text: str, size: Callable[[str], int]) -> int:
    """:func:`count_words`, with each token of a script without spaces one word when
    none is bigger than :data:`MAX_UNSPACED_NAME_CHARS` by ``size``."""
    if not _UNSPACED.search(text):
        return count_words(text)
    tokens = text.replace("\u200b", " ").split()
    if any(size(t) > MAX_UNSPACED_NAME_CHARS for t in tokens if _UNSPACED.search(t)):
        return count_words(text)
    return sum(1 if _UNSPACED.search(t) else count_words(t) for t in tokens)


def count_words(text: str) -> int:
    """Count words in ``text`` (see :func:`iter_word_spans` for the definition).

    Inside :func:`words_counted_once`, a text already counted is not counted again.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    int
        The number of words.
    """
    memo = _PAGE_WORD_COUNTS.get()
    if memo is None:
        return _count_words(text)
    found = memo.get(text)
    if found is None:
        found = _count_words(text)
        if len(memo) < memo_module.PAGE_MEMO_TEXTS:
            memo[text] = found
    return found


def count_word_tokens(text: str) -> int:
    """Count the whitespace tokens of ``text`` holding a letter or digit.

    The matches of :data:`WORD_PATTERN`: :func:`count_words` without splitting the
    tokens of scripts written without spaces (a Chinese sentence is one token).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    int
        ``len(WORD_PATTERN.findall(text))``, counted without the pattern when every
        letter, digit and space of ``text`` is ASCII (:func:`letters_are_ascii`).
    """
    data = _ascii_bytes(text)
    if data is not None:
        return len(data.translate(_ASCII_SPACES, _ASCII_NOT_WORD).split())
    return len(WORD_PATTERN.findall(text))


def letter_runs(text: str) -> list[str]:
    """The maximal runs of letters of ``text``, in order (:data:`LETTER_RUN`'s matches).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of str
        ``LETTER_RUN.findall(text)`` (found without the pattern when every letter is
        ASCII).
    """
    runs = _ascii_letter_runs(text)
    return LETTER_RUN.findall(text) if runs is None else runs


def lowered_letter_runs(text: str) -> list[str]:
    """The letter runs of ``text`` (:data:`LETTER_RUN`), each lower-cased, in order.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of str
        ``[run.lower() for run in LETTER_RUN.findall(text)]`` (found without the
        pattern when every letter is ASCII).
    """
    data = _ascii_bytes(text)
    if data is not None:
        return data.lower().translate(_ASCII_LETTERS_ONLY).decode().split()
    return [run.lower() for run in LETTER_RUN.findall(text)]


def _ascii_letter_runs(text: str) -> list[str] | None:
    """:func:`letter_runs` of ``text`` when :func:`_ascii_bytes` reads it, else None."""
    data = _ascii_bytes(text)
    return None if data is None else data.translate(_ASCII_LETTERS_ONLY).decode().split()


def ascii_word_views(text: str) -> tuple[int, list[str], bytes] | None:
    """A text's word tokens counted and its lower-cased letter runs, from one conversion
    to ASCII bytes (kept, for :func:`runs_in_title_case`), when its letters are ASCII
    (:func:`letters_are_ascii`).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    tuple of (int, list of str, bytes) or None
        ``count_word_tokens(text)``, ``lowered_letter_runs(text)`` (equal to
        ``letter_runs(text.lower())``: lowering maps no other character of such a text
        to a letter, digit or space) and the ASCII bytes; None when ``text`` holds a
        non-ASCII letter, digit or space.
    """
    data = _ascii_bytes(text)
    if data is None:
        return None
    return (
        len(data.translate(_ASCII_SPACES, _ASCII_NOT_WORD).split()),
        data.lower().translate(_ASCII_LETTERS_ONLY).decode().split(),
        data,
    )


def letters_are_ascii(text: str) -> bool:
    """Whether every letter, digit and whitespace character of ``text`` is ASCII.

    Its other characters may be anything else (curly quotes, dashes, bullets, emoji):
    the text's words and letter runs are the ones of its ASCII characters.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    bool
        False when ``text`` holds a non-ASCII letter, digit or space, or a combining
        mark written on a letter (a letter run holds it: :data:`LETTER_RUN`).
    """
    return text.isascii() or _WORDY_NON_ASCII.search(text) is None


def _ascii_bytes(text: str) -> bytes | None:
    """``text`` as ASCII bytes, each non-ASCII character a ``?``, when they are all
    neither letters, digits nor spaces (:func:`letters_are_ascii`); else None."""
    if text.isascii():
        return text.encode()
    if _WORDY_NON_ASCII.search(text):
        return None
    return text.encode("ascii", "replace")


@remembered_across_pages  # the chrome lines of a site's pages: counted once a process
def _count_words(text: str) -> int:
    """:func:`count_words` without the page's memo."""
    if text.isascii() or not _UNSPACED.search(text):
        return count_word_tokens(text)
    return sum(
        len(unspaced_parts(token)) if _UNSPACED.search(token) else 1
        for token in WORD_PATTERN.findall(text)
    )


# The ASCII characters that are neither letters nor digits, the line break apart; and
# every ASCII character (deleted from a text's UTF-8 to read its other characters).
_ASCII_NOT_ALNUM_OR_BREAK = bytes(ord(c) for c in _ASCII if not c.isalnum() and c != "\n")
_ALL_ASCII = bytes(range(128))
# Up to this many distinct symbols a ``str.replace`` each is faster than one
# ``str.translate`` (whose per-character lookup costs about 30 replaces on a news page);
# beyond it one pass keeps the cost linear in the page (60,000 symbols: 5 s -> 0.1 s).
_FEW_SYMBOLS = 30


#: The Unicode blocks of the scripts of South and South-East Asia (Devanagari to Sinhala,
#: Thai, Lao, Tibetan, Myanmar; Khmer), whose vowel signs, viramas and tone marks are
#: combining marks that spell the word ("नेपाल" is not "नपल", "ไทยรัฐ" not "ไทยรฐ"),
#: where a mark of the Latin, Greek, Cyrillic, Arabic or Hebrew scripts is an accent or
#: a vowel point the same name is also written without.
_SPELLING_MARK_BLOCKS = ((0x0900, 0x0DFF), (0x0E00, 0x109F), (0x1780, 0x17FF))


def is_spelling_mark(char: str) -> bool:
    """Whether ``char`` is a combining mark that spells a word of its script: a vowel
    sign, virama or tone mark of the Indic and South-East Asian scripts
    (:data:`_SPELLING_MARK_BLOCKS`), not an accent.

    Parameters
    ----------
    char : str
        One character.

    Returns
    -------
    bool
        True for "ा", "्", "ั"; False for a combining acute accent, a letter, a digit.
    """
    code = ord(char)
    return any(low <= code <= high for low, high in _SPELLING_MARK_BLOCKS) and (
        unicodedata.category(char).startswith("M")
    )


def alnum_and_line_breaks(text: str) -> str:
    """Return ``text`` with only its letters, digits, spelling marks and line breaks:
    the compact form names and page lines are compared in
    (:func:`analysis.clean.name_forms.compact_name`).

    The same as ``re.sub(r"[^\\w\\n]+|_", "", text)`` (``\\w`` of a ``str`` pattern is
    ``str.isalnum`` or ``_``) except that the vowel signs and viramas of the Indic
    scripts are kept (:func:`is_spelling_mark`: two names differing in them are two
    names), some times faster on a page: UTF-8 never uses an ASCII byte inside a longer
    character, so the ASCII characters to drop are deleted from the text's UTF-8 with
    ``bytes.translate``, and the other characters the text holds are read the same way
    (its UTF-8 without its ASCII bytes); the distinct ones that are not letters, digits
    or spelling marks (curly quotes, dashes, accents) are deleted with ``str.replace``
    each, or with one ``str.translate`` when there are many, so the cost stays linear
    in the page whatever symbols it holds.

    Parameters
    ----------
    text : str
        Any text (lone surrogates too: neither letters nor digits, deleted).

    Returns
    -------
    str
        ``text`` without the characters that are neither letters, digits, spelling
        marks nor ``"\\n"``.
    """
    if not text.isascii():
        others = text.encode("utf-8", "surrogatepass").translate(None, _ALL_ASCII)
        drop = [
            c
            for c in set(others.decode("utf-8", "surrogatepass"))
            if not c.isalnum() and not is_spelling_mark(c)
        ]
        if len(drop) <= _FEW_SYMBOLS:
            for char in drop:
                text = text.replace(char, "")
        else:
            text = text.translate(dict.fromkeys(map(ord, drop)))
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_ALNUM_OR_BREAK)
    return data.decode("utf-8", "surrogatepass")

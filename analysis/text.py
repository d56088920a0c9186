"""Line-level text concepts, each defined once: word, letter run, blank, bullet, title case.

Every stage reads these definitions from here (cleaning decides which lines are blank,
bulleted or title case; statistics count words), so a change here changes them all:

- a **word** is a whitespace-separated token holding at least one letter or digit
  (:data:`WORD_PATTERN`, :func:`count_words`, :func:`iter_word_spans`), except in
  scripts written without spaces between words: every Han ideograph, hiragana and
  katakana character is one word (Chinese and Japanese; the convention of word
  processors and of Unicode's default word boundaries for ideographs), a run of Thai
  letters counts the words PyThaiNLP's dictionary segmenter (``newmm``, maximal matching
  over its bundled Thai word list) finds in it, and the letters and digits of a token
  around such characters count one word per run; Korean is written with spaces and
  counts by tokens;
- a **letter run** is a maximal run of letters (:data:`LETTER_RUN`), what the line
  shape rules (title case, vocabularies) look at;
- a **blank** line holds nothing visible: only whitespace and characters that print
  nothing (zero-width space, joiners, word joiner, byte-order mark, soft hyphen;
  :data:`INVISIBLE`) (:func:`is_blank`, :func:`visible_text`);
- a **bullet** line opens with a list mark and a space (:data:`BULLET_MARKS`,
  :func:`is_bullet`); a **list item** is a bullet or a number ``1.``/``1)`` and a space
  (:func:`is_list_item`);
- a text is in **title case** when its content words start with a capital
  (:func:`is_title_case`);
- a **name** (an outlet's, a site's) is cleaned of every invisible format character,
  bidi controls included (:func:`clean_name`), and shown so that look-alike names stay
  visibly distinct (:func:`shown_name`).

Inside a call decorated with :func:`words_counted_once` (the cleaner's per-page entry
point), :func:`count_words` counts each distinct text once: the body, listing,
headline and site-name detectors all count the words of the same lines.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import operator
import os
import re
import unicodedata
import weakref
from collections.abc import Callable, Collection, Iterator, Mapping
from contextvars import ContextVar
from functools import cache, lru_cache
from types import ModuleType
from typing import ParamSpec, TypeVar

# A word is a whitespace-separated token that contains at least one letter or digit.
_TOKEN = re.compile(r"\S+")
#: A letter or digit: what makes a token a word.
WORD_CHAR = re.compile(r"[^\W_]")
#: The same definition as one pattern: a maximal non-space run holding a letter or digit.
WORD_PATTERN = re.compile(r"(?<!\S)\S*?[^\W_]\S*")
#: A maximal run of letters (no digits, no underscore).
LETTER_RUN = re.compile(r"[^\W\d_]+")
# Text whose letters, digits and spaces are ASCII, the regexes above without a regex (a
# page is mostly such lines, and a byte translation and a split cost a fraction of a
# pattern's search). Its other characters (curly quotes, dashes, bullets) are neither
# letters, digits nor spaces, as "?" is: as ASCII bytes with "?" for each of them
# (_ascii_bytes),
# - the bytes no word holds (not a letter or digit, not whitespace) are deleted, and the
#   separators str.split sees as whitespace but bytes.split does not (\x1c-\x1f) become
#   spaces, so the tokens left are WORD_PATTERN's matches;
# - every byte but a letter becomes a space, so the tokens left are LETTER_RUN's matches.
# A non-ASCII letter, digit or space (\w or \s), which these bytes would not keep:
_WORDY_NON_ASCII = re.compile(r"[^\x00-\x7f](?<=[\w\s])")
_ASCII = [chr(code) for code in range(128)]
_ASCII_SPACES = bytes(32 if c.isspace() else ord(c) for c in _ASCII) + bytes(range(128, 256))
_ASCII_NOT_WORD = bytes(ord(c) for c in _ASCII if not c.isalnum() and not c.isspace())
_ASCII_LETTERS_ONLY = bytes(ord(c) if c.isalpha() else 32 for c in _ASCII) + bytes(range(128, 256))
# The letter runs of four letters or more (a shorter run cannot start one: the match at a
# run's start takes the whole run): LETTER_RUN's runs that title case looks at.
_FIRST_CHAR = operator.itemgetter(0)
_CONTENT_RUN = re.compile(r"[^\W\d_]{4,}")

#: Characters that print nothing: zero-width space, non-joiner and joiner, word joiner,
#: byte-order mark, soft hyphen.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_EDGES = re.compile(rf"^[\s{INVISIBLE}]+|[\s{INVISIBLE}]+$")

#: Marks that open a bulleted line (followed by whitespace).
BULLET_MARKS = "•◦▪▫‣⁃●○■□►▶➤·*+-"
_BULLET_CLASS = "[" + re.escape(BULLET_MARKS) + "]"
_BULLET = re.compile(rf"^\s*{_BULLET_CLASS}\s")
_LIST_ITEM = re.compile(rf"^\s*(?:{_BULLET_CLASS}|\d{{1,3}}[.)])\s")
_LEADING_BULLET = re.compile(rf"^\s*(?:{_BULLET_CLASS}\s+)?")
#: Marks a drawn separator line is made of (``----``, ``* * *``, ``===``).
RULE_MARKS = "-‐‑‒–—―_=*~#•·◆◇♦⁂+."
_RULE_LINE = re.compile(rf"^\s*(?:[{re.escape(RULE_MARKS)}]\s*){{3,}}$")
# Characters of scripts written without spaces between words, one word each: Han
# ideographs (with extensions and compatibility forms), hiragana, katakana.
_IDEOGRAPHIC = (
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\U00020000-\U0003134f"
)
_THAI = "\u0e00-\u0e7f"
#: The ranges (a regex character class's inside) of the scripts counted as written
#: without spaces: Han, kana, Thai.
UNSPACED_SCRIPTS = f"{_IDEOGRAPHIC}{_THAI}"
_UNSPACED = re.compile(f"[{UNSPACED_SCRIPTS}]")
# Inside a token: one ideograph, a run of Thai, or a run of other letters and digits.
_TOKEN_PART = re.compile(f"([{_IDEOGRAPHIC}])|([{_THAI}]+)|([^\\W{_IDEOGRAPHIC}{_THAI}_]+)")


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
            (match.start() + start, match.start() + end) for start, end in _unspaced_parts(token)
        )
    return spans


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
        if len(memo) < PAGE_MEMO_TEXTS:
            memo[text] = found
    return found


#: Most distinct texts :func:`words_counted_once` remembers in one call: a page's lines
#: are a few thousand; a hostile page of a million distinct lines keeps memory bounded
#: (the texts beyond it are counted each time, as without the memo).
PAGE_MEMO_TEXTS = 20_000
# The word counts of the page being cleaned (None: outside words_counted_once). A
# context variable, so threads (a Dask worker's) each have their own.
_PAGE_WORD_COUNTS: ContextVar[dict[str, int] | None] = ContextVar("page_word_counts", default=None)
P = ParamSpec("P")
R = TypeVar("R")


def words_counted_once(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a per-page entry point: within one call, each distinct text's words
    are counted once by :func:`count_words` (the counts are dropped on return).

    Parameters
    ----------
    function : callable
        A function that handles one page.

    Returns
    -------
    callable
        The same function; a nested call shares the outermost call's counts.
    """

    @functools.wraps(function)
    def counting_once(*args: P.args, **kwargs: P.kwargs) -> R:
        if _PAGE_WORD_COUNTS.get() is not None:
            return function(*args, **kwargs)
        token = _PAGE_WORD_COUNTS.set({})
        facts_token = _PAGE_FACTS.set({})
        try:
            return function(*args, **kwargs)
        finally:
            _PAGE_FACTS.reset(facts_token)
            _PAGE_WORD_COUNTS.reset(token)

    return counting_once


# The facts of the page being cleaned, by function (None: outside words_counted_once).
_PAGE_FACTS: ContextVar[dict[Callable, dict] | None] = ContextVar("page_facts", default=None)
_NOT_FOUND = object()
T = TypeVar("T")


def once_per_page(function: Callable[[str], T]) -> Callable[[str], T]:
    """Decorate a pure function of one text whose value is immutable (a line's date, its
    byline span): inside :func:`words_counted_once`, each distinct text is worked out
    once per page (several detectors ask about the same lines), at most
    :data:`PAGE_MEMO_TEXTS` texts remembered per function, and a line worked out on an
    earlier page is not worked out again (a :class:`LineMemo`); outside it, every call
    runs.

    Parameters
    ----------
    function : callable
        A function of one ``str`` argument, without side effects.

    Returns
    -------
    callable
        The same function, remembered per page.
    """

    across_pages = LineMemo()
    known = across_pages._values.get  # (its one dict: emptied in place, never replaced)

    @functools.wraps(function)
    def remembered(text: str) -> T:
        facts = _PAGE_FACTS.get()
        if facts is None:
            return remembered.__wrapped__(text)  # type: ignore[attr-defined]
        memo = facts.get(remembered)
        if memo is None:
            memo = facts[remembered] = {}
        found = memo.get(text, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = known(text, _NOT_FOUND)
            if found is _NOT_FOUND:  # (called through __wrapped__, which tests may count)
                found = remembered.__wrapped__(text)  # type: ignore[attr-defined]
                across_pages.remember(text, found)
            if len(memo) < PAGE_MEMO_TEXTS:
                memo[text] = found
        return found  # type: ignore[return-value]

    return remembered


#: Most lines a :class:`LineMemo` keeps; when full it starts afresh (memory stays bounded
#: whatever the pages: a hostile page of a million distinct lines fills it and empties it).
LINE_MEMO_LINES = 10_000
#: Longest line a :class:`LineMemo` keeps, in characters: the lines pages share are site
#: chrome (menus, footers, share bars, bylines), short; paragraphs rarely recur. With
#: :data:`LINE_MEMO_LINES`, a memo's keys hold at most 2 million characters.
LINE_MEMO_CHARS = 200


class LineMemo:
    """The values of a pure function of one line's text, kept across the pages a process
    cleans: the pages of a site share their chrome (menus, footers, share bars), so a
    line seen on an earlier page is not worked out again. The values must depend on the
    line's text only (same text, same value), so outputs do not depend on which pages
    came before; bounded by :data:`LINE_MEMO_LINES` and :data:`LINE_MEMO_CHARS`. The
    values are shared by every caller, so they must be immutable (tuples, not lists).
    :func:`clear_line_memos` empties every memo (a benchmark's pass starts cold);
    :func:`overridden` empties them around a change of the constants they may read. A
    memo is unregistered when nothing refers to it any more.
    """

    def __init__(self) -> None:
        self._values: dict[str, object] = {}
        _LINE_MEMOS.add(self)

    def __len__(self) -> int:
        return len(self._values)

    def known(self, lines: Collection[str]) -> dict[str, object]:
        """The remembered values of those of ``lines`` the memo holds, by line (one
        look-up each: another thread may empty the memo meanwhile)."""
        get = self._values.get
        return {line: value for line in lines if (value := get(line, _NOT_FOUND)) is not _NOT_FOUND}

    def get(self, line: str, default: object = None) -> object:
        """The remembered value of ``line``, else ``default``."""
        return self._values.get(line, default)

    def remember(self, line: str, value: object) -> None:
        """Keep ``value`` for ``line`` (a line longer than :data:`LINE_MEMO_CHARS` is not
        kept; a full memo is emptied first)."""
        if len(line) > LINE_MEMO_CHARS:
            return
        if len(self._values) >= LINE_MEMO_LINES:
            self._values.clear()
        self._values[line] = value

    def clear(self) -> None:
        """Forget every line."""
        self._values.clear()


# Every live LineMemo of the process (weak: a memo nothing uses is dropped from it).
_LINE_MEMOS: weakref.WeakSet[LineMemo] = weakref.WeakSet()


def clear_line_memos() -> None:
    """Empty every :class:`LineMemo` of the process (outputs are the same either way)."""
    for memo in list(_LINE_MEMOS):
        memo.clear()


@contextlib.contextmanager
def overridden(settings: Mapping[tuple[ModuleType | str, str], object]) -> Iterator[None]:
    """Set module constants (a benchmark's thresholds and rule switches) for the block.

    Every :class:`LineMemo` is emptied when the values are set and again when the old
    ones are put back: a memo holds values worked out under the constants of the time
    (a line's kind under another word limit), which another value would change. The one
    way for a sweep over settings to change a constant the cleaner reads.

    Parameters
    ----------
    settings : mapping
        ``(module or module name, attribute name) -> value``.

    Yields
    ------
    None
        Inside the block the attributes hold the values; after it, their old values.
    """
    saved: list[tuple[ModuleType, str, object]] = []
    try:
        for (module, name), value in settings.items():
            home = importlib.import_module(module) if isinstance(module, str) else module
            saved.append((home, name, getattr(home, name)))
            setattr(home, name, value)
        clear_line_memos()
        yield
    finally:
        for home, name, value in reversed(saved):
            setattr(home, name, value)
        clear_line_memos()


def remembered_across_pages(function: Callable[[str], T]) -> Callable[[str], T]:
    """Decorate a pure function of one line's text whose value is immutable: its values
    are kept in a :class:`LineMemo`, across pages (see there).

    Parameters
    ----------
    function : callable
        A function of one ``str`` argument, without side effects, whose value depends
        on that text only.

    Returns
    -------
    callable
        The same function, remembered.
    """
    memo = LineMemo()
    known = memo._values.get  # (the memo's one dict: emptied in place, never replaced)

    @functools.wraps(function)
    def remembered(line: str) -> T:
        found = known(line, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = function(line)
            memo.remember(line, found)
        return found  # type: ignore[return-value]

    return remembered


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
        False when ``text`` holds a non-ASCII letter, digit or space.
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
        len(_unspaced_parts(token)) if _UNSPACED.search(token) else 1
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


def alnum_and_line_breaks(text: str) -> str:
    """Return ``text`` with only its letters, digits and line breaks.

    The same as ``re.sub(r"[^\\w\\n]+|_", "", text)`` (``\\w`` of a ``str`` pattern is
    ``str.isalnum`` or ``_``), some times faster on a page: UTF-8 never uses an ASCII
    byte inside a longer character, so the ASCII characters to drop are deleted from
    the text's UTF-8 with ``bytes.translate``, and the other characters the text holds
    are read the same way (its UTF-8 without its ASCII bytes); the distinct ones that
    are not letters or digits (curly quotes, dashes) are deleted with ``str.replace``
    each, or with one ``str.translate`` when there are many, so the cost stays linear
    in the page whatever symbols it holds.

    Parameters
    ----------
    text : str
        Any text (lone surrogates too: neither letters nor digits, deleted).

    Returns
    -------
    str
        ``text`` without the characters that are neither letters, digits nor ``"\\n"``.
    """
    if not text.isascii():
        others = text.encode("utf-8", "surrogatepass").translate(None, _ALL_ASCII)
        drop = [c for c in set(others.decode("utf-8", "surrogatepass")) if not c.isalnum()]
        if len(drop) <= _FEW_SYMBOLS:
            for char in drop:
                text = text.replace(char, "")
        else:
            text = text.translate(dict.fromkeys(map(ord, drop)))
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_ALNUM_OR_BREAK)
    return data.decode("utf-8", "surrogatepass")


def visible_text(line: str) -> str:
    """Return ``line`` without surrounding whitespace and invisible characters.

    Zero-width spaces, joiners, byte-order marks and soft hyphens (:data:`INVISIBLE`)
    print nothing: a dump line made only of them and whitespace is blank (an empty image
    placeholder, not a text block).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    str
        The visible text, empty for a blank line.
    """
    stripped = line.strip()
    if stripped and (stripped[0] in INVISIBLE or stripped[-1] in INVISIBLE):
        return _INVISIBLE_EDGES.sub("", stripped)
    return stripped


def is_blank(line: str) -> bool:
    """True for a line with nothing visible: empty, whitespace or invisible characters.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether :func:`visible_text` of the line is empty.
    """
    return not visible_text(line)


def is_rule_line(line: str) -> bool:
    """True for a line drawn of separator marks only (``----``, ``* * *``, ``===``).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line holds three or more rule marks and nothing else but spaces.
    """
    return _RULE_LINE.match(line) is not None


def is_bullet(line: str) -> bool:
    """True for a line that opens with a list mark and whitespace ("  • Home").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line opens (after whitespace) with one of :data:`BULLET_MARKS`
        followed by whitespace.
    """
    return _BULLET.match(line) is not None


def is_list_item(line: str) -> bool:
    """True for a bullet line (:func:`is_bullet`) or a numbered one ("1. ", "12) ").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line opens with a list mark or a number of one to three digits and
        ``.`` or ``)``, followed by whitespace.
    """
    return _LIST_ITEM.match(line) is not None


def bullet_end(line: str) -> int:
    """Offset where a line's text starts after leading whitespace and one bullet mark.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    int
        The offset after the whitespace, the bullet mark and the whitespace after it
        (only the whitespace when the line is no bullet).
    """
    return _LEADING_BULLET.match(line).end()  # type: ignore[union-attr]


def is_title_case(
    text: str, *, min_words: int, share: float = 1.0, skip: Collection[str] = ()
) -> bool:
    """Whether the content words of ``text`` start with a capital letter.

    Content words are the letter runs (:data:`LETTER_RUN`) of four letters or more whose
    lower-case form is not in ``skip`` (e.g. function words).

    Parameters
    ----------
    text : str
        A line or part of one.
    min_words : int
        Fewer content words than this is never title case.
    share : float, optional
        The share of content words that must be capitalized (1.0: all of them).
    skip : collection of str, optional
        Lower-case words that are not content words.

    Returns
    -------
    bool
        True when there are at least ``min_words`` content words and at least ``share``
        of them start with an upper-case letter.
    """
    runs = _ascii_letter_runs(text)
    if runs is not None:  # the runs of four letters or more, found without the pattern
        content = [w for w in runs if len(w) > 3 and w.lower() not in skip]
    else:
        content = [w for w in _CONTENT_RUN.findall(text) if w.lower() not in skip]
    return _capitalized(content, min_words, share)


def runs_in_title_case(
    data: bytes,
    lowered: list[str],
    *,
    min_words: int,
    share: float = 1.0,
    skip: Collection[str] = (),
) -> bool:
    """:func:`is_title_case` of a text whose letters are ASCII, from the ASCII bytes and
    lower-cased letter runs :func:`ascii_word_views` gives, without converting it again.

    Parameters
    ----------
    data : bytes
        The text as ASCII bytes (:func:`ascii_word_views`).
    lowered : list of str
        Its letter runs, lower-cased, in order.
    min_words, share, skip
        As for :func:`is_title_case`.

    Returns
    -------
    bool
        ``is_title_case(text, min_words=min_words, share=share, skip=skip)``.
    """
    runs = data.translate(_ASCII_LETTERS_ONLY).decode().split()
    content = [w for w, low in zip(runs, lowered, strict=True) if len(w) > 3 and low not in skip]
    return _capitalized(content, min_words, share)


def _capitalized(content: list[str], min_words: int, share: float) -> bool:
    """Whether at least ``min_words`` content words, ``share`` of them capitalized."""
    if len(content) < min_words:
        return False
    # (mapped, not a generator: the capitals counted in compiled code, ~30 % of the test)
    return sum(map(str.isupper, map(_FIRST_CHAR, content))) >= share * len(content)


# --- names (outlets, sites) -----------------------------------------------------------


def clean_name(text: str) -> str:
    """A name as it reads: NFKC, without invisible format characters, spaces collapsed.

    Format characters (Unicode category Cf: zero-width spaces and joiners, bidi
    controls such as U+202E RIGHT-TO-LEFT OVERRIDE, the BOM, soft hyphens) change how a
    name looks or sorts without being seen, so ``"C\\u200bNN"`` and ``"CNN"`` are one
    name. NFKC folds compatibility forms (full-width ``"ＣＮＮ"``) into their plain letters.

    Parameters
    ----------
    text : str
        A name as printed on a page.

    Returns
    -------
    str
        The cleaned name ("" when nothing visible is left).
    """
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def shown_name(name: str) -> str:
    """A name for display, where look-alikes of another name are visibly different.

    An invisible character (format or control) is shown as ``<U+XXXX>``; a name
    written in more than one script (a Cyrillic "С" among Latin letters) gets
    ``" [scripts: Cyrillic, Latin]"`` appended (the mixed-script test of Unicode TS #39).

    Parameters
    ----------
    name : str
        An outlet name.

    Returns
    -------
    str
        ``name`` itself for an ordinary single-script name.
    """
    shown = "".join(
        f"<U+{ord(ch):04X}>" if unicodedata.category(ch) in ("Cf", "Cc") else ch for ch in name
    )
    scripts = sorted({_script(ch) for ch in name if ch.isalpha()})
    if len(scripts) > 1:
        shown += f" [scripts: {', '.join(scripts)}]"
    return shown


# Scripts written together in one language's names count as one (Unicode TS #39).
_SCRIPT_GROUPS = {"Cjk": "Han", "Hiragana": "Han", "Katakana": "Han", "Hangul": "Han"}


def _script(letter: str) -> str:
    """The script of a letter, from its Unicode name ("CYRILLIC CAPITAL LETTER ES")."""
    script = unicodedata.name(letter, "UNKNOWN").split()[0].title()
    return _SCRIPT_GROUPS.get(script, script)


# --- scripts written without spaces ---------------------------------------------------


def has_unspaced_script(text: str) -> bool:
    """Whether ``text`` holds letters of a script written without spaces between words."""
    return _UNSPACED.search(text) is not None


def _unspaced_parts(token: str) -> list[tuple[int, int]]:
    """(start, end) of the words of a token holding a script written without spaces."""
    parts = []
    for match in _TOKEN_PART.finditer(token):
        if match.group(2) is None:  # an ideograph, or a run of other letters and digits
            parts.append(match.span())
            continue
        position = match.start()
        for word in _thai_words(match.group(2)):
            parts.append((position, position + len(word)))
            position += len(word)
    # marks and signs of these blocks (a katakana middle dot, "฿") are not words
    return [(start, end) for start, end in parts if WORD_CHAR.search(token, start, end)]


@lru_cache(maxsize=4096)
def _thai_words(run: str) -> tuple[str, ...]:
    """The words of a run of Thai characters (PyThaiNLP ``newmm``), in order."""
    words = _thai_segmenter()(run)
    if "".join(words) != run:  # the segmenter keeps every character; be sure of it
        raise ValueError(f"Thai segmentation lost characters of {run!r}")
    return tuple(words)


@cache
def _thai_segmenter() -> Callable[[str], list[str]]:
    """PyThaiNLP's word tokenizer, imported on first use (it loads a dictionary).

    Its ``newmm`` dictionary ships inside the wheel. PyThaiNLP otherwise creates
    ``~/pythainlp-data`` when imported and may download corpora on demand: read-only
    and offline mode (``PYTHAINLP_READ_ONLY``, ``PYTHAINLP_OFFLINE``, set before the
    import) forbid both, so segmenting Thai never writes outside the project or
    touches the network.
    """
    os.environ.update(PYTHAINLP_READ_ONLY="1", PYTHAINLP_OFFLINE="1")
    os.environ.pop("PYTHAINLP_READ_MODE", None)  # its deprecated name; both set is an error
    from pythainlp.tokenize import word_tokenize

    return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)

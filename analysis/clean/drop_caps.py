"""A drop cap printed alone on its line, joined again to its word (a text dump's step).

A long read sets its first letter large (a drop cap); a scraper or a browser's copy
prints that letter on a line of its own, often between blank lines, and the rest of
the word opens the next line: "T" / "he river here is three hundred metres wide ...".
The article's first word was read as two (a one-letter line the body detector drops,
and "he"), so the counts missed a word and a sentence opened in lower case.

:func:`join_drop_caps` joins them: a line that is one upper-case letter, and right
under it (after at most one blank line) a paragraph opening with a lower-case letter
and holding a sentence's end. The join is left when it would make a word of the
language's function words worse: the rest of the word alone is one ("was", "he") and
the joined word is none ("I" / "was born in ..." stays two words; "T" / "he" gives
"the", a function word, and is joined). Scripts without case have no drop cap read so.

A copy may also keep the letter on the paragraph's line with a space after it: "T he
eel traps come up at dawn ...", "W hen the floods ...". :func:`join_spaced_drop_caps`
joins such a letter to the word after it when the page tells that the two are one word:
the letter is no word of the page anywhere else (English "A" and "I", Polish "W", Czech
"V" are: "A great deal", "W piątek" stay; a letter after an apostrophe is part of its
word, "doesn't", "Erik's", so a page's contractions do not keep "T he" apart), and the
joined word is a function word
("the", "his", "when") or a word the page prints elsewhere ("Numbers" after "numbers").
No tuned value.
"""

from __future__ import annotations

import re

from analysis.stopwords import FUNCTION_WORDS
from analysis.text import is_lower_case, is_upper_case

__all__ = ["join_drop_caps", "join_spaced_drop_caps"]

# A sentence's end inside the line under the letter: the line is a paragraph, not a
# menu's or a list's entry.
_SENTENCE_END = re.compile(r"[.!?;…。](?:\s|$)")
# The first word of a line (its letters).
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A line that is one character and spaces (what ``str.strip`` strips): the drop cap's
# line must be one (speed only: a text without one is answered by one search).
_LONE_CHARACTER = re.compile(r"\n[^\S\n]*(\S)[^\S\n]*(?=\n|\Z)")
# A line opening with one letter, a space and a word (a drop cap kept on its line).
_SPACED_CAP = re.compile(r"^([^\S\n]*)([^\W\d_]) ([^\W\d_]+)", re.MULTILINE)
# A word of the page (letters).
_WORD = re.compile(r"[^\W\d_]+")
# A word of the page with the letters after an apostrophe inside it: the "t" of
# "doesn't", the "s" of "Erik's", the "l" of "l'homme" are no words standing alone.
_WHOLE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def join_drop_caps(text: str) -> str:
    """Join each drop cap printed alone on its line to the rest of its word.

    Parameters
    ----------
    text : str
        A text dump, its line ends unified.

    Returns
    -------
    str
        The text with each such letter's line (and the blank line under it) removed
        and the letter put before the next line's first word; the text itself when it
        holds no drop cap so printed.
    """
    if "\n" not in text or not any(
        is_upper_case(lone.group(1)) for lone in _LONE_CHARACTER.finditer("\n" + text)
    ):
        return text  # (most texts: no line is one upper-case letter)
    lines = text.split("\n")
    joined: list[str] = []
    position = 0
    while position < len(lines):
        under = _word_under(lines, position)
        if under is None:
            joined.append(lines[position])
            position += 1
            continue
        rest = lines[under]
        indent = rest[: len(rest) - len(rest.lstrip())]
        joined.append(indent + lines[position].strip() + rest.lstrip())
        position = under + 1
    return "\n".join(joined) if len(joined) < len(lines) else text


def _word_under(lines: list[str], position: int) -> int | None:
    """The position of the paragraph whose first word the line at ``position`` opens as
    a drop cap, or None (see the module)."""
    letter = lines[position].strip()
    if len(letter) != 1 or not is_upper_case(letter):
        return None
    under = position + 1
    if under < len(lines) and not lines[under].strip():
        under += 1
    if under >= len(lines):
        return None
    rest = lines[under].lstrip()
    if not is_lower_case(rest[:1]) or _SENTENCE_END.search(rest) is None:
        return None
    first = _FIRST_WORD.match(rest)
    if first is None:
        return None
    word = first.group().lower()
    if word in FUNCTION_WORDS and (letter.lower() + word) not in FUNCTION_WORDS:
        return None
    return under


def join_spaced_drop_caps(text: str) -> str:
    """Join each drop cap printed with a space before the rest of its word, on the
    paragraph's line (see the module).

    Parameters
    ----------
    text : str
        A text dump, its line ends unified, its wrapped paragraphs joined.

    Returns
    -------
    str
        The text with each such letter joined to the word after it; the text itself
        when no line opens so.
    """
    candidates = [
        match
        for match in _SPACED_CAP.finditer(text)
        if is_upper_case(match.group(2))
        and is_lower_case(match.group(3)[0])
        and _SENTENCE_END.search(text, match.end(), _line_end(text, match.end()))
    ]
    if not candidates:
        return text
    folded_text: str | None = None
    words: dict[str, int] | None = None
    letters: dict[str, int] | None = None  # the words standing alone ("t" of "don't": no)
    parts, last = [], 0
    for match in candidates:
        letter, rest = match.group(2), match.group(3)
        joined = (letter + rest).casefold()
        if rest.casefold() in FUNCTION_WORDS and joined not in FUNCTION_WORDS:
            continue
        if joined not in FUNCTION_WORDS:
            # (casefold is letter by letter: a word of the page that is the joined word
            # stands in the case-folded page; most lines' joined word does not)
            folded_text = text.casefold() if folded_text is None else folded_text
            if joined not in folded_text:
                continue
        words = _page_words(text) if words is None else words
        letters = _page_words(text, _WHOLE_WORD) if letters is None else letters
        # the letter is a word of the page elsewhere: the line's own first word
        if letters.get(letter.casefold(), 0) > _count(candidates, letter):
            continue
        if joined not in FUNCTION_WORDS and words.get(joined, 0) == 0:
            continue
        parts.append(text[last : match.start(3) - 1])
        last = match.start(3)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _page_words(text: str, pattern: re.Pattern[str] = _WORD) -> dict[str, int]:
    """How many times each word of ``text`` (its letters, case-folded; ``pattern`` tells
    a word) stands in it."""
    words: dict[str, int] = {}
    for word in pattern.findall(text):
        folded = word.casefold()
        words[folded] = words.get(folded, 0) + 1
    return words


def _line_end(text: str, position: int) -> int:
    """The position of the end of the line holding ``position``."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _count(candidates: list[re.Match[str]], letter: str) -> int:
    """How many of the lines opening with one letter open with ``letter``."""
    return sum(match.group(2) == letter for match in candidates)

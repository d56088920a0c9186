"""The Latin spellings of a site name written in an Indian script, as its domain's label
spells it.

A paper named in Devanagari registers its domain in Latin letters, romanized the way its
readers type it ("चंबल संदेश" at ``chambalsandesh.in``, "दैनिक पथिक" at
``dainikpathik``): the name and the label share no letter. :func:`indic_label_pattern`
gives the regular expression of the name's usual spellings, read as
:mod:`analysis.clean.cyrillic_labels` reads a Cyrillic name: each consonant by its
letters ("भ" as "bh" or "b", "व" as "v" or "w", "श" as "sh" or "s"), its inherent vowel
spelled or dropped (Hindi drops it at a word's end and often inside: "Chambal", not
"Chambala"), a vowel sign by its vowel ("ा" as "a" or "aa", "ी" as "i" or "ee"), the
virama by nothing, the nasal signs by "n", "m" or nothing. Bengali, Gurmukhi, Gujarati
and Oriya are written in blocks laid out as Devanagari's, letter for letter: their
letters are read as the Devanagari letter at the same place (Bengali's inherent vowel
spelled "o" too: "নতুন খবর" at ``notunkhobor``). The scripts' letters and the usual
(Hunterian and popular) spellings, no site's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["indic_label_pattern", "is_indic_name"]

#: Each Devanagari consonant's Latin spellings in domains (with the nukta's letters,
#: as NFC leaves them, decomposed: "ड़" as "ड" and the nukta).
_CONSONANTS: dict[str, tuple[str, ...]] = {
    "क": ("k", "c", "q"), "ख": ("kh", "k"), "ग": ("g",), "घ": ("gh", "g"), "ङ": ("n", "ng"),
    "च": ("ch", "c"), "छ": ("chh", "ch", "c"), "ज": ("j", "z"), "झ": ("jh", "j"),
    "ञ": ("n", "ny"), "ट": ("t",), "ठ": ("th", "t"), "ड": ("d",), "ढ": ("dh", "d"),
    "ण": ("n",), "त": ("t",), "थ": ("th", "t"), "द": ("d",), "ध": ("dh", "d"), "न": ("n",),
    "प": ("p",), "फ": ("ph", "f"), "ब": ("b", "v"), "भ": ("bh", "b"), "म": ("m",),
    "य": ("y", "i"), "र": ("r",), "ल": ("l",), "ळ": ("l",), "व": ("v", "w", "b"),
    "श": ("sh", "s"), "ष": ("sh", "s"), "स": ("s",), "ह": ("h",),
    "\u0915\u093c": ("q", "k"), "\u0916\u093c": ("kh",), "\u0917\u093c": ("g", "gh"),
    "\u091c\u093c": ("z", "j"), "\u0921\u093c": ("r", "d"),
    "\u0922\u093c": ("rh", "r", "dh", "d"), "\u092b\u093c": ("f", "ph"), "\u092f\u093c": ("y",),
}  # fmt: skip
#: The independent vowels' and the vowel signs' spellings.
_VOWELS: dict[str, tuple[str, ...]] = {
    "अ": ("a",), "आ": ("a", "aa"), "इ": ("i",), "ई": ("i", "ee"), "उ": ("u",),
    "ऊ": ("u", "oo"), "ऋ": ("ri", "ru"), "ए": ("e",), "ऐ": ("ai", "e"), "ओ": ("o",),
    "औ": ("au", "ou", "o"), "ऑ": ("o",),
    "ा": ("a", "aa"), "ि": ("i",), "ी": ("i", "ee"), "ु": ("u",), "ू": ("u", "oo"),
    "ृ": ("ri", "ru"), "े": ("e",), "ै": ("ai", "e"), "ो": ("o",), "ौ": ("au", "ou", "o"),
    "ॉ": ("o",), "ॅ": ("e",),
}  # fmt: skip
#: The signs after a letter: the nasals (anusvara, candrabindu: "n", "m" or unwritten),
#: the visarga ("h" or unwritten), the virama (no vowel) and the nukta (the letter's
#: other sound: read with the letter, :data:`_CONSONANTS`).
_NASALS = ("\u0901", "\u0902")
_VISARGA = "\u0903"
_VIRAMA = "\u094d"
_NUKTA = "\u093c"
#: The blocks laid out as Devanagari's (U+0900-U+097F), by their first code point:
#: Bengali, Gurmukhi, Gujarati, Oriya; a letter is read as the Devanagari letter at its
#: offset. Bengali's inherent vowel is spelled "o" as often as "a".
_DEVANAGARI = 0x0900
_BLOCKS = {0x0980: "ao", 0x0A00: "a", 0x0A80: "a", 0x0B00: "ao"}
_INDIC_LETTER = re.compile(r"[\u0900-\u0b7f]")
#: A name of these scripts' letters and signs, spaces, hyphens and dots only.
_INDIC_NAME = re.compile(r"[\u0900-\u0b7f\s.\-]+")


def is_indic_name(name: str) -> bool:
    """Whether ``name`` is written in Devanagari or a script laid out as it (Bengali,
    Gurmukhi, Gujarati, Oriya), and nothing else but spaces, hyphens and dots.

    Parameters
    ----------
    name : str
        A site name as printed.

    Returns
    -------
    bool
        True for "चंबल संदेश"; False for a name holding a Latin letter or a digit.
    """
    return bool(_INDIC_NAME.fullmatch(name) and _INDIC_LETTER.search(name))


@lru_cache(maxsize=1024)
def indic_label_pattern(name: str) -> re.Pattern | None:
    """The regular expression of a domain label spelling ``name`` in Latin letters.

    Parameters
    ----------
    name : str
        A site name as printed, in one of the scripts :func:`is_indic_name` reads.

    Returns
    -------
    re.Pattern or None
        The pattern a whole label (lower case, without hyphens) must match; None when
        the name is not such a name or holds a letter the tables lack.

    Examples
    --------
    >>> indic_label_pattern("चंबल संदेश").fullmatch("chambalsandesh") is not None
    True
    >>> indic_label_pattern("दैनिक पथिक").fullmatch("dainikpathik") is not None
    True
    >>> indic_label_pattern("चंबल संदेश").fullmatch("chambaltimes") is None
    True
    """
    if not is_indic_name(name):
        return None
    block = _block(name)
    if block is None:
        return None
    inherent = "(?:" + "|".join(_BLOCKS.get(block, "a")) + ")?"
    letters = [
        _as_devanagari(char, block)
        for char in unicodedata.normalize("NFC", name)
        if not char.isspace()
    ]
    letters = [char for char in letters if char not in "-."]
    parts: list[str] = []
    at = 0
    while at < len(letters):
        char = letters[at]
        if at + 1 < len(letters) and letters[at + 1] == _NUKTA:
            char, at = char + _NUKTA, at + 1
        at += 1
        if char in _CONSONANTS:
            parts.append(_either(_CONSONANTS[char]))
            following = letters[at] if at < len(letters) else ""
            if following not in _VOWELS and following != _VIRAMA:
                parts.append(inherent)  # spelled or dropped
        elif char in _VOWELS:
            parts.append(_either(_VOWELS[char]))
        elif char in _NASALS:
            parts.append("(?:n|m)?")
        elif char == _VISARGA:
            parts.append("h?")
        elif char != _VIRAMA:
            return None
    return re.compile("".join(parts)) if parts else None


def _either(spellings: tuple[str, ...]) -> str:
    """A group matching any of ``spellings``."""
    return "(?:" + "|".join(map(re.escape, spellings)) + ")"


def _block(name: str) -> int | None:
    """The first code point of the one block the name's letters are of; None for a name
    mixing two."""
    blocks = {
        _DEVANAGARI if ord(char) < 0x0980 else ord(char) & ~0x7F
        for char in name
        if _INDIC_LETTER.match(char)
    }
    return blocks.pop() if len(blocks) == 1 else None


def _as_devanagari(char: str, block: int) -> str:
    """``char`` of ``block`` as the Devanagari letter at its offset."""
    if block == _DEVANAGARI or not _INDIC_LETTER.match(char):
        return char
    return chr(ord(char) - block + _DEVANAGARI)

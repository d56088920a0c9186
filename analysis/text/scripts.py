"""Scripts written without spaces between words: Han, kana (one word a character), Thai
(PyThaiNLP's dictionary segmenter), Khmer, Myanmar, Lao and Tibetan (one word a syllable,
as a Han ideograph is one: no segmenter of theirs is at hand, and a space there ends a
phrase).

What :mod:`analysis.text.words` counts as the words of a token holding such letters.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache, lru_cache

from analysis.text.patterns import WORD_CHAR

# Characters of scripts written without spaces between words, one word each: Han
# ideographs (with extensions and compatibility forms), hiragana, katakana.
_IDEOGRAPHIC = (
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\U00020000-\U0003134f"
)
_THAI = "\u0e00-\u0e7f"
# Myanmar, Khmer, Lao and Tibetan: written in syllables, a space between phrases, not
# between words (Tibetan's syllables end at a tsheg "་", a mark outside these ranges).
#: Tibetan's digits, letters, subjoined letters and vowel signs (a regex character
#: class's inside): a syllable's characters, without the tsheg and shad marks.
TIBETAN = "\u0f20-\u0f29\u0f40-\u0fbc"
_SYLLABIC = f"\u1000-\u109f\u1780-\u17ff\u0e80-\u0eff{TIBETAN}"
#: The ranges (a regex character class's inside) of the scripts counted as written
#: without spaces: Han, kana, Thai, Myanmar, Khmer, Lao, Tibetan.
UNSPACED_SCRIPTS = f"{_IDEOGRAPHIC}{_THAI}{_SYLLABIC}"
#: Han or kana characters to a word when a text written without spaces is weighed in
#: words (a Chinese or Japanese word is two characters or so on average; the counting of
#: :func:`~analysis.text.words.count_words` takes each as one).
CJK_CHARS_PER_WORD = 2.0
_UNSPACED = re.compile(f"[{UNSPACED_SCRIPTS}]")
_SYLLABIC_LETTER = re.compile(f"[{_SYLLABIC}]")
# Inside a token: one ideograph, a run of Thai, a run of Myanmar, Khmer, Lao or Tibetan,
# or a run of other letters and digits.
_TOKEN_PART = re.compile(
    f"([{_IDEOGRAPHIC}])|([{_THAI}]+)|([{_SYLLABIC}]+)|([^\\W{_IDEOGRAPHIC}{_THAI}{_SYLLABIC}_]+)"
)
# A syllable of Khmer (a consonant or an independent vowel with its subscript
# consonants, after the coeng sign U+17D2, its vowel signs and diacritics, and the final
# consonant no vowel sign or coeng follows, with its own subscript and diacritics) or of
# Myanmar (a consonant or an independent vowel with the consonants its asat U+103A
# kills or its virama U+1039 stacks, and its medials, vowel signs and tone marks), or a
# run of digits of either script. Their punctuation ("។", "៖", "။", "၊") is none.
_SYLLABLE = re.compile(
    "[\u1780-\u17b3](?:\u17d2[\u1780-\u17a2])*[\u17b4-\u17d1\u17d3\u17dd]*"
    "(?:[\u1780-\u17a2](?![\u17b4-\u17c5\u17d2])[\u17c6-\u17d1\u17d3\u17dd]*)?"
    "|[\u1000-\u102a\u103f\u104c-\u104f\u1050-\u1055]"
    "(?:[\u1000-\u1021](?=[\u1039\u103a])|\u1039[\u1000-\u1021]"
    "|[\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d"
    "\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d])*"
    "|[\u1040-\u1049\u1090-\u1099]+|[\u17e0-\u17e9]+"
    # Lao: a vowel written before its consonant, the consonant (a subjoined "l" under
    # it), its vowel signs, tone marks and the vowel letters after it, and a final
    # consonant no vowel sign follows; a run of Lao digits
    "|[\u0ec0-\u0ec4]?[\u0e81-\u0eae\u0edc-\u0edf]\u0ebc?"
    "[\u0eb1\u0eb4-\u0eb9\u0ebb\u0ec8-\u0ecd]*[\u0eb0\u0eb2\u0eb3\u0ebd]*"
    "(?:[\u0e81-\u0eae](?![\u0eb0-\u0ebd\u0ec8-\u0ecd])[\u0ec8-\u0ecd]*)?"
    "|[\u0ed0-\u0ed9]+"
    # Tibetan: the letters, subjoined letters and vowel signs between two tshegs; a run
    # of Tibetan digits
    "|[\u0f40-\u0fbc]+|[\u0f20-\u0f29]+"
)


def has_syllabic_script(text: str) -> bool:
    """Whether ``text`` holds letters of a script whose words are counted by syllable
    (Myanmar, Khmer, Lao, Tibetan: no segmenter at hand, so a word counts one to three).

    Parameters
    ----------
    text : str
        A line, or any text.

    Returns
    -------
    bool
        False for Thai, which a dictionary segments, and for Han and kana.
    """
    return _SYLLABIC_LETTER.search(text) is not None


def has_unspaced_script(text: str) -> bool:
    """Whether ``text`` holds letters of a script written without spaces between words.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    bool
        True when a character of :data:`UNSPACED_SCRIPTS` is in ``text``.
    """
    return _UNSPACED.search(text) is not None


def unspaced_parts(token: str) -> list[tuple[int, int]]:
    """(start, end) of the words of a token holding a script written without spaces.

    Parameters
    ----------
    token : str
        A whitespace-free token.

    Returns
    -------
    list of tuple of int
        Offsets into ``token`` of each ideograph or kana, each word of a Thai run (its
        segmentation), each syllable of a Myanmar, Khmer, Lao or Tibetan run and each run
        of other letters and digits, in order; marks and signs of these blocks are no
        words.
    """
    parts = []
    for match in _TOKEN_PART.finditer(token):
        if match.group(3) is not None:  # Myanmar, Khmer, Lao or Tibetan: a word a syllable
            parts += [(match.start() + a, match.start() + b) for a, b in _syllables(match.group(3))]
            continue
        if match.group(2) is None:  # an ideograph, or a run of other letters and digits
            parts.append(match.span())
            continue
        position = match.start()
        for word in _thai_words(match.group(2)):
            parts.append((position, position + len(word)))
            position += len(word)
    # marks and signs of these blocks (a katakana middle dot, "฿") are not words
    return [(start, end) for start, end in parts if WORD_CHAR.search(token, start, end)]


def _syllables(run: str) -> list[tuple[int, int]]:
    """(start, end) of each syllable (:data:`_SYLLABLE`) of a run of Myanmar, Khmer, Lao or
    Tibetan."""
    return [match.span() for match in _SYLLABLE.finditer(run)]


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

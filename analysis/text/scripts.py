"""Scripts written without spaces between words: Han, kana (one word a character), Thai
(PyThaiNLP's dictionary segmenter).

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
#: The ranges (a regex character class's inside) of the scripts counted as written
#: without spaces: Han, kana, Thai.
UNSPACED_SCRIPTS = f"{_IDEOGRAPHIC}{_THAI}"
_UNSPACED = re.compile(f"[{UNSPACED_SCRIPTS}]")
# Inside a token: one ideograph, a run of Thai, or a run of other letters and digits.
_TOKEN_PART = re.compile(f"([{_IDEOGRAPHIC}])|([{_THAI}]+)|([^\\W{_IDEOGRAPHIC}{_THAI}_]+)")


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
        segmentation) and each run of other letters and digits, in order; marks and
        signs of these blocks are no words.
    """
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

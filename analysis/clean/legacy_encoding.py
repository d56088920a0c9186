"""The encoding of a page's bytes that are not UTF-8 (used by :mod:`analysis.clean.read`).

charset-normalizer ranks the encodings that decode some bytes by their "chaos" (its
mess ratio: accents inside words, mixed scripts, symbols among letters) and "coherence"
(how well letter frequencies fit a language), measured on five 512-byte samples. On a
whole Western page the samples often hold none of its few bytes outside ASCII (curly
quotes, a dash, an accented name): every single-byte encoding then ties, and DOS and
Mac code pages no browser reads a web page in won: a Windows-1252 page came out as
CP775 or Mac Latin-2 ("didnÆt", "approuvť"). So:

1. only the lines holding a byte outside ASCII are given to charset-normalizer (the
   others read the same in every candidate), so its samples are made of them;
2. the candidates are the encodings of the WHATWG Encoding Standard, the legacy
   encodings browsers read web pages in (:data:`WEB_ENCODINGS`); a page none of them
   reads gets charset-normalizer's pick among all it knows, from the whole page;
3. of the best-ranked candidates, tied on chaos and coherence or decoding to the same
   text, Windows-1252 first, then Latin-1 and ISO 8859-15;
4. Windows-1252, browsers' default for Western pages, wins over that pick when those
   lines, read whole, are strictly less messy in it (charset-normalizer's mess ratio)
   and hold no more symbols inside words (:func:`symbols_in_words`): charset-normalizer's
   samples cut lines at arbitrary bytes, which makes text look messier than it is.

No value is tuned. A Central European, Turkish or Baltic page whose letters read as
other accented letters in Windows-1252 (Czech ``ě`` as ``ì``) is as clean in both, so
charset-normalizer's language fit keeps its own code page; so does an English page with
an accented name, which may then be read in a Central European code page
(``benchmarks/legacy_encodings.py`` measures every encoding on real texts).
"""

from __future__ import annotations

import math
import re
from unicodedata import category

from charset_normalizer import CharsetMatch, from_bytes
from charset_normalizer.md import mess_ratio

#: The default of Western legacy pages (Python's codec name).
WINDOWS_1252 = "cp1252"
_OUTSIDE_ASCII = re.compile(r"[^\x00-\x7f]")
# Unicode categories no word holds: other numbers (superscripts, fractions), symbols.
_SYMBOL_CATEGORIES = frozenset({"No", "Sm", "So", "Sc", "Sk"})
_INVERTED_MARKS = "\u00bf\u00a1"
# The consonants of the Latin alphabet (no tone mark sits on them).
_LATIN_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")
#: The legacy encodings of the WHATWG Encoding Standard (Python's names; labels browsers
#: map to another encoding, such as Latin-1 for Windows-1252, are kept: charset-normalizer
#: may name them).
WEB_ENCODINGS = (
    *("cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257"),
    *("cp1258", "cp866", "cp874", "tis_620", "latin_1", "iso8859_2", "iso8859_3"),
    *("iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9"),
    *("iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r"),
    *("koi8_u", "mac_roman", "mac_cyrillic", "gbk", "gb2312", "gb18030", "big5"),
    *("big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949"),
)
#: The size of charset-normalizer's samples (its default): the lines outside ASCII are
#: judged alone when they fill one, else with the whole page around them.
SAMPLE_BYTES = 512
#: Candidates preferred on ties, best first (charset-normalizer's names).
TIE_PREFERENCE = (WINDOWS_1252, "latin_1", "iso8859_15")


def detect_legacy_encoding(data: bytes) -> str | None:
    """The encoding of ``data`` (bytes that are not UTF-8), or None when none fits.

    Parameters
    ----------
    data : bytes
        A page's bytes.

    Returns
    -------
    str or None
        A Python codec name (``"cp1252"``, ``"cp1251"``, ``"shift_jis"``, ...); None when
        charset-normalizer finds no encoding that reads the bytes as text.
    """
    lines = _lines_outside_ascii(data)
    # fewer bytes than one of charset-normalizer's samples: too few to judge alone
    sample = lines if len(lines) >= SAMPLE_BYTES else data
    matches = list(from_bytes(sample, chunk_size=SAMPLE_BYTES, cp_isolation=list(WEB_ENCODINGS)))
    if not matches:
        matches = list(from_bytes(data))
        if not matches:
            return None
    best = _fewest_symbols(sample, matches)
    if best == WINDOWS_1252:
        return best
    mess, symbols = _oddness(lines, WINDOWS_1252)
    best_mess, best_symbols = _oddness(lines, best)
    return WINDOWS_1252 if mess < best_mess and symbols <= best_symbols else best


def _fewest_symbols(lines: bytes, matches: list[CharsetMatch]) -> str:
    """charset-normalizer's pick (:func:`_best_match`), or the first of the candidates as
    little chaotic as it whose text holds fewer symbols inside words (the preferred
    encoding among those tied with it, :func:`_best_match`)."""
    best = _best_match(matches)
    fewest = symbols_in_words(lines.decode(best))
    for position, match in enumerate(matches):
        if fewest == 0 or match.chaos > matches[0].chaos:
            break
        symbols = symbols_in_words(str(match))
        if symbols < fewest:
            best, fewest = _preferred_among(matches[position:], symbols), symbols
    return best


def _preferred_among(matches: list[CharsetMatch], symbols: int) -> str:
    """The first match's encoding, or the preferred one (:data:`TIE_PREFERENCE`) among the
    matches tied with it on chaos and coherence whose text holds no more symbols inside
    words than ``symbols`` (rule 3 of the module for a pick made on symbols)."""
    first = matches[0]
    tied = set(first.could_be_from_charset)
    for match in matches[1:]:
        tie = (match.chaos, match.coherence) == (first.chaos, first.coherence)
        if tie and symbols_in_words(str(match)) <= symbols:
            tied.update(match.could_be_from_charset)
    return next((name for name in TIE_PREFERENCE if name in tied), first.encoding)


def _lines_outside_ascii(data: bytes) -> bytes:
    """The lines of ``data`` holding a byte outside ASCII (a line feed is a line feed in
    every candidate: no multi-byte encoding of the list uses it as a trail byte)."""
    return b"\n".join(line for line in data.split(b"\n") if not line.isascii())


def _oddness(lines: bytes, encoding: str) -> tuple[float, float]:
    """(mess ratio, symbols inside words) of ``lines`` decoded as ``encoding``; infinite
    when they do not decode."""
    try:
        text = lines.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return math.inf, math.inf
    return mess_ratio(text, maximum_threshold=1.0), symbols_in_words(text)


def symbols_in_words(text: str) -> int:
    """How many characters outside ASCII that no word holds stand between two letters:
    a symbol, a fraction or superscript digit, an inverted ``¿`` or ``¡``. Polish
    ``budżet`` written in Windows-1250 and read as Windows-1252 is ``bud¿et``,
    ``miesiącach`` is ``miesi¹cach``; a curly apostrophe, a dash, an ellipsis or a soft
    hyphen glued between words does not count. A combining mark right after a consonant
    of the Latin alphabet counts too, wherever it stands: Windows-1258 writes
    Vietnamese tone marks as combining marks, which follow vowels, and a Western page's
    ``ì`` and ``ò`` are such marks in it (Italian ``lunedì`` read as Windows-1258 is
    ``luned`` with a grave accent on the ``d``).

    Parameters
    ----------
    text : str
        Decoded text.

    Returns
    -------
    int
        The number of such characters.
    """
    count = 0
    for match in _OUTSIDE_ASCII.finditer(text):
        at = match.start()
        if at and text[at - 1] in _LATIN_CONSONANTS and category(text[at]) == "Mn":
            count += 1
        elif 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha():
            character = text[at]
            count += character in _INVERTED_MARKS or category(character) in _SYMBOL_CATEGORIES
    return count


def _best_match(matches: list[CharsetMatch]) -> str:
    """charset-normalizer's first match, or the preferred encoding among those tied with it."""
    first = matches[0]
    # could_be_from_charset lists the encodings that decode to the very same text.
    tied = list(first.could_be_from_charset)
    tied += [
        m.encoding for m in matches if (m.chaos, m.coherence) == (first.chaos, first.coherence)
    ]
    for preferred in TIE_PREFERENCE:
        if preferred in tied:
            return preferred
    return first.encoding

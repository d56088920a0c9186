"""Text decoded twice undone where the page is read (stage 1): mojibake.

A scraper that decodes a page's UTF-8 bytes as Windows-1252 (or Latin-1, or another
single-byte encoding) and saves the result as UTF-8 prints a curly quote as ``â€œ``, an
``é`` as ``Ã©``, an apostrophe decoded twice as ``Ã¢â‚¬â„¢``; one that reads
Windows-1252 text as Latin-1 leaves an apostrophe as the control code U+0092, which the
reader would then delete (``president’s`` read as ``presidents``). Quote marks,
words, names and site names are all wrong then.

The repair is ftfy's (:func:`repair_mojibake`), with only its encoding fixes switched
on (:data:`FIX_CONFIG`): text is re-encoded and decoded only where ftfy finds a
sequence that UTF-8 decoded as a single-byte encoding produces, and C1 control codes
become the Windows-1252 characters they stand for. Nothing else ftfy can do is done:
no quote straightening, no width or compatibility (NFKC) folding, no ligatures, no
HTML references (the reader decodes those itself), no line-break or control-code
changes (the reader's own normalization follows), so clean text is never altered.

ftfy's own first test (``ftfy.badness.is_bad``) costs about 2 ms a dev page, 15 % of
reading and cleaning it; the reader runs ftfy only on the lines holding a mojibake
signature (:data:`SIGNATURE`), a test derived from the encodings ftfy undoes: a
character that a UTF-8 lead byte decodes to followed by one a continuation byte
decodes to (or by a space, ``?``, the substitute code or U+FFFD, where the
continuation byte was lost), or a C1 control code. Every line ftfy repairs has one:
benchmarks/mojibake.py checks it on every line of the corpora and benchmarks, each
also made into mojibake, and tests/test_mojibake.py on made-up text in each encoding.
Reading the 109 extraction dev pages costs 1.8 % more (signature scan and ftfy on the
lines it finds, mostly Portuguese and Russian text); AllSides bodies 0.05 ms each.

Limits (ftfy's): a line that is only a symbol made into mojibake (``â—¦`` for a bullet)
is left as it is; where a byte was lost upstream the repair is partial.
"""

from __future__ import annotations

import re

import ftfy
from ftfy import chardata

#: ftfy's settings: its encoding fixes only (see the module docstring). ``explain`` is
#: on because ftfy 6.3 applies its default encoding settings, not these, without it.
FIX_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)


def _characters(*byte_ranges: tuple[int, int], but: str = "") -> str:
    """What the bytes of ``byte_ranges`` (first, last) decode to in any encoding ftfy
    undoes (but the encoding ``but``), escaped for a character class."""
    data = bytes(byte for first, last in byte_ranges for byte in range(first, last + 1))
    encodings = [name for name in chardata.CHARMAP_ENCODINGS if name != but]
    found = {character for name in encodings for character in data.decode(name)}
    return re.escape("".join(sorted(found)))


# What ftfy 6.3 repairs, as the single-byte encodings read the UTF-8 lead byte of a two-
# to four-byte character and what follows it: a continuation byte; a space where the
# continuation byte was U+00A0 printed as a space (its ALTERED_UTF8_RE: after the lead
# bytes listed, in any encoding but MacRoman; after E2, E3 and F0 another continuation
# byte follows); '?', the substitute code or U+FFFD where it was lost (LOSSY_UTF8_RE:
# after C2 and C3 '?', after C2 to DF the others; after E0 to EF any of them, then a
# continuation byte or another of them).
_LEAD = _characters((0xC2, 0xF4))
_CONTINUATION = _characters((0x80, 0xBF))
_LOST = "?\x1a\ufffd"
_LEAD2_BEFORE_SPACE = _characters(
    *((byte, byte) for byte in b"\xc2\xc3\xc5\xce\xd0\xd9"), but="macroman"
)
_LEAD3_BEFORE_SPACE = _characters((0xE2, 0xE3), (0xF0, 0xF0), but="macroman")
_LEAD2_BEFORE_QUESTION = _characters((0xC2, 0xC3))
_LEAD2_BEFORE_LOST = _characters((0xC2, 0xDF))
_LEAD3 = _characters((0xE0, 0xEF))

_C1 = "\x80-\x9f"

#: A stretch of text ftfy may repair (the cheap test before ftfy runs on a line): the
#: characters of a UTF-8 lead byte and what follows it (above), or a C1 control code
#: (Windows-1252 read as Latin-1). One character class opens every branch, so the
#: search scans at the speed of a class (10 times faster than an alternation).
SIGNATURE = re.compile(
    f"[{_LEAD}{_C1}](?:"
    + "|".join(
        [
            f"(?<=[{_C1}])",
            f"[{_CONTINUATION}]",
            f"(?<=[{_LEAD2_BEFORE_SPACE}]) ",
            f"(?<=[{_LEAD3_BEFORE_SPACE}]) [{_CONTINUATION}]",
            f"(?<=[{_LEAD2_BEFORE_QUESTION}])\\?",
            f"(?<=[{_LEAD2_BEFORE_LOST}])[\x1a\ufffd]",
            f"(?<=[{_LEAD3}])[{_LOST}][{_CONTINUATION}{_LOST}]",
        ]
    )
    + ")"
)


def repair_mojibake(text: str) -> tuple[str, int]:
    """``text`` with its mojibake undone by ftfy, line by line.

    Parameters
    ----------
    text : str
        Decoded text, before any other normalization (a C1 control code is part of
        the mojibake).

    Returns
    -------
    tuple of (str, int)
        The text, and how many of its lines were repaired (0: the text is returned
        unchanged).
    """
    if text.isascii():
        return text, 0
    match = SIGNATURE.search(text)
    if match is None:
        return text, 0
    parts: list[str] = []
    done = n_repaired = 0
    # a line printed again is repaired once: ftfy costs ~30 us a line, and a page of
    # one short line repeated (hostile, or a menu) would otherwise cost ~10 CPU-s a MB
    repaired: dict[str, str] = {}
    while match is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed = repaired.get(line)
        if fixed is None:
            fixed = repaired[line] = ftfy.fix_text(line, FIX_CONFIG)
        if fixed != line:
            n_repaired += 1
            parts += [text[done:start], fixed]
            done = end
        match = SIGNATURE.search(text, end)
    if not n_repaired:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), n_repaired

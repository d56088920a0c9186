"""A masthead printed letter by letter, read as the words it spells (stage: page text ->
site-name lines).

A site's nameplate set in spaced capitals ("T H E   D A I L Y   E X A M P L E", a
space between letters, a wider one between words), in Unicode small capitals
("ᴛʜᴇ ᴅᴀɪʟʏ ᴇxᴀᴍᴘʟᴇ", copied from a page styled with them), or in a PDF's small caps,
where pdftotext parts each word's larger first capital from the rest ("T HE D AILY
E XAMPLE"), is read by :mod:`analysis.clean.site_name` as the capitals it spells ("THE
DAILY EXAMPLE"), as the same masthead printed plainly is. Only lines of nothing else
are rewritten; no word of any language is listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["joined_letters", "with_masthead_letters_joined"]

#: The fewest letters a letter-spaced line spells ("N E W S"): fewer are initials.
MIN_SPACED_LETTERS = 4

# Letters one space apart, words two or more spaces apart; capitals only (not "1 2 3").
_SPACED = re.compile(r"\s*[A-Z](?: [A-Z])+(?: {2,}[A-Z](?: [A-Z])*)*\s*")
# A PDF's small caps: each word a capital, a space, the word's other capitals.
_SPLIT_CAPS = re.compile(r"\s*[A-Z] [A-Z]+(?: [A-Z] [A-Z]+)+\s*")
# Unicode's small capitals (IPA and phonetic blocks) -> the capitals they stand for.
_SMALL_CAPITALS = str.maketrans(
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ",
    "ABCDEFGHIJKLMNOPQRSTUVWYZ",
)
_SMALL_CAPITAL_LINE = re.compile(r"[\sᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢxX]+")
# What a line opens with, after its spaces, for joined_letters to read it (speed only):
# a capital, a space and a capital (_SPACED, _SPLIT_CAPS), or a small capital or an x
# (_SMALL_CAPITAL_LINE).
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SMALL_CAPITAL_OPENERS = frozenset("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢxX")


def joined_letters(line: str) -> str | None:
    """The words a letter-spaced or small-capital line spells, or None.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    str or None
        "THE DAILY EXAMPLE" of "T H E   D A I L Y   E X A M P L E", of "T HE D AILY
        E XAMPLE" and of "ᴛʜᴇ ᴅᴀɪʟʏ ᴇxᴀᴍᴘʟᴇ"; None for any other line.
    """
    if _SPACED.fullmatch(line) and sum(not c.isspace() for c in line) >= MIN_SPACED_LETTERS:
        words = re.split(r" {2,}", line.strip())
        return " ".join(word.replace(" ", "") for word in words)
    if _SPLIT_CAPS.fullmatch(line):
        parts = line.split()
        return " ".join(parts[i] + parts[i + 1] for i in range(0, len(parts), 2))
    if (
        _SMALL_CAPITAL_LINE.fullmatch(line)
        and sum(c not in "xX" and not c.isspace() for c in line) >= MIN_SPACED_LETTERS
    ):
        return " ".join(line.translate(_SMALL_CAPITALS).upper().split())
    return None


def with_masthead_letters_joined(lines: Sequence[str]) -> Sequence[str]:
    """The lines with each letter-spaced or small-capital line (:func:`joined_letters`)
    replaced by the words it spells, padded with spaces to its length.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    sequence of str
        ``lines`` itself when no line is such; else a copy (every other line unchanged,
        each rewritten line as long as before, the words at its start).
    """
    joined: list[str] | None = None
    for i, line in enumerate(lines):
        text = line.lstrip()  # (most lines open otherwise: no call, no pattern tried)
        opens = text[:1] in _SMALL_CAPITAL_OPENERS or (
            text[1:2] == " " and text[:1] in _CAPITALS and text[2:3] in _CAPITALS
        )
        if not opens or len(line) > 200 or (words := joined_letters(line)) is None:
            continue
        joined = list(lines) if joined is None else joined
        joined[i] = words.ljust(len(line))
    return lines if joined is None else joined

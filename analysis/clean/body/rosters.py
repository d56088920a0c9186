"""A team sheet printed as a line: a side's name, a colon, then its players.

A match report or a preview prints the line-ups as one line a side, the players in the
order of their positions, the lines of the formation apart by semicolons ("Harbour City:
Hewitt; Baptiste, Okafor, Lund, Carrow; Pennant, Mbeki ..."), a substitute or a role in
brackets after a name ("Sands (Ilic 71)", "Berg (gk)"). Right after the last paragraph
the detector takes such lines on (they continue the story as data); under a subhead of
their own ("Line-ups", "E squadre probabile", in any language) a "Label:" line ended the
story, since a subhead over "Label:" lines is also that of a product's specifications or
a fact box. A team sheet is told by its shape (:func:`is_roster_line`): after the label,
:data:`ROSTER_MIN_NAMES` names or more, each one to three words opening with a capital,
apart by commas and semicolons, at least one semicolon among them (the formation's
lines: a tag list or a list of places has commas only). The minimum is a side of six, an
ice hockey line-up's, with its goalkeeper apart.
"""

from __future__ import annotations

import re

from analysis.text.patterns import COMBINING_MARK

__all__ = ["ROSTER_MIN_NAMES", "is_roster_line"]

#: A team sheet names at least this many players (a hockey side of six).
ROSTER_MIN_NAMES = 6
# The side's name (no colon), the colon, the names.
_ROSTER = re.compile(r"^\s*[^\W\d_][^:]{0,48}:\s+(?P<names>\S.*?)\.?\s*$")
# A role or a substitute in brackets after a name: "(gk)", "(Ilic 71)", "(c)".
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# The words a name may hold besides capitalized ones: particles ("de", "van", "da"); a
# letter's combining marks are the name's (Yoruba's tones: "Ládipọ̀", "Ẹ̀kẹ́", which no
# precomposed letter writes).
_NAME_WORD = re.compile(rf"^(?:[^\W\d_]{COMBINING_MARK}*(?:[\w'’.-]|{COMBINING_MARK})*)$")


def is_roster_line(text: str) -> bool:
    """Whether a line is a side's team sheet: a label, a colon and its players' names.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True when the text after the label's colon, without bracketed notes, splits at
        commas and semicolons (one or more of them) into :data:`ROSTER_MIN_NAMES` names
        or more, each of one to three words, the first capitalized.

    Examples
    --------
    >>> is_roster_line("Marrick: Lark; Penn, Holt (Aske 78), Rudd; Venn, Tate; Shaw.")
    True
    >>> is_roster_line("Tags: Harbour, Council, Weather, Ferries, Schools, Roads, Sport")
    False
    >>> is_roster_line("Note: we spoke to Ann; she said the club was full, then left.")
    False
    """
    match = _ROSTER.match(text)
    if match is None or ";" not in match["names"]:
        return False
    names = [name.strip() for name in re.split(r"[;,]", _BRACKETS.sub("", match["names"]))]
    if len(names) < ROSTER_MIN_NAMES:
        return False
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 3 or not words[0][:1].isupper():
            return False
        if not all(_NAME_WORD.match(word) for word in words):
            return False
        if not any(word[:1].isupper() for word in words[1:]) and len(words) > 1:
            return False  # "she said", "then left": words of a sentence
    return True

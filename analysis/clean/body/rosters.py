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

Two habits of match reports print more on the side's line: the language's "and" before
its last name ("Léo Alves e Jonas", "Ortega y Cuesta": :data:`NAME_CONJUNCTIONS`, a
conjunction standing between two capitalized names), and a second labelled list after
the side's names in the same paragraph ("... Oyelaran, Weir. Subs not used: Tate,
Morley, Quinn.", "Suplentes: ...": a sentence's end, then a label of up to
:data:`SECOND_LABEL_MAX_CHARS` characters and a colon); the side's names before it are
the team sheet.
"""

from __future__ import annotations

import re

from analysis.text.patterns import COMBINING_MARK

__all__ = ["NAME_CONJUNCTIONS", "ROSTER_MIN_NAMES", "SECOND_LABEL_MAX_CHARS", "is_roster_line"]

#: A team sheet names at least this many players (a hockey side of six).
ROSTER_MIN_NAMES = 6
#: The word "and" that joins a side's last two names, in the languages of the team sheets
#: the sets print (English, the Romance languages, German, Dutch, the Nordic languages,
#: Finnish, Hungarian, Turkish, the Slavic languages in Latin and Cyrillic letters): a
#: lower-case word of a sentence, never a particle of a name ("de", "van", "da").
NAME_CONJUNCTIONS = frozenset(
    [
        "and",
        "&",
        "e",
        "y",
        "et",
        "und",
        "en",
        "og",
        "och",
        "ja",
        "és",
        "ve",
        "i",
        "a",
        "и",
        "і",
        "та",
    ]
)
#: A second list's label after the side's names ("Subs not used", "Suplentes",
#: "Remplaçants", "Ersatzbank"): at most this many characters, the length of a label of
#: a few words, as the side's own label (48) is a team's name.
SECOND_LABEL_MAX_CHARS = 30
# The side's names end at a sentence's end followed by another label and its colon.
_SECOND_LABEL = re.compile(rf"\.\s+[^\W\d_][^.:;,]{{0,{SECOND_LABEL_MAX_CHARS}}}:\s")
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
    label, colon, rest = text.partition(":")
    # "... Weir. Subs not used: Tate, Morley.": the side's names end before the next label
    match = _ROSTER.match(label + colon + _SECOND_LABEL.split(rest, 1)[0])
    if match is None or ";" not in match["names"]:
        return False
    names = []
    for name in re.split(r"[;,]", _BRACKETS.sub("", match["names"])):
        words = name.split()
        # "Léo Alves e Jonas": the language's "and" between two names parts them
        joined = [i for i in range(1, len(words) - 1) if words[i] in NAME_CONJUNCTIONS]
        for start, end in zip([-1, *joined], [*joined, len(words)], strict=True):
            names.append(" ".join(words[start + 1 : end]))
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

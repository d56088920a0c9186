"""A byline under a label no table holds: "Kirjuttanu: Hilja Kallio ja Terje Uusitalo".

Every language writes its own words before the author's name ("Writer:", "Written by",
"Yalembwa na", "Holisso ikbi:"), and the tables of :mod:`analysis.clean.byline_words`
hold the languages seen so far. A page in another language prints the same shape: a
short label, then the names, alone on a line under the headline beside its date line. The
shape is read without the words:

- a label of one to three words and a colon (``:``, ``：``, Armenian ``՝``, Ethiopic
  ``፦``) before the names ("Sizaru: Candiru Harriet Ezama", "Сирӹшӹжӹ: Анна Ялпаева");
- or, without a colon, a capitalized word and one or two words in lower case before
  the names ("Yalembwa na Fátima Chiposse na Zacarias Mafuta", "Story by Kainoa Pahia
  an' Leilani Rodrigues"): the label's case marks where the names start.

The names are a script with case's: capitalized words, at least two, the first and the
last of the line capitalized, the words between them capitalized or short lower-case
links, never two links in a row (a joining word, "micha", "kɛnɛ", "tuntang", or a
name's particle, "ag", "walet"), each name a comma sets apart of two capitalized words
or more (a list of places is not names), a social handle after them at most ("Kerubo Nyaboke
@kerubo_writes"), or another credit after a spaced separator, which ends them ("Sinulat di
Ramon Ferrer tan Lorna Tamayo | Litrato: Jun Valdez": the photographer's). Scripts without
case do not show where a name starts, and are read by the tables' words only.

A label that credits a picture or another role ("Photos by NAME", "Foto: NAME",
"Photo of NAME", "Translated by NAME": :func:`analysis.clean.header_lines.is_caption_line`,
:data:`~analysis.clean.header_lines.CAPTION`) or a date's label names no author.
:func:`analysis.clean.bylines.find_name_line_byline` asks for the date line beside it
and that the page writes none of the names' words in lower case, as it does of a name
alone; it reads a line only when no cue of the tables marked a byline.
"""

from __future__ import annotations

import re

from analysis.clean.dates import DATE_LABEL_WORDS
from analysis.clean.header_lines import CAPTION, is_caption_line
from analysis.text import is_lower_case, opens_upper_case

__all__ = [
    "MAX_LABEL_WORDS",
    "MAX_LINK_LETTERS",
    "MAX_NAME_WORDS",
    "labelled_names",
    "names_capitals",
]

#: The most words of a label before the names (Kuanyama "Kwa shangwa ku", Mende "Nyɛɛ
#: gbɛngbɛ"): a longer run before a colon is a sentence's clause.
MAX_LABEL_WORDS = 3
#: The most letters of a lower-case word linking two names (a joining word, "micha",
#: "tuntang", or a particle, "walet"): a longer one is a sentence's word.
MAX_LINK_LETTERS = 7
#: The most capitalized words of the names (four persons of two words, as
#: :data:`analysis.clean.header_lines.MAX_BYLINE_WORDS`).
MAX_NAME_WORDS = 8

# A label's word: a letter, then letters, combining marks, apostrophes or hyphens
# ("Gɔ̱rɛ", "Bi o̱t'e", "Ira-t", "Pāpaʻi").
_WORD = r"[^\W\d_][^\s\d:：՝፦@|·•/]*"
_COLON_LABEL = re.compile(
    rf"^\s*(?P<label>{_WORD}(?:\s+{_WORD}){{0,{MAX_LABEL_WORDS - 1}}})\s*[:：՝፦]\s*(?P<names>\S.*)$"
)
_TOKEN = re.compile(r"\S+")
_HANDLE = re.compile(r"\s+@\w+\s*$")
# Another credit after the names, a spaced separator then its label of one to three words
# and a colon: "Sinulat di NAME tan NAME | Litrato: NAME" (photo), "... - Editor: NAME";
# or a full stop, or a column gap of two spaces or more, before that label (h399: "Тэкст:
# NAME. Фота: NAME", "Testua: NAME  Argazkiak: NAME", as :func:`analysis.clean.header_lines.
# find_byline` ends a name there).
_NEXT_CREDIT = re.compile(
    rf"(?:\s+[|｜/·•–—-]\s+|\.\s+|[ \t]{{2,}})(?={_WORD}(?:\s+{_WORD}){{0,2}}\s*[:：])"
)
_DATE_LABEL = re.compile(rf"\b(?:{DATE_LABEL_WORDS})\b", re.IGNORECASE)


def labelled_names(line: str) -> tuple[int, int, bool] | None:
    """(start, end, marked) of the names a label opens ``line`` with, by the module
    docstring's shape; ``marked``: a social handle follows them.

    Parameters
    ----------
    line : str
        One line under the headline.

    Returns
    -------
    tuple of (int, int, bool) or None
        The names' span in ``line`` (the handle left out), None for another line.
    """
    if is_caption_line(line):
        return None
    found = _COLON_LABEL.match(line)
    label, start = (found["label"], found.start("names")) if found else _cased_label(line)
    if not label or _DATE_LABEL.search(label) or CAPTION.search(label):
        return None
    text = line.rstrip()
    credit = _NEXT_CREDIT.search(text, start)
    if credit is not None:  # the names end before the next credit's separator
        text = text[: credit.start()]
    handle = _HANDLE.search(text, start)
    end = handle.start() if handle else len(text)
    if not _names_only(text[start:end].split()):
        return None
    return start, end, handle is not None


def _cased_label(line: str) -> tuple[str, int]:
    """The label and where the names start on a line whose label is a capitalized word
    and one or two words in lower case ("Yalembwa na", "Story by") before a capitalized
    word; ("", 0) for another line."""
    tokens = list(_TOKEN.finditer(line))
    if not tokens or not opens_upper_case(tokens[0][0]):
        return "", 0
    for size in range(2, min(MAX_LABEL_WORDS, len(tokens) - 1) + 1):
        if not is_lower_case(tokens[size - 1][0]):
            break
        if opens_upper_case(tokens[size][0]):
            return line[: tokens[size - 1].end()], tokens[size].start()
    return "", 0


def names_capitals(words: list[str]) -> list[str]:
    """The capitalized words of names' words (the links between them left out).

    Parameters
    ----------
    words : list of str
        The names' words, as printed.

    Returns
    -------
    list of str
        The words that open with a capital.
    """
    return [w for w in words if opens_upper_case(w)]


def _names_only(words: list[str]) -> bool:
    """Whether ``words`` are persons' names by the module docstring's test."""
    if not words or not opens_upper_case(words[0]) or not opens_upper_case(words[-1]):
        return False
    # names a comma sets apart are full names each ("Ana Ruiz, Tom Hale and Pim Aster"):
    # a headline's list of places after its label is not ("Primary day: Kentucky,
    # Georgia and Idaho")
    if any(len(names_capitals(part.split())) < 2 for part in " ".join(words).split(",")):
        return False
    capitals = names_capitals(words)
    if not 2 <= len(capitals) <= MAX_NAME_WORDS:
        return False
    linked = False
    for word in words:
        if any(c.isdigit() for c in word):
            return False
        if opens_upper_case(word):
            linked = False
            continue
        if linked or not is_lower_case(word) or len(word.rstrip("'’")) > MAX_LINK_LETTERS:
            return False
        linked = True
    return True

"""A logo's text a page opens with in lower case, its words joined ("36horas" for "36
Horas"): the site's name when the page prints that name in its own words elsewhere.

A browser copies a logo drawn as styled text as the letters it holds, often lower case
and without the spaces of the name it stands for; alone, such a line is no name
(:func:`~analysis.clean.masthead_lines.masthead_name` wants a name's capitals). The page
that prints the same letters as a name of two words or more on another line (the
footer's "36 Horas — Diario digital de ...") tells which name the logo spells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.masthead_lines import masthead_name
from analysis.clean.name_forms import compact_name

# one run of letters and digits, no space, no capital: the joined words of a logo
_JOINED_LOWER = re.compile(r"[^\W_A-Z]{4,40}")
# a name joined in a logo has two words at least (one word in lower case is as often a
# section's or a menu's entry, "news"), and a masthead four at most
_FEWEST_WORDS, _MOST_WORDS = 2, 4
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]|:,;.!?—–-·•"


def logo_text_name(first: str, lines: Sequence[str]) -> str | None:
    """The name a lower-case logo text spells, as the page prints it on another line.

    Parameters
    ----------
    first : str
        The page's first line that is no chrome.
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        The first run of two to four words of another line whose folded letters
        (:func:`~analysis.clean.name_forms.compact_name`) are the logo's and which is
        shaped as a name (:func:`~analysis.clean.masthead_lines.masthead_name`); None when
        ``first`` is no single lower-case word of letters and digits or no line prints it
        so.

    Examples
    --------
    >>> logo_text_name("36horas", ["36horas", "Inicio | País", "36 Horas — Diario digital"])
    '36 Horas'
    >>> logo_text_name("news", ["news", "News"]) is None
    True
    """
    logo = first.strip()
    if not _JOINED_LOWER.fullmatch(logo) or logo != logo.lower():
        return None
    key = compact_name(logo)
    for line in lines:
        if line.strip() == logo or key not in compact_name(line):
            continue
        words = [word.strip(_EDGE_PUNCTUATION) for word in line.split()]
        for start in range(len(words)):
            for size in range(_FEWEST_WORDS, _MOST_WORDS + 1):
                run = words[start : start + size]
                if len(run) < size or not all(run):
                    break
                name = " ".join(run)
                if compact_name(name) == key and masthead_name(name) is not None:
                    return name
    return None

"""A masthead printing the site's name in two scripts on one line: "Lanka Puwath | ලංකා
පුවත්", "Kabul Times | کابل تایمز".

A site of a country whose language has its own script often prints its name twice, in
Latin letters and in the language's script, split by one spaced separator. Each part is a
name (:func:`~analysis.clean.masthead_lines.masthead_name`, or
:func:`~analysis.clean.masthead_lines.plain_masthead` for a script without case) and the
two parts are written in two scripts: a section's label or an edition is written in the
name's own script ("Example Gazette | Opinion"). The first part is the name read. Read
only on the page's top line over the story's header
(:func:`analysis.clean.masthead_context.heads_the_story`, the caller's check). No tuned
value.
"""

from __future__ import annotations

import unicodedata

from analysis.clean.edition_masthead import SEPARATOR
from analysis.clean.masthead_lines import masthead_name, plain_masthead
from analysis.text import count_name_words

__all__ = ["MIN_WORDS", "letter_scripts", "two_script_masthead"]

#: The fewest words of the part a script with case writes (one capitalized word is as
#: often a section's label: "News"), as a ``<title>``'s site part needs
#: (:data:`analysis.clean.title_site.MIN_WORDS`).
MIN_WORDS = 2


def two_script_masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """The site's name on a top line printing it in two scripts.

    Parameters
    ----------
    line : str
        The page's first line with text ("Lanka Puwath | ලංකා පුවත්").

    Returns
    -------
    tuple of (str, tuple of int) or None
        The first part's name and its (start, end) in ``line`` when the line is two parts
        split by one spaced separator, each a name written in one script (one its
        capitals mark of at least :data:`MIN_WORDS` words),
        the two in two scripts; None otherwise.
    """
    separators = list(SEPARATOR.finditer(line))
    if len(separators) != 1:
        return None
    cut = separators[0]
    found = []
    for start, end in ((0, cut.start()), (cut.end(), len(line))):
        part = line[start:end]
        named = masthead_name(part)
        if named is not None and count_name_words(named[0]) < MIN_WORDS:
            return None  # one capitalized word is as often a section's label ("News")
        named = named or plain_masthead(part)
        if named is None:
            return None
        found.append((named[0], (start + named[1][0], start + named[1][1])))
    scripts = [letter_scripts(name) for name, _ in found]
    if any(len(used) != 1 for used in scripts) or scripts[0] == scripts[1]:
        return None
    return found[0]


def letter_scripts(name: str) -> set[str]:
    """The scripts of ``name``'s letters, as Unicode names them ("LATIN", "SINHALA").

    Parameters
    ----------
    name : str
        A name or any text.

    Returns
    -------
    set of str
        The first word of each letter's Unicode name.
    """
    return {unicodedata.name(char, "?").split()[0] for char in name if char.isalpha()}

"""A masthead printed on one line with the page's section: "Travel · The Example Gazette",
"The Example Gazette | Opinion".

The page's top line names the section and the site, in either order, split by one spaced
separator. The site's part is a name holding a noun the language names its newspapers by
(:func:`analysis.clean.newspaper_words.holds_a_name_noun`: "Gazette", "Anzeiger",
"Corriere"); the section's part is a short label holding none. A section's trail ("Sport
· Premier League") holds no such noun and names nothing. Read only on the page's top line
over the story's header (:func:`analysis.clean.masthead_context.heads_the_story`, the
caller's check). No tuned value.
"""

from __future__ import annotations

from analysis.clean.edition_masthead import SEPARATOR
from analysis.clean.masthead_lines import masthead_name
from analysis.clean.newspaper_words import NAME_NOUNS, holds_a_name_noun

#: The most words of a section's label ("Food and Drink").
MAX_SECTION_WORDS = 3


def section_masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """The site's name on a top line holding it and the page's section.

    Parameters
    ----------
    line : str
        The page's first line with text ("Travel · The Example Gazette").

    Returns
    -------
    tuple of (str, tuple of int) or None
        The site's name and its (start, end) in ``line`` when the line is two parts split
        by one spaced separator, one a name
        (:func:`~analysis.clean.masthead_lines.masthead_name`) holding a newspaper's noun
        (:func:`~analysis.clean.newspaper_words.holds_a_name_noun`), the other a label of
        at most :data:`MAX_SECTION_WORDS` words shaped as a name and holding none; None
        otherwise.
    """
    separators = list(SEPARATOR.finditer(line))
    if len(separators) != 1:
        return None
    cut = separators[0]
    parts = ((0, cut.start()), (cut.end(), len(line)))
    found = []
    for start, end in parts:
        named = masthead_name(line[start:end])
        if named is None:
            return None
        found.append((named[0], (start + named[1][0], start + named[1][1])))
    sites = [part for part in found if holds_a_name_noun(part[0])]
    if len(sites) != 1:
        return None
    (label,) = [part[0] for part in found if part is not sites[0]]
    words = [word.casefold() for word in label.split()]
    if len(words) > MAX_SECTION_WORDS or any(word in NAME_NOUNS for word in words):
        return None
    return sites[0]

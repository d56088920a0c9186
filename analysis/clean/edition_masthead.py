"""A masthead printed on one line with its edition or product: "Example Herald — North
Edition", "Example Voice | Daily Briefing".

The page's top line names the site, then, after a spaced separator, which of its
editions or products the page is. The part after the separator closes with a word the
language has for an edition or a mailed product (:data:`EDITION_WORDS`): no site is
called so, and the part before it is the site's name
(:func:`analysis.clean.masthead_lines.masthead_name`). Read only on the page's top line
over the story's header (:func:`analysis.clean.masthead_context.heads_the_story`, the
caller's check). No tuned value.
"""

from __future__ import annotations

import re

from analysis.clean.masthead_lines import masthead_name

#: The languages' words closing an edition's or a product's label after a site's name:
#: an edition ("North Edition", "Ausgabe Süd", "édition du soir"), a newsletter, a
#: briefing, a digest, a podcast. Compared case-folded, as whole words.
EDITION_WORDS = frozenset(
    {
        # en
        "edition",
        "briefing",
        "newsletter",
        "digest",
        # a news podcast's page ("Example Talk — Podcast"): the word of most languages
        "podcast",
        # de, nl, sv/da/no
        "ausgabe",
        "editie",
        "uitgave",
        "upplaga",
        "utgave",
        "udgave",
        # fr, es, it, pt
        "édition",
        "edición",
        "edizione",
        "edição",
    }
)

#: A spaced separator between the name and its edition (or section): a dash, a bar, a
#: middle dot.
SEPARATOR = re.compile(r"\s+[|—–·•]\s+")
#: The most words of an edition's label ("Late City Final Edition").
MAX_EDITION_WORDS = 4


def edition_masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """The site's name on a top line holding it and its edition or product.

    Parameters
    ----------
    line : str
        The page's first line with text ("Example Herald — North Edition").

    Returns
    -------
    tuple of (str, tuple of int) or None
        The site's name and its (start, end) in ``line`` when the line is a name
        (:func:`~analysis.clean.masthead_lines.masthead_name`), one spaced separator and
        a label of at most :data:`MAX_EDITION_WORDS` words holding a word of
        :data:`EDITION_WORDS` (its first or last); None otherwise.
    """
    parts = SEPARATOR.split(line)
    if len(parts) != 2:
        return None
    words = [word.casefold() for word in parts[1].split()]
    if not 1 <= len(words) <= MAX_EDITION_WORDS:
        return None
    if words[0] not in EDITION_WORDS and words[-1] not in EDITION_WORDS:
        return None
    named = masthead_name(parts[0])
    if named is None:
        return None
    name, (start, end) = named
    if any(word in EDITION_WORDS for word in (w.casefold() for w in name.split())):
        return None  # ("Weekend Edition | Sunday Edition": no name)
    return name, (start, end)

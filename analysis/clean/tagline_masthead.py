"""A masthead printed on one line with the site's tagline: "Example Voice — Your valley,
your news", "The Example Ledger | Independent journalism since the war".

The page's top line names the site, then, after one spaced separator, its motto: a
phrase in sentence case (a word after its first opens in lower case), which no site's
name is written as. The part before the separator is the site's name
(:func:`analysis.clean.masthead_lines.masthead_name`). Read only on the page's top line
over the site's menu (:func:`analysis.clean.masthead_context.opens_menu`, the caller's
check), where a blog's tagline printed on a line of its own under its name is read too.
A tagline in title case ("Example Voice — News of the Valley", as a language that
capitalizes its nouns or a place's name writes one) is read with ``capitalized``, on the
page's top line over the story's header (the caller's check): the name is the first
part, as a masthead's edition or region is the second ("Example Herald — North
Edition"), unless the page prints that part again on a line of its own (the page's
headline, printed first as its title). No tuned value.
"""

from __future__ import annotations

from analysis.clean.edition_masthead import SEPARATOR
from analysis.clean.header_lines import is_meta_line
from analysis.clean.masthead_lines import masthead_name
from analysis.clean.site_name_shapes import CHROME_LINE_WORDS, DOMAIN
from analysis.text import is_lower_case

#: The fewest words of a tagline (one word is a section's or an edition's label).
MIN_TAGLINE_WORDS = 2


def tagline_masthead(line: str, capitalized: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The site's name on a top line holding it and its tagline.

    Parameters
    ----------
    line : str
        The page's first line with text ("Example Voice — Your valley, your news").
    capitalized : bool
        Whether a tagline whose words all open with a capital is read too.

    Returns
    -------
    tuple of (str, tuple of int) or None
        The site's name and its (start, end) in ``line`` when the line is a name
        (:func:`~analysis.clean.masthead_lines.masthead_name`), one spaced separator and
        a tagline: :data:`MIN_TAGLINE_WORDS` to
        :data:`~analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words, one after the
        first opening with a lower-case letter (any, with ``capitalized``), no digit,
        date, byline or address; None otherwise.
    """
    parts = SEPARATOR.split(line)
    if len(parts) != 2:
        return None
    tagline = parts[1].strip()
    words = tagline.split()
    if not MIN_TAGLINE_WORDS <= len(words) <= CHROME_LINE_WORDS:
        return None
    if not capitalized and not in_sentence_case(words):
        return None  # a name or a label in title case ("Example Herald | North Edition")
    if any(char.isdigit() for char in tagline) or DOMAIN.search(tagline) or is_meta_line(tagline):
        return None
    return masthead_name(parts[0])


def in_sentence_case(words: list[str]) -> bool:
    """Whether a phrase's words are written in sentence case, a word after the first
    opening with a lower-case letter ("Your valley, your news"), as a motto is and a
    name in title case is not.

    Parameters
    ----------
    words : list of str
        The phrase's words.

    Returns
    -------
    bool
        True when a word after the first opens in lower case.
    """
    return any(is_lower_case(word[0]) for word in words[1:])

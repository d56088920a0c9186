"""A masthead of more words than a name is read with: "The Upper Example Valley Weekly
Herald and Advertiser".

Old local papers keep the long names they merged under, five words and more, longer
than :func:`analysis.clean.masthead_lines.masthead_name` reads a name (a line of that many
capitalized words is a headline in Title Case as often). Such a masthead is read on the
page's top line over the site's menu (:func:`analysis.clean.masthead_context.opens_menu`, a
motto between them allowed: the caller's check) when the page prints the same name again
at the start of another line (its footer's address or notice: "The Upper Example ...
Advertiser, 4 Bridge Street"), which a headline is not. Its words open with capitals,
the languages' function words ("and", "of", "the") aside. Structural bounds, no tuned
value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.site_name_shapes import MAX_NAME_WORDS
from analysis.stopwords import FUNCTION_WORDS

__all__ = ["MAX_LONG_NAME_WORDS", "long_masthead"]

#: The most words of a long masthead (a line of more is a sentence or a menu).
MAX_LONG_NAME_WORDS = 12

_WORD = re.compile(r"\S+")
# A name's word: a capital first (apostrophes and hyphens within: "Farmers'", "Post-Dispatch").
_CAPITALIZED = re.compile(r"[^\W\d_a-z][\w'’.-]*")


def long_masthead(lines: Sequence[str], index: int) -> tuple[str, tuple[int, int]] | None:
    """The long name line ``index`` prints as the site's masthead, and its span.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The page's top line with text.

    Returns
    -------
    tuple or None
        The name and its span in the line: a line of more than
        :data:`~analysis.clean.site_name_shapes.MAX_NAME_WORDS` and at most
        :data:`MAX_LONG_NAME_WORDS` words, each capitalized but the function words (not
        the first), no sentence's end, printed again at the start of another line
        (followed by the line's end or a separator); None otherwise.

    Examples
    --------
    >>> name = "The Upper Example Valley Weekly Herald and Advertiser"
    >>> long_masthead([name, "Home  News  Sport", "Fire at the mill", f"{name}, 4 Mill Lane"], 0)[0]
    'The Upper Example Valley Weekly Herald and Advertiser'
    >>> long_masthead(["Councillors Vote To Close The Old Library On Mill Lane", "Home  News"], 0)
    """
    line = lines[index]
    name = line.strip()
    words = _WORD.findall(name)
    if not MAX_NAME_WORDS < len(words) <= MAX_LONG_NAME_WORDS or name[-1:] in ".!?:":
        return None
    if not all(
        _CAPITALIZED.fullmatch(word) or (at and word in FUNCTION_WORDS)
        for at, word in enumerate(words)
    ):
        return None
    again = re.compile(re.escape(name) + r"\s*(?:$|[,|·•–—-])")
    if not any(again.match(other.strip()) for at, other in enumerate(lines) if at != index):
        return None
    start = line.index(name)
    return name, (start, start + len(name))

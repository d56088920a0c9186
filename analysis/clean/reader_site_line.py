"""A reader view's site line: the site's name printed once, under the headline.

Some reading tools save an article as its headline, then the name of the site it came
from with the reading time after a separator ("Example Ledger · 4 min read"), then the
byline ("By Jane Roe"), the date and the text: no masthead, menu or notice. Weighed as
any other candidate (:mod:`analysis.clean.site_features`) the line is one mention and no
cue, too weak to name a site, and the page's site was unknown. :func:`reader_site_line`
reads it when nothing else names the site (:func:`analysis.clean.site_name.
page_site_name`). Its place and the reader's estimate decide, not its words: the page's
first line the headline, the name between it and a byline with its cue, which tells the
name from the author's. A name alone there is not read: a section's label or a share
box's prints so too ("Local News" under a headline would file every site's page
printing it as one outlet).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.bylines import READING_TIME
from analysis.clean.header_lines import find_byline
from analysis.clean.masthead_lines import masthead_name
from analysis.text import count_words

__all__ = ["HEADLINE_WORDS", "MIN_NAME_WORDS", "reader_site_line"]

#: Words of the page's first line that make it a headline, not a masthead or a label.
HEADLINE_WORDS = 4
#: Words of the site's name: one word under a headline is a section's label as often
#: ("Politics") as a site's name.
MIN_NAME_WORDS = 2

# The name, then a separator and the reader's estimate of the reading time.
_WITH_READING_TIME = re.compile(r"(?P<name>.+?)\s+[·•|–—-]\s+(?P<time>.+)")


def reader_site_line(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """The site's name a reader view prints under the headline, over the byline.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        (line, start, end) of the name: the page's second line with text, a name of
        :data:`MIN_NAME_WORDS` to four words (:func:`~analysis.clean.site_phrases.
        masthead_name`) before a separator and a reading time ("· 4 min read"),
        between a first line of :data:`HEADLINE_WORDS` words or more and a byline with
        its cue ("By Jane Roe"); None for any other page.

    Examples
    --------
    >>> reader_site_line(["Ferry fares to rise in spring", "", "Quayside Gazette · 4 min read",
    ...                   "", "By Jane Roe", "", "3 March 2026", "", "Fares will rise."])
    (2, 0, 16)
    >>> reader_site_line(["Ferry fares to rise in spring", "Quayside Gazette", "By Jane Roe"])
    """
    texts = [i for i, line in enumerate(lines) if line.strip()][:3]
    if len(texts) < 3 or count_words(lines[texts[0]]) < HEADLINE_WORDS:
        return None
    at, byline = texts[1], lines[texts[2]].strip()
    if find_byline(byline) is None or not byline[:1].isalpha():
        return None
    line = lines[at]
    timed = _WITH_READING_TIME.fullmatch(line.strip())
    if timed is None or not READING_TIME.fullmatch(timed.group("time")):
        return None
    found = masthead_name(line[: line.index(timed.group("name")) + len(timed.group("name"))])
    if found is None or count_words(found[0]) < MIN_NAME_WORDS:
        return None
    start, end = found[1]
    return at, start, end

"""A curation app's share of a story at a reader's account path: the paper it names.

A Flipboard-like app files a story a reader "flipped" into a magazine under the reader's
account (``https://app.example/@reader/magazine-id/story/a-TOKEN``), and its page prints
the story's headline, the paper's name with the story's age under it ("Marrow Valley
Courier · 5h"), the opening paragraphs and "Flipped by READER into MAGAZINE". Keyed by
the account path (:func:`analysis.clean.url_slugs.path_account`, a writer's own posts on
a platform), three papers' stories made one reader's row. :func:`shared_paper` reads the
paper's name from that line: a name whose last word is a newspaper's noun
(:data:`~analysis.clean.newspaper_words.NAME_NOUNS`: "Courier", "Gazette", "Record"),
a middle dot, and the story's age or day, on one of the page's first
:data:`HEAD_LINES` lines that are not blank, right under another line (the headline). A
writer's own post prints the writer's name or a reading time there ("Petra Lindqvist ·
5 min read"): no newspaper's noun, no paper. No tuned value: the head's length is a
page header's (masthead, controls, headline, source line).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.dates import find_dates
from analysis.clean.newspaper_words import NAME_NOUNS
from analysis.clean.post_link_cards import SHORT_AGE
from analysis.clean.relative_times import find_relative_time

__all__ = ["HEAD_LINES", "shared_paper"]

#: How many lines that are not blank a share page's head holds: the app's masthead, its
#: controls, the headline, the source line.
HEAD_LINES = 6

# A source line: a name, a middle dot, the story's age or day.
_SOURCE_LINE = re.compile(r"^\s*(?P<name>[^\s·][^·]*?)\s+·\s+(?P<when>\S[^·]*?)\s*$")
# A compact age ("5h", "2d", "1w").
_AGE = re.compile(rf"^{SHORT_AGE}$")


def shared_paper(lines: Sequence[str]) -> str | None:
    """The paper a share page's source line names under its headline, or None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        The name, when its last word is a newspaper's noun and the line holds the
        story's age or day after a middle dot.
    """
    head = [line for line in lines if line.strip()][:HEAD_LINES]
    for k, line in enumerate(head[1:], 1):
        match = _SOURCE_LINE.match(line)
        if match is None or not head[k - 1].strip():
            continue
        when = match["when"]
        if not (_AGE.match(when) or find_relative_time(when) or find_dates(when)):
            continue
        words = match["name"].split()
        if words and words[-1].casefold() in NAME_NOUNS:
            return match["name"]
    return None

"""A reader poll printed between an article's paragraphs, known by its results line.

A poll widget set inside a story prints, as a text dump copies it, its heading ("What
do you think?"), its question, one line per option ("Yes, costs have risen", "No, it is
too dear", "Not sure"), its button ("Vote") and, once the reader has voted or the page
shows the count, its results: the options again, each with its share ("Yes 38 % – No 52
% – Not sure 10 % (1,204 votes)"). Read line by line, the options and the button are
short chrome lines and the question a short sentence: the region search ended the
article at the poll, or took the whole poll into it.

A *poll block* ends at a results line: a line giving at least ``MIN_SHARES`` percentages,
on which the first word of each of at least ``MIN_SHARES`` option lines above it stands.
It goes up from there over those options, the button and the other short lines (at most
:data:`~analysis.clean.interface_words.MAX_INTERFACE_LABEL_WORDS` words) and the question
lines (ending in a question mark of any script), up to a paragraph right above it. Its
lines neither add to the article nor end it, and they are never body. No word of any
language is listed: the options are the poll's own, named again on its results line.
No tuned value: two shares are the fewest a poll can show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.interface_words import MAX_INTERFACE_LABEL_WORDS
from analysis.text.marks import QUESTION_MARKS, strip_closing_marks

__all__ = ["POLL_BLOCKS", "poll_blocks"]

# Poll blocks between paragraphs are neutral and no body (a rule switch with no tuned
# value; cross-validation by site may switch it off).
POLL_BLOCKS = True
# A results line gives at least this many shares, and names at least this many of the
# option lines above it.
MIN_SHARES = 2
# A share: a figure and a percent sign.
_SHARE = re.compile(r"\d(?:[\d.,]*\d)?\s?%")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")


def poll_blocks(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[range]:
    """The poll blocks under an article's paragraph (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights: the positive ones are prose.

    Returns
    -------
    list of range
        Positions into ``features``, one range a block, in page order; empty with
        ``POLL_BLOCKS`` off.
    """
    blocks: list[range] = []
    if not POLL_BLOCKS:
        return blocks
    for position, feature in enumerate(features):
        if (
            not feature.has_digit
            or weights[position] > 0  # a paragraph giving shares is the story's
            or feature.ends_sentence
            or len(_SHARE.findall(lines[feature.index])) < MIN_SHARES
        ):
            continue
        start = _block_start(lines, features, weights, position)
        if start is not None:
            blocks.append(range(start, position + 1))
    return blocks


def _block_start(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    results: int,
) -> int | None:
    """The first position of the poll block whose results line is at ``results``, or
    None when the lines above it are no poll's under a paragraph."""
    named = {word.casefold() for word in _WORD.findall(lines[features[results].index])}
    options = 0
    position = results - 1
    while position >= 0:
        text = lines[features[position].index].strip()
        words = _WORD.findall(text)
        asked = strip_closing_marks(text)[-1:] in QUESTION_MARKS
        if weights[position] > 0 and not asked:
            break  # the paragraph above the poll
        if words and words[0].casefold() in named and len(words) <= 2 * MAX_INTERFACE_LABEL_WORDS:
            options += 1
        elif not asked and len(words) > MAX_INTERFACE_LABEL_WORDS:
            return None  # a line of the story, no poll's
        position -= 1
    if position < 0 or options < MIN_SHARES:
        return None
    return position + 1

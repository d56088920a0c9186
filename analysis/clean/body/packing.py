"""Blocks of a page printed one paragraph a line (a step of the body detector).

A dump usually sets its paragraphs apart with blank lines and packs list items, menu
entries and teasers together, so the detector reads packing as a sign of chrome: a
packed prose line counts a tenth of its length in the region search, and captions,
headings and extensions need blank lines around them. Scrapers often print an
article's paragraphs one per line, with no blank line between them, while the header
and the footer keep theirs: the whole body is then one block of packed lines, weighed
at a tenth, and the region ends at its first lines (a page printed with no blank line
at all is handled where the features are computed: packing tells nothing there).

The rule has no tuned value: a block of consecutive non-blank lines in which a prose
line that is no list item stands right after another (a paragraph after a paragraph)
is printed one paragraph a line, and its lines from its first paragraph to its last count
as standing alone (``n_adjacent`` 0), as the lines of a page with no blank line inside it
do; a line packed above the first paragraph or below the last (a heading of chrome after
the article, "More from Site", "4 Comments") stays packed. Menus, link lists and tag
lists hold no prose; a list of teasers alternates its headlines (title case, no
sentence, or glued to the teaser) with their texts, a caption is packed against its
credit, and the items of a list of sentences are bullets: none of them has two
paragraphs in a row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from analysis.clean.body import rules as body_rules
from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import is_prose, is_short_sentence
from analysis.text.marks import QUESTION_MARKS, strip_closing_marks

# Blocks printed one paragraph a line are read as stand-alone lines (a rule switch with
# no tuned value, on; cross-validation by site may switch it off).
PARAGRAPH_BLOCKS = True
# An explainer printed one paragraph a line asks its questions between its answers: a
# question line between two paragraphs links them as a paragraph after a paragraph does
# when the page asks at least this many so (a list of teasers whose headline is a
# question has one such line, not a run of them).
ASKED_MIN = 2


def paragraph_blocks_unpacked(
    features: Sequence[LineFeatures],
    known_language: bool = False,
    lines: Sequence[str] | None = None,
) -> list[LineFeatures]:
    """The features with every line of a block printed one paragraph a line standing alone.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    known_language : bool
        See :func:`~analysis.clean.body.rules.is_prose`.
    lines : sequence of str, optional
        The page's lines: with them, a question line packed between two paragraphs (an
        explainer's "What changes?" over its answer) links them as a paragraph after a
        paragraph does, when the page has at least ``ASKED_MIN`` such lines.

    Returns
    -------
    list of LineFeatures
        The same features (the same objects) but for the lines of such blocks from
        their first paragraph to their last, copied with ``n_adjacent`` 0; all of them
        with ``PARAGRAPH_BLOCKS`` off.
    """
    unpacked = list(features)
    if not PARAGRAPH_BLOCKS:
        return unpacked
    # paragraphs packed against a line: a cheap test first (most lines are short)
    paragraphs = {
        position
        for position, feature in enumerate(features)
        if feature.n_adjacent
        and feature.n_words >= body_rules.SENTENCE_LINE_WORDS
        and not feature.is_bullet
        and is_prose(feature, known_language)
    }
    asked = _asked(features, paragraphs, lines) if lines is not None else set()
    done = -1  # the last position of the last block unpacked
    for position in sorted(paragraphs):
        following = position + 2 if position + 1 in asked else position + 1
        if (
            position <= done
            or following not in paragraphs
            or features[following].index != features[position].index + following - position
        ):
            continue
        first = position
        while first > 0 and features[first - 1].index == features[first].index - 1:
            first -= 1
        done = following
        while done + 1 < len(features) and features[done + 1].index == features[done].index + 1:
            done += 1
        # a line packed above the block's first paragraph that is no sentence (a
        # heading of chrome over a block of teasers, "More from Site") stays packed
        opening = min(q for q in range(first, done + 1) if q in paragraphs)
        for q in range(first, done + 1):
            if q < opening and not is_short_sentence(features[q]):
                continue
            if unpacked[q].n_adjacent:
                unpacked[q] = dataclasses.replace(unpacked[q], n_adjacent=0)
    return unpacked


def _asked(
    features: Sequence[LineFeatures], paragraphs: set[int], lines: Sequence[str]
) -> set[int]:
    """Positions of the question lines packed between two paragraphs, if the page has
    at least ``ASKED_MIN`` of them (else none)."""
    asked = {
        position
        for position in range(1, len(features) - 1)
        if position - 1 in paragraphs
        and position + 1 in paragraphs
        and features[position + 1].index == features[position - 1].index + 2
        and not features[position].is_bullet
        and strip_closing_marks(lines[features[position].index].rstrip())[-1:] in QUESTION_MARKS
    }
    return asked if len(asked) >= ASKED_MIN else set()

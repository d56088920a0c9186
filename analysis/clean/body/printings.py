"""Paragraphs printed twice on a page (a step of the body detector).

A line printed more than once is chrome to the detector (a menu, a share bar, a button
under every teaser), so a paragraph printed twice was lost at both places: a scraper
that prints a page's summary (its ``og:description``, a standfirst) above the byline
and again as the article's first paragraph lost the lede, and a page whose text is
printed twice (a page's second copy, a ``noscript`` block) lost its whole body.

The rule has no tuned value: a line printed exactly twice that would be prose printed
once (long, made of sentences, not in title case) is a paragraph printed twice, not a
menu, and it counts as printed once (``repeats`` 1) at one of its printings, the one
inside the article: the last printing next to a line of prose (a paragraph printed
once), or the last one when neither is (a text printed twice whole). The other printing
stays a repeated line, as before. Two printings with no line between them are a photo's
caption printed with its alternative text (the AllSides texts print most agency photos'
captions so, 179 of the first 400): they stay repeated lines (but a quoted sentence
printed twice in a row between two paragraphs printed once, a pull quote set right
after its own one-line paragraph, counts as printed once at its first printing, the
paragraph's: a caption opens with no quotation mark), and so does a summary
printed right above its own paragraph, which has the same shape. Two printings with the
article's prose between them and no prose right after either are a template's line (a
support, newsletter or cookie sentence printed in the header and again under the
article): they stay repeated lines too. A line printed three times or more is a
template's (a pitch under every card) and is left as it is.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.pull_quotes import OPENING_QUOTES
from analysis.clean.body.rules import is_prose, reads_as_prose
from analysis.text import visible_text

# Paragraphs printed twice count as printed once at one printing (a rule switch with no
# tuned value, on; cross-validation by site may switch it off).
PARAGRAPHS_PRINTED_TWICE = True


def is_printed_twice(feature: LineFeatures, known_language: bool = False) -> bool:
    """Whether a line reads like a paragraph printed twice on its page.

    Parameters
    ----------
    feature : LineFeatures
        The line.
    known_language : bool
        See :func:`~analysis.clean.body.rules.is_prose`.

    Returns
    -------
    bool
        True for a line printed exactly twice that would be prose printed once.
    """
    return feature.repeats == 2 and reads_as_prose(feature, known_language)


def printed_once(
    lines: Sequence[str], features: Sequence[LineFeatures], known_language: bool = False
) -> list[LineFeatures]:
    """The features with each paragraph printed twice counted once at the printing kept.

    Parameters
    ----------
    lines : sequence of str
        The page's lines (the two printings are matched by their visible text).
    features : sequence of LineFeatures
        The page's non-blank lines.
    known_language : bool
        See :func:`~analysis.clean.body.rules.is_prose` (which tells the prose around
        each printing).

    Returns
    -------
    list of LineFeatures
        The same features (the same objects) but for the printing kept of each
        paragraph printed twice (see the module's docstring), copied with ``repeats``
        1; all of them with ``PARAGRAPHS_PRINTED_TWICE`` off.
    """
    kept = list(features)
    if not PARAGRAPHS_PRINTED_TWICE:
        return kept
    printings: dict[str, list[int]] = {}
    for position, feature in enumerate(features):
        if is_printed_twice(feature, known_language):
            printings.setdefault(visible_text(lines[feature.index]), []).append(position)
        elif _quote_paragraph_and_copy(lines, features, position, known_language):
            kept[position] = dataclasses.replace(feature, repeats=1)
    prose_before: list[int] | None = None
    for positions in printings.values():
        if len(positions) != 2 or positions[1] == positions[0] + 1:
            # (two printings read apart, a bullet's mark on one only) or printed twice in
            # a row: a photo's caption and its alternative text
            continue
        first, second = positions
        if prose_before is None:
            # prose lines before each position, counted once: a search between every two
            # printings made a page of many paragraphs printed twice quadratic
            prose_before = [
                0,
                *itertools.accumulate(is_prose(feature, known_language) for feature in features),
            ]
        if prose_before[second] > prose_before[first + 1] and not any(
            position + 1 < len(features) and is_prose(features[position + 1], known_language)
            for position in positions
        ):
            # the article's own prose between the two printings: a template's line
            # printed above and below the article (a pitch), not a summary and its lede
            continue
        near_prose = [
            position for position in positions if _next_to_prose(features, position, known_language)
        ]
        chosen = (near_prose or positions)[-1]
        kept[chosen] = dataclasses.replace(features[chosen], repeats=1)
    return kept


def _next_to_prose(features: Sequence[LineFeatures], position: int, known_language: bool) -> bool:
    """Whether the non-blank line before or after ``position`` is prose printed once."""
    return any(
        0 <= other < len(features) and is_prose(features[other], known_language)
        for other in (position - 1, position + 1)
    )


def _quote_paragraph_and_copy(
    lines: Sequence[str], features: Sequence[LineFeatures], position: int, known_language: bool
) -> bool:
    """Whether a line is a one-line quoted paragraph whose copy (a pull quote) is printed
    right after it: the line opens with a quotation mark and ends a sentence, it is
    printed exactly twice, the next line is the same text, and the lines before it and
    after the copy are prose printed once."""
    feature = features[position]
    copy = position + 1
    if feature.repeats != 2 or not feature.ends_sentence or copy + 1 >= len(features):
        return False
    text = lines[feature.index].strip()
    return (
        text.startswith(OPENING_QUOTES)
        and lines[features[copy].index].strip() == text
        and position > 0
        and is_prose(features[position - 1], known_language)
        and is_prose(features[copy + 1], known_language)
    )

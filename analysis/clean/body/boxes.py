"""Runs of item boxes in the article's region (a step of the body detector).

A listicle (a buying guide, a list of deals, a ranking) is an introduction, then its
items as a run of boxes of one shape: a name, the item's text (sentences, often as
bullets, or short lines of what it is or does), maybe a price, and a call-to-action
line printed once under every box ("Buy Now"). Read line by line each box is chrome
(short, packed, bulleted lines and a repeated button), so a box weighs less than
nothing in the region search, the run is a gap, and the article ends at its
introduction: its substance, the items, is lost.

The rule has no tuned value. A line printed under at least ``MIN_BOXES`` boxes
(:func:`~analysis.clean.body.rules.repeated_chrome_lines`, as for a list of cards)
closes a run of boxes when every box holds a line of text under its first line (its
name): prose, a sentence or a bulleted phrase of the text; when most boxes hold two
or more; and when no line of the run is a short line holding a date or a time (a
post's or a card's: "3h ago", :func:`analysis.clean.card_lines.find_time`), a notice
or a line that ends the text (a footer, a form, a comment's header, a card separator).
In the region search the run's chrome is neutral (it neither adds to
the article nor ends it), and when the article's region reaches the run (it ends right
before the run, or inside it) the region takes the run in, and every line of its boxes
is body (the name, the text, the price and the button: the boxes as printed, so that
the body read again finds them again).

How this is told from what it must not take in:

- a list of teasers or quotes (a headline, one paragraph, a "Read more" under each) has
  one line of text under each card's headline, even when the headline reads as a
  sentence: most of its cards do not hold two (such a list ends the article:
  :func:`~analysis.clean.body.rules.card_separators`);
- a comment thread ("Reply" under each post) and a river of stories ("Read more" under
  each teaser) print a time or a date in each post or card;
- a shop widget (a name, a price, a button) holds no text;
- boxes outside the article's region (a sidebar's deals after a footer, a run that
  neither follows the article nor holds it) are left as they are.

A listing page whose cards are article teasers is split by :mod:`analysis.clean.listing`,
whose cards share a cue (an outlet, a time, a byline) and hold one teaser each; item
boxes have neither.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from analysis.clean.body import rules as body_rules
from analysis.clean.body.extend import NOT_BODY_REASONS
from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import (
    is_list_sentence,
    is_prose,
    is_short_sentence,
    repeated_chrome_lines,
)
from analysis.clean.card_lines import find_time

# Runs of item boxes in the article's region are body (a rule switch with no tuned
# value, on, as the issue asks a list whose items are sentences inside the article
# region to be body; cross-validation by site may switch it off).
ITEM_BOXES = True
# A run has at least this many boxes (as a list of cards has CARD_SEPARATORS_MIN).
MIN_BOXES = 3
# A figure after one of these is a price, not a time.
_CURRENCY_SIGNS = ("$", "€", "£", "¥")


def is_box_text(feature: LineFeatures, known_language: bool = False) -> bool:
    """Whether a line of a box is text: prose, a short sentence or a bulleted phrase.

    Parameters
    ----------
    feature : LineFeatures
        The line.
    known_language : bool
        See :func:`~analysis.clean.body.rules.is_prose`.

    Returns
    -------
    bool
    """
    return (
        is_prose(feature, known_language) or is_short_sentence(feature) or is_list_sentence(feature)
    )


def item_box_runs(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    breaks: Collection[int],
    known_language: bool = False,
) -> list[tuple[int, int]]:
    """The runs of item boxes of the page (see the module), as inclusive positions.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (a positive one is prose).
    breaks : collection of int
        Positions of the lines that end the text (footers, forms, comment headers, card
        separators): no run holds one.
    known_language : bool
        See :func:`~analysis.clean.body.rules.is_prose`.

    Returns
    -------
    list of tuple of int
        ``(first, last)`` per run, from the first box's first line to the last box's
        closing line, in page order, not overlapping; empty with ``ITEM_BOXES`` off.
    """
    if not ITEM_BOXES:
        return []
    copies = repeated_chrome_lines(lines, features, weights, MIN_BOXES)
    candidates = [positions for positions in copies.values() if len(positions) >= MIN_BOXES]
    if not candidates:
        return []  # most pages: no line printed under three boxes
    after_paragraph = _after_paragraphs(features, weights)
    firsts = [_first_box_start(after_paragraph, positions) for positions in candidates]
    # text lines and lines that no box holds before each position: one pass, so that
    # each box is checked in constant time whatever the number of repeated lines; the
    # text lines counted from the first box's line on (no box reads those above it)
    low = max(0, min(firsts) - 1)
    texts_before = [
        0,
        *itertools.accumulate(
            is_box_text(f, known_language)
            for f in features[low : max(positions[-1] for positions in candidates)]
        ),
    ]
    no_box = [
        position in breaks or feature.is_notice or feature.is_form_field
        for position, feature in enumerate(features)
    ]
    barred_before = [0, *itertools.accumulate(no_box)]
    passing = []
    for positions, first in zip(candidates, firsts, strict=True):
        bounds = [first - 1, *positions]
        # the text of each box under its first line (its name, or a teaser's headline)
        n_texts = [
            texts_before[stop - low] - texts_before[min(stop, start + 2) - low]
            for start, stop in itertools.pairwise(bounds)
        ]
        if (
            min(n_texts) >= 1
            and 2 * sum(count >= 2 for count in n_texts) >= len(n_texts)
            and barred_before[positions[-1] + 1] == barred_before[first]
        ):
            passing.append((first, positions[-1]))
    if not passing:
        return []
    # a card's time ("3h ago", "vor 28 Minuten"): searched only over the runs left
    low = min(first for first, _ in passing)
    timed = [
        _is_time_line(lines[feature.index], feature, known_language)
        for feature in features[low : max(last for _, last in passing) + 1]
    ]
    timed_before = [0, *itertools.accumulate(timed)]
    runs = [
        (first, last)
        for first, last in passing
        if timed_before[last + 1 - low] == timed_before[first - low]
    ]
    merged: list[tuple[int, int]] = []
    for first, last in sorted(runs):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def _is_time_line(line: str, feature: LineFeatures, known_language: bool) -> bool:
    """Whether a line is a short dated or timed line (a post's or a card's time: "3h
    ago", "March 3, 2025 at 10:42 am"), not a line of text; a price is no time
    ("$22.00" is no clock time)."""
    if feature.n_words >= body_rules.SENTENCE_LINE_WORDS or is_box_text(feature, known_language):
        return False
    span = find_time(line)
    return span is not None and line[span[0] - 1 : span[0]] not in _CURRENCY_SIGNS


def _first_box_start(after_paragraph: Sequence[int], positions: Sequence[int]) -> int:
    """Where the first box begins: after the paragraph standing alone before its closing
    line (the introduction's last; ``after_paragraph[q]`` is the position after the last
    one before ``q``), at most as many lines back as the longest other box holds."""
    longest = max(second - first for first, second in itertools.pairwise(positions))
    return max(after_paragraph[positions[0]], positions[0] - longest + 1)


def _after_paragraphs(features: Sequence[LineFeatures], weights: Sequence[float]) -> list[int]:
    """For each position, the position after the last prose line standing alone before
    it (0 when none): one pass, so that each run finds its first box in constant time."""
    found, after = [], 0
    for position, feature in enumerate(features):
        found.append(after)
        if weights[position] > 0 and feature.n_adjacent == 0:
            after = position + 1
    return found


def neutral_boxes(weights: list[float], runs: Sequence[tuple[int, int]]) -> None:
    """Set the chrome weights of the runs' lines to zero: a run of boxes neither adds to
    the article nor ends it.

    Parameters
    ----------
    weights : list of float
        The region weights of the page's non-blank lines; changed in place.
    runs : sequence of tuple of int
        The runs of :func:`item_box_runs`.
    """
    for first, last in runs:
        for position in range(first, last + 1):
            weights[position] = max(weights[position], 0.0)


def region_with_boxes(runs: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The article's region with the runs it reaches taken in.

    Parameters
    ----------
    runs : sequence of tuple of int
        The runs of :func:`item_box_runs`.
    start, end : int
        The region (inclusive positions; ``end < start``: no region).

    Returns
    -------
    tuple of int
        The region grown over every run that begins right after its end or holds one of
        its lines.
    """
    if end < start:
        return start, end
    for first, last in runs:
        if first <= end + 1 and last >= start:
            start, end = min(start, first), max(end, last)
    return start, end


def keep_box_lines(
    reasons: list[str], runs: Sequence[tuple[int, int]], start: int, end: int
) -> None:
    """Mark as body ("box item") every line of the runs inside the region that is not
    body yet: the names, the texts, the prices and the buttons (printed in every box,
    they are part of the article as printed, and the body read again finds its boxes).

    Parameters
    ----------
    reasons : list of str
        The reason of each non-blank line; changed in place.
    runs : sequence of tuple of int
        The runs of :func:`item_box_runs`.
    start, end : int
        The article's region (inclusive positions).
    """
    for first, last in runs:
        if start <= first and last <= end:
            for position in range(first, last + 1):
                if reasons[position] in NOT_BODY_REASONS:
                    reasons[position] = "box item"

"""Boxes of listed items after the article's introduction (a step of the body detector).

A listicle ("The best deals on ...", a gift guide, a buying guide) is a short
introduction, then its items as a run of boxes of one shape: a name, a bulleted list of
what the item is or does, a price, a button line. The button line ("Buy Now") is printed
once under every box. Read line by line the boxes are chrome (short lines, bullets,
repeated lines), so the article's region ends at its introduction and the items, the
article's substance, are lost.

The rule has no tuned value: a run of at least ``MIN_BOXES`` boxes after the body, each
closed by a copy of one line printed under every box (not prose, no bullet, with
letters) and each holding a list of at least ``MIN_BOX_ITEMS`` bullets of which one
reads like a phrase of the text (words and function words: "Up to 10 hours of battery
life", not a link label), with nothing between the body and the last box that ends the
text (a footer, a form, a comment header, a card separator, a notice), is the article's
list of items and body. The issue's "a list whose items are sentences inside the article
region is body", for lists printed one per box: a related-articles list after an article
has no bulleted list inside each of its items, a comment thread's "Reply" lines close
posts of prose, and a shop widget's boxes are a name, a price and a button.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from analysis.clean.body import rules as body_rules
from analysis.clean.body.extend import NOT_BODY_REASONS
from analysis.clean.body.features import LineFeatures
from analysis.text import LETTER_RUN

# The boxes of listed items are kept as body (a rule switch with no tuned value, on, as
# the issue asks a list whose items are sentences to be body; cross-validation by site
# may switch it off).
ITEM_BOXES = True
# Fewer boxes are no run (as a list of cards needs CARD_SEPARATORS_MIN copies).
MIN_BOXES = 3
# A box's list has at least this many bullets.
MIN_BOX_ITEMS = 2


def is_phrase_item(feature: LineFeatures) -> bool:
    """Whether a bullet reads like a phrase of the text, also when other boxes print it
    too (two items sharing a feature): the test of
    :func:`~analysis.clean.body.rules.is_list_sentence` without its test of repeats.

    Parameters
    ----------
    feature : LineFeatures
        The measured features of one non-blank line.

    Returns
    -------
    bool
        True for a bullet with no date, not in title case, of at least
        ``LIST_SENTENCE_WORDS`` words, in a script the function-word lists do not cover
        or with a function-word share of at least ``LIST_SENTENCE_FUNCTION_RATIO``.
    """
    return (
        feature.is_bullet
        and not (feature.has_date or feature.is_title_case)
        and feature.n_words >= body_rules.LIST_SENTENCE_WORDS
        and (
            feature.is_unlisted_script
            or feature.function_ratio >= body_rules.LIST_SENTENCE_FUNCTION_RATIO
        )
    )


def keep_item_boxes(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    reasons: list[str],
    breaks: Collection[int],
) -> None:
    """Mark as body ("box") the run of boxes of listed items after the body (see the
    module's description); leave ``reasons`` as they are otherwise.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The features of the page's non-blank lines, in page order.
    weights : sequence of float
        The region weight of each of ``features`` (a line with a positive weight adds
        to the article: it closes no box).
    reasons : list of str
        The reason of each of ``features`` (see ``LineVerdict``); changed in place: the
        lines from the body's end to the last box's closing line that are not body
        become ``"box"``.
    breaks : collection of int
        Positions in ``features`` that end the text (footers, forms, comment headers,
        card separators): no run of boxes crosses one.

    Returns
    -------
    None
        ``reasons`` is updated in place; nothing changes when ``ITEM_BOXES`` is off, no
        line is body, or no run of ``MIN_BOXES`` boxes follows the body.
    """
    if not ITEM_BOXES:
        return
    end = next(
        (q for q in range(len(reasons) - 1, -1, -1) if reasons[q] not in NOT_BODY_REASONS), -1
    )
    if end < 0:
        return
    copies: dict[str, list[int]] = {}
    for position in range(end + 1, len(features)):
        feature = features[position]
        if feature.repeats < MIN_BOXES or feature.is_bullet or weights[position] > 0:
            continue  # most lines: printed once
        text = lines[feature.index].strip()
        if LETTER_RUN.search(text) is not None:
            copies.setdefault(text, []).append(position)
    if not any(len(positions) >= MIN_BOXES for positions in copies.values()):
        return
    # bullets and phrase items before each position: one pass, so that each box is
    # checked in constant time whatever the number of repeated lines (no quadratic page)
    bullets_before = [0, *itertools.accumulate(feature.is_bullet for feature in features)]
    phrases_before = [0, *itertools.accumulate(map(is_phrase_item, features))]
    last = -1
    for positions in copies.values():
        if len(positions) >= MIN_BOXES and all(
            bullets_before[second] - bullets_before[first + 1] >= MIN_BOX_ITEMS
            and phrases_before[second] > phrases_before[first + 1]
            for first, second in itertools.pairwise([end, *positions])
        ):
            last = max(last, positions[-1])
    if last < 0 or any(end < position <= last for position in breaks):
        return
    if any(feature.is_notice or feature.is_form_field for feature in features[end + 1 : last + 1]):
        return
    for position in range(end + 1, last + 1):
        if reasons[position] in NOT_BODY_REASONS:
            reasons[position] = "box"

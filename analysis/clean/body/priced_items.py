"""A buying guide's items: a paragraph under each item's priced name (a step of the body
detector).

A buying guide (the year's best gadgets, a gift list) is an introduction, then its
items: over each item's paragraph a few short lines, one of them stating the item's
price ("A desk lamp for $45"), with a photo's credit and a shop's button ("Buy it:
Shop") around it. Each paragraph then stands between chrome lines, as a teaser
does in a related list or a comment in a thread, and weighs
:data:`~analysis.clean.body.rules.ISOLATED_PROSE_FACTOR` of its length: the short lines
over every item outweigh it, and the article ends at its introduction (or the items are
lost to a teaser list after them), depending on that factor.

The rule has no tuned value: at least :data:`~analysis.clean.body.boxes.MIN_BOXES`
consecutive stretches of chrome between two prose lines, each holding exactly one line
that states a price (:func:`analysis.clean.paywall.has_price`) and no line that ends the
text (a footer, a form, a comment's header, a card separator) or a notice. Such a run's
paragraphs weigh their words as paragraphs standing apart do, and its short lines
neither add to the article nor end it. A list of teasers or comments prints no price
over every item; a shop widget (a name, a price, a button) holds no paragraph.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from analysis.clean.body.boxes import MIN_BOXES
from analysis.clean.body.features import LineFeatures
from analysis.clean.body.reviews import is_verdict_heading
from analysis.clean.body.rules import PACKED_FACTORS, line_weight
from analysis.clean.paywall import has_price


def priced_item_gaps(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    breaks: Collection[int],
) -> list[tuple[int, int]]:
    """The stretches of chrome between two prose lines that head a buying guide's items.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (a positive one is prose).
    breaks : collection of int
        Positions of the lines that end the text: no item holds one.

    Returns
    -------
    list of tuple of int
        ``(before, after)`` per item head: the positions of the prose lines around it,
        in page order; only runs of at least ``MIN_BOXES`` consecutive heads.
    """
    prose = [position for position, weight in enumerate(weights) if weight > 0]
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for before, after in itertools.pairwise(prose):
        gap = range(before + 1, after)
        heads = len(gap) > 0 and not any(
            position in breaks or features[position].is_notice or features[position].is_form_field
            for position in gap
        )
        if heads and sum(has_price(lines[features[p].index]) for p in gap) == 1:
            run.append((before, after))
            continue
        if len(run) >= MIN_BOXES:
            found.extend(run)
        run = []
    if len(run) >= MIN_BOXES:
        found.extend(run)
    return found


def weigh_priced_items(
    features: Sequence[LineFeatures],
    weights: list[float],
    gaps: Sequence[tuple[int, int]],
    known_language: bool = False,
) -> None:
    """Weigh a buying guide's items: each paragraph its words (as a paragraph standing
    apart, not as a teaser between chrome), each item's short lines zero.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : list of float
        Their region weights; changed in place.
    gaps : sequence of tuple of int
        The item heads of :func:`priced_item_gaps`.
    known_language : bool
        See :func:`~analysis.clean.body.rules.is_prose`.
    """
    for before, after in gaps:
        for position in (before, after):
            feature = features[position]
            full = line_weight(feature, known_language) * PACKED_FACTORS[feature.n_adjacent]
            weights[position] = max(weights[position], full)
        for position in range(before + 1, after):
            weights[position] = max(weights[position], 0.0)


def buy_box_over_verdict(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    breaks: Collection[int],
) -> list[int]:
    """A review's shop widget between its last paragraph and its verdict.

    A product review often prints a shop's widget (the product's name, "$1,199 at
    SHOP", a "Check price" button) right before its judgement. Its short lines outweigh
    the verdict's one paragraph, and the story ends above the widget: the verdict, the
    score and the pros and cons lists are lost. The widget is told by its shape and
    place, as a buying guide's item heads are (the module): a stretch of chrome lines
    between a prose line and a verdict heading
    (:func:`~analysis.clean.body.reviews.is_verdict_heading`, the language's word), at
    least one of them stating a price (:func:`analysis.clean.paywall.has_price`), none
    a sentence, a notice, a form's field or a line that ends the text. No tuned value.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (a positive one is prose).
    breaks : collection of int
        Positions of the lines that end the text.

    Returns
    -------
    list of int
        The widget's positions (they neither add to the article nor end it, and are no
        body), in page order; empty when no such widget stands over a verdict.
    """
    found: list[int] = []
    for heading, feature in enumerate(features):
        if not is_verdict_heading(lines[feature.index]):
            continue
        position = heading - 1
        while position >= 0 and weights[position] <= 0:
            position -= 1
        gap = range(position + 1, heading)
        if (
            position >= 0
            and len(gap) > 0
            and any(has_price(lines[features[p].index]) for p in gap)
            and not any(
                p in breaks
                or features[p].ends_sentence
                or features[p].is_notice
                or features[p].is_form_field
                for p in gap
            )
        ):
            found.extend(gap)
    return found

"""The boxes of a listicle after its introduction (a step of the body detector).

A listicle ("The 10 best deals ...", "7 ways to ...", a gift guide) is an introduction
that announces how many items follow, then the items as a run of boxes of the same
shape: a name, a few lines about it (bullets, a sentence), a price, a button line. The
button line ("Buy Now", "See it at ...") is printed once under every box, so it
repeats as many times as the introduction announced. Read line by line the boxes are
chrome (short lines, bullets, repeated lines), so the article's region ends at its
introduction and the items, the article's substance, are lost.

The rule has no tuned value: it keeps the run of boxes after the region when a line
repeated under every box (not prose, with letters) occurs exactly as many times as a
number that a paragraph of the region itself announces, the boxes hold text of their
own (a line printed once), and nothing between the region and the last box ends the
text (a footer, a form, a comment header, a card separator). A related-articles list
after an article has no such count in the article's own paragraphs, a comment thread's
"Reply" lines are broken up by its headers, and a listing page has no introduction
announcing its cards.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence

from analysis.clean.body.extend import NOT_BODY_REASONS
from analysis.clean.body.features import LineFeatures
from analysis.text import LETTER_RUN

# A listicle's boxes are kept as body (a rule switch with no tuned value: the count is
# the article's own; cross-validation by site may switch it off).
ANNOUNCED_BOXES = True
# Fewer boxes are no run (as a list of cards needs CARD_SEPARATORS_MIN copies).
MIN_BOXES = 3
# A count written as a number of its own: not part of a price, a decimal, a date, a
# time, a range or a percentage ("$139", "2.5", "10/12", "10:30", "10-12", "10%").
_NUMBER = re.compile(r"(?<![\w$€£¥.,:/-])\d{1,3}(?![\w%€£$]|[.,:/-]\d)")


def announced_counts(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: Sequence[str],
    candidates: Collection[int],
) -> set[int]:
    """Those of ``candidates`` that a prose paragraph of the region (reason "prose")
    writes as a number of its own (one substring test per candidate and paragraph; the
    number pattern only where the digits occur)."""
    texts = [
        lines[feature.index]
        for feature, reason in zip(features, reasons, strict=True)
        if reason == "prose" and feature.has_digit
    ]
    found = set()
    for count in candidates:
        digits = str(count)
        if any(digits in text and digits in _NUMBER.findall(text) for text in texts):
            found.add(count)
    return found


def keep_announced_boxes(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    reasons: list[str],
    breaks: Collection[int],
) -> None:
    """Mark as body ("box") the run of boxes after the body that its introduction
    announces (see the module's description); leave ``reasons`` as they are otherwise.
    """
    if not ANNOUNCED_BOXES:
        return
    end = next(
        (q for q in range(len(reasons) - 1, -1, -1) if reasons[q] not in NOT_BODY_REASONS), -1
    )
    if end < 0:
        return
    candidates = {feature.repeats for feature in features[end + 1 :]}
    candidates.difference_update(range(MIN_BOXES))
    if not candidates:
        return  # no line after the body repeats: most pages, found without a search
    counts = announced_counts(lines, features, reasons, candidates)
    if not counts:
        return
    copies: dict[str, list[int]] = {}
    for position in range(len(features)):
        feature = features[position]
        if feature.repeats not in counts or weights[position] > 0:
            continue
        text = lines[feature.index].strip()
        if LETTER_RUN.search(text) is not None:
            copies.setdefault(text, []).append(position)
    last = -1
    for positions in copies.values():
        if positions[0] > end and _boxes_hold_text(features, [end, *positions]):
            last = max(last, positions[-1])
    if last < 0 or any(end < position <= last for position in breaks):
        return
    if any(feature.is_notice or feature.is_form_field for feature in features[end + 1 : last + 1]):
        return
    for position in range(end + 1, last + 1):
        if reasons[position] in NOT_BODY_REASONS:
            reasons[position] = "box"


def _boxes_hold_text(features: Sequence[LineFeatures], bounds: list[int]) -> bool:
    """Whether every box between consecutive ``bounds`` holds a line printed once."""
    return all(
        any(features[q].repeats == 1 for q in range(first + 1, second))
        for first, second in itertools.pairwise(bounds)
    )

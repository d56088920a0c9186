"""A box of fields whose values are the story's own: a fact-check's claim and rating (a
step of the body detector).

A fact-check prints its finding as a box of fields over its text: "Claim: Holders of
parking permits will have to pay ...", "Rating: False" ("Behauptung: ...",
"Bewertung: Falsch"). The claim reads as a paragraph; the rating is a field of a word or
two, which inside the article's region reads as chrome ("Tags: x", "Share: ..."). A
field printed right under a field whose value is a paragraph, in the same box (no blank
line between them), is the box's: it neither adds to the article nor ends it, and it is
body when its paragraph is (the finding of the fact-check).

No vocabulary and no tuned value: a field is a label of one or two words, a colon and a
value (:data:`~analysis.text.lines.FIELD_LABEL`), shorter than a paragraph, without a
date (a "Published: 3 March 2026" under the story's header is its metadata); a
field set apart from the paragraph by a blank line is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.text.lines import FIELD_LABEL, SENTENCE_LINE_WORDS

__all__ = ["FIELD_BOXES", "box_fields"]

# The fields under a field read as a paragraph are body (a rule switch with no tuned
# value, on, as the review sets' convention keeps a fact-check's rating; cross-validation
# by site may switch it off).
FIELD_BOXES = True


def box_fields(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[range]:
    """The boxes of fields under a field read as a paragraph (see the module).

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
        Positions into ``features``, one range a box: its field read as a paragraph
        first, then the fields packed under it; empty with ``FIELD_BOXES`` off.
    """
    found: list[range] = []
    if not FIELD_BOXES:
        return found
    for position, feature in enumerate(features):
        if weights[position] <= 0 or not _is_field(lines[feature.index]):
            continue  # most lines: no paragraph opening with a field's label
        after = position + 1
        while (
            after < len(features)
            and features[after].index == features[after - 1].index + 1
            and weights[after] <= 0
            and _is_field(lines[features[after].index])
            and features[after].n_words < SENTENCE_LINE_WORDS
            and not (features[after].has_date or features[after].is_notice)
        ):
            after += 1
        if after > position + 1:
            found.append(range(position, after))
    return found


def _is_field(text: str) -> bool:
    """Whether a line is a field: a label of one or two words, a colon, a value."""
    return FIELD_LABEL.match(text.strip()) is not None

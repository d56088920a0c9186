"""A transcript's last turns after the article's region (a step of the body detector).

A transcript prints one turn a line: a speaker's label, maybe after a time code
("[00:01:05] MAYA OKONJO: Dev, thank you.", "GRANT: Captain, thank you."). Its last turn
is often a short sentence (a thanks, a goodbye), which does not weigh enough to join the
region, and which, read alone after it, a clock time (its time code) made a date that
ends the body. A turn is a turn of the transcript when its speaker's label opens a body
line of the region too, whatever time code stands before it: such a line ending a
sentence continues the body (:func:`is_next_turn`). No vocabulary and no tuned value
(a label is a name's few words, ``AUTHOR_LINE_MAX_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import AUTHOR_LINE_MAX_WORDS
from analysis.text import LETTER_RUN

__all__ = ["is_next_turn", "speaker_label"]

# A turn's opening: a time code or none ("[00:01:05]", "00:01:05", "(12:31)"), then the
# speaker's label and a colon.
_TURN = re.compile(
    r"^\s*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?(?P<label>[^\W\d_][^:\n]{0,60}?)\s*:\s+\S"
)


def speaker_label(text: str) -> str | None:
    """The speaker's label opening a turn, without its time code, or None.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    str or None
        The label ("MAYA OKONJO") when the line opens with a time code or nothing, then
        at most ``AUTHOR_LINE_MAX_WORDS`` words without a figure and a colon.
    """
    match = _TURN.match(text)
    if match is None or any(character.isdigit() for character in match["label"]):
        return None  # (a name holds no figure: "Episode 41: ...")
    if not 0 < len(LETTER_RUN.findall(match["label"])) <= AUTHOR_LINE_MAX_WORDS:
        return None
    return match["label"]


def is_next_turn(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: Sequence[str], position: int
) -> bool:
    """Whether the line at ``position``, after the region, is a turn of the transcript the
    region holds (see the module): it ends a sentence and its speaker's label opens a
    body line before it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : sequence of str
        The detector's reasons so far; the body lines are those not "outside" or
        "chrome".
    position : int
        The line asked.

    Returns
    -------
    bool
    """
    feature = features[position]
    if not feature.ends_sentence or feature.is_notice or feature.repeats > 1:
        return False
    label = speaker_label(lines[feature.index])
    return label is not None and any(
        reasons[before] not in ("outside", "chrome")
        and speaker_label(lines[features[before].index]) == label
        for before in range(position)
    )

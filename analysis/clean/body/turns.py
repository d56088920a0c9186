"""A transcript's last turns after the article's region (a step of the body detector).

A transcript prints one turn a line: a speaker's label, maybe after a time code
("[00:01:05] MAYA OKONJO: Dev, thank you.", "GRANT: Captain, thank you."). Its last turn
is often a short sentence (a thanks, a goodbye), which does not weigh enough to join the
region, and which, read alone after it, a clock time (its time code) made a date that
ends the body. A turn is a turn of the transcript when its speaker's label opens a body
line of the region too, whatever time code stands before it: such a line ending a
sentence continues the body (:func:`is_next_turn`).

Inside the region, an exchange the story quotes (a group chat's or a text thread's
messages, "[10:42] Gareth: gate 3 only went to about 80% again", "Mina: same as last
week then") prints one message a line, often with no sentence's end: read alone, each
line was chrome. A run of at least :data:`MIN_EXCHANGE_TURNS` turns between two body
lines of the region, by at least two speakers, one of them speaking twice, is the
story's quotation (:func:`exchange_turns`). An interview's question printed as a turn
("Q: Why do so many children want to learn it?") whose words read as chrome (a language
with no function-word table) is the story's when its label opens two body lines of the
region or more: the interviewer asks again (:func:`labelled_turns`). No vocabulary and
no tuned value (a label is a name's few words, ``AUTHOR_LINE_MAX_WORDS``; an exchange is
two speakers' turns, one answered: three lines; a speaker asking again speaks twice).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import AUTHOR_LINE_MAX_WORDS
from analysis.text import LETTER_RUN

__all__ = [
    "MIN_EXCHANGE_TURNS",
    "exchange_turns",
    "is_next_turn",
    "labelled_turns",
    "speaker_label",
]

#: The turns of a quoted exchange: a message, its answer and one more.
MIN_EXCHANGE_TURNS = 3

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


def exchange_turns(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: Sequence[str]
) -> list[int]:
    """The positions of the turns of exchanges quoted between two body lines of the
    region (see the module) that are not body yet.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : sequence of str
        The detector's reasons so far ("outside" off the region; "chrome" for a line of
        the region that is no body).

    Returns
    -------
    list of int
        Ascending positions whose reason is "chrome", each in a run of at least
        :data:`MIN_EXCHANGE_TURNS` consecutive turns with a body line right before and
        right after the run, by at least two speakers, one of whom speaks twice.
    """
    found: list[int] = []
    position = 0
    while position < len(features):
        labels = []
        stop = position
        while stop < len(features) and reasons[stop] != "outside":
            label = speaker_label(lines[features[stop].index])
            if label is None or features[stop].is_notice:
                break
            labels.append(label.casefold())
            stop += 1
        if (
            len(labels) >= MIN_EXCHANGE_TURNS
            and len(set(labels)) >= 2
            and len(set(labels)) < len(labels)
            and position > 0
            and reasons[position - 1] not in ("outside", "chrome")
            and stop < len(features)
            and reasons[stop] not in ("outside", "chrome")
        ):
            found.extend(p for p in range(position, stop) if reasons[p] == "chrome")
        position = max(stop, position + 1)
    return found


def labelled_turns(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: Sequence[str],
    start: int,
    end: int,
) -> list[int]:
    """The positions of the region's turns that are not body yet, whose speaker's label
    opens two body lines of the region or more (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : sequence of str
        The detector's reasons so far ("chrome" for a line of the region that is no body).
    start, end : int
        The region's first and last positions.

    Returns
    -------
    list of int
        Ascending positions in the region whose reason is "chrome", each a line ending a
        sentence (no notice, printed once) whose label (:func:`speaker_label`, case
        folded) opens at least two body lines of the region.
    """
    labels = {
        position: label.casefold()
        for position in range(start, end + 1)
        if (label := speaker_label(lines[features[position].index])) is not None
    }
    body = {p for p in labels if reasons[p] not in ("outside", "chrome")}
    spoken = Counter(label for position, label in labels.items() if position in body)
    return [
        position
        for position, label in labels.items()
        if reasons[position] == "chrome"
        and spoken[label] >= 2
        and features[position].ends_sentence
        and not features[position].is_notice
        and features[position].repeats == 1
    ]

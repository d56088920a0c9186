"""A consent or sign-up box's interface lines around its prompt (a step of the body
detector).

A cookie banner or a newsletter box printed between two paragraphs of a story leaves
its sentence (:func:`~analysis.clean.body.site_prompts.is_site_prompt`: "We and our
partners use cookies ...", "Get the Weekly newsletter in your inbox ...") and, around
it, the box's interface: its heading ("Don't miss a story"), its buttons ("Accept all
Reject all  Manage preferences", "Sign up", "No thanks") and its field's label ("Email
address"). The sentence is told by its words in the languages the prompt table covers;
the interface lines are told by their shape, in any language: short lines, no sentence,
no figure, each of their cells a button's few words (:data:`MAX_CELL_WORDS`), standing right
against the prompt with no paragraph between (a button already told apart, "Subscribe",
is one of them).

Which of them are the box's (:func:`prompt_box_positions`):

- every such line between two prompts (a consent box over a sign-up box);
- the run right above a prompt (the box's heading);
- the run right under the last prompt when it holds two lines or more, or one row of
  buttons (two cells or more): a story's subheading may stand under a prompt, alone,
  over the story's next paragraph; a box's field and button are two lines. A short
  sentence naming the prompt's channel may stand between the prompt and that run (the
  box's pitch: "Get our newsletter" / "The week's best stories, in your inbox every
  Friday." / "Email address" / "Sign up"): it is the box's too.

No tuned value: a button's label is a few words in every language, and the counts are
those of a field and its button.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.page_controls import row_cells
from analysis.clean.body.site_prompts import PROMPT_MAX_WORDS, names_channel

__all__ = ["CODE_MARKS", "MAX_CELL_WORDS", "prompt_box_positions"]

#: The most words of a box's button or label ("Manage my preferences").
MAX_CELL_WORDS = 4


#: Characters of code and markup no button's or field's label holds: a code block's lines
#: right above a box ("from lib_config import load") are the story's.
CODE_MARKS = frozenset("=(){}[]<>_$;\\")


def _is_box_line(feature: LineFeatures, line: str) -> bool:
    """Whether a line reads as a box's interface: no sentence, no figure (a table's row
    under an ad slot's cue holds them), no mark of code (:data:`CODE_MARKS`), every cell
    of at most :data:`MAX_CELL_WORDS` words."""
    if feature.ends_sentence or feature.is_bullet or feature.has_digit:
        return False
    if not CODE_MARKS.isdisjoint(line):
        return False
    cells = row_cells(line)
    return bool(cells) and all(len(cell.split()) <= MAX_CELL_WORDS for cell in cells)


def prompt_box_positions(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    is_body: Sequence[bool],
    prompts: Collection[int],
) -> list[int]:
    """The positions of the interface lines of the boxes whose prompts stand at
    ``prompts`` (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    is_body : sequence of bool
        Whether each of them is body so far (the prompts are not).
    prompts : collection of int
        Positions into ``features`` of the site's prompts between the story's lines.

    Returns
    -------
    list of int
        Positions into ``features`` of body lines that are a box's interface, in page
        order.
    """
    taken: set[int] = set()
    for prompt in sorted(prompts):
        # the run right above the prompt: its heading, or the buttons of a box above it
        start = prompt
        while start > 0 and _is_box_line(features[start - 1], lines[features[start - 1].index]):
            start -= 1
        taken.update(q for q in range(start, prompt) if is_body[q])
        # the run right under it: taken up to the next prompt, else when it is a box's
        # field and button (two lines or more) or a row of buttons; a short sentence
        # naming the prompt's channel may stand first (the box's pitch)
        pitch = prompt + 1
        if pitch < len(features) and _is_pitch(features[pitch], lines[features[pitch].index]):
            pitch += 1
        stop = pitch
        while stop < len(features) and _is_box_line(features[stop], lines[features[stop].index]):
            stop += 1
        run = range(pitch, stop)
        if not run:
            continue
        if stop in prompts or len(run) >= 2 or len(row_cells(lines[features[run[0]].index])) >= 2:
            taken.update(q for q in range(prompt + 1, stop) if is_body[q])
    return sorted(taken)


def _is_pitch(feature: LineFeatures, line: str) -> bool:
    """Whether a line under a prompt reads as its box's pitch: a sentence of at most
    :data:`~.site_prompts.PROMPT_MAX_WORDS` words naming a channel ("The week's best
    stories, in your inbox every Friday."), no box line itself."""
    return (
        feature.ends_sentence
        and len(line.split()) <= PROMPT_MAX_WORDS
        and names_channel(line)
        and not _is_box_line(feature, line)
    )

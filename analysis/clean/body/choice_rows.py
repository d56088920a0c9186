"""A web form's rows of choices under an article: a reader quiz's or poll's options.

A quiz or a poll set under the story prints each option after an empty radio button or
check box, as a text dump copies them: "( ) Yes", "[ ] Not sure", three options on one
row ("( ) In schools  ( ) In cafés  ( ) In libraries") or one a row. No story prints a
sentence after an empty box, so such a row ends the story, and the questions and the
box's title the body's extension took right above it (lines ending in a question mark
or a colon: "QUIZ: DID YOU READ CAREFULLY?" over "1. How many pupils enrolled?") are the
form's, not the story's (:func:`analysis.clean.body.extend`). The boxes are ASCII
brackets around a space or nothing and the ballot box "☐", also after a Markdown list
bullet ("- [ ] Yes": a converter's task-list item, as Firecrawl and turndown print a
form's check boxes); the circles some languages print as bullets ("○ item") are not
read.

Set between two of the story's paragraphs, such a form (a *form block*: its title and
questions, its choices, its buttons) neither adds to the article nor ends it, and it is
never body (:func:`form_blocks`), as a poll known by its results line
(:mod:`.poll_results`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.interface_words import MAX_INTERFACE_LABEL_WORDS

__all__ = ["FORM_BLOCKS", "MIN_CHOICES", "form_blocks", "is_choice_row", "is_form_question"]

# Form blocks between paragraphs are neutral and no body (a rule switch with no tuned
# value; cross-validation by site may switch it off).
FORM_BLOCKS = True
# A form block holds at least this many choice rows: a question has two answers at least.
MIN_CHOICES = 2
# An empty radio button or check box before an option's text (after a Markdown list
# bullet: a task-list item).
_CHOICE = re.compile(r"(?:^|\s)(?:[-*+]\s+)?(?:\(\s?\)|\[\s?\]|☐)\s*[^\s()\[\]]")
_WORD = re.compile(r"[^\W_]+")
# A question's or a label's end: the question marks of the scripts, a colon.
_QUESTION_END = re.compile(r"[?？؟;:：]\s*$")


def is_choice_row(text: str) -> bool:
    """Whether a line opens with an option of a form's choices after an empty box.

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        True for "( ) Yes", "[ ] Option A  [ ] Option B", "☐ Not sure".
    """
    return _CHOICE.match(text.strip()) is not None


def is_form_question(text: str) -> bool:
    """Whether a line right above a form's choices is its question or its title: it ends
    in a question mark (of any script: "?", "？", "؟", the Greek ";") or a colon.

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
    """
    return _QUESTION_END.search(text) is not None


def form_blocks(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[range]:
    """The form blocks (a quiz's or a poll's widget) under one of the story's paragraphs.

    A block holds at least ``MIN_CHOICES`` choice rows (:func:`is_choice_row`). It goes
    up from its first choice over the form's questions and title (lines ending in a
    question mark or a colon: :func:`is_form_question`) and short labels (at most
    :data:`~analysis.clean.interface_words.MAX_INTERFACE_LABEL_WORDS` words, no sentence
    end: "QUIZ", "Your view"), up to a paragraph (a line of positive weight asking
    nothing); and down from its last choice over short labels (its buttons). Between its
    choices stand only its choices, questions and labels. A block with no paragraph right
    above it is no story's inner form (the story's extension ends at its choices).

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
        Positions into ``features``, one range a block, in page order; empty with
        ``FORM_BLOCKS`` off.
    """
    blocks: list[range] = []
    if not FORM_BLOCKS:
        return blocks
    position = 0
    while position < len(features):
        if not is_choice_row(lines[features[position].index]):
            position += 1
            continue
        first = last = position
        choices = 1
        position += 1
        # the choices, with the questions and labels between them
        while position < len(features):
            text = lines[features[position].index]
            if is_choice_row(text):
                choices += 1
                last = position
            elif not (is_form_question(text) or _is_label(text, features[position])):
                break
            position += 1
        start = first
        while start > 0 and (
            is_form_question(lines[features[start - 1].index])
            or (
                weights[start - 1] <= 0
                and _is_label(lines[features[start - 1].index], features[start - 1])
            )
        ):
            start -= 1
        end = last
        while end + 1 < len(features) and _is_label(
            lines[features[end + 1].index], features[end + 1]
        ):
            end += 1
        if choices >= MIN_CHOICES and start > 0 and weights[start - 1] > 0:
            blocks.append(range(start, end + 1))
        position = end + 1
    return blocks


def _is_label(text: str, feature: LineFeatures) -> bool:
    """Whether a line is a form's short label or button: a few words, no sentence end."""
    return not feature.ends_sentence and len(_WORD.findall(text)) <= MAX_INTERFACE_LABEL_WORDS

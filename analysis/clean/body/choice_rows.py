"""A web form's rows of choices under an article: a reader quiz's or poll's options.

A quiz or a poll set under the story prints each option after an empty radio button or
check box, as a text dump copies them: "( ) Yes", "[ ] Not sure", three options on one
row ("( ) In schools  ( ) In cafés  ( ) In libraries") or one a row. No story prints a
sentence after an empty box, so such a row ends the story, and the questions and the
box's title the body's extension took right above it (lines ending in a question mark
or a colon: "QUIZ: DID YOU READ CAREFULLY?" over "1. How many pupils enrolled?") are the
form's, not the story's (:func:`analysis.clean.body.extend`). The boxes are ASCII
brackets around a space or nothing and the ballot box "☐"; the circles some languages
print as bullets ("○ item") are not read.
"""

from __future__ import annotations

import re

__all__ = ["is_choice_row", "is_form_question"]

# An empty radio button or check box before an option's text.
_CHOICE = re.compile(r"(?:^|\s)(?:\(\s?\)|\[\s?\]|☐)\s*[^\s()\[\]]")
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

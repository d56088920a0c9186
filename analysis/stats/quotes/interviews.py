"""Interviews printed as questions and answers: the answers are the interviewee's words.

A Q&A interview prints what the interviewee said without quotation marks: the format
itself says who speaks. Read by marks alone, its quote share would be 0 although most of
its words are the interviewee's. A body is such an interview when at least
:data:`MIN_EXCHANGES` of its lines open with a question marker and as many open with an
answer marker, the first answer after the first question, and more than half of its
answers speak of their speaker (a first-person word, "I", "my", "we", "our", outside
the double quotation marks they hold): an explainer printed as questions and answers
("Q: Why are fares rising? A: Fuel costs rose ...") answers in the writer's own words.
Markers:

- question markers: ``Q`` or ``Question``; answer markers: ``A`` or ``Answer``; each
  followed by ``:``, ``.``, ``)`` or a dash (``Q:``, ``A.``, ``Question —``), in any
  case for the words, upper case for the letters, at the start of a line (after
  ``**`` when a dump kept Markdown bold).

Each answer is a direct quotation (:func:`answer_spans`): the text of its line after
the marker, and each line after it up to the next question's line (an answer of several
paragraphs). The last answer is its marked line only, since what follows it may be the
writer's again ("This interview has been edited."). Text before the first question (the
writer's introduction) and the questions are not the interviewee's words.

No tuned value: :data:`MIN_EXCHANGES` is 2, the fewest that make an exchange a pattern
(a lone "A." opens a sentence about someone's initial as well), and "more than half"
is a majority.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

#: Question lines, and answer lines, that make a body an interview (each at least).
MIN_EXCHANGES = 2

#: A word the speaker uses of themself (``US``, the country, is none).
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|"
    r"[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)\b"
)
#: A stretch between double quotation marks: someone else's words inside an answer.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
_MARKER = re.compile(
    r"(?:\*\*)?(?P<kind>Q|A|[Qq]uestion|QUESTION|[Aa]nswer|ANSWER)(?:\*\*)?"
    r"\s*[:.)\-–—](?:\*\*)?[ \t]+(?=\S)"
)


class AnswerSpan(NamedTuple):
    """One line of an answer: its index in the lines given, the body offsets of its
    text, and its marker as printed (``""`` on the lines that go on with an answer)."""

    line: int
    start: int
    end: int
    marker: str


def _marker_kind(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return "question" if match["kind"][0] in "Qq" else "answer"


def answer_spans(body: str, lines: Sequence[tuple[int, int]]) -> list[AnswerSpan]:
    """The answers of an interview body (see the module doc); empty for other bodies.

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of (int, int)
        Its non-blank lines as ``(start, end)`` offsets, in order.

    Returns
    -------
    list of AnswerSpan
        One per answer line, in order.
    """
    kinds: list[str | None] = []
    markers: list[re.Match[str] | None] = []
    for start, end in lines:
        found = _MARKER.match(body, start, end)
        markers.append(found)
        kinds.append(_marker_kind(found))
    if kinds.count("question") < MIN_EXCHANGES or kinds.count("answer") < MIN_EXCHANGES:
        return []
    first_question = kinds.index("question")
    if "answer" not in kinds[first_question:]:
        return []
    answered = [found.end() for found, kind in zip(markers, kinds, strict=True) if kind == "answer"]
    ends = [end for (_, end), kind in zip(lines, kinds, strict=True) if kind == "answer"]
    own = sum(
        bool(_FIRST_PERSON.search(_QUOTED.sub(" ", body[start:end])))
        for start, end in zip(answered, ends, strict=True)
    )
    if 2 * own <= len(answered):  # an explainer's answers: the writer's own words
        return []
    last_question = len(kinds) - 1 - kinds[::-1].index("question")
    spans: list[AnswerSpan] = []
    in_answer = False
    for index in range(first_question, len(lines)):
        kind, found = kinds[index], markers[index]
        if kind == "question":
            in_answer = False
        elif kind == "answer" and found is not None:
            in_answer = True
            marker = found.group(0).strip()
            spans.append(AnswerSpan(index, found.end(), lines[index][1], marker))
        elif in_answer and index < last_question:
            spans.append(AnswerSpan(index, lines[index][0], lines[index][1], ""))
    return spans

"""Where an HTML page's main text starts: a fact-check's box of fields above it.

A fact-check prints its finding as a box of fields over its text ("Claim: Fernley
council spent £12,000 ...", "Rating: Mostly false"). trafilatura's main text of such a
page often starts at the first paragraph under the box and drops the box: the finding
is lost. A text dump's body detector keeps such a box when its fields are packed under
the claim (:mod:`analysis.clean.body.field_boxes`); an HTML page's rendered text sets
each ``<p>`` of the box apart, so it reads the claim as a paragraph and the rating as
chrome.

The box is the story's when it stands right above the main text's first line (blank
lines only between them): a field whose value is a paragraph that the body detector
reads as body (the claim), then one field or more, each shorter than a sentence line and
undated (a "Published: 3 March 2026" over the story is its metadata). A box may print
its claim with no label, under a heading of its own ("The claim" over the claim quoted
whole, often with no full stop, then "Rating: Misleading"): the heading, a line of one
or two words, and the claim, a paragraph read as body or a quotation of three words or
more, are the box's then. No vocabulary and no tuned value: a field is a label of one or
two words, a colon and a value (:data:`~analysis.text.lines.FIELD_LABEL`).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.field_boxes import FIELD_BOXES
from analysis.clean.card_lines import is_prose
from analysis.clean.dates import find_date
from analysis.text import count_words
from analysis.text.lines import FIELD_LABEL, SENTENCE_LINE_WORDS
from analysis.text.marks import CLOSING_QUOTATION_MARKS, OPENING_QUOTATION_MARKS

__all__ = ["opened_main_text"]


def opened_main_text(
    lines: Sequence[str], main_text: Sequence[int], detected_body: Sequence[int]
) -> list[int]:
    """The main text's lines, opened by the box of fields right above its first line.

    Parameters
    ----------
    lines : sequence of str
        The lines of the page's rendered text.
    main_text : sequence of int
        Their indices that the page's main text holds (trafilatura's, continued), in
        page order.
    detected_body : sequence of int
        Their indices that the body detector reads as body (the claim must be one).

    Returns
    -------
    list of int
        The box's lines (see the module) followed by ``main_text``; ``main_text`` itself
        when no such box stands above it (or with
        :data:`~analysis.clean.body.field_boxes.FIELD_BOXES` off).
    """
    if not main_text or not FIELD_BOXES:
        return list(main_text)
    box: list[int] = []
    above = None  # the first line above the box's fields that is no field
    for index in range(main_text[0] - 1, -1, -1):
        text = lines[index].strip()
        if not text:
            continue
        if FIELD_LABEL.match(text) is None:
            above = index  # most pages: the line above the main text is no field
            break
        box.insert(0, index)
    # the claim: the box's top field whose value is a paragraph, read as body
    claim = next(
        (k for k, index in enumerate(box) if index in detected_body and is_prose(lines[index])),
        None,
    )
    heading: list[int] = []
    if claim is None and box and above is not None and _is_claim(lines, above, detected_body):
        # or the paragraph right above the fields, under the box's heading ("Claim")
        box.insert(0, above)
        claim = 0
        heading = _box_heading(lines, above)
    if claim is None:
        return list(main_text)
    fields = box[claim + 1 :]
    if not fields or not all(_is_short_field(lines[index]) for index in fields):
        return list(main_text)
    return [*heading, *box[claim:], *main_text]


def _is_claim(lines: Sequence[str], index: int, detected_body: Sequence[int]) -> bool:
    """Whether line ``index`` is a box's claim printed without its label, under a
    heading (:func:`_box_heading`): a paragraph the body detector reads as body, or the
    claim quoted whole (between quotation marks, :data:`_MIN_QUOTED_WORDS` words or
    more; a quoted claim often ends without its full stop)."""
    text = lines[index].strip()
    quoted = (
        len(text) > 2
        and text[0] in OPENING_QUOTATION_MARKS
        and text[-1] in CLOSING_QUOTATION_MARKS
        and count_words(text) >= _MIN_QUOTED_WORDS
    )
    prose = index in detected_body and is_prose(text)
    return (quoted or prose) and bool(_box_heading(lines, index))


def _box_heading(lines: Sequence[str], index: int) -> list[int]:
    """The box's heading over line ``index`` (blank lines between them or not): a line
    of one or two words, no field, no sentence (``Claim``, ``The claim``); [] if none."""
    for above in range(index - 1, -1, -1):
        text = lines[above].strip()
        if not text:
            continue
        words = count_words(text)
        closed = text[-1] in ".!?:;,"
        fields = FIELD_LABEL.match(text) is not None
        return [above] if 1 <= words <= _HEADING_WORDS and not closed and not fields else []
    return []


#: The most words of a box's heading over its claim ("Claim", "The claim").
_HEADING_WORDS = 2
#: The fewest words of a claim quoted whole: a sentence's (a subject, a verb, an object).
_MIN_QUOTED_WORDS = 3


def _is_short_field(line: str) -> bool:
    """Whether a field under the claim is one of its box: shorter than a sentence line,
    no date."""
    text = line.strip()
    return count_words(text) < SENTENCE_LINE_WORDS and find_date(text) is None

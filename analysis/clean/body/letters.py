"""A letters page: readers' letters, each signed under its text (a step of the body
detector).

A letters page prints one letter after another: a heading of its own (or none), its
paragraphs, then its writer's signature, a name and a place ("Margaret Ellison,
Marsden", "Dr Anne Pryce, Hebble Bridge"). Read line by line each letter's paragraph has
no prose neighbour (a heading above it, a signature under it) and counts a fraction of its
length, while its signature and the next letter's heading weigh as chrome: the page's
region ended after its first letter, and its headings and signatures were lost.

The shape is the page's own, read without vocabulary: at least :data:`MIN_LETTERS`
signatures, each right under a paragraph, one letter after another (between two
signatures at most one line that is no paragraph, the next letter's heading, then its
paragraphs), and no paragraph above the first letter (the letters are the page's
text: opinion pieces' teasers under an article, each over its author's name and role,
are none). A signature is a name and a place: a line without a sentence's end or a
figure, a comma after its first words, every word capitalized but the function words
("on", "de"), at most ``AUTHOR_LINE_MAX_WORDS`` words on either side (a comment's
name line's size). The letters' paragraphs weigh their length (their heading and
signature are the letter's, no chrome around a teaser), the headings and signatures
neither add to the article nor end it, and all of them are body when the region holds a
letter. No tuned value: three letters, as three posts make a comment thread
(``COMMENT_HEADERS_MIN``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import (
    AUTHOR_LINE_MAX_WORDS,
    COMMENT_HEADERS_MIN,
    HEADING_MAX_WORDS,
    is_prose,
)
from analysis.clean.interface_words import is_interface_label
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN, opens_upper_case

__all__ = ["LETTERS", "MIN_LETTERS", "Letters", "is_signature", "letter_runs"]

# Letters pages are read (a rule switch with no tuned value, on, as the issue asks every
# letter of a letters page to be its body; cross-validation by site may switch it off).
LETTERS = True
#: A run of letters holds at least this many signed letters.
MIN_LETTERS = COMMENT_HEADERS_MIN


@dataclass(frozen=True)
class Letters:
    """One run of letters: positions into the page's non-blank lines.

    Attributes
    ----------
    paragraphs : tuple of int
        The letters' paragraphs.
    marks : tuple of int
        Their headings and signatures.
    """

    paragraphs: tuple[int, ...]
    marks: tuple[int, ...]


def is_signature(text: str, feature: LineFeatures) -> bool:
    """Whether a line is a letter's signature: a name, a comma, a place (see the module).

    Parameters
    ----------
    text : str
        The line.
    feature : LineFeatures
        Its features.

    Returns
    -------
    bool
        False for a line ending a sentence, holding a figure or a word in lower case
        that is no function word.
    """
    if feature.ends_sentence or feature.has_digit or feature.is_bullet or "," not in text:
        return False
    name, _, place = text.strip().partition(",")
    name_words, place_words = LETTER_RUN.findall(name), LETTER_RUN.findall(place)
    if not (2 <= len(name_words) <= AUTHOR_LINE_MAX_WORDS):
        return False
    if not (1 <= len(place_words) <= AUTHOR_LINE_MAX_WORDS):
        return False
    return (
        all(
            opens_upper_case(word) or word.lower() in FUNCTION_WORDS
            for word in (*name_words, *place_words)
        )
        and opens_upper_case(name_words[0])
        and opens_upper_case(place_words[0])
    )


def letter_runs(
    lines: Sequence[str], features: Sequence[LineFeatures], known_language: bool = False
) -> list[Letters]:
    """The runs of signed letters of a letters page (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    known_language : bool
        As for :func:`~.rules.is_prose`.

    Returns
    -------
    list of Letters
        In page order; empty with ``LETTERS`` off.
    """
    if not LETTERS:
        return []
    prose = [is_prose(feature, known_language) for feature in features]
    signatures = [
        position
        for position in range(1, len(features))
        if prose[position - 1]
        and not prose[position]
        and is_signature(lines[features[position].index], features[position])
    ]
    if len(signatures) < MIN_LETTERS:
        return []  # (most pages: no run of letters can form, no heading is asked about)
    headings = [_is_heading(lines[feature.index], feature) for feature in features]
    runs: list[list[int]] = []
    for signature in signatures:
        if runs and _next_letter(prose, headings, runs[-1][-1], signature):
            runs[-1].append(signature)
        else:
            runs.append([signature])
    found = []
    for run in runs:
        if len(run) < MIN_LETTERS:
            continue
        first = run[0] - 1
        while first > 0 and prose[first - 1]:
            first -= 1
        if any(prose[:first]):
            continue  # a paragraph above the letters: an article, its teasers under it
        paragraphs, marks = [], []
        # the first letter's heading, when the next ones print theirs
        if first > 0 and headings[first - 1] and all(not prose[signed + 1] for signed in run[:-1]):
            marks.append(first - 1)
        for position in range(first, run[-1] + 1):
            (paragraphs if prose[position] else marks).append(position)
        found.append(Letters(tuple(paragraphs), tuple(marks)))
    return found


def _next_letter(
    prose: Sequence[bool], headings: Sequence[bool], signature: int, next_signature: int
) -> bool:
    """Whether the lines between two signatures are one letter: its heading or none,
    then its paragraphs."""
    start = signature + 1
    if start < next_signature and not prose[start] and headings[start]:
        start += 1
    return start < next_signature and all(prose[start:next_signature])


def _is_heading(text: str, feature: LineFeatures) -> bool:
    """Whether a line may be a letter's heading: a subheading's few words, no sentence,
    no date and no control's label ("Advertisement")."""
    return (
        0 < feature.n_words <= HEADING_MAX_WORDS
        and not (feature.ends_sentence or feature.is_bullet or feature.is_notice)
        and not feature.has_date
        and not is_interface_label(text)
    )

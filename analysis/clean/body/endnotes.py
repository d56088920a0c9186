"""A story's notes or references list under its paragraphs (a step of the body detector).

An essay, a long read or a data story closes with its endnotes or its sources: a heading
in the language's word for them ("Notes", "References", "Sources", "Anmerkungen",
"Referencias", "Примечания") over numbered notes ("1. Survey report, p. 4.", "[2] See
...") or citations ("Marsh, P. (1998). Pesticides ..."). The list is a reference list,
not the story (docs/metrics.md: notes about the story), and its numbered lines and
citations read as paragraphs or list items, so the detector kept them.
:func:`notes_start` finds the heading: a line that is only such a word (a colon after it
at most), after the story's first paragraph, whose next line opens with a note's number
or holds a citation's year in brackets; the heading and every line after it are no body.
The words are each language's usual heading for a notes or a sources list, as style
guides give them; no tuned value. In a language the words miss, the story's own marks
tell the list: when a paragraph above carries the first note's mark, a bracketed "[1]"
written against its last word or its full stop ("... since 2010.[1]"), a short heading
with no sentence mark over a line opening with that note's number ("1.", "[1]", "1)") is
the notes list's heading, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures

__all__ = ["NOTES_HEADING", "notes_start"]

#: A heading that is only a language's word for a notes or a sources list (en, de, fr,
#: es, it, pt, nl, sv / da / nb, pl, ru / uk), also in the singular over one citation
#: ("Reference", "Quelle", "Fuente", "Источник").
NOTES_HEADING = re.compile(
    r"^\W*(?:notes|footnotes|endnotes|references?|sources?|bibliography|works cited|citations"
    r"|further reading|anmerkungen|fußnoten|einzelnachweise|quellen?|literatur"
    r"|références?|bibliographie|notas|referencias?|referências?|fuentes?|fontes?"
    r"|bibliografía|bibliografia|note|riferiment[io]|font[ei]|noten|voetnoten|bronn?en|bron"
    r"|literatuur|noter|källor|källa|kilder?|fotnoter|przypisy|źródła|źródło"
    r"|примечания|источники?|литература|примітки|джерел[ао])\s*:?\s*$",
    re.IGNORECASE,
)
# A note's or a citation's line: a note's number opening it ("1.", "[2]", "3)", "^"), or
# a citation's year in brackets ("Marsh, P. (1998).", "Trust (2025a)").
_NOTE_LINE = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]\s|\^)|\((?:1[5-9]|20)\d\d[a-z]?\)")
# The first note's mark in a paragraph, against the word or the mark before it.
_FIRST_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:!?\u201d\"')])\[1\](?!\()")
# The first note's line: its number opening it.
_FIRST_NOTE = re.compile(r"^\s*(?:\[1\]|1[.)])\s")
# The most words of a notes heading in a language the words miss ("Mga Tala").
_HEADING_MAX_WORDS = 4


def notes_start(
    lines: Sequence[str], features: Sequence[LineFeatures], prose: Sequence[bool]
) -> int | None:
    """The position of the notes list's heading under the story, or None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines (the heading and the note under it are read there).
    features : sequence of LineFeatures
        The page's non-blank lines, in order.
    prose : sequence of bool
        Whether each of them is one of the story's paragraphs so far.

    Returns
    -------
    int or None
        A position in ``features`` after the story's first paragraph: the heading's.
    """
    seen_prose = marked = False
    for position, feature in enumerate(features[:-1]):
        below = lines[features[position + 1].index]
        if seen_prose and (
            (NOTES_HEADING.match(lines[feature.index]) and _NOTE_LINE.search(below))
            or (marked and _is_heading(feature) and _FIRST_NOTE.match(below))
        ):
            return position
        seen_prose = seen_prose or prose[position]
        if prose[position] and "[1]" in (text := lines[feature.index]) and _FIRST_MARK.search(text):
            marked = True
    return None


def _is_heading(feature: LineFeatures) -> bool:
    """Whether a line reads as a short heading: a few words, no sentence mark, no bullet."""
    return (
        not feature.ends_sentence
        and not feature.is_bullet
        and 0 < feature.n_words <= _HEADING_MAX_WORDS
    )

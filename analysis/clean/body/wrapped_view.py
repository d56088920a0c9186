"""A lone paragraph a text browser hard-wrapped, read whole (a step of the body detector).

A text browser (lynx, w3m) prints a paragraph longer than its width over a few lines.
When most of a page's paragraphs are cut so, the reader joins them before the detector
runs (:func:`analysis.clean.dump_text.join_hard_wraps`); a page whose other paragraphs
all fit the width shows too few cuts for that, and its one long paragraph (most often
the lead) reached the detector as lines, each weighed alone: its first line, ending
inside a sentence and shorter than :data:`~analysis.clean.body.rules.LONG_LINE_WORDS`,
weighed as chrome, so the body lost the lead's first line or the whole lead (review
metadata_h337: lynx and w3m pages in Spanish, Portuguese, Slovak).

:func:`wrapped_paragraph_view` gives the detector such a paragraph on its first line,
its other lines blank, when the block reads as one wrapped paragraph whatever the
page's width: 2 to :data:`WRAPPED_MAX_LINES` lines with blank lines (or the page's
edges) around them, the last ending a sentence, the others ending inside one (in a
letter, a digit, a comma or a semicolon), all but the last at least
:data:`WRAP_MIN_CHARS` long and as long as the block's longest within
:data:`WRAP_SLACK_CHARS` (the constants of :mod:`.sentence_paragraphs`' wrapped
paragraphs: a text browser's 72 to 80 columns), and one of the lines after the first
opening in lower case (the sentence goes on: a headline over its teaser, each a line, is
two sentences; a language that capitalizes its nouns may open every line so, and its
paragraph stays lines, as before), or the cut line ending in a clause its last comma
opened in lower-case words (", kertoi" over "Raitiotieallianssi keskiviikkona.": the
subject, a name, opens the next line; review metadata_h337's Finnish lead, h351), or,
in a script without case, one of them opening in a letter and ending the cut sentence
within :data:`OPEN_CLAUSE_MAX_WORDS` words, another word after it ("لري.[1] کتابتون ...":
review body_h363's held-out Pashto print, h385). No line is a bullet, a rule or a
field's label.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from analysis.clean.body.sentence_paragraphs import (
    WRAP_MIN_CHARS,
    WRAP_SLACK_CHARS,
    WRAPPED_MAX_LINES,
)
from analysis.text.lines import FIELD_LABEL, is_blank, is_list_item, is_rule_line
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

__all__ = ["wrapped_paragraph_view"]

# A line cut inside a sentence ends in one of these after its last letter or digit.
_INNER_MARKS = ",;،؛"


def wrapped_paragraph_view(lines: Sequence[str]) -> tuple[list[str], dict[int, list[int]]]:
    """The page's lines with each lone hard-wrapped paragraph on its first line.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of (list of str, dict)
        The lines, each such paragraph's lines joined with one space on its first line
        and the others blank (the same list's copy when there is none), and each joined
        paragraph's first line mapped to its other lines' indices.
    """
    view, joined = list(lines), {}
    blank = [is_blank(line) for line in lines]
    start = 0
    while start < len(lines):
        if blank[start]:
            start += 1
            continue
        stop = start + 1
        while stop < len(lines) and not blank[stop]:
            stop += 1
        block = range(start, stop)
        if 2 <= len(block) <= WRAPPED_MAX_LINES and _is_wrapped([lines[i] for i in block]):
            indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
            view[start] = indent + " ".join(lines[i].strip() for i in block)
            for i in block[1:]:
                view[i] = ""
            joined[start] = list(block[1:])
        start = stop
    return view, joined


def _is_wrapped(block: Sequence[str]) -> bool:
    """Whether a block of lines is one paragraph a text browser hard-wrapped (see the
    module's docstring)."""
    texts = [line.strip() for line in block]
    *cut, last = texts
    if not _ends_sentence(last) or not all(_ends_inside(text) for text in cut):
        return False
    widths = [len(text) for text in cut]
    longest = max(len(text) for text in texts)
    if min(widths) < max(WRAP_MIN_CHARS, longest - WRAP_SLACK_CHARS):
        return False
    if not any(_goes_on(text) for text in texts[1:]) and not _opens_a_clause(cut[-1]):
        return False
    return not any(
        is_list_item(text) or is_rule_line(text) or FIELD_LABEL.match(text) for text in texts
    )


#: The most words of a clause a cut line leaves open after its last comma (", kertoi",
#: ", the", ", гэжэ": a verb of saying or an article, its subject on the next line).
OPEN_CLAUSE_MAX_WORDS = 3


def _goes_on(text: str) -> bool:
    """Whether a line after a block's first goes on with the sentence the line before it
    cut: it opens in lower case, or, in a script without case (Arabic, Hebrew, the Indic
    scripts), with a letter and ends that sentence within :data:`OPEN_CLAUSE_MAX_WORDS`
    words, another word after it ("لري.[1] کتابتون ..."): the tail of a cut sentence. A
    teaser under a headline opens a sentence of its own, longer than that; a line
    holding no space (Chinese, Japanese) is one word and never counts."""
    first = text[:1]
    if first.islower():
        return True
    if not first.isalpha() or first.isupper():
        return False
    words = text.split()
    return any(
        _ends_a_word_sentence(word) for word in words[: min(OPEN_CLAUSE_MAX_WORDS, len(words) - 1)]
    )


def _ends_a_word_sentence(word: str) -> bool:
    """Whether a sentence mark follows a letter in ``word`` ("لري.[1]"; not "1.")."""
    return any(mark in SENTENCE_MARKS and before.isalpha() for before, mark in pairwise(word))


def _opens_a_clause(text: str) -> bool:
    """Whether a cut line ends in a clause its last comma opened, one to
    :data:`OPEN_CLAUSE_MAX_WORDS` words all in lower case ("... elokuussa, kertoi"): the
    sentence goes on in the next line however that line opens (a name in capitals,
    "Raitiotieallianssi keskiviikkona.")."""
    if "," not in text:
        return False
    words = text.rsplit(",", 1)[1].split()
    return 0 < len(words) <= OPEN_CLAUSE_MAX_WORDS and all(
        word.isalpha() and word.islower() for word in words
    )


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (a mark, maybe closing marks after it)."""
    return strip_closing_marks(text)[-1:] in tuple(SENTENCE_MARKS)


def _ends_inside(text: str) -> bool:
    """Whether ``text`` ends inside a sentence: in a letter or a digit, or one of them and
    a comma or a semicolon."""
    end = text[-2:-1] if text[-1:] in _INNER_MARKS else text[-1:]
    return end.isalnum()

"""An opinion column's author box under the story: the columnist, where no byline is.

Opinion pages often print no byline over the column and close it with a box about the
writer, after the text and outside the body: a label, the name on a line of its own
and the writer's post under it ("Sobre la autora" / "Renata Olmedo" / "Economista y
profesora ..."), the name opening a sentence of the box ("Zur Autorin" / "Sabine
Ottmann, Jahrgang 1974, ist Soziologin ..."), a sentence naming the writer a columnist
("Priya Raman is a columnist for ...", "Ana Paula Ferraz é colunista do ..."), or the
name over a role line holding the word ("अनिल मिश्रा" / "वरिष्ठ पत्रकार और स्तंभकार").
:func:`closing_box_name` reads these within the few lines under the body's end; the
caller asks only when the page prints no byline. The label's words are
:data:`analysis.clean.closing_notes.BIO_LABEL`'s, the columnist's
:data:`analysis.clean.byline_words.COLUMNIST_WORDS`. No tuned value: a box is a few
lines (:data:`BOX_LINES`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.byline_words import COLUMNIST_WORDS
from analysis.clean.closing_notes import BIO_LABEL
from analysis.clean.header_lines import find_byline
from analysis.text import is_blank, opens_upper_case, shows_no_case

__all__ = ["BOX_BODY_LINES", "BOX_LINES", "closing_box_name"]

#: The lines with text under the body's end a writer's box may open within (a label,
#: the name, the post; a headshot's alt text or a share row before it).
BOX_LINES = 6
#: The body's last lines the box may be among, when the body detector took it in: the
#: box's sentence and a disclaimer under it ("Os artigos de opinião não refletem ...").
BOX_BODY_LINES = 2
_COLUMNIST = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(
            {w for words in COLUMNIST_WORDS.values() for w in words}, key=lambda w: (-len(w), w)
        )
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# A name opening a line: two to four words, each capitalized or of a script without
# case, up to a comma, a lower-case word or the line's end.
_NAME_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
_SENTENCE = re.compile(r"(?<=[^\W\d_]{2})[.!?](?:\s|$)")


def _name_alone(line: str) -> tuple[int, int] | None:
    """The span of ``line``'s text when it is a name alone (2 to 4 words read as a
    byline's name after "By"); None otherwise."""
    stripped = line.strip()
    words = stripped.split()
    if not 2 <= len(words) <= 4:
        return None
    found = find_byline("By " + stripped)
    if found is None or found != (3, 3 + len(stripped)):
        return None
    start = line.index(stripped)
    return start, start + len(stripped)


def _opening_name(line: str) -> tuple[int, int] | None:
    """The span of the name opening ``line``: two to four capitalized words (or of a
    script without case), then a comma or a word in lower case."""
    stripped = line.lstrip()
    offset = len(line) - len(stripped)
    words = []
    for match in _NAME_WORDS.finditer(stripped):
        if words and match.start() != words[-1].end() + 1:
            break  # a comma or a gap: the name has ended
        if not (opens_upper_case(match[0]) or shows_no_case(match[0])):
            break
        words.append(match)
        if len(words) > 4:
            return None
    if not 2 <= len(words) <= 4:
        return None
    end = words[-1].end()
    rest = stripped[end:]
    if not (rest.startswith(",") or re.match(r"\s+[^\W\d_A-Z]", rest)):
        return None
    return offset, offset + end


def closing_box_name(lines: Sequence[str], body_end: int) -> tuple[int, int, int] | None:
    """(line, start, end) of the columnist's name in a writer's box under the story.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_end : int
        The line the box is looked for under: the body's last, or (the caller's choice)
        one of its last :data:`BOX_BODY_LINES` lines' predecessor.

    Returns
    -------
    tuple of int or None
        Within the first :data:`BOX_LINES` lines with text under ``body_end``: the name
        under a label naming the box (alone on its line, or opening the box's sentence);
        a name opening a sentence that calls its subject a columnist; a name alone over
        a line holding the word; None for a page closing otherwise.
    """
    texts = [j for j in range(body_end + 1, len(lines)) if not is_blank(lines[j])][:BOX_LINES]
    for at, j in enumerate(texts):
        line = lines[j]
        following = texts[at + 1] if at + 1 < len(texts) else None
        if BIO_LABEL.match(line):
            if following is None:
                return None
            named = _name_alone(lines[following]) or _opening_name(lines[following])
            return (following, *named) if named is not None else None
        opening = _opening_name(line)
        if opening is not None:
            sentence = _SENTENCE.split(line[opening[1] :], maxsplit=1)[0]
            if _COLUMNIST.search(sentence):
                return j, *opening
        alone = _name_alone(line)
        if alone is not None and following is not None:
            role = lines[following]
            if len(role.split()) <= 8 and _COLUMNIST.search(role):
                return j, *alone
    return None

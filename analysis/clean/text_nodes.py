"""A dump printed one text node a line: a paragraph cut at its links and words in bold.

A scraper that prints a page with BeautifulSoup's ``get_text("\\n")`` (or any tool that
puts a line break between the page's text nodes) cuts every paragraph at its inline
elements: "ending a closure that forced commuters on a detour through" / "Ashby Bridge"
(a link) / "for almost three weeks." The three lines are one sentence; read apart, the
first reads as a cut teaser, the link as a headline and the rest as a fragment, and the
story falls apart into a headline over every link.

:func:`join_text_nodes` joins such a cut back. The shape, with no tuned value: a line
that ends inside its sentence (no sentence mark, no closing quotation mark, no colon),
then a short line (a link's or a bold word's text: at most ``NODE_MAX_WORDS`` words,
ending inside its sentence too), then a line that goes on with the sentence: it opens
with the punctuation that follows a word inside a sentence (",", ".", ";", ")"), or in
lower case after a name (the short line opening in upper case) when the first line holds
a clause (``CUT_MIN_WORDS`` words), and the sentence so joined (over one cut or several
in a row) ends on its last line. No line of ordinary prose opens with a comma, and a
line in lower case after a capitalised one-line name is a sentence's middle, not a new
paragraph; a poem's lines and a hard-wrapped paragraph's are not a short name between two,
and a listing's card (its headline, its source, its time "vor 2 Stunden") ends no
sentence.
"""

from __future__ import annotations

import functools
import re
from itertools import compress
from operator import and_

from analysis.clean.byline_words import by_words
from analysis.text import is_lower_case, opens_upper_case
from analysis.text.marks import CLOSING_MARKS, SENTENCE_MARKS, strip_closing_marks

# The text of an inline element cut out of a paragraph: at most this many words (a
# link's text, a name in bold).
NODE_MAX_WORDS = 6
# A line cut before a name that the next line continues in lower case holds at least
# this many words (a clause, not a menu entry or a label).
CUT_MIN_WORDS = 4
# The punctuation that follows a word inside a sentence, opening the line after the cut.
_GOES_ON = re.compile(r"^[,.;:)\]!?…](?:\s|$)|^[,;)]")
# A bullet or a list number opening a line: a list item, no cut sentence.
_ITEM = re.compile(r"^\s*(?:[-*•·–—>]|\d+[.)])\s")
_ENDS = SENTENCE_MARKS + CLOSING_MARKS + ":;"
# The same as a set, with the empty string (a blank line's last character, as sliced).
_ENDS_OR_EMPTY = frozenset(_ENDS) | {""}


def join_text_nodes(text: str) -> str:
    """``text`` with every paragraph cut at an inline element's text joined again.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, its cut paragraphs one line each (``text`` itself when none is cut).
    """
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    # a cut's first line and its inline element's text each end inside their sentence
    # (:func:`_cut_at`): only where two such lines stand in a row may a cut open (most
    # lines end a sentence or are blank); the lines between are kept as they are
    unended = [line[-1:] not in _ENDS_OR_EMPTY for line in map(str.strip, lines)]
    out: list[str] = []
    position = 0  # the first line not yet kept or joined
    for start in compress(range(len(lines) - 2), map(and_, unended, unended[1:])):
        if start < position:
            continue
        cuts = _cuts(lines, start)
        if not cuts:
            continue
        out.extend(lines[position:start])
        line, position = lines[start], start
        for _ in range(cuts):
            node, rest = lines[position + 1].strip(), lines[position + 2].strip()
            glue = "" if _GOES_ON.match(rest) else " "
            line = f"{line.rstrip()} {node}{glue}{rest}"
            position += 2
        out.append(line)
        position += 1
    if not out:
        return text
    out.extend(lines[position:])
    return "\n".join(out)


def _cuts(lines: list[str], position: int) -> int:
    """How many inline elements' texts the sentence opening at ``position`` was cut at:
    the cuts in a row (:func:`_cut_at`) up to a line that ends the sentence; 0 when the
    run ends in a line that ends none (a card's headline, source and time: "Headline" /
    "Source: Site" / "2 hours ago")."""
    cuts = 0
    line = lines[position]
    while position + 2 < len(lines) and _cut_at(line, lines[position + 1], lines[position + 2]):
        cuts += 1
        position += 2
        line = f"{line} {lines[position - 1]} {lines[position]}"  # the sentence so far
        if strip_closing_marks(lines[position].rstrip())[-1:] in SENTENCE_MARKS:
            return cuts
    return 0


def _cut_at(before: str, node: str, after: str) -> bool:
    """Whether ``node`` is an inline element's text cut out of the sentence that
    ``before`` opens and ``after`` continues."""
    before, node, after = before.strip(), node.strip(), after.strip()
    if not (before and node and after) or _ITEM.match(node) or _ITEM.match(after):
        return False
    if before[-1] in _ENDS or node[-1] in _ENDS or len(node.split()) > NODE_MAX_WORDS:
        return False
    if _GOES_ON.match(after):
        return True
    first_word = after.split()[0]
    return (
        opens_upper_case(node)
        and first_word[0].isalpha()
        and is_lower_case(first_word)
        and len(before.split()) >= CUT_MIN_WORDS
    )


def join_lone_by_words(text: str) -> str:
    """``text`` with a byline printed one text node a line joined again: a line that is
    only a one-word "by" (``By``, ``Por``, ``Von``, :func:`~analysis.clean.byline_words.by_words`)
    right over a line opening with a person's name (the author's link: ``Kristen
    Albright, Staff``), as BeautifulSoup's ``get_text("\\n")`` prints ``By <a>NAME</a>``.

    Read apart, the lone word is no byline and the name line a headline-shaped label,
    and the story's header (its byline, the date under it) is lost. The name must read
    as one or two persons' names up to its first comma or separator
    (:func:`~analysis.clean.bylines.is_person_name`): a lone "by" over anything else
    (a sentence, a menu entry) is left.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, each such pair one line (``text`` itself when none is found).
    """
    if "\n" not in text:
        return text
    matches = list(_lone_by_word().finditer(text))
    if not matches:
        return text
    from analysis.clean.bylines import is_person_name  # (bylines reads much of the package)

    out, position = [], 0
    for match in matches:
        after = text[match.end() :].split("\n", 1)[0]
        name = _NAME_END.split(after.strip(), maxsplit=1)[0]
        if not is_person_name(name.split()):
            continue
        out.append(text[position : match.end("word")])
        out.append(" ")
        position = match.end() + len(after) - len(after.lstrip())
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)


# Where a byline's name ends: a comma, a separator or a dash before a role or an outlet
# ("Kristen Albright, Staff", "Jane Roe | Courier", "Jane Roe - Courier").
_NAME_END = re.compile(r"\s*(?:[,;|·•]|\s[-–—]\s)")


@functools.cache
def _lone_by_word() -> re.Pattern[str]:
    """A line that is only a word for "by" (a colon after it allowed), the line under
    it not blank; its ``word`` group the word."""
    # English "by" (the byline patterns write it in their own rules, not in
    # byline_words.BY_WORDS), then every other language's one-word "by": a phrase
    # alone on its line ("Written by" / NAME, "Est. reading time" / "4 minutes") is a
    # label over its value in a list of fields, no byline cut at its link
    words = "|".join(re.escape(word) for word in ("by", *by_words()) if " " not in word)
    return re.compile(
        rf"^[^\S\n]*(?P<word>(?:{words}):?)[^\S\n]*\n(?=[^\S\n]*\S)",
        re.IGNORECASE | re.MULTILINE,
    )

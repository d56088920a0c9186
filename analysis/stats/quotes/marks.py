"""Quotation marks, lines and spans: which marks open or close, and how they pair.

Reads a body; gives its non-blank lines (:func:`_lines`) and its top-level quoted spans
(:func:`_spans`), one line at a time, for one mark family (double, else single).
Rules: "Quotation marks", "Not a quotation mark", "Primary marks" and "Spans and
paragraphs" in :mod:`analysis.stats.quotes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.text import WORD_CHAR
from analysis.text.marks import GUILLEMET_SPACES
from analysis.text.scripts import UNSPACED_SCRIPTS

if TYPE_CHECKING:
    from analysis.stats.quotes.attribution import _Attribution


_DOUBLE_MARKS = frozenset({'"', "''", "“", "”", "„", "‟", "«", "»", "「", "」", "״"})


_OPENING = frozenset({"“", "„", "‟", "«", "‘", "‚", "‛", "「", "『"})


_CLOSING = frozenset({"”", "»", "’", "」", "』"})


# Japanese quotation marks: never an apostrophe, even between two letters.
_CORNER_BRACKETS = "「」『』"


_QUOTE_CHARS = "\"'“”„‟«»‘’‚‛「」『』״"


# A run of two apostrophes is one double mark; in "'''" the single comes first
# (".'''" closes a nested single, then the double).
_MARK_RE = re.compile(r"''(?!')|[\"“”„‟«»‘’‚‛'「」『』״]")


_DOUBLE_CHARS = '"“”„‟«»「」״'


_LINE_BREAK_CHARS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


_BEFORE_OPENING = frozenset("([{<—–-/:;" + _QUOTE_CHARS)


_AFTER_CLOSING = frozenset(".,;:!?)]}>—–-/…" + _QUOTE_CHARS)


_ELISION_RE = re.compile(
    r"[‘’']n[‘’'](?![^\W_])"
    r"|[‘’'](?:\d\d(?:s|th)?|em|til|tis|twas|cause|bout)(?![^\W_])",
    re.IGNORECASE,
)


_PRIME_RE = re.compile(r"\d['’]\s?\d{1,2}$")


# What ends a word token: whitespace, or in scripts written without spaces (Chinese,
# Japanese, Thai) any of their characters and the CJK and full-width punctuation.
_WORD_BREAK_RE = re.compile(rf"[\s{UNSPACED_SCRIPTS}\u3000-\u303f\uff00-\uffef]")

_GUILLEMET_SPACES = frozenset(GUILLEMET_SPACES)
#: What a sentence before a quotation going on over paragraphs ends with ('Lee said.').
_SENTENCE_ENDS = (".", "!", "?", ":")
#: Marks a line going on with a quotation opens with, by family.
_DOUBLE_OPENERS = frozenset('"“„«')
_SINGLE_OPENERS = frozenset("'‘")
#: A single mark that may open a span (after a line start or a space).
_SINGLE_BEFORE_RE = re.compile(r"(?:^|(?<=\s))['‘‚‛]", re.M)
# A Hebrew letter: a mark between two of them is an acronym's gershayim, not a quote.
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
# What may stand right before a French opening « besides a space: a bracket or a dash.
_BEFORE_FRENCH_OPENER = frozenset("([{—–-")


class _Mark(NamedTuple):
    pos: int
    end: int
    char: str
    can_open: bool
    can_close: bool
    weak_close: bool  # a plural possessive that may close


def _classify(body: str, pos: int, end: int, char: str) -> _Mark | None:
    """Return the roles a mark can play, or None when it is not a quotation mark."""
    prev = body[pos - 1] if pos > 0 else ""
    nxt = body[end] if end < len(body) else ""
    if char == "»" and _continues_french_quotation(body, pos, end):
        return _new_tuple(_Mark, (pos, end, char, True, False, False))
    # French typography spaces a guillemet from the text it encloses ("« Nous ... »"):
    # one space on its inner side belongs to the mark. Not where a word or the
    # quotation's own punctuation touches its other side: German quotes »so«
    # ("handeln« sagte", "handeln.« Sie", "sie »Der"), and there the space is outside
    # the quotation. A French « opens at a line's start, after a space or a bracket.
    if (
        char == "«"
        and nxt in _GUILLEMET_SPACES
        and end + 1 < len(body)
        and (not prev or prev.isspace() or prev in _BEFORE_FRENCH_OPENER)
    ):
        nxt = body[end + 1]
    elif char == "»" and prev in _GUILLEMET_SPACES and pos > 1 and not nxt.isalnum():
        prev = body[pos - 2]
    single = char not in _DOUBLE_MARKS
    if (
        not single
        and (prev.isdigit() or prev == "\n")
        and _PRIME_RE.search(body, max(0, pos - 6), pos)
    ):
        # (the pattern ends with a digit, or a digit and the newline "$" may precede)
        return None  # 5'10"
    # the character after next matters only for a plural possessive ("the boys' toys")
    possessive = single and prev in "sS" and nxt.isspace()
    follow = body[end + 1] if possessive and end + 1 < len(body) else ""
    roles = _roles(char, prev, nxt, follow)
    # tuple.__new__ makes the same _Mark without NamedTuple's Python-level __new__
    # (a third of the cost of a mark on a line of a million marks)
    return None if roles is None else _new_tuple(_Mark, (pos, end, char, *roles))


_new_tuple = tuple.__new__


def _continues_french_quotation(body: str, pos: int, end: int) -> bool:
    """Whether the ``»`` at ``pos`` opens its line, spaced from a word: French prints a
    quotation going on over paragraphs with "»" opening each paragraph after the first
    (the "guillemets de suite": "« ... / » ... / » ... »"), which there opens a span.
    A German or Danish »...« touches its words, and a closing » ends a line, not
    opens one."""
    return (
        (pos == 0 or body[pos - 1] in _LINE_BREAK_CHARS)
        and end + 1 < len(body)
        and body[end] in _GUILLEMET_SPACES
        and not body[end + 1].isspace()
    )


@lru_cache(maxsize=4096)
def _roles(char: str, prev: str, nxt: str, follow: str) -> tuple[bool, bool, bool] | None:
    """``(can_open, can_close, weak_close)`` of ``char`` between ``prev`` and ``nxt``
    (``follow``: the character after ``nxt`` when it decides a plural possessive, else
    ""), or None when it is not a quotation mark. Cached: a line of a million marks
    has a handful of contexts."""
    single = char not in _DOUBLE_MARKS
    if single and prev.isalnum() and nxt.isalnum() and char not in _CORNER_BRACKETS:
        return None  # apostrophe inside a word (Japanese 『』 sit between letters)
    if prev == "=":
        return None  # a markup attribute: <tweet id="...">
    if _HEBREW_LETTER.match(prev) and _HEBREW_LETTER.match(nxt):
        return None  # a Hebrew acronym's gershayim (ארה"ב, יו״ר) or geresh
    prev_space, next_space = not prev or prev.isspace(), not nxt or nxt.isspace()
    left_ok = (prev_space or prev in _BEFORE_OPENING) and not next_space
    right_ok = not prev_space and (next_space or nxt in _AFTER_CLOSING)
    if char in _OPENING:
        can_open, can_close = not (right_ok and not left_ok), right_ok and not left_ok
    elif char in _CLOSING:
        can_open, can_close = left_ok and not right_ok, not (left_ok and not right_ok)
    elif left_ok or right_ok:
        can_open, can_close = left_ok, right_ok
    else:
        can_open = can_close = True  # glued on both sides: 'said."The' or 'x"y'
    weak = False
    if single and prev in "sS" and nxt.isspace() and follow.isalnum():
        can_open, weak = False, True
    return can_open, can_close, weak


def _elided(body: str, line_start: int, line_end: int) -> set[int]:
    """Offsets of single marks that belong to an elision ('90s, rock 'n' roll)."""
    skip: set[int] = set()
    for m in _ELISION_RE.finditer(body, line_start, line_end):
        if m.start() > 0 and body[m.start() - 1].isalnum():
            continue
        skip.add(m.start())
        if m[0].lower()[1:2] == "n" and len(m[0]) == 3:
            skip.add(m.end() - 1)
    return skip


#: A mark found in the body: (offset, end offset, the mark as printed).
_Found = tuple[int, int, str]


def _line_marks(body: str, found: Sequence[_Found], line_start: int, line_end: int) -> list[_Mark]:
    """Classify the marks of one line that belong to one family (double or single).

    ``found`` are the line's marks of that family (:func:`_marks_by_line`). One family
    at a time: single marks (mostly apostrophes) are only needed in the rare body whose
    double marks pair into no span, so they are not classified otherwise.
    """
    marks: list[_Mark] = []
    elided: set[int] | None = None
    for pos, end, char in found:
        if char not in _DOUBLE_MARKS:
            if elided is None:
                elided = _elided(body, line_start, line_end)
            if pos in elided:
                continue
        mark = _classify(body, pos, end, char)
        if mark is not None:
            marks.append(mark)
    return marks


def _double_marks(body: str) -> list[_Found]:
    """The double marks of ``body`` in order: what ``_MARK_RE`` finds of that family.

    Found with ``str.find`` (a fast scan in C) rather than the regex, which tests every
    character. ``_MARK_RE`` tries ``''`` before a single ``'`` at each position, so in a
    run of two or more apostrophes it finds singles and then one ``''`` made of the
    run's last two.
    """
    found: list[_Found] = []
    for char in _DOUBLE_CHARS:
        pos = body.find(char)
        while pos >= 0:
            found.append((pos, pos + 1, char))
            pos = body.find(char, pos + 1)
    pos = body.find("''")
    while pos >= 0:
        end = pos + 2
        while end < len(body) and body[end] == "'":
            end += 1
        found.append((end - 2, end, "''"))
        pos = body.find("''", end)
    found.sort()
    return found


def _marks_by_line(body: str, lines: Sequence[_Line], double: bool) -> dict[int, list[_Found]]:
    """The marks of one family, grouped by the index of their line.

    One scan of the whole body finds the same marks as one scan per line: a mark is one
    or two characters, never a line break, and the lookahead of ``''`` sees a line
    break in both cases. Lines are in order, so a forward walk assigns each mark.
    """
    if double:
        found = _double_marks(body)
    else:
        found = [
            (m.start(), m.end(), m[0]) for m in _MARK_RE.finditer(body) if m[0] not in _DOUBLE_MARKS
        ]
    # Each line's marks are one slice of ``found``, its ends found by bisection: a line
    # of 500,000 marks costs two bisections, not a dictionary lookup per mark.
    positions = [mark[0] for mark in found]
    grouped: dict[int, list[_Found]] = {}
    index, n_lines, at = 0, len(lines), 0
    while at < len(found):
        pos = positions[at]
        while index < n_lines and lines[index].end <= pos:
            index += 1
        if index == n_lines:
            break
        line = lines[index]
        if line.start <= pos:
            stop = bisect_left(positions, line.end, at)
            grouped[index] = found[at:stop]
            at = stop
        else:  # marks between two lines (in a blank line): none of them is on a line
            at = bisect_left(positions, line.start, at)
    return grouped


def _later_closers(marks: Sequence[_Mark]) -> list[bool]:
    """For each mark: whether a non-possessive closing mark follows it before the next
    opening-only mark. One backward pass (asking per mark rescanned the rest of the
    line: quadratic on a line of apostrophes)."""
    later = [False] * len(marks)
    following = False
    for index in range(len(marks) - 1, -1, -1):
        later[index] = following
        mark = marks[index]
        if mark.can_close and not mark.weak_close:
            following = True
        elif mark.can_open and not mark.can_close:
            following = False
    return later


# The styles a language pairs its marks in: an opening mark is closed by a mark of its
# own style. « » (and German » «), „ “ ” ‟, the straight mark, two apostrophes, corner
# brackets; single marks likewise.
_MARK_STYLES = ("«»", "„“”‟", '"', "''", "「」", "‘’‚‛", "'", "『』", "״")
_TYPEWRITER_MARKS = frozenset({'"', "''", "'", "״"})
_STYLE_OF = {char: style for style in _MARK_STYLES for char in (style, *style)}


class _Lookahead:
    """For each mark of a line: the index of the next mark closing a given style, and of
    the next mark that can only open. Each style's table is built on first use in one
    backward pass, so any number of questions about a line costs linear time."""

    def __init__(self, marks: Sequence[_Mark]) -> None:
        self.marks = marks
        self._closers: dict[str, list[int | None]] = {}
        self._openers: list[int | None] | None = None

    def _table(self, hit: Callable[[_Mark], bool]) -> list[int | None]:
        table: list[int | None] = [None] * len(self.marks)
        following: int | None = None
        for index in range(len(self.marks) - 1, -1, -1):
            table[index] = following
            if hit(self.marks[index]):
                following = index
        return table

    def next_closer(self, index: int, opening: str) -> int | None:
        """The first mark after ``index`` that can close a span opened by ``opening``."""
        style = _STYLE_OF.get(opening, opening)
        if style not in self._closers:
            self._closers[style] = self._table(
                lambda mark: mark.can_close and _STYLE_OF.get(mark.char) == style
            )
        return self._closers[style][index]

    def next_opener(self, index: int) -> int | None:
        """The first mark after ``index`` that can only open."""
        if self._openers is None:
            self._openers = self._table(lambda mark: mark.can_open and not mark.can_close)
        return self._openers[index]

    def nested_close(self, outer: _Mark, inner: int, runs_on: bool = False) -> int | None:
        """Index of the mark closing a quotation nested in ``outer`` that opens at mark
        ``inner``, or None when it is no nested quotation.

        A quotation inside another is printed in the language's other style (« „…“ »,
        „ »…« “, „ «…» ”, « “…” »): an opening mark of another style than the open
        span's, closed later on the line, with a mark closing the outer span after it
        and no opening mark of the outer's style before that one (« „A“ и „B“ » holds
        two); an outer span that opens its line runs on to the line's end (a quotation
        going on over paragraphs), so its inner ones nest without a closer. An opening
        mark of the open span's own style stays stray (an unclosed quotation ran on). So
        does any mark inside a straight one: typewriter marks are no language's outer
        style, and a paragraph wrapped in them around a typographic quotation is a
        copy's wrapping, not a quotation.
        """
        opening = self.marks[inner].char
        if outer.char in _TYPEWRITER_MARKS or _STYLE_OF.get(opening) == _STYLE_OF.get(outer.char):
            return None
        close = self.next_closer(inner, opening)
        if close is None or _before(self.next_opener(inner), close):
            return None
        after = self.next_closer(close, outer.char)
        if after is None:
            # an outer quotation that opens its line runs on to the line's end (a
            # quotation going on over paragraphs): its inner ones still nest
            return close if runs_on else None
        following = self.next_opener(close)
        outer_style = _STYLE_OF.get(outer.char)
        if _before(following, after) and _STYLE_OF.get(self.marks[following].char) == outer_style:
            return None  # a new quotation of the outer's style opens: the outer was stray
        return close


def _before(index: int | None, other: int) -> bool:
    return index is not None and index < other


def _pair(
    body: str, marks: Sequence[_Mark], line_start: int, line_end: int, continued: bool = False
) -> list[tuple[_Mark, _Mark | None]]:
    """Pair the marks of one line into top-level (opening, closing) spans.

    An opening mark left unclosed runs to the line's end when it opens the line, or
    when it opens a sentence and the next line opens with a mark (``continued``): a
    quotation going on over paragraphs; or when it opens a sentence and the line ends
    with a sentence's end (a quotation the paragraph ends, its closing mark lost).

    Linear in the line: whether a word break follows the last closing mark is scanned
    once per stretch, not again for every later mark; a nested quotation's marks are
    looked ahead once and skipped.
    """
    spans: list[tuple[_Mark, _Mark | None]] = []
    opened: _Mark | None = None
    last_close: int | None = None
    spaced, scanned = False, 0  # a word break in body[last_close_end:scanned]?
    later_closer = _later_closers(marks)
    skip_to = -1  # the marks of a nested quotation, up to its closing one
    lookahead = _Lookahead(marks)
    for i, mark in enumerate(marks):
        if i <= skip_to:
            continue
        if opened is None:
            # a span never opens in the word token where the previous one closed
            if mark.can_open and last_close is not None and not spaced:
                spaced, scanned = _has_word_break(body, scanned, mark.pos), mark.pos
            if mark.can_open and (last_close is None or spaced):
                opened = mark
            continue
        if mark.weak_close and later_closer[i]:
            continue
        if mark.weak_close or mark.can_close:
            spans.append((opened, mark))
            opened, last_close = None, mark.pos
            spaced, scanned = False, mark.end
        elif mark.can_open:
            nested = lookahead.nested_close(
                opened, i, runs_on=not body[line_start : opened.pos].strip()
            )
            if nested is None:
                opened = mark  # the earlier opening mark was stray
            else:
                skip_to = nested
    if opened is not None:
        before = body[line_start : opened.pos].rstrip()
        ends = (
            body[line_start:line_end].rstrip().endswith(_SENTENCE_ENDS)
            and body[opened.pos - 1 : opened.pos].isspace()  # not "Jr.'s"
        )
        if not before or (before.endswith(_SENTENCE_ENDS) and (continued or ends)):
            # a quotation opening a sentence and never closed runs to the end of its
            # paragraph when that ends a sentence, resumed in the next or not
            spans.append((opened, None))
    return spans


def _has_word_break(body: str, start: int, end: int) -> bool:
    return _WORD_BREAK_RE.search(body, start, end) is not None


class _Line(NamedTuple):
    start: int
    end: int
    paragraph: int


def _lines(body: str) -> list[_Line]:
    """Non-blank lines with their paragraph (blank-line separated) index.

    ``str.splitlines`` breaks at exactly the characters of ``_LINE_BREAK_CHARS`` (``\\r\\n``
    as one break). A paragraph starts after a blank or whitespace-only line.
    """
    lines: list[_Line] = []
    paragraph = -1
    offset = 0
    blank_before = False
    for piece in body.splitlines(keepends=True):
        content = piece.rstrip(_LINE_BREAK_CHARS)
        if content and not content.isspace():
            if paragraph < 0 or blank_before:
                paragraph += 1
            lines.append(_Line(offset, offset + len(content), paragraph))
            blank_before = False
        else:
            blank_before = True
        offset += len(piece)
    return lines


@dataclass(slots=True)
class _Span:
    line: int
    open_mark: _Mark
    close_mark: _Mark | None
    start: int
    end: int
    attribution: _Attribution | None = None
    #: A term the writer names ("so-called"): no one's words, nor a neighbour's.
    named: bool = False


def _spans(body: str, lines: Sequence[_Line]) -> tuple[list[_Span], str]:
    """Top-level spans of the body and the mark family they use: double marks, unless
    they pair into no span, or each of their spans lies inside a span of single marks
    (British style, "‘He wrote “high risk” on it,’ she said")."""
    double = _family_spans(body, lines, "double")
    if double and not _single_may_enclose(body, lines, double):
        return _with_headline(body, lines, double), "double"
    single = _family_spans(body, lines, "single")
    if single and (not double or _all_enclosed(double, single)):
        return single, "single"
    return _with_headline(body, lines, double), "double"


def with_single_spans(body: str, lines: Sequence[_Line], double: list[_Span]) -> list[_Span]:
    """``double`` and the single-quoted spans outside every one of them, in order.

    For a language whose press quotes in single marks as well as double
    (:data:`~analysis.stats.quotes.languages_regional.SINGLE_MARK_LANGUAGES`): a single
    span inside a double one stays part of it (counted once).

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of _Line
        Its non-blank lines (:func:`_lines`).
    double : list of _Span
        Its double-quoted top-level spans (:func:`_spans`).

    Returns
    -------
    list of _Span
        Both families' top-level spans, by offset (``double`` itself when no single
        span lies outside it).
    """
    outside, at = [], 0
    for span in _family_spans(body, lines, "single"):  # both in order: one sweep
        while at < len(double) and _span_stop(double[at]) <= span.open_mark.pos:
            at += 1
        if at == len(double) or _span_stop(span) <= double[at].open_mark.pos:
            outside.append(span)
    return sorted([*double, *outside], key=lambda s: s.start) if outside else double


def _with_headline(body: str, lines: Sequence[_Line], double: list[_Span]) -> list[_Span]:
    """``double`` with the single-quoted spans of the body's first line when it is a
    headline (no full stop ends it) and holds no double mark: British papers print a
    headline's quotation in single marks over a story in double ("‘We were told to
    wait,’ says mother", then "“Every time I asked ...”")."""
    if not lines or not double or double[0].line == 0:
        return double
    head = lines[0]
    text = body[head.start : head.end].rstrip()
    if text.endswith(".") or any(c in _DOUBLE_OPENERS for c in text):
        return double
    return [*_family_spans(body, lines[:1], "single"), *double]


def _single_may_enclose(body: str, lines: Sequence[_Line], spans: Sequence[_Span]) -> bool:
    """Whether a single mark stands before each span on its line (else no single-quoted
    span can hold them all: a cheap test before pairing the single marks)."""
    return all(_SINGLE_BEFORE_RE.search(body, lines[s.line].start, s.open_mark.pos) for s in spans)


def _all_enclosed(inner: Sequence[_Span], outer: Sequence[_Span]) -> bool:
    """Whether each span of ``inner`` lies inside a span of ``outer`` (both in order)."""
    at = 0
    for span in inner:
        while at < len(outer) and _span_stop(outer[at]) <= span.open_mark.pos:
            at += 1
        if at == len(outer) or not (
            outer[at].open_mark.pos < span.open_mark.pos and _span_stop(span) <= outer[at].end
        ):
            return False
    return True


def _opens_with_mark(body: str, line: _Line, style: str) -> bool:
    """Whether ``line`` opens with an opening mark of the family ``style``."""
    first = body[line.start : line.start + 1]
    if style == "double" and first == "»":
        return _continues_french_quotation(body, line.start, line.start + 1)
    return first in (_DOUBLE_OPENERS if style == "double" else _SINGLE_OPENERS)


def _family_spans(body: str, lines: Sequence[_Line], style: str) -> list[_Span]:
    """The top-level spans of one mark family ("double" or "single")."""
    spans: list[_Span] = []
    for index, matches in _marks_by_line(body, lines, double=style == "double").items():
        ln = lines[index]
        if not WORD_CHAR.search(body, ln.start, ln.end):
            continue  # every span needs a word: a line of bare marks has none
        marks = _line_marks(body, matches, ln.start, ln.end)
        continued = index + 1 < len(lines) and _opens_with_mark(body, lines[index + 1], style)
        for opened, closed in _pair(body, marks, ln.start, ln.end, continued):
            if closed is not None:
                end = closed.pos
            else:
                end = ln.start + len(body[ln.start : ln.end].rstrip())
            start = opened.end
            if opened.char in "«»" and body[start : start + 1] in _GUILLEMET_SPACES:
                start += 1  # the space inside the guillemets is not quoted text
            if closed is not None and closed.char == "»" and body[end - 1] in _GUILLEMET_SPACES:
                end -= 1
            if not WORD_CHAR.search(body, start, end):
                continue
            spans.append(_Span(index, opened, closed, start, end))
    return spans


def _span_stop(span: _Span) -> int:
    """Offset just after a span's closing mark (its end when it runs to the line end)."""
    return span.close_mark.end if span.close_mark is not None else span.end

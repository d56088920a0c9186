"""Attribution: which cue and speaker each quoted span of a line gets.

Reads the spans of a line (:mod:`.marks`), masks them, and looks for a cue in the span's
sentence, then the neighbouring sentences, then a colon sentence of the line before
(:func:`_attribute_line`); then carries attribution over paragraphs that go on quoting
(:func:`_inherit`). Rules: "Attribution" and "Speaker" in :mod:`analysis.stats.quotes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import islice, pairwise
from typing import NamedTuple

from analysis.stats.quotes.cues import _Cue, _cue_start, _CuesByDistance, _find_cues
from analysis.stats.quotes.labels import headline_label, headline_surname, label_speaker
from analysis.stats.quotes.lexicon import _INVERTIBLE, _MASK, _is_filler, _word_set
from analysis.stats.quotes.marks import _QUOTE_CHARS, _Line, _Span, _span_stop
from analysis.stats.quotes.sentences import _colon_sentence, _sentence_starts
from analysis.stats.quotes.speakers import (
    _bare_phrase_after,
    _clause_subject,
    _cue_speaker,
    _np_before,
    _passive,
    _speaker_span,
    coordinated_name,
)
from analysis.stats.quotes.titles import is_nickname, names_a_work
from analysis.stats.quotes.verbless import gesture_subject, possessor_subject, verbless_subject
from analysis.text import WORD_CHAR


class _Attribution(NamedTuple):
    cue: str
    speaker_start: int | None
    speaker_end: int | None


# Cues of a publication relaying what someone else said ("..., the Times reported"):
# they do not override the speaker named before the quote.
_RELAY_CUES = frozenset({"reported", "according to"})


_GAP_PUNCTUATION = " ,;:–—-" + _QUOTE_CHARS


#: Words a speaker may have between a closing mark and its cue ("," the report found).
_POST_QUOTE_GAP = 10

# "the so-called 'fair fee' plan", "so called “closed” primaries": a term the writer sets
# off and names, no one's words, whatever verb of saying its sentence holds (h293)
_NAMED_TERM = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)


def _post_quote(masked: str, lo: int, hi: int, after: int, cue: _Cue) -> _Attribution | None:
    """The attribution that directly follows a span: ``"...," the report found``.

    ``cue`` is the first cue after ``after`` (the end of the closing mark); it counts
    when the text between them is its speaker (``<speaker> <cue>``) or nothing but
    punctuation (``said the official``).
    """
    gap = masked[after : cue.start]
    if cue.word in _RELAY_CUES or _MASK in gap or ";" in gap:
        return None  # a semicolon opens another clause: '"..."; residents say'
    gap = gap.strip(_GAP_PUNCTUATION)
    if len(gap.split()) > _POST_QUOTE_GAP:
        return None
    if not gap:
        span = _cue_speaker(masked, lo, hi, cue) if cue.word in _INVERTIBLE else None
    else:
        span = _speaker_span(masked, _np_before(masked, after, cue.start))
        if span is not None and (
            masked[after : span[0]].strip(_GAP_PUNCTUATION)
            or not all(_is_filler(w) for w in masked[span[1] : cue.start].split())
        ):
            span = None  # the phrase does not fill the gap between the mark and the cue
    return None if span is None else _Attribution(cue.word, span[0], span[1])


# A span's speaker is looked for at its nearest cues only: further cues in a clause that
# runs on without a sentence break (a glued page, hostile input) would cost time in
# proportion to the clause for every quote in it.
MAX_CUES_TRIED = 8


def _attribute(
    masked: str,
    lo: int,
    hi: int,
    near: int,
    line_cues: Sequence[_Cue],
    after: int | None = None,
) -> _Attribution | None:
    """Find the cue nearest to ``near`` in ``masked[lo:hi]`` and its speaker.

    ``line_cues`` are the cues of all of ``masked`` (:func:`_find_cues`), in order of
    their start, so the cues starting in ``[lo, hi)`` are found by bisection (a line
    holding thousands of quotes stays linear). ``after`` is the end of the span's
    closing mark when the span lies in ``masked[lo:hi]``: a speaker and cue right after
    it win over any other cue (:func:`_post_quote`).
    """
    first = bisect_left(line_cues, lo, key=_cue_start)
    last = bisect_left(line_cues, hi, lo=first, key=_cue_start)
    relayed = _relayed_position(masked, lo, hi, line_cues[first:last])
    if relayed is not None:
        return relayed
    cues = _CuesByDistance(line_cues, first, last, hi, near)
    nearest = next(iter(cues), None)
    if nearest is None:
        return None
    following = None
    if after is not None:
        later = bisect_left(line_cues, after, lo=first, hi=last, key=_cue_start)
        following = next((c for c in line_cues[later:last] if c.end <= hi), None)
    if following is not None and after is not None and nearest.start < after:
        # the nearest cue precedes the span: a speaker and cue right after it still win
        found = _post_quote(masked, lo, hi, after, following)
        if found is not None:
            return found
    for cue in islice(cues, MAX_CUES_TRIED):
        span = _cue_speaker(masked, lo, hi, cue)
        if span is None and cue is nearest:
            earlier = line_cues[
                first : bisect_left(line_cues, cue.start, first, last, key=_cue_start)
            ]
            span = coordinated_name(masked, cue.start, [c.end for c in earlier])
        if span is not None:
            return _Attribution(cue.word, span[0], span[1])
    for cue in islice(cues, MAX_CUES_TRIED):
        if _passive(masked, lo, cue):
            continue
        span = _speaker_span(masked, _clause_subject(masked, lo, cue.start))
        if span is not None:
            return _Attribution(cue.word, span[0], span[1])
    return _Attribution(nearest.word, None, None)


# The forms of "be" before a progressive cue ("are asking", "was urging").
_BE = _word_set("is are was were be been being")


def _relayed_position(masked: str, lo: int, hi: int, cues: Sequence[_Cue]) -> _Attribution | None:
    """The source of a sentence opening with "According to X," whose other cues are
    all progressive ("According to court papers, the parents are asking a judge to
    “...”"): an ongoing position, not a speech event, whose quoted wording is the
    source's, so X is the speaker. None for any other sentence ("According to the
    minutes, the mayor said “...”" keeps the mayor; "“...,” Lee said, according to
    Y" opens with no "According to")."""
    if len(cues) < 2 or cues[0].word != "according to":
        return None
    if masked[lo : cues[0].start].strip(_GAP_PUNCTUATION):
        return None  # not the sentence's opening
    for cue in cues[1:]:
        before = masked[max(lo, cue.start - 12) : cue.start].split()
        if not (cue.word.endswith("ing") and before and before[-1].lower() in _BE):
            return None
    span = _cue_speaker(masked, lo, hi, cues[0])
    if span is None:  # a bare phrase before the comma: "According to court papers,"
        span = _speaker_span(masked, _bare_phrase_after(masked, cues[0].end, hi))
        if span is not None and masked[span[1] : span[1] + 1] != ",":
            span = None
    return None if span is None else _Attribution(cues[0].word, span[0], span[1])


#: Cues of reported speech: a source's statement told without quotation marks
#: ("officials said", "according to the agency"), narrower than the quote cues.
_STATEMENT_CUES = frozenset({"said", "says", "told", "according to"})
#: A writer speaking to its reader ("as we said", "our readers have told us"): a
#: site's pitch, never a source the text reports.
_WRITER_AND_READER = _word_set("i me my we us our ours you your yours")


def reported_source(text: str) -> str | None:
    """The source whose statement a text reports without quotation marks, if any.

    A verb of saying ("said", "says", "told") or "according to" whose speaker phrase
    (as a quotation's, :mod:`analysis.stats.quotes` "Speaker") names someone other than
    the writer or the reader: "The storm killed 12 people, officials said." gives
    "officials"; "As our founder said, ..." and "our readers have told us" give None.
    English only, as the quotation cues are.

    Parameters
    ----------
    text : str
        A sentence or a line.

    Returns
    -------
    str or None
        The speaker phrase as written, or None.
    """
    for cue in _find_cues(text):
        if cue.word not in _STATEMENT_CUES:
            continue
        span = _cue_speaker(text, 0, len(text), cue)
        if span is None:
            continue
        words = {word.casefold() for word in re.findall(r"[^\W_]+", text[span[0] : span[1]])}
        if words.isdisjoint(_WRITER_AND_READER):
            return text[span[0] : span[1]]
    return None


def _mask_spans(text: str, stretches: Sequence[tuple[int, int]]) -> str:
    """``text`` with each (start, stop) stretch replaced by as many ``_MASK`` characters.

    Offsets are kept, so cues and speakers found in the masked text index ``text``.
    Built from slices rather than a per-character list: lines are long, spans few.
    """
    pieces, done = [], 0
    for start, stop in stretches:
        start = max(start, done)
        if stop <= start:
            continue
        pieces += (text[done:start], _MASK * (stop - start))
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


def _attribute_line(body: str, line: _Line, spans: list[_Span], previous: _Line | None) -> None:
    """Attribute the spans of one line in place (speaker offsets into the body).

    ``previous`` is the line before, whose last sentence can attribute a quote that
    opens this line when it ends with a colon.
    """
    text = body[line.start : line.end]
    local = [(s.open_mark.pos - line.start, s.end - line.start) for s in spans]
    masked = _mask_spans(
        text, [(s.open_mark.pos - line.start, _span_stop(s) - line.start) for s in spans]
    )
    starts = _sentence_starts(text, local)
    bounds = [*starts, len(text)]
    # each sentence tested once (per quote, a line of many quotes was quadratic)
    has_word = [WORD_CHAR.search(masked, a, b) is not None for a, b in pairwise(bounds)]
    line_cues = _find_cues(masked)
    colon: list[tuple[str, int] | None] = []  # the previous line's colon sentence
    for s in spans:
        near = s.open_mark.pos - line.start
        quoted = body[s.start : s.end]
        if (
            _NAMED_TERM.search(text, max(0, near - 12), near)
            or names_a_work(text, near, quoted, None)
            or is_nickname(text, near, _span_stop(s) - line.start, quoted)
        ):
            s.attribution, s.named = None, True
            continue
        k = bisect_right(starts, near) - 1
        found = None
        if line_cues:  # a line without a cue attributes none of its spans itself
            after = _span_stop(s) - line.start if s.close_mark is not None else None
            found = _attribute(masked, bounds[k], bounds[k + 1], near, line_cues, after)
            found = _shift(found, line.start)
        if found is None and has_word[k]:
            # "X, the harbour master, was blunt: "..."": the subject before the colon
            head = masked[bounds[k] : near].rstrip()
            if head.endswith(":"):
                colon = bounds[k] + len(head) - 1
                found = _verbless(masked, bounds[k], colon, line.start)
                if found is None:  # '- Name, role: "..."': a label's name
                    found = _labelled(masked, colon, _span_stop(s) - line.start, line.start)
                if found is None and k > 0:  # 'X was asked … . Her answer: "..."'
                    found = _possessor(masked, bounds[k], colon, bounds[k - 1], line.start)
        if found is None and not has_word[k]:
            # a quote that is a sentence of its own: try the neighbouring sentences
            for j in (k - 1, k + 1):
                if found is None and line_cues and 0 <= j < len(starts):
                    found = _attribute(masked, bounds[j], bounds[j + 1], near, line_cues)
                    found = _shift(found, line.start)
            if found is None and k > 0:
                # "X, chief executive of Y, was more guarded. "..."": its subject
                found = _verbless(masked, bounds[k - 1], bounds[k], line.start)
            for j in (k - 1, k + 1):
                if found is None and 0 <= j < len(starts):
                    # '"..." He laughs. "..."': a gesture's subject, on either side
                    found = _gesture(masked, bounds[j], bounds[j + 1], line.start)
            if found is None and k == 0 and previous:
                if not colon:  # found once per line, not once per quote
                    colon.append(_colon_sentence(body, previous))
                if colon[0] is not None:
                    sentence, offset = colon[0]
                    found = _attribute(
                        sentence, 0, len(sentence), len(sentence), _find_cues(sentence)
                    )
                    if found is None and not any(c in _QUOTE_CHARS for c in sentence):
                        found = _verbless(sentence, 0, len(sentence) - 1, 0)
                    found = _shift(found, offset)
        s.attribution = found


#: The cue recorded for a quote a sentence with no verb of saying introduces.
VERBLESS_CUE = "subject"


def _verbless(masked: str, lo: int, hi: int, offset: int) -> _Attribution | None:
    """The attribution to the name opening ``masked[lo:hi]``, a sentence with no verb
    of saying before a quote (:func:`.verbless.verbless_subject`), offsets moved by
    ``offset``."""
    span = verbless_subject(masked, lo, hi)
    if span is None:
        return None
    return _Attribution(VERBLESS_CUE, span[0] + offset, span[1] + offset)


def _possessor(masked: str, lo: int, colon: int, before: int, offset: int) -> _Attribution | None:
    """The attribution to the name opening the sentence before ``masked[lo:colon]``, a
    possessive and a noun of something said ('Her answer: "..."':
    :func:`.verbless.possessor_subject`), offsets moved by ``offset``."""
    span = possessor_subject(masked, lo, colon, before)
    if span is None:
        return None
    return _Attribution(VERBLESS_CUE, span[0] + offset, span[1] + offset)


#: The cue recorded for a quote a gesture's sentence beside it attributes.
GESTURE_CUE = "gesture"


def _gesture(masked: str, lo: int, hi: int, offset: int) -> _Attribution | None:
    """The attribution to the subject of ``masked[lo:hi]``, a sentence of a gesture
    beside a quote (:func:`.verbless.gesture_subject`), offsets moved by ``offset``."""
    span = gesture_subject(masked, lo, hi)
    if span is None:
        return None
    return _Attribution(GESTURE_CUE, span[0] + offset, span[1] + offset)


#: The cue recorded for a quote a label line gives its name ('Name, role: "..."').
LABEL_CUE = "label"


def _labelled(masked: str, colon: int, stop: int, offset: int) -> _Attribution | None:
    """The attribution to the name a label line gives its quote
    (:func:`.labels.label_speaker`), offsets moved by ``offset``."""
    span = label_speaker(masked, colon, stop)
    if span is None:
        return None
    return _Attribution(LABEL_CUE, span[0] + offset, span[1] + offset)


def headline_labelled(body: str, line: _Line, line_spans: Sequence[_Span]) -> None:
    """Attribute, in place, the unattributed quote a headline (``line``, the body's first)
    prints after a label and a colon to that label (:func:`.labels.headline_label`:
    "Farmers: "..."", "Health minister: "..."", in any language the line's own rules
    left it unread in), ``cue`` "label".

    Parameters
    ----------
    body : str
        The article body.
    line : _Line
        Its first line.
    line_spans : sequence of _Span
        The line's spans, in order.
    """
    text = body[line.start : line.end]
    masked = _mask_spans(
        text, [(s.open_mark.pos - line.start, _span_stop(s) - line.start) for s in line_spans]
    )
    for s in line_spans:
        if s.attribution is not None or s.named:
            continue
        head = masked[: s.open_mark.pos - line.start].rstrip()
        if not head:
            continue
        colon, stop = len(head) - 1, _span_stop(s) - line.start
        span = headline_label(masked, colon, stop) or headline_surname(
            masked, colon, stop, body[line.end :]
        )
        if span is not None:
            s.attribution = _Attribution(LABEL_CUE, span[0] + line.start, span[1] + line.start)


def _shift(found: _Attribution | None, offset: int) -> _Attribution | None:
    """Move a found speaker's offsets by ``offset``."""
    if found is None or found.speaker_start is None or found.speaker_end is None:
        return found
    return _Attribution(found.cue, found.speaker_start + offset, found.speaker_end + offset)


_NON_SPACE = re.compile(r"\S")


def _opens_line(
    body: str, lines: Sequence[_Line], index: int, span: _Span, text_starts: dict[int, int]
) -> bool:
    """Whether only whitespace precedes ``span`` on line ``index``.

    ``text_starts`` caches each line's first non-space offset: a line is scanned once,
    however many of its quotes are asked about (slicing up to each quote was quadratic).
    """
    first = text_starts.get(index)
    if first is None:
        line = lines[index]
        found = _NON_SPACE.search(body, line.start, line.end)
        first = text_starts[index] = line.end if found is None else found.start()
    return span.open_mark.pos <= first


def _inherit(
    body: str,
    lines: Sequence[_Line],
    spans: list[_Span],
    by_line: dict[int, list[_Span]],
    statement: StatementReader | None = None,
) -> None:
    """Carry attribution over paragraphs that are quotations going on from a neighbour
    (and, given ``statement``, the reader of a paragraph's last sentence in the body's
    language, to a quote-only paragraph from the statement of the paragraph before,
    :func:`_after_statement`; English: :func:`english_statement`)."""
    text_starts: dict[int, int] = {}
    for s in reversed(spans):  # a run-on quote takes the attribution of its continuation
        if s.attribution is not None or s.close_mark is not None:
            continue
        following = by_line.get(s.line + 1)
        if following and _opens_line(body, lines, s.line + 1, following[0], text_starts):
            s.attribution = following[0].attribution
    if statement is not None:
        for s in spans:
            if (
                s.attribution is None
                and s.line > 0
                and s.line - 1 not in by_line
                and _opens_line(body, lines, s.line, s, text_starts)
            ):
                _after_statement(body, lines, s.line, by_line[s.line], statement)
    for s in spans:  # a quote-only paragraph goes on with the previous speaker
        if s.attribution is not None or not _opens_line(body, lines, s.line, s, text_starts):
            continue
        line_spans = by_line[s.line]
        if s is not line_spans[0] or any(t.attribution is not None for t in line_spans):
            continue
        previous = [t for t in by_line.get(s.line - 1, []) if t.attribution is not None]
        if previous and not _names_another(body, lines[s.line], line_spans, previous[-1]):
            for t in line_spans:
                if not t.named:  # a so-called term stays the writer's
                    t.attribution = previous[-1].attribution


#: Reads the last sentence of a paragraph (a line ending with a full stop: the body and
#: the line) and gives the attribution it would give a quote on its own line, or None.
StatementReader = Callable[[str, _Line], "_Attribution | None"]


def english_statement(body: str, line: _Line) -> _Attribution | None:
    """The attribution the last sentence of ``line`` (ending with a full stop) gives:
    its verb of saying and speaker (:func:`_attribute`), or the name that opens it with
    no verb of saying (:func:`_verbless`); offsets in ``body``.

    Parameters
    ----------
    body : str
        The article's text.
    line : _Line
        The paragraph before the quote.

    Returns
    -------
    _Attribution or None
        The verb and speaker, or None.
    """
    text = body[line.start : line.end].rstrip()
    start = _sentence_starts(text, [])[-1]
    sentence = text[start:]
    cues = _find_cues(sentence)
    if cues:
        found = _attribute(sentence, 0, len(sentence), len(sentence), cues)
    else:
        found = _verbless(sentence, 0, len(sentence) - 1, 0)
    return _shift(found, line.start + start)


def _after_statement(
    body: str,
    lines: Sequence[_Line],
    index: int,
    line_spans: list[_Span],
    statement: StatementReader,
) -> None:
    """Attribute a paragraph of quotes only (line ``index``) after a paragraph holding
    none, to the speaker of that paragraph's last sentence: a statement about what
    someone says ("Smith said the plan was flawed." or "He says he will keep
    fighting." then ""We are not done."") or a sentence naming its subject with no verb
    of saying ("Colin Strachan, chief executive of X, was more guarded."), as the same
    sentence on the quote's own line would (:func:`_attribute`, :func:`_verbless`). A
    paragraph with the writer's words beside its quotes, or whose spans are attributed,
    is left as it is."""
    if any(t.attribution is not None or t.named for t in line_spans):
        return
    line = lines[index]
    at = line.start
    for t in line_spans:
        if WORD_CHAR.search(body, at, t.open_mark.pos):
            return  # the writer's words beside the quotes
        at = _span_stop(t)
    if WORD_CHAR.search(body, at, line.end):
        return
    before = lines[index - 1]
    if not body[before.start : before.end].rstrip().endswith("."):
        return  # a heading, a colon line (read elsewhere) or a question
    found = statement(body, before)
    for t in line_spans:
        t.attribution = found


# Two capitalised words in a row: a person's name in the writer's words.
_NAME_RUN = re.compile(r"(?<![\w'’])([^\W\d_][\w'’-]*)\s+([^\W\d_][\w'’-]*)")


def _names_another(body: str, line: _Line, line_spans: Sequence[_Span], previous: _Span) -> bool:
    """Whether the writer's words of ``line`` (outside its spans) name someone by two
    capitalised words in a row that the previous paragraph's speaker does not hold: the
    quote is then that person's, not the previous speaker's going on ("« ... ». C'est le
    constat du maire, Gilles Aubert")."""
    found = previous.attribution
    speaker = ""
    if found is not None and found.speaker_start is not None and found.speaker_end is not None:
        speaker = body[found.speaker_start : found.speaker_end]
    at = line.start
    words = []
    for t in [*line_spans, None]:
        stop = line.end if t is None else t.open_mark.pos
        words.append(body[at:stop])
        at = line.end if t is None else _span_stop(t)
    for m in _NAME_RUN.finditer(" | ".join(words)):
        if m[1][:1].isupper() and m[2][:1].isupper() and m[2] not in speaker:
            return True
    return False

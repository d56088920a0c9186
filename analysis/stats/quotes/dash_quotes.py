"""Dialogue dashes: quotations a paragraph opens with a dash instead of a mark.

Polish, Russian, Ukrainian, Spanish, Portuguese and Italian print speech as "– Tekst –
powiedział X. – Dalej." or "—Texto —dijo X—. Más."; Swedish, Norwegian, Danish,
Finnish and French as "– Text, säger X. Mer text." or "— Texte, dit-il."
(:data:`~analysis.stats.quotes.languages.DASH_STYLE_BY_LANGUAGE`).
A paragraph that opens with a dash is speech only on evidence, so that lists printed
with dashes and a dash used as a parenthesis stay the writer's: a verb of saying of the
language right after the dash (or comma) that closes the speech, a paragraph going on
from a dash quotation (a dialogue run), or a line before it that ends with a colon after
a verb of saying. Rules: "Dash quotations" in docs/quotes.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from analysis.stats.quotes.foreign_attribution import (
    INVERTED_PRONOUNS,
    colon_attribution,
    sentence_starts,
)
from analysis.stats.quotes.foreign_speakers import WORD_RE, phrase_after, phrase_before
from analysis.stats.quotes.labels import is_label_line
from analysis.stats.quotes.languages import (
    DASH_STYLE_BY_LANGUAGE,
    REPORTING_VERBS_BY_LANGUAGE,
    SKIPPED_BY_LANGUAGE,
)
from analysis.stats.quotes.marks import _Line

_SPACE = " \t\u00a0\u202f"
#: A dialogue dash opening a line: an en or em dash or a bar, or a hyphen with a space
#: after it, before the first word (or an opening mark: "—¿Y ahora?").
_OPEN_RE = re.compile(rf"[{_SPACE}]*([–—―]|-(?=[{_SPACE}]))[{_SPACE}]*(?=[\w¿¡\"«„“‘'(])")
#: A dash inside the line after a space: where speech may stop for the narrator's verb.
_INNER_RE = re.compile(rf"(?<=[\s,])([–—―]|-(?=[{_SPACE}]))[{_SPACE}]*(?=\w)")
#: Any dash: where the narrator's words end and speech goes on ("—dijo X—. Más").
_ANY_DASH_RE = re.compile(rf"[–—―]|(?<=[{_SPACE}])-(?=[{_SPACE}])")
#: The punctuation between a narrator's closing dash and more speech.
_RESUME_RE = re.compile(rf"[{_SPACE}.,;:]*")
#: Where the comma style's narrator clause ends: a sentence end and a dash.
_SENTENCE_THEN_DASH_RE = re.compile(rf"[.!?…][{_SPACE}]+(?=[–—―]|-[{_SPACE}])")
#: The speech's own punctuation before the comma style's verb.
_COMMA_RE = re.compile(rf"([,!?…])[{_SPACE}]+")
#: Words a speaker may print between the comma and the verb ("– ..., Virtanen sanoo").
_MAX_SPEAKER_WORDS = 3
_SENTENCE_END = ".!?…\"”»’'"
#: The cue of a dash line of a question and its answer printed after a colon line
#: that names no verb of saying ("Следва кратък разговор с авторката:").
DIALOGUE_CUE = "dialogue"


class DashSpan(NamedTuple):
    """One piece of speech of a dash paragraph (offsets into the body)."""

    line: int
    start: int
    end: int
    open_mark: str
    close_mark: str
    cue: str | None
    speaker_start: int | None
    speaker_end: int | None


def _verb_at(text: str, at: int, language: str) -> re.Match[str] | None:
    """The verb of saying that opens ``text[at:]`` (after a reflexive clitic: "se
    quejó"), or None. A hyphenated verb counts by its first part ("queixou-se")."""
    verbs = REPORTING_VERBS_BY_LANGUAGE[language]
    first = WORD_RE.match(text, at)
    if first is None:
        return None
    if first[0].split("-")[0].lower() in verbs and not first[0][:1].isupper():
        return first
    if first[0].lower() in SKIPPED_BY_LANGUAGE.get(language, frozenset()):
        second = WORD_RE.match(text, first.end() + 1)
        if second is not None and second[0].lower() in verbs:
            return second
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without outer spaces and a trailing comma ("Мы учли ..., –")."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _rest(text: str, at: int, opener: str, attribution: tuple | None) -> list[tuple]:
    """The rest of the line from ``at`` as speech going on with ``attribution`` (the
    narrator's words before it named the speaker); nothing when none did."""
    if attribution is None:
        return []
    start, end = _trimmed(text, at, len(text))
    return [(start, end, opener, "", *attribution)]


def _speaker(text: str, verb: re.Match[str], stop: int, language: str) -> tuple[int, int] | None:
    """The phrase after the verb, or the subject pronoun joined to it ("dit-il")."""
    joined = verb[0].rsplit("-", 1)
    if len(joined) == 2 and joined[1].lower() in INVERTED_PRONOUNS:
        return verb.end() - len(joined[1]), verb.end()
    return phrase_after(text, verb.end(), stop, language)


def _inner_pieces(text: str, at: int, opener: str, language: str) -> list[tuple]:
    """Speech pieces of an inner-dash line from ``at``: (start, end, open, close, cue,
    speaker); empty when no dash before a verb of saying closes the first piece."""
    pieces: list[tuple] = []
    attribution: tuple | None = None
    while at < len(text):
        stop = None
        for m in _INNER_RE.finditer(text, at):
            verb = _verb_at(text, m.end(), language)
            if verb is not None:
                stop = m
                break
        if stop is None:
            return pieces + _rest(text, at, opener, attribution)
        narrator_end = _ANY_DASH_RE.search(text, verb.end())
        clause_end = narrator_end.start() if narrator_end else len(text)
        attribution = (verb[0].split("-")[0].lower(), _speaker(text, verb, clause_end, language))
        start, end = _trimmed(text, at, stop.start())
        pieces.append((start, end, opener, stop[1], *attribution))
        if narrator_end is None:
            break
        opener = narrator_end[0]
        at = _RESUME_RE.match(text, narrator_end.end()).end()
        if not WORD_RE.search(text, at):
            break
    return pieces


def _no_pieces(text: str, at: int, opener: str, language: str) -> list[tuple]:
    """No speech closed by a dash or a comma: the language has no dash style."""
    return []


def _comma_pieces(text: str, at: int, opener: str, language: str) -> list[tuple]:
    """Speech pieces of a comma-style line from ``at`` (as :func:`_inner_pieces`)."""
    pieces: list[tuple] = []
    attribution: tuple | None = None
    while at < len(text):
        found = None
        for m in _COMMA_RE.finditer(text, at):
            words = islice(WORD_RE.finditer(text, m.end()), _MAX_SPEAKER_WORDS + 1)
            for index, word in enumerate(words):
                verb = _verb_at(text, word.start(), language)
                if verb is None:
                    continue
                if index == 0:
                    speaker = _speaker(text, verb, len(text), language)
                else:
                    speaker = phrase_before(text, m.end(), verb.start(), language, False)
                    if speaker is None or speaker[0] != m.end():
                        break  # the words before the verb are no speaker
                found = (m, verb, speaker)
                break
            if found is not None:
                break
        if found is None:
            return pieces + _rest(text, at, opener, attribution)
        m, verb, speaker = found
        attribution = (verb[0].lower(), speaker)
        end = m.start() + (0 if m[1] == "," else 1)
        start, end = _trimmed(text, at, end)
        pieces.append((start, end, opener, "", *attribution))
        more = _SENTENCE_THEN_DASH_RE.search(text, verb.end())
        if more is None:
            # the speech goes on after the narrator's sentence with no dash of its own
            # ("– Vi är redo, säger X, ordförande i Y. Det här handlar om ...")
            starts = sentence_starts(text, language)
            resumed = [at for at in starts if at > verb.end() and text[at].isalpha()]
            if resumed:
                pieces += _rest(text, resumed[0], opener, attribution)
            break
        dash = _OPEN_RE.match(text, more.end())
        if dash is None:
            break
        opener, at = dash[1], dash.end()
    return pieces


def dash_spans(body: str, lines: Sequence[_Line], language: str) -> list[DashSpan]:
    """The dash quotations of ``body``, in order.

    Parameters
    ----------
    body : str
        The article body.
    lines : sequence of _Line
        Its lines (:func:`analysis.stats.quotes.marks._lines`).
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`
        (any other has none); a language not in ``DASH_STYLE_BY_LANGUAGE`` has only
        the dash lines of an exchange or after "X said:" (:func:`_run_on`).

    Returns
    -------
    list of DashSpan
        Each piece of speech (a paragraph may hold several, between the narrator's
        words), with the verb and speaker that attribute it.
    """
    if language not in REPORTING_VERBS_BY_LANGUAGE:
        return []
    style = DASH_STYLE_BY_LANGUAGE.get(language)
    # a language that prints no dialogue with dashes may still print an interview's
    # exchange so, or speech after "X said:" (:func:`_run_on`)
    reader = {"inner": _inner_pieces, "comma": _comma_pieces}.get(style, _no_pieces)
    found: list[DashSpan] = []
    quoted_lines: dict[int, DashSpan] = {}
    for index, line in enumerate(lines):
        text = body[line.start : line.end]
        opening = _OPEN_RE.match(text)
        if opening is None and style == "comma":
            # speech opening after the narrator's sentence in the paragraph ("Enligt
            # polisen … bil. – Det är för tidigt …, säger hon."): read from its dash
            narrated = _SENTENCE_THEN_DASH_RE.search(text)
            opening = _OPEN_RE.match(text, narrated.end()) if narrated else None
            if opening is not None and not reader(text, opening.end(), opening[1], language):
                continue  # no verb of its own: an aside between dashes, no speech
        if opening is None or _in_list(body, lines, index):
            continue
        if is_label_line(text, opening.end()):
            continue  # "– Name, role: «...»": a round-up's item, its quote in marks
        pieces = reader(text, opening.end(), opening[1], language)
        if not pieces:
            pieces = _run_on(body, lines, index, text, opening, quoted_lines, language)
        for start, end, open_mark, close_mark, cue, speaker in pieces:
            if not WORD_RE.search(text, start, end):
                continue
            s0, s1 = (line.start + speaker[0], line.start + speaker[1]) if speaker else (None, None)
            span = DashSpan(index, line.start + start, line.start + end, open_mark, close_mark,
                            cue, s0, s1)  # fmt: skip
            found.append(span)
            quoted_lines[index] = span
    return found


def _is_list_item(body: str, line: _Line) -> bool:
    """A dash line ending as a list's item does: with ";" or ","."""
    text = body[line.start : line.end].rstrip()
    return text.endswith((";", ",")) and _OPEN_RE.match(text) is not None


def _in_list(body: str, lines: Sequence[_Line], index: int) -> bool:
    """Whether the dash line ``index`` is an item of a list printed with dashes: it, or
    the line before or after it, is a dash line ending with ";" or "," (speech ends as
    a sentence does; "– koncert – mówi się o nim;" is an item, not speech)."""
    return any(
        _is_list_item(body, lines[i]) for i in (index - 1, index, index + 1) if 0 <= i < len(lines)
    )


def _run_on(
    body: str,
    lines: Sequence[_Line],
    index: int,
    text: str,
    opening: re.Match[str],
    quoted: dict[int, DashSpan],
    language: str,
) -> list[tuple]:
    """A dash paragraph with no verb of its own that goes on a dialogue: the line
    before is a dash quotation, or ends with a colon after a verb of saying. It must
    end as a sentence does (a list item need not)."""
    if index == 0 or not text.rstrip().endswith(tuple(_SENTENCE_END)):
        return []
    start, end = _trimmed(text, opening.end(), len(text))
    before = quoted.get(index - 1)
    if before is not None:
        speaker = None
        if before.speaker_start is not None and before.speaker_end is not None:
            speaker = (before.speaker_start - lines[index].start,
                       before.speaker_end - lines[index].start)  # fmt: skip
        return [(start, end, opening[1], "", before.cue, speaker)]
    colon = colon_attribution(body, lines[index - 1], language)
    if colon is None:
        if _exchange_after_colon(body, lines, index):
            return [(start, end, opening[1], "", DIALOGUE_CUE, None)]
        return []
    speaker = None
    if colon.speaker_start is not None and colon.speaker_end is not None:
        speaker = (colon.speaker_start - lines[index].start, colon.speaker_end - lines[index].start)
    return [(start, end, opening[1], "", colon.cue, speaker)]


def _exchange_after_colon(body: str, lines: Sequence[_Line], index: int) -> bool:
    """Whether the line before ``index`` ends with a colon and opens an exchange: at
    least two dash lines from ``index`` on, each ending as a sentence does, one of them
    a question (a list after a colon asks nothing)."""
    if not body[lines[index - 1].start : lines[index - 1].end].rstrip().endswith(":"):
        return False
    run, asked = 0, False
    for line in lines[index:]:
        text = body[line.start : line.end].rstrip()
        if _OPEN_RE.match(text) is None or not text.endswith(tuple(_SENTENCE_END)):
            break
        run += 1
        asked = asked or "?" in text.rstrip(_SENTENCE_END[4:])[-1:]
    return run >= 2 and asked

""":func:`find_quotes`: marks, spans, attribution, embedded posts and pronoun speakers, in
that order.

Reads one body; returns its :class:`~analysis.stats.quotes.quote.Quote` records
(:func:`holds_direct_quote`: whether one of them is not a scare quote).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import partial

from analysis.gc_pause import collection_paused
from analysis.stats.quotes.attribution import (
    StatementReader,
    _attribute_line,
    _inherit,
    english_statement,
    headline_labelled,
)
from analysis.stats.quotes.blockquotes import BLOCK_STYLE, block_spans, settle_blocks
from analysis.stats.quotes.case_endings import strip_case_endings
from analysis.stats.quotes.dash_quotes import DashSpan, dash_spans
from analysis.stats.quotes.dropped_subjects import resolve_dropped_subjects
from analysis.stats.quotes.east_asian import attribute_east_asian_line
from analysis.stats.quotes.foreign_attribution import attribute_line, statement_attribution
from analysis.stats.quotes.interviews import AnswerSpan, answer_spans, interviewee
from analysis.stats.quotes.languages import quote_language
from analysis.stats.quotes.languages_more import EAST_ASIAN_LANGUAGES
from analysis.stats.quotes.languages_regional import SINGLE_MARK_LANGUAGES
from analysis.stats.quotes.marks import _Line, _lines, _Span, _spans, with_single_spans
from analysis.stats.quotes.posts import POST_CUE, PostSpan, post_spans
from analysis.stats.quotes.pronouns import resolve_pronoun_speakers
from analysis.stats.quotes.quote import SCARE_MAX_WORDS, Quote
from analysis.stats.quotes.role_speakers import resolve_role_speakers
from analysis.text import count_words


@collection_paused
def find_quotes(body: str, language: str | None = None) -> list[Quote]:
    """Return the top-level quoted spans of ``body`` in order.

    Parameters
    ----------
    body : str
        An article body; paragraphs separated by blank lines.
    language : str, optional
        The body's language (:func:`analysis.stats.language.detect_language`). A
        language of :mod:`analysis.stats.quotes.languages` attributes quotes by its own
        verbs of saying, and its dash dialogue (``DASH_STYLE_BY_LANGUAGE``) is read as
        quotation; English, any other language and None (not known) follow the English
        rules.

    Returns
    -------
    list of Quote
        One entry per top-level span, ordered by offset (definitions in the module
        docstring).
    """
    if not body:
        return []
    lines = _lines(body)
    spans, style = _spans(body, lines)
    code = quote_language(language)
    singles: set[int] = set()  # the single-mark spans a language adds beside the double
    if code in SINGLE_MARK_LANGUAGES and style == "double":
        both = with_single_spans(body, lines, spans)  # ‘...’ quotes there too
        singles = {id(s) for s in both} - {id(s) for s in spans}
        spans = both
    blocks = block_spans(body, lines, spans)
    if blocks:  # '> ' lines: quotations when a colon line introduces them (blockquotes.py)
        spans = sorted([*spans, *(s for block in blocks for s in block)], key=lambda s: s.start)
    by_line: dict[int, list[_Span]] = {}
    for s in spans:
        by_line.setdefault(s.line, []).append(s)
    for index, line_spans in by_line.items():
        previous = lines[index - 1] if index > 0 else None
        if code is None:
            _attribute_line(body, lines[index], line_spans, previous)
        elif code in EAST_ASIAN_LANGUAGES:
            attribute_east_asian_line(body, lines[index], line_spans, code)
        else:
            attribute_line(body, lines[index], line_spans, previous, code)
    if 0 in by_line and code not in EAST_ASIAN_LANGUAGES:  # 'Farmers: "..."' (headline)
        headline_labelled(body, lines[0], by_line[0])
    if blocks:
        spans = settle_blocks(blocks, spans, body)
        by_line = {}
        for s in spans:
            by_line.setdefault(s.line, []).append(s)
    _inherit(body, lines, spans, by_line, _statement_reader(code))
    block_lines = {s.line for block in blocks for s in block}
    quotes = [
        _to_quote(
            body,
            s,
            lines,
            BLOCK_STYLE if s.line in block_lines else "single" if id(s) in singles else style,
        )
        for s in spans
    ]
    dashes = dash_spans(body, lines, code) if code is not None else []
    if dashes:  # marks inside a dash quotation are its own, counted once, in it
        quotes = [q for q in quotes if not any(d.start < q.end and q.start < d.end for d in dashes)]
        quotes += [_dash_quote(body, d, lines) for d in dashes]
        quotes.sort(key=lambda q: q.start)
    answers = answer_spans(body, [(line.start, line.end) for line in lines], code)
    if answers:  # an interview: each answer is one quotation, marks inside it included
        quotes = _with_answers(body, quotes, answers, lines)
    posts = post_spans(body, lines)
    if posts:
        # a span of marks inside a post is the post's, counted once as part of it
        quotes = [q for q in quotes if not any(p.start < q.end and q.start < p.end for p in posts)]
        quotes = sorted(
            quotes + [_post_quote(body, p, lines) for p in posts], key=lambda q: q.start
        )
    quotes = resolve_role_speakers(body, resolve_pronoun_speakers(body, quotes))
    if code is None:
        return quotes
    return strip_case_endings(body, resolve_dropped_subjects(body, quotes, code), code)


def _statement_reader(code: str | None) -> StatementReader | None:
    """The reader of a paragraph's last sentence that attributes a quote-only paragraph
    after it, in the body's language (English when ``code`` is None); None for the
    East Asian languages, whose lines :mod:`.east_asian` reads."""
    if code is None:
        return english_statement
    if code in EAST_ASIAN_LANGUAGES:
        return None
    return partial(statement_attribution, language=code)


#: ``Quote.cue`` and ``Quote.mark_style`` of an interview's answer (interviews.py).
ANSWER_CUE = "interview answer"
ANSWER_STYLE = "answer"


def _with_answers(
    body: str, quotes: list[Quote], answers: list[AnswerSpan], lines: Sequence[_Line]
) -> list[Quote]:
    """``quotes`` with each answer as an attributed quotation (its label's speaker, or
    the interviewee its introduction names as ``speaker`` alone, or none named), the
    quotes inside an answer left out (counted once, in it), in body order."""
    answer_lines = {answer.line for answer in answers}
    starts = [line.start for line in lines]
    # the answers no label names are the interviewee's (speaker only: none is printed)
    named = interviewee(body, [(line.start, line.end) for line in lines], answers)
    kept = [q for q in quotes if bisect_right(starts, q.start) - 1 not in answer_lines]
    for answer in answers:
        text = body[answer.start : answer.end]
        n_words = count_words(text)
        if n_words:
            paragraph = lines[answer.line].paragraph
            kept.append(
                Quote(answer.start, answer.end, text, n_words, paragraph, True,
                      answer.speaker or (None if answer.testimony else named), False,
                      ANSWER_STYLE, answer.marker, "",
                      ANSWER_CUE, speaker_as_printed=answer.speaker)
            )  # fmt: skip
    return sorted(kept, key=lambda q: q.start)


@collection_paused
def holds_direct_quote(body: str) -> bool:
    """Whether :func:`find_quotes` finds a quote in ``body`` that is not a scare quote.

    A span of more than :data:`~analysis.stats.quotes.quote.SCARE_MAX_WORDS` words is
    never a scare quote, attributed or not (nor is an interview's answer that holds it):
    only a body whose spans are all that short, or that has none, is read whole (the
    cost of :func:`find_quotes`: attribution, interview answers) to tell.

    Parameters
    ----------
    body : str
        An article body, or one line of it.

    Returns
    -------
    bool
        ``any(not quote.is_scare for quote in find_quotes(body))``.
    """
    if not body:
        return False
    spans, _ = _spans(body, _lines(body))
    if any(count_words(body[s.start : s.end]) > SCARE_MAX_WORDS for s in spans):
        return True  # its quote, or the interview answer holding it, is attributed
    return any(not quote.is_scare for quote in find_quotes(body))


def _post_quote(body: str, post: PostSpan, lines: Sequence[_Line]) -> Quote:
    """An embedded post as a quote attributed to its author (see .posts)."""
    text = body[post.start : post.end]
    speaker = None
    if post.speaker_start is not None:
        speaker = body[post.speaker_start : post.speaker_end]
    return Quote(
        post.start,
        post.end,
        text,
        count_words(text),
        lines[post.line].paragraph,
        True,  # attributed
        speaker,
        False,  # is_scare
        "post",  # mark_style
        "",
        "",
        POST_CUE,
        post.speaker_start,
        post.speaker_end,
        speaker,
    )


#: ``Quote.mark_style`` of a dash quotation (dash_quotes.py).
DASH_STYLE = "dash"


def _dash_quote(body: str, dash: DashSpan, lines: Sequence[_Line]) -> Quote:
    """A piece of dash dialogue as an attributed quote (see .dash_quotes)."""
    text = body[dash.start : dash.end]
    speaker = None
    if dash.speaker_start is not None:
        speaker = body[dash.speaker_start : dash.speaker_end]
    return Quote(dash.start, dash.end, text, count_words(text), lines[dash.line].paragraph,
                 True, speaker, False, DASH_STYLE, dash.open_mark, dash.close_mark, dash.cue,
                 dash.speaker_start, dash.speaker_end, speaker)  # fmt: skip


def _to_quote(body: str, s: _Span, lines: Sequence[_Line], style: str) -> Quote:
    text = body[s.start : s.end]
    n_words = count_words(text)
    a = s.attribution
    speaker = None
    if a is not None and a.speaker_start is not None:
        speaker = body[a.speaker_start : a.speaker_end]
    # Positional, in field order: keywords cost a third of building a Quote, which a
    # body of 250,000 quoted words builds as many times.
    return Quote(
        s.start,  # start
        s.end,  # end
        text,
        n_words,
        lines[s.line].paragraph,
        a is not None,  # attributed
        speaker,
        a is None and n_words <= SCARE_MAX_WORDS,  # is_scare
        style,  # mark_style
        s.open_mark.char,  # open_mark
        s.close_mark.char if s.close_mark is not None else "",  # close_mark
        a.cue if a is not None else None,  # cue
        a.speaker_start if a is not None else None,  # speaker_start
        a.speaker_end if a is not None else None,  # speaker_end
        speaker,  # speaker_as_printed
    )

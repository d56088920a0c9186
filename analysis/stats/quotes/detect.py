""":func:`find_quotes`: marks, spans, attribution and pronoun speakers, in that order.

Reads one body; returns its :class:`~analysis.stats.quotes.quote.Quote` records.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.gc_pause import collection_paused
from analysis.stats.quotes.attribution import _attribute_line, _inherit
from analysis.stats.quotes.marks import _Line, _lines, _Span, _spans
from analysis.stats.quotes.pronouns import resolve_pronoun_speakers
from analysis.stats.quotes.quote import SCARE_MAX_WORDS, Quote
from analysis.text import count_words


@collection_paused
def find_quotes(body: str) -> list[Quote]:
    """Return the top-level quoted spans of ``body`` in order.

    Parameters
    ----------
    body : str
        An article body; paragraphs separated by blank lines.

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
    by_line: dict[int, list[_Span]] = {}
    for s in spans:
        by_line.setdefault(s.line, []).append(s)
    for index, line_spans in by_line.items():
        _attribute_line(body, lines[index], line_spans, lines[index - 1] if index > 0 else None)
    _inherit(body, lines, spans, by_line)
    return resolve_pronoun_speakers(body, [_to_quote(body, s, lines, style) for s in spans])


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

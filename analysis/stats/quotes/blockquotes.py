"""Block quotations printed as Markdown / html2text ``> `` lines.

A page saved as text by html2text (or written in Markdown) prints an HTML
``<blockquote>`` as lines that open with ``>`` ("> The harbour still needs repairs."),
wrapped lines and each of its paragraphs alike, with no quotation marks. Such a block is
a quotation when the line before it introduces it as someone's words: a sentence ending
with a colon that holds a cue and its speaker ('Councillor Ana Brook wrote on the
council's website:', 'The statement said:'), by the rule that attributes a quotation in
marks opening the line after a colon line (:mod:`analysis.stats.quotes` "Attribution").
A block no such line introduces (a pull quote repeating the body, a passage the writer
sets off) is left as it was: no quotation. A block line holding a span of quotation
marks is left to the marks' rules (the marks are its quotation), and so is the whole
block then.

Each line of an introduced block is one span (a span never crosses a line break): the
text after its ``>`` markers. All lines of one block take the first line's attribution.
No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.stats.quotes.attribution import _Attribution
from analysis.stats.quotes.marks import _Line, _Mark, _Span

#: ``Quote.mark_style`` and ``Quote.open_mark`` of a block quotation's line.
BLOCK_STYLE = "blockquote"
BLOCK_MARK = ">"

# The markers of a block line: one or more '>' (nested blocks print '> >' or '>>'),
# spaces around them, and the text after.
_BLOCK_LINE = re.compile(r"[ \t]*>(?:[ \t]*>)*[ \t]?")


def block_spans(body: str, lines: Sequence[_Line], spans: Sequence[_Span]) -> list[list[_Span]]:
    """The ``>`` blocks of a body, each as the spans of its lines with words.

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of _Line
        Its non-blank lines (:func:`analysis.stats.quotes.marks._lines`).
    spans : sequence of _Span
        The body's spans of quotation marks: a block with one of them in a line is
        left out (its marks are its quotation).

    Returns
    -------
    list of list of _Span
        One list per block (consecutive ``>`` lines), its lines' spans in order; each
        span's ``open_mark`` is the line's first ``>``, its ``close_mark`` None.
    """
    marked = {s.line for s in spans}
    blocks: list[list[_Span]] = []
    current: list[_Span] | None = None
    spoilt = False
    for index, line in enumerate(lines):
        found = _BLOCK_LINE.match(body, line.start, line.end)
        if found is None:
            if current and not spoilt:
                blocks.append(current)
            current, spoilt = None, False
            continue
        if current is None:
            current = []
        spoilt = spoilt or index in marked
        start, end = found.end(), line.end
        while end > start and body[end - 1].isspace():
            end -= 1
        if any(c.isalnum() for c in body[start:end]):
            at = body.index(BLOCK_MARK, line.start)
            mark = _Mark(at, at + 1, BLOCK_MARK, True, False, False)
            current.append(_Span(index, mark, None, start, end))
    if current and not spoilt:
        blocks.append(current)
    return [block for block in blocks if block]


#: ``Quote.cue`` of a block its signature attributes (an embedded post's, too).
SIGNATURE_CUE = "signature"

#: A block's last line that signs it: a dash, then a name of one to four capitalised
#: words (name particles between), then perhaps a comma and a role ("> — Helen
#: Acheson, board chair", "> — Dave, site manager").
_SIGNATURE = re.compile(
    r"[—–―]\s*([A-Z][\w'’.-]*(?:\s+(?:(?:[a-z]{1,3}\s+){0,2})[A-Z][\w'’.-]*){0,3})"
    r"\s*(?:,[^\n]*)?$"
)


def _signed(body: str, block: Sequence[_Span]) -> tuple[int, int] | None:
    """The body offsets of the name a block's last line signs it with, or None (a block
    of one line has no signature: it is its only text)."""
    if len(block) < 2:
        return None
    last = block[-1]
    found = _SIGNATURE.fullmatch(body, last.start, last.end)
    return None if found is None else found.span(1)


def settle_blocks(blocks: Sequence[list[_Span]], spans: list[_Span], body: str = "") -> list[_Span]:
    """Give each block's lines its first line's attribution; leave unattributed blocks out.

    A block whose last line signs it ("> — Helen Acheson, board chair") is the signer's
    words when its introduction names no speaker; the signature line is no quotation.

    Parameters
    ----------
    blocks : sequence of list of _Span
        The blocks of :func:`block_spans`, their first lines attributed (or not) by the
        line rules.
    spans : list of _Span
        Every span of the body, the blocks' lines among them.
    body : str
        The article body the spans index (its signatures are read there).

    Returns
    -------
    list of _Span
        ``spans`` without the lines of a block no colon line attributes (no quotation),
        in the same order.
    """
    dropped: set[int] = set()
    for block in blocks:
        first = block[0].attribution
        signed = _signed(body, block)
        if signed is not None:
            # "> ..." over "> — Name, role": the signature is no quotation, the block
            # is the signer's words unless its introduction names a speaker
            dropped.add(id(block[-1]))
            block = block[:-1]
            if first is None or first.speaker_start is None:
                first = _Attribution(SIGNATURE_CUE, *signed)
        for span in block:
            span.attribution = first
            if first is None:
                dropped.add(id(span))
    return [s for s in spans if id(s) not in dropped]

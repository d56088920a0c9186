"""A text printed page by page, read as one text: running heads and page breaks undone.

pdftotext and print-to-text tools put a form feed between a document's pages and print
each page's running head and foot ("The Examiner    3 December 2026", "https://...
Page 2 of 3") at its top and bottom; a page break cuts a paragraph in two. Read as
lines, every page's head and foot would land inside the story's paragraphs.
:func:`join_printed_pages` keeps one copy of each running line (the head at the top of
the first page, the foot at the bottom of the last: the masthead and the page's address
stay where a single page prints them, without the cells that count the pages, "Page 2
of 3") and joins the paragraph a page break cut; a word the typesetter cut at a line's
end is marked so (:func:`analysis.clean.typeset_hyphens.mark_typeset_cuts`). It runs
where the reader turns form feeds into line breaks
(:func:`analysis.clean.read.normalize_text`). No tuned value: a running line is one
every page prints, its page number aside, at the same edge.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.clean.typeset_hyphens import mark_typeset_cuts
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

#: A page break (pdftotext's form feed).
PAGE_BREAK = "\f"
#: The most running lines read at one edge of a page: a head of a date and a title, a
#: foot of an address and a page counter (a browser's print), one more for a section's
#: name; the search stops at the first edge line not every page prints.
MAX_RUNNING_LINES = 3
_DIGITS = re.compile(r"\d+")
#: Two spaces or more: the gap between a printed line's columns.
_COLUMN_GAP = re.compile(r"\s{2,}")


def join_printed_pages(text: str) -> str:
    """``text`` with its page breaks replaced, its running heads and feet kept once and
    the paragraphs a page break cut joined.

    Parameters
    ----------
    text : str
        A text with line feeds as line ends; a form feed between pages.

    Returns
    -------
    str
        The text without form feeds. A text of one page, or with no line at the same
        edge of every page, only has its form feeds made line breaks.
    """
    if PAGE_BREAK not in text:
        return text
    pages = [page.split("\n") for page in text.split(PAGE_BREAK)]
    ending = ""
    if len(pages) > 1 and not any(line.strip() for line in pages[-1]):
        ending = "\n".join(pages.pop())  # pdftotext ends the last page with a form feed
    # a running line is kept once, without the cells that change from page to page (its
    # page counter, "Page 2 of 3"): the masthead and the page's address stay; a head or
    # a foot printed on two lines (a browser's print: the time over 'Title | Site', the
    # address over '1/3') is read line by line from the edge in
    found = False
    for top in (True, False):
        keeper = 0 if top else len(pages) - 1  # the page that keeps the running lines
        kept_lines = 0
        for _ in range(MAX_RUNNING_LINES if len(pages) > 1 else 0):
            skips = {keeper: kept_lines}
            key = _running_line(pages, top, skips)
            if key is None:
                break
            found = True
            kept = _constant_cells(pages, key, top, skips)
            for number, page in enumerate(pages):
                by = kept if number == keeper else None
                _replace_edge(page, key, top, by, skips.get(number, 0))
            kept_lines += kept is not None
    if not found:  # no running lines: a form feed is a line break
        return "\n".join(mark_typeset_cuts(text.replace(PAGE_BREAK, "\n").split("\n")))
    joined = _trimmed(pages[0])
    for page in pages[1:]:
        following = _trimmed(page)
        if not following:
            continue
        cut = joined and not _ends_sentence(joined[-1])
        joined += following if cut else ["", *following]
    leading = _leading_blanks(pages[0])
    return "\n".join(mark_typeset_cuts(leading + joined)) + "\n" + ending.lstrip("\n")


# a page counter's "/ n" or "of n" closing its line
_TOTAL_AT_LINE_END = r"(?:/|of)\s*(\d{1,3})[ \t]*$"
#: A page counter closing a printed page's running line, its last cell after a column
#: gap ("https://...   2/3", "https://...<tab>2 of 3"), or one saying so ("Page 2 of 3"):
#: a gallery's "2 / 5" alone on its line or an item's "CLIP 2 of 3" is no page's.
_COUNTER = re.compile(
    r"(?:\S(?:\t|[ ]{2,})(?:page\s+)?|\bpage\s+)(\d{1,3})\s*" + _TOTAL_AT_LINE_END,
    re.I | re.M,
)
# What every counter ends with, searched first (speed only): _COUNTER opens with any
# non-space character, so its search of a page is tried at every character but spaces
# (~0.4 ms a dev page, ~1.5 % of the cleaner); this one at each "/", "o" and "O" only,
# and 103 of the 109 dev dumps hold none.
_COUNTER_HINT = re.compile(_TOTAL_AT_LINE_END, re.I | re.M)


def split_counted_pages(text: str) -> str:
    """``text`` with a form feed at each page break its page counters show, when it has
    none: a printed page copied as text from a PDF viewer, or saved by a tool that
    writes no form feed, repeats its running head and foot on every page ("12/1/26,
    10:00 AM   Headline | Site", "https://...   1/3"), inside the story's paragraphs.

    A page break is shown by ``n`` lines alike but for their counters ``1/n`` ... ``n/n``
    (``n`` >= 2), in that order: a foot's break follows each counter line but the last,
    a head's precedes each but the first (a head's first counter line is nearer the
    text's start than its last one is to the text's end). :func:`join_printed_pages`
    then reads the pages as one text. No tuned value.

    Parameters
    ----------
    text : str
        A text with line feeds as line ends.

    Returns
    -------
    str
        ``text``, with form feeds added at the breaks the counters show, if any.
    """
    if PAGE_BREAK in text or _COUNTER_HINT.search(text) is None or _COUNTER.search(text) is None:
        return text
    lines = text.split("\n")
    runs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for index, line in enumerate(lines):
        match = _COUNTER.search(line)
        if match:
            key = (_key(line[: match.start(1)]), match.group(2))
            runs.setdefault(key, []).append((index, int(match.group(1))))
    for (_, total), found in runs.items():
        if int(total) < 2 or [number for _, number in found] != list(range(1, int(total) + 1)):
            continue
        at = [index for index, _ in found]
        head = at[0] < len(lines) - 1 - at[-1]
        breaks = {index - 1 for index in at[1:]} if head else set(at[:-1])
        return "\n".join(
            line + (f"\n{PAGE_BREAK}" if index in breaks else "")
            for index, line in enumerate(lines)
        )
    return text


def _key(line: str, first_cell: bool = False) -> str:
    """A line as every page prints it: its numbers and its spacing aside; with
    ``first_cell``, only its first cell (the part before its first column gap)."""
    if first_cell:
        line = _COLUMN_GAP.split(line.strip(), maxsplit=1)[0]
    return " ".join(_DIGITS.sub("#", line).split())


#: A running line's key: whether it is its first cell's, and the key.
_RunningKey = tuple[bool, str]


def _is_running(line: str, key: _RunningKey) -> bool:
    """Whether ``line`` is the running line ``key`` names."""
    first_cell, text = key
    return _key(line, first_cell) == text


def _edge_line(page: list[str], top: bool, skip: int = 0) -> int | None:
    """The index of the page's first (``top``) or last non-blank line, past ``skip``
    non-blank lines from that edge (the running lines the page keeps)."""
    indices = range(len(page)) if top else range(len(page) - 1, -1, -1)
    found = (i for i in indices if page[i].strip())
    for _ in range(skip):
        next(found, None)
    return next(found, None)


def _running_line(
    pages: list[list[str]], top: bool, skips: dict[int, int] | None = None
) -> _RunningKey | None:
    """The key of the line every page, or every page but one, prints at that edge: the
    whole line's, else its first cell's (a head whose other cell alternates between odd
    and even pages, "The Examiner · 3 December 2026   World" / "...   News"), for lines
    with a column gap. ``skips``: the running lines a page keeps at that edge, by page."""
    skips = skips or {}
    found: list[tuple[int, _RunningKey]] = []  # (pages printing it, key), line then cell
    for first_cell in (False, True):
        keys = Counter()
        for number, page in enumerate(pages):
            edge = _edge_line(page, top, skips.get(number, 0))
            if edge is not None and (not first_cell or _COLUMN_GAP.search(page[edge].strip())):
                keys[_key(page[edge], first_cell)] += 1
        if keys:
            key, count = keys.most_common(1)[0]
            if count >= 2 and count >= len(pages) - 1:
                found.append((count, (first_cell, key)))
    # the whole line's key unless its first cell's is printed on more pages
    return max(found, key=lambda item: item[0])[1] if found else None


def _constant_cells(
    pages: list[list[str]], key: _RunningKey, top: bool, skips: dict[int, int] | None = None
) -> str | None:
    """The running line ``key`` as every page prints it: the cells (parts between column
    gaps) that no page prints otherwise, or None when no cell is constant."""
    skips = skips or {}
    lines = []
    for number, page in enumerate(pages):
        edge = _edge_line(page, top, skips.get(number, 0))
        if edge is not None and _is_running(page[edge], key):
            lines.append(page[edge])
    if len(set(lines)) == 1:
        return lines[0]  # printed alike on every page: kept as printed
    printings = [_COLUMN_GAP.split(line.strip()) for line in lines]
    if len({len(cells) for cells in printings}) != 1:
        return None
    constant = [cells[0] for cells in zip(*printings, strict=True) if len(set(cells)) == 1]
    return "   ".join(constant) or None


def _replace_edge(
    page: list[str], key: _RunningKey, top: bool, by: str | None, skip: int = 0
) -> None:
    """Replace the page's running line ``key`` (past ``skip`` kept lines from the edge)
    by ``by``, or remove it (None)."""
    edge = _edge_line(page, top, skip)
    if edge is None or not _is_running(page[edge], key):
        return
    if by is None:
        del page[edge]
        return
    page[edge] = by
    # the line kept stands apart from the text under (over) it, as a page prints it: a
    # paragraph's line glued to it would be read with it (its length setting the width
    # of a wrapped paragraph: analysis.clean.dump_text.join_hard_wraps)
    neighbour = edge + 1 if top else edge - 1
    if 0 <= neighbour < len(page) and page[neighbour].strip():
        page.insert(edge + 1 if top else edge, "")


def _trimmed(page: list[str]) -> list[str]:
    """The page's lines without the blank lines at its top and bottom."""
    first, last = _edge_line(page, True), _edge_line(page, False)
    return [] if first is None else page[first : last + 1]


def _leading_blanks(page: list[str]) -> list[str]:
    first = _edge_line(page, True)
    return page[:first] if first is not None else []


def _ends_sentence(line: str) -> bool:
    """Whether the line closes a sentence (a paragraph a page break did not cut)."""
    end = strip_closing_marks(line.rstrip())
    return bool(end) and end[-1] in SENTENCE_MARKS

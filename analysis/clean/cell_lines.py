"""A table a dump printed one cell a line: its rows joined again, cells apart by tabs.

BeautifulSoup's ``get_text()`` of a page whose markup puts every ``<td>`` on a line of
its own (most CMS templates and hand-written tables do), and any tool that keeps the
source's line breaks, prints a table one cell a line, a blank line between two rows:
"Ganbat Oyuunchimeg" / "1 214" / "52,4", then the next candidate's three lines. Read line
by line each cell is a short line of chrome, and a results table between two paragraphs
is a gap that ends the article's region before the rest of the story.

:func:`join_cell_lines` joins each row's cells into one line, tab-separated, as a
text browser prints a table's row (a table row to the body detector). The shape, with
no tuned value: at least :data:`MIN_ROWS` blocks of packed lines in a row, nothing but
blank lines between them, each block of the same number of lines (two to
:data:`MAX_CELLS` cells), each line a cell (at most :data:`CELL_MAX_WORDS` words, no
sentence's end), and one column holding a number alone (a count, a share, a score:
"1 214", "52,4", "58%") in every row but maybe the first (the header). A listing's cards
printed a few lines each (a headline, a date, a source) hold no column of numbers, and
a list's or a menu's lines are not blocks of equal size.
"""

from __future__ import annotations

import re

from analysis.text import count_word_tokens, count_words, has_unspaced_script

__all__ = ["CELL_MAX_WORDS", "MAX_CELLS", "MIN_ROWS", "join_cell_lines"]

#: A table holds at least this many rows printed one cell a line (a header and two rows).
MIN_ROWS = 3
#: A row holds at most this many cells (a box score's player, minutes, points ...).
MAX_CELLS = 8
#: A cell holds at most this many words (a name, a party, a figure; no sentence).
CELL_MAX_WORDS = 6
# A number alone: a count with thousands apart by a space, a comma, a dot or an
# apostrophe, maybe decimals, a sign or a per cent sign; Arabic-Indic digits too.
_NUMBER = re.compile(r"^[+\-−]?(?:\d{1,3}(?:[ \u00a0\u202f,.'’٬]\d{3})*|\d+)(?:[.,٫]\d+)?\s*[%٪]?$")
_SENTENCE_END = re.compile(r"[.!?।။።۔][\"'”’»)]*$")


def join_cell_lines(text: str) -> str:
    """``text`` with every table printed one cell a line printed one row a line.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, each such table's rows one line each, their cells apart by tabs
        (``text`` itself when it prints no such table).
    """
    if "\n\n" not in text:
        return text
    lines = text.split("\n")
    blocks = _blocks(lines)
    joined: list[tuple[int, int]] = []
    # whether each block's lines are all cells, worked out once: a run of blocks of one
    # size is scanned again from each of its blocks when it makes no table
    cells: dict[int, bool] = {}
    first = 0
    while first < len(blocks):
        size = blocks[first][1] - blocks[first][0]
        if not 2 <= size <= MAX_CELLS:  # (no table whatever follows: nothing to scan)
            first += 1
            continue
        stop = first
        while stop < len(blocks) and blocks[stop][1] - blocks[stop][0] == size:
            if stop not in cells:
                cells[stop] = all(_is_cell(lines[i]) for i in range(*blocks[stop]))
            if not cells[stop]:
                break
            stop += 1
        rows = blocks[first:stop]
        if 2 <= size <= MAX_CELLS and len(rows) >= MIN_ROWS and _has_number_column(lines, rows):
            joined.extend(rows)
            first = stop
        else:
            first += 1
    if not joined:
        return text
    starts = {start: stop for start, stop in joined}
    out: list[str] = []
    position = 0
    while position < len(lines):
        stop = starts.get(position)
        if stop is None:
            out.append(lines[position])
            position += 1
        else:
            out.append("\t".join(lines[i].strip() for i in range(position, stop)))
            position = stop
    return "\n".join(out)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of non-blank lines, as (start, stop) line numbers."""
    blocks = []
    position = 0
    while position < len(lines):
        if not lines[position].strip():
            position += 1
            continue
        stop = position
        while stop < len(lines) and lines[stop].strip():
            stop += 1
        blocks.append((position, stop))
        position = stop
    return blocks


def _is_cell(line: str) -> bool:
    """Whether a line may be a table's cell: a few words, no tab, no sentence's end.

    A text without letters of a script written without spaces has as many words as
    whitespace tokens (:func:`~analysis.text.count_words`' definition), counted so here:
    this runs while a page is read, outside the cleaner's per-page word counts, which
    would count the line again."""
    text = line.strip()
    words = count_words(text) if has_unspaced_script(text) else count_word_tokens(text)
    return (
        "\t" not in text
        and words <= CELL_MAX_WORDS
        and (_NUMBER.match(text) is not None or _SENTENCE_END.search(text) is None)
    )


def _has_number_column(lines: list[str], rows: list[tuple[int, int]]) -> bool:
    """Whether one column holds a number alone in every row but maybe the first."""
    size = rows[0][1] - rows[0][0]
    return any(
        all(_NUMBER.match(lines[start + column].strip()) for start, _ in rows[1:])
        for column in range(size)
    )

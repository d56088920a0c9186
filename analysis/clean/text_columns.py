"""A card grid a text browser printed side by side (``w3m -dump``): one column after another.

A text browser prints a grid of cards (a layout table, or CSS columns it lays out as
one) the way the screen shows it: two or three cards side by side, each wrapped in its
own column of characters, their lines interleaved (``Headline one      Headline two``
/ ``Teaser of one ...  Teaser of two ...``). Read line by line, the cards of a row ran
into one: one record for two or three stories, each line two stories' words. The grid
is told by its columns (:func:`unstack_columns`): a run of lines that all leave two
spaces or more just before the same column, text on both sides of it on three lines
or more, text right of it alone on one line or more (cells of unequal height: a table
of figures fills every row), and wrapped prose in each column (two lines or more of
three words or more: a table's cells are short). Such a run is printed column by
column; a column split so is looked at again for a column inside it (three cards a
row), and the lines its printer cut are joined (:func:`_unwrapped`: measured against
the column, not against the page, whose header runs across the columns); a
``pdftotext -layout`` page's two columns of one story are so read in order too. No
tuned value: the two spaces are the
narrowest gap that parts two columns from words in a sentence, three lines the least
that shows a column, three words a short line of prose.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

__all__ = ["unstack_columns"]

# A run of two spaces or more before a word: where a column may start (its end()).
_GAP = re.compile(r" {2,}(?=\S)")
# Text, two white spaces or more, text: what a line holding text on both sides of a
# column holds (the left cell ends two characters or more before the column, stripped of
# any white space, and the right cell holds text). A grid has three such lines or more
# (:func:`_is_grid`'s ``both``), so a text with fewer holds none and its columns are not
# looked for: 106 of the 109 dev dumps.
_INNER_GAP = re.compile(r"\S\s{2,}\S")
# The least number of lines holding text on both sides, and of lines starting at the
# column: three lines show a column.
_MIN_ROWS = 3
# A line of prose holds three words or more; each column holds two such lines or more.
_PROSE_WORDS = 3
_PROSE_LINES = 2


def unstack_columns(text: str) -> str:
    """``text`` with each grid of cards a text browser printed side by side printed one
    column after another.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, each run of lines parted into columns (see the module's note) printed
        as its left column's lines, a blank line, then the right column's (itself parted
        again when it holds a column); the text unchanged when it holds no such run
        (tabs are not read: a tab's width is the printer's).

    Examples
    --------
    >>> grid = (
    ...     "Ferry sails again        Bridge work starts\\n"
    ...     "\\n"
    ...     "The ferry left the       The bridge closes for\\n"
    ...     "harbour at noon with     two weeks from Monday\\n"
    ...     "its new crew.            night and reopens on\\n"
    ...     "                         Friday.\\n"
    ...     "Ann Lee                  Tom Fry\\n"
    ... )
    >>> print(unstack_columns(grid))
    Ferry sails again
    <BLANKLINE>
    The ferry left the harbour at noon with its new crew.
    <BLANKLINE>
    Ann Lee
    <BLANKLINE>
    Bridge work starts
    <BLANKLINE>
    The bridge closes for two weeks from Monday night and reopens on Friday.
    Tom Fry
    <BLANKLINE>
    """
    if "  " not in text:
        return text
    lines = text.split("\n")
    parted = _parted(lines)
    return text if parted is None else "\n".join(parted)


def _parted(lines: list[str], width: int | None = None) -> list[str] | None:
    """``lines`` with their first grid printed column by column, and the lines after
    it looked at again; ``None`` when they hold no grid. In ``lines`` that are a column
    of an outer grid (``width`` given), the lines under the inner grid go on in its left
    column (a story's column whose first paragraphs stood beside a 'Most read' column:
    the story goes on under it): they are printed right after that column, joined where
    the printer cut them, and the right column after them."""
    if any("\t" in line for line in lines):
        return None
    if sum(1 for line in lines if _INNER_GAP.search(line)) < _MIN_ROWS:
        return None
    starts = Counter(m.end() for line in lines for m in _GAP.finditer(line))
    for column in sorted(at for at, count in starts.items() if count >= _MIN_ROWS):
        span = _grid_span(lines, column)
        if span is None:
            continue
        first, last = span
        left = [line[:column].rstrip() for line in lines[first:last]]
        right = [line[column:].rstrip() for line in lines[first:last]]
        columns = [_column(left), _column(right)]
        head, after = lines[:first], lines[last:]
        if width is not None and any(line.strip() for line in after):
            columns[0] = [*columns[0], "", *after]  # the lines below go on in the left column
            after = []
        printed: list[str] = []
        for part in columns:
            part_width = _column_width(part)
            inner = _parted(part, part_width)
            if printed:
                printed.append("")
            printed.extend(_unwrapped(part, part_width) if inner is None else inner)
        rest = _parted(after, width)
        return head + printed + (after if rest is None else rest)
    return None


def _grid_span(lines: list[str], column: int) -> tuple[int, int] | None:
    """The first run of ``lines`` parted at ``column`` into a grid's columns, as its
    first line's index and the index after its last; ``None`` when none is."""
    index = 0
    while index < len(lines):
        if not _fits(lines[index], column):
            index += 1
            continue
        end = index
        while end < len(lines) and _fits(lines[end], column):
            end += 1
        span = _trimmed(lines, index, end, column)
        if span is not None and _is_grid(lines[span[0] : span[1]], column):
            return span
        index = end
    return None


def _fits(line: str, column: int) -> bool:
    """Whether ``line`` leaves two spaces or more before ``column`` (or ends there)."""
    return not line[:column].rstrip() or len(line[:column].rstrip()) <= column - 2


def _trimmed(lines: list[str], start: int, end: int, column: int) -> tuple[int, int] | None:
    """The run ``lines[start:end]`` from the paragraph of its first line with text
    starting at ``column`` to the paragraph of its last (a left cell may run on below
    the right one's last line; a page's foot printed further right is no cell of the
    grid); ``None`` when no line has text there."""
    right = [i for i in range(start, end) if lines[i][column : column + 1].strip()]
    if not right:
        return None
    first, last = right[0], right[-1] + 1
    while first > start and lines[first - 1].strip():
        first -= 1
    while last < end and lines[last].strip():
        last += 1
    return first, last


def _is_grid(run: list[str], column: int) -> bool:
    """Whether ``run`` prints two columns of prose parted at ``column``."""
    both = right_only = left_only = at_column = menu_items = 0
    prose_left = prose_right = 0
    for line in run:
        left, right = line[:column].strip(), line[column:].strip()
        if left and right:
            both += 1
        elif right:
            right_only += 1
        elif left:
            left_only += 1
        # a menu's item: fewer than three words of letters (its bullet is no word)
        menu_items += sum(any(c.isalpha() for c in word) for word in left.split()) < _PROSE_WORDS
        if len(line) > column and line[column] != " ":
            at_column += 1
        prose_left += len(left.split()) >= _PROSE_WORDS
        prose_right += len(right.split()) >= _PROSE_WORDS
    # a menu column beside the text (a page laid out in a table: the site's sections one
    # a line left of the story): no line of prose on the left, and a left cell beside no
    # text on the right (the menu runs on past the text's paragraphs; a table's label
    # sits beside its value)
    menu = menu_items == len(run) and left_only >= 1
    return (
        both >= _MIN_ROWS
        and right_only >= 1
        and at_column >= _MIN_ROWS
        and (prose_left >= _PROSE_LINES or menu)
        and prose_right >= _PROSE_LINES
    )


def _column(lines: list[str]) -> list[str]:
    """A column's lines without the indent most of its lines hold (a cell's text
    printed two columns right of its picture's label; a paragraph's first line indented
    further keeps the difference), blank lines at its ends taken off."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    indents = Counter(len(line) - len(line.lstrip()) for line in lines if line.strip())
    indent = max(indents, key=lambda width: (indents[width], -width), default=0)
    return [line[min(indent, len(line) - len(line.lstrip())) :] for line in lines]


def _column_width(lines: list[str]) -> int:
    """A column's width: its longest line with a line of text under it (a paragraph's
    line the printer cut; a line standing alone, a headline, a byline, the columns' own
    header, may be printed wider), else its longest line."""
    cut = [len(a.rstrip()) for a, b in pairwise(lines) if a.strip() and b.strip()]
    return max(cut or [len(line.rstrip()) for line in lines] or [0])


def _unwrapped(lines: list[str], width: int | None = None) -> list[str]:
    """A column's lines with each one its printer cut joined to the next: the next
    line's first word would not have fitted after it within the column's width
    (``width``, else :func:`_column_width`), and the next line opens with a letter, not
    set in (a name over a date, a sentence over an indented paragraph, stay apart). The
    page's hard-wrap joiner measures the page's widest line, a header's across all the
    columns."""
    width = _column_width(lines) if width is None else width
    out: list[str] = []
    before = ""  # the line above as printed
    for line in lines:
        text = line.rstrip()
        words = line.split()
        indented = line[:1].isspace()  # a paragraph's first line, set in
        if before.strip() and words and not indented and _goes_on(before, words[0], width):
            out[-1] = f"{out[-1]} {text.strip()}"
        else:
            out.append(text)
        before = text
    return out


# Quotation marks and a bracket that may open a cut line's next word ("«We ...").
_OPENING_MARKS = "«»“”„‘’‚‹›\"'(「『"


def _goes_on(line: str, word: str, width: int) -> bool:
    """Whether ``line`` was cut before ``word`` (the next line's first) at ``width``."""
    return len(line) + 1 + len(word) > width and word.lstrip(_OPENING_MARKS)[:1].isalpha()

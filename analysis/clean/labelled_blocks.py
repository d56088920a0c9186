"""Labelled blocks: a media-monitoring report printed one article a block of labelled lines.

A coverage report printed to text (a PDF's text, an e-mail) lists each article it found
as a block of ``Label: value`` lines over the article's text, the labels the columns of a
clipping table (:mod:`analysis.clean.clipping_table`) would name::

    Title: Dairy opens a new cheese line
    Outlet: Valley Courier (daily)
    Date: 02.12.2026    Page: 5    Author: Jane Roe
    Reach: 38 000
    The plant will spend 30 million on a line for aged cheese.

A line may hold several labelled values set apart by two spaces or more, or a tab. A
database shell or a scraper prints each record's fields so too: ``  title = ...`` lines
(sqlite3's ``.mode line``, right-aligned labels and ``=``), a dict's or a document's
``'title': '...',`` lines (a Scrapy item as Python prints it, a MongoDB shell's
``title: '...',``), a label joined by underscores (``pub_date``) read as its words, the
quotes round a value and the comma or brace after it no part of it. The
labels decide, as a clipping table's header does (:data:`~analysis.clean.clipping_table.
COLUMN_ROLES`, the language's words for a report's fields, not a site's): a block is an
article when its labels give a headline and an outlet, none twice, and it has a text: the
unlabelled lines right under it, up to a blank line, or a text's label's value. A label
may join its words by a dot (a feed tool's ``Pub.date:``), and a block naming no outlet
takes its address label's host (``Link: https://www.example.nz/a`` -> ``example.nz``), as
a table's ``url`` column gives its rows' outlet. A page is
read so when :data:`~analysis.clean.card_blocks.MIN_CARDS` blocks or more are articles.

A feed reader's saved articles joined in one file (newsboat's ``s``ave writes each as
``Feed:``, ``Title:``, ``Author:``, ``Date:`` and ``Link:`` lines, a blank line, then the
text's paragraphs and a ``Links:`` list) are such blocks too: a header labelling a feed
and an address over a blank line takes the paragraphs after it, up to the next labelled
line, as its text, and its feed is its outlet.

A site's posts printed one after another with their front matter (``head`` or ``cat`` of
a static site's Markdown files: ``title = "..."`` lines between ``+++`` lines, TOML, or
``title: ...`` lines between ``---`` lines, YAML) are such blocks too: the fence closing
the labelled lines and the blank lines after it open the text, and a block fenced so is
an article when its labels give a headline, an author and a date (the site's own posts,
as a clipping table of a publishing system's posts is: the page's site their outlet).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_fields import BRACKETED_NOTE
from analysis.clean.card_lines import find_time
from analysis.clean.clipping_table import (
    ADDRESS,
    ADDRESS_COLUMNS,
    COLUMN_ROLES,
    host_span,
    may_name_a_headline,
)
from analysis.clean.line_gates import LiteralGate
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN

#: Most words of a label (``Publication date``).
MAX_LABEL_WORDS = 3

# A labelled value: a label of letters (with their combining marks: Gurmukhi "ਸਿਰਲੇਖ"),
# words apart by a space or an underscore, maybe quoted and opening a dict's brace, its
# colon (or a spaced "="), the value (up to the next one).
_WORD = LETTER_RUN.pattern
_LABELLED = re.compile(
    rf"[{{\[]?\s*(['\"]?)_?({_WORD}(?:[ _.]{_WORD}){{0,{MAX_LABEL_WORDS - 1}}})\1"
    r"(?::|[ \t]+=(?=[ \t]))[ \t]*"
)
# A value's quotes and the comma, bracket or brace closing its record's line after it.
_QUOTED_VALUE = re.compile(r"""(['"])(.*)\1\s*[,}\]]*\s*$""")
# A label's mark: a colon, or "=" between spaces.
_HAS_MARK = re.compile(r":|\s=\s")
# A line holding neither a colon nor "=" is not searched (speed only).
_MARK_GATE = LiteralGate(_HAS_MARK)
# What sets a line's labelled values apart: a tab or two spaces or more.
_GAP = re.compile(r"\t+| {2,}")
# A front matter's fence, TOML's or YAML's, over and under its labelled lines.
_FENCE = re.compile(r"^\s*(\+\+\+|---)\s*$")
# The label naming a feed reader's feed (newsboat's "Feed:"), the site of its saved
# articles (the clipping table's outlet words hold it).
_FEED_LABEL = "feed"
# The fields a post's front matter gives when the site's own posts print it (no outlet).
_POST_FIELDS = frozenset({"title", "byline", "published"})


def labelled_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """The articles of a report printed one block of labelled lines each ([] on another
    page).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.

    Returns
    -------
    list of ArticleRegion
        One per article block, in page order: its extent from its first labelled line
        to its last text line; its fields the values of the labels a field takes (an
        outlet without a bracketed note after it; a value without a letter or a digit,
        ``–``, left out); its body the unlabelled lines under it and a text's label's
        value. Empty when fewer than :data:`~analysis.clean.card_blocks.MIN_CARDS`
        blocks are articles.
    """
    if sum(1 for line in lines if _has_mark(line) and may_name_a_headline(line)) < MIN_CARDS:
        return []  # (most pages: each article's block has a line labelling its headline)
    rows = []
    i = 0
    while i < len(lines):
        if _values(lines[i]) is None:
            i += 1
            continue
        start = i
        while i < len(lines) and _values(lines[i]) is not None:
            i += 1
        fenced = _fenced(lines, start, i)
        text_start = text_end = i + 1 if fenced else i
        while fenced and text_start < len(lines) and not lines[text_start].strip():
            text_start = text_end = text_start + 1
        while (
            text_end < len(lines)
            and lines[text_end].strip()
            and _values(lines[text_end]) is None
            and not _record_closed(lines, text_end)
        ):
            text_end += 1
        if not fenced and text_end == text_start and _header_over_text(lines, start, i):
            # a feed reader's saved article: its header, a blank line, its paragraphs
            text_start, text_end = _saved_text(lines, i)
        region = _block(lines, start, i, (text_start, text_end), fenced)
        if region is not None:
            rows.append(region)
        i = max(i, text_end)
    return rows if len(rows) >= MIN_CARDS else []


def _header_over_text(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the labelled lines ``start`` to ``end`` (exclusive) are a feed reader's
    header over a saved article's text (newsboat's ``s``ave: ``Feed:``, ``Title:``,
    ``Author:``, ``Date:``, ``Link:`` lines, a blank line, the text): they label a feed's
    name and an address, each on a line of its own, and a blank line and an unlabelled
    line follow them."""
    names = set()
    for line in lines[start:end]:
        match = _LABELLED.match(line)
        if match is not None:
            names.add(" ".join(LETTER_RUN.findall(match.group(2).casefold())))
    return (
        _FEED_LABEL in names
        and bool(names & set(ADDRESS_COLUMNS))
        and end + 1 < len(lines)
        and not lines[end].strip()
        and bool(lines[end + 1].strip())
        and _values(lines[end + 1]) is None
    )


def _saved_text(lines: Sequence[str], end: int) -> tuple[int, int]:
    """The lines of a saved article's text after its header's blank line: its paragraphs
    up to the next labelled line (the next article's header, a ``Links:`` list's label),
    the blank lines at its end left out."""
    text_start = text_end = end + 1
    while text_end < len(lines) and _values(lines[text_end]) is None:
        text_end += 1
    while text_end > text_start and not lines[text_end - 1].strip():
        text_end -= 1
    return text_start, text_end


def _fenced(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the labelled lines ``start`` to ``end`` (exclusive) are a front matter:
    the same fence on the line over them and on the line under them."""
    if start == 0 or end >= len(lines):
        return False
    over, under = _FENCE.match(lines[start - 1]), _FENCE.match(lines[end])
    return over is not None and under is not None and over.group(1) == under.group(1)


def _has_mark(line: str) -> bool:
    """Whether ``line`` holds a label's mark (:data:`_HAS_MARK`)."""
    return _MARK_GATE.may_match(line) and _HAS_MARK.search(line) is not None


def _record_closed(lines: Sequence[str], i: int) -> bool:
    """Whether the labelled lines over line ``i`` are a printed record that ends there
    (its last line closing a brace or a bracket, or line ``i`` a brace alone): the lines
    after it are no text of it (a log's next line, the next record)."""
    closing = lines[i - 1].rstrip().rstrip(",")
    return closing.endswith(("}", "]")) or not lines[i].strip().strip("{}[],")


def _values(line: str) -> list[tuple[str | None, int, int]] | None:
    """A labelled line's values: per ``Label: value`` part, the field its label gives
    (None: a label no field takes) and the value's span; None for a line that is not
    labelled parts only."""
    if not _has_mark(line):
        return None
    parts = []
    offset = 0
    for piece in [*_GAP.split(line), None]:
        if piece is None:
            break
        start = line.index(piece, offset) if piece else offset
        offset = start + len(piece)
        if not piece.strip():
            continue
        match = _LABELLED.match(piece)
        if match is None:
            return None
        name = " ".join(LETTER_RUN.findall(match.group(2).casefold()))
        role = next((field for field, words in COLUMN_ROLES.items() if name in words), None)
        if role is None and name in ADDRESS_COLUMNS:
            role = ADDRESS
        value_start = start + match.end()
        value_end = start + len(piece.rstrip())
        if quoted := _QUOTED_VALUE.match(line, value_start, value_end):
            value_start, value_end = quoted.span(2)
        parts.append((role, value_start, value_end))
    return parts or None


def _block(
    lines: Sequence[str], start: int, end: int, text: tuple[int, int], fenced: bool
) -> ArticleRegion | None:
    """The article of the labelled lines ``start`` to ``end`` (exclusive) over their text
    lines (``text``: from, to), or None when the labels give no article (a ``fenced``
    block, a post's front matter, may give a headline, an author and a date instead of an
    outlet)."""
    fields: list[FieldSpan] = []
    cited_dates: list[FieldSpan] = []
    addresses: list[FieldSpan] = []
    body = list(range(*text))
    text_end = text[1]
    for i in range(start, end):
        for role, value_start, value_end in _values(lines[i]) or []:
            if role == ADDRESS:
                addresses.append(host_span(lines[i], i, value_start, value_end))
                continue
            if role is None:
                continue
            value = lines[i][value_start:value_end]
            if role == "outlet":
                value_end -= len(value) - len(BRACKETED_NOTE.sub("", value))
                if cited := _cited_date(lines[i], value_start, value_end):
                    value_end = cited[0]  # "Paper, 03.12.2026, p. 5": the paper's name
                    cited_dates.append(FieldSpan(i, *cited[1:], "published"))
            if not any(c.isalnum() for c in lines[i][value_start:value_end]):
                continue
            fields.append(FieldSpan(i, value_start, value_end, role))
            if role == "body":
                body.append(i)
    if "published" not in {f.field for f in fields}:
        fields += cited_dates  # the date the source's citation gives, when no label does
    if "outlet" not in {f.field for f in fields} and addresses:
        fields.append(addresses[0])  # a feed tool's "Link:": its host, as a table's url
    roles = [f.field for f in fields]
    given = {"title", "outlet"} <= set(roles) or (fenced and set(roles) >= _POST_FIELDS)
    if len(roles) != len(set(roles)) or not given or not body:
        return None
    return ArticleRegion(start, text_end - 1, tuple(sorted(body)), tuple(fields))


def _cited_date(line: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where a source's name ends and its date's span, when the source's value cites the
    issue after the name, a comma between (a clippings database's "Source: The Valley
    Courier, 03.12.2026, p. 5", a library's citation): (name's end, date's start, date's
    end); None when no date follows the name so."""
    time = find_time(line[start:end])
    if time is None:
        return None
    name = line[start : start + time[0]]
    if not name.rstrip().endswith(",") or not any(c.isalpha() for c in name):
        return None
    return start + len(name.rstrip().rstrip(",").rstrip()), start + time[0], start + time[1]

"""A read-later service's highlights export in Markdown: one card per saved article.

A reader who highlights passages in a read-later service (Readwise, Omnivore, Obsidian's
highlight plugins) exports them as Markdown: a level-one heading per article, a list of
its fields (``- Author: Jane Roe``, ``- Full Title: ...``, ``- Site: Harbour Weekly``,
``- Published: 2026-12-04``, ``- URL: https://...``) under a heading of its own, then
the passages highlighted, one list item each::

    # Ferry gets a new engine

    ## Metadata
    - Author: Jane Roe
    - Full Title: Ferry to the islands gets a new engine
    - Site: Harbour Weekly
    - Published: 2026-12-04

    ## Highlights
    - The yard finished the work ahead of the winter timetable.

Read as a page, the first article's fields read as the page's, and every article's
passages as one body. :func:`highlight_rows` reads each article as a card: the list's
labelled items its fields, by the words a clipping table's columns are named with
(:data:`~analysis.clean.clipping_table.COLUMN_ROLES`), with the export's own words for
a headline written whole (``Full Title``, over the heading's short one) and for the
site (``Site``, ``Site Name``); the unlabelled items its text, without their list marks.
An article's section opens with its heading over its fields' list (a part's heading
between, "Metadata"), nothing above the first; every section must name a headline and
a site, an author or a date by label and hold a passage, its other lines being parts'
headings; :data:`~analysis.clean.card_blocks.MIN_CARDS` sections or more, or one
section in the export's own frame: a service writing one file an article (Readwise's
Obsidian export) heads its fields and its passages with parts' headings ("## Metadata",
"## Highlights": :data:`MIN_FRAME_HEADINGS` of them, their marks taken off or not), the
cover's image alone on a line between (review h321). A value written as a wiki link (``- Author:
[[Jane Roe]]``) is read inside its brackets. No value is tuned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.clipping_table import COLUMN_ROLES
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN

__all__ = ["highlight_rows"]

# A heading of a lower level: a part of an article's section ("## Highlights"); a line
# of one to three words when the reader took the Markdown marks off ("Highlights").
_PART_HEADING = re.compile(r"^#{2,6}\s+\S")
#: Most words of a part's heading left without its marks.
MAX_PART_WORDS = 3
# A list item: its mark, then its text.
_ITEM = re.compile(r"^\s*[-*+]\s+(?P<text>\S.*?)\s*$")
# A labelled item's text: a label of one to three words, a colon, the value.
_LABELLED = re.compile(rf"^(?P<label>{LETTER_RUN.pattern}(?: {LETTER_RUN.pattern}){{0,2}}):\s*")
#: The export's own labels, beside a clipping table's column names: the headline
#: written whole, the site's name.
EXPORT_LABELS = {"full title": "title", "site": "outlet", "site name": "outlet"}
#: The parts' headings a one-article file holds (its fields' part and its passages'
#: part).
MIN_FRAME_HEADINGS = 2
# A Markdown image alone on its line (the article's cover: "![rw-book-cover](https://...)").
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)\s]*\)\s*$")
# A value written as a wiki link, its brackets around it ("[[Jane Roe]]").
_WIKI_LINK = re.compile(r"^\[\[(?P<inner>[^\[\]]+)\]\]$")


def highlight_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """A highlights export's articles as cards (see the module doc).

    Parameters
    ----------
    lines : sequence of str
        The page's text, line by line (the Markdown marks of its headings taken off
        or not).

    Returns
    -------
    list of ArticleRegion
        One per article, top to bottom, its labelled items' values the fields and its
        other items the text; none at all when a section is no article's or there are
        fewer than :data:`~analysis.clean.card_blocks.MIN_CARDS`.
    """
    labelled = [j for j, line in enumerate(lines) if ":" in line and _labelled_field(line)]
    if len(labelled) < 2:  # (two fields a section at least)
        return []
    starts: list[int] = []
    after = -1  # an article's heading, then its fields' list from this line
    for i in sorted({i for j in labelled for i in range(max(0, j - 6), j)}):
        if i >= after and (fields_at := _fields_under(lines, i)) is not None:
            starts.append(i)
            after = fields_at
    if not starts or any(lines[i].strip() for i in range(starts[0])):
        return []
    if len(starts) < MIN_CARDS and not _one_article_file(lines, starts):
        return []
    rows = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        region = _article(lines, start, end)
        if region is None:
            return []
        rows.append(region)
    return rows


def _one_article_file(lines: Sequence[str], starts: list[int]) -> bool:
    """Whether the export is one article's file in its own frame: one section, holding
    :data:`MIN_FRAME_HEADINGS` parts' headings."""
    heads = sum(1 for line in lines[starts[0] + 1 :] if line.strip() and _is_part_heading(line))
    return len(starts) == 1 and heads >= MIN_FRAME_HEADINGS


def _fields_under(lines: Sequence[str], i: int) -> int | None:
    """The line of the first labelled item under line ``i`` when ``i`` is an article's
    heading (its fields' list under it, a part's heading between); None otherwise."""
    if not lines[i].strip() or _ITEM.match(lines[i]) or _PART_HEADING.match(lines[i]):
        return None
    below = [
        j
        for j in range(i + 1, min(len(lines), i + 7))
        if lines[j].strip() and not _IMAGE_LINE.match(lines[j])  # (the cover's image)
    ][:2]
    if below and _is_part_heading(lines[below[0]]):
        below = below[1:]
    return below[0] if below and _labelled_field(lines[below[0]]) else None


def _labelled_field(line: str) -> str | None:
    """The field a list item's label names ("- Author: Jane Roe": byline), or None."""
    item = _ITEM.match(line)
    labelled = _LABELLED.match(item["text"]) if item is not None else None
    return _field(labelled["label"]) if labelled is not None else None


def _is_part_heading(line: str) -> bool:
    """Whether a line heads a part of an article's section ("## Metadata")."""
    if _PART_HEADING.match(line):
        return True
    text = line.strip()
    return not _ITEM.match(line) and 0 < len(text.split()) <= MAX_PART_WORDS and text[-1].isalpha()


def _article(lines: Sequence[str], start: int, end: int) -> ArticleRegion | None:
    """The card of the section from its heading ``start`` to ``end``; None when it
    names no headline and no site, author or date, or holds no passage."""
    fields: dict[str, FieldSpan] = {}
    body: list[int] = []
    spans: list[FieldSpan] = []
    for i in range(start + 1, end):
        item = _ITEM.match(lines[i])
        if item is None:
            if (
                lines[i].strip()
                and not _is_part_heading(lines[i])
                and not _IMAGE_LINE.match(lines[i])
            ):
                return None  # a paragraph of its own: no export's section
            continue
        labelled = _LABELLED.match(item["text"])
        field = _field(labelled["label"]) if labelled is not None else None
        if labelled is None:
            body.append(i)
            spans.append(FieldSpan(i, item.start("text"), item.end("text"), "body"))
        elif field is not None and field not in fields:
            offset, end = item.start("text") + labelled.end(), item.end("text")
            if _WIKI_LINK.match(lines[i][offset:end]):
                offset, end = offset + 2, end - 2  # "[[Jane Roe]]": the name inside
            fields[field] = FieldSpan(i, offset, end, field)
    if "title" not in fields:
        heading = lines[start]
        opening = len(heading) - len(heading.lstrip("# "))
        fields["title"] = FieldSpan(start, opening, len(heading.rstrip()), "title")
    if len(fields) < 2 or not body:
        return None
    last = max(body[-1], *(span.line_no for span in fields.values()))
    return ArticleRegion(start, last, tuple(body), tuple([*fields.values(), *spans]))


def _field(label: str) -> str | None:
    """The field a labelled item fills (title, outlet, published, byline), or None."""
    name = " ".join(LETTER_RUN.findall(label.casefold()))
    if name in EXPORT_LABELS:
        return EXPORT_LABELS[name]
    return next(
        (
            field
            for field in ("title", "outlet", "published", "byline")
            if name in COLUMN_ROLES[field]
        ),
        None,
    )

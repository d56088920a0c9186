"""Segment a page into labelled blocks: every character accounted for exactly once.

The BLOCKS table (one page, or many pages stacked) has one row per block:

=============  ======================================================================
column         meaning
=============  ======================================================================
page           page name (the raw file's name)
block_id       0, 1, ... in page order
line_no        0-based index of the line that holds the block
start, end     character offsets into the normalized page text, ``end`` exclusive
label          ``body``, ``title``, ``metadata`` or ``boilerplate``
field          finer kind, see :data:`FIELD_LABELS`
article_index  the article's position in the page (0, 1, ...), -1 for page chrome
text           ``page_text[start:end]``
=============  ======================================================================

Invariants (checked by :func:`validate_blocks`): blocks are contiguous and
non-overlapping and cover ``[0, len(text))``, so the characters of the four labels add
up to the page. A line's trailing ``\\n`` belongs to the line's last block. A line is
one block unless part of it is a value (a byline inside "By NAME June 2, 2025 3 Mins
Read", a category in a breadcrumb) or a CMS artefact inside body text; then it is cut
into several blocks.

Fields and their labels:

- body: ``body`` (a body line); ``blank`` (an empty or whitespace-only line) is labelled
  ``body`` when the nearest non-blank lines above and below are body lines of the same
  article, else ``boilerplate``;
- title: ``title`` (the article's title, once), ``title_repeat`` (the same title
  rendered again in the article's header, card or breadcrumb);
- metadata: ``outlet``, ``byline``, ``published``, ``relative_time``, ``category``,
  ``credited_source``;
- boilerplate: ``chrome`` (menus, share bars, footers, labels around values),
  ``promo`` (non-body lines inside a body: "READ MORE" links, ads), ``cms_artefact``
  (markup left by a CMS inside body text: ``[[nid:123]]``, ``{{...}}``, ``[caption ...]``).

Blocks inside an article's extent (its header, body and trailing credit; a listing
card) carry its article_index; the page's own site name (outlet of an article page) is
also attributed to the article.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.clean.body import body_line_indices
from analysis.clean.closing_notes import BIO_LABEL, without_closing_notes
from analysis.clean.editor_notes import is_editor_note, without_notes
from analysis.clean.html_cards import letters
from analysis.clean.html_stories import story_regions
from analysis.clean.legal_notes import is_legal_note
from analysis.clean.listing import ArticleRegion, find_cards_or_updates
from analysis.clean.listing_lookalikes import stamped_headlines
from analysis.clean.main_text_end import continued_main_text
from analysis.clean.main_text_start import opened_main_text
from analysis.clean.markup_lines import NO_MARKUP, MarkupLines
from analysis.clean.opening_bio import without_opening_bio
from analysis.clean.page_metadata import FIND_SITE, FieldSpan, KnownSite, article_page_fields
from analysis.clean.paywall import without_paywall_box
from analysis.clean.reader_notes import is_reader_note
from analysis.errors import TableError
from analysis.gc_pause import collection_paused
from analysis.text import is_blank
from analysis.vocabulary import BLOCKS_COLUMNS, FIELD_LABELS

if TYPE_CHECKING:
    import pandas as pd

_CMS_ARTEFACT = re.compile(
    r"\[\[[^\[\]\n]{1,100}\]\]"
    r"|\{\{[^{}\n]{1,100}\}\}"
    r"|\[/?(?:caption|embed|gallery|video|audio|playlist)\b[^\]\n]{0,200}\]"
)

#: A BLOCKS table as plain lists, one per column (one page, or a chunk of pages).
BlockColumns = dict[str, list]

_Piece = tuple[int, int, str, str, int]  # start, end (in line), label, field, article_index


def segment_page(
    text: str,
    name: str,
    body_lines: Sequence[int] | None = None,
    byline: str | None = None,
    marks: MarkupLines = NO_MARKUP,
) -> pd.DataFrame:
    """Cut one page's text into labelled blocks (the BLOCKS table of one page).

    A page with article cards (analysis.clean.listing) is split into one article per card;
    otherwise the body lines come from analysis.clean.body and the title and metadata from
    analysis.clean.page_metadata, giving at most one article.

    Parameters
    ----------
    text : str
        The page's normalized text (analysis.clean.read).
    name : str
        The page name written in the ``page`` column.
    body_lines : sequence of int, optional
        The body lines of an article page when they are known from elsewhere (an HTML
        page's main text, analysis.clean.html_page); None: found by analysis.clean.body.
    byline : str, optional
        The article's byline when known from elsewhere (a manifest, the markup): an
        author's biography closing the body is looked for with it too.
    marks : MarkupLines
        What an HTML page's markup says of some of its lines
        (:attr:`analysis.clean.html_page.HtmlMetadata.markup_lines`): the headlines of
        the whole stories it prints under headings of their own (each a card though
        its text is no teaser), the lines opening whole stories' texts, the name lines
        closing its cards.

    Returns
    -------
    pandas.DataFrame
        The blocks, in page order; see the module docstring for the columns.
    """
    return blocks_frame(segment_page_columns(text, name, body_lines, byline=byline, marks=marks))


@collection_paused
def segment_page_columns(
    text: str,
    name: str,
    body_lines: Sequence[int] | None = None,
    site: KnownSite = FIND_SITE,
    byline: str | None = None,
    marks: MarkupLines = NO_MARKUP,
) -> BlockColumns:
    """:func:`segment_page` as plain lists, one per BLOCKS column (no pandas per page).

    The per-page hot path of ``clean``: the columns of many pages are joined and turned
    into one table per chunk (:func:`blocks_frame`). ``site`` is the page's site name
    when the caller has found it (analysis.clean.page_metadata.KnownSite).

    Parameters
    ----------
    text : str
        The page's normalized text.
    name : str
        The page name, written in every row's ``page``.
    body_lines : sequence of int, optional
        As for :func:`segment_page`.
    site : KnownSite
        The site name, or :data:`FIND_SITE` to find it when needed.
    byline, marks : optional
        As for :func:`segment_page`.

    Returns
    -------
    BlockColumns
        Column name -> list, one entry per block in page order.
    """
    lines = text.split("\n")
    regions = find_article_regions(lines, body_lines, site, byline, marks)
    return _block_columns(lines, regions, name)


def region_block_columns(text: str, name: str, regions: Sequence[ArticleRegion]) -> BlockColumns:
    """The block columns of a page whose articles' regions are known from elsewhere (a
    news database export's story: analysis.clean.news_export).

    Parameters
    ----------
    text : str
        The page's normalized text.
    name : str
        The page name, written in every row's ``page``.
    regions : sequence of ArticleRegion
        The articles' lines and field spans (line indices into ``text``).

    Returns
    -------
    BlockColumns
        As :func:`segment_page_columns` returns them.
    """
    return _block_columns(text.split("\n"), regions, name)


def find_article_regions(
    lines: Sequence[str],
    body_lines: Sequence[int] | None = None,
    site: KnownSite = FIND_SITE,
    byline: str | None = None,
    marks: MarkupLines = NO_MARKUP,
) -> list[ArticleRegion]:
    """Return the articles of a page as regions: listing cards, else the one article.

    ``body_lines`` (when given and not empty) are the article's body lines (an HTML page's
    main text, continued by the detector's prose when it stops mid-story:
    :func:`analysis.clean.main_text_end.continued_main_text`, and opened by a
    fact-check's box of fields right above it:
    :func:`analysis.clean.main_text_start.opened_main_text`); else the body detector
    finds them, with a live blog's updates (their headlines and texts) that the listing
    splitter found to be one article's. ``site``: the page's site name when already found
    (default: found when an article page needs it).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_lines : sequence of int, optional
        Known body lines; ignored on a listing page.
    site : KnownSite
        As for :func:`segment_page_columns`.
    byline : str, optional
        As for :func:`segment_page`. With the bylines the page prints above the body, it
        names the authors whose biography closing the body is no body; nor is a
        print-edition note there (:func:`analysis.clean.closing_notes.without_closing_notes`).
    marks : MarkupLines
        As for :func:`segment_page`.

    Returns
    -------
    list of ArticleRegion
        The cards in page order, the one article, or none when no body is found.
    """
    # The body detector runs at most once: for the listing test (body outside the cards)
    # and, when the page is no listing, for its article.
    detected_body = functools.cache(lambda: body_line_indices(list(lines)))
    stories = marks.story_headlines
    if stories and (regions := story_regions(lines, stories)):
        return _without_story_notes(lines, regions)  # whole stories under headings
    cards, updates = find_cards_or_updates(lines, detected_body, marks)
    if cards:
        return _without_story_notes(lines, cards)
    body = (
        opened_main_text(
            lines,
            continued_main_text(lines, body_lines, detected_body(), marks.beside_story),
            detected_body(),
        )
        if body_lines
        else sorted({*detected_body(), *updates})
    )
    if updates and not body_lines:  # a live blog: the headlines its updates missed
        body = sorted({*body, *stamped_headlines(lines, body)})
    if not body:
        return []
    fields = article_page_fields(lines, body, site)
    if marks.menus:  # a menu's links rendered on one line over the headline: no section
        fields = [f for f in fields if not _is_menu_category(f, lines, marks.menus)]
    field_lines = {f.line_no for f in fields}
    body = [i for i in body if i not in field_lines]  # a line with a value is not body
    bios = len(body) > 1 and any(f.field == "byline" and f.line_no > body[-1] for f in fields)
    if bios and BIO_LABEL.match(lines[body[-1]]):
        body.pop()  # "About the authors" over the biographies naming the byline
    # a correction, an editing note; "Disclaimer: ... no investment advice"; a content
    # warning, a support note, an affiliate disclosure (first: a correction appended
    # under the author's biography leaves the biography closing the body)
    body = without_notes(lines, body, is_editor_note, is_legal_note, is_reader_note)
    if not body:
        return []
    # the notes closing the body (a print-edition note, the author's biography)
    bylines = [lines[f.line_no][f.start : f.end] for f in fields if f.field == "byline"]
    sites = [lines[f.line_no][f.start : f.end] for f in fields if f.field == "outlet"]
    titles = [lines[f.line_no][f.start : f.end] for f in fields if f.field == "title"]
    body = without_closing_notes(
        lines,
        body,
        " ".join([*bylines, byline or ""]).strip(),
        sites[0] if sites else None,
        titles[0] if titles else None,
    )
    body = without_opening_bio(lines, body)  # "About the author" over a box opening it
    body = without_paywall_box(lines, body)  # the prompt and box of a saved teaser
    if not body:
        return []
    header = [f.line_no for f in fields if f.field != "outlet" and f.line_no < body[0]]
    trailer = [f.line_no for f in fields if f.field == "credited_source"]
    return [
        ArticleRegion(
            first_line=min([body[0], *header]),
            last_line=max([body[-1], *trailer]),
            body_lines=tuple(body),
            fields=tuple(fields),
        )
    ]


def _is_menu_category(field: FieldSpan, lines: Sequence[str], menus: frozenset[str]) -> bool:
    """Whether a category span is a whole line that is the text of one of the page's
    menus (:attr:`~analysis.clean.markup_lines.MarkupLines.menus`: "Home News Sport
    Business", a ``<nav>``'s links rendered inline), no section's label."""
    if field.field != "category":
        return False
    line = lines[field.line_no]
    return letters(line[field.start : field.end]) == letters(line) and letters(line) in menus


def _without_story_notes(
    lines: Sequence[str], regions: Sequence[ArticleRegion]
) -> list[ArticleRegion]:
    """The cards of a listing without the notes about their stories among their body
    lines (an editor's note, a legal disclaimer), as an article page's body is without
    them; a note stays in its card's extent, as the card's chrome. A card whose text is
    all notes keeps it (:func:`~analysis.clean.editor_notes.without_notes`)."""
    kept = []
    for region in regions:
        body = without_notes(
            lines, region.body_lines, is_editor_note, is_legal_note, is_reader_note
        )
        changed = len(body) != len(region.body_lines)
        kept.append(replace(region, body_lines=tuple(body)) if changed else region)
    return kept


def _block_columns(
    lines: Sequence[str], regions: Sequence[ArticleRegion], name: str
) -> BlockColumns:
    """Cut every line into labelled blocks, written straight into the BLOCKS columns.

    One pass over the lines. A line that is one block (most lines; every blank line)
    is appended directly, without building its pieces: a page of a million short or
    blank lines costs a few list appends per line, not a list and a tuple per line.
    """
    body_owner: dict[int, int] = {}
    extent_owner: dict[int, int] = {}
    spans_by_line: dict[int, list[tuple[FieldSpan, int]]] = {}
    for index, region in enumerate(regions):
        for i in range(region.first_line, region.last_line + 1):
            extent_owner.setdefault(i, index)
        for i in region.body_lines:
            body_owner[i] = index
        for span in region.fields:
            spans_by_line.setdefault(span.line_no, []).append((span, index))
    blank_line = {line: is_blank(line) for line in dict.fromkeys(lines)}  # each text once
    blank = [blank_line[line] for line in lines]
    blank_in_body = _blank_lines_inside_body(blank, body_owner)
    columns: BlockColumns = {column: [] for column in BLOCKS_COLUMNS}
    line_nos, starts, ends = columns["line_no"], columns["start"], columns["end"]
    labels, fields, articles = columns["label"], columns["field"], columns["article_index"]
    texts = columns["text"]
    last = len(lines) - 1
    line_start = 0
    for i, line in enumerate(lines):
        owner = extent_owner.get(i, -1)
        if i in spans_by_line or i in body_owner:
            pieces = (
                _cut(line, spans_by_line[i], default_article=owner)
                if i in spans_by_line
                else _body_pieces(line, body_owner[i])
            )
            _append_pieces(columns, i, line, line_start, pieces, has_newline=i < last)
            line_start += len(line) + 1
            continue
        if blank[i]:
            label = "body" if i in blank_in_body else "boilerplate"
            field = "blank"
        else:
            inside = owner >= 0 and _between_body_lines(regions[owner], i)
            label, field = "boilerplate", "promo" if inside else "chrome"
        text = line + "\n" if i < last else line
        if text:
            line_nos.append(i)
            starts.append(line_start)
            ends.append(line_start + len(text))
            labels.append(label)
            fields.append(field)
            articles.append(owner)
            texts.append(text)
        line_start += len(line) + 1
    n = len(line_nos)
    columns["page"] = [name] * n
    columns["block_id"] = list(range(n))
    return columns


def _append_pieces(
    columns: BlockColumns,
    i: int,
    line: str,
    line_start: int,
    pieces: list[_Piece],
    has_newline: bool,
) -> None:
    """Append the blocks of line ``i`` cut into ``pieces``; the newline joins the last."""
    for k, (start, end, label, field, article_index) in enumerate(pieces):
        if k == len(pieces) - 1 and has_newline:
            end += 1
        if end <= start:
            continue
        columns["line_no"].append(i)
        columns["start"].append(line_start + start)
        columns["end"].append(line_start + end)
        columns["label"].append(label)
        columns["field"].append(field)
        columns["article_index"].append(article_index)
        columns["text"].append((line + "\n")[start:end] if has_newline else line[start:end])


def _cut(line: str, spans: list[tuple[FieldSpan, int]], default_article: int) -> list[_Piece]:
    """Pieces for a line holding field values: the values, and chrome in between."""
    pieces: list[_Piece] = []
    position = 0
    for span, index in sorted(spans, key=lambda s: s[0].start):
        if span.start < position or span.end <= span.start:
            continue  # overlapping or empty span: keep the first
        if span.start > position:
            pieces.append((position, span.start, "boilerplate", "chrome", default_article))
        label = FIELD_LABELS[span.field][0]
        pieces.append((span.start, span.end, label, span.field, index))
        position = span.end
    if position < len(line) or not pieces:
        pieces.append((position, len(line), "boilerplate", "chrome", default_article))
    return pieces


def _body_pieces(line: str, index: int) -> list[_Piece]:
    """A body line, with CMS artefacts cut out as boilerplate."""
    pieces: list[_Piece] = []
    position = 0
    for match in _CMS_ARTEFACT.finditer(line):
        if match.start() > position:
            pieces.append((position, match.start(), "body", "body", index))
        pieces.append((match.start(), match.end(), "boilerplate", "cms_artefact", index))
        position = match.end()
    if position < len(line) or not pieces:
        pieces.append((position, len(line), "body", "body", index))
    return pieces


def _blank_lines_inside_body(blank: Sequence[bool], body_owner: dict[int, int]) -> set[int]:
    """Blank lines whose nearest non-blank lines above and below are one article's body.

    One pass over the lines (a run of blank lines is judged once, not once per line),
    so a page of many blank lines is segmented in linear time.
    """
    inside: set[int] = set()
    previous_nonblank = -1
    run: list[int] = []
    for i, is_blank_line in enumerate(blank):
        if is_blank_line:
            run.append(i)
            continue
        owner = body_owner.get(previous_nonblank)
        if run and owner is not None and body_owner.get(i) == owner:
            inside.update(run)
        previous_nonblank, run = i, []
    return inside


def _between_body_lines(region: ArticleRegion, i: int) -> bool:
    return bool(region.body_lines) and region.body_lines[0] < i < region.body_lines[-1]


def blocks_frame(columns: BlockColumns) -> pd.DataFrame:
    """The BLOCKS table (one or many pages) from its columns as lists, typed.

    Parameters
    ----------
    columns : dict of str to list
        One list per name in :data:`BLOCKS_COLUMNS`, all of the same length.

    Returns
    -------
    pandas.DataFrame
        int64 number columns, object text columns, in :data:`BLOCKS_COLUMNS` order.
    """
    # Imported here: a clean worker builds block columns only and never loads pandas.
    import numpy as np
    import pandas as pd

    # Typed arrays first: pandas infers nothing (inferring the type of a million-row
    # text column, then converting it, cost seconds on a page of a million lines).
    typed = {}
    for column in BLOCKS_COLUMNS:
        if column in _INTEGER_BLOCK_COLUMNS:
            typed[column] = np.array(columns[column], dtype=np.int64)
        else:
            typed[column] = np.empty(len(columns[column]), dtype=object)
            typed[column][:] = columns[column]
    return pd.DataFrame(typed, columns=list(BLOCKS_COLUMNS), copy=False)


_INTEGER_BLOCK_COLUMNS = frozenset({"block_id", "line_no", "start", "end", "article_index"})


def check_page_blocks(columns: BlockColumns, text: str) -> None:
    """Check one page's block columns against the page, in plain Python (no pandas).

    The checks of :func:`validate_blocks` that concern one page: block ids 0..n-1,
    non-empty contiguous blocks tiling ``[0, len(text))``, each block's text its slice,
    each field allowed with its label. The column types are checked once per chunk by
    :data:`BLOCKS_SCHEMA` (``clean`` validates each row group it writes).

    Parameters
    ----------
    columns : BlockColumns
        One page's block columns.
    text : str
        That page's normalized text.

    Raises
    ------
    analysis.errors.TableError
        Naming the page and the broken invariant.
    """
    if _blocks_hold(columns, text):
        return  # the usual case, checked without a Python step per block
    page = columns["page"][0] if columns["page"] else "?"
    lengths = {len(columns[name]) for name in BLOCKS_COLUMNS}
    if len(lengths) > 1:
        raise TableError(f"blocks of {page}: columns of different lengths {sorted(lengths)}")
    if columns["block_id"] != list(range(len(columns["block_id"]))):
        raise TableError(f"blocks of {page}: block_id is not 0..n-1 in order")
    position = 0
    for start, end, label, field in zip(
        columns["start"], columns["end"], columns["label"], columns["field"], strict=True
    ):
        if start != position or end <= start:
            raise TableError(f"blocks of {page}: blocks are not contiguous from offset 0")
        if label not in FIELD_LABELS.get(field, ()):
            raise TableError(f"blocks of {page}: field {field!r} not allowed with {label!r}")
        position = end
    if position != len(text) or "".join(columns["text"]) != text:
        raise TableError(f"blocks of {page}: block texts do not rebuild the page")
    for block_id, start, end, block_text in zip(
        columns["block_id"], columns["start"], columns["end"], columns["text"], strict=True
    ):
        if block_text != text[start:end]:
            raise TableError(f"blocks of {page}: block {block_id}'s text is not its slice")


# Every (field, label) pair FIELD_LABELS allows.
_ALLOWED_PAIRS = frozenset(
    (field, label) for field, labels in FIELD_LABELS.items() for label in labels
)


def _blocks_hold(columns: BlockColumns, text: str) -> bool:
    """Whether a page's block columns pass every check of :func:`check_page_blocks`, found
    with comparisons of whole lists (compiled code); False sends the caller to the check
    block by block, which names the first broken invariant."""
    starts, ends, labels, fields = (columns[c] for c in ("start", "end", "label", "field"))
    n = len(starts)
    return (
        all(len(columns[name]) == n for name in BLOCKS_COLUMNS)
        and columns["block_id"] == list(range(n))
        and starts[:1] in ([], [0])
        and starts[1:] == ends[:-1]
        and all(map(operator.lt, starts, ends))
        and _ALLOWED_PAIRS.issuperset(zip(fields, labels, strict=True))
        and (ends[-1] if n else 0) == len(text)
        and "".join(columns["text"]) == text
        and list(map(len, columns["text"])) == list(map(operator.sub, ends, starts))
    )


def validate_blocks(blocks: pd.DataFrame, texts: dict[str, str] | None = None) -> pd.DataFrame:
    """Check a BLOCKS table against its schema and the coverage invariant.

    Parameters
    ----------
    blocks : pandas.DataFrame
        Blocks of one or more pages.
    texts : dict of str to str, optional
        Page name -> normalized page text. When given, every page's blocks must cover
        exactly ``[0, len(text))`` and each block's text must equal its slice.

    Returns
    -------
    pandas.DataFrame
        ``blocks``, unchanged.

    Raises
    ------
    analysis.errors.TableError
        A column, type or value is wrong, or the blocks do not tile the page.
    """
    from analysis.tables import validate  # pandera: not loaded by a clean worker

    validate(blocks, "blocks")
    for page, group in blocks.groupby("page", sort=False):
        starts = group["start"].to_numpy()
        ends = group["end"].to_numpy()
        if list(group["block_id"]) != list(range(len(group))):
            raise TableError(f"blocks of {page}: block_id is not 0..n-1 in order")
        if len(group) and (starts[0] != 0 or (starts[1:] != ends[:-1]).any()):
            raise TableError(f"blocks of {page}: blocks are not contiguous from offset 0")
        if texts is not None:
            text = texts[page]
            if (int(ends[-1]) if len(group) else 0) != len(text):
                raise TableError(f"blocks of {page}: blocks do not end at the page's end")
            if "".join(group["text"]) != text:
                raise TableError(f"blocks of {page}: block texts do not rebuild the page")
    return blocks

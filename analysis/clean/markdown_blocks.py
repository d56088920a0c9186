"""Markdown's block marks that print nothing or print a table (a text dump's reading).

Three of Markdown's blocks are read as they render, before the body detector sees a page
(:func:`analysis.clean.dump_text.plain_markdown` calls these):

- an HTML comment on lines of its own (``<!-- wp:paragraph -->``, ``<!-- more -->``,
  ``<!-- ad-slot -->``, a block editor's or a template's marks between a Markdown
  export's paragraphs) renders as nothing: the lines are removed
  (:func:`drop_comment_lines`). Read as text, a comment line between every two
  paragraphs split the story into one-paragraph runs and the detector kept one of them;
- a pipe table (a header row, a delimiter row ``|---|:---:|``, the rows under it)
  renders as a table: its rows are printed as a browser's copy prints a table's rows,
  the cells separated by tabs, the delimiter row gone (:func:`plain_pipe_tables`). Read
  as text, its pipes made each row a menu;
- a grid table (pandoc's grid_tables extension, and the ASCII grids a site prints in a
  ``<pre>`` or a tool prints a table as: Go html2text's ``PrettyTables``, psql) renders
  as a table: its ``| cell | cell |`` rows are printed with tabs between the cells and
  its rules (``+----+----+``, ``+====+`` under the header) removed
  (:func:`plain_grid_tables`). Read as text, each rule and each piped row was a line of
  chrome, and the table a gap that ended the article before the paragraphs under it;
- a setext heading (its text over a line of ``=`` or of ``-`` signs, as many as its
  characters: how markdownify and pandoc's Markdown writer print every heading) renders
  as its text: the underline is removed (:func:`drop_setext_underlines`). Read as text,
  the underline under every section's heading was a line of chrome, so a short section
  between two headings was a gap that ended the article, and a heading over it no
  heading. A rule of another length (a digest's separator, a table's rule) and a line
  under which text goes on stay;
- pandoc's Markdown (``pandoc -t markdown`` of a web page) wraps every div, aside,
  section, nav, header and footer in a fenced div (``::: {.share-bar}``, ``::: menu``,
  ``:::``) and prints an element's attributes in braces (``# Headline {.headline}``,
  ``[Site](/){.logo}``, a ``<time>`` as the bracketed span ``[5 May 2026]{datetime=
  "2026-05-05"}``): a fence renders as a block's edge, an attribute list as nothing
  (:func:`drop_pandoc_fences`). Read as text, a fence between the questions of an
  accordion or a box's items was a line of chrome in the article, which the region
  ended at;
- a block element's tag on a line of its own (CommonMark's HTML block of kind 6:
  Notion's Markdown export prints a callout as ``<aside>``, its emoji and text, then
  ``</aside>``; a clipper keeps a ``<details>`` / ``</details>`` pair or a ``<div
  class="...">`` it could not render) renders as the block's edge, a blank line
  (:func:`drop_tag_lines`). Read as text, the two tag lines around a box between
  paragraphs were chrome enough to end the article at the box.

No tuned value: the shapes are Markdown's (CommonMark's HTML blocks of kinds 2 and 6, GitHub's
table extension and pandoc's grid tables, CommonMark's setext heading written as its writers
write it; pandoc's fenced_divs, bracketed_spans, header_attributes and link_attributes extensions).
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = [
    "drop_comment_lines",
    "drop_pandoc_fences",
    "drop_setext_underlines",
    "drop_tag_lines",
    "plain_grid_tables",
    "plain_pipe_tables",
]

# One or more HTML comments filling whole lines (a comment may span lines; it holds no
# "-->" before its end), with the line end after them.
_COMMENT_LINES = re.compile(
    r"^[ \t]*<!--(?:(?!-->).)*?-->(?:[ \t]*<!--(?:(?!-->).)*?-->)*[ \t]*(?:\n|\Z)",
    re.MULTILINE | re.DOTALL,
)
# A pipe table's delimiter row: cells of dashes, each with an optional alignment colon,
# between pipes (the outer pipes optional), two cells at least.
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")

# A block element's opening or closing tag alone on its line (CommonMark's HTML block of
# kind 6 opens with these names; attributes allowed, no text after the tag).
_BLOCK_TAGS = (
    "article|aside|blockquote|center|details|dialog|div|figcaption|figure|footer|header"
    "|main|nav|section|summary"
)
_TAG_LINE = re.compile(rf"^[ \t]*</?(?i:{_BLOCK_TAGS})(?:[ \t]+[^<>\n]*)?/?>[ \t]*$", re.MULTILINE)
# A pandoc fenced div's fence: three colons or more at the margin, with the div's class
# (a word) or its attributes in braces, and colons closing it as pandoc may print them.
_FENCE = re.compile(r"^:{3,}(?:[ \t]*(?:\{[^{}\n]*\}|[\w-]+))?[ \t]*:*[ \t]*$", re.MULTILINE)
# An attribute list: braces holding an identifier (#id), classes (.name) or key=value
# pairs, nothing else; written against the text it belongs to (a heading's last word, a
# link's or a span's closing bracket).
_ATTRIBUTE_ITEM = r"(?:[#.][\w:-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s{}]+))"
_ATTRIBUTE = r"\{" + _ATTRIBUTE_ITEM + r"(?:[ \t]+" + _ATTRIBUTE_ITEM + r")*\}"
# A bracketed span, ``[text]{attributes}``: its text.
_SPAN = re.compile(r"\[([^\[\]\n]*)\]" + _ATTRIBUTE)
# An attribute list after a heading's text or a link: nothing (with the space before it).
_TRAILING_ATTRIBUTE = re.compile(r"(?<=\S)[ \t]?" + _ATTRIBUTE)

# A setext heading's underline: one mark, ``=`` or ``-``, three times or more.
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})[ \t]*$")


def drop_setext_underlines(text: str) -> str:
    """``text`` without the underlines of its setext headings.

    An underline is a line of ``=`` or of ``-`` signs (three or more) exactly as long as
    the line right above it, a line of text opening at the margin, and with a blank line
    or the text's end under it.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each such underline removed; other lines unchanged.
    """
    if "===" not in text and "---" not in text:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    for position, line in enumerate(lines):
        above = lines[position - 1].rstrip() if position else ""
        if (
            _UNDERLINE.match(line)
            and above
            and not above[0].isspace()
            and _UNDERLINE.match(above) is None
            and len(line.rstrip()) == len(above)
            and (position + 1 == len(lines) or not lines[position + 1].strip())
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


def drop_pandoc_fences(text: str) -> str:
    """``text`` without pandoc Markdown's fenced-div fences and attribute lists.

    A fence (``::: {.class}``, ``::: menu``, ``:::``) becomes a blank line, the edge of
    the block it opens or closes; a bracketed span (``[text]{key="value"}``) becomes its
    text; an attribute list written against a heading's text or a link
    (``{#id .class key="value"}``) is removed.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text so read; a line with no fence and no attribute list unchanged.

    Examples
    --------
    >>> drop_pandoc_fences('::: menu\\n# Title {.headline}\\n[4 May]{datetime="2026-05-04"}\\n:::')
    '\\n# Title\\n4 May\\n'
    """
    if ":::" in text:
        text = _FENCE.sub("", text)
    if "]{" in text:
        text = _SPAN.sub(r"\1", text)
    if "{" in text:
        text = _TRAILING_ATTRIBUTE.sub("", text)
    return text


def drop_tag_lines(text: str) -> str:
    """``text`` with each line holding only a block element's tag made blank.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with every line that is one opening or closing tag of a block element
        (``<aside>``, ``</aside>``, ``<div class="callout">``, ``<details>``), spaces
        around it allowed, made an empty line: the edge of the block it opens or closes.
        A tag inside a line of text, or a line holding text after its tag, stays.

    Examples
    --------
    >>> drop_tag_lines("<aside>\\n💡 Sign up\\n</aside>\\nText <div> here")
    '\\n💡 Sign up\\n\\nText <div> here'
    """
    if "<" not in text:
        return text
    return _TAG_LINE.sub("", text)


def drop_comment_lines(text: str) -> str:
    """``text`` without the lines that hold only HTML comments.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with every run of lines made of ``<!-- ... -->`` comments alone (and
        spaces) removed with its line end; a comment inside a line of text stays.
    """
    if "<!--" not in text:
        return text
    return _COMMENT_LINES.sub("", text)


def plain_pipe_tables(text: str) -> str:
    """``text`` with each Markdown pipe table printed as tab-separated rows.

    A table is a row holding a pipe, right above a delimiter row with as many cells
    (:data:`_DELIMITER_ROW`), and the lines under it that hold a pipe; each row's cells
    (its outer pipes taken off, an escaped ``\\|`` kept in its cell) are joined by tabs,
    and the delimiter row is removed. Two lines or more each opened and closed by a
    pipe, with one count of cells, are a table printed without its delimiter row (h390:
    trafilatura's text output), read the same.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with its pipe tables so printed; other lines unchanged.
    """
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        if (
            position + 1 < len(lines)
            and "|" in line
            and _DELIMITER_ROW.match(lines[position + 1])
            and len(_cells(line)) == len(_cells(lines[position + 1])) >= 2
        ):
            out.append("\t".join(_cells(line)))
            position += 2
            while position < len(lines) and "|" in lines[position] and lines[position].strip():
                out.append("\t".join(_cells(lines[position])))
                position += 1
            continue
        run = _piped_rows(lines, position)
        if run > 1:
            out.extend("\t".join(_cells(row)) for row in lines[position : position + run])
            position += run
            continue
        out.append(line)
        position += 1
    return "\n".join(out)


def _piped_rows(lines: list[str], start: int) -> int:
    """How many lines from ``start`` are one table's rows printed without a delimiter row
    (trafilatura's text output prints a table so: ``| Route | Fare |`` a row): each line
    opened and closed by a pipe, all with one count of cells, two at least; 0 when the
    line is no such row. One such line alone is no table (a menu's line of links), and
    rows under or over a grid table's rule are that table's (:func:`plain_grid_tables`)."""
    first = lines[start]
    if not _GRID_ROW.match(first) or "|" not in first.strip()[1:-1]:
        return 0
    if start > 0 and _GRID_RULE.match(lines[start - 1]):
        return 0
    width = len(_cells(first))
    stop = start
    while stop < len(lines) and _GRID_ROW.match(lines[stop]) and len(_cells(lines[stop])) == width:
        stop += 1
    if stop < len(lines) and _GRID_RULE.match(lines[stop]):
        return 0
    return stop - start if width >= 2 else 0


# A grid table's rule: "+" then runs of "-" (or "=" under the header; ":" marks alignment)
# each closed by "+".
_GRID_RULE = re.compile(r"^[ \t]*\+(?::?[-=]{3,}:?\+)+[ \t]*$")
# A Markdown code fence alone on its line (maybe with its info string): ``` or ~~~.
_CODE_FENCE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})[\w+-]*[ \t]*$")
# A grid table's row: opened and closed by a pipe.
_GRID_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def plain_grid_tables(text: str) -> str:
    """``text`` with each grid table printed as tab-separated rows, its rules removed.

    A grid table opens with a rule line (:data:`_GRID_RULE`), holds rows opened and
    closed by a pipe with as many cells as the rule has columns, maybe more rules between
    them, and closes with a rule; a row's cells are joined by tabs. A run of pipes and
    rules that is no such table (no closing rule, a row of another width) is left as it
    is. A grid fenced as a code block (a ``<pre>`` a converter printed between ```
    lines: MarkItDown, html2text) loses its fences with its rules.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with its grid tables so printed; other lines unchanged.
    """
    text = _ascii_box_lines(text)
    if "+-" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        if not _GRID_RULE.match(line):
            out.append(line)
            position += 1
            continue
        width = line.strip().count("+") - 1
        stop = position + 1
        rows: list[str] = []
        while stop < len(lines):
            if _GRID_RULE.match(lines[stop]) and lines[stop].strip().count("+") - 1 == width:
                stop += 1
                if stop == len(lines) or not (
                    _GRID_RULE.match(lines[stop]) or _GRID_ROW.match(lines[stop])
                ):
                    break
                continue
            if _GRID_ROW.match(lines[stop]) and len(_cells(lines[stop])) == width:
                rows.append("\t".join(_cells(lines[stop])))
                stop += 1
                continue
            rows = []  # no closing rule of the table's width: no grid table
            break
        if rows and _GRID_RULE.match(lines[stop - 1]):
            # a grid a converter fenced as code (a ``<pre>`` printed as ``` lines by
            # MarkItDown or html2text): the fences go with the rules
            fenced = out and _CODE_FENCE.match(out[-1]) and stop < len(lines)
            if fenced and _CODE_FENCE.match(lines[stop]):
                out.pop()
                stop += 1
            out.extend(rows)
            position = stop
        else:
            out.append(line)
            position += 1
    return "\n".join(out)


# A table drawn with box-drawing characters (``w3m -dump`` of a bordered <table>, one rule
# between each two rows): a rule "┌──┬──┐", "├──┼──┤", "╞══╪══╡", "└──┴──┘" and a row
# "│ cell │ cell │"; read as a grid table's "+--+--+" and "| cell | cell |".
_BOX_RULE = re.compile(r"^[ \t]*[┌├╞╟╔╠└╚┏┣┗][─━═┬┼╪╫┴╤╧╦╬╩┳╋┻]+[┐┤╡╢╗╣┘╝┓┫┛][ \t]*$")
_BOX_ROW = re.compile(r"^[ \t]*[│┃║].*[│┃║][ \t]*$")
_BOX_RULE_CHARS = str.maketrans(
    {**dict.fromkeys("┌├╞╟╔╠└╚┏┣┗┐┤╡╢╗╣┘╝┓┫┛┬┼╪╫┴╤╧╦╬╩┳╋┻", "+"), "─": "-", "━": "-", "═": "="}
)
_BOX_ROW_CHARS = str.maketrans(dict.fromkeys("│┃║", "|"))
_BOX_JUNCTION = re.compile(r"[┬┼╪╫╤╦╬┳╋]")


def _ascii_box_lines(text: str) -> str:
    """``text`` with each box-drawn table of two columns or more written as a grid
    table (:data:`_BOX_RULE`, :data:`_BOX_ROW`): a run of rules and rows opened by a rule
    with a column's junction ("┬"), a rule between each two rows. Other lines are
    unchanged: a frame of one cell (a text browser's box around a masthead), and a table
    whose rows have no rule between them (a data frame's print, a database shell's box
    mode: a listing of stories, :mod:`analysis.clean.clipping_table`)."""
    if "─" not in text and "═" not in text and "━" not in text:
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if not (_BOX_RULE.match(lines[index]) and _BOX_JUNCTION.search(lines[index])):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and (_BOX_RULE.match(lines[end]) or _BOX_ROW.match(lines[end])):
            end += 1
        run = lines[index:end]
        rows = [i for i, line in enumerate(run) if not _BOX_RULE.match(line)]
        if rows and not any(j == i + 1 for i, j in pairwise(rows)):
            lines[index:end] = [
                line.translate(_BOX_RULE_CHARS if _BOX_RULE.match(line) else _BOX_ROW_CHARS)
                for line in run
            ]
        index = end
    return "\n".join(lines)


def _cells(row: str) -> list[str]:
    """A table row's cells, stripped: split at the pipes not escaped, outer pipes off."""
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]

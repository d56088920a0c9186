"""Markdown's block marks that print nothing or print a table (a text dump's reading).

Two of Markdown's blocks are read as they render, before the body detector sees a page
(:func:`analysis.clean.dump_text.plain_markdown` calls these):

- an HTML comment on lines of its own (``<!-- wp:paragraph -->``, ``<!-- more -->``,
  ``<!-- ad-slot -->``, a block editor's or a template's marks between a Markdown
  export's paragraphs) renders as nothing: the lines are removed
  (:func:`drop_comment_lines`). Read as text, a comment line between every two
  paragraphs split the story into one-paragraph runs and the detector kept one of them;
- a pipe table (a header row, a delimiter row ``|---|:---:|``, the rows under it)
  renders as a table: its rows are printed as a browser's copy prints a table's rows,
  the cells separated by tabs, the delimiter row gone (:func:`plain_pipe_tables`). Read
  as text, its pipes made each row a menu.

No tuned value: the shapes are Markdown's (CommonMark's HTML block of kind 2, GitHub's
table extension).
"""

from __future__ import annotations

import re

__all__ = ["drop_comment_lines", "plain_pipe_tables"]

# One or more HTML comments filling whole lines (a comment may span lines; it holds no
# "-->" before its end), with the line end after them.
_COMMENT_LINES = re.compile(
    r"^[ \t]*<!--(?:(?!-->).)*?-->(?:[ \t]*<!--(?:(?!-->).)*?-->)*[ \t]*(?:\n|\Z)",
    re.MULTILINE | re.DOTALL,
)
# A pipe table's delimiter row: cells of dashes, each with an optional alignment colon,
# between pipes (the outer pipes optional), two cells at least.
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")


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
    and the delimiter row is removed.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with its pipe tables so printed; other lines unchanged.
    """
    if "|" not in text or "-" not in text:
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
        out.append(line)
        position += 1
    return "\n".join(out)


def _cells(row: str) -> list[str]:
    """A table row's cells, stripped: split at the pipes not escaped, outer pipes off."""
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]

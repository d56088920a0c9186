"""Rows of the page's controls printed among or after an article's lines: a share bar and
a pagination (a step of the body detector).

A saved page prints its controls as one row of labels, set apart by wide gaps or
separators:

- a **share bar**: the share targets a site offers, with or without a label in the
  page's language ("Share  WhatsApp  Facebook", "Podeli:  Facebook  Twitter  Viber",
  "分享  Facebook  WhatsApp"): at least :data:`MIN_SHARE_TARGETS` cells name a share
  target (:data:`SHARE_TARGETS`, the services' own names, which every language writes
  the same) and every other cell is a label of at most :data:`MAX_LABEL_WORDS` words;
- a **pagination**: a page counter ("Seite 1 von 2", "Page 1 of 2", "2/3") and links to
  the other pages, each marked by an arrow ("Weiter »", "« Zurück", "Next page ›"); or
  the pages' numbers, in order, between such links ("« Emva  1  2  3  Elandelayo »");
  or one such link alone on its line ("Neste side ›": one arrow at an end of one to
  three words; a quotation in guillemets, "»Hjem igen«", holds two).

Neither is a sentence, but a row of cells reads as a table row to the body detector,
which keeps table rows after the last paragraph (a results table under its story).
Such a row is never body, and ends the body's extension after the last paragraph: a
footer's links come next (:func:`is_control_row`). No tuned value: the sizes are those
of a label (a share label is one or two words in every language).
"""

from __future__ import annotations

import re

from analysis.clean.body.galleries import counter_numbers
from analysis.clean.share_names import (
    MAX_LABEL_WORDS,
    MIN_SHARE_TARGETS,
    SHARE_TARGETS,
    is_share_names_line,
)
from analysis.text import count_words

__all__ = [
    "MAX_LABEL_WORDS",
    "MIN_SHARE_TARGETS",
    "SHARE_TARGETS",
    "is_control_row",
    "is_share_names_line",
    "row_cells",
]

# The cells of a row: set apart by two spaces or more, a tab, or a spaced separator.
_CELL_GAP = re.compile(r"\s{2,}|\t|\s+[|·•/]\s+")
# A whitespace character other than a space: with two spaces or a separator, what a gap
# between two cells needs (a line holding none of them is one cell, found without a split).
_OTHER_SPACE = re.compile(r"[^\S ]")
# A label's colon inside a cell ("Бүлешергә: VK"), where the label's cell ends.
_LABEL_COLON = re.compile(r"\s*[:：]\s+")
# An arrow marking a link to another page.
_ARROW = re.compile(r"[«»‹›←→⟨⟩]|&[lr]aquo;")


def row_cells(text: str) -> list[str]:
    """The cells of a row: its parts set apart by two spaces or more, a tab, or a spaced
    separator (``|``, ``·``, ``•``, ``/``).

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    list of str
        The cells in order, stripped of spaces and of the colons around them.
    """
    return [cell.strip(" :：") for cell in _CELL_GAP.split(text.strip()) if cell.strip(" :：")]


def cell_starts(text: str) -> tuple[int, ...]:
    """Where the cells of a row after its first start (a table's rows printed in columns
    start theirs at the same places).

    Parameters
    ----------
    text : str
        One line of a page, as printed (leading spaces count).

    Returns
    -------
    tuple of int
        The character offset of each cell but the first (:func:`row_cells`' gaps).
    """
    return tuple(gap.end() for gap in _CELL_GAP.finditer(text.rstrip()))


def is_control_row(text: str) -> bool:
    """Whether a line is a share bar or a pagination (see the module doc).

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        True for a row of two cells or more that is a share bar or a pagination.
    """
    if _is_page_link(text):
        return True  # a pagination's one link on its line: "Next page ›", "‹ Zurück"
    if not (
        "  " in text
        or "|" in text
        or "/" in text
        or "·" in text
        or "•" in text
        or _OTHER_SPACE.search(text)
    ):
        return False  # (a line of one cell: most lines, found without a split)
    cells = row_cells(text)
    if ":" in text or "：" in text:  # a label's colon ends a cell: "Share: VK · Telegram"
        cells = [part for cell in cells for part in _LABEL_COLON.split(cell) if part]
    if len(cells) < 2:
        return False
    targets = [cell for cell in cells if cell.casefold() in SHARE_TARGETS]
    if len(targets) >= MIN_SHARE_TARGETS and all(
        cell in targets or count_words(cell) <= MAX_LABEL_WORDS for cell in cells
    ):
        return True
    counters = [cell for cell in cells if counter_numbers(cell) is not None]
    if len(counters) == 1:
        return all(cell in counters or _is_arrow_cell(cell) for cell in cells)
    # the pages' numbers between arrows: "« Prev  1  2  3  Next »"
    numbers = [int(cell) for cell in cells if cell.isdecimal() and len(cell) <= 3]
    return (
        len(numbers) >= 2
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        and any(_ARROW.search(cell) for cell in cells)
        and all(cell.isdecimal() or _is_arrow_cell(cell) for cell in cells)
    )


def _is_page_link(text: str) -> bool:
    """A line that is one link to another page: one arrow, opening or closing it, and one
    to three words ("Neste side ›", "‹ Forrige side"); a quotation marked by guillemets
    ("»Hjem igen«") holds two."""
    stripped = text.strip()
    if not stripped or not (_ARROW.match(stripped) or _ARROW.search(stripped[-1])):
        return False  # (most lines: no arrow at either end)
    return len(_ARROW.findall(stripped)) == 1 and 1 <= count_words(stripped) <= 3


def _is_arrow_cell(cell: str) -> bool:
    """A link to another page: an arrow and at most 3 words ("Weiter »", "« Emva")."""
    return _ARROW.search(cell) is not None and count_words(cell) <= 3

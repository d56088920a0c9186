"""A page's numbered table of contents: the sections it lists (stage: page text -> outlet evidence).

An e-book of a day's paper, a newsletter or a digest opens with its sections numbered
from one, each maybe with its count of articles in brackets, under a heading ("Skyriai"
/ "1. Miestas (2 straipsniai)" / "2. Kultūra (1 straipsnis)", as calibre's news e-books
print them). The entries and their heading are sections, not the site's name, even where
a section's heading repeats one alone on its line over its first story; the name on the
line above the table is the paper's, as a masthead over its menu. Read by
:attr:`analysis.clean.site_features.PageText.sections` and
:func:`analysis.clean.masthead_context.opens_menu`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.header_lines import is_label_like

__all__ = ["contents_sections", "starts_contents"]

# "1. Label", "2) Label (3 articles)": a number, a dot or bracket, the label, and the
# section's count of articles in brackets (a number and a word or two).
_ENTRY = re.compile(
    r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<label>[^()\d/:]+?)\s*(?:\(\d+(?:\s+\w+){0,2}\))?\s*$"
)
#: The fewest entries a numbered table of contents lists.
MIN_CONTENTS_ENTRIES = 2


def _entry(line: str, number: int) -> str | None:
    """The label of ``line`` when it is the contents' entry numbered ``number``."""
    match = _ENTRY.match(line) if line.lstrip()[:1].isdigit() else None
    if match and int(match["number"]) == number and is_label_like(match["label"]):
        return match["label"]
    return None


def _run(lines: Sequence[str], start: int) -> list[str]:
    """The labels of the numbered entries from line ``start`` on, numbered from one."""
    labels: list[str] = []
    while start + len(labels) < len(lines):
        label = _entry(lines[start + len(labels)], len(labels) + 1)
        if label is None:
            break
        labels.append(label)
    return labels


def starts_contents(lines: Sequence[str], index: int) -> bool:
    """Whether a numbered table of contents starts on line ``index``, or on the next line
    under a heading (a short label: "Contents", "Skyriai").

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        A line.

    Returns
    -------
    bool
        True for :data:`MIN_CONTENTS_ENTRIES` or more lines numbered 1, 2, 3 ... in a row,
        each a short label (:func:`~analysis.clean.header_lines.is_label_like`) maybe
        with its count in brackets.
    """
    if len(_run(lines, index)) >= MIN_CONTENTS_ENTRIES:
        return True
    return is_label_like(lines[index]) and len(_run(lines, index + 1)) >= MIN_CONTENTS_ENTRIES


def contents_sections(lines: Sequence[str]) -> list[str]:
    """The labels of the page's numbered tables of contents (as :func:`starts_contents`
    reads one) and the heading right above each: sections, no site.

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, each table read where it stands.

    Returns
    -------
    list of str
        Each table's heading, then its entries' labels, tables in page order.
    """
    found: list[str] = []
    index = 0
    while index < len(lines):
        if not lines[index].lstrip()[:1].isdigit():  # (no entry 1 opens here: _entry)
            index += 1
            continue
        run = _run(lines, index)
        if len(run) < MIN_CONTENTS_ENTRIES:
            index += 1
            continue
        if index and is_label_like(lines[index - 1]):
            found.append(lines[index - 1].strip())
        found.extend(run)
        index += len(run)
    return found

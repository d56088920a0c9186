"""Fact-box lines: a review's, recipe's or release's data printed as labelled values.

A film or album review prints its data over the story, one labelled value a line
("Director: A", "Cast: B, C", "Running time: 1hr 52min", Italian "Etichetta: X",
"Voto: 8/10"), a recipe its yield and times, a theatre review its credits on one line
("Regie: A · Bühne: B · Mit: C"). Such a line is a label and its value, never a
headline, though the line under it may be a date line (a release day, a premiere) as
under a headline. It is told by its shape, in any language:

- a line of two labelled parts or more, apart by a spaced separator (``·``, ``|``,
  ``•``): a headline holds one colon at most after its label ("Review: ...");
- a labelled line in a run of :data:`MIN_BOX_LINES` labelled lines or more with no
  blank line between, not counting byline and date lines: a headline with a label
  ("Letter: ...", "Kommentar: ...") may stand over a labelled byline and a labelled
  date ("Autor: ...", "Datum: ..."), but three labelled lines that are neither are a
  table's rows.

A scraper's or an export's header block opening the page ("title: ...", "Authors: ...",
"Publish date: ...": :func:`~analysis.clean.scraper_header.header_lines`) is labelled
lines too, but names the page's own fields, its title among them: no box.

A date in such a box under a label no date reader knows ("Uscita: 4 dicembre 2026", an
album's release) is the box's, not the page's (:func:`~analysis.clean.page_metadata.
header_meta_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.header_lines import is_meta_line
from analysis.clean.scraper_header import header_lines

__all__ = ["MIN_BOX_LINES", "MIN_ROW_PARTS", "is_credits_row", "is_fact_box_line"]

#: The fewest labelled lines, byline and date lines left out, of a run read as a fact
#: box: two may be a labelled headline over a labelled deck; three are a table's rows.
MIN_BOX_LINES = 3

# A label (one to three words of letters, a dot or an apostrophe in them, no digit
# first), its colon (full-width too; French sets a space before it) and a value.
_LABELLED = re.compile(r"\s*[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2} ?[:：]\s+\S")
# The separators of a line's parts.
_PARTS = re.compile(r"\s[·|•]\s")
# The parts of a one-line credits row: apart by a spaced separator or a sentence's end
# ("Directed by A. With B, C. Running time: 1h52. ★★★★☆").
_ROW_PARTS = re.compile(r"\s[·|•]\s|(?<=\w\w[.;])\s+")
# A review's data in one part, its label or none before it: a running time ("1h52",
# "1h 47m", "98 min") or a rating ("★★☆☆☆", "4/5", "8/10").
_DATA_PART = re.compile(
    r"(?:[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2} ?[:：]\s*)?"
    r"(?:\d{1,2} ?h(?: ?\d{1,2} ?(?:m|min|mn)?)?|\d{2,3} ?(?:min|mn)"
    r"|[★☆✩✭✮✯]{3,10}|\d{1,2}(?:[.,]5)? ?/ ?(?:5|10))\.?"
)
#: The fewest parts of a one-line credits row (:func:`is_credits_row`): a headline may
#: be two sentences, or a label and a rating ("Review: the play ★★★★").
MIN_ROW_PARTS = 3


def _labelled(line: str) -> bool:
    return _LABELLED.match(line) is not None


def is_fact_box_line(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is a fact box's line (module docstring).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line.

    Returns
    -------
    bool
        True for a line of two labelled parts or more, or a labelled line in a run of
        :data:`MIN_BOX_LINES` such lines or more (byline and date lines not counted).
    """
    line = lines[index]
    if is_credits_row(line) and not is_meta_line(line) and index not in header_lines(lines):
        return True
    if not _labelled(line) or index in header_lines(lines):
        return False  # (a scraper's header block opening the page: the page's own fields)
    parts = _PARTS.split(line.strip())
    if len(parts) >= 2 and all(_labelled(part) for part in parts):
        return True
    first = last = index
    while first > 0 and _labelled(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _labelled(lines[last + 1]):
        last += 1
    if last - first + 1 < MIN_BOX_LINES:
        return False
    rows = sum(1 for i in range(first, last + 1) if not is_meta_line(lines[i]))
    return rows >= MIN_BOX_LINES


def is_credits_row(line: str) -> bool:
    """Whether ``line`` is a review's credits and data printed on one line.

    A film, album or stage review may print its credits as one row of short parts, apart
    by sentence ends or spaced separators, its running time or rating among them
    ("Réalisé par A. Avec B, C. Durée : 1h52. ★★★★☆", "Written and directed by A ·
    Starring: B · 1h 38m"). No headline has :data:`MIN_ROW_PARTS` parts or more of
    which one after the first is a running time or a rating alone, labelled or not.
    (:func:`is_fact_box_line` leaves out a row that is a byline or date line: a podcast
    episode's "Show · Episode 214 · 38 min · December 4, 2026" dates the page.)

    Parameters
    ----------
    line : str
        A line of the page, above its body.

    Returns
    -------
    bool
        True for such a row.
    """
    parts = [part for part in _ROW_PARTS.split(line.strip()) if part.strip()]
    return len(parts) >= MIN_ROW_PARTS and any(
        _DATA_PART.fullmatch(part.strip()) for part in parts[1:]
    )

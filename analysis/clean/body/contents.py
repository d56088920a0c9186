"""An article's own table of contents: its sections' headings listed above the text,
and the "Back to top" link under every section (a step of the body detector).

An explainer or a long read lists its sections' headings near the top ("Contents",
"In this article", "Índice") and prints each heading again over its section, often
with a link back to the list under it ("Back to top", "Volver arriba", "Nach oben").
Printed twice, each heading read as repeated chrome, and the link, the same short line
after every section, as the separator of a list of cards: the article was cut after its
first section. Here the headings printed again over prose are the article's subheadings,
and a short line standing only right above them (and once after the last section) is
the list's link: neither adds to the article nor ends it.

No tuned value and no word of any language: at least :data:`CONTENTS_MIN_ENTRIES`
entries on consecutive lines, each printed once more after the list (in any order: a
live blog's "Key events" list its updates' headlines oldest first), right above a line
of prose; a link line of at most ``MAX_INTERFACE_LABEL_WORDS`` words; the list's label,
a box's (:func:`~analysis.clean.closing_notes.is_box_label`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.body.features import LineFeatures
from analysis.clean.closing_notes import is_box_label
from analysis.clean.interface_words import MAX_INTERFACE_LABEL_WORDS
from analysis.text import LETTER_RUN, letter_runs, lowered_letter_runs

# A table of contents lists at least this many sections (one entry is a link).
CONTENTS_MIN_ENTRIES = 2
# An entry is no longer than a subheading (``rules.HEADING_MAX_WORDS``).
ENTRY_MAX_WORDS = 12

# A list's number or bullet in front of an entry ("1. ", "2) ", "* ", "• ").
_ENTRY_MARK = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?")


@dataclass(frozen=True)
class Contents:
    """Positions (into a page's non-blank lines) of a table of contents' parts.

    Attributes
    ----------
    entries : tuple of int
        The list at the top.
    headings : tuple of int
        The same headings printed again over their sections (the article's).
    links : tuple of int
        The link back to the list under the sections ("Back to top").
    """

    entries: tuple[int, ...] = ()
    headings: tuple[int, ...] = ()
    links: tuple[int, ...] = ()


def _key(text: str) -> str:
    """An entry's words, cased alike, without its list number or bullet."""
    if text.isascii():  # (its number or bullet holds no letter, its case folding is lower())
        return " ".join(lowered_letter_runs(text))
    return " ".join(letter_runs(_ENTRY_MARK.sub("", text).casefold()))


def table_of_contents(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> Contents:
    """The page's table of contents, its headings printed again and its links back.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (the positive ones are prose).

    Returns
    -------
    Contents
        Empty when the page has no list of :data:`CONTENTS_MIN_ENTRIES` entries or more
        printed again after the list, each right above prose.
    """
    keys = [
        _key(lines[feature.index])
        if weights[position] <= 0 and feature.n_words <= ENTRY_MAX_WORDS and feature.repeats <= 2
        else ""
        for position, feature in enumerate(features)
    ]
    best = _listed_pairs(keys, [weight > 0 for weight in weights])
    if not best:
        return Contents()
    headings = tuple(second for _, second in best)
    return Contents(
        entries=tuple(first for first, _ in best),
        headings=headings,
        links=_links_back(lines, features, weights, headings),
    )


def listed_entries(texts: Sequence[str], prose: Sequence[bool]) -> list[int]:
    """The entries of a table of contents among a main text's lines (an HTML page's
    ``<nav class="toc">``, which the markup's main text keeps as paragraphs).

    Parameters
    ----------
    texts : sequence of str
        The main text's lines, in order.
    prose : sequence of bool
        Whether each is a paragraph.

    Returns
    -------
    list of int
        Positions into ``texts`` of the list's entries and of its label above them (a
        box's label: a few words, no sentence); empty when no list of
        :data:`CONTENTS_MIN_ENTRIES` lines is printed again after it, over paragraphs.
    """
    keys = [
        "" if is_paragraph or len(text.split()) > ENTRY_MAX_WORDS else _key(text)
        for text, is_paragraph in zip(texts, prose, strict=True)
    ]
    entries = sorted(first for first, _ in _listed_pairs(keys, prose))
    # the list's label over it ("Contents", "Key updates", "Jump to:")
    if entries and entries[0] > 0 and is_box_label(texts[entries[0] - 1]):
        entries.insert(0, entries[0] - 1)
    return entries


def _listed_pairs(keys: Sequence[str], prose: Sequence[bool]) -> list[tuple[int, int]]:
    """The longest run of (entry, heading) positions, in the headings' order: entries on
    consecutive lines, each key printed exactly once more after the list, right above
    prose ("": no candidate). The order of the headings is free: a live blog's "Key
    events" list the updates' headlines oldest first, the updates stand newest first."""
    copies: dict[str, list[int]] = {}
    for position, key in enumerate(keys):
        if key:
            copies.setdefault(key, []).append(position)
    pairs = sorted(
        (first, second)
        for first, second, *more in (p for p in copies.values() if len(p) >= 2)
        if not more and second + 1 < len(prose) and prose[second + 1]
    )
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for pair in pairs:
        if run and pair[0] == run[-1][0] + 1:
            run.append(pair)
        else:
            run = [pair]
        if len(run) > len(best):
            best = list(run)
    if len(best) < CONTENTS_MIN_ENTRIES or min(second for _, second in best) <= best[-1][0]:
        return []
    return sorted(best, key=lambda pair: pair[1])


def _links_back(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    headings: Sequence[int],
) -> tuple[int, ...]:
    """The short line printed right above every heading but the first (the section
    above's link back to the list) and at most once after the last section."""
    above = {heading - 1 for heading in headings[1:]}
    found: dict[str, list[int]] = {}
    for position in range(headings[0] + 1, len(features)):
        feature = features[position]
        text = lines[feature.index].strip()
        if (
            weights[position] <= 0
            and feature.repeats >= 2
            and not feature.ends_sentence
            and 0 < len(LETTER_RUN.findall(text)) <= MAX_INTERFACE_LABEL_WORDS
        ):
            found.setdefault(text, []).append(position)
    for positions in found.values():
        inner = [p for p in positions if p in above]
        after = [p for p in positions if p > headings[-1]]
        if len(inner) == len(above) and len(positions) - len(inner) == len(after) <= 1:
            return tuple(positions)
    return ()

"""A photo gallery inside an article: its counters and captions (a step of the body
detector).

A gallery prints a counter with every photo ("1 of 8", "Hide Caption 1 of 8", "Photo
3/8", "Foto 2 de 8"): a short line ending in the photo's number and the gallery's size,
the numbers running 1, 2, 3 ... in page order under one size. The counters and the lines
between two consecutive counters (a caption, printed once, or twice with its alternative
text, and its credit) are the gallery's, not the article's: chrome. They neither add to
the article nor end it. The caption of the photo outside the first or last counter is
left as it is: whether a gallery prints its counters above or under the captions is not
written on the page.

The rule has no tuned value: at least two counters with consecutive numbers under one
size of at least :data:`GALLERY_MIN_PHOTOS` photos, at most :data:`GALLERY_GAP_MAX_LINES`
lines apart (a dump often prints only the first photos of a gallery, "1 / 4" and "2 /
4": two counters of a gallery of four are a gallery's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from analysis.clean.body.features import LineFeatures

# A gallery has at least this many photos (a page's "1 of 2", "2 of 2" is a pagination);
# two of its counters with consecutive numbers show it.
GALLERY_MIN_PHOTOS = 3
GALLERY_MIN_COUNTERS = 2
# Two consecutive counters of a gallery stand at most this many non-blank lines apart (a
# caption, printed twice, and its credit).
GALLERY_GAP_MAX_LINES = 4

# A counter: up to three words of a label, then "number of size": "of", "de", "von", "из"
# (a word of up to three letters) or a slash between the numbers.
_COUNTER = re.compile(
    r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+)?(\d{1,3})\s*(?:/|\s[^\W\d_]{1,3}\s)\s*(\d{1,3})"
)


def counter_numbers(text: str) -> tuple[int, int] | None:
    """The photo's number and the gallery's size a counter line prints, or None.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    tuple of int or None
        ``(number, size)`` with ``1 <= number <= size``; None when the line is no counter.
    """
    match = _COUNTER.fullmatch(text.strip())
    if match is None:
        return None
    number, size = int(match[1]), int(match[2])
    return (number, size) if 1 <= number <= size else None


def gallery_positions(lines: Sequence[str], features: Sequence[LineFeatures]) -> set[int]:
    """Positions (into ``features``) of the counters of every gallery on the page and of
    the lines between two consecutive counters of one gallery (its captions).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.

    Returns
    -------
    set of int
        Empty when the page has no run of :data:`GALLERY_MIN_COUNTERS` counters of a
        gallery of :data:`GALLERY_MIN_PHOTOS` photos or more.
    """
    found: set[int] = set()
    run: list[int] = []
    last: tuple[int, int] | None = None
    for position, feature in enumerate(features):
        # (a counter's numbers are digits: a line without one is passed over unsearched)
        numbers = counter_numbers(lines[feature.index]) if feature.has_digit else None
        if numbers is None:
            continue
        follows = (
            last is not None
            and numbers == (last[0] + 1, last[1])
            and position - run[-1] <= GALLERY_GAP_MAX_LINES
        )
        if not follows:
            _add_run(lines, features, run, last[1] if last else 0, found)
            run = []
        run.append(position)
        last = numbers
    _add_run(lines, features, run, last[1] if last else 0, found)
    return found


def _add_run(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    run: list[int],
    size: int,
    found: set[int],
) -> None:
    """Add a run of counters and the lines between them, if it is a gallery's; when
    every photo closes with one line printed alike (:func:`_closing_offset`), each
    counter and its photo's lines down to that line only."""
    if len(run) < GALLERY_MIN_COUNTERS or size < GALLERY_MIN_PHOTOS:
        return
    offset = _closing_offset(lines, features, run)
    if offset is None:
        found.update(range(run[0], run[-1] + 1))
    else:
        for counter in run:
            found.update(range(counter, counter + offset + 1))


def _closing_offset(
    lines: Sequence[str], features: Sequence[LineFeatures], run: list[int]
) -> int | None:
    """The offset from each counter of a run to the line closing its photo, when the
    counters stand above their photos and every photo closes with the same line (its
    credit, "Photo: Jane Roe"): the smallest offset of two lines or more (a caption
    between), short of the gap to the next counter, at which the line after every
    counter of the run, the last too, is that one text. The lines after it, up to the
    next counter, are the article's (a paragraph between two photos). None when no
    offset is so: which lines are the photo's is then not written on the page."""
    gap = min(b - a for a, b in pairwise(run))
    for offset in range(2, gap):
        if run[-1] + offset >= len(features):
            return None
        texts = {lines[features[counter + offset].index].strip() for counter in run}
        if len(texts) == 1:
            return offset
    return None


def gallery_tail(
    lines: Sequence[str], features: Sequence[LineFeatures], gallery: set[int]
) -> range:
    """Positions of the last photo's lines after a gallery's last counter, when the
    gallery prints its counter above each photo's lines.

    A photo printed as "counter, caption, credit" leaves its caption and credit after
    the last counter, outside :func:`gallery_positions`. They are the last photo's when
    the line closing it, one counter's gap after the last counter, is the line that
    closes the photo before it (the credit every photo repeats): the counters stand
    above their photos. Without such a copy the order is not written on the page and
    nothing is added.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    gallery : set of int
        :func:`gallery_positions`' answer.

    Returns
    -------
    range
        Positions (into ``features``) after the last counter; empty when none is found.
    """
    counters = sorted(
        p for p in gallery if features[p].has_digit and counter_numbers(lines[features[p].index])
    )
    if len(counters) < GALLERY_MIN_COUNTERS:
        return range(0)
    last, gap = counters[-1], counters[-1] - counters[-2]
    closing = last + gap - 1
    if gap < 2 or closing >= len(features):
        return range(0)
    text = lines[features[closing].index].strip()
    if text != lines[features[last - 1].index].strip():
        return range(0)
    return range(last + 1, closing + 1)


def caption_words(
    lines: Sequence[str], features: Sequence[LineFeatures], positions: range
) -> float:
    """Words of the captions among ``positions``: the lines that end a sentence and are
    no counter (a credit, "Photo: Jane Roe", ends none).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    positions : range
        Positions (into ``features``) of a gallery's lines.

    Returns
    -------
    float
        The captions' words (:attr:`LineFeatures.n_words`).
    """
    return sum(
        features[p].n_words
        for p in positions
        if features[p].ends_sentence and counter_numbers(lines[features[p].index]) is None
    )

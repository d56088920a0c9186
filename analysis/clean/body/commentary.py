"""A live commentary's entries, each opening with the game's clock or minute.

A match report followed minute by minute prints one short paragraph an entry, the
game's time first: a minute mark ("61' Substitution ...", "90+3' Full time!") or a game
clock ("54.12 GOAL! ...", mm.ss as ice hockey prints it), the entries in the order of
the game (the latest first, or the earliest). Such entries are often shorter than a
paragraph ("12.33 MAALI! Ilves avasi maalitilin.") and would weigh as chrome in the
region search; an advertisement's label between two of them ("Mainos", "Anzeige")
would then end the article halfway. A run of them weighs its words, as paragraphs do,
and its entries are body when the article's region holds them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.yearless_dates import CLOCK_TIME

# A rule switch with no tuned value (on: the issue asks a live blog's body to be kept);
# cross-validation by site may switch it off.
COMMENTARY = True
# A run holds at least this many entries: the fewest whose stamps' order is evidence
# (any two numbers are in some order). Not tuned.
MIN_ENTRIES = 3
# The most lines between two entries of one run (an advertisement's label, a photo's
# caption: one line). Not tuned.
MAX_LINES_BETWEEN = 1

# The game's time opening a line, then a space and a letter: a minute mark with an
# apostrophe or a prime, added time after a plus ("61'", "90+3'"), or a game clock of
# minutes and seconds ("54.12", "05:40").
GAME_TIME = re.compile(
    r"^\s*(?:(?P<minute>\d{1,3})(?:\s*\+\s*(?P<added>\d{1,2}))?\s*['’′]"
    r"|(?P<minutes>\d{1,3})[.:](?P<seconds>[0-5]\d))\s+(?=\w)(?!\d)"
)


def game_time(text: str) -> float | None:
    """The game's time a line opens with, in minutes, or None.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    float or None
        "61' Goal" -> 61.0, "90+3' Full time" -> 93.0, "54.12 MAALI!" -> 54.2; None for
        a line opening with no such time, or holding only a clock time ("16:05 น.",
        Thai's hour sign after it: a live blog's stamp, :func:`~.rules.inner_datelines`).
    """
    match = GAME_TIME.match(text)
    if match is None or CLOCK_TIME.fullmatch(text.strip()):
        return None  # (a clock time and its hour sign alone, "16:05 น.": a stamp, no entry)
    if match["minute"] is not None:
        return float(int(match["minute"]) + int(match["added"] or 0))
    return int(match["minutes"]) + int(match["seconds"]) / 60


def commentary_entries(lines: Sequence[str], features: Sequence[LineFeatures]) -> list[int]:
    """Positions of a live commentary's entries: lines set apart from their neighbours
    (no bullet, no notice, printed once) that open with the game's time
    (:func:`game_time`) and end a sentence, in runs of at least ``MIN_ENTRIES`` with at
    most ``MAX_LINES_BETWEEN`` other lines between two, their times in the game's order
    (never rising, or never falling, all along the run).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.

    Returns
    -------
    list of int
        Positions into ``features``, ascending; empty with ``COMMENTARY`` off.
    """
    if not COMMENTARY:
        return []
    entries: list[tuple[int, float]] = []
    for position, feature in enumerate(features):
        if not (feature.ends_sentence and feature.has_digit) or (
            feature.is_bullet or feature.is_notice or feature.repeats > 1 or feature.n_adjacent
        ):
            continue
        time = game_time(lines[feature.index])
        if time is not None:
            entries.append((position, time))
    found: list[int] = []
    run: list[tuple[int, float]] = []
    for entry in entries:
        if run and (entry[0] - run[-1][0] > MAX_LINES_BETWEEN + 1 or not _in_order([*run, entry])):
            found.extend(_kept(run))
            run = []
        run.append(entry)
    found.extend(_kept(run))
    return found


def _kept(run: Sequence[tuple[int, float]]) -> list[int]:
    """A run's positions when it holds ``MIN_ENTRIES`` entries or more, else none."""
    return [position for position, _ in run] if len(run) >= MIN_ENTRIES else []


def _in_order(run: Sequence[tuple[int, float]]) -> bool:
    """Whether a run's times never rise or never fall."""
    times = [time for _, time in run]
    pairs = list(itertools.pairwise(times))
    return all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs)

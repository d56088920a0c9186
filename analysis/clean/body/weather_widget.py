"""A weather widget's leftovers between two paragraphs of a story (a step of the body
detector).

A local site sets its weather widget inside the story's column, and a dump prints what is
left of it between two paragraphs: the place, the temperature, the sky, the highs and
lows, the wind and a link ("Greyhaven" / "7°C" / "Light rain" / "H: 9° L: 4°" / "Wind 22
km/h" / "Full forecast"). Some of these lines read as chrome, the others as subheadings,
and the subheadings were kept as the story's.

:func:`weather_widget_positions` finds such a run: the lines between two paragraphs, at
least :data:`MIN_WIDGET_LINES` of them, none a sentence, a bullet, a clause announcing
what follows (a colon) or longer than :data:`MAX_WIDGET_LINE_WORDS` words, one of them
holding a temperature (a figure and the degree sign), and the paragraph above announcing
nothing (a forecast's table under "The outlook for the next four days:" is the story's).
No tuned value: a widget's line is a label or a reading of a few words, and one line
alone between two paragraphs is a subheading ("Highs of 30°").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures

__all__ = ["MAX_WIDGET_LINE_WORDS", "MIN_WIDGET_LINES", "weather_widget_positions"]

#: A widget's run has at least this many lines (one line is a subheading).
MIN_WIDGET_LINES = 2
#: A widget's line is at most this many words (a label or a reading: "Wind 22 km/h").
MAX_WIDGET_LINE_WORDS = 6

# A temperature: a figure and the degree sign ("7°C", "9°", "-2 °F").
_TEMPERATURE = re.compile(r"\d\s?°")
_COLONS = (":", "：")


def _is_widget_line(feature: LineFeatures) -> bool:
    """Whether a line may be a widget's: a label or a reading, no sentence."""
    return not (
        feature.ends_sentence
        or feature.is_bullet
        or feature.has_date
        or feature.ends_clause in _COLONS
        or feature.n_words > MAX_WIDGET_LINE_WORDS
    )


def weather_widget_positions(
    lines: Sequence[str], features: Sequence[LineFeatures], is_prose: Sequence[bool]
) -> list[int]:
    """The positions of a weather widget's lines between two paragraphs (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    is_prose : sequence of bool
        Whether each of them is one of the story's paragraphs.

    Returns
    -------
    list of int
        Positions into ``features``, in page order.
    """
    found: list[int] = []
    position = 1
    while position < len(features):
        if is_prose[position] or not is_prose[position - 1]:
            position += 1
            continue  # most lines: no run opening under a paragraph
        stop = position
        while stop < len(features) and not is_prose[stop] and _is_widget_line(features[stop]):
            stop += 1
        run = range(position, stop)
        if (
            stop < len(features)
            and is_prose[stop]
            and len(run) >= MIN_WIDGET_LINES
            and features[position - 1].ends_clause not in _COLONS
            and any(_TEMPERATURE.search(lines[features[q].index]) for q in run)
        ):
            found.extend(run)
        position = max(stop, position + 1)
    return found

"""The date a line of its own under the headline prints after a "published" label, as the
page's when nothing else dates it.

Many pages print their day only once, at the story's end or in a slug line of its own
("*Erschienen am 03.12.2026*" closing an interview, Malayalam "പ്രസിദ്ധീകരിച്ചത്: 2026
ഡിസംബർ 3" under a Reader View copy's text, "Publicado el jueves 3 de diciembre de 2026 a
las 19:10" over the share buttons): the line opens with a date's publication label
(:data:`analysis.clean.dates.DATE_LABEL`, its table of "published" in many languages) and
holds that one date, a preposition or a weekday before it and a clock time or a zone
after it. A line saying more (a sentence "published on" a day, a related story's card
with its headline) is no such line. No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.dates import DATE_LABEL, labelled_dates

__all__ = ["closing_published_date"]

# Marks a dump prints around a line of its own (Markdown's emphasis, brackets, a dash).
_FRAME = " \t*_()[]—–-·|"

#: At most this many words stand between the label and its date ("am", "on the", "el
#: jueves", "le mardi") and after the date ("a las 19:10", "10:32 AM IST"): a slug
#: line's own words; a sentence or a card says more (set by reasoning, not tuned).
_MAX_WORDS_AROUND = 4

# A word: a run of characters that are neither spaces nor a line's punctuation.
_WORD = re.compile(r"[^\s,.:;|/]+")


def closing_published_date(lines: Sequence[str], title_line: int) -> tuple[int, int, int] | None:
    """Where the first line under the headline opened by a "published" label prints the
    page's date.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The headline's line.

    Returns
    -------
    tuple of int or None
        ``(line, start, end)`` of the date in ``lines[line]``; None when no line under
        the headline is a label and one date with at most :data:`_MAX_WORDS_AROUND` words
        on each side of the date, or when a line of one date so short without the label
        comes first under the story's prose (a related card's day, an update's).

    Examples
    --------
    >>> closing_published_date(["Headline", "Text.", "*Erschienen am 03.12.2026*"], 0)
    (2, 15, 25)
    >>> closing_published_date(["Headline", "It was published on 3 May 2026."], 0) is None
    True
    """
    under_story = False
    for i in range(title_line + 1, len(lines)):
        line = lines[i]
        inner = line.strip(_FRAME)
        label = DATE_LABEL.match(inner)
        dates = labelled_dates(inner)
        if len(dates) != 1:
            # prose: more words than a dated line may hold (the date's own up to four)
            under_story = under_story or len(_WORD.findall(inner)) > 2 * _MAX_WORDS_AROUND + 4
            continue
        date = dates[0][0]
        before = _WORD.findall(inner[label.end() if label else 0 : date.start])
        after = _WORD.findall(inner[date.end :])
        if len(before) > _MAX_WORDS_AROUND or len(after) > _MAX_WORDS_AROUND:
            continue  # a sentence's date
        if label is None or label.lastgroup != "publish" or dates[0][1] != "publish":
            if under_story:
                return None  # the first dated line under the story decides: a related card's
            continue  # over the story: a save line, the masthead's day
        offset = line.find(inner)
        return i, offset + date.start, offset + date.end
    return None

"""A programme's episode label on a transcript or an episode's page: not its headline.

A broadcast's transcript or a podcast episode's page prints the programme's name and
the episode's number over the episode's own headline, and over the air date: "The
Morning Tide — Episode 12", "Die Morgenflut – Folge 12", "La Marée du matin, ép. 12",
"S2 E5", "第12集". Such a label sits right over a date line, as a headline does, and
the host says the programme's name in the body ("Welcome to The Morning Tide"), so it
reads as a headline; :mod:`analysis.clean.headline` takes the headline under it
instead (:func:`is_episode_label`), and never reads an episode's headline that opens
with its number ("Episode 12: Council approves the budget") as the deck of the
programme's name above it (:func:`opens_with_episode`).

The word for an episode, by language (:data:`EPISODE_WORDS`), as podcast and broadcast
sites print it; not "part" or "day" (an article series' "— Part 2" and a live blog's
"Day 512" are the story's own headline).
"""

from __future__ import annotations

import re

__all__ = ["EPISODE_WORDS", "is_episode_label", "opens_with_episode"]

#: The word for an episode of a programme, by language (ISO 639-1), in lower case;
#: a shortening may close with a dot ("Ep. 12").
EPISODE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("episode", "ep", "eps"),
    "de": ("folge", "episode"),
    "fr": ("épisode", "ép"),
    "es": ("episodio", "ep"),
    "pt": ("episódio", "ep"),
    "it": ("episodio", "puntata", "ep"),
    "nl": ("aflevering", "afl"),
    "da": ("afsnit", "episode"),
    "sv": ("avsnitt",),
    "nb": ("episode",),
    "fi": ("jakso",),
    "pl": ("odcinek", "odc"),
    "cs": ("díl", "epizoda"),
    "sk": ("diel", "epizóda"),
    "sl": ("epizoda",),
    "hr": ("epizoda",),
    "sr": ("epizoda", "епизода"),
    "hu": ("epizód",),
    "ro": ("episodul", "episod"),
    "tr": ("bölüm",),
    "ru": ("выпуск", "серия", "эпизод"),
    "uk": ("випуск", "серія", "епізод"),
    "el": ("επεισόδιο",),
    "ca": ("episodi",),
    "id": ("episode", "eps"),
    "ms": ("episod",),
    "vi": ("tập",),
}

_WORDS = sorted(
    {word for row in EPISODE_WORDS.values() for word in row}, key=lambda w: (-len(w), w)
)
# An episode and its number: "Episode 12", "Ep. 12", "Folge Nr. 12", "Episode #12", "S2 E5",
# "S02E05", "第12集" (Chinese, Japanese: the 12th episode, broadcast, issue).
_EPISODE = (
    rf"(?:\b(?:{'|'.join(map(re.escape, _WORDS))})\.?\s*(?:n[or]?[°º.]\s*)?#?\s?\d{{1,4}}\b"
    r"|\bs\d{1,2}\s?e\d{1,3}\b|第\s?\d{1,4}\s?[集期回話话])"
)
# A label: the episode alone, or a name, a separator and the episode closing the line
# ("The Morning Tide — Episode 12", "The Morning Tide, Ep. 12", "Tide (Episode 12)"), or
# followed by the episode's length and air date, parts apart by separators, each with a
# number ("Le Grand Causse — épisode 57 — 42 min — 3 décembre 2026", h388).
_LABEL = re.compile(
    rf"^(?:[^\n]{{1,80}}?(?:\s*[—–:|·,]\s*|\s+-\s+|\s+\())?{_EPISODE}\)?"
    r"(?:\s*[—–|·,]\s*[^—–|·\n]{0,30}\d[^—–|·\n]{0,30})*\s*$",
    re.IGNORECASE,
)
# An episode's headline opening with its number: "Episode 12: Title", "Ep. 12 – Title".
_OPENING = re.compile(rf"^{_EPISODE}\s*(?:[:—–|·.]|\s-)\s*\w", re.IGNORECASE)


def is_episode_label(line: str) -> bool:
    """True for a programme's episode label: an episode and its number, alone or closing
    the line after the programme's name ("The Morning Tide — Episode 12").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        The line ends in an episode word of :data:`EPISODE_WORDS` and a number ("S2
        E5", "第12集" too), after a separator ("—", "–", " - ", ":", "|", "·", ",", "(")
        or alone, or in such an episode and parts holding a number after separators
        (its length and air date: "Show · Episode 214 · 38 min · December 4, 2026").
    """
    text = line.strip()
    return any(char.isdigit() for char in text) and _LABEL.match(text) is not None


def opens_with_episode(line: str) -> bool:
    """True for an episode's headline that opens with its number ("Episode 12: Title").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        An episode and its number (as :func:`is_episode_label` reads them), a separator
        and more words.
    """
    text = line.strip()
    return any(char.isdigit() for char in text[:16]) and _OPENING.match(text) is not None

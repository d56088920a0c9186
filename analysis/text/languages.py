"""The languages a text is likely written in: py3langid's classifier, loaded once.

py3langid (pinned; a fork of langid.py by Lui and Baldwin, 2012) is a naive Bayes
classifier over byte n-grams covering 97 languages; its model ships inside the package
and is loaded on first use, nothing is downloaded (its decompressed copy is kept in the
user's cache folder between runs: :mod:`analysis.text.model_cache`). The statistics
stage names an article body's language with it (:mod:`analysis.stats.language`); the
cleaner asks it only of a page whose dates need it (a month's name two languages print
as two months: :func:`analysis.clean.page_date_order.page_languages`).
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["MIN_LETTERS", "guessable", "language_identifier", "ranked_languages"]

#: A text needs this many letters for its language to be guessed (a caption, a headline
#: or a date line alone is too short for a reliable guess).
MIN_LETTERS = 40
_LETTER = re.compile(r"[^\W\d_]")


@cache
def language_identifier() -> LanguageIdentifier:
    """py3langid's classifier, loaded once per process from the model inside the package
    (through its decompressed copy in the cache folder: :mod:`analysis.text.model_cache`).

    Returns
    -------
    LanguageIdentifier
        The classifier, its scores not normalized.
    """
    from analysis.text.model_cache import cached_identifier

    return cached_identifier()


def ranked_languages(text: str) -> tuple[str, ...]:
    """Every language the classifier knows, the likeliest for ``text`` first.

    Parameters
    ----------
    text : str
        Any text (its cost grows with its length: callers cap it).

    Returns
    -------
    tuple of str
        ISO 639-1 codes ("hr", "pl", ...), 97 of them.
    """
    return tuple(str(language) for language, _ in language_identifier().rank(text))


def guessable(text: str) -> bool:
    """Whether ``text`` holds :data:`MIN_LETTERS` letters, enough to guess its language.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    bool
        True when it holds at least ``MIN_LETTERS`` letters.
    """
    return sum(1 for _ in itertools.islice(_LETTER.finditer(text), MIN_LETTERS)) >= MIN_LETTERS

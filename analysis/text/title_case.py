"""Title case: whether the content words of a text start with a capital letter."""

from __future__ import annotations

import operator
from collections.abc import Collection

from analysis.text.letter_case import opens_upper_case
from analysis.text.patterns import CONTENT_RUN
from analysis.text.words import _ASCII_LETTERS_ONLY, _ascii_letter_runs

_FIRST_CHAR = operator.itemgetter(0)


def is_title_case(
    text: str, *, min_words: int, share: float = 1.0, skip: Collection[str] = ()
) -> bool:
    """Whether the content words of ``text`` start with a capital letter.

    Content words are the letter runs (:data:`LETTER_RUN`) of four letters or more whose
    lower-case form is not in ``skip`` (e.g. function words).

    Parameters
    ----------
    text : str
        A line or part of one.
    min_words : int
        Fewer content words than this is never title case.
    share : float, optional
        The share of content words that must be capitalized (1.0: all of them).
    skip : collection of str, optional
        Lower-case words that are not content words.

    Returns
    -------
    bool
        True when there are at least ``min_words`` content words and at least ``share``
        of them start with an upper-case letter (:func:`opens_upper_case`).
    """
    runs = _ascii_letter_runs(text)
    if runs is not None:  # the runs of four letters or more, found without the pattern
        content = [w for w in runs if len(w) > 3 and w.lower() not in skip]
        return _capitalized(content, min_words, share)
    content = [w for w in CONTENT_RUN.findall(text) if w.lower() not in skip]
    # (a capital is a shown one: a Cherokee word opens with none, as an Arabic one)
    return len(content) >= min_words and sum(map(opens_upper_case, content)) >= share * len(content)


def runs_in_title_case(
    data: bytes,
    lowered: list[str],
    *,
    min_words: int,
    share: float = 1.0,
    skip: Collection[str] = (),
) -> bool:
    """:func:`is_title_case` of a text whose letters are ASCII, from the ASCII bytes and
    lower-cased letter runs :func:`ascii_word_views` gives, without converting it again.

    Parameters
    ----------
    data : bytes
        The text as ASCII bytes (:func:`ascii_word_views`).
    lowered : list of str
        Its letter runs, lower-cased, in order.
    min_words, share, skip
        As for :func:`is_title_case`.

    Returns
    -------
    bool
        ``is_title_case(text, min_words=min_words, share=share, skip=skip)``.
    """
    runs = data.translate(_ASCII_LETTERS_ONLY).decode().split()
    content = [w for w, low in zip(runs, lowered, strict=True) if len(w) > 3 and low not in skip]
    return _capitalized(content, min_words, share)


def _capitalized(content: list[str], min_words: int, share: float) -> bool:
    """Whether at least ``min_words`` content words, ``share`` of them capitalized."""
    if len(content) < min_words:
        return False
    # (mapped, not a generator: the capitals counted in compiled code, ~30 % of the test)
    return sum(map(str.isupper, map(_FIRST_CHAR, content))) >= share * len(content)

"""Readability formulas: one function per score, from counts made once per body.

Each function takes the :class:`TextstatCounts` of a body (analysis.stats.readability
counts them) and applies the formula exactly as textstat 0.7.8 does: same constants,
same operations in the same order, so each value is bit-identical to the textstat
function of the same name (``tests/test_readability.py``). Where textstat departs from
the published formula (its conventions for empty texts, its word and sentence counts),
``docs/metrics.md`` says so. Sources are cited in each docstring (as textacy does).

Reads: :class:`TextstatCounts`. Writes: the eight ``article_metrics`` readability
columns (:func:`scores_from_counts`).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from analysis.stats.ratios import ratio
from analysis.stats.readability_versions import check_versions

check_versions()  # get_lang_cfg is one of textstat's internals

from textstat.backend.utils import get_lang_cfg  # noqa: E402

#: textstat's default language; every formula below uses its English constants.
LANG = "en_US"

_FRE_BASE = get_lang_cfg(LANG, "fre_base")
_FRE_SENTENCE_LENGTH = get_lang_cfg(LANG, "fre_sentence_length")
_FRE_SYLLABLES_PER_WORD = get_lang_cfg(LANG, "fre_syll_per_word")


@dataclass(frozen=True)
class TextstatCounts:
    """Every count textstat's eight scores need, computed once for one body.

    Attributes
    ----------
    n_words : int
        ``count_words``: tokens after removing punctuation (hyphenated words glued).
    n_tokens : int
        ``count_words(rm_punctuation=False)``: whitespace tokens (ARI's denominator).
    n_sentences : int
        ``count_sentences``.
    n_syllables : int
        ``count_syllables``.
    n_polysyllables : int
        ``count_polysyllable_words``: words of three or more syllables.
    n_difficult_dale_chall : int
        ``count_difficult_words(threshold=0)``: words not on the Dale-Chall easy list.
    n_difficult_fog : int
        ``count_difficult_words(threshold=3)``: not easy and three or more syllables.
    n_chars : int
        ``count_chars(ignore_spaces=True)``: non-space characters, punctuation included.
    n_letters : int
        ``count_letters``: word characters (``\\w``).
    linsear_write : float
        ``linsear_write_formula(strict_lower=False, strict_upper=True)``, used only by
        the consensus grade.
    """

    n_words: int
    n_tokens: int
    n_sentences: int
    n_syllables: int
    n_polysyllables: int
    n_difficult_dale_chall: int
    n_difficult_fog: int
    n_chars: int
    n_letters: int
    linsear_write: float


def _words_per_sentence(counts: TextstatCounts) -> float:
    return ratio(counts.n_words, counts.n_sentences, empty=0.0)


def _syllables_per_word(counts: TextstatCounts) -> float:
    return ratio(counts.n_syllables, counts.n_words, empty=0.0)


def flesch_reading_ease(counts: TextstatCounts) -> float:
    """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word.

    Source: R. Flesch, "A new readability yardstick", Journal of Applied Psychology
    32(3), 221-233, 1948; textstat ``flesch_reading_ease`` (0.0 for an empty text).

    Parameters
    ----------
    counts : TextstatCounts
        Reads ``n_words``, ``n_sentences`` and ``n_syllables``.

    Returns
    -------
    float
        Higher is easier (about 0-100 for ordinary prose, unbounded either way); 0.0 when
        either ratio is 0.
    """
    words_per_sentence = _words_per_sentence(counts)
    syllables_per_word = _syllables_per_word(counts)
    if words_per_sentence == 0 or syllables_per_word == 0:
        return 0.0
    return (
        _FRE_BASE
        - _FRE_SENTENCE_LENGTH * words_per_sentence
        - _FRE_SYLLABLES_PER_WORD * syllables_per_word
    )


def flesch_kincaid_grade(counts: TextstatCounts) -> float:
    """Flesch-Kincaid grade: 0.39 words/sentence + 11.8 syllables/word - 15.59.

    Source: J. P. Kincaid, R. P. Fishburne, R. L. Rogers, B. S. Chissom, "Derivation of
    new readability formulas for Navy enlisted personnel", Research Branch Report 8-75,
    Naval Technical Training Command, 1975; textstat ``flesch_kincaid_grade``.

    Parameters
    ----------
    counts : TextstatCounts
        The same three counts as :func:`flesch_reading_ease`.

    Returns
    -------
    float
        A US school grade; 0.0 when either ratio is 0.
    """
    words_per_sentence = _words_per_sentence(counts)
    syllables_per_word = _syllables_per_word(counts)
    if words_per_sentence == 0 or syllables_per_word == 0:
        return 0.0
    return (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59


def gunning_fog(counts: TextstatCounts) -> float:
    """Gunning fog index: 0.4 (words/sentence + 100 difficult words/words).

    Difficult: three or more syllables and not on the easy-word list (textstat's
    reading of "complex words"). Source: R. Gunning, *The Technique of Clear Writing*,
    McGraw-Hill, 1952; textstat ``gunning_fog``.

    Parameters
    ----------
    counts : TextstatCounts
        Reads ``n_words``, ``n_sentences`` and ``n_difficult_fog``.

    Returns
    -------
    float
        Years of schooling; 0.0 for a body of no words.
    """
    try:
        return 0.4 * (_words_per_sentence(counts) + 100 * counts.n_difficult_fog / counts.n_words)
    except ZeroDivisionError:
        return 0.0


def smog_index(counts: TextstatCounts) -> float:
    """SMOG grade: 1.043 sqrt(30 polysyllables/sentences) + 3.1291.

    Source: G. H. McLaughlin, "SMOG grading: a new readability formula", Journal of
    Reading 12(8), 639-646, 1969; textstat ``smog_index`` (which applies it to texts of
    any length, not only 30 sentences).

    Parameters
    ----------
    counts : TextstatCounts
        Reads ``n_polysyllables`` and ``n_sentences``.

    Returns
    -------
    float
        A grade, at least 3.1291 when there is a sentence; 0.0 when there is none.
    """
    try:
        return (1.043 * (30 * (counts.n_polysyllables / counts.n_sentences)) ** 0.5) + 3.1291
    except ZeroDivisionError:
        return 0.0


def coleman_liau_index(counts: TextstatCounts) -> float:
    """Coleman-Liau index: 0.058 L - 0.296 S - 15.8 (L letters, S sentences per 100 words).

    Source: M. Coleman, T. L. Liau, "A computer readability formula designed for machine
    scoring", Journal of Applied Psychology 60(2), 283-284, 1975; textstat
    ``coleman_liau_index`` (its constants 0.058 and 0.296 are the published 0.0588 and
    0.296, rounded as textstat has them).

    Parameters
    ----------
    counts : TextstatCounts
        Reads ``n_letters``, ``n_sentences`` and ``n_words``.

    Returns
    -------
    float
        A grade; 0.0 when L or S is 0.
    """
    letters = ratio(counts.n_letters, counts.n_words, empty=0.0) * 100
    sentences = ratio(counts.n_sentences, counts.n_words, empty=0.0) * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences) - 15.8


def automated_readability_index(counts: TextstatCounts) -> float:
    """Automated readability index: 4.71 characters/word + 0.5 words/sentence - 21.43.

    Source: R. J. Senter, E. A. Smith, "Automated Readability Index", AMRL-TR-66-220,
    Aerospace Medical Research Laboratories, 1967; textstat
    ``automated_readability_index`` (characters per whitespace token).

    Parameters
    ----------
    counts : TextstatCounts
        Reads ``n_chars``, ``n_tokens``, ``n_words`` and ``n_sentences``.

    Returns
    -------
    float
        A grade; 0.0 when either ratio is 0.
    """
    chars_per_word = ratio(counts.n_chars, counts.n_tokens, empty=0.0)
    words_per_sentence = _words_per_sentence(counts)
    if chars_per_word == 0 or words_per_sentence == 0:
        return 0.0
    return (4.71 * chars_per_word) + (0.5 * words_per_sentence) - 21.43


def dale_chall_readability_score(counts: TextstatCounts) -> float:
    """New Dale-Chall score: 0.1579 % difficult words + 0.0496 words/sentence (+ 3.6365).

    The constant is added when more than 5 % of the words are difficult (not on the
    easy-word list). Source: E. Dale, J. S. Chall, "A formula for predicting
    readability", Educational Research Bulletin 27(1), 11-20 and 37-54, 1948;
    textstat ``dale_chall_readability_score``.

    Parameters
    ----------
    counts : TextstatCounts
        Reads ``n_difficult_dale_chall``, ``n_words`` and ``n_sentences``.

    Returns
    -------
    float
        About 4.9 or less: a 4th-grade reader; 0.0 for a body of no words.
    """
    try:
        percent_difficult = 100 * counts.n_difficult_dale_chall / counts.n_words
    except ZeroDivisionError:
        return 0.0
    score = (0.1579 * percent_difficult) + (0.0496 * _words_per_sentence(counts))
    if percent_difficult > 5:
        score += 3.6365
    return score


def _floor_ceil_round(score: float) -> list[int]:
    return [math.floor(score), math.ceil(score), round(score)]


def _flesch_grade_band(score: float) -> list[int]:
    """textstat's mapping of Flesch reading ease to school grades (text_standard)."""
    bands = ((90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11]), (30, [12]))
    if score < 100:
        for lower, grades in bands:
            if score >= lower:
                return grades
    return [13]


def text_standard(counts: TextstatCounts, scores: dict[str, float]) -> float:
    """Consensus grade: the most common of the grades the other formulas give.

    Each grade formula (Flesch-Kincaid, SMOG, Coleman-Liau, ARI, Dale-Chall, Linsear
    Write, Gunning fog) contributes its score's floor, ceiling and rounding, Flesch
    reading ease its grade band; ties go to the grade counted first. Source: textstat
    ``text_standard(float_output=True)`` (textstat's own consensus, no publication).

    Parameters
    ----------
    counts : TextstatCounts
        The body's counts (for Linsear Write).
    scores : dict of str to float
        The other seven scores, by column name.

    Returns
    -------
    float
        A whole grade, as a float.

    Raises
    ------
    KeyError
        ``scores`` lacks one of the seven.
    """
    grades: list[int] = _floor_ceil_round(scores["flesch_kincaid_grade"])
    grades.extend(_flesch_grade_band(scores["flesch_reading_ease"]))
    for score in (
        scores["smog_index"],
        scores["coleman_liau_index"],
        scores["automated_readability_index"],
        scores["dale_chall_readability_score"],
        counts.linsear_write,
        scores["gunning_fog"],
    ):
        grades.extend(_floor_ceil_round(score))
    return float(Counter(grades).most_common(1)[0][0])


def scores_from_counts(counts: TextstatCounts) -> dict[str, float]:
    """Apply the eight formulas to one body's counts.

    Parameters
    ----------
    counts : TextstatCounts
        From :func:`analysis.stats.readability.textstat_counts`.

    Returns
    -------
    dict of str to float
        One value per name in ``analysis.tables.READABILITY_COLUMNS``, in that order.
    """
    scores = {
        "flesch_reading_ease": flesch_reading_ease(counts),
        "flesch_kincaid_grade": flesch_kincaid_grade(counts),
        "gunning_fog": gunning_fog(counts),
        "smog_index": smog_index(counts),
        "coleman_liau_index": coleman_liau_index(counts),
        "automated_readability_index": automated_readability_index(counts),
        "dale_chall_readability_score": dale_chall_readability_score(counts),
    }
    scores["text_standard"] = text_standard(counts, scores)
    return scores

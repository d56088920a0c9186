"""Which printed speakers are one person: the groups speaker lists count together.

A researcher reading an outlet's most quoted speakers must not see one person split
over the ways the outlet prints them ("Trump", "Mr. Trump", "President Trump",
"Donald Trump"). Reads the printed speakers of one list (an outlet's, or the whole
corpus's); gives each its group key (:func:`speaker_groups`). Rules: "Speaker lists" in
docs/quotes.md.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

from analysis.stats.quotes.lexicon import _word_set
from analysis.stats.quotes.pronouns import names_someone
from analysis.stats.quotes.speaker_names import _PARTICLES, is_role_word

_DETERMINERS = _word_set("the a an his her its their our this")


def speaker_key(name: str) -> str:
    """The form under which printed speaker names are counted together.

    Parameters
    ----------
    name : str
        A speaker as printed.

    Returns
    -------
    str
        ``name`` casefolded, with curly apostrophes straightened, the accents of Latin
        letters dropped ("María López" and "Maria Lopez" are one; a mark on a letter of
        another script stays: a Devanagari vowel sign is a letter's sound) and spaces
        collapsed.
    """
    return " ".join(_without_latin_accents(name.replace("\u2019", "'")).casefold().split())


def _without_latin_accents(text: str) -> str:
    """``text`` with the combining marks on Latin letters removed ("López": "Lopez")."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        latin = bool(kept) and unicodedata.name(kept[-1], "").startswith("LATIN")
        if latin and unicodedata.combining(char):
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _surname_and_first(key: str) -> tuple[str, str | None] | None:
    """A name's surname (with its particles: "de leon") and the first name printed
    before it, from its key.

    None when the speaker does not read as a person's or body's name: a leading
    determiner ("the ministry"), a last word that is no capitalised word in the printed
    form (checked by the caller), an abbreviation ("Md."). The first name is None for a
    bare surname or a title before it ("Trump", "Mr. Trump", "President Trump").
    """
    words = key.split()
    if words[0] in _DETERMINERS or words[-1].endswith("."):
        return None
    surname = words[-1].removesuffix("'s")
    if not surname.isalpha():
        return None
    rest = words[:-1]
    while rest and rest[-1] in _PARTICLES:  # "Kevin de León": the surname is "de León"
        surname = f"{rest.pop()} {surname}"
    before = rest[-1] if rest else ""
    if not before.isalpha() or is_role_word(before):
        return surname, None
    return surname, before


def speaker_groups(names: Iterable[object]) -> dict[str, str]:
    """Each printed speaker's group key: the printed forms of one person share one.

    Forms that differ only in case, apostrophe or a Latin letter's accent share
    :func:`speaker_key`. Names that
    end with the same capitalised surname are one person when the list names at most
    one first name before that surname: "Trump", "Mr. Trump", "President Trump" and
    "Donald Trump" are one; with "Donald Trump" and "Ivanka Trump" both in the list,
    each full name is its own group and the bare "Trump" forms stay apart (who they are
    cannot be told). Pronouns, phrases with a determiner ("the ministry") and
    abbreviations keep their own key.

    Parameters
    ----------
    names : iterable
        Printed speakers (non-strings and pronouns are skipped).

    Returns
    -------
    dict
        Printed speaker -> group key (a string; equal keys count together).
    """
    printed = {n for n in names if names_someone(n)}
    keys = {name: speaker_key(name) for name in printed}
    parts: dict[str, tuple[str, str | None]] = {}
    firsts: dict[str, set[str]] = defaultdict(set)
    for name, key in keys.items():
        found = _surname_and_first(key) if name.split()[-1][:1].isupper() else None
        if found is not None:
            parts[name] = found
            if found[1] is not None:
                firsts[found[0]].add(found[1])
    groups = {}
    for name, key in keys.items():
        if name not in parts:
            groups[name] = key
            continue
        surname, first = parts[name]
        if len(firsts[surname]) <= 1:
            groups[name] = f"person: {surname}"
        elif first is not None:
            groups[name] = f"person: {first} {surname}"
        else:
            groups[name] = key
    return groups


def group_forms(counts: Mapping[str, int], groups: Mapping[str, str]) -> dict[str, str]:
    """The form a speaker list shows for each group: a full name before a bare one.

    Of the names of one group, those of two words or more come first ("Donald Trump"
    before "Trump"); among them the most quoted, then the first in code-point order.

    Parameters
    ----------
    counts : mapping of str to int
        Each name and its quotations.
    groups : mapping of str to str
        Each name's group key (:func:`speaker_groups` of the same names).

    Returns
    -------
    dict
        Group key -> the name shown for it.
    """
    forms: dict[str, str] = {}
    ranked = sorted(counts.items(), key=lambda item: (" " not in item[0], -item[1], item[0]))
    for name, _ in ranked:
        forms.setdefault(groups[name], name)
    return forms

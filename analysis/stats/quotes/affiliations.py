"""A person's name without the place or body after "of" ("Jonah Whitlow of Upper Cray").

English news names a speaker by a place or an employer after "of": "Jonah Whitlow of
Upper Cray, who rowed ..., called it", "Prof. Siobhan O'Brien of the University of
Kelloway called", "said Martin Pryce of Kellan Bay Fishermen's Association". The speaker
is the person, as an affiliation after a name is left out elsewhere ("Ana Ruiz, 67, of
Provo, Utah, said" gives "Ana Ruiz"). A phrase is cut before its first "of" when what
comes before is a person's name: at least two words, the first and the last capitalised,
every one capitalised, a title ("Prof.") or a particle of a name ("van", "bin"), the last
no role or institution noun ("Deputy Mayor of London", "Royal Bank of Scotland", "London
School of Economics", "Chief Executive of ..." stay whole); and what follows "of" is a
name too (capitalised words, "the", "and", "of", "for"), or a body in common nouns, "the"
and words whose last is a body's or a unit's head ("Inspector Sunil Jadhav of the cyber
police station", "Ann Lee of the county council": local and police copy names the unit
so). Rules: "Speaker" in :mod:`analysis.stats.quotes`.

Dutch names the place or body after "van", which also opens surnames ("Jan van Dijk",
"Anja van de Kamp"): :func:`name_before_van` cuts a phrase before a "van" only after a
given name and a surname (two capitalised words, no particle among them: "melkveehouder
Geert Bos van Oostwold", "gedeputeerde Anja Smit van de provincie Groningen"), when what
follows is capitalised words (a place, a body) or an article and a lower-case noun (a
surname's "van de" is followed by a capital).
"""

from __future__ import annotations

import re

from analysis.stats.quotes.lexicon import _word_set

#: Head nouns that end an institution's or a place's name before "of" (lower case): the
#: phrase is one name, not a person and an affiliation ("Royal Bank of Scotland",
#: "Federal Bureau of Investigation", "United States of America").
INSTITUTION_HEADS = _word_set(
    """bank banks university college institute institution school academy department
    ministry bureau office board council chamber church society association union
    federation league foundation trust museum library court commission committee
    agency service corporation company party government embassy hospital centre center
    club group fund city county state states republic kingdom province district borough
    parish army navy force police archive archives conference assembly parliament
    executive officer head member members"""
)

_INNER = frozenset({"the", "and", "of", "for"})
_WORD_RE = re.compile(r"\S+")


def _capitalised(word: str) -> bool:
    return word.strip("\"'“”‘’(")[:1].isupper()


def name_before_of(phrase: str, particles: frozenset[str], roles: frozenset[str]) -> int | None:
    """Length of the person's name that opens ``phrase`` before an "of" and the place or
    body it names (or None when the phrase is not so).

    Parameters
    ----------
    phrase : str
        A speaker phrase as printed ("Jonah Whitlow of Upper Cray").
    particles : frozenset of str
        Lower-case particles a name may hold ("van", "der", "bin").
    roles : frozenset of str
        Lower-case role words ("mayor", "secretary"): a phrase whose part before "of"
        ends with one names a role, not a person.

    Returns
    -------
    int or None
        The number of characters of ``phrase`` the name takes (up to the space before
        "of"); None when no "of" follows a person's name there (see the module
        docstring).
    """
    words = list(_WORD_RE.finditer(phrase))
    at = next((i for i, w in enumerate(words) if w[0] == "of"), None)
    if at is None or at < 2 or at == len(words) - 1:
        return None
    name = [w[0] for w in words[:at]]
    last = name[-1].strip(".,'’").lower()
    if (
        not _capitalised(name[0])
        or not _capitalised(name[-1])
        or last in INSTITUTION_HEADS
        or last in roles
        or not all(_capitalised(w) or w.lower() in particles for w in name)
    ):
        return None
    after = [w[0] for w in words[at + 1 :]]
    named = any(_capitalised(w) for w in after) and all(
        _capitalised(w) or w.lower() in _INNER for w in after
    )
    if not named and not _common_body(after):
        return None
    return words[at - 1].end()


#: Head nouns of a unit or a workplace printed in lower case after "of the" ("of the
#: cyber police station", "of the traffic division"), besides :data:`INSTITUTION_HEADS`.
UNIT_HEADS = _word_set("station division unit precinct squad branch team firm newsroom")


def _common_body(after: list[str]) -> bool:
    """Whether the words after "of" name a body in common nouns: "the", then words of
    letters (hyphens and apostrophes inside), the last a head of :data:`INSTITUTION_HEADS`
    or :data:`UNIT_HEADS` ("of the cyber police station", "of the county council")."""
    if len(after) < 2 or after[0] != "the":
        return False
    last = after[-1].rstrip(".,;:").lower()
    return (last in INSTITUTION_HEADS or last in UNIT_HEADS) and all(
        w.rstrip(".,;:").replace("-", "").replace("'", "").replace("’", "").isalpha()
        for w in after[1:]
    )


#: Dutch articles after "van" that open a body's name in lower case ("van de provincie").
_DUTCH_ARTICLES = frozenset({"de", "het"})


def name_before_van(phrase: str, particles: frozenset[str]) -> int | None:
    """Length of the Dutch speaker phrase before the "van" of a place or body after a
    person's full name (module docstring), or None.

    Parameters
    ----------
    phrase : str
        A speaker phrase as printed ("melkveehouder Geert Bos van Oostwold").
    particles : frozenset of str
        Lower-case particles a name may hold ("van", "de", "der", "ter").

    Returns
    -------
    int or None
        The number of characters up to the space before "van"; None when no such
        "van" follows a full name.
    """
    words = list(_WORD_RE.finditer(phrase))
    for at in range(2, len(words) - 1):
        if words[at][0] != "van":
            continue
        name = [w[0] for w in words[:at]]
        after = [w[0] for w in words[at + 1 :]]
        body = after[0] in _DUTCH_ARTICLES and len(after) > 1 and after[1][:1].islower()
        if not body and not all(_capitalised(w) for w in after):
            continue
        if _full_name(name, particles):
            return words[at - 1].end()
    return None


def _full_name(name: list[str], particles: frozenset[str]) -> bool:
    """Whether ``name`` ends with a person's full name: a given name and a surname after
    a lower-case role ("melkveehouder Geert Bos"; a capital opening the phrase may be a
    role's: "Wethouder Pieter"), or a surname opened by a particle after a given name
    ("Ingrid de Bruijn", "Anja van de Kamp")."""
    if not _capitalised(name[-1]) or name[-1].lower() in particles:
        return False
    if (
        len(name) >= 3
        and _capitalised(name[-2])
        and name[-2].lower() not in particles
        and name[-3].islower()
        and name[-3] not in particles
    ):
        return True
    return any(
        word in particles and _capitalised(name[j - 1]) for j, word in enumerate(name[:-1]) if j
    )

"""Whether a site name written in Cyrillic or Greek is spelled by a domain's Latin label.

A site named in Cyrillic registers its domain in Latin letters, transliterated
("Охридски Бран" at ``ohridskibran.mk``, "Вечерние новости" at ``vechernienovosti``):
the name and the label share no letter, and a comparison of the two as written finds
no match. :func:`cyrillic_spells_label` reads the label against each Cyrillic letter's
usual Latin spellings (the national and the scholarly systems, "ж" as "zh", "z" or
"j"; "х" as "h", "kh" or "x"), whole name against whole label. The letters are the
alphabets' (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, and the letters
Kazakh, Uzbek, Kyrgyz, Tajik, Tatar, Bashkir and Mongolian add); no site's. A Latin letter
or a digit in the name spells itself ("N3 Инфо" at ``n3info.rs``).

A Greek name is read the same way, by the usual romanizations (ELOT 743's and the
phonetic ones domains use: "η" as "i" or "h", "υ" as "y", "i" or "u", "χ" as "ch", "h"
or "x"; "ου" as "ou" or "u", "ευ" as "ev", "ef" or "eu", "μπ" as "b" or "mp"), its
accents and diaereses aside ("Η Καθημερινή" at ``kathimerini.gr``, "Ελεύθερος Τύπος" at
``eleftherostypos.gr``). A label's hyphens join words ("vecherniye-novosti") and are
passed over. A name in Devanagari, Bengali, Gurmukhi, Gujarati or Oriya is read by the
spellings :mod:`analysis.clean.indic_labels` gives ("चंबल संदेश" at
``chambalsandesh.in``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from analysis.clean.indic_labels import indic_label_pattern, is_indic_name

__all__ = ["GREEK_ARTICLES", "cyrillic_spells_label"]

# Each Cyrillic letter's Latin spellings in domains ("" for the signs some systems drop).
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v", "w"), "г": ("g", "h"), "ґ": ("g",), "д": ("d",),
    "ђ": ("dj", "d"), "е": ("e", "ye", "je"), "ё": ("e", "yo", "jo"), "є": ("ye", "je", "e"),
    "ж": ("zh", "z", "j", "zj"), "з": ("z",), "ѕ": ("dz", "z"), "и": ("i", "y"), "і": ("i",),
    "ї": ("yi", "ji", "i"), "й": ("y", "j", "i"), "ј": ("j", "y"), "к": ("k",), "л": ("l",),
    "љ": ("lj", "l"), "м": ("m",), "н": ("n",), "њ": ("nj", "n"), "о": ("o",), "п": ("p",),
    "р": ("r",), "с": ("s",), "т": ("t",), "ћ": ("c", "ch"), "ќ": ("k", "kj"),
    "ѓ": ("g", "gj"), "у": ("u",), "ў": ("u", "w"), "ф": ("f",), "х": ("h", "kh", "x"),
    "ц": ("c", "ts", "tz"), "ч": ("ch", "c"), "џ": ("dz", "dzh", "dj"), "ш": ("sh", "s"),
    "щ": ("shch", "sht", "sch"), "ъ": ("", "a"), "ы": ("y", "i"), "ь": ("",), "э": ("e",),
    "ю": ("yu", "ju", "iu", "u"), "я": ("ya", "ja", "ia", "a"),
    # the letters Kazakh, Uzbek, Kyrgyz, Tajik, Tatar, Bashkir and Mongolian add, as their
    # Latin alphabets and the usual romanizations spell them ("Ертіс таңы" at ertistany.kz,
    # Uzbek "қ", "ғ", "ҳ" beside the "ў" of Belarusian)
    "ә": ("a", "ae"), "ғ": ("g", "gh"), "қ": ("q", "k"), "ң": ("n", "ng"),
    "ө": ("o", "oe"), "ұ": ("u",), "ү": ("u", "ue"), "һ": ("h",), "ҳ": ("h", "x"),
    "ҷ": ("j", "ch"), "ӣ": ("i",), "ӯ": ("u",), "ҙ": ("z", "dh"), "ҫ": ("s", "th"),
    "ӊ": ("n", "ng"),
    # Greek (accents and diaereses are taken off first: _greek_base)
    "α": ("a",), "β": ("v", "b"), "γ": ("g", "gh", "y"), "δ": ("d", "dh"), "ε": ("e",),
    "ζ": ("z",), "η": ("i", "h", "e"), "θ": ("th",), "ι": ("i",), "κ": ("k", "c"),
    "λ": ("l",), "μ": ("m",), "ν": ("n",), "ξ": ("x", "ks"), "ο": ("o",), "π": ("p",),
    "ρ": ("r",), "σ": ("s",), "ς": ("s",), "τ": ("t",), "υ": ("y", "i", "u"),
    "φ": ("f", "ph"), "χ": ("ch", "h", "x", "kh"), "ψ": ("ps",), "ω": ("o", "w"),
}  # fmt: skip
#: The Greek definite articles a name may open with ("Η Φωνή της Άρτας", "Ο Λόγος"),
#: unaccented and case folded, which a domain leaves out ("Η Καθημερινή" at
#: kathimerini.gr): :data:`analysis.stopwords.FUNCTION_WORDS` holds no Greek.
GREEK_ARTICLES = frozenset({"ο", "η", "το", "οι", "τα"})
# Greek letter pairs spelled as one sound ("ου" as "u", "μπ" as "b"), besides their
# letters' own spellings.
_PAIRS: dict[str, tuple[str, ...]] = {
    "ου": ("ou", "u"), "αι": ("ai", "e"), "ει": ("ei", "i"), "οι": ("oi", "i"),
    "αυ": ("av", "af", "au"), "ευ": ("ev", "ef", "eu"), "μπ": ("b", "mp"),
    "ντ": ("d", "nt"), "γκ": ("g", "gk", "nk"), "γγ": ("ng", "gg"),
}  # fmt: skip
# A name is read when it holds Cyrillic letters, digits and nothing else that is a letter
# but a Latin letter, spelled as itself, in a word of its own ("N3 Инфо" at n3info.rs: a
# name of Latin capitals or a number and a Cyrillic word); at least one Cyrillic letter
# (:func:`_label_pattern`).
_CYRILLIC_NAME = re.compile(r"[\u0400-\u04ff\u0370-\u03ffa-z\d\W_]+")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff\u0370-\u03ff]")
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_LATIN_LETTER = re.compile(r"[a-z]")


def cyrillic_spells_label(name: str, label: str) -> bool:
    """Whether ``label`` spells the Cyrillic ``name`` in Latin letters, whole.

    Parameters
    ----------
    name : str
        A site name as printed ("Охридски Бран"); spaces, punctuation and case aside.
    label : str
        A domain's label (``ohridskibran``), in lower case.

    Returns
    -------
    bool
        True when every letter of the name, in turn, is spelled by one of its Latin
        spellings and digits by themselves, the whole label used; False for a name with
        a letter of another script or one the table lacks, or a label of four
        characters or fewer.

    Examples
    --------
    >>> cyrillic_spells_label("Охридски Бран", "ohridskibran")
    True
    >>> cyrillic_spells_label("Вечерние новости", "vecherniyenovosti")
    True
    >>> cyrillic_spells_label("Охридски Бран", "ohridnews")
    False
    >>> cyrillic_spells_label("N3 Инфо", "n3info")
    True
    >>> cyrillic_spells_label("Ертіс таңы", "ertistany")
    True
    >>> cyrillic_spells_label("चंबल संदेश", "chambalsandesh")
    True
    """
    label = label.replace("-", "")
    if len(label) <= 4 or not label.isascii():
        return False
    name = _greek_base(name.casefold())
    first, _, rest = name.partition(" ")
    names = (name, rest) if first in GREEK_ARTICLES and rest else (name,)
    patterns = [_label_pattern(form) for form in names]
    return any(p is not None and p.fullmatch(label) is not None for p in patterns)


@lru_cache(maxsize=1024)
def _label_pattern(name: str) -> re.Pattern | None:
    """The regular expression of the name's Latin spellings; None when the name is not
    Cyrillic or has a letter the table lacks. A name in Devanagari or a script laid out
    as it is read by its own tables (:func:`analysis.clean.indic_labels.indic_label_pattern`)."""
    if is_indic_name(name):
        return indic_label_pattern(name)
    if not _CYRILLIC_NAME.fullmatch(name) or not _CYRILLIC_LETTER.search(name):
        return None
    if any(_CYRILLIC_LETTER.search(word) and _LATIN_LETTER.search(word) for word in name.split()):
        return None  # a Latin letter inside a Cyrillic word: a look-alike typed, no word
    parts = []
    at = 0
    while at < len(name):
        char = name[at]
        if char.isdigit() or "a" <= char <= "z":
            parts.append(char)
        elif char.isalpha():
            spellings = _SPELLINGS.get(char)
            if spellings is None:
                return None
            pair = _PAIRS.get(name[at : at + 2])
            if pair is not None:  # the pair's sound, or its two letters' spellings
                second = "|".join(re.escape(s) for s in _SPELLINGS[name[at + 1]])
                spelled = "|".join(f"{re.escape(s)}(?:{second})" for s in spellings)
                parts.append("(?:" + "|".join(map(re.escape, pair)) + "|" + spelled + ")")
                at += 2
                continue
            parts.append("(?:" + "|".join(re.escape(s) for s in spellings) + ")")
        at += 1
    return re.compile("".join(parts)) if parts else None


def _greek_base(name: str) -> str:
    """The name with its Greek letters' accents and diaereses taken off ("ή" as "η");
    its other letters as they are (a Cyrillic "й" keeps its breve)."""
    if not _GREEK_LETTER.search(name):
        return name
    return "".join(
        unicodedata.normalize("NFD", char)[0] if _GREEK_LETTER.match(char) else char
        for char in name
    )


def spells_latin_labels(name: str) -> bool:
    """Whether :func:`cyrillic_spells_label` may accept some label for ``name``: it is
    Cyrillic, each letter one the table spells (a label must then be tried, whatever
    its first letters: :class:`analysis.clean.name_domain.DomainIndex`).

    Parameters
    ----------
    name : str
        A site name as printed.

    Returns
    -------
    bool
        False when no label spells the name.
    """
    return _label_pattern(_greek_base(name.casefold())) is not None

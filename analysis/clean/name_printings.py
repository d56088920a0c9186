"""One outlet name printed with and without its accents, counted as one printing (stage: metrics).

A site's pages print its name as it spells it ("Le Réveil du Causse", "Gündem Postası")
and, on some copies, without its accents or its letters that no decomposition takes
apart ("Le Reveil du Causse" in a footer typed on a keyboard without them, "Gundem
Postasi"), in decomposed Unicode (a macOS copy), with a typewriter's apostrophe for
the typographic one ("L'Echo", "L’Écho") or with a space for a Persian word's zero-width
non-joiner ("تازه های کویر", "تازه‌های کویر"). Those are one name; its display name is the
printing that keeps the most of its letters: the counts of printings whose letters are
the same once :func:`analysis.clean.name_forms.unaccented` folds them are pooled onto the
printing with the most letters outside ASCII (ties: the most frequent, then the first
in code-point order), in NFC. Case is not folded: a masthead's capitals are ranked by
:func:`analysis.clean.outlet_display.outlet_display_names_of_counts`, after this pooling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

#: Apostrophes a name is printed with, read as the typewriter's (the same name); and the
#: zero-width non-joiner that parts a Persian word's pieces ("تازه‌های"), which keyboards
#: without it type as a space ("تازه های"): the same printing, shown with the joiner.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "\u200c": " "})


def _letters_form(name: str) -> str:
    """The letters a printing spells, whatever its accents, Unicode form and apostrophe."""
    from analysis.clean.name_forms import unaccented  # outlet imports this module

    return unaccented(unicodedata.normalize("NFC", name).translate(_APOSTROPHES))


def _kept_letters(name: str) -> int:
    """How many of the printing's characters are outside ASCII (its accented letters)."""
    return sum(not char.isascii() for char in name)


def pooled_printings(forms: Mapping[str, int]) -> dict[str, int]:
    """``forms`` with the counts of one name's printings with and without its accents
    pooled onto the printing that keeps them (module docstring).

    Parameters
    ----------
    forms : mapping of str to int
        An outlet's printed names -> how many articles and pages gave each.

    Returns
    -------
    dict of str to int
        The pooled printings (in NFC) -> their summed counts; a name printed one way
        only is as given (in NFC).

    Examples
    --------
    >>> pooled_printings({"Le Reveil": 3, "Le Réveil": 1})
    {'Le Réveil': 4}
    """
    groups: dict[str, list[str]] = {}
    for name in forms:
        groups.setdefault(_letters_form(name), []).append(name)
    pooled: dict[str, int] = {}
    for names in groups.values():
        best = min(
            names, key=lambda n: (-_kept_letters(unicodedata.normalize("NFC", n)), -forms[n], n)
        )
        shown = unicodedata.normalize("NFC", best)
        pooled[shown] = pooled.get(shown, 0) + sum(forms[n] for n in names)
    return pooled

"""analysis.clean.name_printings: one name printed with and without its accents."""

from __future__ import annotations

import unicodedata

from analysis.clean.name_printings import pooled_printings


def test_printings_without_accents_count_as_the_accented_printing():
    forms = {"Le Reveil de Lorme": 3, "Le Réveil de Lorme": 1, "LE REVEIL DE LORME": 2}
    assert pooled_printings(forms) == {"Le Réveil de Lorme": 4, "LE REVEIL DE LORME": 2}
    # letters no decomposition takes apart (Turkish ı, Polish ł, German ß) as well
    assert pooled_printings({"Sesi Postasi": 2, "Sesi Postası": 1}) == {"Sesi Postası": 3}
    assert pooled_printings({"Glos Lasu": 1, "Głos Lasu": 1}) == {"Głos Lasu": 2}
    assert pooled_printings({"Weissbacher Bote": 2, "Weißbacher Bote": 1}) == {"Weißbacher Bote": 3}


def test_decomposed_printings_and_typewriter_apostrophes_are_one_printing_in_nfc():
    nfd = unicodedata.normalize("NFD", "L’Écho du Lot")
    assert pooled_printings({nfd: 2, "L'Echo du Lot": 2}) == {"L’Écho du Lot": 4}
    # two names stay two
    assert pooled_printings({"Le Lot": 1, "Le Lit": 1}) == {"Le Lot": 1, "Le Lit": 1}


def test_a_persian_name_with_a_space_for_its_non_joiner_is_its_printing_with_the_joiner():
    # review h389: "تازه های کویر" (a space) and "تازه‌های کویر" (ZWNJ) are one printing
    zwnj, space = "تازه\u200cهای کویر", "تازه های کویر"
    assert pooled_printings({space: 2, zwnj: 1}) == {zwnj: 3}
    # a name without the separator is another printing
    assert pooled_printings({"تازههای کویر": 1, zwnj: 1}) == {"تازههای کویر": 1, zwnj: 1}

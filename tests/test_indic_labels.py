"""A site name in an Indian script and the Latin label of its domain (review h428)."""

from analysis.clean.cyrillic_labels import cyrillic_spells_label
from analysis.clean.indic_labels import indic_label_pattern, is_indic_name


def test_a_devanagari_name_is_spelled_by_its_romanized_label():
    # the inherent vowel spelled or dropped, "व" as "w", the anusvara as "m" before "ब"
    assert cyrillic_spells_label("चंबल संदेश", "chambalsandesh")
    assert cyrillic_spells_label("दैनिक पथिक", "dainikpathik")
    assert not cyrillic_spells_label("चंबल संदेश", "chambalnews")
    assert not cyrillic_spells_label("चंबल संदेश", "sandesh")


def test_the_scripts_laid_out_as_devanagari_are_read_by_its_table():
    # Bengali (its inherent vowel spelled "o" too), Gujarati, Oriya
    assert cyrillic_spells_label("দক্ষিণ বার্তা", "dakshinbarta")
    assert cyrillic_spells_label("নতুন খবর", "notunkhobor")
    assert cyrillic_spells_label("ગામ સમાચાર", "gamsamachar")
    assert cyrillic_spells_label("ପଲ୍ଲୀ ସମ୍ବାଦ", "pallisambad")


def test_a_name_with_latin_letters_or_mixed_scripts_is_not_read():
    assert not is_indic_name("Chambal संदेश")
    assert indic_label_pattern("চম্বল संदेश") is None

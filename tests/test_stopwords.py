"""analysis.stopwords: the function-word lists and the language their words name."""

from __future__ import annotations

from analysis.stopwords import FUNCTION_WORDS, function_word_language, function_word_languages

SWEDISH = (
    "Kommunen har beslutat att bygga en ny skola i stället för den gamla, som inte längre "
    "räcker till alla barn. Hon säger att det var ett svårt beslut."
)
NYNORSK = (
    "Kommunen har vedteke å byggje ein ny skule i staden for den gamle, som ikkje lenger er "
    "stor nok. Eg trur det var rett, seier ho, men det vart dyrt."
)
DANISH = (
    "Kommunen har besluttet at bygge en ny skole i stedet for den gamle, som ikke længere er "
    "stor nok. Hun siger, at det var en svær beslutning, og at hun ikke fortryder."
)


def test_the_nordic_languages_have_function_words():
    # h248: Danish, Norwegian and Swedish prose read as a keyword list (too few
    # function words) when a paragraph held no word shared with the other lists
    for word in ("og", "och", "ikke", "ikkje", "inte", "hun", "hon", "ho", "eg"):
        assert word in FUNCTION_WORDS
    assert function_word_language(SWEDISH) == "sv"
    assert function_word_language(NYNORSK) == "nn"
    assert "da" in function_word_languages(DANISH)

"""The shared word definition."""

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import count_words, iter_word_spans


def test_words_need_a_letter_or_digit() -> None:
    assert count_words("The U.S. — 2025 • “yes” ... ") == 4
    assert count_words("") == 0
    assert count_words("— • ...") == 0


def test_non_latin_scripts_count() -> None:
    assert count_words("Северная Корея 북한 은") == 4


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text())
def test_count_agrees_with_spans(text: str) -> None:
    spans = iter_word_spans(text)
    assert count_words(text) == len(spans)
    for start, end in spans:
        token = text[start:end]
        assert token and not any(ch.isspace() for ch in token)

"""Sentence splitting: boundaries, abbreviations, decimals, paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.stats.sentences import count_sentences, split_sentences


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Really? Yes! Fine… Next.", ["Really?", "Yes!", "Fine…", "Next."]),
        ('He said: "We won." Then he left.', ['He said: "We won."', "Then he left."]),
        ("It ended (as planned.) Then what?", ["It ended (as planned.)", "Then what?"]),
        ("Stocks fell. “Nobody saw it,” she said.", ["Stocks fell.", "“Nobody saw it,” she said."]),
        (
            "Sales rose 2.5 percent. 2026 looks better.",
            ["Sales rose 2.5 percent.", "2026 looks better."],
        ),
    ],
)
def test_splits_after_terminal_punctuation(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # German „…“: “ closes
            "„Wir mussten handeln.“ Das sagte sie. „Der Hafen wartet nicht.“ Dann ging sie.",
            ["„Wir mussten handeln.“", "Das sagte sie.", "„Der Hafen wartet nicht.“"],
        ),
        (  # German »…«: « closes, » opens
            "»Wir mussten handeln.« Das sagte sie. »Der Hafen wartet nicht.« Dann ging sie.",
            ["»Wir mussten handeln.«", "Das sagte sie.", "»Der Hafen wartet nicht.«"],
        ),
        (  # French « … », spaced inside, also with no-break spaces
            "« Nous devions agir. » La maire l'a dit.\u00a0« Le port attend. » Puis elle partit.",
            ["« Nous devions agir. »", "La maire l'a dit.", "« Le port attend. »"],
        ),
    ],
)
def test_german_and_french_quotations_end_and_open_sentences(
    text: str, expected: list[str]
) -> None:
    assert pieces(text)[:3] == expected
    assert count_sentences(text) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ¿ ¡ open a Spanish question and exclamation
            "El puerto cerró. ¿Quién decidió eso? ¡Nadie lo explicó! Abre en mayo.",
            ["El puerto cerró.", "¿Quién decidió eso?", "¡Nadie lo explicó!", "Abre en mayo."],
        ),
        (  # a dash opens a line of dialogue
            "El puerto cerró. —No hay fecha —contestó. Abre en mayo.",
            ["El puerto cerró.", "—No hay fecha —contestó.", "Abre en mayo."],
        ),
    ],
)
def test_spanish_questions_exclamations_and_dialogue_open_sentences(
    text: str, expected: list[str]
) -> None:
    assert pieces(text) == expected
    assert count_sentences(text) == len(expected)


def test_a_lowercase_word_after_an_opening_mark_opens_no_sentence() -> None:
    assert count_sentences("Cerró el puerto. ¿y ahora? Nadie sabe.") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Jones and Sen. Warren in Washington.",
        "The U.S. Senate and the U.N. Security Council met.",
        "John F. Kennedy was elected.",
        "The vote is on Jan. 5 at the latest.",
        "He ranked No. 1 in the poll.",
        "It grew by 2.5 percent to 3.75 billion.",
        "See example.com for details.",
        "He stopped. and then went on.",  # lowercase after the stop: no boundary
    ],
)
def test_abbreviations_decimals_and_lowercase_do_not_split(text: str) -> None:
    assert count_sentences(text) == 1


def test_paragraph_break_ends_a_sentence_even_without_punctuation() -> None:
    text = "A heading without a stop\n\nThe body starts here. It goes on."
    assert pieces(text) == ["A heading without a stop", "The body starts here.", "It goes on."]


def test_offsets_point_into_the_text_and_exclude_wordless_stretches() -> None:
    text = "  First one.  \n\n — \n\nSecond one!  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!"]
    assert all(0 <= s < e <= len(text) for s, e in spans)


@pytest.mark.parametrize(
    ("text", "n"), [("", 0), ("   \n\n ", 0), ("— •", 0), ("no stop at all", 1)]
)
def test_degenerate_texts(text: str, n: int) -> None:
    assert count_sentences(text) == n


_SENTENCE = st.builds(
    lambda first, rest, end: " ".join([first.capitalize(), *rest]) + end,
    st.sampled_from(["alpha", "beta", "gamma", "delta"]),
    st.lists(st.sampled_from(["one", "two", "three", "Mr.", "U.S.", "2.5"]), max_size=6),
    st.sampled_from([".", "!", "?", "…"]),
)


@given(st.lists(_SENTENCE, min_size=1, max_size=8), st.sampled_from([" ", "\n\n"]))
def test_joined_sentences_are_counted_one_each(sentences: list[str], separator: str) -> None:
    # every generated sentence starts with a capital after a terminal mark; the
    # abbreviations inside are never followed by a capital, so nothing else splits.
    assert count_sentences(separator.join(sentences)) == len(sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Armenian full stop (U+0589), a space after it
            "Գյումրիում բացվել է նոր դպրոց։ Ծնողները գոհ են։",
            ["Գյումրիում բացվել է նոր դպրոց։", "Ծնողները գոհ են։"],
        ),
        (  # Khmer khan (U+17D4)
            "ស្ពាននេះនឹងបើកនៅឆ្នាំក្រោយ។ ប្រជាពលរដ្ឋសង្ឃឹម។",
            ["ស្ពាននេះនឹងបើកនៅឆ្នាំក្រោយ។", "ប្រជាពលរដ្ឋសង្ឃឹម។"],
        ),
        (  # Ol Chiki mucaad (U+1C7E), Santali (h231)
            "ᱱᱟᱣᱟ ᱥᱟᱠᱚᱢ ᱠᱷᱩᱞᱟᱹ ᱮᱱᱟ᱾ ᱦᱚᱲ ᱠᱚ ᱨᱟᱹᱥᱠᱟᱹ ᱠᱟᱱᱟ ᱠᱚ᱾",
            ["ᱱᱟᱣᱟ ᱥᱟᱠᱚᱢ ᱠᱷᱩᱞᱟᱹ ᱮᱱᱟ᱾", "ᱦᱚᱲ ᱠᱚ ᱨᱟᱹᱥᱠᱟᱹ ᱠᱟᱱᱟ ᱠᱚ᱾"],
        ),
        (  # Lepcha ta-rol (U+1C3B), made-up words (h271)
            "ᰀᰪᰮ ᰓᰦᰭ ᰊᰦᰮ ᰜᰪᰵ ᰛᰧᰶ᰻ ᰕᰪ ᰣᰦᰱ ᰀᰩᰵ᰻",
            ["ᰀᰪᰮ ᰓᰦᰭ ᰊᰦᰮ ᰜᰪᰵ ᰛᰧᰶ᰻", "ᰕᰪ ᰣᰦᰱ ᰀᰩᰵ᰻"],
        ),
        (  # Javanese pada lungsi (U+A9C9), made-up words (h271)
            "ꦱꦼꦏꦺꦴꦭꦃ ꦲꦚꦂ꧉ ꦧꦺꦴꦕꦃ ꦱꦼꦤꦼꦁ꧉",
            ["ꦱꦼꦏꦺꦴꦭꦃ ꦲꦚꦂ꧉", "ꦧꦺꦴꦕꦃ ꦱꦼꦤꦼꦁ꧉"],
        ),
        (  # Mongolian full stop (U+1803)
            "ᠰᠢᠨ᠎ᠡ ᠰᠤᠷᠭᠠᠭᠤᠯᠢ ᠨᠡᠭᠡᠭᠡᠪᠡ᠃ ᠬᠦᠮᠦᠰ ᠪᠠᠶᠠᠷᠯᠠᠪᠠ᠃",
            ["ᠰᠢᠨ᠎ᠡ ᠰᠤᠷᠭᠠᠭᠤᠯᠢ ᠨᠡᠭᠡᠭᠡᠪᠡ᠃", "ᠬᠦᠮᠦᠰ ᠪᠠᠶᠠᠷᠯᠠᠪᠠ᠃"],
        ),
    ],
)
def test_armenian_and_khmer_full_stops_end_sentences(text: str, expected: list[str]) -> None:
    # h162: an Armenian article whose sentences end in "։" read as no prose at all
    assert pieces(text) == expected


def test_an_ol_chiki_line_ends_a_sentence() -> None:
    # h231: a Santali article in Ol Chiki read as no prose at all ("headlines only?")
    from analysis.clean.body.features import line_features

    (features,) = line_features(["ᱱᱟᱣᱟ ᱥᱟᱠᱚᱢ ᱠᱷᱩᱞᱟᱹ ᱮᱱᱟ᱾ ᱦᱚᱲ ᱠᱚ ᱨᱟᱹᱥᱠᱟᱹ ᱠᱟᱱᱟ ᱠᱚ᱾"])
    assert features.ends_sentence


def test_a_lepcha_line_ends_a_sentence() -> None:
    # h271: a Lepcha article whose sentences end in the ta-rol "᰻" read as no prose at
    # all ("headlines only?"); made-up words
    from analysis.clean.body.features import line_features

    (features,) = line_features(["ᰕᰬᰵᰛᰪ ᰣᰦᰱ ᰀᰪᰮᰜᰧ ᰓᰦᰭ ᰊᰦᰮ ᰜᰪᰵ ᰛᰧᰶ᰻ ᰀᰩᰵ ᰕᰪ ᰊᰦᰮ᰻"])
    assert features.ends_sentence

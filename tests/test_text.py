"""The line-level text concepts: word, blank, bullet, title case."""

import re
import string
import sys
import unicodedata
from re import _constants as sre
from re import _parser as sre_parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    LETTER_RUN,
    WORD_PATTERN,
    alnum_and_line_breaks,
    ascii_word_views,
    bullet_end,
    caseless_lower,
    count_word_tokens,
    count_words,
    display_width,
    is_blank,
    is_bullet,
    is_list_item,
    is_title_case,
    iter_word_spans,
    letter_runs,
    letters_are_ascii,
    lowered_letter_runs,
    runs_in_title_case,
    visible_text,
    words,
)
from analysis.text.letter_case import (
    CASED_LIMIT,
    CASELESS_LETTER,
    LOWER_LETTERS,
    UNSHOWN_CASE,
    UPPER_LETTERS,
    is_lower_case,
    is_upper_case,
    opens_upper_case,
    shows_no_case,
)
from analysis.text.patterns import COMBINING_MARK, CONTENT_RUN
from analysis.text.words import count_name_words, is_spelling_mark


def test_display_width_counts_terminal_columns() -> None:
    assert display_width("Harbour news") == 12
    assert display_width("café") == 4
    assert display_width("cafe\u0301") == 4  # a combining accent takes no column
    assert display_width("नमस्ते") == 4  # न म स त: the vowel sign and the virama take none
    assert display_width("港口news") == 8  # a Chinese character takes two
    assert display_width("a\u200db") == 2  # a joiner takes none


def _columns_of(character: str) -> int:
    # wcwidth's rule, as display_width documents it
    if unicodedata.category(character) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def test_display_width_of_every_character() -> None:
    # display_width measures only the characters that may not take one column: every
    # code point is measured right (a wrong shortcut reads a wide or a combining one as 1)
    wrong = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and display_width(chr(code)) != _columns_of(chr(code))
    ]
    assert wrong == []


@given(st.text(alphabet=st.characters(max_codepoint=0x3100, blacklist_categories=("Cs",))))
@settings(max_examples=300)
def test_display_width_is_the_sum_of_the_columns(text: str) -> None:
    assert display_width(text) == sum(map(_columns_of, text))


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


def test_a_line_of_only_invisible_characters_is_blank() -> None:
    assert is_blank("") and is_blank(" \t ")
    assert is_blank("\u200b") and is_blank(" \u200b\u200c\u200d\u2060\ufeff\u00ad ")
    assert is_blank("\u200b \u200b \u200b")  # invisible and spaces interleaved
    assert not is_blank("\u200bword") and not is_blank("•")
    assert visible_text("  \ufeff Word\u200b  ") == "Word"
    assert visible_text("a\u200bb") == "a\u200bb"  # only the edges are stripped


def test_bullets_and_list_items() -> None:
    assert is_bullet("  • Home") and is_bullet("- item") and is_bullet("* item")
    assert not is_bullet("•Home") and not is_bullet("1. First") and not is_bullet("– Name")
    assert is_list_item("1. First") and is_list_item("12) Twelfth") and is_list_item("• x")
    assert not is_list_item("2025. A year") and not is_list_item("1.5 million")
    assert bullet_end("  •  Home") == 5 and bullet_end("  Home") == 2


def test_title_case() -> None:
    assert is_title_case("Council Approves Budget Plan", min_words=2)
    assert not is_title_case("Council approves the budget plan", min_words=2)
    # a share of the content words, function words skipped
    headline = "Council Approves Budget with Minor Changes"
    assert not is_title_case(headline, min_words=3)
    assert is_title_case(headline, min_words=3, share=0.8, skip={"with"})
    assert not is_title_case("Big Day", min_words=2)  # "Big", "Day": too short to count


# Text that takes the ASCII paths (no pattern) and text that does not: every ASCII
# character, the separators str.split sees as whitespace and bytes.split does not
# (\x1c-\x1f), and a few non-ASCII letters, marks and spaces.
_MIXED_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=127),
        # not read as ASCII: letters, digits, spaces, a combining mark, a Roman numeral
        st.sampled_from("\x1c\x1f\u00a0\u2009éÉßİ\u0307北Ⅷ²"),
        # read as ASCII with "?" for them: quotes, dashes, bullets, signs, symbols
        st.sampled_from("“”‘’—–…•·©®™€«»Ⓐ\U0001f600\ufe0f"),
    )
)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), _MIXED_TEXT))
def test_ascii_fast_paths_agree_with_the_patterns(text: str) -> None:
    assert count_word_tokens(text) == len(WORD_PATTERN.findall(text))
    assert letter_runs(text) == LETTER_RUN.findall(text)
    assert lowered_letter_runs(text) == [run.lower() for run in LETTER_RUN.findall(text)]
    # title case reads the runs of four letters or more (CONTENT_RUN)
    content = [w for w in CONTENT_RUN.findall(text) if w.lower() not in FUNCTION_WORDS]
    expected = len(content) >= 2 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)
    assert is_title_case(text, min_words=2, share=0.8, skip=FUNCTION_WORDS) == expected


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), _MIXED_TEXT))
def test_one_ascii_conversion_gives_the_words_runs_and_title_case(text: str) -> None:
    views = ascii_word_views(text)
    assert (views is not None) == letters_are_ascii(text)
    if views is None:
        return
    n_tokens, lowered, data = views
    assert n_tokens == len(WORD_PATTERN.findall(text))
    assert lowered == LETTER_RUN.findall(text.lower())  # the body features' letter runs
    for min_words, share in ((2, 0.8), (3, 0.8), (1, 1.0)):
        expected = is_title_case(text, min_words=min_words, share=share, skip=FUNCTION_WORDS)
        found = runs_in_title_case(
            data, lowered, min_words=min_words, share=share, skip=FUNCTION_WORDS
        )
        assert found == expected


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_MIXED_TEXT)
def test_case_folded_runs_are_lowered_runs_when_the_letters_are_ascii(text: str) -> None:
    """What the headline's content words read without a pattern (headline._content_words)."""
    if letters_are_ascii(text):
        assert set(map(str.casefold, LETTER_RUN.findall(text))) == set(lowered_letter_runs(text))


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.one_of(_MIXED_TEXT, st.text(alphabet="ab1 _\u0307\u0301\u093e\u00e9\u2019\u00a0-")))
def test_letters_are_ascii_reads_each_character(text: str) -> None:
    """Whether a text takes the ASCII paths, decided character by character: a
    non-ASCII letter, digit or space, or a combining mark right after a letter."""
    mark, letter = re.compile(COMBINING_MARK), re.compile(r"[^\W\d_]")
    wordy = any(
        not c.isascii()
        and (re.fullmatch(r"[\w\s]", c) or (k and mark.fullmatch(c) and letter.match(text[k - 1])))
        for k, c in enumerate(text)
    )
    assert letters_are_ascii(text) is not wordy


def test_the_non_ascii_test_skips_to_non_ascii_characters() -> None:
    """The pattern behind letters_are_ascii opens with the non-ASCII class, which ``re``
    scans for in compiled code (a look-behind first is tried at every position: 4-6
    times slower on the shared pages' lines)."""
    opening = next(iter(sre_parse.parse(words._WORDY_NON_ASCII.pattern)))
    assert opening[0] is sre.IN


def test_ascii_word_tokens_and_letter_runs() -> None:
    assert count_word_tokens("The U.S. \x1c— 2025 • foo_bar _ ...") == 4
    assert letter_runs("It's 3pm, Mr_Smith!") == ["It", "s", "pm", "Mr", "Smith"]
    assert lowered_letter_runs("Über NEWS") == ["über", "news"]


@settings(max_examples=500, derandomize=True, deadline=None)
@given(
    st.one_of(
        st.text(),
        _MIXED_TEXT,
        st.text(alphabet="a_\n \u00e9\u2019\u00b2\ud800"),
        st.text(alphabet="नपलस \u093e\u0947\u094d\u0964\u0301ไทร\u0e31\u0e34\n"),
    )
)
def test_alnum_and_line_breaks_is_the_pattern(text: str) -> None:
    """Letters, digits, spelling marks and line breaks kept, by bytes and replaces, as
    the pattern keeps them, one character at a time (lone surrogates included)."""
    expected = "".join(c for c in text if re.fullmatch(r"[^\W_]|\n", c) or is_spelling_mark(c))
    assert alnum_and_line_breaks(text) == expected


def test_alnum_and_line_breaks_keeps_the_vowel_signs_of_indic_scripts() -> None:
    """A Devanagari or Thai name keeps its vowel signs and viramas (two names differing
    in them are two names); an accent NFKC leaves uncomposed, the danda and the Arabic
    vowel points are dropped as before."""
    assert alnum_and_line_breaks("नेपाल समाचार।\nक्षेत्र") == "नेपालसमाचार\nक्षेत्र"
    assert alnum_and_line_breaks("ไทยรัฐ") == "ไทยรัฐ"
    assert alnum_and_line_breaks("n\u0308ews الجَزيرة") == "newsالجزيرة"
    assert is_spelling_mark("\u093e") and is_spelling_mark("\u0e31")
    assert not is_spelling_mark("\u0301") and not is_spelling_mark("न")


def test_alnum_and_line_breaks_keeps_every_script() -> None:
    found = alnum_and_line_breaks("The “New” — Times_\nСеверная 北京 ٣²")
    assert found == "TheNewTimes\nСеверная北京٣²"


def test_alnum_and_line_breaks_with_many_distinct_symbols() -> None:
    """A page of thousands of distinct symbols (private-use characters, emoji) goes
    through the one-pass branch and still keeps what the pattern keeps."""
    symbols = "".join(chr(0xE000 + i) for i in range(2_000))
    text = f"Ab{symbols}\n1 \U0001f600\U0001f601 é_{symbols[::-1]}z"
    assert alnum_and_line_breaks(text) == re.sub(r"[^\w\n]+|_", "", text) == "Ab\n1éz"


def test_only_four_other_characters_match_an_ascii_letter_case_insensitively() -> None:
    # caseless_lower writes each of them as its letter. A character without case
    # mappings matches only itself; of the others, those that match an ASCII letter:
    cased = [
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if char.lower() != char or char.upper() != char
    ]
    letters = {letter: re.compile(letter, re.IGNORECASE) for letter in string.ascii_lowercase}
    matched = {
        char: letter
        for char in cased
        if not char.isascii()
        for letter, pattern in letters.items()
        if pattern.fullmatch(char)
    }
    assert matched == {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}
    assert all(caseless_lower(char) == letter for char, letter in matched.items())


_CASELESS_WORDS = ["photo", "image", "read more", "all rights reserved", "(c)", "k", "s"]


@given(
    text=st.lists(
        st.sampled_from(["İMAGE", "ımage", "Photo", "PHOTOſ", "reAd", " MORE", "\u212a", "(C)"])
        | st.text(alphabet="İıſ\u212aa-zREADimagesphotk (c)\u0307ß", max_size=8),
        max_size=6,
    ).map("".join)
)
def test_caseless_lower_holds_every_word_a_caseless_pattern_finds(text: str) -> None:
    folded = caseless_lower(text)
    for word in _CASELESS_WORDS:
        if re.search(re.escape(word), text, re.IGNORECASE):
            assert word in folded, (text, word, folded)


def test_letter_case_classes_follow_the_running_pythons_tables() -> None:
    upper, lower = re.compile(f"[{UPPER_LETTERS}]"), re.compile(f"[{LOWER_LETTERS}]")
    caseless = re.compile(CASELESS_LETTER)
    for point in range(CASED_LIMIT):
        char = chr(point)
        if not LETTER_RUN.fullmatch(char):
            assert not (upper.match(char) or lower.match(char) or caseless.match(char))
            continue
        # Georgian's Mkhedruli (lower case to Unicode) and Cherokee's syllabary (upper
        # case to Unicode): no case as written (UNSHOWN_CASE)
        shown_upper = (char.isupper() or char.istitle()) and char not in UNSHOWN_CASE
        assert bool(upper.match(char)) == shown_upper, hex(point)
        shown_lower = char.islower() and char not in UNSHOWN_CASE
        assert bool(lower.match(char)) == shown_lower, hex(point)
        assert bool(caseless.match(char)) == (not shown_upper and not shown_lower), hex(point)
    # above the limit no letter has case: the classes miss none
    assert not any(
        chr(point).isupper() or chr(point).islower() or chr(point).istitle()
        for point in range(CASED_LIMIT, sys.maxunicode + 1)
    )
    assert [bool(upper.match(c)) for c in "AÉПΩǅaп港"] == [True] * 5 + [False] * 3
    assert caseless.findall("Aп港صש한") == ["港", "ص", "ש", "한"]
    assert caseless.findall("ნინო") == list("ნინო") and shows_no_case("ნინო ბერიძე")
    assert not shows_no_case("Нина") and not shows_no_case("ნინო Doe")
    assert shows_no_case("ᏣᎳᎩ ᏧᏃᏪᎳᏅ") and shows_no_case("ꮳꮃꭹ")  # Cherokee, both cases


@pytest.mark.parametrize(
    ("text", "upper", "lower", "opens_upper"),
    [
        ("BREAKING NEWS", True, False, True),
        ("ΕΚΤΑΚΤΕΣ ΕΙΔΗΣΕΙΣ", True, False, True),
        ("town hall", False, True, False),
        ("Town hall", False, False, True),
        # h259: Cherokee's syllabary, upper case to Unicode, is written without case
        ("ᎦᏚᎲ ᎠᏂᏴᏫ ᏚᏂᎳᏫᏤ", False, False, False),
        ("ꭶꮪꮂ ꭰꮒᏼꮻ", False, False, False),  # its small letters neither
        ("ᎦᏚᎲ NEWS", True, False, False),  # the Latin word's capitals show
        # Georgian: Mkhedruli, lower case to Unicode, no case as written; Mtavruli
        # capitals in a heading are capitals
        ("თბილისის ამბები", False, False, False),
        ("ᲗᲑᲘᲚᲘᲡᲘᲡ ᲐᲛᲑᲔᲑᲘ", True, False, True),
        # Osage and Adlam show both cases: a sentence opens with a capital
        ("𐒰𐓣𐓟 𐓘𐓤𐓛", False, False, True),
        ("𐓘𐓤𐓛 𐓟𐓣", False, True, False),
        ("𞤀𞤣𞤤𞤢𞤥 𞤫𞤲", False, False, True),
        ("𞤀𞤁𞤂𞤀𞤃", True, False, True),
        # scripts without case: Vai, Ethiopic, Arabic, Han
        ("ꕙꔤ ꕮꕊ", False, False, False),
        ("ዜና አዲስ", False, False, False),
        ("أخبار المدينة", False, False, False),
        ("城市新闻", False, False, False),
        ("", False, False, False),
    ],
)
def test_case_of_a_text_as_written(text, upper, lower, opens_upper) -> None:
    assert is_upper_case(text) is upper
    assert is_lower_case(text) is lower
    assert opens_upper_case(text) is opens_upper


def test_combining_marks_are_read_off_the_characters_that_may_be_marks(monkeypatch) -> None:
    """Every mark below the limit, with its category looked up only for the characters
    that are neither word characters nor spaces (no mark is either): half the work of
    every process's import of analysis.text (issue #15)."""
    import importlib
    import unicodedata

    from analysis.text import letter_case

    category = unicodedata.category
    full = letter_case._ranges(
        chr(point) for point in range(CASED_LIMIT) if category(chr(point)) in ("Mn", "Mc", "Me")
    )
    looked_up: list[str] = []
    monkeypatch.setattr(
        unicodedata, "category", lambda char: looked_up.append(char) or category(char)
    )
    before = (UPPER_LETTERS, LOWER_LETTERS, CASELESS_LETTER, letter_case.LETTER_OR_MARK)
    importlib.reload(letter_case)
    assert full == letter_case.COMBINING_MARKS
    assert "\u094d" in re.sub(f"[^{full}]", "", "पद्मा")  # a virama
    after = (letter_case.UPPER_LETTERS, letter_case.LOWER_LETTERS, letter_case.CASELESS_LETTER)
    assert (*after, letter_case.LETTER_OR_MARK) == before
    assert len(looked_up) < CASED_LIMIT // 2


def test_a_name_in_a_script_without_spaces_is_one_word_by_its_letters_not_its_marks():
    # S'gaw Karen's vowel signs and tone marks are no letters: a site's name of six
    # letters and seven marks is one word, as a Burmese one of seven letters was
    # (review h263, a made-up name); a long token still counts its parts
    assert count_name_words("တၢ်ကစီၣ်ကညီပှၤ") == 1
    assert count_name_words("မြန်မာသတင်း") == 1
    assert count_name_words("တၢ်ကစီၣ်ကညီပှၤတၢ်ကစီၣ်ကညီပှၤ") > 1

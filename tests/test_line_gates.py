"""Per-page line gates (issue #15, cheap per page): the literals a pattern needs, the
lines holding them found in one pass, and the site-name searches they skip: the same
phrases as searching every line with every pattern, the work skipped counted."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from page_checks import CountingPattern

from analysis import config
from analysis.clean import site_phrases
from analysis.clean.line_gates import (
    PageLines,
    casefolded_lines_holding,
    caseless_literals,
    necessary_literals,
)
from analysis.clean.read import read_page
from analysis.text import caseless_lower

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"


def test_literals_are_read_off_the_pattern():
    assert necessary_literals(re.compile(r"(?:Follow|About)\s+\w+")) == {"Follow", "About"}
    assert necessary_literals(re.compile(r"[Pp]owered\s+by")) == {"Powered", "powered"}
    assert necessary_literals(re.compile(r"[©ⓒ]|\([cC]\)|Copyright")) == {
        "©",
        "ⓒ",
        "(c)",
        "(C)",
        "Copyright",
    }
    assert necessary_literals(re.compile(r"^\s*(?:x\s*)?By\s")) == {"By"}
    assert necessary_literals(re.compile(r"(?:ab)+c?")) == {"ab"}
    # no literal every match holds: searched everywhere
    assert necessary_literals(re.compile(r"\w+")) is None
    assert necessary_literals(re.compile(r"Follow|\d+")) is None
    assert necessary_literals(re.compile(r"(?:Follow)?\s")) is None
    assert necessary_literals(re.compile(r"follow", re.IGNORECASE)) is None
    assert necessary_literals(re.compile(r"x(?i:follow)")) == {"x"}


_PATTERNS = st.sampled_from(
    [r"(?:Follow|About)\s+\w+", r"[Pp]ub(?:lished)?\s+(?:on|in)", r"\(c\)|©", r"(?:ab)+c", "a"]
)


@given(pattern=_PATTERNS, text=st.text(alphabet="FollowAbut Pp©()cabdishe\n", max_size=30))
def test_a_text_the_pattern_matches_holds_one_of_its_literals(pattern, text):
    compiled = re.compile(pattern)
    literals = necessary_literals(compiled)
    if compiled.search(text):
        assert any(literal in text for literal in literals)


def test_a_case_insensitive_patterns_literals_are_read_in_lower_case():
    pattern = re.compile(r"\b(?:Sign up|log in|Read\s+on)\b", re.IGNORECASE)
    assert caseless_literals(pattern) == {"sign up", "log in", "read"}
    # letters re.IGNORECASE matches beyond lower()'s: Greek and Cyrillic give no gate
    assert caseless_literals(re.compile("συνδρομή", re.IGNORECASE)) is None
    assert caseless_literals(re.compile(r"\w+", re.IGNORECASE)) is None


_CASELESS_PATTERNS = st.sampled_from(
    [r"(?:Follow|about)\s+\w+", r"sign[- ]?in|subscri(?:be|ber)", r"i accept\b", "kk"]
)


@given(
    pattern=_CASELESS_PATTERNS,
    # capitals, and the letters re.IGNORECASE matches to ASCII ones: "ı" and "İ" to
    # "i", "ſ" to "s", the Kelvin sign to "k"
    text=st.text(alphabet="FollowABUTaboutSIGNsignINinUBSCRIBEReribe -ıİſK\u212a", max_size=30),
)
def test_a_text_a_case_insensitive_pattern_matches_holds_one_of_its_literals(pattern, text):
    compiled = re.compile(pattern, re.IGNORECASE)
    literals = caseless_literals(compiled)
    if compiled.search(text):
        assert any(literal in caseless_lower(text) for literal in literals)


def test_lines_holding_a_literal_are_found_in_one_pass():
    page = PageLines(["abab", "", "xab", "b", "ab"])
    assert page.lines_holding(["ab"]) == {0, 2, 4}
    assert page.lines_holding(["b", "x"]) == {0, 2, 3, 4}
    assert page.lines_holding(["q"]) == set()
    assert PageLines([""]).lines_holding(["a"]) == set()
    assert page.lines_matching(re.compile(r"a.")) == {0, 2, 4}


@given(
    st.lists(st.sampled_from(["ß", "SS", "ss", "İ", "i̇", "ﬁ", "FI", "Σ", "ς", "a", " ", "\n"])).map(
        "".join
    ),
    st.sampled_from(["ss", "fi", "i̇", "σ", "a s"]),
)
def test_casefolded_lines_are_the_lines_of_the_folded_page(text, folded):
    """Found in one folding of the page, the lines are those whose own folding holds it."""
    assert casefolded_lines_holding(text, [folded]) == {
        i for i, line in enumerate(text.split("\n")) if folded in line.casefold()
    }


_PHRASE_PIECES = st.sampled_from(
    [
        "Follow",
        "Example Daily",
        "Source:",
        "By Jane Doe |",
        "By Jane DoeExampleWire",
        "reporter for",
        "Staff",
        "Newsletters",
        "Powered by",
        "WordPress",
        "©",
        "(c) 2019",
        "Copyright",
        "All Rights ReSERVED",
        "Example Media, Inc.",
        "·",
        "2013-2019",
        "example.com",
        "https://example.com/news/some-story",
        "name@example.co.uk",
        "ſ.Kom",
        "the",
        "council",
        ".",
        "",
    ]
)
_LINES = st.lists(_PHRASE_PIECES, max_size=6).map(" ".join) | st.text(max_size=30)


@given(lines=st.lists(_LINES, min_size=1, max_size=6, unique=True))
def test_gated_searches_find_the_same_phrases(lines):
    gates = site_phrases.page_gates(lines)
    for line, gate in zip(lines, gates, strict=True):
        assert site_phrases.line_phrases(line, gate) == site_phrases.line_phrases(line)


def test_dev_pages_gated_phrases_are_unchanged():
    if not DEV_PAGES.is_dir():
        pytest.skip(f"{DEV_PAGES} absent")
    for path in sorted(DEV_PAGES.glob("*.txt"))[:40]:
        lines = list(dict.fromkeys(read_page(path).text.split("\n")))
        for line, gate in zip(lines, site_phrases.page_gates(lines), strict=True):
            assert site_phrases.line_phrases(line, gate) == site_phrases.line_phrases(line)


def test_prose_lines_pass_no_gate():
    prose = [
        f"The regional council said on day {n} that the rail line would open next spring."
        for n in range(50)
    ]
    lines = ["Follow Example Daily", *prose, "© 2019 Example Daily"]
    gates = site_phrases.page_gates(lines)
    # every prose line skips the cue, credit, platform, notice and domain searches
    assert all(not gate for gate in gates[1:-1])
    assert gates[0] & site_phrases.gate_bit(site_phrases._CUE_PATTERNS[0][0])
    assert gates[-1] & site_phrases.gate_bit(site_phrases._NOTICE_WORD)
    assert not gates[0] & site_phrases.gate_bit(site_phrases._NOTICE_WORD)


def test_a_long_line_runs_no_prefix_pattern(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(site_phrases, "_PREFIX", CountingPattern(site_phrases._PREFIX, calls))
    prose = "The Council said on Monday that the rail line would open next spring."
    assert site_phrases._line_prefixes(prose) == []
    assert calls == []  # more than 8 words: no line prefix, the name pattern not run
    assert site_phrases._line_prefixes("Example Daily Shop") == [
        ("Example", (0, 7)),
        ("Example Daily", (0, 13)),
    ]
    assert calls == ["Example Daily Shop"]


def test_a_page_is_case_folded_once_for_its_lines_holding_strings(monkeypatch):
    # a page's footers and its own printed address are looked up in its text folded
    # once (the same lines as folding it for each)
    from analysis import text as text_memos

    folded: list[str] = []
    of_text = PageLines.of_text

    def counted(page_text: str) -> PageLines:
        folded.append(page_text)
        return of_text(page_text)

    monkeypatch.setattr(PageLines, "of_text", staticmethod(counted))
    page_text = "The Wexcombe Courier\nnews of the dales\nWEXCOMBE COURIER · wexcombe.example"

    @text_memos.words_counted_once
    def page() -> list[set[int]]:
        return [
            casefolded_lines_holding(page_text, ["wexcombe courier"]),
            casefolded_lines_holding(page_text, ["dales", "example"]),
        ]

    text_memos.clear_line_memos()
    assert page() == [{0, 2}, {1, 2}]
    assert len(folded) == 1

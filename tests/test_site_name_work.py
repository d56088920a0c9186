"""The site-name search's work per page (issue #15, cheap per page): the page folded as
one joined text equals folding it line by line, and only the candidates that may be
chosen are measured, with the same choice as measuring them all."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from page_checks import CountingPattern

from analysis import config
from analysis.clean import site_candidates, site_features, site_name, site_phrases
from analysis.clean.name_forms import compact_name, unaccented
from analysis.clean.read import read_page
from analysis.clean.site_candidates import collect_candidates, name_words

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"

# Letters, digits, spaces of several kinds, punctuation, address marks, compatibility
# forms (NFKC changes them), a combining mark, "the" and "_": what the folds treat apart.
_PIECES = st.sampled_from(
    [
        *("the", "The", "THE", "x", "É", "é", "ß", "ﬁ", "Ｅ", "\u0301", "1", "_", "-", "."),
        *("@", "/", " ", "  ", "\t", "\u00a0", "\u2003", "\r", "÷", "com", "news", "a.com"),
        "Name",
    ]
)
_LINES = st.lists(st.lists(_PIECES, max_size=8).map("".join), max_size=8)


def _check_folds(lines: list[str]) -> None:
    page = site_features.PageText(lines)
    assert page.compact.text == "\n".join(compact_name(line) for line in lines)
    assert page.spaced.text == "\n".join(f" {' '.join(name_words(line))} " for line in lines)
    words = {word for line in lines for word in name_words(line)} | {"the", "com", "x"}
    fresh = site_features.PageText(lines)  # writes_lower before the set is built
    assert {word for word in words if fresh.writes_lower(word)} == words & page.lower_words
    for name in ["the x", "x", "news", "É x", "Name", *lines[:3]]:  # short: by words
        spaced = f" {' '.join(name_words(name))} "
        assert fresh.mentions(name, "x") == page.spaced.lines_with(spaced), name


@given(_LINES)
def test_the_joined_folds_equal_folding_line_by_line(lines):
    _check_folds(lines)


def test_the_joined_folds_equal_folding_line_by_line_on_the_dev_pages():
    if not DEV_PAGES.is_dir():
        pytest.skip("dev pages (../shared) not present")
    for path in sorted(DEV_PAGES.glob("*.txt"))[:40]:
        _check_folds(read_page(path).text.split("\n"))


def test_a_word_written_often_inside_other_words_is_still_found():
    inside = ["x" + "news" * 3 + ".y"] * (site_features.MAX_WORD_TRIES + 3)
    lines = [*inside, "see the news", *inside]
    assert site_features.PageText(lines).writes_lower("news")
    assert not site_features.PageText(inside).writes_lower("news")


def test_only_the_candidates_that_may_be_chosen_are_measured(monkeypatch):
    measured: list[str] = []
    features = site_features.PageCandidates.features

    def counting(self, key, weights=None):
        measured.append(key)
        return features(self, key, weights)

    monkeypatch.setattr(site_features.PageCandidates, "features", counting)
    menu = [f"{word} Example Daily today" for word in ("Politics", "Sports", "Culture")]
    lines = ["Example Daily", *menu, "Follow Example Daily", "© 2024 Example Media Group"]
    candidates = collect_candidates(lines)
    assert site_name.page_site_name(lines) is not None
    measured_by_the_search = list(measured)
    every = site_features.candidate_features(lines, candidates)
    may_be_chosen = {
        key
        for key, candidate in candidates.items()
        if site_name.is_named(candidate, every[key]) or candidate.copyright
    }
    # the heads of short lines ("Politics", "Politics Example" ...) are not measured
    assert len(candidates) == 15
    assert len(measured_by_the_search) == len(may_be_chosen) == 4
    assert set(measured_by_the_search) == may_be_chosen


def test_measuring_only_the_choosable_candidates_chooses_the_same_on_the_dev_pages():
    if not DEV_PAGES.is_dir():
        pytest.skip("dev pages (../shared) not present")
    for path in sorted(DEV_PAGES.glob("*.txt")):
        lines = read_page(path).text.split("\n")
        candidates = collect_candidates(lines)
        page = site_features.PageText(lines)
        every = site_features.candidate_features(lines, candidates, page)
        some = site_name.choosable_features(candidates, page)
        assert len(some) < len(every) or len(every) <= 2
        assert {key: every[key] for key in some} == some
        weights, least = site_features.SITE_WEIGHTS, site_name.SITE_MIN_SCORE
        chosen = site_name.choose_candidate(candidates, some, weights, least)
        assert chosen == site_name.choose_candidate(candidates, every, weights, least), path


@given(st.lists(_PIECES, min_size=1, max_size=6).map(" ".join))
def test_every_domain_name_of_a_name_starts_with_one_of_its_start_letters(name):
    starts = site_features.domain_name_starts(name)
    assert all(label[:1] in starts for label in site_features.domain_names(name))


def _menu_page(size: int) -> list[str]:
    """A page of ``size`` menu lines, ``size`` prose lines and a notice."""
    menu = [f"Politics {n} Picks" for n in range(size)]
    prose = [
        f"The regional council said on day {n} that the new line would open next spring."
        for n in range(size)
    ]
    return ["Example Daily", *menu, *prose, "© 2024 Example Daily"]


@pytest.mark.parametrize("size", [10, 100])
def test_the_imprint_and_notice_searches_do_not_grow_with_the_lines(monkeypatch, size):
    calls: list[str] = []
    for name in ("_IMPRINT", "_COPYRIGHT", "_YEARS_FOOTER", "_RIGHTS_NOTICE"):
        pattern = getattr(site_phrases, name)
        monkeypatch.setattr(site_phrases, name, CountingPattern(pattern, calls))
    assert site_name.page_site_name(_menu_page(size)).name == "Example Daily"
    # only the notice line holds a legal form's, a notice's or a footer's literals
    assert calls == ["© 2024 Example Daily"]


@pytest.mark.parametrize("size", [10, 100])
def test_a_short_names_mentions_fold_only_the_lines_holding_its_first_word(monkeypatch, size):
    folded: list[str] = []
    words = site_features.name_words

    def counting(text):
        folded.append(text)
        return words(text)

    monkeypatch.setattr(site_features, "name_words", counting)
    lines = [*_menu_page(size), "Read CNN today", "CNN"]
    page = site_features.PageText(lines)
    assert page.mentions("CNN") == 2
    # the name's own words, then only the two lines holding "cnn", whatever the size
    assert folded == ["CNN", "Read CNN today", "CNN"]


def test_a_feature_weighed_zero_is_not_measured(monkeypatch):
    """``prefix_lines`` (weight 0 in SITE_WEIGHTS) is read only by the score: the page's
    short-line heads are not searched for it, and the name chosen is the same."""
    searched: list[str] = []
    heads_starting = site_features.PageText.heads_starting

    def counting(self, spaced):
        searched.append(spaced)
        return heads_starting(self, spaced)

    monkeypatch.setattr(site_features.PageText, "heads_starting", counting)
    menu = [f"{word} Example Daily today" for word in ("Politics", "Sports", "Culture")]
    lines = ["Example Daily", *menu, "Follow Example Daily", "© 2024 Example Media Group"]
    assert site_features.SITE_WEIGHTS["prefix_lines"] == 0.0
    chosen = site_name.page_site_name(lines)
    assert not searched
    weighed = {**site_features.SITE_WEIGHTS, "prefix_lines": 1e-9}
    assert site_name.page_site_name(lines, weighed) == chosen
    assert searched


_ADDRESS_PIECES = st.sampled_from(["a", "Z", "é", "北", "1", "_", "-", ".", "@", "/", " ", "\n"])


@given(st.lists(_ADDRESS_PIECES, max_size=40).map("".join))
def test_an_address_s_run_before_its_mark_is_taken_once(text):
    """The address patterns take the run before a dot, "@" or "/" possessively (a word
    without one fails at its end, not back through each letter): the same addresses as
    the pattern that gives the run back."""
    import re

    for pattern in (site_features._ADDRESS, site_features._ANY_ADDRESS):
        assert "]*+[" in pattern.pattern
        backtracking = re.compile(pattern.pattern.replace("]*+[", "]*[", 1))
        assert pattern.sub(" ", text) == backtracking.sub(" ", text)
        assert bool(pattern.match(text)) == bool(backtracking.match(text))


def _signs_by_pattern(name: str, lines: list[str]) -> bool:
    # the rule as one pattern compiled per name (before h366)
    signature = re.compile(rf"{re.escape(name)}\s+[-\u2013\u2014|\u00b7]\s+\w")
    return any(
        signature.match(line.strip()) and len(line.split()) <= 12
        for line in lines
        if line.lstrip().startswith(name)
    )


def _addressed_by_pattern(name: str, lines: list[str]) -> bool:
    label = unaccented(compact_name(name))
    if not label:
        return False
    host = re.compile(rf"(?:^|[@/.\s]){re.escape(label)}\.[a-z]")
    return any(label in line.lower() and host.search(line.lower()) for line in lines)


_SIGN_PIECES = st.sampled_from(["Name", "x", " ", "\t", "\u00a0", "-", "\u2013", "|", "·", "é"])


@given(
    st.lists(_SIGN_PIECES, max_size=4).map("".join),
    st.lists(st.lists(_SIGN_PIECES | _PIECES, max_size=8).map("".join), max_size=6),
)
def test_a_name_signs_a_line_and_is_spelled_in_an_address_as_its_pattern_reads(name, lines):
    # h366 (#15): one pattern compiled per masthead and page, now the name compared and
    # one pattern of what follows it; the same answers
    assert site_candidates._signs_a_line(name, lines) == _signs_by_pattern(name, lines)
    assert site_candidates._spelled_in_address(name, lines) == _addressed_by_pattern(name, lines)


def test_no_pattern_is_compiled_for_a_name_no_line_writes(monkeypatch):
    lines = ["Example Wire – the valley's newsletter", "Write to desk@examplewire.org"]
    assert site_candidates._signs_a_line("Example Wire", lines)
    assert site_candidates._spelled_in_address("Example Wire", lines)

    def compile_fails(*args, **kwargs):
        raise AssertionError("a pattern compiled for the page's name")

    monkeypatch.setattr(site_candidates.re, "compile", compile_fails)
    assert site_candidates._signs_a_line("Example Wire", lines)
    assert not site_candidates._spelled_in_address("Example Ledger", lines)
    assert not site_candidates._signs_a_line("Example Ledger", lines)

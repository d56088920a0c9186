"""The cleaner's per-line searches skipped when a cheap test shows they cannot match
(issue #15, cheap per page): the same answers as the full searches, and the work
skipped, counted (no wall clock)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from page_checks import CountingPattern

from analysis.clean import card_fields, card_lines, dates, relative_times
from analysis.clean.body import features

_PIECES = st.sampled_from(
    [
        "June 2, 2025",
        "2 juin 2025",
        "2. Juni 2025",
        "2025-06-02",
        "02.06.2025",
        "27/09/2025",
        "11/13/19",
        "Nov 19 20197:05 AM",
        "10:01 pm PST,",
        "Tuesday,",
        "19:14 GMT",
        "at",
        "--",
        "13 hours ago",
        "a day AGO",
        "Just Now",
        "YESTERDAY",
        "juſt now",
        "yeſterday",
        "Photo by",
        "IMAGE:",
        "(Credit Reuters)",
        "Getty Images",
        "AP Photo",
        "/Reuters",
        "AFP/",
        "Caption",
        "©",
        "(C) 2019",
        "All Rights Reserved",
        "The",
        "council",
        "votes",
        "İstanbul",
        "Ⅻ",
        "19",
        "2019",
        "/",
        ".",
        "",
        "3",
        "12.",
        "2026.",
        "3,",
        "de",
        "Disember",
        "gruodžio",
        "m.",
        "d.",
        "gada",
        "2026年12月3日",
        "ธ.ค.",
        "2569",
        "آذر",
        "۱۴۰۵",
        "acum",
        "PRED",
        "un",
        "22",
        "3h",
        "5 ore fa",
        "vor",
        "einer",
        "Stunde",
        "Heute",
        "_",
        # the CLDR's orders and particles: year first, glued suffixes, dashes
        "2026ko",
        "abenduaren",
        "3a",
        "ж.",
        "желтоқсан",
        "ta’",
        "Diċembru",
        "3-dekabr,",
        "03-Dis-2026",
        "tháng",
        "ဒီဇင်ဘာ",
        # letters re.IGNORECASE matches in another way than lower() does
        "2 години",
        "тому",
        "ᲄому",
        "ΠΡΙΝ",
        "ϖριν",
        "3 ώρες",
        "назад",
        "НАЗАД",
        "“",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=7).map(" ".join) | st.text(max_size=40)


class _EveryText:
    """A gate that lets every text through (the full search runs)."""

    def may_match(self, lowered: str) -> bool:
        return True


def _without_date_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every hint pass: the full searches run on every text."""
    every_text = re.compile("")
    monkeypatch.setattr(dates, "_DATE_HINT", every_text)
    monkeypatch.setattr(dates, "_PATTERN_NEEDS", ("",) * len(dates._DATE_PATTERNS))
    monkeypatch.setattr(dates, "CLOCK_HINT", every_text)
    monkeypatch.setattr(relative_times, "CLOCK_HINT", every_text)
    monkeypatch.setattr(relative_times, "_may_hold_relative_time", lambda lowered: True)
    monkeypatch.setattr(relative_times, "_RELATIVE_TIME_GATE", _EveryText())
    monkeypatch.setattr(card_lines, "_may_hold_relative_times", lambda text, has_digit: True)


@given(text=_TEXTS)
def test_date_hints_change_no_answer(text):
    def answers():
        return (
            dates.find_date(text),
            dates.find_dates(text),
            relative_times.find_relative_time(text),
            card_lines.find_time(text),
        )

    hinted = answers()
    with pytest.MonkeyPatch.context() as patch:
        _without_date_hints(patch)
        full = answers()
    assert hinted == full


def _kind_worked_out(text: str) -> str:
    """:func:`card_lines.line_kind` without its memos (a line's kind is remembered across
    pages: a second call would return the first one's kind whatever is patched)."""
    return card_lines._early_kind.__wrapped__(text) or card_lines._late_kind.__wrapped__(text)


@given(text=_TEXTS)
def test_caption_hints_change_no_line_kind(text):
    hinted = _kind_worked_out(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(card_lines, "_holds_any", lambda lowered, words: True)
        full = _kind_worked_out(text)
    assert hinted == full


def test_a_line_without_a_year_or_slash_runs_no_date_pattern(monkeypatch):
    calls: list[str] = []
    counted = tuple(CountingPattern(p, calls) for p in dates._DATE_PATTERNS)
    monkeypatch.setattr(dates, "_DATE_PATTERNS", counted)
    for line in ("Council votes on the bridge", "Page 3 of 12", "12:30", "Share this"):
        assert dates.find_date(line) is None
        assert dates.find_dates(line) == []
    assert calls == []
    assert dates.find_date("Posted June 2, 2025").iso == "2025-06-02"
    assert calls


def test_a_numeric_date_runs_no_pattern_of_a_month_name_or_another_script(monkeypatch):
    calls: list[str] = []
    counted = tuple(CountingPattern(p, calls) for p in dates._DATE_PATTERNS)
    monkeypatch.setattr(dates, "_DATE_PATTERNS", counted)
    assert [d.iso for d in dates.find_dates("2025-06-02")] == ["2025-06-02"]
    assert [d.iso for d in dates.find_dates("27/09/2025", day_first=True)] == ["2025-09-27"]
    # the ISO, day-month, two-digit-year and dashed two-digit (weekday_short_dates)
    # patterns only: no year after a space (as a month's name or a spaced date prints
    # it), no other script, no "m.", "gada" or dot
    assert len(calls) == 7
    calls.clear()
    assert dates.find_date("Posted June 2, 2025").iso == "2025-06-02"
    assert 3 < len(calls) < len(dates._DATE_PATTERNS)  # nor another script's on ASCII
    calls.clear()
    assert dates.find_date("2026年12月3日").iso == "2026-12-03"
    assert len(calls) > 3


def test_a_date_or_clock_time_runs_no_search_of_card_relative_times(monkeypatch):
    calls: list[str] = []
    counted = CountingPattern(card_lines.RELATIVE_TIMES, calls)
    monkeypatch.setattr(card_lines, "RELATIVE_TIMES", counted)
    assert card_lines.find_time("2025-06-02") == (0, 10)
    assert card_lines.find_time("10:30 | 12/05/2025") == (0, 5)
    assert calls == []
    assert card_lines.find_time("Politics | 3h") == (11, 13)
    assert card_lines.find_time("POLITICS | 3H") == (11, 13)
    assert card_lines.find_time("acum 2 22") == (0, 9)  # a number's cue, no unit
    assert card_lines.find_time("Heute, 10:30") == (0, 5)
    assert len(calls) == 4


def test_an_ascii_line_without_a_time_word_runs_no_relative_time_search(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(
        relative_times, "_RELATIVE_TIME", CountingPattern(relative_times._RELATIVE_TIME, calls)
    )
    assert relative_times.find_relative_time("Council votes on the bridge") is None
    assert calls == []
    assert relative_times.find_relative_time("3 hours AGO") == (0, 11)
    assert relative_times.find_relative_time("yeſterday") == (0, 9)  # not ASCII: searched
    assert len(calls) == 2


def test_a_line_outside_ascii_without_a_time_word_runs_no_relative_time_search(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(
        relative_times, "_RELATIVE_TIME", CountingPattern(relative_times._RELATIVE_TIME, calls)
    )
    assert relative_times.find_relative_time("“Council votes on the bridge,” she said") is None
    assert relative_times.find_relative_time("Совет проголосовал") is None
    assert calls == []
    assert relative_times.find_relative_time("3 часа НАЗАД") == (0, 12)
    assert relative_times.find_relative_time("2 години ᲄому") == (0, 13)  # ᲄ matches т
    assert len(calls) == 2


# A search result's snippet: a time, a dash or an ellipsis, the text (and near misses).
_SNIPPET_PIECES = _PIECES | st.sampled_from(
    ["—", "–", "-", "...", "…", " — ", " … ", "\t", "  ", "3 Δεκ 2026", "vor 3 Stunden",
     "Hace 2 horas", "昨天", "3 ДЕК. 2026", "12月3日", "The council votes"]
)  # fmt: skip


@given(text=st.lists(_SNIPPET_PIECES, max_size=7).map(" ".join))
def test_a_snippet_without_a_mark_after_its_time_is_all_it_skips(text):
    """card_fields.leading_time looks for a time only in a line holding a dash or an
    ellipsis between spaces: its answers are the rule's, a time opening the line and
    the mark right after it."""
    time = card_lines.find_time(text)
    mark = None
    if time is not None and not text[: time[0]].strip():
        mark = card_fields._TIME_BEFORE_TEXT.match(text, time[1])
    spans = card_fields.leading_time(3, text)
    if mark is None:
        assert spans == []
    else:
        assert [(s.start, s.end) for s in spans] == [time, (mark.end(), len(text))]


def test_a_snippet_without_a_dash_or_an_ellipsis_runs_no_time_search(monkeypatch):
    calls: list[str] = []

    def counted(text: str):
        calls.append(text)
        return card_lines.find_time(text)

    monkeypatch.setattr(card_fields, "find_time", counted)
    snippet = "June 2, 2025: the council votes on the bridge, 3 hours after the hearing."
    assert card_fields.leading_time(0, snippet) == []
    assert calls == []
    spans = card_fields.leading_time(0, "3 Δεκ 2026 — Το συμβούλιο ψηφίζει")
    assert [s.field for s in spans] == ["published", "body"]
    assert len(calls) == 1


_GATED_PATTERNS = [
    relative_times._RELATIVE_TIME,
    re.compile(r"(?:πριν|назад|тому|σας)\s+\w+|\bΣΟΦΟΣ\b", re.IGNORECASE),
]


@given(text=_TEXTS, which=st.integers(0, len(_GATED_PATTERNS) - 1))
def test_a_caseless_gate_lets_through_every_text_its_pattern_matches(text, which):
    from analysis.clean.line_gates import CaselessGate
    from analysis.text import caseless_lower

    pattern = _GATED_PATTERNS[which]
    if pattern.search(text) is not None:
        assert CaselessGate(pattern).may_match(caseless_lower(text))


def test_a_caseless_gate_reads_greek_and_cyrillic_literals():
    from analysis.clean.line_gates import CaselessGate
    from analysis.text import caseless_lower

    gate = CaselessGate(_GATED_PATTERNS[1])
    assert gate.literals is not None and "назад" in gate.literals
    assert not gate.may_match(caseless_lower("The council votes"))
    for text in ("ΠΡΙΝ 3", "ϖριν 3", "ᲄому 2", "ΣΟΦΟΣ", "σοφος"):  # final sigma, other cases
        assert _GATED_PATTERNS[1].search(text) is not None
        assert gate.may_match(caseless_lower(text)), text


_LINE_KIND_PIECES = st.sampled_from(
    [
        "",
        "  ",
        "•",
        "Sponsored",
        "Read more",
        "By Jane Doe",
        "June 2, 2025",
        "3h ago",
        "Source: Harbour Times",
        "harbourtimes.com ›",
        "Photo: AP",
        "© 2024",
        "Council votes to close the bridge for repairs next week.",
        "Council Votes To Close Bridge",
        "World",
        "|",
        "?",
    ]
)


@given(lines=st.lists(st.lists(_LINE_KIND_PIECES, max_size=4).map(" ".join), max_size=10))
def test_kinds_worked_out_when_asked_are_the_kinds_of_the_lines(lines):
    kinds = card_lines.LineKinds(lines)
    for i, line in enumerate(lines):
        assert kinds.known(i) in {None, card_lines.line_kind(line)}
        if kinds.known(i) is None:
            assert card_lines.line_kind(line) in {"caption", "meta", "title", "label"}
    assert [kinds[i] for i in range(len(lines))] == list(map(card_lines.line_kind, lines))


def test_a_known_kind_is_the_latest_worked_out_or_set():
    """``known`` reads the kinds as they are now: worked out by ``kinds[i]``, set by
    ``kinds[i] = kind`` (it is the list's own look-up, no copy of it)."""
    lines = ["Example Daily", "", "By Jane Doe", "The council voted on Tuesday to close it."]
    kinds = card_lines.LineKinds(lines)
    assert kinds.known(1) == "blank"
    assert kinds.known(3) == "prose"
    assert kinds.known(2) is None
    late = kinds[2]
    assert late == card_lines.line_kind(lines[2])
    assert kinds.known(2) == late
    kinds[0] = "masthead"
    assert kinds.known(0) == "masthead"
    assert kinds.known(-1) == "prose"
    with pytest.raises(IndexError):
        kinds.known(len(lines))


def test_the_listing_test_runs_the_later_kind_tests_on_few_lines(seed_dir, monkeypatch):
    """On an article page the listing splitter reads the full kind of the lines around
    its body runs only; each distinct line's kind is worked out at most once."""
    from page_checks import SEED_ARTICLE, record_first_arguments

    from analysis.clean import listing
    from analysis.clean.read import read_page

    late = record_first_arguments(monkeypatch, card_lines, "_late_kind")
    lines = read_page(seed_dir / SEED_ARTICLE).text.split("\n")
    assert listing.find_cards(lines) == []
    open_kinds = {line for line in lines if card_lines._early_kind(line) is None}
    assert len(late) == len(set(late))
    assert set(late) <= open_kinds
    assert len(late) < 0.5 * len(open_kinds), (len(late), len(open_kinds))


@given(
    text=st.text(alphabet="aZé”ΑБ中 1.", max_size=20),
    limit=st.floats(min_value=0, max_value=20),
)
def test_listed_script_letters_counted_without_a_search_when_ascii_ones_suffice(text, limit):
    from analysis.clean.body import features

    expected = len(features._LISTED_SCRIPT_LETTER.findall(text)) < limit
    assert features._few_listed_letters(text, limit) == expected


_PROMO_PIECES = st.sampled_from(
    [
        "Read more",
        "READ MORE",
        "read the full story",
        "Continue Reading",
        "contınue readıng",
        "Related:",
        "More :",
        "See also",
        "Council votes",
        "»",
        ":",
        "ſee alſo:",
        "İstanbul",
        "",
    ]
)


@given(text=st.lists(_PROMO_PIECES, max_size=5).map(" ".join) | st.text(max_size=30))
def test_the_promo_link_hint_changes_no_line_kind(text):
    hinted = _kind_worked_out(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(card_lines, "_may_be_promo_link", lambda text: True)
        full = _kind_worked_out(text)
    assert hinted == full


def test_a_line_without_a_colon_or_read_runs_no_promo_link_search(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(card_lines, "PROMO_LINK", CountingPattern(card_lines.PROMO_LINK, calls))
    assert card_lines._early_kind.__wrapped__("Council Votes To Close Bridge") is None
    assert calls == []
    assert (
        card_lines._early_kind.__wrapped__("Council votes to close the bridge READ MORE") == "cue"
    )
    assert card_lines._early_kind.__wrapped__("Related: Council votes") == "cue"
    assert len(calls) == 2


@given(
    text=st.lists(
        st.sampled_from(["Ⓒ", "ⓒ", "©", "(C)", "2019", "COPYRİGHT", "copyright", "3 of 12", "x"])
        | st.text(max_size=12),
        min_size=1,
        max_size=5,
    )
    .map(" ".join)
    .filter(bool)
)
def test_the_notice_hint_is_the_notice_pattern(text):
    # body features skip the case-insensitive copyright search on most lines; the
    # circled capital C (lowered to the circled "c" the pattern names) once was missed
    expected = bool(features._COPYRIGHT.search(text) or features._GALLERY_COUNTER.match(text))
    assert features._is_notice(text, text.lower()) == expected


@given(text=_TEXTS, which=st.integers(0, 2))
def test_a_literal_gate_lets_through_every_text_its_pattern_matches(text, which):
    from analysis.clean.line_gates import LiteralGate

    pattern = [
        re.compile(r"^\s*(?P<t>[^\W_][^—–]{4,200}?)\s+[—–]\s+(?P<b>\S.*?)\s*$"),
        re.compile(r":|\s=\s"),
        re.compile(r"(?i:news)\s+\d"),  # a part ignoring case: no literal, nothing gated
    ][which]
    if pattern.search(text) is not None:
        assert LiteralGate(pattern).may_match(text)


def test_a_literal_gate_reads_its_literals_off_the_pattern():
    from analysis.clean.line_gates import LiteralGate

    assert LiteralGate(re.compile(r":|\s=\s")).literals == (":", "=")
    assert LiteralGate(re.compile(r"\w+\s+[—–]\s+\w+")).literals == ("–", "—")
    assert LiteralGate(re.compile(r"\w+", re.IGNORECASE)).literals is None
    assert LiteralGate(re.compile(r"\w+", re.IGNORECASE)).may_match("anything")


def test_a_line_without_a_spaced_dash_tries_no_inline_card_form(monkeypatch):
    from analysis.clean import inline_headlines

    calls: list[str] = []
    monkeypatch.setattr(
        inline_headlines,
        "_GATED_FORMS",
        [
            (form, CountingPattern(pattern, calls), gate)
            for form, pattern, gate in inline_headlines._GATED_FORMS
        ],
    )
    assert inline_headlines.inline_cards(["The council met on Tuesday.", "A bridge: closed"]) == []
    assert calls == []
    inline_headlines.inline_cards(["* Council votes — The bridge closes in May."])
    assert len(calls) == 2  # the two dashed forms, not the bracketed one


def test_a_line_without_a_dash_tries_no_chat_message_header(monkeypatch):
    from analysis.clean import chat_link_shares

    calls: list[str] = []
    header = CountingPattern(chat_link_shares._HEADER, calls)
    monkeypatch.setattr(chat_link_shares, "_HEADER", header)
    assert chat_link_shares._messages(["The council met on Tuesday.", "Jane: 9:05"]) == []
    assert calls == []
    chat_link_shares._messages(["Jane Roe — Tuesday 9:05"])
    assert calls == ["Jane Roe — Tuesday 9:05"]


def test_a_line_without_a_colon_or_equals_sign_runs_no_label_search(monkeypatch):
    from analysis.clean import labelled_blocks

    calls: list[str] = []
    monkeypatch.setattr(
        labelled_blocks, "_HAS_MARK", CountingPattern(labelled_blocks._HAS_MARK, calls)
    )
    assert labelled_blocks.labelled_rows(["The council met", "on Tuesday", "x == y"]) == []
    assert calls == ["x == y"]

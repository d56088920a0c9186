"""A pattern tried only at the characters its matches start with matches as before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import analysis.clean.page_rows  # noqa: F401 (the modules below in their import order)
from analysis.clean import (
    address_date,
    card_lines,
    dates,
    header_lines,
    legal_notes,
    paywall,
    relative_times,
    site_phrases,
    yearless_dates,
)
from analysis.clean.body import features
from analysis.clean.line_gates import CaselessGate
from analysis.clean.pattern_starts import start_lookahead, starting_at, starting_class

# Made-up patterns of the shapes the cleaner's have: words in any case after a word
# boundary, a number first, look-behinds first, a repeat that may be empty, groups.
_PATTERNS = [
    (r"\b(?:vor|hace|il y a|před)\s+(?:\d{1,3}|einer?)\s+\w+|\d{1,3}\s*(?:h|min)\s+ago\b", re.I),
    (r"(?:(?<!\d)\d{1,3}|\ban?|(?<=[a-z])an?)\s+(?:day|week)s?\s+ago\b", re.I),
    (r"(?<![\w.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)", 0),
    (r"(?:see also|related|ſee|kelvin|straße)\s*:?", re.I),
    (r"\s+(?:[—–-]|\.\.\.|…)\s+(?=\S)", 0),
    (r"x*(?:ab|[c-e]d)+", 0),
    # a group ignoring case in a pattern that does not: "jan 3" as "Jan 3"
    (r"(?:(?<![^\W\d_])|(?<=[a-z]))(?P<m>(?i:Jan|Dec(?:ember)?))\.?\s+\d{1,2}", 0),
]
_TEXT = st.text(alphabet="aAbBcCdDeEhHijJklKLmnNorsSvVwWxyY ſK\u212aİı0123456789.-/:—…ßřé\n")


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_TEXT)
def test_a_pattern_started_at_its_characters_finds_the_same_matches(text: str) -> None:
    for source, flags in _PATTERNS:
        plain, started = re.compile(source, flags), starting_at(source, flags)
        assert [(m.span(), m.groups()) for m in plain.finditer(text)] == [
            (m.span(), m.groups()) for m in started.finditer(text)
        ]
        assert bool(plain.match(text)) == bool(started.match(text))


def test_the_first_characters_are_read_off_the_pattern() -> None:
    assert starting_class(r"\b(?:vor|hace)\s+\d+|\d+\s+ago") == r"[\dhv]"
    assert starting_class(r"(?<!\d)(?:19|20)\d\d|/|[a-c]x") == "[/12abc]"
    assert starting_class(r"[-\]^]x|\[y") == r"[\-\[\]\^]"
    # a match that may be empty, or a negated set first: nothing is gated
    assert starting_class(r"x*y?") is None and starting_class(r"[^x]y") is None
    assert start_lookahead(r"(?:the\s+)?end", re.I) == "(?=[et])"
    assert starting_at(r"x*", 0).pattern == "(?:x*)"
    # letters of a group ignoring case, in any case; a literal first: re scans for it
    assert starting_class(r"(?P<m>(?i:Jan|Feb))\s") == "(?i:[FJ])"
    assert start_lookahead(r"(?:ab|ac)d") == "" and start_lookahead(r"[xy]z") == ""
    assert starting_at(r"(?i:jan)\s+\d").search("3 JAN 5").span() == (2, 7)


def test_the_cleaner_s_searches_start_at_their_characters() -> None:
    """The case-insensitive alternations of many words the cleaner searches every line
    with open with the look-ahead; ``re`` then tries their words only where a line holds
    one of their first letters."""
    for pattern in (
        card_lines.RELATIVE_TIMES,
        relative_times._RELATIVE_TIME,
        dates._DATE_HINT,
        legal_notes._NO_ADVICE,
    ):
        assert pattern.pattern.startswith("(?=[")
    # searches of a line opening with a look-behind, \b or an alternation: a short date
    # or a clock time, a caption's word, a price, a numeric date, a date's label, a
    # copyright notice, a sentence's end, a site-name cue
    for pattern in (
        card_lines.SHORT_DATE,
        yearless_dates.CLOCK_TIME,
        header_lines.CAPTION,
        paywall._PRICE,
        address_date._NUMERIC_DATE,
        dates.DATE_LABEL,
        features._COPYRIGHT,
        card_lines._SENTENCE_END,
        site_phrases._CUE_PATTERNS[0][0],
    ):
        assert pattern.pattern.startswith("(?=[")
    assert yearless_dates.CLOCK_TIME.fullmatch("9:43 PM") and card_lines.SHORT_DATE.search(
        "on SEPT. 8"
    )
    assert address_date._NUMERIC_DATE.search("am 04/03/2026").group(1) == "/"
    for pattern in (header_lines.RELATED_LABEL, header_lines.RELATED_LINK):
        assert pattern.pattern.startswith(r"^\W*(?=[")
    # still what they were: a related label in another case, a relative time glued on
    assert header_lines.RELATED_LABEL.match("— SEE ALSO:")
    assert not header_lines.RELATED_LABEL.match("The council met")
    assert relative_times.find_relative_time("time13 hours ago") is not None


def test_the_literal_gates_read_the_same_literals() -> None:
    """The look-ahead adds no literal: the line gates read off a started pattern are
    those of the pattern itself."""
    source = r"\b(?:vor|hace)\s+\d{1,3}\s+\w+|\d+\s+days?\s+ago|yesterday"
    gate = CaselessGate(starting_at(source, re.IGNORECASE))
    assert gate.literals == CaselessGate(re.compile(source, re.IGNORECASE)).literals
    assert gate.literals == ("day", "hace", "vor", "yesterday")


def test_two_hints_start_at_no_space() -> None:
    """The date hint and a menu's separator hint are searched only for their truth: their
    spaces are looked around, not matched, so no match starts at a space (a search is not
    tried at every space of a line) and they hold in the same texts as before."""
    from analysis.clean import site_features

    assert r"\s" not in starting_class(dates._DATE_HINT.pattern.split("(?:", 1)[1][:-1])
    assert not site_features._MENU_SEPARATOR_HINT.pattern.startswith(r"\s")
    old_date = starting_at(
        r"(?:19|20)\d\d|/|\d\.[01]?\d\.\d\d(?!\d)|(?<=[\u0600-\u06ff] )1[34]\d\d"
        r"|1[34]\d\d(?= [\u0600-\u06ff])|(?<=[\u0e00-\u0e7f.])\s?25[4-9]\d"
        r"|(?<=[\u0e00-\u0e7f]\.)\s?[4-9]\d(?!\d)"
        r"|令和|平成|昭和|民國|民国|1\d\d\s*年|" + dates.DASHED_SHORT_HINT
    )
    old_menu = re.compile(r"\s[|｜>»›/·•]\s")
    texts = [
        "ก.พ. 2567", "ก.พ.\n2567", "ก.พ.2567", "ม.ค. 67", "ม.ค.67", "ม.ค.\t67", "ม.ค.  67",
        "x. 2560", "x.  2560", "ข 2560", "The council met.", "News | Sport", "a|b", " |",
        "| x", "Home\t•\nNews", "Home » News", "4 o'clock", "",
    ]  # fmt: skip
    for text in texts:
        assert bool(dates._DATE_HINT.search(text)) == bool(old_date.search(text)), text
        assert bool(site_features._MENU_SEPARATOR_HINT.search(text)) == bool(
            old_menu.search(text)
        ), text


def test_a_source_s_look_ahead_is_read_once() -> None:
    """dates builds most of its patterns twice (its one- and two-word month tables): the
    look-ahead of a source already read is remembered, not parsed again."""
    source = r"\b(?:qwv|xzj)\s+\d+ made-up"
    before = start_lookahead.cache_info().hits
    assert start_lookahead(source, re.IGNORECASE) == start_lookahead(source, re.IGNORECASE)
    assert start_lookahead.cache_info().hits == before + 1

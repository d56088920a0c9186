"""The text path's line tests give what they gave before they were made cheaper (the
old forms are kept here), on made-up lines and pages (issue #15)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import (
    clipping_table,
    day_parts,
    header_lines,
    job_ads,
    reader_entry,
    vertical_records,
)
from analysis.clean.clipping_table import may_name_a_headline
from analysis.clean.share_names import MIN_SHARE_TARGETS, SHARE_TARGETS, is_share_names_line
from analysis.clean.vertical_records import vertical_rows
from analysis.text import count_words

#: Pieces of lines: share targets in any case, separators a share bar strips, labels
#: with a colon, headline keys in several scripts (a final sigma, a dotless i, an "ß"
#: whose casefold is two letters), other words, blanks and line breaks.
_PIECES = st.sampled_from(
    [
        "Facebook",
        "X",
        "x",
        "WhatsApp",
        "E-MAIL",
        "mail",
        "Line",
        "Messenger",
        "The",
        "Online",
        ",",
        "|",
        "·",
        "/",
        "•",
        ":",
        "Teilen:",
        "Share this:",
        "Title",
        "TITLE",
        "Başlık",
        "BAŞLIK",
        "ΤΊΤΛΟΣ",
        "τίτλος",
        "ÜBERSCHRIFT",
        "Überſchrift",
        "Straße",
        "Name",
        "nam",
        "e",
        "head",
        "line",
        "заголовок",
        "제목",
        "tit",
        "le",
        "",
        " ",
        "  ",
        "\t",
        "\n",
    ]
)
_LINES = st.lists(_PIECES, max_size=8).map("".join)


def _old_is_share_names_line(text: str) -> bool:
    """is_share_names_line as it was at 5bd66ea5 (every word stripped and listed)."""
    head, colon, rest = text.partition(":")
    if colon and count_words(head) <= 2:
        text = rest
    words = [word.strip(",|·•/") for word in text.split()]
    words = [word for word in words if word]
    return len(words) >= MIN_SHARE_TARGETS and all(
        word.casefold() in SHARE_TARGETS for word in words
    )


def _old_may_name_a_headline(line: str) -> bool:
    """may_name_a_headline as it was at 5bd66ea5 (a generator over the words)."""
    folded = line.casefold()
    return any(word in folded for word in clipping_table._TITLE_WORDS)


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_share_names_line_answers_as_before(line: str) -> None:
    assert is_share_names_line(line) == _old_is_share_names_line(line)


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_may_name_a_headline_answers_as_before(line: str) -> None:
    assert may_name_a_headline(line) == _old_may_name_a_headline(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=6))
def test_page_gate_is_any_line_gate(lines: list[str]) -> None:
    """vertical_rows asks its gate once of the joined page: the page passes exactly when
    one of its lines does (a key never spans a line break, casefold is per character)."""
    assert may_name_a_headline("\n".join(lines)) == any(map(_old_may_name_a_headline, lines))


def test_share_names_examples() -> None:
    assert is_share_names_line("Teilen: Facebook , WhatsApp")
    assert not is_share_names_line("Facebook")  # one target alone
    assert not is_share_names_line("Facebook Online")
    assert not is_share_names_line("Share this: / |")


def test_vertical_rows_skips_a_page_without_a_key() -> None:
    assert vertical_rows(["Story one", "Facebook X", "", "Story two"]) == []


#: Pieces of a live blog's stamps: day-part words of several scripts in any case, a word
#: glued to one, clock times, letters re.IGNORECASE matches in other ways ("ſ", the
#: Kelvin sign, a dotted and a dotless i), combining marks, digits and separators.
_STAMP_PIECES = st.sampled_from(
    [
        "Morning",
        "MORNING",
        "morning",
        "Abends",
        "ABENDS",
        "'s avonds",
        "après-midi",
        "APRÈS-MIDI",
        "Öğleden sonra",
        "ÖĞLEDEN",
        "Таңертең",
        "ВЕЧЕРОМ",
        "ንግሆ",
        "ድሕሪ ቀትሪ",
        "ìrọ̀lẹ́",
        "Ìrọ̀lẹ́",
        "Ìro\u0300le\u0323\u0301",
        "ఉదయం",
        "སྔ་དྲོ",
        "晚上",
        "밤",
        "ည",
        "nachts",
        "Nacht",
        "noonday",
        "afternoons",
        "xmorning",
        "ſ",
        "\u212a",
        "İ",
        "ı",
        "Σ",
        "ς",
        "9:41",
        "19.30",
        "༩:༤༡",
        "Uhr",
        "Updated",
        ",",
        " ",
        "  ",
        "·",
        "-",
        "1",
        "",
    ]
)


def _old_day_part() -> re.Pattern[str]:
    """day_parts._DAY_PART as it was at 2f656ab2 (no look-ahead)."""
    return re.compile(
        r"(?<![^\W\d_])(?:"
        + "|".join(re.escape(word) for word in day_parts._WORDS)
        + r")(?![^\W\d_])",
        re.IGNORECASE,
    )


_OLD_DAY_PART = _old_day_part()


def _old_is_day_part_stamp(text: str) -> bool:
    """is_day_part_stamp as it was at 2f656ab2."""
    normal = unicodedata.normalize("NFC", text)
    if _OLD_DAY_PART.search(normal) is None:
        return False
    rest = day_parts._ANY_CLOCK.sub(
        " ", day_parts.CLOCK_TIME.sub(" ", _OLD_DAY_PART.sub(" ", normal))
    )
    return not day_parts.LETTER_RUN.search(rest) and not any(c.isdigit() for c in rest)


@settings(max_examples=500, deadline=None)
@given(st.lists(_STAMP_PIECES, max_size=6).map("".join))
def test_day_part_words_are_found_as_before(line: str) -> None:
    """The day-part pattern behind its look-ahead finds the same words in the same places,
    and a line is a day-part stamp exactly when it was."""
    assert [m.span() for m in day_parts._DAY_PART.finditer(line)] == [
        m.span() for m in _OLD_DAY_PART.finditer(line)
    ]
    assert day_parts.is_day_part_stamp(line) == _old_is_day_part_stamp(line)
    assert day_parts.drop_day_parts(line) == _OLD_DAY_PART.sub(
        " ", unicodedata.normalize("NFC", line)
    )


def test_day_part_examples() -> None:
    assert day_parts._DAY_PART.pattern.startswith("(?=[")
    assert day_parts.is_day_part_stamp("Abends, 19.30 Uhr")
    assert day_parts.is_day_part_stamp("ÖĞLEDEN SONRA 14:05")
    assert not day_parts.is_day_part_stamp("Morning briefing")


#: Pieces of byline lines: author labels of several scripts with and without their colon,
#: dash or slash, "by" cues of several languages, a bracket, a writing hand, names.
_BYLINE_PIECES = st.sampled_from(
    [
        "Author",
        "AUTHOR",
        "author",
        "Autor",
        "Автор",
        "Szerző",
        "作者",
        "Teksti ja kuvat",
        "Хэвлэсэн",
        "By",
        "by",
        "BY",
        "Par",
        "Von",
        "Por",
        "ngu-",
        "Eine Analyse von",
        "Reporte de",
        "【",
        "✍️",
        "(",
        ")",
        ":",
        "：",
        "፦",
        " - ",
        " — ",
        "/",
        " / ",
        "['",
        "Jo Doe",
        "Ana",
        "María López",
        ";",
        " ",
        "  ",
        "3 Dec 2026",
        "",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_BYLINE_PIECES, max_size=6).map("".join))
def test_a_byline_cue_is_matched_as_before(line: str) -> None:
    """A line holding none of an author label's colons, dashes and slashes is matched
    without the label's alternative: the same cue as the whole pattern's."""
    old = header_lines._BYLINE.match(line)
    new = header_lines._byline_cue(line)
    assert (old and old.span()) == (new and new.span())
    if header_lines._LABEL_MARKS.isdisjoint(line):
        unlabelled = header_lines._UNLABELLED_BYLINE.match(line)
        assert (old and old.span()) == (unlabelled and unlabelled.span())


def test_byline_cue_examples() -> None:
    # an author label needs its mark: without one the label's alternative is left out
    assert header_lines._byline_cue("Szerző: Jo Doe").span() == (0, 8)
    assert header_lines._UNLABELLED_BYLINE.match("Szerző: Jo Doe") is None
    assert header_lines._byline_cue("Par Claire Martin").span() == (0, 4)
    assert header_lines._byline_cue("作者：王小明").span() == (0, 3)


#: Pieces of a jobs page: ad labels in any case and their words up to the colon, colons,
#: figures, field separators, line breaks and blank lines, other words.
_AD_PIECES = st.sampled_from(
    [
        "Salary",
        "SALARY",
        "Closing date",
        "Las de bilong salim pas",
        "pay",
        "Pe",
        "Fecha límite",
        "Gehalt",
        "of the post",
        "x",
        ":",
        "::",
        " : ",
        "18",
        "£24,000",
        "10:30",
        " · ",
        "•",
        "|",
        "–",
        "\n",
        "\n\n",
        " ",
        "\t",
        "Full-time",
        "",
    ]
)


def _old_labelled_lines(text: str) -> set[int]:
    """job_ads._labelled_lines as it was at 2f656ab2 (_LABEL tried at every position)."""
    found: set[int] = set()
    line = last = 0
    for match in job_ads._LABEL.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        found.add(line)
    return found


@settings(max_examples=600, deadline=None)
@given(st.lists(_AD_PIECES, max_size=12).map("".join))
def test_ad_labels_are_found_as_before(text: str) -> None:
    """The labels searched only before a colon with a figure after it start on the same
    lines as _LABEL's matches over the whole page."""
    assert job_ads._labelled_lines(text) == _old_labelled_lines(text)


def test_ad_label_examples() -> None:
    page = "Nurse\nSalary: £24,000 · Deadline of the post: 18 Dec\nDriver\nPay:\n\n 300"
    assert job_ads._labelled_lines(page) == {1, 3}
    assert job_ads._labelled_lines("Salary: 10:30 Pay: 5\nx: 3") == {0}


#: Lines of Miller XTAB and psql printings and of prose: keys padded to a column, values,
#: missing values, record rules, blank lines.
_RECORD_LINES = st.sampled_from(
    [
        "title       Ferry sails again",
        "title  Ferry sails again",
        "url         https://harbour.example/ferry",
        "published   2026-12-03",
        "published   -",
        "body        The ferry left at noon.",
        "outlet",
        "name        Ana",
        "x",
        "The council met on Monday.",
        "Then it  rained",
        "-[ RECORD 1 ]-+------",
        "title     | Ferry sails again",
        "url       | https://harbour.example/ferry",
        "          | rest of the text",
        "published | 2026-12-03 +",
        "(2 rows)",
        "",
        "  ",
    ]
)


def _old_xtab_record(lines: list[str], start: int, end: int) -> list | None:
    """vertical_records._xtab_record as it was at 2f656ab2 (every line matched first)."""
    matches = [vertical_records._SPACED.match(line) for line in lines[start:end]]
    if len(matches) < vertical_records._MIN_KEYS or any(m is None for m in matches):
        return None
    columns = {m.start("value") for m in matches if m is not None and m["value"]}
    if len(columns) != 1:
        return None
    return [
        (m["key"], [(start + k, m.start("value"), len(lines[start + k].rstrip()))])
        if m["value"]
        else (m["key"], [])
        for k, m in enumerate(matches)
        if m is not None
    ]


@settings(max_examples=500, deadline=None)
@given(st.lists(_RECORD_LINES, max_size=12))
def test_vertical_records_are_read_as_before(lines: list[str]) -> None:
    """A run of lines is the same XTAB record read line by line, and a page gives the same
    rows with its records read before its headline words are looked for."""
    for start in range(len(lines) + 1):
        for end in range(start, len(lines) + 1):
            assert vertical_records._xtab_record(lines, start, end) == _old_xtab_record(
                lines, start, end
            )
    old_rows = (
        vertical_records.vertical_rows(lines) if may_name_a_headline("\n".join(lines)) else []
    )
    assert vertical_records.vertical_rows(lines) == old_rows


def test_vertical_records_examples() -> None:
    record = ["title     Ferry sails again", "published 2026-12-03", "url       -"]
    page = [*record, "", *record]
    assert len(vertical_records.vertical_rows(page)) == 2
    assert vertical_records._xtab_record(["title  a", "url    b", "x  c"], 0, 3) is None


#: Pieces of a feed reader's toolbar and of other pages: controls in any case, characters
#: case folding maps to several ("ß", "ﬁ", "İ"), separators, counts, links.
_CONTROL_PIECES = st.sampled_from(
    [
        "Favourites",
        "FAVORITES",
        "Mark all as read",
        "MARK AS UNREAD",
        "Starred",
        "unread",
        "Visit website",
        "Visit Website: https://harbour.example/a",
        "Open original (https://harbour.example/a)",
        "All items",
        "Stra\u00dfe",
        "\ufb01",
        "\u0130",
        "STAR",
        "RED",
        "  ",
        "\t",
        " ☆ ",
        "(12)",
        " ",
        "",
    ]
)


def _old_controls(lines: list[str]) -> set[str]:
    """reader_entry._controls as it was at 2f656ab2 (every line searched)."""
    controls = set()
    for line in lines:
        if reader_entry._HOLDS_CONTROL.search(line.casefold()) is None:
            continue
        for item in reader_entry._ITEMS.split(line.strip()):
            word = reader_entry._COUNT.sub("", item.strip(reader_entry._ITEM_MARKS)).casefold()
            if word in reader_entry.READER_CONTROLS:
                controls.add(word)
            elif (linked := reader_entry._CONTROL_LINK.fullmatch(item)) and (
                linked.group("control").casefold() in reader_entry.READER_CONTROLS
            ):
                controls.add(linked.group("control").casefold())
    return controls


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(_CONTROL_PIECES, max_size=5).map("".join), max_size=6))
def test_reader_controls_are_found_as_before(lines: list[str]) -> None:
    """A page is asked once whether its folded text holds a control: the same controls as
    every line searched."""
    assert reader_entry._controls(lines) == _old_controls(lines)


def test_reader_controls_examples() -> None:
    assert reader_entry._controls(["Favourites  Mark all as read (3)", "Story"]) == {
        "favourites",
        "mark all as read",
    }
    assert reader_entry._controls(["The council met", "Visit the site"]) == set()


def _started_patterns() -> list[re.Pattern[str]]:
    """The text path's patterns put behind their first characters' look-ahead at 2f656ab2
    -> h403 (a card's foreign byline, a week number's hint, a digit of another script, a
    body line's time or date, a year's digits, a bracketed line, a table of contents'
    leader)."""
    from analysis.clean import card_fields, card_lines, dates, dump_text
    from analysis.clean.body import features

    return [
        card_lines.FOREIGN_BYLINE,
        dates._WEEK_HINT,
        dates._OTHER_DIGIT,
        features._TIME_OR_DATE,
        dump_text._YEAR_DIGITS,
        header_lines._BRACKETED_LINE,
        card_fields._PAGE_LEADER,
    ]


_STARTED_TEXT = st.lists(
    st.sampled_from(
        [
            "par ",
            "di ",
            "von ",
            "Anna Berg",
            " und ",
            "Week ",
            "KW",
            "wk.",
            "2026",
            "12:05",
            "9.30 pm",
            "03/12/2026",
            "٣",
            "３",
            "(",
            ")",
            "....",
            ". . . ",
            "……",
            "____",
            " 12",
            " ",
            "\n",
            "x",
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_STARTED_TEXT)
def test_started_patterns_match_as_before(text: str) -> None:
    """Each pattern behind its look-ahead finds, matches and fully matches what its own
    source compiled alone does."""
    for started in _started_patterns():
        assert started.pattern.startswith("(?=")
        source = started.pattern.split(")(?:", 1)[1][:-1]
        old = re.compile(source, started.flags)
        assert [(m.span(), m.groups()) for m in started.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)
        ]
        assert bool(started.match(text)) == bool(old.match(text))
        assert bool(started.fullmatch(text)) == bool(old.fullmatch(text))

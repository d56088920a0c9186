"""The steps making a text dump plain (analysis.clean.read.plain_dump_text) give what
they gave before they were made cheaper (the old forms are kept here), on made-up lines
and pages (issue #15)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import chat_stamps, drop_caps, dump_text, text_nodes
from analysis.clean.card_blocks import MIN_CARDS
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import is_lower_case, is_upper_case, opens_upper_case
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

#: Pieces of lines: dates with a year (alone, after a name, in a digest's brackets),
#: field labels, row figures and clock times, tabs, a chat export's stamps and senders,
#: other words, separators and blanks.
_PIECES = st.sampled_from(
    [
        "4 December 2026",
        "Dec 3, 2026",
        "2026-12-03",
        "Jane Roe · ",
        "(Example Herald, 4 December 2026)",
        "(",
        ")",
        "Title: ",
        "pubDate: ",
        "Description:",
        "Author:",
        "12   ",
        "14:05 ",
        "9.30 - ",
        "\t",
        "Title,Outlet,Date",
        "URL,Title,Selection",
        "headline;source;published",
        '"Ferry, resumed",Herald,2026-12-03',
        "03/12/2026, 08:15 - ",
        "[03.12.26, 08:15:02] ",
        "Tue, Dec 1 2026, 06:00 - ",
        "Jo: ",
        "Jo Doe:",
        "The council voted",
        "ferry",
        "Harbour United",
        "1999",
        "12345",
        ",",
        ":",
        "|",
        " | ",
        "  ",
        " ",
        "",
    ]
)
_LINES = st.lists(_PIECES, max_size=6).map("".join)
_PAGES = st.lists(_LINES, min_size=1, max_size=12)
#: A chat export's lines: a stamp (or none), a sender with its colon (or without), text.
_CHAT_LINES = st.tuples(
    st.sampled_from(["03/12/2026, 08:15 - ", "[03.12.26, 08:15:02] ", "Dec 1 2026, 6:00 - ", ""]),
    st.sampled_from(["Jo: ", "Jo Doe:", "Jo ", "Jo:", ":", ""]),
    st.sampled_from(["hi", "see you at 9:30", " ", ""]),
).map("".join)


def _old_fields(lines: list[str]) -> set[int]:
    """_WrapPage.fields as it was at 6ede5e9f (every field set worked out when first
    asked about a line)."""
    return (
        dump_text._field_lines(lines)
        | dump_text._stamped_rows(lines)
        | dump_text._date_closed_lines(lines)
        | dump_text._tab_rows(lines)
    )


def _old_is_chat_export(lines: list[str]) -> bool:
    """is_chat_export as it was at 6ede5e9f (the stamp's pattern tried on every line)."""
    found = 0
    for line in lines:
        if line[:1].isspace() or not line[:1]:
            continue
        match = chat_stamps.EXPORTED.match(line)
        if match is not None and match["sender"] is not None:
            found += 1
            if found >= MIN_CARDS:
                return True
    return False


@settings(max_examples=500, deadline=None)
@given(_PAGES)
def test_field_starts_are_found_as_before(lines: list[str]) -> None:
    page = dump_text._WrapPage(lines)
    old = _old_fields(lines)
    assert {index for index in range(len(lines)) if page.starts_field(index)} == old


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_CHAT_LINES, _LINES), max_size=8))
def test_chat_exports_are_found_as_before(lines: list[str]) -> None:
    assert chat_stamps.is_chat_export(lines) == _old_is_chat_export(lines)


def test_field_start_examples() -> None:
    dated = ["Ferry service resumes", "Jane Roe · 4 December 2026"] * 3
    page = dump_text._WrapPage(dated)
    assert [page.starts_field(index) for index in range(len(dated))] == [False, True] * 3
    page = dump_text._WrapPage(dated[:4])  # two dated lines: fewer than MIN_WRAPS
    assert not any(page.starts_field(index) for index in range(4))
    labelled = ["Title: Ferry", "Description: The council voted", "Title: Bus"]
    page = dump_text._WrapPage(labelled)
    assert all(page.starts_field(index) for index in range(3))


def test_chat_export_examples() -> None:
    chat = ["03/12/2026, 08:15 - Jo: hi", "03/12/2026, 08:16 - Al: hey"] * 2
    assert chat_stamps.is_chat_export(chat)
    assert not chat_stamps.is_chat_export([line.replace(": ", " ") for line in chat])


def _old_join_spaced_drop_caps(text: str) -> str:
    """join_spaced_drop_caps as it was at 6ede5e9f (the page's words counted whenever a
    line opened with a letter and a space)."""
    candidates = [
        match
        for match in drop_caps._SPACED_CAP.finditer(text)
        if is_upper_case(match.group(2))
        and is_lower_case(match.group(3)[0])
        and drop_caps._SENTENCE_END.search(
            text, match.end(), drop_caps._line_end(text, match.end())
        )
    ]
    if not candidates:
        return text
    words: dict[str, int] = {}
    for word in drop_caps._WORD.findall(text):
        folded = word.casefold()
        words[folded] = words.get(folded, 0) + 1
    parts, last = [], 0
    for match in candidates:
        letter, rest = match.group(2), match.group(3)
        joined = (letter + rest).casefold()
        if words.get(letter.casefold(), 0) > drop_caps._count(candidates, letter):
            continue
        if rest.casefold() in FUNCTION_WORDS and joined not in FUNCTION_WORDS:
            continue
        if joined not in FUNCTION_WORDS and words.get(joined, 0) == 0:
            continue
        parts.append(text[last : match.start(3) - 1])
        last = match.start(3)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


#: Pieces of a drop cap's paragraph: capitals (one whose casefold is two letters, a
#: dotted and a dotless i, a sigma), the rest of words, whole words, function words,
#: sentence ends, spaces and line breaks.
_CAP_PIECES = st.sampled_from(
    [
        "T",
        "he",
        "The",
        "the",
        "W",
        "hen",
        "when",
        "A",
        "a",
        "I",
        "İ",
        "ı",
        "i",
        "n",
        "ẞ",
        "SS",
        "ss",
        "ß",
        "Σ",
        "ας",
        "σας",
        "E",
        "el",
        "eel",
        "traps",
        " came up at dawn",
        "and",
        ".",
        "!",
        "3",
        " ",
        "  ",
        "\n",
        "\n\n",
    ]
)


#: A paragraph's line opening with a letter, a space and the rest of a word, or other
#: pieces; a page of such lines.
_CAP_LINES = st.one_of(
    st.tuples(
        st.sampled_from(["", " "]),
        st.sampled_from(["T", "W", "A", "I", "İ", "ẞ", "Σ", "E", "a"]),
        st.just(" "),
        st.sampled_from(["he", "hen", "n", "S", "ας", "el", "eel", "traps", "ı"]),
        st.lists(_CAP_PIECES, max_size=6).map("".join),
        st.sampled_from([" came up at dawn.", ". ", "!", ""]),
    ).map("".join),
    st.lists(_CAP_PIECES, max_size=8).map("".join),
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_CAP_LINES, max_size=6).map("\n".join))
def test_spaced_drop_caps_are_joined_as_before(text: str) -> None:
    assert drop_caps.join_spaced_drop_caps(text) == _old_join_spaced_drop_caps(text)


def test_spaced_drop_cap_examples() -> None:
    page = "T he eel traps came up at dawn.\nThe eel traps are old."
    assert drop_caps.join_spaced_drop_caps(page) == "The eel traps came up at dawn.\n" + page[32:]
    page = "A man came up at dawn.\nAnother man left."  # "aman" is no word of the page
    assert drop_caps.join_spaced_drop_caps(page) == page


def _old_join_text_nodes(text: str) -> str:
    """join_text_nodes as it was at 6ede5e9f (every line asked whether a cut opens at
    it, three lines stripped for each)."""
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    out: list[str] = []
    position = 0
    joined = False
    while position < len(lines):
        line = lines[position]
        cuts = _old_cuts(lines, position)
        for _ in range(cuts):
            node, rest = lines[position + 1].strip(), lines[position + 2].strip()
            glue = "" if text_nodes._GOES_ON.match(rest) else " "
            line = f"{line.rstrip()} {node}{glue}{rest}"
            position += 2
            joined = True
        out.append(line)
        position += 1
    return "\n".join(out) if joined else text


def _old_cuts(lines: list[str], position: int) -> int:
    cuts = 0
    line = lines[position]
    while position + 2 < len(lines) and _old_cut_at(line, lines[position + 1], lines[position + 2]):
        cuts += 1
        position += 2
        line = f"{line} {lines[position - 1]} {lines[position]}"
        if strip_closing_marks(lines[position].rstrip())[-1:] in SENTENCE_MARKS:
            return cuts
    return 0


def _old_cut_at(before: str, node: str, after: str) -> bool:
    before, node, after = before.strip(), node.strip(), after.strip()
    if not (before and node and after) or text_nodes._ITEM.match(node):
        return False
    if text_nodes._ITEM.match(after):
        return False
    if (
        before[-1] in text_nodes._ENDS
        or node[-1] in text_nodes._ENDS
        or len(node.split()) > text_nodes.NODE_MAX_WORDS
    ):
        return False
    if text_nodes._GOES_ON.match(after):
        return True
    first_word = after.split()[0]
    return (
        opens_upper_case(node)
        and first_word[0].isalpha()
        and is_lower_case(first_word)
        and len(before.split()) >= text_nodes.CUT_MIN_WORDS
    )


#: Lines of a paragraph printed one text node a line: a clause ending inside its
#: sentence, a link's text, the sentence going on (after a comma, in lower case), its
#: end; a list item, a sentence's end, a colon, blanks.
_NODE_LINES = st.sampled_from(
    [
        "ending a closure that forced commuters on a detour through",
        "the council voted on",
        "Ashby Bridge",
        "Harbour United",
        "a name in bold",
        "for almost three weeks.",
        ", the mayor said.",
        ", and more",
        ") and then",
        "which reopened",
        "- a list item",
        "2) second item",
        "It rained.",
        "Source: Example Herald",
        "vor 2 Stunden",
        "one two three four five six seven",
        "“Quoted,”",
        "",
        "  ",
        " indented line",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_NODE_LINES, max_size=12).map("\n".join))
def test_text_nodes_are_joined_as_before(text: str) -> None:
    assert text_nodes.join_text_nodes(text) == _old_join_text_nodes(text)


def test_text_node_examples() -> None:
    cut = "forced commuters on a detour through\nAshby Bridge\nfor almost three weeks."
    assert text_nodes.join_text_nodes(cut) == (
        "forced commuters on a detour through Ashby Bridge for almost three weeks."
    )
    assert text_nodes.join_text_nodes(cut.replace("through", "through.")) == cut.replace(
        "through", "through."
    )

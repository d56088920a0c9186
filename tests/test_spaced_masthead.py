"""Tests of analysis.clean.spaced_masthead: a masthead printed letter by letter."""

from hypothesis import given
from hypothesis import strategies as st

from analysis.clean.site_name import page_site_name
from analysis.clean.spaced_masthead import joined_letters, with_masthead_letters_joined

_PAGE = (
    "{masthead}\n\nHome  News  Sport\n\nFerry timetable to change in May\n\n"
    "By Ana Velt\n3 March 2026\n\n"
    "The ferry to the island will sail twice an hour from May, the operator said.\n\n"
    "Passengers said the later evening sailings were long overdue.\n\nAll rights reserved.\n"
)


def test_spaced_small_and_split_capitals_spell_their_words():
    assert joined_letters("W E S T O N   B U G L E") == "WESTON BUGLE"
    assert joined_letters("ᴡᴇsᴛᴏɴ ʙᴜɢʟᴇ".replace("s", "ꜱ")) == "WESTON BUGLE"
    assert joined_letters("W ESTON B UGLE") == "WESTON BUGLE"
    # initials, page numbers, a menu and a sentence are no such line
    for line in ("B B C", "1 2 3 4 5", "Home  News  Sport", "The ferry sails at noon."):
        assert joined_letters(line) is None


def test_rewritten_lines_keep_their_length_and_the_others_are_untouched():
    lines = ["W E S T O N   B U G L E", "Home  News"]
    joined = with_masthead_letters_joined(lines)
    assert joined[0].rstrip() == "WESTON BUGLE" and len(joined[0]) == len(lines[0])
    assert joined[1] == lines[1]
    assert with_masthead_letters_joined(lines[1:]) == lines[1:]


def test_a_letter_spaced_or_small_capital_masthead_names_the_site():
    for masthead in ("W E S T O N   B U G L E", "ᴡᴇꜱᴛᴏɴ ʙᴜɢʟᴇ"):
        site = page_site_name(_PAGE.format(masthead=masthead).split("\n"))
        assert site is not None and site.name.casefold() == "weston bugle"


# Capitals, small capitals, x, spaces (a no-break one too), a lower-case letter, a figure.
_PIECES = ["T", "H", "E", "a", " ", "  ", "\u00a0", "ᴛ", "ʜ", "x", "X", "1"]


@given(st.lists(st.lists(st.sampled_from(_PIECES)).map("".join), max_size=5))
def test_only_lines_opening_as_a_spelled_masthead_are_read_and_none_is_missed(lines):
    expected = [
        words.ljust(len(line))
        if len(line) <= 200 and (words := joined_letters(line)) is not None
        else line
        for line in lines
    ]
    assert list(with_masthead_letters_joined(lines)) == expected


def test_a_line_opening_with_a_word_is_not_read_letter_by_letter(monkeypatch):
    from analysis.clean import spaced_masthead

    asked: list[str] = []
    monkeypatch.setattr(spaced_masthead, "joined_letters", lambda line: asked.append(line))
    lines = ["The Valley Post", "  N E W S", "news of the day", "ᴛʜᴇ ᴘᴏsᴛ", "12 May 2026"]
    with_masthead_letters_joined(lines)
    assert asked == ["  N E W S", "ᴛʜᴇ ᴘᴏsᴛ"]

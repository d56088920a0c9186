"""analysis.clean.day_parts: a live blog's stamps written with the part of the day
(review h339: Tigrinya, Yoruba, Kazakh, Uyghur, Tibetan and German live blogs)."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body.features import line_features
from analysis.clean.body.rules import inner_datelines, is_stamp
from analysis.clean.day_parts import drop_day_parts, is_day_part_stamp


@pytest.mark.parametrize(
    "line",
    [
        "Morning",
        "Overnight",
        "Abends, 19.30 Uhr",
        "ድሕሪ ቀትሪ 2:15",
        "ቀትሪ",
        "Ìrọ̀lẹ́ 6:20",
        "9:41 òwúrọ̀",
        "Таңертең, 09:41",
        "Түстен кейін",
        "كەچتە 7:20",
        "སྔ་དྲོ་ ༩:༤༡",
        "ఉదయం 9:10",
        "နံနက် ၁၀:၃၀",
    ],
)
def test_a_day_part_alone_or_with_its_time_is_a_stamp(line):
    assert is_day_part_stamp(line)
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line", ["Morning briefing", "The morning after", "9:41", "Evening 3 of 5", "Ferry"]
)
def test_a_line_with_other_words_or_figures_is_no_day_part_stamp(line):
    assert not is_day_part_stamp(line)


def test_drop_day_parts_blanks_only_whole_words():
    assert drop_day_parts("Nachmittags 14.05").split() == ["14.05"]
    assert drop_day_parts("Mornington Crescent") == "Mornington Crescent"


def test_a_live_blog_s_day_part_stamps_are_datelines_between_its_updates():
    """A live blog stamped "Early afternoon, 2:15", "Midday" and "Morning, 9:41" between
    its updates: two words beside the time, or no time at all, made each stamp a line of
    chrome (a gap that cut the updates above it off: Tigrinya 'ድሕሪ ቀትሪ 2:15', 'ቀትሪ');
    now each is a dateline, neutral in the region search, and no body."""
    stamps = ["Early afternoon, 2:15", "Midday", "Morning, 9:41"]
    lines = page(MENU, "Live: storm hits the coast", "By Ann Lee", PARAGRAPHS[0])
    for stamp, paragraph in zip(stamps, PARAGRAPHS[1:], strict=True):
        lines += page("", stamp, paragraph)
    features = line_features(lines)
    found = {lines[features[position].index] for position in inner_datelines(lines, features)}
    assert found == set(stamps)
    assert kept_text(lines) == PARAGRAPHS

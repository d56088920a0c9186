"""Review h399: a Japanese story's closing bracketed byline with its bureau or place
("（輪島支局・藤井健太）", "（ワシントン＝山田太郎）")."""

from __future__ import annotations

import pytest

from analysis.clean.bylines import find_closing_bracket_byline

_BODY = "　組合長の中村幸子さんは「お客さんの笑顔を見られる日がまた来る」と話した。"


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("（輪島支局・藤井健太）", "藤井健太"),
        ("（ワシントン＝山田太郎）", "山田太郎"),
        ("（松田由美）", "松田由美"),  # as before
    ],
)
def test_the_name_after_the_bureau(closing, name):
    lines = [_BODY, "", closing]
    at, start, end = find_closing_bracket_byline(lines, 0)
    assert lines[at][start:end] == name


def test_an_agency_is_no_name():
    assert find_closing_bracket_byline([_BODY, "", "（共同）"], 0) is None

"""Titles in scripts without case and spaces: full-width marks, a CMS's section path and a
caseless site name read off a text dump's title line (review h330)."""

from __future__ import annotations

import pytest

from analysis.clean.html_page import title_parts
from analysis.clean.site_phrases import title_line_site
from analysis.clean.title_separators import caseless_title_name, without_section_path

BODY = [
    "",
    "   {headline}",
    "",
    "   Reporter",
    "",
    "   A paragraph of the story that runs long enough to be prose of its own here.",
]


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("市バス路線を来春再編へ｜北浜新報", ("市バス路線を来春再編へ", "北浜新報")),
        ("捷運延伸線環評過關丨南港日報", ("捷運延伸線環評過關", "南港日報")),
        ("老舊市場改建 攤商盼補助－南港日報", ("老舊市場改建 攤商盼補助", "南港日報")),
        (
            "시내버스 노선 개편안 공개 < 사회 < 기사본문 - 한빛일보",
            ("시내버스 노선 개편안 공개", "한빛일보"),
        ),
    ],
)
def test_title_parts_cut_at_full_width_marks_and_a_section_path(title, parts) -> None:
    assert title_parts(title) == parts


@pytest.mark.parametrize(
    ("headline", "line", "name"),
    [
        ("北浜駅前に子ども食堂", "   北浜駅前に子ども食堂｜北浜新報", "北浜新報"),
        ("江屿地铁二号线开通试运营", "   江屿地铁二号线开通试运营_江屿晚报", "江屿晚报"),
        (
            "한빛천 산책로 조명 설치",
            "   한빛천 산책로 조명 설치 < 지역 < 기사본문 - 한빛일보",
            "한빛일보",
        ),
        (
            "அரசு மருத்துவமனையில் புதிய பிரிவு",
            "   அரசு மருத்துவமனையில் புதிய பிரிவு | தென்றல் செய்திகள்",
            "தென்றல் செய்திகள்",
        ),
    ],
)
def test_a_title_line_names_a_site_in_a_script_without_case(headline, line, name) -> None:
    lines = [line] + [text.format(headline=headline) for text in BODY]
    found = title_line_site(lines)
    assert found is not None and found[0] == name
    at, start, end = found[1]
    assert lines[at][start:end] == name


def test_a_caseless_part_without_a_newspaper_word_is_no_site() -> None:
    # "社会" (society) is a section's label: no name the title line gives
    lines = ["   北浜駅前に子ども食堂｜社会"] + [
        t.format(headline="北浜駅前に子ども食堂") for t in BODY
    ]
    assert title_line_site(lines) is None
    assert not caseless_title_name("社会") and caseless_title_name("南港日報")


def test_a_comparison_is_no_section_path() -> None:
    assert without_section_path("Prices < 5% - Example Daily") == "Prices < 5% - Example Daily"

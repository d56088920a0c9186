"""A Japanese story's writer named in brackets on the line closing it ("（NAME）"), its
byline (analysis.clean.bylines.find_closing_bracket_byline; review h187). Made-up site
and story."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

_HEADER = [
    "港町ジャーナル",
    "",
    "ニュース > 地域",
    "",
    "フェリー運賃、来春から二割値上げへ",
    "",
    "2026年3月3日 10:30",
    "",
]
_BODY = [
    "港湾局は火曜日、来春からフェリー運賃を二割引き上げると発表した。新しい船の費用が理由だという。",
    "",
    "運賃の引き上げは十年ぶりで、島の住民には割引が続けられる見通しだ。",
    "",
    "港湾局は来月、住民向けの説明会を開く予定だ。",
]


def _byline(closing: str | None) -> str | None:
    lines = [*_HEADER, *_BODY] + (["", closing] if closing else [])
    rows = extract_articles("\n".join(lines), "ferry.txt")
    return rows["byline"].iloc[0]


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("（佐々木由香）", "佐々木由香"),  # the writer, closing the story
        ("(佐々木ゆか)", "佐々木ゆか"),
        ("（共同）", None),  # an agency's signature of two characters
        ("（港町新聞社）", None),  # a company's name
        ("（時事通信）", None),  # an agency's
        (None, None),
    ],
)
def test_a_name_in_brackets_closing_a_japanese_story_is_its_byline(closing, byline):
    assert _byline(closing) == byline


def test_a_name_in_brackets_closing_a_chinese_story_is_none():
    lines = [
        "江城日报",
        "",
        "市议会通过明年预算案",
        "",
        "2026年3月3日",
        "",
        "市议会周二在经过近三周的长时间讨论后通过了明年的预算案，多数议员投了赞成票。",
        "",
        "部分议员反对增加交通预算，但多数议员支持该文件，预算案最终获得批准。",
        "",
        "（新华网）",
    ]
    assert extract_articles("\n".join(lines), "budget.txt")["byline"].iloc[0] is None

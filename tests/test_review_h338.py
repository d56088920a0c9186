"""Review h338's findings: a script's own full stop and a site-first dot parting a
title, a caseless title name shown for a page keyed by its URL, a group named before
its noun in a member line."""

from __future__ import annotations

import pytest

from analysis.clean.html_page import title_parts
from analysis.clean.site_phrases import title_line_site
from analysis.clean.title_separators import site_first_parts

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
        ("খেয়াঘাটে নতুন পন্টুন । পদ্মাপাড় সংবাদ", ("খেয়াঘাটে নতুন পন্টুন", "পদ্মাপাড় সংবাদ")),
        ("খেয়াঘাটে নতুন পন্টুন। পদ্মাপাড় সংবাদ", ("খেয়াঘাটে নতুন পন্টুন", "পদ্মাপাড় সংবাদ")),
        ("የወንዙ ድልድይ ተመረቀ ። ጣና ዜና", ("የወንዙ ድልድይ ተመረቀ", "ጣና ዜና")),
        ("江湾晨报·轮渡码头改造完工", ("江湾晨报", "轮渡码头改造完工")),
        ("港島晚報‧渡輪碼頭翻新完成", ("港島晚報", "渡輪碼頭翻新完成")),
    ],
)
def test_title_parts_cut_at_a_script_stop_and_a_site_first_dot(title, parts) -> None:
    assert title_parts(title) == parts


def test_a_dot_inside_a_foreign_name_cuts_no_title() -> None:
    assert site_first_parts("约翰·史密斯访问本市") is None
    assert title_parts("约翰·史密斯访问本市") == ("约翰·史密斯访问本市",)


@pytest.mark.parametrize(
    ("headline", "line", "name"),
    [
        ("খেয়াঘাটে নতুন পন্টুন", "   খেয়াঘাটে নতুন পন্টুন । পদ্মাপাড় সংবাদ", "পদ্মাপাড় সংবাদ"),
        ("খেয়াঘাটে নতুন পন্টুন", "   খেয়াঘাটে নতুন পন্টুন। পদ্মাপাড় সংবাদ", "পদ্মাপাড় সংবাদ"),
        ("የወንዙ ድልድይ ተመረቀ", "   የወንዙ ድልድይ ተመረቀ ። ጣና ዜና", "ጣና ዜና"),
        ("轮渡码头改造完工", "   江湾晨报·轮渡码头改造完工", "江湾晨报"),
    ],
)
def test_a_title_line_parted_by_a_script_stop_or_opening_with_the_site(
    headline, line, name
) -> None:
    lines = [line] + [text.format(headline=headline) for text in BODY]
    found = title_line_site(lines)
    assert found is not None and found[0] == name
    at, start, end = found[1]
    assert lines[at][start:end] == name


def test_a_page_keyed_by_its_url_is_shown_by_its_titles_caseless_name() -> None:
    from analysis.clean.outlet import OutletEvidence, decide_outlet

    url = "https://www.padmaparsangbad.com/national/article/40148"
    titled = OutletEvidence(url=url, html_title_parts=("খেয়াঘাটে নতুন পন্টুন", "পদ্মাপাড় সংবাদ"))
    outlet = decide_outlet(titled, "p.html")
    assert (outlet.name, outlet.key) == ("পদ্মাপাড় সংবাদ", "padmaparsangbad.com")
    # a section's label (no newspaper word) is no name: the domain stays
    section = OutletEvidence(url=url, html_title_parts=("খেয়াঘাটে নতুন পন্টুন", "জাতীয়"))
    assert decide_outlet(section, "p.html").name == "padmaparsangbad.com"


def test_a_group_named_before_its_noun_files_the_page_under_the_paper() -> None:
    from analysis.clean.parent_group import member_site

    lines = [
        "Ferry fares to rise in spring",
        "The Millbrook Record is a Fenwick Valley Media title.",
        "© 2026 Fenwick Valley Media Ltd",
    ]
    line_no, start, end = member_site(lines, "Fenwick Valley Media")
    assert (line_no, lines[line_no][start:end]) == (1, "The Millbrook Record")
    assert member_site(lines, "Harbour Press") is None


def test_a_portal_crediting_its_paper_in_brackets_is_shown_by_its_own_name() -> None:
    from analysis.clean.outlet import OutletEvidence, decide_outlet

    url = "https://news.baram.kr/article/0412/000040259"
    parts = ("[해안일보] 새 다리 공사 본격 착수", "바람뉴스")
    copy = OutletEvidence(url=url, html_title_parts=parts, copyright_holder="해안일보")
    outlet = decide_outlet(copy, "p.html")
    assert (outlet.name, outlet.key) == ("바람뉴스", "baram.kr")
    # the paper's own page, a story label in brackets: its notice still names it
    own = OutletEvidence(
        url="https://www.haeanilbo.example/news/1",
        html_title_parts=("[단독] 새 다리 공사 본격 착수", "해안일보"),
        copyright_holder="해안일보",
    )
    assert decide_outlet(own, "p.html").name == "해안일보"


def test_a_title_line_with_a_section_between_headline_and_site() -> None:
    lines = [
        "   Harbour wall repairs delayed | Money | Wexcombe Evening Post",
        "",
        "   [1]Wexcombe Evening Post",
        "   [2]Money",
        "",
        "                              Harbour wall repairs delayed",
        "",
        "   By Ada Fenwick",
        "",
        "   A paragraph of the story that runs long enough to be prose of its own here.",
    ]
    found = title_line_site(lines)
    assert found is not None and found[0] == "Wexcombe Evening Post"
    # a long middle part is no section's label: no title line read
    long_middle = ["   Harbour wall repairs delayed | Money and markets this week | Site Name"]
    assert title_line_site(long_middle + lines[1:]) is None

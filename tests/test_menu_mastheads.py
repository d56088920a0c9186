"""A site's name in a script or case that does not mark it, at the top of a page over
its menu: a menu printed one entry a line from the home page's entry, a skip link's
label above the name, the menu or the account links set right of the name on its line
(analysis.clean.masthead_context, interface_words, account_links, site_candidates)."""

from __future__ import annotations

from analysis.clean.account_links import left_of_account_links
from analysis.clean.interface_words import is_skip_link
from analysis.clean.masthead_context import opens_menu
from analysis.clean.site_name import page_site_name

STORY = [
    "港口区完成老旧管网改造 明年汛期前投用",
    "2026年12月3日 星期四",
    "来源：本报　作者：林晓",
    "港口区住建局3日通报，老旧管网改造工程已经全部完工，共改造管网十二公里，"
    "惠及居民两万余户。工程总投资约一点二亿元，历时两年。",
    "分享到：微信 微博",
]


def _page(*top: str) -> list[str]:
    return [*top, *STORY]


def test_menu_one_entry_a_line_from_home_opens_under_a_name():
    lines = _page("海湾晚报", "首页", "本地", "财经", "体育", "本地新闻")
    assert opens_menu(lines, 0, with_tagline=False)
    site = page_site_name(lines)
    assert site is not None and site.name == "海湾晚报"
    # the same entries without the home page's: no menu known, no name
    assert not opens_menu(_page("海湾晚报", "本地", "财经", "体育", "本地新闻"), 0, False)


def test_skip_link_over_the_masthead_is_stepped_over():
    assert is_skip_link("跳到主要内容") and is_skip_link("Skip to main content")
    assert is_skip_link("メインコンテンツへスキップ") and not is_skip_link("海湾晚报")
    lines = _page("跳到主要内容", "海湾晚报", "首页", "本地", "财经", "体育", "本地新闻")
    site = page_site_name(lines)
    assert site is not None and site.name == "海湾晚报"


def test_menu_set_right_of_the_name_from_home():
    row = "بوابة الساحل الإخبارية                        الرئيسية  محافظات  اقتصاد  رياضة  فن"
    assert left_of_account_links(row) == "بوابة الساحل الإخبارية"
    # a row of cells that opens with no home page's entry stays whole
    cells = "بوابة الساحل الإخبارية                        محافظات  اقتصاد  رياضة  فن  حوادث"
    assert left_of_account_links(cells) == cells
    lines = [
        row,
        "",
        "محافظات",
        "",
        "افتتاح محطة معالجة مياه جديدة في المدينة تخدم ثلاثمئة ألف مواطن",
        "",
        "كتب: أحمد علي",
        "الخميس 3 ديسمبر 2026",
        "",
        "افتتح محافظ المدينة محطة جديدة لمعالجة مياه الشرب بطاقة مئة ألف متر مكعب "
        "يوميا، تخدم ثلاثمئة ألف مواطن في القرى المجاورة.",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "بوابة الساحل الإخبارية"


CLIPPED = [
    "---",
    'title: "港湾区新码头明年启用｜海湾晚报"',
    'source: "https://haiwan-wanbao.example/news/port"',
    "created: 2026-12-06T09:40:12+08:00",
    "tags:",
    '  - "clippings"',
    "---",
    "海湾晚报",
    "",
    "首页 | 本地 | 财经 | 体育",
    "",
    "# 港湾区新码头明年启用",
    "",
    "2026年12月3日",
    "",
    "港湾区新码头工程已经全部完工，明年春季投入使用，可停靠大型客轮。" * 3,
]


def test_clippers_front_matter_is_no_menu_and_its_title_confirms_the_name():
    from analysis.clean.articles import extract_articles
    from analysis.clean.scraper_header import front_matter_end, header_title

    assert front_matter_end(CLIPPED) == 6
    assert header_title(CLIPPED) == "港湾区新码头明年启用｜海湾晚报"
    assert opens_menu(CLIPPED, 7)  # the tag list above is the clipper's, not a menu
    site = page_site_name(CLIPPED)
    assert site is not None and site.name == "海湾晚报"
    # the name the masthead and the clipped <title> agree on, before the source's host
    (outlet,) = extract_articles("\n".join(CLIPPED), name="clip.md")["outlet"]
    assert outlet == "海湾晚报"

"""analysis.clean.inline_headlines: listings printing each card on one line, headline
first. Made-up text."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.segment import segment_page

BRACKETED = [
    (
        "江城地铁5号线年底通车",
        "江城地铁5号线全线已完成联调联试，预计12月28日开通运营。",
        "江城日报",
    ),
    ("本市将新建三座公园", "市园林局表示，明年将在城东、城西和新区各建一座公园。", "城市晚报"),
    ("冬季供暖提前五天启动", "受冷空气影响，本市集中供暖将于11月10日提前启动。", "民生快报"),
]


def test_a_portals_bracketed_headlines_each_open_a_card():
    # "【Headline】Text" over "date 来源：Outlet": the page gave no article at all (h135)
    lines = ["华夏资讯网", "首页 | 国内 | 国际 | 财经", "", "本地要闻", ""]
    for k, (title, text, outlet) in enumerate(BRACKETED):
        lines += [f"【{title}】{text}", f"2026-12-0{3 - k} 10:20　来源：{outlet}", ""]
    lines += ["加载更多", "Copyright © 2026 华夏资讯网 版权所有"]
    page = "\n".join(lines)
    articles = extract_articles(page, name="portal.txt")
    assert list(articles["title"]) == [title for title, _, _ in BRACKETED]
    assert list(articles["body"]) == [text for _, text, _ in BRACKETED]
    assert list(articles["outlet"]) == [outlet for _, _, outlet in BRACKETED]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert_accounts_for_every_character(segment_page(page, "portal.txt"), page)


DASHED = [
    (
        "Council widens the paid parking zones",
        "From March the zones cover two more districts; residents pay 1,200 a year for a permit.",
        "3. 12. 2026",
    ),
    (
        "Power prices fall in January",
        "The largest suppliers announced cuts of eight to twelve "
        "percent, about 2,000 a year for a household.",
        "3. 12. 2026",
    ),
    (
        "Scientists build a ten-minute tick test",
        "The rapid test needs one drop of blood and could reach pharmacies next year.",
        "2. 12. 2026",
    ),
]


def test_a_list_of_headlines_each_with_its_text_after_a_dash_is_a_listing():
    # a Markdown list exported from a section page: "* Headline — Text (date)" (h135)
    lines = ["# News of the day", "", "City Digest › News", ""]
    lines += [f"  * {title} — {text} ({date})" for title, text, date in DASHED]
    lines += ["", "Older news »", "", "© 2026 City Digest"]
    articles = extract_articles("\n".join(lines), name="list.md")
    assert list(articles["title"]) == [title for title, _, _ in DASHED]
    assert list(articles["body"]) == [text for _, text, _ in DASHED]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-03", "2026-12-02"]


def test_an_articles_list_of_terms_and_explanations_stays_the_article():
    # "* Term — explanation" items inside an article are less than its paragraphs
    paragraph = (
        "The council approved the new parking plan on Tuesday after a long debate, and the "
        "mayor said the first zones would be painted in the spring, street by street."
    )
    lines = ["City Digest", "", "What the new parking plan means", "By Jane Doe", ""]
    lines += [paragraph, "", paragraph.replace("Tuesday", "Monday"), ""]
    lines += [f"  * {title} — {text}" for title, text, _ in DASHED]
    lines += ["", paragraph.replace("spring", "summer"), ""]
    articles = extract_articles("\n".join(lines), name="article.txt")
    assert len(articles) == 1


def test_a_rivers_credited_headlines_each_with_its_lede_after_a_dash_are_cards():
    # an aggregator's river: "Author / Outlet:" over "Headline — Lede", no list mark
    credits = ["Jane Roe / Valley Courier:", "Northside Gazette:", "Sam Poe / Lake Herald:"]
    lines = ["Story River — news from every valley", "Home | Sources | About", ""]
    for credit, (title, text, _) in zip(credits, DASHED, strict=True):
        lines += [credit, f"{title}  —  {text}", "More: Harbour Times, Hill Post", ""]
    lines += ["Headlines belong to their outlets."]
    page = "\n".join(lines)
    articles = extract_articles(page, name="river.txt")
    assert list(articles["title"]) == [title for title, _, _ in DASHED]
    assert list(articles["body"]) == [text for _, text, _ in DASHED]
    assert list(articles["outlet"]) == ["Valley Courier", "Northside Gazette", "Lake Herald"]
    assert list(articles["byline"]) == ["Jane Roe", None, "Sam Poe"]
    assert_accounts_for_every_character(segment_page(page, "river.txt"), page)


def test_datelined_paragraphs_of_a_wire_story_stay_the_article():
    # "PLACE — text" opens paragraphs, no headline before the dash: one article
    paragraph = (
        "The council approved the new parking plan on Tuesday after a long debate, and the "
        "mayor said the first zones would be painted in the spring."
    )
    lines = ["Wire Desk", "", "Parking plan approved", ""]
    for place in ("NORTHMOOR", "EASTVALE", "LAKESIDE"):
        lines += [f"{place} — {paragraph}", ""]
    articles = extract_articles("\n".join(lines), name="wire.txt")
    assert len(articles) == 1


def test_an_articles_paragraphs_with_a_dash_in_their_first_sentence_stay_the_article():
    # "Clause — and the rest of the sentence" paragraphs under no credit line: one article
    lines = ["City Digest", "", "Court lifts the ban on night buses", ""]
    for title, text, _ in DASHED:
        lines += [f"{title} in a ruling on Monday — {text[0].lower()}{text[1:]}", ""]
    lines += ["The council will meet again next week to set the new timetable.", ""]
    articles = extract_articles("\n".join(lines), name="article.txt")
    assert len(articles) == 1

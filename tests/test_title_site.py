"""The site name an HTML page's ``<title>`` prints beside its headline
(analysis.clean.title_site, review h136): the page's outlet when nothing else names the
site."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.page_rows import clean_page
from analysis.clean.read import read_page
from analysis.clean.title_site import is_title_headline

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title></head><body>
<table><tr><td><b>{masthead}</b></td><td>Serving the valley since 1902</td></tr></table>
<h1>Snow plows get GPS trackers so residents can follow them</h1>
<p><i>by Arnold Pike, staff writer</i><br>Wednesday, November 4, 2026</p>
<p>Residents will be able to follow the city's 22 snow plows on a map online this winter,
after the public works department fitted each truck with a GPS tracker.</p>
<p>The map will show which streets have been plowed in the last hour, the department's
director told the council on Tuesday evening.</p>
<p>The city paid $31,000 for the trackers and the software.</p>
<hr><small>{footer}</small></body></html>
"""


@pytest.mark.parametrize(
    ("title", "masthead", "footer", "outlet"),
    [
        (
            "Snow plows get GPS trackers so residents can follow them - Glenhollow Daily",
            "GLENHOLLOW DAILY",
            "18 Main St.",
            "Glenhollow Daily",
        ),
        ("Local News | Glenhollow Daily", "", "Glenhollow Daily, 18 Main St.", "Glenhollow Daily"),
        # the title's headline is not the page's (shortened), its other part never
        # printed: not confirmed, no outlet
        ("Snow plows get GPS trackers - Glenhollow Daily", "", "18 Main St.", None),
        # a section's label, its word in the story in lower case: no site
        ("Snow plows get GPS trackers | City Works", "CITY WORKS", "", None),
    ],
)
def test_the_title_part_the_text_prints_is_the_outlet(tmp_path, title, masthead, footer, outlet):
    path = tmp_path / "plows.html"
    path.write_text(HTML.format(title=title, masthead=masthead, footer=footer), encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet"] if row["outlet_source"] != "unknown" else None) == outlet


LISTING = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><h1>{masthead}</h1><p>Notes from our corner of the valley.</p></header>
<article><h2>The bus shelter on the main street is fixed</h2><p>Posted by Ada Lind on
March 3, 2026</p><p>Crews replaced the shelter's glass panels on Tuesday morning, eleven
months after the first complaint to the transit authority about the broken side.</p>
</article>
<article><h2>The corner bakery changes hands</h2><p>Posted by Omar Reyes on March 1,
2026</p><p>The bakery on the street's corner has a new owner, who will keep its name,
its bread and its opening hours, and add a few tables by the window in spring.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    ("title", "masthead", "outlet"),
    [
        ("Millrace Street Journal", "Millrace Street Journal", "Millrace Street Journal"),
        (
            "Local stories | Millrace Street Journal",
            "Millrace Street Journal",
            "Millrace Street Journal",
        ),
        # a title the first line does not print; a section's words the page writes
        ("Millrace Street Journal", "Our stories", None),
        ("Main Street", "Main Street", None),
    ],
)
def test_a_listings_title_its_first_line_prints_is_the_outlet(tmp_path, title, masthead, outlet):
    # review h135 (L5): an h-feed's <h1> and <title> give the blog's name, no naming cue
    # of the text did; a listing has no headline beside which its title could name it
    path = tmp_path / "notes.html"
    path.write_text(LISTING.format(title=title, masthead=masthead), encoding="utf-8")
    page = read_page(path)
    rows = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert len(rows) == 2
    found = {
        row["outlet"] if row["outlet_source"] != "unknown" else None for _, row in rows.iterrows()
    }
    assert found == {outlet}


STORY = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title></head><body>{logo}
<h1>{headline}</h1>
<p>{text}</p><p>{text}</p></body></html>
"""
_EN_HEADLINE = "Snow plows get GPS trackers so residents can follow them"
_EN_TEXT = (
    "Residents will be able to follow the city's 22 snow plows on a map online this winter,"
    " after the public works department fitted each truck with a GPS tracker."
)
_ZH_HEADLINE = "青川县新建三座公共图书馆"
_ZH_TEXT = "青川县文化局四日表示，三座新图书馆将于明年春季开放，每座藏书约两万册，周末也开放。"
_JA_HEADLINE = "市営バスの新路線、来月から運行へ"
_JA_TEXT = "青川市は四日、市営バスの新しい路線を来月一日から運行すると発表した。運賃は大人二百円。"


@pytest.mark.parametrize(
    ("lang", "title", "logo", "headline", "text", "outlet"),
    [
        # headline, section, site: the far end is the site, printed or not (review h150 F7)
        (
            "en",
            f"{_EN_HEADLINE} - Travel - The Glenhollow Courier",
            "",
            _EN_HEADLINE,
            _EN_TEXT,
            "The Glenhollow Courier",
        ),
        ("zh", f"{_ZH_HEADLINE}_文化频道_青川在线", "", _ZH_HEADLINE, _ZH_TEXT, "青川在线"),
        # a full-width colon before a caseless name the page's first line prints
        (
            "ja",
            f"{_JA_HEADLINE}：青川タイムス",
            "<div>青川タイムス</div>",
            _JA_HEADLINE,
            _JA_TEXT,
            "青川タイムス",
        ),
        # two parts, the headline and a name the page never prints: the site, as a text
        # dump's title line names it (review h199, h211)
        (
            "en",
            f"{_EN_HEADLINE} - The Glenhollow Courier",
            "",
            _EN_HEADLINE,
            _EN_TEXT,
            "The Glenhollow Courier",
        ),
        # the same in a script without case, after a kicker in capitals the heading prints
        (
            "ar",
            "جسر جديد فوق النهر | صحيفة الوادي",
            "",
            "جسر جديد فوق النهر",
            _EN_TEXT,
            "صحيفة الوادي",
        ),
        (
            "en",
            f"{_EN_HEADLINE} · Glenhollow Courier",
            "",
            f"CITY {_EN_HEADLINE}",
            _EN_TEXT,
            "Glenhollow Courier",
        ),
        # the name printed as an entry of the page's menu, a section's: no site
        (
            "en",
            f"{_EN_HEADLINE} - Town Council",
            "<ul><li>Home</li><li>Town Council</li><li>Schools</li></ul>",
            _EN_HEADLINE,
            _EN_TEXT,
            None,
        ),
        # the caseless part printed, but not as the page's first line: a section's label
        (
            "ja",
            f"{_JA_HEADLINE}：地域",
            f"<p>{_JA_TEXT}</p><div>地域</div>",
            _JA_HEADLINE,
            _JA_TEXT,
            None,
        ),
    ],
)
def test_a_titles_site_beside_a_section_or_over_a_caseless_logo_is_the_outlet(
    tmp_path, lang, title, logo, headline, text, outlet
):
    story = STORY.format(lang=lang, title=title, logo=logo, headline=headline, text=text)
    assert _named_outlet(tmp_path, story) == outlet


def _named_outlet(tmp_path, page_html: str) -> str | None:
    """The outlet an HTML story page is read as, None for an unknown site."""
    path = tmp_path / "story.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    return row["outlet"] if row["outlet_source"] != "unknown" else None


@pytest.mark.parametrize(
    ("parts", "site"),
    [
        (("Headline here", "Travel", "The Glenhollow Courier"), "The Glenhollow Courier"),
        (("The Glenhollow Courier", "Travel", "Headline here"), "The Glenhollow Courier"),
        (("Headline here", "Food and Drink Ideas", "The Glenhollow Courier"), None),
        (("Headline here", "Travel", "Home"), None),
        (("Another headline", "Travel", "The Glenhollow Courier"), None),
        (("Headline here", "The Glenhollow Courier"), None),
    ],
)
def test_a_titles_far_end_past_a_section_is_its_site(parts, site):
    from analysis.clean.title_site import sectioned_title_site

    assert sectioned_title_site(parts, "Headline here") == site


_KK_HEADLINE = "Өскеменде жаңа көпір салынады"
_KK_TEXT = (
    "Өскеменде өзен арқылы жаңа көпір салынады, құрылыс келесі көктемде басталады деп "
    "хабарлады қала әкімдігі сейсенбі күні."
)


@pytest.mark.parametrize(
    ("title", "logo", "outlet"),
    [
        # site first, a guillemet between the parts (review h162's html_title_site_first_kk)
        (f"Ертіс күні » Қоғам » {_KK_HEADLINE}", "", "Ертіс күні"),
        # a name in sentence case, the page's first line, before an em dash (review h199
        # F5, html_kk held out)
        (f"Ертіс күні — {_KK_HEADLINE}", "<div>Ертіс күні</div>", "Ертіс күні"),
        # the same part printed, but not as the page's first line: a section's label
        (f"Ертіс күні — {_KK_HEADLINE}", f"<p>{_KK_TEXT}</p><div>Ертіс күні</div>", None),
    ],
)
def test_a_sentence_case_site_before_the_headline_is_the_outlet(tmp_path, title, logo, outlet):
    path = tmp_path / "story.html"
    story = STORY.format(lang="kk", title=title, logo=logo, headline=_KK_HEADLINE, text=_KK_TEXT)
    path.write_text(story, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet"] if row["outlet_source"] != "unknown" else None) == outlet


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("Site » Section » Headline", ("Site", "Section", "Headline")),
        ("Headline :: Site", ("Headline", "Site")),
        # a French title quoting with guillemets is not cut at its closing one
        ("« Non » au nouveau pont - Le Courrier", ("« Non » au nouveau pont", "Le Courrier")),
    ],
)
def test_a_titles_guillemet_and_double_colon_part_it(title, parts):
    from analysis.clean.html_page import title_parts

    assert title_parts(title) == parts


def test_a_title_suffix_the_og_title_carries_too_is_the_outlet(tmp_path):
    # review h199: og:title and <title> both "Headline | Site", the h1 the headline alone
    title = f"{_EN_HEADLINE} | Glenhollow Courier"
    page_html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"></head><body><article>'
        f"<h1>{_EN_HEADLINE}</h1><p>{_EN_TEXT}</p><p>{_EN_TEXT}</p></article></body></html>"
    )
    assert _named_outlet(tmp_path, page_html) == "Glenhollow Courier"


PREFIXED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"></head><body>{kicker}
<h3>Snow plows get GPS trackers</h3>
<p>by Arnold Pike &middot; Wed 4 Nov 2026</p>
<p>Residents will be able to follow the city's 22 snow plows on a map online this winter,
after the public works department fitted each truck with a GPS tracker.</p>
<p>The map will show which streets have been plowed in the last hour, the department's
director told the council on Tuesday evening.</p></body></html>
"""


@pytest.mark.parametrize(
    ("title", "kicker", "headline", "outlet"),
    [
        # h231: "Site: Headline" over a heading printing only the headline
        (
            "Glenhollow Daily: Snow plows get GPS trackers",
            "",
            "Snow plows get GPS trackers",
            "Glenhollow Daily",
        ),
        # the part before the colon printed as a heading of its own: a kicker, not read
        # as the title's site (the title stays whole)
        (
            "Winter Roads: Snow plows get GPS trackers",
            "<h4>Winter Roads</h4>",
            "Winter Roads: Snow plows get GPS trackers",
            None,
        ),
        # no heading printing the part after the colon: the title as given
        (
            "Glenhollow Daily: GPS trackers on every plow",
            "",
            "Glenhollow Daily: GPS trackers on every plow",
            None,
        ),
    ],
)
def test_a_title_written_site_colon_headline(tmp_path, title, kicker, headline, outlet):
    path = tmp_path / "plows.html"
    path.write_text(PREFIXED.format(title=title, kicker=kicker), encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["title"] == headline
    if outlet is not None:
        assert row["outlet"] == outlet


CASELESS = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{headline}"></head>
<body><main><article><h1>{headline}</h1><p>{by}</p><div>{body}</div></article></main>
<footer>{footer}</footer></body></html>
"""


@pytest.mark.parametrize(
    ("lang", "title", "headline", "body", "name"),
    [
        (
            "ja",
            "県立高校の統合案　北浜地区で説明会｜北浜新報",
            "県立高校の統合案　北浜地区で説明会",
            "<p>北浜市は2日、高校の統合に関する計画を発表した。</p>"
            "<p>市の担当者によると、事業費は約5億円に上る見通しだという。</p>"
            "<p>地元の商店街からは、利用者の増加を期待する声が上がっている。</p>",
            "北浜新報",
        ),
        (  # a Korean CMS's title, its "<" a bare character of the title's text
            "ko",
            "한빛시, 청년 월세 지원 확대 < 경제 < 기사본문 - 한빛일보",
            "한빛시, 청년 월세 지원 확대",
            "<p>한빛시는 3일 청년 월세 지원 계획을 발표했다.</p>"
            "<p>시에 따르면 총사업비는 약 5억 원으로, 내년 상반기에 시작할 예정이다.</p>"
            "<p>인근 상인들은 유동 인구가 늘어날 것으로 기대하고 있다.</p>",
            "한빛일보",
        ),
    ],
)
def test_a_caseless_title_names_the_site_not_the_headline(
    tmp_path, lang, title, headline, body, name
) -> None:
    """Review h330: the <h1> opening a page without its logo is no masthead; the
    title's other part, in a script without case, names the site by its newspaper word."""
    path = tmp_path / "story.html"
    page_html = CASELESS.format(
        lang=lang, title=title, headline=headline, by="佐藤 健一", body=body, footer=""
    )
    path.write_text(page_html, encoding="utf-8")
    (article,) = clean_page(read_page(path)).articles
    assert article["outlet"] == name


def test_a_listing_whose_logo_h1_is_the_titles_site_part_keeps_it() -> None:
    """A listing page's logo ``<h1>`` ("ちゅうぶ日報") that trafilatura takes for the
    headline and the title prints beside its section is the site's name, not a headline
    (listings_h135's html_list_ja, listings_h186's korean_html_list_ko)."""
    parts = ("地域のニュース", "ちゅうぶ日報")
    assert not is_title_headline("ちゅうぶ日報", parts, "ちゅうぶ日報")
    assert not is_title_headline("영남새벽신문", ("지역", "영남새벽신문"), "영남새벽신문")
    headline = "県立高校の統合案 北浜地区で説明会"
    assert is_title_headline(headline, (headline, "北浜新報"), headline)


# A static blog's index (Lektor's blog template; Wallisian, review h360's made-up page).
LISTING_H1_SITE = (
    '<!doctype html><meta charset="utf-8"><link rel="stylesheet" '
    'href="../static/style.css"><title>Blog — Te Logo ʻo ʻUvea</title>'
    '\n<body><header><div class="container"><h1><a href="../">Te Logo '
    'ʻo ʻUvea</a></h1><nav><ul class="nav navbar-nav"><li><a href="../">'
    'Kamataʻaga</a></li><li class="active"><a href="../blog/">Blog</a>'
    '</li><li><a href="../about/">Ko Matou</a></li></ul></nav></div>'
    '</header>\n<div class="page"><div class="container">\n<div class="blog-post">'
    '<h2><a href="../blog/u-1/">Ko te ʻu vaka foʻou ʻo Mata-Utu kua '
    'tau</a></h2><p class="meta">Tohi e <a href="../authors/malia/">'
    "Malia Tauvale</a> i te 2026-12-03</p><p>Neʻe tau ki Mata-Utu "
    "ʻi te ʻaho nei te vaka foʻou ʻaē ʻe ina ʻave te ʻu koloa ki "
    'Futuna. ʻE folau tuʻa lua ʻi te māhina.</p></div>\n<div class="blog-post">'
    '<h2><a href="../blog/fakatahi-2/">Ko te fakatahi ʻo te Lotu '
    'ʻi Hihifo</a></h2><p class="meta">Tohi e <a href="../authors/petelo/">'
    "Petelo Falelavaki</a> i te 2026-12-01</p><p>Neʻe fakatahi te "
    "ʻu kolo ʻo Hihifo ʻo teuteuʻi te ʻaho lotu ʻo Tesepeli. ʻE fai "
    'te kātoaga ʻi te malaʻe lahi.</p></div>\n<div class="blog-post">'
    '<h2><a href="../blog/te-3/">ʻE fakaava te ako foʻou ʻi Mua</a>'
    '</h2><p class="meta">Tohi e <a href="../authors/malia/">Malia '
    "Tauvale</a> i te 2026-11-28</p><p>ʻE fakaava ʻi Sanualio te "
    "ako foʻou ʻi Mua ki te ʻu fānau e toko teau. Neʻe tauhi ʻe te "
    'Teritoire te ʻu faʻahi.</p></div>\n<div class="pagination"><span>'
    'Te ʻu pasina:</span> <strong>1</strong> <a href="../blog/page/2/">'
    '2</a></div>\n</div></div><footer><div class="container">&copy; '
    'Copyright 2026 by Te Logo ʻo ʻUvea. Built with <a href="https://www.getlektor.com/">'
    "Lektor</a>.</div></footer></body>"
)


def test_a_listings_h1_masthead_its_copyright_notice_holds_is_the_outlet(tmp_path) -> None:
    """Review h360: a static blog's index prints its name in the ``<h1>`` (the markup's
    headline) and after the title's section ("Blog — Site"); the footer's copyright
    notice holds it too, which no story's headline is: the outlet."""
    path = tmp_path / "index.html"
    path.write_text(LISTING_H1_SITE, encoding="utf-8")
    articles = clean_page(read_page(path)).articles
    assert [a["outlet"] for a in articles] == ["Te Logo ʻo ʻUvea"] * 3


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Watch Harbour Coast TV news at 7 for more.", "Harbour Coast TV"),
        ("The Harbour Coast TV newsroom can be reached by phone.", "Harbour Coast TV"),
        # never printed: the <title> the summary's only header names it (review h438)
        ("Tour operators said they would adjust their prices.", "Harbour Coast TV"),
    ],
)
def test_a_summary_without_its_headline_names_its_titles_site_in_a_line(tmp_path, closing, outlet):
    # review h427: readability-lxml's summary() saved under its title(): no headline,
    # no masthead, the site only in the <title> and a closing line of the story
    html = (
        "<html><head><title>Castle museum to close for three months | Harbour Coast TV"
        "</title></head><body><div><p>The museum at the castle will close for three months"
        " from January for restoration works, the monuments board has announced.</p>"
        "<p>Visitors will still be able to tour the outer courtyard during the works.</p>"
        f"<p>{closing}</p></div></body></html>"
    )
    assert _summary_outlet(tmp_path, html) == outlet


def _summary_outlet(tmp_path, html: str) -> str | None:
    """The outlet of a saved summary page, None when the page names none."""
    path = tmp_path / "summary.html"
    path.write_text(html, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    return row["outlet"] if row["outlet_source"] != "unknown" else None


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Ferry fares rise for winter - Eastmere Gazette", "Eastmere Gazette"),
        ("Ferry fares rise for winter | De Kustkrant", "De Kustkrant"),
        # a part that is no name: a section's label in lower case, no site
        ("Ferry fares rise for winter | local news", None),
    ],
)
def test_a_summary_names_the_site_its_title_alone_prints(tmp_path, title, outlet):
    # review h438's held-out shape: readability-lxml's title() + summary(), the site's
    # name in the <title> only, no line of the text naming it
    html = (
        f"<html><head><title>{title}</title></head><body><div><div><p>Ferry fares to the"
        " islands will rise by six per cent from January, the operator said on Monday,"
        " blaming fuel costs and repairs to its oldest boat.</p><p>Islanders said the"
        " rise would hit families who cross to the mainland for school and work.</p>"
        "</div></div></body></html>"
    )
    assert _summary_outlet(tmp_path, html) == outlet

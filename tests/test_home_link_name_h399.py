"""Review h399: an HTML page's home link printed as text over its menu names the site
when the page prints the name once more (its <title>, its footer)."""

from __future__ import annotations

from lxml import html as lxml_html

from analysis.clean.html_logo import home_link_name
from analysis.clean.html_page import html_metadata

_PAGE = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>{title}</title></head><body>
<div class="header"><a href="/">{home}</a> <a href="/news">ข่าว</a> <a href="/travel">ท่องเที่ยว</a>
</div>
<div class="content"><h1>เชียงใหม่เตรียมรับนักท่องเที่ยวช่วงปีใหม่</h1>
<p>จังหวัดเชียงใหม่คาดว่าจะมีนักท่องเที่ยวกว่า 4 แสนคนในช่วงเทศกาลปีใหม่ โรงแรมในตัวเมืองมียอดจองแล้ว</p>
<p>สำนักงานการท่องเที่ยวจังหวัดเตรียมจัดกิจกรรมตลอดถนนคนเดิน</p></div>
<div class="footer">{footer}</div></body></html>"""


def _page(home="ล้านนาโพสต์", title="เชียงใหม่เตรียมรับ - ล้านนาโพสต์", footer="สงวนลิขสิทธิ์ ล้านนาโพสต์"):
    return _PAGE.format(home=home, title=title, footer=footer)


def test_the_home_links_text_names_the_site():
    assert html_metadata(_page()).site_name == "ล้านนาโพสต์"


def test_printed_once_it_names_nothing():
    page = _page(title="เชียงใหม่เตรียมรับ", footer="สงวนลิขสิทธิ์")
    assert html_metadata(page).site_name is None


def test_a_home_word_is_no_name():
    tree = lxml_html.fromstring(_page(home="หน้าแรก"))
    assert home_link_name(tree) is None


def test_a_link_after_the_headline_is_not_read():
    tree = lxml_html.fromstring(
        '<html><body><h1>Headline</h1><a href="/">Harbour Daily</a></body></html>'
    )
    assert home_link_name(tree) is None


def test_a_word_of_the_titles_longer_name_is_not_the_site():
    # "خبر" (news) as the home link, the <title>'s site part "اورمو خبر" (h279's page)
    page = _page(home="ข่าว", title="เชียงใหม่เตรียมรับ | ลำปาง ข่าว", footer="© ลำปาง ข่าว")
    assert html_metadata(page).site_name != "ข่าว"


def test_an_absolute_root_link_may_be_another_sites():
    # the lead's landing (listings_h294's blog community page): a blog platform's control
    # strip links the platform's own home over the blog ("Powered by" it in the footer);
    # its name was taken for the blog's
    page = _PAGE.format(home="ล้านนาโพสต์", title="ล้านนาโพสต์", footer="Powered by ล้านนาโพสต์").replace(
        '<a href="/">', '<a href="https://www.platform.example/">'
    )
    tree = lxml_html.fromstring(page)
    assert home_link_name(tree) is None

"""Ruby readings over the words of a story are not the story's words."""

from __future__ import annotations

from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes
from analysis.clean.ruby_text import without_ruby_readings

PARAGRAPHS = [
    "<ruby>市<rt>し</rt></ruby>は、<ruby>大雨<rt>おおあめ</rt></ruby>のときに<ruby>川<rt>かわ</rt></ruby>の"
    "<ruby>水<rt>みず</rt></ruby>が<ruby>増<rt>ふ</rt></ruby>えたことを、スマートフォンで"
    "<ruby>知<rt>し</rt></ruby>らせるしくみを<ruby>始<rt>はじ</rt></ruby>めました。",
    "<ruby>川<rp>(</rp><rt>かわ</rt><rp>)</rp></ruby>の<ruby>近<rp>(</rp><rt>ちか</rt><rp>)</rp></ruby>"
    "くに<ruby>置<rp>(</rp><rt>お</rt><rp>)</rp></ruby>いたセンサーが<ruby>水<rt>みず</ruby>の"
    "<ruby>高<rt>たか</rt></ruby>さを<ruby>測<rt>はか</rt></ruby>ります。",
    "<ruby>市<rt>し</rt></ruby>の<ruby>人<rt>ひと</rt></ruby>は「<ruby>早<rt>はや</rt></ruby>く"
    "<ruby>逃<rt>に</rt></ruby>げることができるようにしたい」と<ruby>話<rt>はな</rt></ruby>しています。",
]
PLAIN = [
    "市は、大雨のときに川の水が増えたことを、スマートフォンで知らせるしくみを始めました。",
    "川の近くに置いたセンサーが水の高さを測ります。",
    "市の人は「早く逃げることができるようにしたい」と話しています。",
]


def _page() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'>"
        "<title>川の水位を知らせるしくみ | やさしいニュース</title></head><body>"
        "<header><a href='/'>やさしいニュース</a></header><main><article>"
        "<h1><ruby>川<rt>かわ</rt></ruby>の<ruby>水位<rt>すいい</rt></ruby>を"
        "<ruby>知<rt>し</rt></ruby>らせるしくみ</h1><p>2026年12月3日</p>"
        f"{paragraphs}</article></main><footer>© 2026 やさしいニュース</footer></body></html>"
    )


def test_readings_and_fallback_parentheses_are_taken_out():
    assert without_ruby_readings("<ruby>川<rt>かわ</rt></ruby>") == "<ruby>川</ruby>"
    assert without_ruby_readings("<ruby>水<rp>(</rp><RT>みず</RT><rp>)</rp></ruby>") == (
        "<ruby>水</ruby>"
    )
    # an end tag left out (HTML allows it): the reading stops at the next tag
    assert without_ruby_readings("<ruby>漢<rt>かん<rt>じ</ruby>") == "<ruby>漢</ruby>"
    assert without_ruby_readings("<p>no ruby <rtl-widget>here</rtl-widget></p>") == (
        "<p>no ruby <rtl-widget>here</rtl-widget></p>"
    )


def test_a_story_with_furigana_is_read_without_its_readings():
    page = page_from_bytes(_page().encode(), "yasashii.html", "yasashii.html")
    cleaned = clean_page(page)
    assert len(cleaned.articles) == 1
    article = cleaned.articles[0]
    assert article["body"].split() == PLAIN
    assert article["title"] == "川の水位を知らせるしくみ"

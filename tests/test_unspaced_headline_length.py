"""A headline in Chinese or Japanese longer than 25 characters: each ideograph and kana
is a word to ``count_words``, so a headline of two clauses ("浙江舟山启动海上风电制氢示范
项目 年产绿氢可达1.2万吨", 30 characters) was no title candidate, and a section label
above it became the title; and a print view's masthead that the copyright notice
holds ("Copyright © 2026 NAME All rights reserved.") was taken for the headline
under it (review h329's pages; issue #10). Made-up
sites, people and stories."""

from __future__ import annotations

import pytest

from analysis import extract_articles

ZH_HEADLINE = "滨江新区启动智慧港口示范工程 首期投资可达三十六亿元并于明年投用"
ZH = f"""   晨江日报网
   首页 | 要闻 | 国内 | 国际 | 财经

   要闻

   {ZH_HEADLINE}

   2026-12-05 08:36   来源：晨江日报

   晨江社滨江12月5日电 滨江新区4日启动智慧港口示范工程，首期投资约三十六亿元，建成后港区
   装卸效率预计提高三成以上，并将带动周边物流企业转型升级。

   项目负责人介绍，港区将建设自动化码头和无人集卡车队，所需电力主要来自附近的海上风电场
   和屋顶光伏。

   新区管委会表示，示范工程计划于明年年底全面投入使用。

   版权所有 © 2026 晨江日报网
"""


JA_HEADLINE = "湊川港に大型クルーズ船の専用ターミナル増設　２０２８年春の供用開始を目指す"
JA = f"""印刷用ページ　　　　　　　　　　　　　　［印刷する］［閉じる］

湊川ニュースオンライン

{JA_HEADLINE}

2026年12月5日 6時00分

　湊川県は４日、湊川港の北ふ頭にクルーズ船専用の第２ターミナルを増設すると発表した。
総工費は約３２億円で、２０２８年春の供用開始を目指す。

　湊川港には今年、過去最多の６５隻が寄港した。既存ターミナルでは２隻同時の受け入れが
難しく、船会社から改善を求める声が上がっていた。

Copyright © 2026 湊川ニュースオンライン All rights reserved.
"""


@pytest.mark.parametrize(("page", "headline"), [(ZH, ZH_HEADLINE), (JA, JA_HEADLINE)])
def test_a_long_unspaced_headline_is_the_title(page, headline):
    assert len(headline) > 25
    # (the ideographic space between a Japanese headline's parts is printed as a space)
    assert extract_articles(page, "x.txt").title[0] == headline.replace("\u3000", " ")


def test_headline_words_weighs_han_and_kana_two_to_a_word():
    from analysis.clean.header_lines import headline_words, is_heading_like

    assert headline_words("Council approves the harbour budget") == 5.0
    assert headline_words(ZH_HEADLINE) < 20  # 31 characters, ~16 words
    japanese = "港に大型クルーズ船の専用ターミナル増設　２０２８年春の供用開始を目指す"
    assert is_heading_like(japanese)  # 35 characters: no longer "35 words"
    assert not is_heading_like("港" * 70)  # 35 words' worth: a paragraph's line

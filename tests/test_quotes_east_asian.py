"""Attribution of quotes in Chinese, Japanese and Korean
(analysis/stats/quotes/east_asian.py), made-up sentences."""

import pytest

from analysis.stats.quotes import find_quotes
from analysis.stats.quotes.languages import quote_language


def _attributions(body: str, language: str) -> list[tuple[bool, str | None]]:
    return [(q.attributed, q.speaker) for q in find_quotes(body, language)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the topic before the opening mark, an adjunct between them
        ("森田市長は会見で「橋は5月に開通する」と述べた。", [(True, "森田市長")]),
        # a relative clause and a bracketed age before the name stay out
        ("駅前に住む西村花子さん（41）は「便利になる」と話した。", [(True, "西村花子さん")]),
        # names joined by の
        ("広報課の木村一郎さんは「準備は順調だ」と語った。", [(True, "広報課の木村一郎さん")]),
        # の as a particle after a place: the voice has no speaker named
        ("住民の一部からは「説明が足りない」との声が出ている。", [(True, None)]),
        # no quotative particle: a title or a term, not a quotation
        ("映画「夏の庭」が公開された。", [(False, None)]),
        # the topic between the particle and the verb
        ("「橋は5月に開通する」と森田市長は述べた。", [(True, "森田市長")]),
        ("「橋は5月に開通する」と、森田市長は話す。", [(True, "森田市長")]),
        # a noun the quote qualifies is no speaker
        ("「安心した」という声は多い。", [(True, None)]),
        ("「安心した」との声は多い。", [(True, None)]),
        # "とは" defines a term
        ("「民泊」とは、自宅に客を泊めることだ。", [(False, None)]),
    ],
)  # fmt: skip
def test_japanese(body, expected):
    assert _attributions(body, "ja") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('박영수 구청장은 "다리는 5월에 개통한다"고 말했다.', [(True, "박영수 구청장")]),
        ('서울에 사는 주민 김미경 씨는 "편해졌다"라고 말했다.', [(True, "주민 김미경 씨")]),
        ('이 교수는 "좋은 결과"라며 웃었다.', [(True, "이 교수")]),
        ('영화 "여름의 끝"이 개봉했다.', [(False, None)]),
        # a post saying "…" (라는 글): its writer
        ('한 상인은 SNS에 "주차할 곳이 없다"라는 글을 올렸다.', [(True, "한 상인")]),
    ],
)  # fmt: skip
def test_korean(body, expected):
    assert _attributions(body, "ko") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("区长周海涛在会上表示：“大桥五月通车。”", [(True, "区长周海涛")]),
        ("“方便多了。”住在桥边的居民马丽说。", [(True, "居民马丽")]),
        ("一位司机告诉记者：“以前要绕很远。”", [(True, "一位司机")]),
        ("她说：“我很高兴。”", [(True, "她")]),
        ("这座桥被称为“城市之门”，也是新的地标。", [(False, None)]),
        # a verb and a colon before the quote introduce it, the next clause is the
        # next quote's; a pronoun of one character before an adjunct
        (
            "司机王强对记者说：“以前要绕很远。”他还说，“现在十分钟就到。”",
            [(True, "司机王强"), (True, "他")],
        ),
        # a time word and an adverb are no part of the speaker
        ("区长周海涛昨日在会上表示：“大桥五月通车。”", [(True, "区长周海涛")]),
        ("“方便多了。”住在桥边的马丽如此表示。", [(True, "马丽")]),
        # traditional characters: 寫道, 則
        ("議員林美華則在臉書上寫道：「大橋五月通車。」", [(True, "議員林美華")]),
    ],
)  # fmt: skip
def test_chinese(body, expected):
    assert _attributions(body, "zh") == expected


def test_east_asian_languages_are_read_by_their_own_rules():
    assert [quote_language(code) for code in ("ja", "ko", "zh", "rw")] == ["ja", "ko", "zh", None]


@pytest.mark.parametrize(
    ("language", "pattern", "speaker"),
    [
        ("zh", "“数据{}”王市长说，", "王市长"),
        ("ja", "山田市長は「データ{}」と述べ、", "山田市長"),
        ("ko", '김 시장은 "자료 {}"라고 말했고 ', "김 시장"),  # no sentence end
    ],
)
def test_a_line_of_many_quotes_stays_linear(language, pattern, speaker):
    """A glued page: thousands of quotes on one line, each read within a window."""
    import time

    n = 3000
    body = "".join(pattern.format(i) for i in range(n))
    started = time.process_time()
    found = find_quotes(body, language)
    elapsed = time.process_time() - started
    started = time.process_time()
    find_quotes(" ".join(f'"Item {i}," said Mayor John Gill and' for i in range(n)))
    english = time.process_time() - started
    assert len(found) == n and found[-1].speaker.endswith(speaker)
    assert elapsed < 5 * english + 1.0


def test_japanese_speaker_after_a_cleft():
    body = "「閉店を知って、東京から来ました」と話すのは、会社員の小川美咲さん（29）。"
    (quote,) = find_quotes(body, "ja")
    assert (quote.attributed, quote.speaker_as_printed) == (True, "会社員の小川美咲さん")
    body = "「電車が来れば戻ってくる」と語るのは、旅館を営む佐藤和子さんだ。"
    (quote,) = find_quotes(body, "ja")
    assert quote.speaker_as_printed == "佐藤和子さん"


def test_chinese_recalled_saying_is_one_verb():
    body = "退休教师刘秀英回忆说：“小时候，全家人要排队买票。”"
    (quote,) = find_quotes(body, "zh")
    assert (quote.attributed, quote.speaker_as_printed) == (True, "退休教师刘秀英")


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # "according to" names the source (review h364)
        ("zh", "据市交通局局长欧阳明介绍，“新桥将于明年五月通车”。", "市交通局局长欧阳明"),
        ("zh", "據警方稱：“事故原因仍在調查中。”", "警方"),
        ("ja", "町によると、「新しい橋は来年春に完成する予定だ」という。", "町"),
        ("ko", '경찰에 따르면 "사고 당시 다리 위에 차량은 없었다"고 한다.', "경찰"),
        # a topic still wins over the source of "according to"
        ("ja", "県によると、山田市長は「橋を直す」と述べた。", "山田市長"),
    ],
)  # fmt: skip
def test_according_to_in_east_asian_languages(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker_as_printed == speaker


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("ja", "老舗豆腐店が閉店　常連客「寂しくなる」\n\n豆腐店「まるや」が閉店する。", "常連客"),
        (
            "ko",
            '시장 화재 1년… 상인들 "아직도 임시 점포"\n\n상인들이 장사한다.',
            "상인들",
        ),
        ("zh", "老街书店关门　店主：「我们撑不下去了」\n\n老街的书店昨日关门。", "店主"),
    ],
)
def test_a_headlines_quote_after_its_speakers_noun(language, body, speaker):
    headline, *rest = find_quotes(body, language)
    assert headline.attributed and headline.speaker_as_printed == speaker
    assert all(not q.attributed for q in rest)  # a shop's name in the body is none


def test_a_chinese_quote_inside_the_clause_a_verb_of_saying_reports():
    body = (
        "市长王建国还表示，新桥的设计理念是“安全第一”，希望市民“耐心等待”。"
        "他们说，这座桥叫“彩虹桥”。"
    )
    quotes = find_quotes(body, "zh")
    assert [(q.text, q.attributed, q.speaker_as_printed) for q in quotes] == [
        ("安全第一", True, "市长王建国"),
        ("耐心等待", True, "市长王建国"),
        ("彩虹桥", False, None),  # a name after 叫: no one's words
    ]


def test_a_korean_datelines_sign_is_no_part_of_the_speaker():
    body = '(서울=연합뉴스) 이지은 기자 = 박영수 시장은 7일 "다리를 새로 짓겠다"고 밝혔다.'
    (quote,) = find_quotes(body, "ko")
    assert quote.speaker_as_printed == "박영수 시장"

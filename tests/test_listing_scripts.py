"""Listings in scripts without spaces or case, and in languages writing names in sentence
case: Chinese and Japanese section pages split (their teasers end in 。 and are not
glued to their date lines as a hard wrap), and aggregator cards name their outlets in
Russian, Polish, Arabic and Chinese. Made-up text."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.card_fields import is_name_line, is_name_shaped, is_outlet_name
from analysis.clean.card_lines import find_time, is_prose
from analysis.clean.dump_text import join_hard_wraps
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

DATES = ["2026-05-12 09:40", "2026-05-11 18:05", "2026-05-11 07:30", "2026-05-10 21:15"]

# (headline, teaser) in Chinese and Japanese; teasers of different lengths end in 。
CARDS = {
    "zh": [
        ("河堤加固工程下月动工", "水务局周一宣布，沿河二十公里的堤坝将在雨季前完成加固。"),
        ("老城区公交线路调整", "六条线路将改道绕行施工路段，早高峰增加班次。"),
        ("图书馆延长周末开放时间", "市图书馆从六月起周六周日开放到晚上九点，方便上班族借阅。"),
        ("渔港冷库建设获批", "新冷库预计明年投入使用，可存放三千吨水产品。"),
    ],
    "ja": [
        (
            "堤防の補強工事、来月着工へ",
            "水道局は月曜日、川沿い二十キロの堤防を梅雨前に補強すると発表した。",
        ),
        ("旧市街のバス路線を変更", "工事区間を避けるため六路線が迂回し、朝の便を増やす。"),
        ("図書館、週末の開館時間を延長", "市立図書館は六月から土日も午後九時まで開館する。"),
        (
            "漁港の冷蔵倉庫建設が認可",
            "新しい倉庫は来年稼働し、水産物三千トンを保管できる見込みだ。",
        ),
    ],
}


def _section_page(lang: str, date_first: bool) -> str:
    cards = [
        f"{title}\n{DATES[k]}\n{teaser}" if date_first else f"{title}\n{teaser}\n{DATES[k]}"
        for k, (title, teaser) in enumerate(CARDS[lang])
    ]
    return "河川日報\n\n首页\n新闻\n\n" + "\n\n".join(cards) + "\n\n© 2026 河川日報\n"


def _cleaned(text: str):
    page = page_from_bytes(text.encode("utf-8"), "made_up.txt", "made_up.txt")
    return clean_page(page)


def test_a_teaser_ending_in_a_full_width_sentence_mark_is_prose():
    assert is_prose(CARDS["zh"][0][1])
    assert is_prose(CARDS["ja"][0][1])
    assert is_prose("市议会为什么迟迟没有公布港口扩建的预算？")
    assert not is_prose(CARDS["zh"][0][0])  # a headline has no mark


@pytest.mark.parametrize("lang", ["zh", "ja"])
@pytest.mark.parametrize("date_first", [False, True], ids=["teaser_date", "date_teaser"])
def test_a_chinese_or_japanese_section_page_is_not_joined_as_a_hard_wrap(lang, date_first):
    # each teaser (or headline) over a date line: the date would not have fitted after
    # it, but no line is cut before a character of the script: nothing was wrapped
    page = _section_page(lang, date_first)
    assert join_hard_wraps(page) == page


@pytest.mark.parametrize("lang", ["zh", "ja"])
@pytest.mark.parametrize("date_first", [False, True], ids=["teaser_date", "date_teaser"])
def test_a_chinese_or_japanese_section_page_splits_into_its_cards(lang, date_first):
    result = _cleaned(_section_page(lang, date_first))
    assert [a["title"] for a in result.articles] == [title for title, _ in CARDS[lang]]
    assert [a["published"] for a in result.articles] == [d[:10] for d in DATES]


def test_a_wrapped_chinese_paragraph_cut_before_a_latin_word_is_still_joined():
    # most lines are cut before a character of the script: the page is wrapped, and the
    # line cut before a spaced Latin word is joined too (with its space)
    head = CARDS["zh"][0][1][:20]
    rest = "增长三个百分点。" + "".join(teaser for _, teaser in CARDS["zh"]) * 2
    lines = [head, "GDP " + rest[:16]] + [rest[k : k + 20] for k in range(16, len(rest), 20)]
    page = "河川日報\n\n" + "\n".join(lines) + "\n\n2026-05-12 09:40\n\n© 2026 河川日報\n"
    joined = join_hard_wraps(page).split("\n\n")
    assert joined[1] == head + " GDP " + rest


@pytest.mark.parametrize(
    "name", ["وكالة النهر", "صحيفة الوادي الجديد", "河川日報", "夕刊ニュース", "Il Sole 24 Ore"]
)
def test_a_name_without_case_or_with_a_number_inside_is_an_outlet_name(name):
    assert is_outlet_name(name)
    assert is_name_line(name) or any(c.isdigit() for c in name)


@pytest.mark.parametrize(
    "text",
    [
        "3 hours ago",
        "Updated 5 mins ago",
        "12 comments",
        "Episode 29",
        "Grand Prix 2019",
        "河川日報河川日報河川日報",
        "vor 2 Stunden",
    ],
)
def test_a_time_a_count_or_a_long_run_of_characters_is_no_outlet_name(text):
    assert not is_outlet_name(text)


def test_a_name_in_sentence_case_is_name_shaped_but_no_name_alone():
    assert is_name_shaped("Речной курьер") and not is_outlet_name("Речной курьер")
    assert is_name_shaped("Gazeta nadrzeczna") and not is_outlet_name("Gazeta nadrzeczna")


AGGREGATED = [
    ("Городской совет одобрил ремонт набережной до конца лета", "2026-05-12"),
    ("Паромная переправа откроется на неделю раньше срока", "2026-05-11"),
    ("В старом порту построят новый склад для рыбаков", "2026-05-11"),
    ("Библиотека будет работать по выходным до девяти вечера", "2026-05-10"),
    ("Жители просят перенести автобусную остановку ближе к школе", "2026-05-09"),
]
TEASER_RU = (
    "Депутаты обсуждали проект три месяца, и теперь работы начнутся уже в понедельник, "
    "сообщили в администрации."
)


def _aggregator(outlets: list[str], headlines=AGGREGATED, teaser: str = TEASER_RU) -> str:
    cards = [
        f"{title}\n{outlet}\n{date}\n{teaser}"
        for (title, date), outlet in zip(headlines, outlets, strict=True)
    ]
    return "Newsfinder\n\nTop stories\n\n" + "\n\n".join(cards) + "\n\n© 2026 Newsfinder Ltd\n"


def _outlets(names: list[str], *args) -> list[str]:
    return list(extract_articles(_aggregator(names, *args), name="made_up.txt")["outlet"])


RUSSIAN = ["Речной курьер", "Вечерний вестник", "Речной курьер", "Городская газета", "Вестник"]
POLISH = ["Gazeta nadrzeczna", "Kurier wieczorny", "Gazeta nadrzeczna", "Głos miasta", "Echo"]


@pytest.mark.parametrize("outlets", [RUSSIAN, POLISH], ids=["ru", "pl"])
def test_sentence_case_names_where_the_cards_print_their_outlets_are_the_outlets(outlets):
    # one name printed on two cards, one in Title Case ('Вестник', 'Echo') beside them
    assert _outlets(outlets) == outlets


def test_a_sentence_case_line_printed_once_per_card_is_no_outlet():
    # a short deck under each headline: no two cards print the same one
    decks = ["Что известно сейчас", "Главное за день", "Мнение жителей", "Что дальше", "Итоги"]
    assert not set(_outlets(decks)) & set(decks[:4])
    # the same line under every headline names no one either
    assert "Читать полностью" not in _outlets(["Читать полностью"] * 5)


def test_arabic_and_chinese_outlet_lines_under_the_headline_are_the_outlets():
    arabic = ["وكالة النهر", "صحيفة الوادي", "وكالة النهر", "بريد المدينة", "صوت الساحل"]
    assert _outlets(arabic) == arabic
    chinese = ["河川日报", "晚报", "河川日报", "城市时报", "海岸之声"]
    headlines = [(title, date[:10]) for (title, _), date in zip(CARDS["zh"], DATES, strict=True)]
    headlines.append(("沿海公路夜间封闭施工", "2026-05-09"))
    teaser = "水务局周一宣布，沿河二十公里的堤坝将在雨季前完成加固，工程预计持续三个月。"
    assert _outlets(chinese, headlines, teaser) == chinese


@pytest.mark.parametrize(
    "when",
    ["há {n} horas", "{n} uur geleden", "{n} saat önce", "{n} jam yang lalu", "{n} godziny temu"],
)
def test_cards_dated_relatively_in_other_languages_are_split(when):
    # a section page of one site whose cards end with "há 2 horas" ("2 hours ago"): the
    # relative time is the card's trailer in every language, as "2 hours ago" is
    heads = [
        "Council approves the harbour budget after a long debate",
        "Ferry service resumes on Monday after the repairs",
        "New bridge opens to traffic ahead of its schedule",
        "School board delays its vote on the bus routes",
        "Storm knocks out power to thousands of homes",
    ]
    teasers = [
        "The vote came after four hours of debate in the old town hall.",
        "Repairs to the landing took longer than planned, officials said.",
        "Drivers can use the crossing from Friday morning, the city said.",
        "Parents asked for more time to study the proposed changes.",
        "Crews worked through the night to restore the lines.",
    ]
    cards = [
        f"{head}\n{teaser}\n{when.format(n=k + 1)}"
        for k, (head, teaser) in enumerate(zip(heads, teasers, strict=True))
    ]
    page = "Harbour Daily\n\nLatest\n\n" + "\n\n".join(cards) + "\n\n© 2026 Harbour Daily\n"
    articles = extract_articles(page, name="latest.txt")
    assert articles["title"].tolist() == heads


@pytest.mark.parametrize("day", ["אתמול", "שלשום", "היום"])
def test_a_hebrew_day_word_dates_a_card(day):
    # Hebrew cards dated "לפני 4 שעות" (4 hours ago) and one dated by a day's word
    # ("yesterday", "the day before", "today"): the word is the card's time, not its outlet
    cards = [
        ("הכנסת אישרה את חוק התחבורה הציבורית", day),
        ("מחסור במורים לקראת המחצית השנייה", "לפני 4 שעות"),
        ("נמל העיר מדווח על עלייה בפריקת המכולות", "לפני 6 שעות"),
    ]
    teasers = [
        "חברי המועצה הצביעו ברוב גדול בעד ההצעה, שמאפשרת הפעלת אוטובוסים בסופי שבוע.",
        "לפי נתוני המשרד, החוסר הגדול ביותר הוא במקצועות המתמטיקה והאנגלית בפריפריה.",
        "הנהלת הנמל ייחסה את העלייה להרחבת הרציף הדרומי ולשעות העבודה הנוספות.",
    ]
    page = "חדשות העיר\n\nמבזקים\n\n" + "\n\n".join(
        f"{title}\n{when}\n{teaser}" for (title, when), teaser in zip(cards, teasers, strict=True)
    )
    articles = extract_articles(page + "\n", name="flash.txt")
    assert articles["title"].tolist() == [title for title, _ in cards]
    assert articles["relative_time"].tolist() == [when for _, when in cards]


def test_a_thai_section_page_splits_into_its_cards():
    # Thai writes no sentence mark: a teaser ends in a letter as its headline does, and
    # was never prose (under PROSE_WORDS words); the cards are dated "2 ชั่วโมงที่แล้ว"
    # (2 hours ago)
    cards = [
        (
            "เทศบาลอนุมัติงบซ่อมสะพานข้ามแม่น้ำ",
            "สภาเทศบาลมีมติอนุมัติงบประมาณเพื่อซ่อมแซมสะพานเก่าที่ได้รับความเสียหายจากน้ำท่วม"
            "เมื่อปีที่แล้วและจะเริ่มงานในเดือนหน้า",
            "2 ชั่วโมงที่แล้ว",
        ),
        (
            "ท่าเรือเปิดเส้นทางเรือโดยสารสายใหม่",
            "ผู้จัดการท่าเรือกล่าวว่าเส้นทางใหม่จะช่วยลดเวลาเดินทางของผู้อาศัยในเขตชานเมืองได้ถึงครึ่งชั่วโมงในช่วงเช้า",
            "5 ชั่วโมงที่แล้ว",
        ),
        (
            "โรงเรียนขาดแคลนครูในหลายอำเภอ",
            "สำนักงานการศึกษาเปิดเผยว่ามีตำแหน่งว่างมากกว่าสองร้อยตำแหน่งและเรียกร้องให้รัฐ"
            "เพิ่มค่าตอบแทนแก่ครูในพื้นที่ห่างไกล",
            "1 วันที่แล้ว",
        ),
    ]
    assert all(is_prose(teaser) and not is_prose(title) for title, teaser, _ in cards)
    page = "ข่าวริมน้ำ\n\nข่าวล่าสุด\n\n" + "\n\n".join("\n".join(card) for card in cards)
    articles = extract_articles(page + "\n\n© 2026 ข่าวริมน้ำ\n", name="latest.txt")
    assert articles["title"].tolist() == [title for title, _, _ in cards]
    assert articles["body"].tolist() == [teaser for _, teaser, _ in cards]
    assert articles["relative_time"].tolist() == [when for _, _, when in cards]


TEASER_EN = (
    "The council voted on Tuesday to add two evening crossings, ending a year of complaints "
    "from commuters who work late shifts at the port."
)


@pytest.mark.parametrize(
    ("yesterday", "outlets"),
    [
        ("вчора", ["Західний експрес", "Гірський курʼєр", "Техно Україна"]),  # Ukrainian
        ("เมื่อวาน", ["ข่าวสยามเช้า", "เศรษฐกิจวันนี้", "ไทยเหนือรายวัน"]),  # Thai
        ("gisteren", ["Rivierbode", "Stadsblad Oost", "Kustkoerier"]),  # Dutch
    ],
)
def test_an_aggregator_cards_yesterday_is_its_time_not_part_of_its_outlet(yesterday, outlets):
    # "Outlet · 2 hours ago" was read, "Outlet · yesterday" in these languages was the
    # outlet's name whole, or no cue at all (h135)
    lines = ["News for you", ""]
    titles = [
        "Night train to the coast starts in December",
        "Egg prices fall for the first time in six months",
        "Students build an app that finds the nearest shelter",
    ]
    times = ["2 hours ago", "5 hours ago", yesterday]
    for title, outlet, time in zip(titles, outlets, times, strict=True):
        lines += [f"{outlet} · {time}", title, TEASER_EN, ""]
    articles = extract_articles("\n".join(lines), name="app.txt")
    assert list(articles["outlet"]) == outlets
    assert articles["relative_time"].iloc[-1] == yesterday


@pytest.mark.parametrize(
    ("line", "age"),
    [
        ("Tin Nhanh Miền Tây / 3 giờ", "3 giờ"),  # a feed reader's "Outlet / 3 hours"
        ("4 Std. · Abendpost Nord", "4 Std."),
        ("Sauti ya Pwani · saa 2", "saa 2"),
        ("해안일보 | 5시간", "5시간"),
        ("Kuriren | 12 minuter", "12 minuter"),
    ],
)
def test_a_number_and_its_unit_as_a_field_of_its_own_is_a_cards_age(line, age):
    span = find_time(line)
    assert span is not None and line[slice(*span)] == age


@pytest.mark.parametrize(
    "line",
    [
        "Từ 15 giờ chiều nay, giá xăng giảm",  # "from 15 o'clock this afternoon"
        "Vé: 3 EUR | Hội chợ",  # a currency's code in capitals
        "Der Zug fährt 3 Stunden später",
    ],
)
def test_a_number_and_a_unit_inside_a_sentence_or_a_price_is_no_age(line):
    assert find_time(line) is None


def test_a_feed_readers_cards_aged_without_a_word_for_ago_are_split():
    # review h142 L6: a feed reader in Vietnamese prints "Outlet / 3 giờ" (3 hours) where
    # the English one prints "Outlet / 3h": the line was no meta line and the page one
    # record
    cards = [
        ("Cầu cảng mới đón chuyến tàu đầu tiên", "Tin Nhanh Miền Tây", "3 giờ"),
        ("Chợ nổi kéo dài giờ mở cửa dịp cuối năm", "Báo Phù Sa", "5 giờ"),
        ("Trường làng nhận thêm hai phòng học mới", "Tin Nhanh Miền Tây", "1 ngày"),
    ]
    teaser = "Người dân địa phương cho biết công trình đã được chờ đợi từ nhiều năm nay."
    lines = ["Trình Đọc Tin", "Hôm nay", "", "Tất cả bài viết"]
    for title, outlet, age in cards:
        lines += [title, f"{outlet} / {age}", teaser]
    articles = extract_articles("\n".join(lines), name="reader.txt")
    assert articles["title"].tolist() == [title for title, _, _ in cards]
    assert articles["outlet"].tolist() == [outlet for _, outlet, _ in cards]
    assert articles["relative_time"].tolist() == [age for _, _, age in cards]


@pytest.mark.parametrize("year", ["2026年", "民國115年"], ids=["gregorian", "roc"])
def test_a_chinese_meta_line_of_a_date_and_a_reporters_credit_opens_each_card(year):
    # "2026年5月12日　記者陳怡君／高雄報導": a date and a reporter's credit of a place's
    # report; each character of the script counted as a word, the line was a headline's
    names = ["陳怡君", "林志明", "黃淑芬", "王大明"]
    cards = [
        f"{title}\n{year}5月{12 - k}日\u3000記者{names[k]}／高雄報導\n{teaser}"
        for k, (title, teaser) in enumerate(CARDS["zh"])
    ]
    result = _cleaned("河川日報\n\n首页\n新闻\n\n" + "\n\n".join(cards) + "\n\n© 2026 河川日報\n")
    assert _title_date_byline(result) == [
        (title, f"2026-05-{12 - k:02d}", names[k]) for k, (title, _) in enumerate(CARDS["zh"])
    ]


def _title_date_byline(result) -> list[tuple]:
    return [(a["title"], a["published"], a["byline"]) for a in result.articles]


def test_a_haitian_creole_cards_date_and_byline_make_its_meta_line():
    # "3 desanm 2026 · Pa NAME · Seksyon": Haitian Creole's months and "pa" (by); unread,
    # the line was no meta line and the search page one article
    titles = [
        "Lekòl nan Okap rouvri pòt yo apre inondasyon",
        "Pwofesè nan Jakmèl mande ogmantasyon salè",
        "Kantin lekòl rive nan twa nouvo komin",
    ]
    printed = ["3 desanm 2026", "2 desanm 2026", "30 novanm 2026"]
    names = ["Jean Pierre", "Nadège Étienne", "Marie Joseph"]
    teaser = "Ministè a pwomèt nouvo liv pou timoun yo nan tout lekòl nan depatman an."
    meta = [f"{day} · Pa {name} · Edikasyon" for day, name in zip(printed, names, strict=True)]
    blocks = [f"{title}\n{line}\n{teaser}" for title, line in zip(titles, meta, strict=True)]
    text = "Nouvèl Lakay\n\nRechèch: lekol\n128 rezilta\n\n" + "\n\n".join(blocks)
    result = _cleaned(text + "\n\n‹ Anvan  1  2  3  Pwochen ›\n")
    days = ["2026-12-03", "2026-12-02", "2026-11-30"]
    assert _title_date_byline(result) == list(zip(titles, days, names, strict=True))


def test_a_hebrew_calendar_date_beside_the_gregorian_is_no_cards_outlet():
    # "מאת NAME | כ"ג בכסלו תשפ"ז | 3.12.2026": the Hebrew calendar's date (day and year
    # in Hebrew numerals, no digit) was the first name-like part: every card's outlet
    assert not is_outlet_name('כ"ג בכסלו תשפ"ז') and not is_outlet_name("ה׳ באדר ב׳")
    assert is_outlet_name("קול הגליל")
    titles = [
        "נפתח כביש עוקף חדש בכרמיאל",
        "עונת הזיתים בגליל: יבול שיא",
        "צפת: פסטיבל אורות יוקדם",
    ]
    days = [
        'כ"ג בכסלו תשפ"ז | 3.12.2026',
        'כ"ב בכסלו תשפ"ז | 2.12.2026',
        'כ"א בכסלו תשפ"ז | 1.12.2026',
    ]
    teaser = "משרד התחבורה חנך הבוקר את הכביש החדש. הנסיעה מהעיר לצומת תתקצר בעשר דקות."
    blocks = [
        f"{title}\nמאת נועה לוי | {day}\n{teaser}" for title, day in zip(titles, days, strict=True)
    ]
    result = _cleaned("קול הגליל\nחדשות | אזורי | ספורט\n\n" + "\n\n".join(blocks) + "\n")
    assert [a["title"] for a in result.articles] == titles
    assert {a["outlet"] for a in result.articles} == {"קול הגליל"}
    assert [a["published"] for a in result.articles] == ["2026-12-03", "2026-12-02", "2026-12-01"]

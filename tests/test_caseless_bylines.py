"""A byline's name printed without "By" in a script without case (Han, kana, Thai,
Devanagari, Tamil, Arabic): under the headline, over or under the date line, beside
the date on its line, or with the language's reporter word after it. The name was the
title ("佐藤美咲" over the date outscored the headline) or nothing (review h319's
pages; issue #10). Made-up sites, people and stories."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.caseless_names import caseless_name_shape

# (masthead and menu, headline, body, date line, name) per language
PAGES = {
    "hi": (
        "भारत दर्पण\nहोम | देश | शहर | खेल",
        "नंदपुर में पानी की किल्लत, टैंकरों पर निर्भर कई मोहल्ले",
        "नंदपुर के पूर्वी इलाके के कई मोहल्लों में पिछले दो हफ्तों से नलों में पानी नहीं आ रहा"
        " है। लोगों को रोज़ सुबह टैंकरों की कतार में खड़ा होना पड़ता है।\n\nनगर निगम का कहना"
        " है कि मुख्य पाइपलाइन में दरार आने से आपूर्ति रुकी है और मरम्मत का काम अगले हफ्ते तक"
        " पूरा हो जाएगा।",
        "5 दिसंबर 2026",
        "अमित शुक्ला",
    ),
    "ta": (
        "பாரத் தர்பண்\nமுகப்பு | தமிழ்நாடு | இந்தியா",
        "கடலோர மாவட்டங்களில் கனமழை எச்சரிக்கை",
        "வங்கக் கடலில் உருவாகியுள்ள காற்றழுத்தத் தாழ்வுப் பகுதி காரணமாக அடுத்த மூன்று"
        " நாட்களுக்குக் கடலோர மாவட்டங்களில் கனமழை பெய்யக்கூடும் என்று வானிலை ஆய்வு மையம்"
        " தெரிவித்துள்ளது.\n\nமீனவர்கள் கடலுக்குச் செல்ல வேண்டாம் என்று"
        " அறிவுறுத்தப்பட்டுள்ளனர்.",
        "டிசம்பர் 5, 2026",
        "கவிதா சுப்பிரமணியன்",
    ),
    "ar": (
        "ميريديان\nالرئيسية | المنطقة | اقتصاد",
        "صادرات الأرز تتجه إلى مستوى قياسي هذا العام",
        "أعلنت وزارة التجارة يوم الجمعة أن صادرات الأرز هذا العام مرشحة لبلوغ أعلى مستوى في"
        " تاريخها، ويعود ذلك أساسًا إلى نمو الطلب في آسيا وأفريقيا.\n\nوقال مسؤول في الوزارة إن"
        " الجسور والطرق الجديدة جعلت النقل من الريف إلى الموانئ أسرع من أي وقت مضى.",
        "5 ديسمبر 2026",
        "ليلى حداد",
    ),
    "th": (
        "ข่าวรุ่งอรุณ\nหน้าแรก | ข่าวในประเทศ | เศรษฐกิจ",
        "เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลองเก่า",
        "เทศบาลเมืองริมคลองประกาศเปิดตลาดน้ำแห่งใหม่ในวันเสาร์นี้ โดยมีร้านค้ากว่าหนึ่งร้อยร้าน"
        "เข้าร่วม และจะเปิดทุกวันหยุดสุดสัปดาห์ตลอดทั้งปี\n\nนายกเทศมนตรีกล่าวว่า"
        " ตลาดน้ำจะช่วยสร้างรายได้ให้กับชุมชนและดึงดูดนักท่องเที่ยวให้มาเยือนเมืองมากขึ้น",
        "6 ธันวาคม 2569",
        "ปิยะนุช ศรีสุข",
    ),
    "zh": (
        "晨光日报\n首页 | 国际 | 财经 | 体育",
        "河畔城市公园周末开放夜间音乐节",
        "河畔市文化局周五宣布，城市公园将在本周末首次开放夜间音乐节，邀请市民免费参加。活动将持续"
        "三天，共有二十支本地乐队参加演出。\n\n文化局负责人表示，音乐节旨在丰富市民的夜间文化生活，"
        "同时带动周边餐饮和零售消费。",
        "2026年12月6日 08:30",
        "陈丽华",
    ),
    "ja": (
        "朝凪新聞\nトップ | 国内 | 経済",
        "港町の市場、週末に夜市を初開催",
        "港町市は5日、中央市場で今週末に初めての夜市を開催すると発表した。地元の漁協や農家など約"
        "50店が出店し、新鮮な魚介類や野菜を販売する。\n\n市の担当者は「市場のにぎわいを夜まで"
        "広げ、観光客にも楽しんでもらいたい」と話している。",
        "2026年12月6日",
        "佐藤美咲",
    ),
}
# The reporter's word after the name, as each language prints it.
ROLES = {
    "hi": "अमित शुक्ला, संवाददाता",
    "ta": "கவிதா சுப்பிரமணியன், செய்தியாளர்",
    "ar": "ليلى حداد، مراسلة",
    "th": "ปิยะนุช ศรีสุข ผู้สื่อข่าว",
    "zh": "陈丽华 记者",
    "ja": "佐藤美咲 記者",
}
LAYOUTS = {
    "name over date": "{name}\n{date}",
    "date over name": "{date}\n{name}",
    "name | date": "{name} | {date}",
    "date · name": "{date} · {name}",
    "role over date": "{role}\n{date}",
}


def _page(lang: str, layout: str) -> str:
    top, headline, body, date, name = PAGES[lang]
    meta = LAYOUTS[layout].format(name=name, date=date, role=ROLES[lang])
    return f"{top}\n\n{headline}\n\n{meta}\n\n{body}\n"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_name_is_the_byline_and_the_headline_the_title(lang, layout):
    articles = extract_articles(_page(lang, layout), f"{lang}.txt")
    assert len(articles) == 1
    assert articles.title[0] == PAGES[lang][1]
    assert articles.byline[0] == PAGES[lang][4]


def test_a_section_label_printed_in_the_menu_is_no_byline():
    top, headline, body, date, _ = PAGES["zh"]
    page = f"{top} | 国际新闻\n\n{headline}\n\n国际新闻\n{date}\n\n{body}\n"
    articles = extract_articles(page, "zh.txt")
    assert articles.byline[0] is None


def test_a_place_the_story_names_is_no_byline():
    top, headline, body, date, _ = PAGES["hi"]
    body = body.replace("नंदपुर के पूर्वी", "नई दिल्ली के पूर्वी")
    page = f"{top}\n\n{headline}\n\nनई दिल्ली\n{date}\n\n{body}\n"
    articles = extract_articles(page, "hi.txt")
    assert articles.byline[0] is None


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("陈丽华", True),
        ("山田 太郎", True),
        ("김민수", True),
        ("ปิยะนุช ศรีสุข", True),
        ("अमित शुक्ला", True),
        ("ليلى حداد", True),
        ("शहर", False),  # one word: a section's label as often
        ("河畔城市公园周末开放", False),  # longer than a name
        ("Jane Doe", False),  # a script with case: bylines.py's
        ("陈丽华 2026", False),
    ],
)
def test_the_name_shape(text, shape):
    assert caseless_name_shape(text) is shape


# A label and a colon, a role word before the name, an initial: the name alone is the
# byline (the role word, the label and the initial's place kept out or in as printed).
LABELLED = {
    "ar": ("مراسلة: ليلى حداد", "ليلى حداد"),
    "th": ("ผู้สื่อข่าว: ปิยะนุช ศรีสุข", "ปิยะนุช ศรีสุข"),
    "hi": ("संवाददाता अमित शुक्ला", "अमित शुक्ला"),
    "ta": ("க. சுப்பிரமணியன்", "க. சுப்பிரமணியன்"),
}


@pytest.mark.parametrize("lang", sorted(LABELLED))
def test_a_label_or_role_word_with_the_name(lang):
    top, headline, body, date, _ = PAGES[lang]
    line, name = LABELLED[lang]
    articles = extract_articles(f"{top}\n\n{headline}\n\n{line}\n{date}\n\n{body}\n", "x.txt")
    assert articles.title[0] == headline
    assert articles.byline[0] == name


# The place the story is written from after the name and a spaced separator (Arabic,
# Persian and Urdu pages print "NAME - CITY" or "NAME | CITY" over the date line): the
# name alone is the byline, the line no headline.
PLACED = [
    ("ar", "ليلى حداد - بيروت", "ليلى حداد"),
    ("ar", "ليلى حداد | عمّان", "ليلى حداد"),
    ("hi", "अमित शुक्ला – नई दिल्ली", "अमित शुक्ला"),
    ("th", "ปิยะนุช ศรีสุข | เชียงใหม่", "ปิยะนุช ศรีสุข"),
]


@pytest.mark.parametrize(("lang", "line", "name"), PLACED)
def test_a_place_after_the_name(lang, line, name):
    top, headline, body, date, _ = PAGES[lang]
    for meta in (f"{line}\n{date}", f"{date}\n{line}"):
        articles = extract_articles(f"{top}\n\n{headline}\n\n{meta}\n\n{body}\n", "x.txt")
        assert articles.title[0] == headline
        assert articles.byline[0] == name


def test_a_place_after_the_name_in_urdu():
    headline = "سرکاری اسکولوں میں مفت ناشتہ فراہم کرنے کا اعلان"
    body = (
        "صوبائی حکومت نے آج اعلان کیا ہے کہ شہر کے تمام سرکاری اسکولوں میں اگلے ماہ سے مفت"
        " ناشتہ فراہم کیا جائے گا تاکہ بچوں کی حاضری بہتر ہو سکے۔\n\nوزیر تعلیم نے کہا کہ اس"
        " منصوبے پر سالانہ کئی ارب روپے خرچ ہوں گے اور ابتدائی طور پر دو لاکھ بچے اس سے"
        " مستفید ہوں گے۔"
    )
    page = f"{headline}\n\nعائشہ صدیقی | لاہور\n5 دسمبر 2026\n\n{body}\n"
    articles = extract_articles(page, "ur.txt")
    assert articles.title[0] == headline
    assert articles.byline[0] == "عائشہ صدیقی"


def test_three_words_after_a_separator_are_no_place():
    top, headline, body, date, _ = PAGES["ar"]
    line = "ليلى حداد - تقرير خاص من بيروت"
    articles = extract_articles(f"{top}\n\n{headline}\n\n{line}\n{date}\n\n{body}\n", "x.txt")
    assert articles.byline[0] is None


# The place first, then the name ("القاهرة - أحمد السيد": Egyptian and Persian pages
# print the city before the reporter's name as often as after it). Two words on each
# side read as the name first ("ليلى حداد - بيروت"'s order): the place is one word here.
PLACE_FIRST = [
    ("ar", "بيروت - ليلى حداد", "ليلى حداد"),
    ("ar", "المنصورة - ليلى سامي حداد", "ليلى سامي حداد"),
    ("hi", "लखनऊ – अमित शुक्ला", "अमित शुक्ला"),
]


@pytest.mark.parametrize(("lang", "line", "name"), PLACE_FIRST)
def test_a_place_before_the_name(lang, line, name):
    top, headline, body, date, _ = PAGES[lang]
    for meta in (f"{line}\n{date}", f"{date}\n{line}"):
        articles = extract_articles(f"{top}\n\n{headline}\n\n{meta}\n\n{body}\n", "x.txt")
        assert articles.title[0] == headline
        assert articles.byline[0] == name


# A name with its place whose given name alone is printed elsewhere (a related story's
# headline naming a namesake) is still the byline: a label's or a place's words are
# printed elsewhere all together, a person's given name alone is shared by others.
RELATED = "\n\nأخبار ذات صلة\n  * افتتاح حديقة الملك ليلى في المبرز\n  * انخفاض درجات الحرارة\n"


@pytest.mark.parametrize("line", ["ليلى حداد - بيروت", "بيروت - ليلى حداد"])
def test_a_placed_name_whose_given_name_a_related_headline_prints(line):
    top, headline, body, date, name = PAGES["ar"]
    page = f"{top}\n\n{headline}\n\n{line}\n\n{date}\n\n{body}{RELATED}"
    articles = extract_articles(page, "x.txt")
    assert articles.title[0] == headline
    assert articles.byline[0] == name


def test_a_placed_label_whose_words_the_menu_prints_is_no_byline():
    top, headline, body, date, _ = PAGES["ar"]
    line = "اقتصاد المنطقة - بيروت"  # both words are the menu's
    articles = extract_articles(f"{top}\n\n{headline}\n\n{line}\n{date}\n\n{body}\n", "x.txt")
    assert articles.byline[0] is None

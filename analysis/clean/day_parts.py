"""The words for the parts of the day a live blog writes with or instead of its times.

A live blog stamps each update with its time, and many sites write the part of the day
with it or alone: "Morning", "Overnight", "Abends, 19.30 Uhr", Tigrinya "ንግሆ 9:41"
(morning), "ድሕሪ ቀትሪ 2:15" (afternoon), Kazakh "Таңертең, 09:41", Yoruba "Ìrọ̀lẹ́ 6:20"
(evening), Telugu "ఉదయం 9:10", Tibetan "སྔ་དྲོ་ 9:41". Counted as words, such a phrase made
the stamp a line of text (more than a stamp's one label word) or, alone, no stamp at
all: the update's time was chrome, a gap that split the live blog.

:data:`DAY_PART_WORDS` lists them per language (ISO 639 code): morning, forenoon, noon,
afternoon, evening, night, overnight, midnight and dawn, in the forms a stamp writes
them (adverbs, "in the evening" as one word where the language has one), and the few
words that join them into a phrase ("after" of "after noon", "early", "late"), written
from general knowledge of the languages, no page's text. :func:`drop_day_parts` takes
them out of a line; :func:`is_day_part_stamp` tells a line that is only such a phrase,
maybe with its time.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.clean.pattern_starts import starting_at
from analysis.clean.yearless_dates import CLOCK_TIME
from analysis.text import LETTER_RUN

__all__ = ["DAY_PART_WORDS", "drop_day_parts", "is_day_part_stamp"]

#: The day-part words of each language, lower case (NFC), space-separated; a phrase's
#: joining words ("after", "early", "late") are listed with them.
DAY_PART_WORDS: dict[str, str] = {
    "en": "morning afternoon evening night overnight midday noon midnight dawn early late",
    "de": "morgens vormittags mittags nachmittags abends nachts morgen vormittag mittag "
    "nachmittag abend nacht früh spät",
    "fr": "matin matinée midi après-midi soir soirée nuit minuit aube",
    "es": "mañana mediodía tarde noche madrugada medianoche",
    "pt": "manhã tarde noite madrugada meio-dia meia-noite",
    "it": "mattina mattino pomeriggio sera serata notte mezzogiorno mezzanotte",
    "nl": "ochtend voormiddag middag namiddag avond nacht 's ochtends 's middags 's avonds "
    "'s nachts",
    "sv": "morgon förmiddag eftermiddag kväll natt",
    "pl": "rano przedpołudnie południe popołudnie wieczór wieczorem noc nocą",
    "ru": "утро утром днём днем полдень вечер вечером ночь ночью",
    "uk": "ранок вранці день вдень обід вечір увечері ніч вночі",
    "kk": "таңертең таңғы таң түс түскі түстен кейін кеш кешке кешкі түн түнде түнгі",
    "ky": "эртең менен түштө түштөн кийин кечинде кечки түн түнкү",
    "tr": "sabah öğle öğleden sonra akşam gece",
    "ug": "ئەتىگەن ئەتىگەندە چۈش چۈشتە چۈشتىن كېيىن كەچ كەچتە كەچقۇرۇن كېچە كېچىدە",
    "ar": "صباحا صباحاً الصباح ظهرا ظهراً الظهر عصرا عصراً مساء مساءً المساء ليلا ليلاً الليل",
    "fa": "صبح ظهر بعدازظهر عصر شب نیمه‌شب",
    "ps": "سهار سهار مهال غرمه ماسپښین ماښام شپه",
    "ur": "صبح دوپہر سہ پہر شام رات",
    "hi": "सुबह दोपहर शाम रात",
    "ne": "बिहान दिउँसो साँझ बेलुका राति",
    "mr": "सकाळी दुपारी संध्याकाळी रात्री",
    "bn": "সকাল দুপুর বিকাল বিকেল সন্ধ্যা রাত",
    "gu": "સવારે બપોરે સાંજે રાત્રે",
    "pa": "ਸਵੇਰੇ ਦੁਪਹਿਰ ਸ਼ਾਮ ਰਾਤ",
    "te": "ఉదయం మధ్యాహ్నం సాయంత్రం రాత్రి",
    "ta": "காலை மதியம் மாலை இரவு",
    "kn": "ಬೆಳಿಗ್ಗೆ ಮಧ್ಯಾಹ್ನ ಸಂಜೆ ರಾತ್ರಿ",
    "ml": "രാവിലെ ഉച്ച ഉച്ചയ്ക്ക് വൈകിട്ട് വൈകുന്നേരം രാത്രി",
    "si": "උදේ දහවල් සවස රාත්‍රී රෑ",
    "my": "နံနက် မနက် နေ့လယ် ညနေ ည",
    "th": "เช้า สาย เที่ยง บ่าย เย็น ค่ำ กลางคืน ตอนเช้า ตอนบ่าย ตอนเย็น",
    "lo": "ເຊົ້າ ທ່ຽງ ບ່າຍ ແລງ ກາງຄືນ ຕອນເຊົ້າ ຕອນທ່ຽງ ຕອນບ່າຍ ຕອນແລງ ຕອນກາງຄືນ",
    "km": "ព្រឹក ថ្ងៃត្រង់ រសៀល ល្ងាច យប់",
    "bo": "སྔ་དྲོ ཕྱི་དྲོ ཉིན་གུང དགོང་མོ དགོང་དྲོ མཚན་མོ",
    "dv": "ހެނދުނު މެންދުރު ހަވީރު ރޭގަނޑު ރޭ",
    "am": "ጠዋት ጧት ረፋድ ቀትር ከሰዓት በኋላ ማታ ምሽት ሌሊት",
    "ti": "ንግሆ ቀትሪ ድሕሪ ምሸት ለይቲ",
    "sw": "asubuhi mchana jioni usiku",
    "ha": "safiya rana yamma marece dare",
    "yo": "òwúrọ̀ àárọ̀ ọ̀sán ìrọ̀lẹ́ alẹ́ ọ̀gànjọ́",
    "zh": "上午 下午 早上 中午 晚上 凌晨 深夜",
    "ja": "午前 午後 朝 昼 夕方 夜 深夜",
    "ko": "오전 오후 아침 점심 저녁 밤 새벽",
}

_WORDS = sorted(
    {
        unicodedata.normalize("NFC", word)
        for words in DAY_PART_WORDS.values()
        for word in words.split()
    },
    key=lambda word: (-len(word), word),
)
# A day-part word standing as a word: no letter right before or after it (a script
# writing no spaces, Thai's, Lao's, Chinese', stands its words against the time). Behind
# the look-ahead of its words' first letters (pattern_starts): the alternation of ~300
# words ignoring case is tried only where a line holds one, not at every position.
_DAY_PART = starting_at(
    r"(?<![^\W\d_])(?:" + "|".join(re.escape(word) for word in _WORDS) + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# A time written with the digits of another script ("၁၀:၃၀", "༩:༤༡"): digits, a colon
# or a dot, two digits.
_ANY_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")


def drop_day_parts(text: str) -> str:
    """``text`` with its day-part words (:data:`DAY_PART_WORDS`) blanked out.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    str
        The line, each day-part word replaced by a space.
    """
    return _DAY_PART.sub(" ", unicodedata.normalize("NFC", text))


def is_day_part_stamp(text: str) -> bool:
    """Whether a line is only a day-part phrase, maybe with a clock time ("Morning",
    "Abends, 19.30 Uhr", "ድሕሪ ቀትሪ 2:15", "སྔ་དྲོ་ ༩:༤༡").

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True when the line names a day part and, once its day-part words and clock
        times are taken out, holds no letter and no other figure.
    """
    normal = unicodedata.normalize("NFC", text)
    if _DAY_PART.search(normal) is None:
        return False
    rest = _ANY_CLOCK.sub(" ", CLOCK_TIME.sub(" ", _DAY_PART.sub(" ", normal)))
    return not LETTER_RUN.search(rest) and not any(character.isdigit() for character in rest)

"""Attribution and speakers in the languages of analysis/stats/quotes/languages_further.py
(Somali, Igbo, Malagasy, Burmese), the agent markers of Punjabi and Somali, and the
shapes quotes_h402's held-out pages showed (Urdu "کے بقول", Finnish "todetaan", English
"sighed"), made-up sentences."""

import pytest

from analysis.stats.quotes import find_quotes


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # Somali: the focus marker after the subject, the verb after the quote's colon
        ("so", 'Injineer Cali Nuur ayaa yiri: "Buundada waxaa la furi doonaa bisha Maajo."',
         "Injineer Cali Nuur"),
        # ... with the subject pronoun joined to it after the quote
        ("so", '"Buundada waxaa la furi doonaa bisha Maajo," ayuu yiri Cali Nuur.', "Cali Nuur"),
        # ... a relative clause after the name ("oo ku nool", who lives in)
        ("so", 'Faadumo Xasan oo ku nool degmada Hodan ayaa tiri: "Waddadu waa xiran tahay."',
         "Faadumo Xasan"),
        # ... and a statement between the focus marker and the verb
        ("so", 'Wasaaradda Gaadiidka ayaa qoraal ay soo saartay ku sheegtay in "buundada la '
         'furi doono bisha Maajo".', "Wasaaradda Gaadiidka"),
        # Igbo: "kwuru na" (said that) and the quotative "ka … kwuru" after the quote
        ("ig", 'Injinia Emeka Obi kwuru na "a ga-emeghe akwa mmiri ahụ na Mee".',
         "Injinia Emeka Obi"),
        ("ig", '"A ga-emeghe akwa mmiri ahụ na Mee," ka Emeka Obi kwuru.', "Emeka Obi"),
        # Malagasy: "hoy" and the speaker after it, an article opening a role
        ("mg", '"Hovohana amin\'ny volana mey ny tetezana," hoy Andriamatoa Rabe Solo.',
         "Andriamatoa Rabe Solo"),
        ("mg", '"Hovohana amin\'ny volana mey ny tetezana," hoy ny injeniera.', "ny injeniera"),
        # Punjabi: whatever stands between "ਨੇ" and the verb ("on the phone")
        ("pa", "ਇੰਜੀਨੀਅਰ ਰਾਜ ਸਿੰਘ ਨੇ ਫ਼ੋਨ 'ਤੇ ਦੱਸਿਆ, \"ਪੁਲ ਮਈ ਵਿੱਚ ਖੁੱਲ੍ਹੇਗਾ।\"",
         "ਇੰਜੀਨੀਅਰ ਰਾਜ ਸਿੰਘ"),
    ],
)  # fmt: skip
def test_speaker_in_the_further_languages(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


def test_burmese_quotative_attributes_the_quote():
    body = 'အင်ဂျင်နီယာ ဦးမောင်မောင်က "တံတားကို မေလမှာ ဖွင့်မယ်" ဟု ပြောကြားသည်။'
    (quote,) = find_quotes(body, "my")
    assert quote.attributed


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # Somali "as X said": the speaker after the verb, not "Sida uu" before it
        ("so", 'Sida uu sheegay Wasiirka Gaadiidka, "buundada waxaa la furi doonaa bisha '
         'Maajo".', "Wasiirka Gaadiidka"),
        # Urdu "X کے بقول" (in X's words), Finnish passive "todetaan" after a locative
        ("ur", 'صوبائی وزیر بلدیات کے بقول "مسئلہ جلد حل کر لیا جائے گا"۔', "صوبائی وزیر بلدیات"),
        ("fi", "Tuomiossa todetaan, että rannalla ei ollut ”minkäänlaista välineistöä”.",
         "Tuomiossa"),
    ],
)  # fmt: skip
def test_held_out_shapes_in_thin_languages(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


def test_sighed_is_a_verb_of_saying():
    (quote,) = find_quotes('"A text. On a Friday night. That\'s how they tell you," she sighed.')
    assert quote.attributed and quote.speaker_as_printed == "she"


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # Mongolian: a lower-case word in a case not the subject's between the speaker and
        # the quote ("сурвалжлагчдад", to reporters; "мэдэгдэлдээ", in its statement)
        ("mn", 'Сургуулийн захирал Г.Оюунаа сурвалжлагчдад "Хичээл даваа гарагт эхэлнэ" гэж '
         "мэдэгдэв.", "Сургуулийн захирал Г.Оюунаа"),
        ("mn", 'Яам мэдэгдэлдээ "шинэ гүүр намар ашиглалтад орно" гэж онцолжээ.', "Яам"),
        # Burmese: the subject's "က" joined to the name, an adjunct after it
        ("my", 'ကျောင်းအုပ် ဦးမြင့်ဆွေက သူ၏ ဖေ့စ်ဘုတ်စာမျက်နှာတွင် "ကျောင်း တနင်္လာနေ့ ပြန်ဖွင့်မည်" ဟု '
         "ရေးသားခဲ့သည်။", "ကျောင်းအုပ် ဦးမြင့်ဆွေ"),
        ("my", 'ကျောင်းအုပ် ဦးမြင့်ဆွေက "ကျောင်း တနင်္လာနေ့ ပြန်ဖွင့်မည်" ဟု ပြောကြားသည်။',
         "ကျောင်းအုပ် ဦးမြင့်ဆွေ"),
        # Pashto: the adjunct in "په … کې" (in a statement) before the verb
        ("ps", 'د ښوونځي مدیر ګل احمد په یوه خبرپاڼه کې ویلي چې ښوونځی «د شنبې له ورځې پرانیستل '
         "کېږي».", "ښوونځي مدیر ګل احمد"),
        # Telugu: the reflexive "తన" (his own) opens the verb's adjunct, not the speaker's
        ("te", 'ఉపాధ్యాయుడు శ్రీనివాస్ తన బ్లాగులో "పాఠశాల సోమవారం తెరుస్తారు" అని రాశారు.',
         "ఉపాధ్యాయుడు శ్రీనివాస్"),
        # Hebrew: the joined "and" before a role noun is no part of the speaker
        ("he", 'ודובר המשטרה אמר כי האירוע "הסתיים ללא נפגעים".', "דובר המשטרה"),
    ],
)  # fmt: skip
def test_case_marked_words_and_joined_particles_leave_the_speaker(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # Urdu "X کا کہنا تھا" (X's saying was): the speaker before the genitive "کا"
        ("ur", 'بس ڈرائیور اکرم خان کا کہنا تھا: "سڑک دو دن سے بند ہے۔"', "بس ڈرائیور اکرم خان"),
        ("ur", 'پولیس کے ترجمان علی رضا کا کہنا ہے کہ "تحقیقات جاری ہیں"۔',
         "پولیس کے ترجمان علی رضا"),
        # Igbo "Dịka X si kwuo" (as X said): neither "Dịka" nor "si" in the speaker
        ("ig", 'Dịka onye nkuzi ahụ, Maazị Obinna Eze, si kwuo, "ụlọ akwụkwọ ga-emeghe n\'izu '
         'ọzọ".', "Maazị Obinna Eze"),
        # Hebrew "לדבריו של X" (in his words, of X), an acronym's gershayim in the name
        ("he", 'לדבריו של עו"ד רון לוי, "ההחלטה תוגש לערעור".', 'עו"ד רון לוי'),
    ],
)  # fmt: skip
def test_genitive_and_as_cues_of_saying(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker

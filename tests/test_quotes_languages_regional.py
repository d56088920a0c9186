"""Attribution and speakers in the languages of analysis/stats/quotes/languages_regional.py
(Belarusian to Zulu), made-up sentences."""

import pytest

from analysis.stats.quotes import find_quotes
from analysis.stats.quotes.foreign_attribution import titled_name
from analysis.stats.quotes.foreign_speakers import is_abbreviation


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # a quotative after the quote, the speaker between it and the verb
        ("mn", '"Гүүр тавдугаар сард нээгдэнэ" гэж хотын дарга Т.Болд хэллээ.',
         "хотын дарга Т.Болд"),
        ("te", '"వంతెన మేలో తెరుస్తాం" అని కలెక్టర్ ఎస్. లక్ష్మి అన్నారు.',
         "కలెక్టర్ ఎస్. లక్ష్మి"),
        ("kn", '"ಸೇತುವೆ ಮೇ ತಿಂಗಳಲ್ಲಿ ತೆರೆಯಲಿದೆ" ಎಂದು ಜಿಲ್ಲಾಧಿಕಾರಿ ರಮೇಶ್ ರಾವ್ ಹೇಳಿದರು.',
         "ಜಿಲ್ಲಾಧಿಕಾರಿ ರಮೇಶ್ ರಾವ್"),
        ("gu", '"પુલ મે મહિનામાં ખુલશે", એમ ઇજનેર રાજ મહેતાએ જણાવ્યું.', "ઇજનેર રાજ મહેતાએ"),
        ("or", '"ସେତୁ ମେ ମାସରେ ଖୋଲିବ" ବୋଲି ଯନ୍ତ୍ରୀ ରମେଶ ସାହୁ କହିଛନ୍ତି।', "ଯନ୍ତ୍ରୀ ରମେଶ ସାହୁ"),
        # a verb-final language: the whole phrase between the quote and its verb
        ("ne", '"पुल जेठमा खुल्छ," जिल्ला प्रशासन कार्यालयका प्रमुख हरि थापाले भने।',
         "जिल्ला प्रशासन कार्यालयका प्रमुख हरि थापाले"),
        ("pa", '"ਪੁਲ ਮਈ ਵਿੱਚ ਖੁੱਲ੍ਹੇਗਾ," ਜ਼ਿਲ੍ਹੇ ਦੇ ਇੰਜੀਨੀਅਰ ਰਾਜ ਸਿੰਘ ਨੇ ਦੱਸਿਆ।',
         "ਜ਼ਿਲ੍ਹੇ ਦੇ ਇੰਜੀਨੀਅਰ ਰਾਜ ਸਿੰਘ"),
        # the speaker before the quote, across a colon, and a quotative verb after it
        ("ky", "Инженер Асан Бекова: «Көпүрө май айында ачылат», — деп билдирди.",
         "Инженер Асан Бекова"),
        # a verb before the quote and a quotative after it: the verb's speaker
        ("te", 'ఇంజనీర్ రవి కుమార్ మాట్లాడుతూ, "వంతెన మేలో తెరుస్తాం" అని చెప్పారు.',
         "ఇంజనీర్ రవి కుమార్"),
        # Sinhala's joiner (ZWJ) inside a word
        ("si", '"පාලම මැයි මාසයේ විවෘත වේ" යැයි නියෝජ්‍ය ඇමති නිමල් සිල්වා පැවසීය.',
         "නියෝජ්‍ය ඇමති නිමල් සිල්වා"),
        # Khmer and Lao: the title and the name, not the role after it
        ("km", "លោក សុខ ដារ៉ា វិស្វករក្រសួង បាននិយាយថា «ស្ពាននឹងបើកនៅខែឧសភា»។",
         "លោក សុខ ដារ៉ា"),
        ("lo", 'ທ່ານ ບຸນມີ ສີລາ ຫົວໜ້າພະແນກ ໂຍທາ ແລະ ຂົນສົ່ງ ກ່າວວ່າ: "ຂົວຈະເປີດໃນເດືອນພຶດສະພາ".',
         "ທ່ານ ບຸນມີ ສີລາ"),
        ("jv", '"Kretege mlebu jam pitu," ujare Pak Slamet, masinis.', "Pak Slamet"),
        ("qu", '"Chakaqa mayo killapi kicharikunqa", nispa nirqan ingeniero Luis Quispe.',
         "ingeniero Luis Quispe"),
        ("xh", '"Ibhulorho iza kuvulwa ngoMeyi," utshilo uMnu Sipho Dube.', "uMnu Sipho Dube"),
        ("zu", '"Ibhuloho lizovulwa ngoMeyi," kusho uNkk Zodwa Nxumalo.', "uNkk Zodwa Nxumalo"),
        ("ps", "انجنیر احمد شاه وویل: «پل به په غویي کې پرانیستل شي.»", "انجنیر احمد شاه"),
        ("be", "— Мост адкрыюць у траўні, — сказаў інжынер Павел Крук.", "інжынер Павел Крук"),
    ],
)  # fmt: skip
def test_speaker_in_the_regional_languages(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        ("mr", 'अभियंत्यांच्या मते, "पूल मे महिन्यात खुला होईल".', "अभियंत्यांच्या"),
        ("ml", 'എഞ്ചിനീയർ രവി മേനോന്റെ അഭിപ്രായത്തിൽ "പാലം മേയിൽ തുറക്കും".',
         "എഞ്ചിനീയർ രവി മേനോന്റെ"),
        ("si", 'ඉංජිනේරු දෙපාර්තමේන්තුවට අනුව, "පාලම මැයි මාසයේ විවෘත වේ".',
         "ඉංජිනේරු දෙපාර්තමේන්තුවට"),
        ("kn", 'ಎಂಜಿನಿಯರ್ ರಾಜು ಅವರ ಪ್ರಕಾರ, "ಸೇತುವೆ ಮೇ ತಿಂಗಳಲ್ಲಿ ತೆರೆಯಲಿದೆ".', "ಎಂಜಿನಿಯರ್ ರಾಜು"),
        ("be", "Па словах інжынера Паўла Крука, мост «адкрыюць у траўні».", "інжынера Паўла Крука"),
        ("jv", 'Miturut Bu Warsini, "pasar dibukak maneh dina Senin".', "Bu Warsini"),
    ],
)  # fmt: skip
def test_according_to_in_the_regional_languages(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


def test_a_marathi_sentence_ends_after_a_word_of_two_syllables():
    # "आहे." (is) ends a sentence; "डॉ." and "प्रा." (one syllable) are titles
    assert not is_abbreviation("आहे")
    assert is_abbreviation("डॉ") and is_abbreviation("प्रा") and is_abbreviation("Dr")
    body = 'पूल जुना आहे. अभियंता सुनील जाधव म्हणाले, "पूल मे महिन्यात खुला होईल."'
    (quote,) = find_quotes(body, "mr")
    assert quote.speaker == "अभियंता सुनील जाधव"


def test_a_titled_name_only_in_khmer_and_lao():
    text = "លោក សុខ ដារ៉ា វិស្វករក្រសួង"
    assert titled_name(text, 0, len(text), "km") == (0, len("លោក សុខ ដារ៉ា"))
    assert titled_name("Mr Sok Dara engineer", 0, 20, "en") is None
    assert titled_name("វិស្វករក្រសួង", 0, 13, "km") is None


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # "according to" joined to the speaker's first word, a role and its titled name
        ("xh", 'Ngokuka-mphathi, uMnu Sizwe Tshabalala, "amanzi aza kubuya ngoLwesithathu".',
         "mphathi, uMnu Sizwe Tshabalala"),
        ("zu", 'Ngokuka-Thabo Mkhize, "amanzi azobuya ngoLwesithathu".', "Thabo Mkhize"),
        # the genitive prefix joined to the name after a separate "according to"
        ("zu", 'Ngokusho kukaDkt Lwazi Zungu, "amanzi azobuya ngoLwesithathu".',
         "Dkt Lwazi Zungu"),
        ("zu", 'Ngokusho kuka-Thabo Mkhize, "amanzi azobuya ngoLwesithathu".', "Thabo Mkhize"),
    ],
)  # fmt: skip
def test_according_to_joined_to_the_speaker_in_xhosa_and_zulu(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "according to" joined to the title before the quote
        ("យោងតាមលោកស្រី សុខ ដារ៉ា គ្រូបង្រៀន «សាលានឹងបើកវិញនៅខែក្រោយ»។", "លោកស្រី សុខ ដារ៉ា"),
        # after the quote, joined to "this" before it and to "the statement of" after it
        ("«ទឹកបានស្រកហើយ» នេះបើតាមការបញ្ជាក់របស់លោក ចាន់ វិបុល មេភូមិ។", "លោក ចាន់ វិបុល"),
    ],
)  # fmt: skip
def test_according_to_joined_to_the_words_around_it_in_khmer(body, speaker):
    (quote,) = find_quotes(body, "km")
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        'नाशिकमधील शिक्षक सुनील पाटील म्हणाले, "शाळा सोमवारी उघडेल."',
        'साताऱ्यातील शिक्षक सुनील पाटील म्हणाले, "शाळा सोमवारी उघडेल."',
    ],
)
def test_a_marathi_place_adjective_before_the_role_is_no_part_of_the_speaker(body):
    (quote,) = find_quotes(body, "mr")
    assert quote.attributed and quote.speaker == "शिक्षक सुनील पाटील"


def test_single_marks_quote_beside_double_ones_in_malayalam_only():
    # Malayalam papers print a quotation in ‘ ’ as readily as in " " (h318)
    body = (
        '"പാലം മേയിൽ തുറക്കും" എന്ന് എഞ്ചിനീയർ രവി മേനോൻ പറഞ്ഞു.\n\n'
        "നഗരസഭയുടെ അഭിപ്രായത്തിൽ ‘ഗതാഗതക്കുരുക്ക് താൽക്കാലികം മാത്രമാണ്’."
    )
    quotes = find_quotes(body, "ml")
    assert [(q.mark_style, q.speaker) for q in quotes] == [
        ("double", "എഞ്ചിനീയർ രവി മേനോൻ"),
        ("single", "നഗരസഭയുടെ"),
    ]
    assert quotes[1].text == "ഗതാഗതക്കുരുക്ക് താൽക്കാലികം മാത്രമാണ്"
    # nested in a double span it stays part of it; other languages keep the one family
    nested = find_quotes('അദ്ദേഹം പറഞ്ഞു: "റോഡ് ‘ഉടൻ’ തുറക്കും".', "ml")
    assert [q.text for q in nested] == ["റോഡ് ‘ഉടൻ’ തുറക്കും"]
    english = "\"We open in May,\" said Ravi Menon. The council called it 'a temporary jam'."
    assert [q.text for q in find_quotes(english)] == ["We open in May,"]


@pytest.mark.parametrize(
    ("language", "body", "verb"),
    [
        # "wrote" and "mentioned" after a quotative are verbs, not the speaker
        ("te", 'రైతు నాయకుడు రవి తన పేజీలో "మా పంట నేరుగా మార్కెట్‌కు వెళ్తుంది" అని రాశారు.',
         "రాశారు"),
        ("si", 'අමාත්‍යාංශය "තීන්දුව අනුව කටයුතු කරනු ඇත" යැයි සඳහන් කළේය.', "සඳහන්"),
    ],
)  # fmt: skip
def test_writing_and_mentioning_verbs_are_no_speaker(language, body, verb):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker and verb not in quote.speaker


def test_gujarati_wrote():
    (quote,) = find_quotes('"પુસ્તક મેળો સુંદર ઉત્સવ છે," લેખક ધ્રુવ ભટ્ટે લખ્યું.', "gu")
    assert quote.attributed and quote.speaker == "લેખક ધ્રુવ ભટ્ટે"

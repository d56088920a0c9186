"""A masthead printed once whose case does not mark it as a name (a script without case,
sentence case, a particle no list holds), and the header lines between a masthead and
the headline (review h136, F10). Made-up sites and stories."""

from __future__ import annotations

import re

import pytest

from analysis.clean.masthead_lines import plain_masthead, running_head_name
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.clean.site_name import page_site_name

PROSE = (
    "The harbour board voted on Tuesday to raise ferry fares by a fifth next spring, "
    "ending a year of talks with the operator over the cost of new boats."
)
HEADLINE = "Ferry fares will rise by a fifth next spring"
_AR_PROSE = (
    "صوت مجلس الميناء يوم الثلاثاء على رفع أسعار تذاكر العبارات بنسبة الخمس في الربيع "
    "المقبل بعد عام من المحادثات مع الشركة المشغلة."
)
_JA_PROSE = (
    "港湾局は火曜日、来春からフェリー運賃を二割引き上げると発表した。新しい船の費用が理由だという。"
)
_KO_PROSE = (
    "항만청은 화요일 내년 봄부터 여객선 요금을 20% 올리기로 했다고 밝혔다. "
    "새 선박 구입 비용 때문이다."
)

# (masthead, section label, headline, byline or date, prose)
_PAGES = {
    "arabic": (
        "صحيفة المرفأ اليومي",
        "محليات",
        "رفع أسعار تذاكر العبارات في الربيع المقبل",
        "بقلم: ليلى منصور",
        _AR_PROSE,
    ),
    "japanese": (
        "港町ジャーナル",
        "地域",
        "フェリー運賃、来春から二割値上げへ",
        "2026年3月3日",
        _JA_PROSE,
    ),
    "korean": (
        "항구신문24",
        "사회",
        "여객선 요금 내년 봄부터 20% 오른다",
        "이수진 기자",
        _KO_PROSE,
    ),
    "particle": ("Sauti ya Bandari", "Habari za Kitaifa", HEADLINE, "Na Ana Lim", PROSE),
    "sentence case": ("Přístavní deník Jih", "Zprávy", HEADLINE, "Autor: Ana Lim", PROSE),
    # Georgian's Mkhedruli: lower case to Python, no case in running text (review h162)
    "georgian": (
        "ბათუმის ამბები",
        "საზოგადოება",
        "ბორნის ბილეთები გაძვირდება",
        "ავტორი: ნინო ბერიძე",
        "პორტის საბჭომ სამშაბათს გადაწყვიტა, რომ ბორნის ბილეთები გაზაფხულიდან მეხუთედით"
        " გაძვირდება, ახალი გემების ფასის გამო.",
    ),
}


def _lines(masthead: str, section: str | None, headline: str, meta: str, prose: str):
    header = [masthead, ""] + ([section, ""] if section else [])
    return [*header, headline, "", meta, "", prose, "", prose]


@pytest.mark.parametrize("page", list(_PAGES))
def test_a_name_case_does_not_mark_over_the_stories_section_names_the_site(page):
    masthead, section, headline, meta, prose = _PAGES[page]
    found = page_site_name(_lines(masthead, section, headline, meta, prose))
    assert found is not None and (found.name, found.source) == (masthead, "page")


@pytest.mark.parametrize("page", [page for page in _PAGES if page != "particle"])
def test_such_a_line_right_over_the_headline_is_a_sections_label_no_site(page):
    # "地域" over the headline is a section's label: the same line, the same place (a
    # name whose capitals a particle joins is read as one in Title Case: below)
    masthead, _, headline, meta, prose = _PAGES[page]
    if page == "arabic":  # "صحيفة" (newspaper) marks a name: see the test below
        masthead = masthead.split(" ", 1)[1]
    if page == "sentence case":  # "deník" (daily) marks a name too (review h162)
        masthead = "Zprávy z regionu"
    assert page_site_name(_lines(masthead, None, headline, meta, prose)) is None


@pytest.mark.parametrize(
    "masthead",
    [
        "Sauti ya Bandari",  # Swahili
        "Habari ga Lukoma",  # Luganda-like "ga"
        "Ka Nūpepa o Kona",  # Hawaiian, an article opening it
        "Dikgang tsa Lefatshe",  # Setswana
        "Naidheachdan nan Loch",  # Scottish Gaelic
        "Balita sa Lungsod",  # Cebuano
    ],
)
def test_capitals_a_particle_joins_right_over_the_headline_name_the_site(masthead):
    # review h199 F2: a name whose capitals a particle no list holds joins, printed once
    # right over the headline, names the site as a name in Title Case there does ("Local
    # News"): the capital after the particle marks a name (site_phrases.
    # capitals_mark_joined_name); it named none
    found = page_site_name(_lines(masthead, None, HEADLINE, "3 March 2026", PROSE))
    assert found is not None and (found.name, found.source) == (masthead, "page")


@pytest.mark.parametrize(
    "top",
    [
        "Fire at the Mill",  # English's short words: a Title Case headline's
        "Man to Face Trial",
        "Habari za Pwani na Bara",  # five words: more than a masthead's
        "Habari za kitaifa",  # sentence case: a section's label as often
    ],
)
def test_other_lines_with_short_lower_case_words_right_over_the_headline_name_no_site(top):
    found = page_site_name(_lines(top, None, HEADLINE, "3 March 2026", PROSE))
    assert found is None or found.name != top


def test_a_newspapers_word_marks_the_line_right_over_the_headline_as_the_site():
    # "صحيفة X" (newspaper X) right over the headline is the paper's name, no section's
    # label (review h150; analysis.clean.newspaper_words)
    masthead, _, headline, meta, prose = _PAGES["arabic"]
    found = page_site_name(_lines(masthead, None, headline, meta, prose))
    assert found is not None and (found.name, found.source) == (masthead, "page")


@pytest.mark.parametrize(
    "masthead",
    [
        "د کونړ ورځپاڼه",  # Pashto "newspaper", closing the name
        "ڕۆژنامەی ئاسۆی شار",  # Sorani "newspaper of", opening it
        "ጋዜጣ ሓዳስ ንጋት",  # Tigrinya "newspaper", opening it
        "ባሕር ዳር ጋዜጣ",  # Amharic, closing it
        "નર્મદા કિનારો દૈનિક",  # Gujarati "daily", the adjective closing the name: its noun
        "ತುಂಗಾ ತೀರ ಪತ್ರಿಕೆ",  # Kannada "newspaper"
        "ଦୈନିକ ମହାନଦୀ କୂଳ",  # Odia "daily", opening a name of three words
        "ਰੋਜ਼ਾਨਾ ਸਤਲੁਜ ਖ਼ਬਰ",  # Punjabi "daily"
        "Zarafshon Sohili gazetasi",  # Uzbek "its newspaper", suffixed
        "Gazeti la Upepo wa Ziwa",  # Swahili, five words, the linking ones in lower case
        "Pahayagang Boses ng Isla",  # Tagalog "newspaper" and its linker
        "Il-Leħen tar-Raħal",  # Maltese "the voice", its article joined by a hyphen
        "Нёманская праўда",  # Belarusian "truth", a regional paper's noun
        "Подільська газета «Сад»",  # Ukrainian: the name in guillemets after "newspaper"
        "ໜັງສືພິມ ຂ່າວໃຕ້",  # Lao "newspaper", written apart from the name
        "هفته\u200cنامه ندای کویر",  # Persian "weekly", a zero-width non-joiner in it
    ],
)
def test_a_newspapers_word_of_more_languages_marks_the_line_over_the_headline(masthead):
    # review h177 F2: each masthead right over the headline named no site
    found = page_site_name(_lines(masthead, None, HEADLINE, "3 March 2026", PROSE))
    assert found is not None and (found.name, found.source) == (masthead, "page")


@pytest.mark.parametrize(
    "label",
    [
        "ਰੋਜ਼ਾਨਾ ਜੀਵਨ",  # Punjabi "daily life": the adjective opening a section's label
        "ਰੋਜ਼ਾਨਾ ਜੀਵਨ ਵਿੱਚ ਯੋਗ",  # ... "yoga in daily life", a postposition in it
        "Habari za Pwani na Bara",  # five words, no newspaper's word: a section's label
        "Місто «Сад»",  # a name in guillemets, no newspaper's word
    ],
)
def test_a_label_without_a_newspapers_word_right_over_the_headline_is_no_site(label):
    assert page_site_name(_lines(label, None, HEADLINE, "3 March 2026", PROSE)) is None


@pytest.mark.parametrize(
    "menus", [["Головна › Новини › Місто"], ["  • Головна", "  • Новини", "  • Спорт"]]
)
def test_a_name_in_sentence_case_over_the_menu_names_the_site(menus):
    prose = (
        "Міська рада у вівторок затвердила новий бюджет портового району після "
        "багатомісячних суперечок депутатів про вартість робіт на набережній."
    )
    lines = ["Портовий вісник", *menus, "", "Рада затвердила бюджет порту", "", prose]
    assert page_site_name(lines).name == "Портовий вісник"


def test_a_controls_label_in_another_language_over_a_tagline_and_the_menu_is_no_site():
    # "Skip to content" in Russian, the search box's label, then the menu's list
    lines = ["Перейти к содержимому", "Поиск:", "  • Образование", "  • Спорт", "  • Город"]
    prose = (
        "Городской совет во вторник утвердил новый бюджет портового района, завершив "
        "многомесячные споры депутатов о стоимости работ на набережной."
    )
    assert page_site_name([*lines, "", "Совет утвердил бюджет", "", prose]) is None


@pytest.mark.parametrize(
    "between",
    [
        ["Tuesday 3rd March 2026"],  # the day's date under the masthead
        ["Northern Edition | Tuesday 3 March 2026"],  # the edition's line
        ["Harbourtown | 03/03/26"],  # a dateline
        ["Home > News > Transport > Ferry fares will rise by a fifth..."],  # cut short
    ],
)
def test_a_masthead_over_the_days_date_or_a_breadcrumb_over_the_headline_names_the_site(
    between,
):
    lines = ["Lakeside Courier", "", *between, "", HEADLINE, "", "By Ana Lim", "", PROSE]
    assert page_site_name(lines).name == "Lakeside Courier"


@pytest.mark.parametrize(
    "line",
    [
        "Lakeside Courier",  # capitals mark it: masthead_name's
        "harbour notes",  # lower case: caseless_masthead's
        "  • Главная страница",  # a list item
        "3 марта 2026",  # a date
        "Подписаться на рассылку новостей портового района",  # too long
        "Совет: бюджет",  # a mark no name holds
    ],
)
def test_what_is_no_plain_name(line):
    assert plain_masthead(line) is None


@pytest.mark.parametrize(
    "head",
    [
        "A3 ● THE GRANITE HARBOUR COURIER ● TUESDAY, SEPTEMBER 8, 2026",
        "B12       The Granite Harbour Courier       Tuesday, September 8, 2026",
        "Tuesday, September 8, 2026 | THE GRANITE HARBOUR COURIER | Page 4",
    ],
)
def test_a_printed_pages_running_head_names_the_paper_over_a_writers_role(head):
    # review h136 F3: "Courier Staff Writer" alone names no site; the running head's
    # page label, name and date name the paper
    story = ["Quarry hearing draws crowd", "", "By MARK ELLS", "Courier Staff Writer", "", PROSE]
    name = next(part for part in re.split(r"\s*[●|]\s*|\s{3,}", head) if "Granite" in part.title())
    found = page_site_name([head, "", *story])
    assert found is not None and found.name == name.strip()
    assert running_head_name(head) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Home | News | Sport",  # a menu
        "A3 | By Jane Roe | March 3, 2026",  # a byline
        "Section A | The Granite Harbour Courier | Weather",  # no date
        "A3 ● THE GRANITE HARBOUR COURIER",  # two parts
    ],
)
def test_what_is_no_running_head(line):
    assert running_head_name(line) is None


@pytest.mark.parametrize(
    ("name", "holds"),
    [
        ("Coastal Herald", True),
        ("Körfez Postası", True),  # Turkish "post", inflected
        ("Kurier Nadrzeczny", True),
        ("Báo Sông Trà", True),  # Vietnamese "newspaper", a short word whole
        ("Thandiwe Mbeki", False),
        ("Tina Postlethwaite", True),  # a stem opens it: the cards keep outlets (the safe side)
        ("Tino Báez", False),
    ],
)
def test_a_name_holding_a_news_outlets_word(name, holds):
    assert holds_newspaper_word(name) is holds


def test_a_hebrew_script_masthead_joined_by_its_maqaf_is_a_name():
    # review h211: Yiddish "מיזרח־שטערן" (East-Star) joins its words with the maqaf,
    # the Hebrew script's hyphen
    assert plain_masthead("דער מיזרח־שטערן") == ("דער מיזרח־שטערן", (0, 15))
    lines = [
        "דער מיזרח־שטערן",
        "",
        "היים | נייעס | שטאָט",
        "",
        "אַ נײַע ביבליאָטעק עפֿנט זיך אין ווילנע",
        "",
        "פֿון משה גרינבערג",
        "",
        "אין ווילנע האָט זיך הײַנט געעפֿנט אַ נײַע ביבליאָטעק. דאָרט זײַנען מער ווי צען "
        "טויזנט ביכער, און סטודענטן וועלן דאָרט קענען לייענען ביז צען אַזייגער בײַ נאַכט.",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "דער מיזרח־שטערן"

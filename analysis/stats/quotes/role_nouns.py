"""Role nouns that stand as a speaker with no name: Slavic languages with no article, Arabic.

In a language with articles a role with no name opens with one ("dijo la alcaldesa",
"sagte der Sprecher"), which tells it from an adverb after the verb. Czech, Slovak,
Polish, Russian and Ukrainian print no article: "povedal hovorca", "заявил
представитель" are a role as the speaker, "dodał krótko" an adverb. These are the
common nouns of news's speakers (a spokesperson, a minister, a mayor, a resident, a
witness, an expert..., and the bodies that speak as one: the police, a prosecutor's
office, a ministry, a company), in the nominative, masculine and feminine, lower case. A
phrase opening with one is a speaker (:mod:`.foreign_speakers`) that names nobody
(:mod:`.speaker_names`).

Arabic prints no capitals, so a role cannot be told from a name by its letters: its
role nouns (with and without the article "ال", and the titles "الدكتور", "الشيخ")
say where the role ends and the name begins ("مدير المستشفى، الدكتور X": the role and
its appositive name; "رئيس البلدية X": the name after the role's complement).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Role nouns by language code, lower case.
ROLE_NOUNS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "sk": _words(
        "hovorca hovorkyňa predseda predsedníčka minister ministerka starosta starostka "
        "primátor primátorka riaditeľ riaditeľka prezident prezidentka premiér premiérka "
        "poslanec poslankyňa policajt policajtka lekár lekárka učiteľ učiteľka odborník "
        "odborníčka analytik analytička svedok svedkyňa obyvateľ obyvateľka zástupca "
        "zástupkyňa novinár novinárka autor autorka organizátor organizátorka "
        "predstaviteľ predstaviteľka sudca sudkyňa prokurátor prokurátorka šéf šéfka "
        "tréner trénerka vedúci vedúca majiteľ majiteľka župan županka"
    ),
    "cs": _words(
        "mluvčí předseda předsedkyně ministr ministryně starosta starostka primátor "
        "primátorka ředitel ředitelka prezident prezidentka premiér premiérka poslanec "
        "poslankyně policista policistka lékař lékařka učitel učitelka odborník odbornice "
        "analytik analytička svědek svědkyně obyvatel obyvatelka zástupce zástupkyně "
        "novinář novinářka autor autorka organizátor organizátorka představitel "
        "představitelka soudce soudkyně žalobce žalobkyně šéf šéfka trenér trenérka "
        "vedoucí majitel majitelka hejtman hejtmanka"
    ),
    "pl": _words(
        "rzecznik rzeczniczka przewodniczący przewodnicząca minister burmistrz prezydent "
        "premier poseł posłanka policjant policjantka lekarz lekarka nauczyciel "
        "nauczycielka ekspert ekspertka analityk analityczka świadek mieszkaniec mieszkanka "
        "przedstawiciel przedstawicielka dziennikarz dziennikarka autor autorka organizator "
        "organizatorka sędzia prokurator szef szefowa trener trenerka dyrektor dyrektorka "
        "wójt sołtys właściciel właścicielka starosta starościna wojewoda marszałek "
        "prezes prezeska kierownik kierowniczka radny radna policja prokuratura straż "
        "ministerstwo urząd spółka firma"
    ),
    "ru": _words(
        "представитель представительница пресс-секретарь министр глава председатель мэр "
        "губернатор директор президент премьер депутат полицейский врач учитель "
        "учительница эксперт аналитик свидетель свидетельница житель жительница журналист "
        "журналистка автор организатор судья прокурор руководитель начальник тренер "
        "владелец владелица художник художница спикер полиция прокуратура "
        "министерство компания мэрия администрация"
    ),
    "uk": _words(
        "представник представниця речник речниця прес-секретар міністр голова мер "
        "губернатор директор президент прем'єр депутат поліцейський лікар лікарка вчитель "
        "вчителька експерт аналітик свідок мешканець мешканка журналіст журналістка автор "
        "організатор суддя прокурор керівник начальник тренер власник власниця художник "
        "художниця директорка керівниця поліція прокуратура міністерство компанія мерія "
        "адміністрація"
    ),
    # Bulgarian, which has no article before the noun but a definite ending after it
    # ("полицията", the police; "кметът", the mayor): the definite forms
    "bg": _words(
        "полицията прокуратурата министерството общината компанията фирмата болницата "
        "кметът министърът говорителят директорът председателят"
    ),
    "ar": _words(
        "مدير مديرة المدير المديرة رئيس رئيسة الرئيس الرئيسة وزير وزيرة الوزير الوزيرة "
        "متحدث متحدثة المتحدث المتحدثة ناطق ناطقة الناطق الناطقة محافظ المحافظ عمدة "
        "نائب نائبة النائب عضو عضوة مسؤول مسؤولة المسؤول قائد القائد أمين الأمين عميد "
        "العميد سفير السفير مستشار المستشار الدكتور الدكتورة الشيخ"
    ),
    # Hebrew and Persian, whose scripts have no case either (review h379: "אמרה ראש
    # העירייה, דנה שגיא", "شهردار رشت، مهندس X، گفت")
    "he": _words(
        'ראש יו״ר יו"ר שר שרת השר השרה דובר דוברת מנכ״ל מנכ"ל מנהל מנהלת סגן סגנית '
        'מפקד מפקדת נשיא נשיאת ח״כ ח"כ מנהלן רכז רכזת'
    ),
    "fa": _words(
        "شهردار وزیر رئیس رییس سخنگوی سخنگو مدیر مدیرکل استاندار فرماندار نماینده دبیر "
        "معاون فرمانده دادستان"
    ),
}

#: Titles that a language capitalises before the office's place or body, lower case
#: (Indonesian and Malay: "Wali Kota Tanjung Sari", "Ketua Komisi C DPRD", "Kepala Dinas
#: Pendidikan"): the capitalised words after one may name the office, not the person,
#: who may follow in apposition ("kata Wali Kota Tanjung Sari, Hendra Gunawan").
CAPITALISED_TITLES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "id": _words(
        "wali ketua kepala menteri gubernur bupati camat lurah direktur presiden wakil "
        "sekretaris juru kapolres kapolda kapolri komandan rektor dekan jaksa hakim "
        "pengarah timbalan setiausaha pengerusi"
    ),
}

#: Every language's role nouns together (a speaker phrase read with no language).
ROLE_NOUNS: frozenset[str] = frozenset().union(*ROLE_NOUNS_BY_LANGUAGE.values())

# Arabic: a role's complement is a definite noun ("رئيس البلدية", "وزيرة الصحة") or
# opens with "باسم" ("in the name of": "المتحدث باسم البلدية", a spokesman for it).
_ARABIC_ARTICLE = "ال"
_ARABIC_FOR = "باسم"


def in_role_complement(word: str) -> bool:
    """Whether a word right after an Arabic role noun belongs to the role's
    complement, not to the name: a noun with the article, or "باسم".

    Parameters
    ----------
    word : str
        One word as printed.

    Returns
    -------
    bool
        True for a word opening with the article "ال" or the word "باسم".
    """
    return word.startswith(_ARABIC_ARTICLE) or word == _ARABIC_FOR


#: Honorifics that stand before a person's name (Malay "Datuk", "Encik", read as
#: Indonesian's "id"), lower case: a title phrase holding one names its person and
#: takes no appositive name ("kata Yang Berhormat Datuk X, Menteri ...").
PERSONAL_TITLES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "id": _words("datuk dato datin encik puan"),
    # Swahili's, abbreviated with a period before the name ("Bw. X", "Dkt. X")
    "sw": _words("bw bi dkt mh"),
    "ha": _words("malam alhaji hajiya"),
    # Afrikaans, lower case before a name ("suster Anna Botha": a nursing sister;
    # "mnr.", "mev.", "me.", "dr." abbreviated with a period)
    "af": _words("suster dokter meneer mevrou mnr mev me dr"),
    # Khmer and Lao, which put a space between phrases, not words: the name is the one
    # or two words after the title ("លោក ហេង សុវណ្ណារ៉ា", "ທ່ານ ສົມພອນ ວົງສາ")
    "km": _words("លោក លោកស្រី អ្នកស្រី កញ្ញា ឯកឧត្តម លោកជំទាវ"),
    "lo": _words("ທ່ານ ທ້າວ ນາງ ທ່ານນາງ"),
    # Xhosa and Zulu, with the noun-class prefix "u-" as printed before a name ("uMnu X")
    "xh": _words("mnu nksk nkskz gqr umnu unksk unkskz ugqr"),
    "zu": _words("mnu nkk nksz dkt umnu unkk unksz udkt"),
    # Polish academic and professional titles, lower case with a period before the
    # name ("prof. dr hab. inż. X": professor, doctor, habilitated, engineer)
    "pl": _words("prof dr hab inż mgr lek"),
    # Tamil's, abbreviated with a period before the name ("திரு. X", Mr; "திருமதி. X",
    # Mrs; "செல்வி. X", Miss; "டாக்டர்" doctor, "முனைவர்" PhD, unabbreviated)
    "ta": _words("திரு திருமதி செல்வி டாக்டர் முனைவர்"),
}

#: Academic and professional titles abbreviated with a period before a name in the
#: languages written in Latin letters, whatever the body's language ("Prof. Dr. Arne
#: Velten", "MUDr. Eva Hudáková", "Kooperatif Başkanı Dr. Selim Aydın", "Dra. Inês
#: X", "Ing. Mgr. X", "Doç. Dr. X", Dutch "drs."; not "ir.", Spanish "to go", which
#: ends sentences): their period ends no sentence
#: and a speaker phrase goes on through it. Lower case, without the period.
ACADEMIC_TITLES: frozenset[str] = _words(
    "dr dra drs prof ing mgr mudr mvdr judr phdr rndr paeddr dipl doç"
)

#: Personal titles written joined to the given name (Thai "นายสมชาย", Mr Somchai,
#: "นางสาวมาลี", Miss Malee, "ดร.สุดา", Dr Suda), longest first: the name is the titled
#: word and the surname after it.
JOINED_TITLES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "th": ("นางสาว", "น.ส.", "นาง", "นาย", "ดร."),
}

#: Role nouns that open with such a title's letters (Thai "นายกเทศมนตรี", mayor,
#: "นายอำเภอ", district chief, "นางพยาบาล", nurse): no title before a name.
JOINED_TITLE_ROLES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "th": (
        "นายกรัฐมนตรี",
        "นายกเทศมนตรี",
        "นายกสมาคม",
        "นายกองค์การ",
        "นายอำเภอ",
        "นายทหาร",
        "นายตำรวจ",
        "นายจ้าง",
        "นายหน้า",
        "นายทุน",
        "นางพยาบาล",
        "นางแบบ",
    ),
}

#: Japanese honorifics written right after a name (佐藤さん, 山田氏).
JA_HONORIFICS: tuple[str, ...] = ("さん", "ちゃん", "くん", "さま", "様", "氏")

#: Japanese titles written right after a name (田中課長, section chief Tanaka;
#: 山田健一市長, mayor Kenichi Yamada): the name is what stands before the title (the
#: longest title that ends the phrase: 副市長, deputy mayor, before 市長).
JA_TITLES: tuple[str, ...] = (
    "理事長", "委員長", "議長", "社長", "会長", "部長", "課長", "係長", "室長", "局長",
    "所長", "院長", "校長", "館長", "署長", "店長", "支店長", "組合長", "団長", "市長",
    "町長", "村長", "区長", "知事", "首相", "大臣", "長官", "大統領", "議員", "教授",
    "准教授", "代表", "監督", "弁護士", "医師", "記者", "主任", "副市長", "副知事",
)  # fmt: skip

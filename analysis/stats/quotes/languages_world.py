"""Verbs of saying and speaker-phrase words of twenty-two more languages: Icelandic,
Welsh, Irish, Basque, Galician, Maltese, Azerbaijani, Uzbek, Kazakh, Georgian,
Armenian, Amharic, Swahili, Hausa, Yoruba, Tagalog, Thai, Bengali, Tamil, Urdu,
Kurdish (Kurmanji) and Afrikaans.

The same tables as :mod:`.languages_more` (which :mod:`.languages` merges into its own):
inflected verbs of saying as news prints them, with the quotative words that join a
quote to its verb ("deyə", "deb", "деп", "ሲሉ", "என்று"); "according to" words before
the speaker ("að sögn", "yn ôl", "dar le", "segundo", "skont", "kwa mujibu wa", "a
cewar", "ayon kay", "li gorî", "volgens") and postpositions after it ("X arabera", "X
sözlərinə görə", "X айтуынша", "X თქმით", "X խոսքով", "X-এর মতে", "X کے مطابق"); the
auxiliaries and particles between a verb and its speaker, stepped over ("esan du X",
"sabi ni X", "in ji X", "X نے کہا", "het X gesê"); the closed classes that end a
speaker's phrase; determiners, joining words and personal pronouns.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Swahili verbs of saying, by stem: say, explain, add, stress, ask, answer, warn,
#: write, point out, claim, admit, state, tell (a story).
_SWAHILI_STEMS = "sema eleza ongeza sisitiza uliza jibu onya andika bainisha dai kiri taja simulia"
#: Swahili subject prefixes: people (classes 1 and 2: "alisema", "walisema") and the
#: noun classes of the bodies and documents that speak in the news: 9 / 10 ("Serikali
#: imesema", "Ripoti hiyo inasema"), 3 ("Mkoa umesema"), 5 / 6 ("Baraza limesema") and
#: 7 / 8 ("Chama kimesema").
_SWAHILI_SUBJECTS = "a wa i zi u li ya ki vi"
#: Swahili tense markers: past "-li-", perfect "-me-", present "-na-", future "-ta-".
_SWAHILI_TENSES = "li me na ta"


def _swahili_verbs() -> frozenset[str]:
    """Swahili verbs of saying as news prints them: a subject prefix, a tense marker and
    a stem ("alisema", "wamesema", "inasema", "imeeleza", "kimesisitiza")."""
    return frozenset(
        subject + tense + stem
        for subject in _SWAHILI_SUBJECTS.split()
        for tense in _SWAHILI_TENSES.split()
        for stem in _SWAHILI_STEMS.split()
    )


WORLD_REPORTING_VERBS: dict[str, frozenset[str]] = {
    "is": _words(
        """segir segja sagði sögðu sagt sagðist segist bætir bætti útskýrir útskýrði
        spyr spurði svarar svaraði skrifar skrifaði kallar kallaði nefndi nefnir
        fullyrðir fullyrti viðurkennir viðurkenndi varaði varar lofaði lofar sagðu
        áréttaði áréttar benti bendir"""
    ),
    "cy": _words(
        """meddai meddai'r medd dywedodd dywed ychwanegodd esboniodd eglurodd gofynnodd
        atebodd ysgrifennodd rhybuddiodd pwysleisiodd mynnodd honnodd addawodd
        cyfaddefodd galwodd dweud"""
    ),
    "ga": _words(
        """dúirt deir arsa adeir mhínigh míníonn d'fhiafraigh fhiafraigh d'fhreagair
        fhreagair scríobh mhaígh d'áitigh áitigh gheall d'admhaigh admhaigh"""
    ),
    "eu": _words(
        """esan dio diote zioen adierazi azaldu gaineratu nabarmendu erantsi galdetu
        erantzun idatzi aitortu ohartarazi salatu kritikatu gehitu zehaztu"""
    ),
    "gl": _words(
        """dixo di din dixeron dito afirmou afirma explicou explica engadiu engade
        sinalou sinala declarou declara comentou comenta indicou indica recoñeceu
        recoñece preguntou pregunta respondeu responde contestou advertiu subliñou
        destacou destaca asegurou asegura lembrou lembra lamentou denunciou criticou
        relatou conta contou admitiu anunciou escribiu escribe prometeu insistiu
        explicaba afirmaba"""
    ),
    "mt": _words(
        """qal qalet qalu jgħid tgħid jgħidu żied żiedet spjega spjegat staqsa staqsiet
        wieġeb wieġbet kiteb kitbet stqarr stqarret saħaq saħqet innota innotat fakkar
        fakkret wissa wegħed ammetta ddikjara iddikjara ikkummenta"""
    ),
    "az": _words(
        """dedi deyib deyir deyə bildirib bildirdi bildirir söyləyib söylədi qeyd
        vurğulayıb vurğuladı əlavə açıqlayıb soruşub soruşdu cavablandırıb yazıb yazdı"""
    ),
    "uz": _words(
        """dedi deydi deb aytdi aytadi ta'kidladi bildirdi tushuntirdi so'radi yozdi
        qo'shimcha"""
    ),
    "kk": _words(
        """деді дейді деп айтты айтады мәлімдеді түсіндірді сұрады жазды хабарлады
        атап қосты делінген делінеді"""
    ),
    "ka": _words(
        """განაცხადა თქვა ამბობს აღნიშნა დასძინა განმარტა იკითხა უპასუხა დაწერა
        მიუთითა ნათქვამია"""
    ),
    "hy": _words(
        """ասաց ասել ասում նշեց նշել հայտարարեց ավելացրեց պարզաբանեց հարցրեց պատասխանեց
        գրել գրեց ընդգծեց շեշտեց"""
    ),
    "am": _words("አለ አሉ አለች ብለዋል ብሏል ብላለች ተናግረዋል ተናግሯል ገልጸዋል ገልጿል አስታውቀዋል ሲሉ ሲል ስትል"),
    "sw": _swahili_verbs(),
    "ha": _words("ce ji inji bayyana jaddada tambaya amsa rubuta"),
    "yo": _words("sọ wí kéde ṣàlàyé béèrè dáhùn"),
    "tl": _words(
        """sabi sinabi ani dagdag idinagdag paliwanag ipinaliwanag giit iginiit tanong
        tinanong sagot sumagot wika pahayag"""
    ),
    "th": _words(
        """กล่าว กล่าวว่า ระบุ ระบุว่า เปิดเผยว่า เผยว่า บอกว่า เล่าว่า ชี้แจงว่า ยืนยันว่า
        ถามว่า ตอบว่า เขียนว่า แถลง แถลงว่า ประกาศว่า รายงานว่า"""
    ),
    "bn": _words("বলেন বলেছেন বললেন বলেছে জানান জানালেন জানিয়েছেন লিখেছেন বলা"),
    "ta": _words(
        """கூறினார் தெரிவித்தார் என்றார் கூறுகையில் தெரிவித்துள்ளார் குறிப்பிட்டார்
        கேட்டார் பதிலளித்தார் எழுதினார் என்று குறிப்பிடப்பட்டுள்ளது"""
    ),
    # "X کا کہنا تھا" / "X کا کہنا ہے" (X's saying was / is)
    "ur": _words("کہا کہتے کہتی بتایا پوچھا لکھا کہنا"),
    "ku": _words("got gotiye dibêje digot gotin pirsî nivîsî"),
    "af": _words(
        """sê gesê verduidelik bygevoeg vra gevra antwoord geantwoord skryf geskryf
        waarsku gewaarsku beklemtoon benadruk belowe erken beweer vertel verklaar"""
    ),
}

#: "According to" before the speaker ("að sögn X", "yn ôl X", "ayon kay X").
WORLD_ACCORDING_TO: dict[str, frozenset[str]] = {
    "is": _words("sögn"),
    "cy": _words("ôl"),
    "ga": _words("dar"),
    "gl": _words("segundo"),
    "mt": _words("skont"),
    "sw": _words("mujibu"),
    "ha": _words("cewar"),
    "tl": _words("ayon"),
    "ku": _words("gorî"),
    "af": _words("volgens"),
}

#: "According to" after the speaker, a postposition ("Liburuzainaren arabera").
WORLD_ACCORDING_AFTER: dict[str, frozenset[str]] = {
    "eu": _words("arabera esanetan"),
    "az": _words("görə"),
    "uz": _words("ko'ra"),
    "kk": _words("айтуынша сөзінше"),
    "ka": _words("თქმით განცხადებით"),
    "hy": _words("խոսքով խոսքերով կարծիքով"),
    "bn": _words("মতে অনুযায়ী দাবি"),
    "ur": _words("مطابق بقول"),  # "X کے مطابق", "X کے بقول" (in X's words)
}

WORLD_SKIPPED: dict[str, frozenset[str]] = {
    # "a dúirt X": the relative particle; "dar leis an X": the preposition
    "ga": _words("a le leis léi"),
    "eu": _words("du dute zuen zuten da dira"),
    # "X-in sözlərinə görə": the noun of speech; "isə" (as for), "ki" (that)
    "az": _words("sözlərinə isə edib etdi"),
    "uz": _words("so'zlariga ekanini ekanligini esa"),
    "ka": _words("კი"),
    "sw": _words("wa"),
    "ha": _words("in ya ta sun"),
    "tl": _words("ni kay sa pa naman rin din"),
    # '"...," ni X wí': the particle before the speaker of a verb after the quote
    "yo": _words("ni"),
    "ur": _words("نے کے کا"),
    "af": _words("het"),
}

WORLD_PHRASE_STOPS: dict[str, frozenset[str]] = {
    "is": _words("í á við með frá til um og eða en þegar að sem fyrir eftir hjá er var eru voru"),
    "cy": _words("yn ar am i gyda wrth ac a ond neu pan bod fod ddoe heddiw mewn"),
    "ga": _words("i ag ar le leis do go agus nó ach nuair inné inniu"),
    "eu": _words("eta edo baina ere ordea"),
    "gl": _words(
        "en no na nos nas con para por durante onte hoxe e ou pero cando que desde sen tras ante"
    ),
    "mt": _words("fi f' ma' minn għal lil u jew imma meta li dwar waqt ilbieraħ illum"),
    "az": _words("və ya amma lakin ki ilə üçün dünən"),
    "uz": _words("va yoki lekin ammo bilan uchun kecha bugun"),
    "kk": _words("және мен бен пен бірақ ал кеше бүгін үшін"),
    "ka": _words("და ან მაგრამ რომ გუშინ დღეს"),
    "hy": _words("և ու կամ բայց որ երեկ այսօր"),
    "am": _words("እና ወይም ግን ትናንት ዛሬ"),
    "sw": _words("na au lakini kwamba kuwa katika kwa jana leo wakati baada kabla"),
    "ha": _words("da ko amma cewa ga kan jiya yau"),
    "tl": _words("na at o pero sa ng kung nang dahil para noong kahapon ngayon"),
    "bn": _words("ও এবং বা কিন্তু যে গতকাল আজ"),
    "ta": _words("மற்றும் ஆனால் நேற்று இன்று"),
    "ur": _words("اور یا لیکن کہ میں پر سے کو کل آج"),
    "ku": _words("û an lê ku bi li ji di de duh îro"),
    "af": _words("in op met vir na by tydens gister vandag en of maar toe dat sonder teen aan"),
}

WORLD_TIME_WORDS: dict[str, frozenset[str]] = {
    "af": _words("gister vandag maandag dinsdag woensdag donderdag vrydag saterdag sondag"),
}

WORLD_DETERMINERS: dict[str, frozenset[str]] = {
    "cy": _words("y yr"),
    "ga": _words("an na"),
    "gl": _words("o a os as un unha uns unhas"),
    "af": _words("die 'n"),
}

WORLD_JOINERS: dict[str, frozenset[str]] = {
    "gl": _words("de do da dos das"),
    # "urlabhraí ó An Post" (a spokesman from)
    "ga": _words("ó"),
    # "Mkuu wa Wilaya", "chama cha wavuvi": Swahili's "of"
    "sw": _words("wa cha la ya za"),
    # "die kliniek se bestuurder"; surname particles: "van der Merwe", "du Plessis"
    "af": _words("van se der den de du le"),
    # Turkic honorifics in lower case between a given name and a surname: "Səbinə
    # xanım Quliyeva", "Rauf bəy X", "Əli müəllim X"; "Nilufar opa Karimova",
    # "Abdurahmon domla X"; "Гүлнар апай Жақыпова", "ағай", "ханым", "мырза"
    "az": _words("xanım bəy müəllim"),
    "uz": _words("opa aka domla xonim"),
    "kk": _words("апай ағай ханым мырза"),
}

WORLD_PRONOUNS: dict[str, frozenset[str]] = {
    "is": _words("hann hún þeir þær"),
    "cy": _words("hi ef nhw"),
    "ga": _words("sé sí siad"),
    "gl": _words("el ela eles elas"),
    "mt": _words("hu hi huma"),
    "az": _words("o onlar"),
    "uz": _words("u ular"),
    "kk": _words("ол олар"),
    "sw": _words("yeye wao"),
    "ha": _words("shi ita su"),
    "tl": _words("siya sila"),
    "bn": _words("তিনি তারা"),
    "ur": _words("انہوں وہ"),
    "ku": _words("wî wê wan"),
    "af": _words("hy sy hulle"),
}

#: Dialogue dashes (:data:`.languages.DASH_STYLE_BY_LANGUAGE`): Galician as Spanish.
WORLD_DASH_STYLES: dict[str, str] = {"gl": "inner"}

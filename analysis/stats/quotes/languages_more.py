"""Verbs of saying and speaker-phrase words of more languages: Catalan, Czech, Slovak,
Hungarian, Romanian, Greek, Bulgarian, Macedonian, Albanian, Croatian, Serbian,
Slovene, Estonian, Lithuanian, Latvian, Hebrew, Arabic, Persian, Hindi and Vietnamese.

The same tables as :mod:`.languages` (which merges these into its own), for the
languages of this module: inflected verbs of saying as news prints them, "according
to" words before the speaker, postpositions after it ("Kovács Péter szerint", "Tamme
sõnul"), the auxiliaries and clitics between a verb and its speaker ("rekao je", "va
dir", "a declarat", "je povedal"), the closed classes that end a speaker's phrase, and
the personal pronouns. Hebrew and Arabic verbs are listed also with the joined
conjunction "ו" / "و" ("ואמר", "وقال"), as news opens its sentences with them; a
Vietnamese "cho biết" ("let know", news's "said") counts by its second syllable, its
first being skipped; verbs of two syllables whose second alone says nothing ("khẳng
định", "nhấn mạnh") count as the pair (:data:`TWO_WORD_VERBS_BY_LANGUAGE`).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _with_and(text: str, conjunction: str) -> frozenset[str]:
    """The words of ``text``, each also with ``conjunction`` joined before it."""
    words = _words(text)
    return words | frozenset(conjunction + w for w in words)


#: The conjunction "and" a language writes joined to the word after it (Hebrew "ו",
#: Arabic "و"): verbs and "according to" are read with it ("ואמר", "وقال"), and a
#: speaker's role noun so opened is the role ("ודוברת העירייה", and the council's
#: spokeswoman, gives "דוברת העירייה").
JOINED_AND_BY_LANGUAGE: dict[str, str] = {"he": "ו", "ar": "و"}

MORE_REPORTING_VERBS: dict[str, frozenset[str]] = {
    "ca": _words(
        """dir diu diuen deia dit afirmar afirma afirmat explicar explica explicat
        assegurar assegura assegurat afegir afegeix afegit reconèixer reconeix reconegut
        destacar destaca destacat assenyalar assenyala declarar declara declarat comentar
        comenta comentat indicar indica preguntar pregunta preguntat respondre respon
        respost contestar contesta advertir adverteix insistir insisteix subratllar
        subratlla recordar recorda lamentar lamenta denunciar denuncia criticar critica
        admetre admet anunciar anuncia opinar opina escriure escriu escrit prometre
        promet explicava deia assegurava recordava informar informa informen informat
        comunicar comunica comuniquen"""
    ),
    "cs": _words(
        """řekl řekla řekli říká říkají uvedl uvedla uvedli uvádí dodal dodala dodali
        dodává vysvětlil vysvětlila vysvětluje prohlásil prohlásila zdůraznil zdůraznila
        zdůrazňuje upozornil upozornila upozorňuje poznamenal poznamenala připomněl
        připomněla připomíná sdělil sdělila potvrdil potvrdila konstatoval konstatovala
        míní odpověděl odpověděla odpovídá zeptal zeptala ptá napsal napsala píše nazval
        nazvala označil označila tvrdí tvrdil tvrdila svěřil svěřila podotkl podotkla
        doplnil doplnila slíbil slíbila varoval varovala kritizoval kritizovala
        posteskl posteskla ptal ptala ptali"""
    ),
    "sk": _words(
        """povedal povedala povedali hovorí hovoria uviedol uviedla uviedli uvádza dodal
        dodala dodali dodáva vysvetlil vysvetlila vysvetľuje vyhlásil vyhlásila
        zdôraznil zdôraznila zdôrazňuje upozornil upozornila poznamenal poznamenala
        pripomenul pripomenula pripomína potvrdil potvrdila konštatoval konštatovala
        odpovedal odpovedala opýtal opýtala pýta napísal napísala píše nazval nazvala
        označil označila tvrdí tvrdil tvrdila doplnil doplnila sľúbil sľúbila varoval
        varovala priznal priznala"""
    ),
    "hu": _words(
        """mondta mondja mondják mondták közölte közli nyilatkozta nyilatkozott
        fogalmazott hangsúlyozta hangsúlyozza kérdezte kérdezi felelte feleli
        válaszolta válaszolt hozzátette hozzáteszi tette teszi emlékeztetett
        magyarázta magyarázza elmondta elmondja kijelentette figyelmeztetett írta írja
        vallotta nevezte nevezi mesélte meséli jegyezte állította állítja ígérte
        panaszolta sóhajtotta"""
    ),
    "ro": _words(
        """spus spune spun declarat declară afirmat afirmă explicat explică precizat
        precizează adăugat adaugă subliniat subliniază anunțat anunță arătat arată
        menționat menționează întrebat întreabă răspuns răspunde recunoscut recunoaște
        avertizat avertizează susține susținut scris scrie numit numesc numește
        povestit povestește mărturisit promis promite transmis"""
    ),
    "el": _words(
        """δήλωσε δηλώνει είπε λέει λένε είπαν τόνισε τονίζει πρόσθεσε προσθέτει εξήγησε
        εξηγεί ανέφερε αναφέρει σημείωσε σημειώνει υπογράμμισε ρώτησε ρωτά ρωτάει
        απάντησε απαντά απαντάει αναρωτήθηκε αναρωτιέται παραδέχθηκε παραδέχτηκε
        υποστήριξε υποστηρίζει επισήμανε ανακοίνωσε έγραψε γράφει χαρακτήρισε
        χαρακτηρίζει προειδοποίησε υποσχέθηκε διευκρίνισε εξομολογήθηκε"""
    ),
    "bg": _words(
        """каза казва казват казаха заяви заявява заявиха обясни обяснява добави добавя
        посочи посочва подчерта подчертава сподели споделя отбеляза отбелязва допълни
        допълва попита пита отговори отговаря призна признава коментира написа пише
        нарече нарича увери уверява обеща обещава предупреди разказа разказва съобщи
        съобщава съобщиха обясниха посочиха отбелязаха"""
    ),
    "hr": _words(
        """rekao rekla rekli kaže kažu izjavio izjavila izjavili dodao dodala dodaje
        istaknuo istaknula ističe naglasio naglasila naglašava objasnio objasnila
        objašnjava upozorio upozorila upozorava pojasnio pojasnila napomenuo napomenula
        odgovorio odgovorila pitao pitala upitao upitala napisao napisala piše nazvao
        nazvala poručio poručila priznao priznala požalio požalila kazao kazala tvrdi
        tvrdio tvrdila obećao obećala ocijenio ocijenila poručili istaknuli naveli
        objasnili upozorili"""
    ),
    "sr": _words(
        """рекао рекла рекли каже кажу изјавио изјавила изјавили додао додала додаје
        истакао истакла истиче нагласио нагласила објаснио објаснила навео навела
        упозорио упозорила одговорио одговорила питао питала написао написала пише
        назвао назвала поручио поручила признао признала казао казала тврди обећао
        обећала оценио оценила саопштио саопштила саопштили саопштава навели истакли"""
    ),
    "sl": _words(
        """povedal povedala povedali dejal dejala dejali dodal dodala dodaja poudaril
        poudarila poudarja pojasnil pojasnila pojasnjuje opozoril opozorila opozarja
        pravi pravijo odgovoril odgovorila vprašal vprašala zapisal zapisala piše
        izjavil izjavila menil menila meni ocenil ocenila obljubil obljubila priznal
        priznala"""
    ),
    "et": _words(
        """ütles ütleb ütlesid lisas lisab märkis märgib kinnitas kinnitab selgitas
        selgitab rõhutas rõhutab sõnas sõnab rääkis räägib küsis küsib vastas vastab
        tõdes tõdeb nentis kirjutas kirjutab nimetas nimetab hoiatas lubas leidis
        leiab arvas arvab"""
    ),
    "lt": _words(
        """sakė sako teigė teigia pridūrė priduria pabrėžė pabrėžia aiškino aiškina
        paaiškino kalbėjo pasakojo pasakoja tvirtino tvirtina klausė paklausė atsakė
        atsako pažymėjo pažymi rašė parašė rašo vadina pavadino pripažino žadėjo
        pažadėjo įspėjo akcentavo"""
    ),
    "lv": _words(
        """teica saka sacīja norādīja norāda uzsvēra uzsver piebilda piebilst stāstīja
        stāsta pastāstīja pastāsta
        skaidroja paskaidroja atzina atzīst jautāja vaicāja atbildēja rakstīja
        raksta nosauca sauc solīja brīdināja pauda pauž apgalvoja"""
    ),
    "mk": _words(
        """рече рекол рекла рекоа изјави изјавил изјавила додаде додал додала истакна
        истакнал истакнала објасни објаснил објаснила нагласи нагласил нагласила посочи
        кажа вели велат одговори праша напиша потенцираше"""
    ),
    "sq": _words(
        """tha thotë thonë deklaroi deklaron shtoi shton theksoi thekson sqaroi sqaron
        tregoi tregon pyeti pyet përgjigj përgjigjet shkroi shkruan paralajmëroi
        premtoi pohoi pohon nënvizoi"""
    ),
    "he": _with_and(
        """אמר אמרה אמרו אומר אומרת אומרים הוסיף הוסיפה הסביר הסבירה ציין ציינה הדגיש
        הדגישה טען טענה שאל שאלה השיב השיבה ענה ענתה כתב כתבה סיפר סיפרה מסר מסרה
        הבטיח הבטיחה הזהיר הזהירה מסרו ציינו הוסיפו הסבירו הדגישו טענו הבהיר הבהירה
        הבהירו הודיע הודיעה הודיעו""",
        JOINED_AND_BY_LANGUAGE["he"],
    ),
    "ar": _with_and(
        """قال قالت قالوا يقول تقول أضاف أضافت يضيف أوضح أوضحت أكد أكدت يؤكد صرح صرحت
        أشار أشارت ذكر ذكرت أعلن أعلنت تساءل سأل سألت أجاب أجابت ردت كتب كتبت وصف وصفت
        تابع تابعت غرد غردت""",
        JOINED_AND_BY_LANGUAGE["ar"],
    )
    # "أما X، فقالت: ..." (as for X, she said): the verb after "ف" (then)
    | _with_and("قال قالت قالوا أكد أكدت أوضح أوضحت أضاف أضافت", "ف"),
    "fa": _words(
        """گفت گفته گفتند می‌گوید افزود افزوده می‌افزاید پرسید نوشت تاکید تأکید اظهار
        توضیح خاطرنشان اعلام"""
    ),
    "hi": _words("कहा कहती कहते कहता कहना बताया बोले बोली पूछा लिखा लिखती लिखते"),
    "vi": _words("nói biết hỏi"),
}

#: Verbs of saying written as two words whose second alone is no such verb, by language:
#: the second word, then the first words it counts after (the cue spans both, so the
#: speaker ends before the first). Vietnamese verbs of two syllables ("khẳng định",
#: affirmed; "định" alone: to intend, "quyết định": decided); a Hindi noun of saying and
#: the light verb after it ("आरोप लगाया", alleged; "जवाब दिया", answered; "चेतावनी दी",
#: warned; "दावा किया", claimed; the light verbs' past and present forms, "की", also the
#: genitive postposition, left out): local Hindi copy reports a councillor's charge or a
#: mayor's reply so.
_HINDI_NOUNS_OF_SAYING = _words("आरोप जवाब चेतावनी दावा सवाल अपील आग्रह ऐलान घोषणा टिप्पणी")
_HINDI_LIGHT_VERBS = _words("लगाया लगाए लगाते लगाती दिया दी दिए देते देती किया किए करते करती")
TWO_WORD_VERBS_BY_LANGUAGE: dict[str, dict[str, frozenset[str]]] = {
    "hi": dict.fromkeys(_HINDI_LIGHT_VERBS, _HINDI_NOUNS_OF_SAYING),
    "vi": {
        "định": _words("khẳng nhận"),
        "mạnh": _words("nhấn"),
        "bố": _words("tuyên"),
        "thích": _words("giải"),
        "lời": _words("trả"),
        "biểu": _words("phát"),
        "sẻ": _words("chia"),
        "tỏ": _words("bày"),
    },
}

#: "According to" before the speaker ("segons X", "podle X", "по словам X"): for a
#: preposition followed by a noun of speech, that noun ("prema riječima X").
MORE_ACCORDING_TO: dict[str, frozenset[str]] = {
    "ca": _words("segons"),
    "cs": _words("podle"),
    "sk": _words("podľa"),
    "ro": _words("potrivit"),
    "el": _words("σύμφωνα"),
    "bg": _words("според"),
    "mk": _words("според"),
    "sq": _words("sipas"),
    "hr": _words("riječima"),
    "sr": _words("речима"),
    "sl": _words("besedah"),
    "lt": _words("pasak anot"),
    # with the joined "and" too, as the verbs: "ולדברי X", "وبحسب X"
    "he": _with_and("לדברי לדבריו לדבריה לפי", JOINED_AND_BY_LANGUAGE["he"]),
    "ar": _with_and("بحسب حسب", JOINED_AND_BY_LANGUAGE["ar"]),
    "vi": _words("theo"),
}

#: The genitive's preposition between "according to" written with a pronoun's suffix
#: and the speaker it names (Hebrew "לדבריו של עו"ד X", in his words, of the lawyer X):
#: stepped over before the speaker.
ACCORDING_TO_GENITIVES_BY_LANGUAGE: dict[str, frozenset[str]] = {"he": _words("של")}

#: "According to" after the speaker, a postposition: "Kovács Péter szerint", "Tamme
#: sõnul", "Virtasen mukaan", "Bakan'a göre", "मंत्री के अनुसार".
ACCORDING_AFTER_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "hu": _words("szerint"),
    "et": _words("sõnul hinnangul arvates"),
    "fi": _words("mukaan"),
    "tr": _words("göre"),
    "hi": _words("अनुसार मुताबिक"),
    "de": _words("zufolge"),
}

MORE_SKIPPED: dict[str, frozenset[str]] = {
    "ca": _words("va van ha han havia li els es s' ho"),
    "cs": _words("se si je ji jej ho mu však"),
    "sk": _words("sa si je ho mu jej však"),
    # preverbs printed after their verb ("tette hozzá", "vallotta be", "jegyezte meg")
    "hu": _words("hozzá be meg el ki fel"),
    "ro": _words("a au"),
    # "σύμφωνα με": the preposition after "according"
    "el": _words("με"),
    "bg": _words("се"),
    # "u përgjigj" (answered): the reflexive particle before the verb
    "sq": _words("u"),
    "hr": _words("je su se mu joj ih"),
    "sr": _words("је су се му јој"),
    "sl": _words("je so se ji mu"),
    "et": _words("on"),
    "hi": _words("ने भी है"),
    "vi": _words("cho"),
}

MORE_PHRASE_STOPS: dict[str, frozenset[str]] = {
    "ca": _words("a al als en amb que per sobre durant ahir avui i o però quan des fins sense"),
    "cs": _words("v ve na s se z ze do pro od po při k ke o u a i ale nebo když že včera dnes"),
    "sk": _words("v vo na s so z zo do pre od po pri k ku o u a i ale alebo keď že včera dnes"),
    "hu": _words("és vagy de hogy amikor mert is tegnap ma"),
    "ro": _words("în la cu pentru pe din după ieri azi astăzi și sau dar când că fără"),
    "el": _words(
        "σε στο στη στην στον στους στις στα για από μετά χθες σήμερα και ή αλλά όταν ότι πως"
    ),
    "bg": _words("в във с със за от по при до към и или но когато че вчера днес"),
    "mk": _words("во со за од по при до кон и или но кога дека вчера денес"),
    "sq": _words("në me për nga pas gjatë dje sot dhe ose por kur se që"),
    "hr": _words("u na s sa za od iz po pri do k prema i ili ali kada da jučer danas"),
    "sr": _words("у на са с за од из по при до к и или али када да јуче данас"),
    "sl": _words("v na s z za od po pri do k in ali a ko da včeraj danes ki"),
    "et": _words("ja või aga kui et ning eile täna"),
    "lt": _words("į ir ar bet kai kad su be per už nuo iki vakar šiandien"),
    "lv": _words("un vai bet kad ka ar no uz par pie pēc vakar šodien"),
    "he": _words("על עם אל אחרי אתמול היום כי אבל כאשר"),
    "ar": _words("في على من إلى عن مع خلال إن أن بأن فإن أو لكن عندما أمس اليوم أما"),
    "fa": _words("از به در با برای و یا اما که را دیروز امروز"),
    "hi": _words("में पर से को के की का और या लेकिन कि जब कल आज"),
    "vi": _words("và hoặc nhưng khi rằng là với tại trong hôm qua nay"),
}

MORE_TIME_WORDS: dict[str, frozenset[str]] = {
    "ca": _words("ahir avui"),
    "cs": _words("včera dnes"),
    "sk": _words("včera dnes"),
    "hu": _words("tegnap ma"),
    "ro": _words("ieri azi astăzi"),
    "el": _words("χθες σήμερα"),
    "bg": _words("вчера днес"),
    "hr": _words("jučer danas"),
    "sr": _words("јуче данас"),
    "sl": _words("včeraj danes"),
    "et": _words("eile täna"),
    "lt": _words("vakar šiandien"),
    "lv": _words("vakar šodien"),
    # "روز دوشنبه" (on Monday) and the weekdays, between a Persian speaker and the verb
    "fa": _words("دیروز امروز روز شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه"),
}

MORE_DETERMINERS: dict[str, frozenset[str]] = {
    "ca": _words("el la els les l' un una uns unes seu seva"),
    "hu": _words("a az egy"),
    "el": _words("ο η το οι τα τον την τη του της των ένας μια μία ένα"),
}

MORE_JOINERS: dict[str, frozenset[str]] = {
    "ca": _words("de del d'"),
    # "майката на две деца X", "Председателят на журито X": Bulgarian's "of"
    "bg": _words("на"),
    # "претседателот на советот X": Macedonian's "of", as Bulgarian's
    "mk": _words("на"),
    # "ministrit të Infrastrukturës": Albanian's genitive article
    "sq": _words("të së"),
}

MORE_PRONOUNS: dict[str, frozenset[str]] = {
    "ca": _words("ell ella ells elles"),
    "cs": _words("on ona oni ony"),
    "sk": _words("on ona oni ony"),
    "hu": _words("ő ők"),
    "ro": _words("el ea ei ele"),
    "el": _words("αυτός αυτή αυτοί"),
    "bg": _words("той тя те"),
    "mk": _words("тој таа тие"),
    "sq": _words("ai ajo ata ato"),
    "hr": _words("on ona oni one"),
    "sr": _words("он она они оне"),
    "sl": _words("on ona oni one"),
    "et": _words("tema ta nemad nad"),
    "lt": _words("jis ji jie jos"),
    "lv": _words("viņš viņa viņi viņas"),
    "he": _words("הוא היא הם הן"),
    "ar": _words("هو هي هم"),
    "fa": _words("او وی آنها"),
    "hi": _words("उन्होंने उसने वह वे"),
    "vi": _words("ông bà anh chị"),
}

#: Dialogue dashes of these languages (:data:`.languages.DASH_STYLE_BY_LANGUAGE`).
MORE_DASH_STYLES: dict[str, str] = {
    "ca": "inner",
    "hu": "inner",
    "bg": "inner",
    "mk": "inner",
    "hr": "inner",
    "sr": "inner",
    "ro": "comma",
    "et": "comma",
    "lt": "comma",
    "lv": "comma",
}

#: Languages that print a role after the name ("Kovács Péter polgármester", "Nagy
#: Katalin igazgató"): a lower-case word may go on a name's phrase there.
NAME_FIRST_LANGUAGES: frozenset[str] = frozenset({"hu"})

#: Languages whose quotes are attributed by a particle or a verb written without a
#: space next to the marks (:mod:`.east_asian`): Chinese, Japanese, Korean.
EAST_ASIAN_LANGUAGES: frozenset[str] = frozenset({"ja", "ko", "zh"})

#: Languages that capitalise every noun (German): a role is no name there, and may
#: take its appositive name ("der Sprecher des Ministeriums, Jan Weber").
NOUNS_CAPITALISED: frozenset[str] = frozenset({"de"})

"""Verbs of saying and speaker-phrase words of nineteen more languages: Belarusian,
Kyrgyz, Mongolian, Marathi, Nepali, Gujarati, Punjabi, Odia, Telugu, Kannada, Malayalam,
Sinhala, Khmer, Lao, Pashto, Javanese, Quechua, Xhosa and Zulu.

The same tables as :mod:`.languages_world` (which :mod:`.languages` merges into its
own): inflected verbs of saying as news prints them, with the quotative words that join
a quote to the verb after it ("деп", "гэж", "असे", "एम", "ବୋଲି", "అని", "ಎಂದು", "എന്ന്",
"යැයි", "nispa"), written as one word with their verb in Khmer and Lao, which put no
space between words ("បាននិយាយថា", "ກ່າວວ່າ"); "according to" words before the speaker
("па словах", "miturut", "ngokusho") and postpositions after it ("X айтымында", "X
хэлснээр", "X च्या मते", "X अनुसार", "X ప్రకారం", "X අනුව", "د X په وینا"); the
particles between a speaker and the verb after it, stepped over ("X यांनी सांगितले", "X
ਨੇ ਕਿਹਾ", "X ಅವರ ಪ್ರಕಾರ"); the closed classes that end a speaker's phrase and personal
pronouns.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


REGIONAL_REPORTING_VERBS: dict[str, frozenset[str]] = {
    "be": _words(
        """сказаў сказала сказалі кажа кажуць адзначыў адзначыла адзначылі заявіў
        заявіла заявілі расказаў расказала расказалі дадаў дадала дадалі патлумачыў
        патлумачыла паведаміў паведаміла паведамілі спытаў спытала адказаў адказала
        падкрэсліў падкрэсліла напісаў напісала прызнаў прызнала перакананы упэўнены"""
    ),
    "ky": _words(
        """деди дейт деген деп билдирди билдирген айтты айтат айткан белгиледи
        белгилеген кошумчалады түшүндүрдү сурады жазды баса"""
    ),
    "mn": _words(
        """гэж гэв гэлээ гэсэн хэлэв хэллээ хэлсэн хэлжээ мэдэгдэв мэдэгдлээ мэдэгдсэн
        мэдэгджээ ярилаа ярьсан ярив ярьжээ онцлов онцоллоо онцолсон тайлбарлав
        тайлбарлалаа асуув хариулав бичжээ бичсэн"""
    ),
    "mr": _words(
        """म्हणाले म्हणाल्या म्हणाला म्हणाली म्हणतात म्हणते म्हणतो सांगितले सांगितलं
        सांगितली स्पष्ट केले असे असं"""
    ),
    "ne": _words(
        """भने भनिन् भन्नुभयो भन्छन् भन्छिन् भनेका बताए बताइन् बताउनुभयो बताउँछन्
        थपे थपिन् सुनाए बताएका"""
    ),
    "gu": _words("એમ કહ્યું કહે કહ્યુ જણાવ્યું જણાવ્યુ ઉમેર્યું ઉમેર્યુ ઉમેરે પૂછ્યું લખ્યું લખ્યુ"),
    "pa": _words("ਕਿਹਾ ਕਹਿਣਾ ਦੱਸਿਆ ਆਖਿਆ ਪੁੱਛਿਆ ਲਿਖਿਆ"),
    "or": _words("ବୋଲି କହିଛନ୍ତି କହିଲେ କହନ୍ତି ଜଣାଇଛନ୍ତି ଜଣାଇଲେ ପଚାରିଲେ"),
    "te": _words("అని అన్నారు చెప్పారు తెలిపారు పేర్కొన్నారు అడిగారు మాట్లాడుతూ వివరించారు రాశారు రాసారు"),
    "kn": _words("ಎಂದು ಹೇಳಿದರು ತಿಳಿಸಿದರು ಹೇಳಿದ್ದಾರೆ ತಿಳಿಸಿದ್ದಾರೆ ಕೇಳಿದರು ಮಾತನಾಡಿ"),
    "ml": _words("എന്ന് എന്നും പറഞ്ഞു പറയുന്നു പറഞ്ഞത് അറിയിച്ചു ചോദിച്ചു വ്യക്തമാക്കി"),
    "si": _words("යැයි යනුවෙනි පැවසීය පැවසුවේ පැවසුවා පවසයි කීය කියා ප්‍රකාශ කළේය සඳහන්"),
    "km": _words(
        """បាននិយាយថា និយាយថា បានថ្លែងថា ថ្លែងថា បានប្រាប់ថា ប្រាប់ថា បានបញ្ជាក់ថា
        បញ្ជាក់ថា បានឱ្យដឹងថា បានមានប្រសាសន៍ថា"""
    ),
    "lo": _words("ກ່າວວ່າ ກ່າວ ເວົ້າວ່າ ເວົ້າ ໃຫ້ຮູ້ວ່າ ຢືນຢັນວ່າ ຖາມວ່າ"),
    "ps": _words("وویل ووایه وايي زیاته کړه ویلي لیکلي وپوښتل"),
    "jv": _words(
        """ujare ujar ngendika ngendikan kandhane ngandika jarene matur pratelane
        ngendikane"""
    ),
    "qu": _words("nirqan nirqa nin ninku niran nirqanku willakurqan"),
    "xh": _words("utshilo watsho uthe wathi itsho uthi batsho"),
    "zu": _words("kusho esho uthe ethi wathi usho besho bathi bathe"),
}

#: "According to" before the speaker ("па словах X", "miturut X", "ngokusho kuka X").
REGIONAL_ACCORDING_TO: dict[str, frozenset[str]] = {
    "be": _words("словах паводле"),
    "jv": _words("miturut"),
    "xh": _words("ngokuka"),
    "zu": _words("ngokusho"),
    "lo": _words("ອີງຕາມ"),
    "km": _words("យោងតាម បើតាម"),
}

#: Endings of a place noun made an adjective ("in", "of"), in a caseless script: the
#: speaker phrase's opening words so ended say where the speaker is, not who (Marathi
#: "नाशिकमधील शिक्षक X", a teacher in Nashik, X; "पुण्यातील"): left out of it.
LOCATIVE_ENDINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"mr": ("मधील", "तील")}

#: Endings of a noun in a case that is not the subject's, written joined to it
#: (Mongolian: the dative-locative "-эд" / "-ад" after a consonant, "-дэд" after a
#: plural, "сэтгүүлчдэд", to journalists; with the reflexive possessive "-даа" /
#: "-тээ", "шийдвэртээ", in its decision; the instrumental "-аар" / "-ээр", "утсаар",
#: by phone): a lower-case word so ended between the speaker and the quote or verb
#: after them is the verb's adjunct, not part of the speaker ("Шүүх шийдвэртээ "…" гэж
#: дүгнэжээ" gives "Шүүх"). A name is capitalised, so never read as one; "-д" / "-т"
#: alone are left out, as nouns of a role end with them ("сайд", minister).
OBLIQUE_ENDINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "mn": (
        "эд",
        "ад",
        "од",
        "өд",
        "даа",
        "дээ",
        "доо",
        "дөө",
        "таа",
        "тээ",
        "тоо",
        "төө",
        "аар",
        "ээр",
        "оор",
        "өөр",
    )
}

#: Circumpositions, the preposition and the postposition that enclose an adjunct
#: (Pashto "په … کې", in: "X په یوه لیکلې اعلامیه کې ویلي", X said in a written
#: statement): one whose postposition stands right before the verb of saying is the
#: verb's adjunct, and the speaker is the phrase before its preposition.
CIRCUMPOSITIONS_BY_LANGUAGE: dict[str, tuple[tuple[str, str], ...]] = {
    "ps": (("په", "کې"), ("له", "سره"), ("په", "باندې")),
}
#: Reflexive possessives ("his / her own"), which refer to a clause's subject and so
#: stand in no subject's phrase: one between a speaker and the verb after them opens the
#: verb's adjunct (Telugu "X తన ఫేస్‌బుక్ పేజీలో … రాశారు", X wrote on his Facebook page;
#: Nepali "X आफ्नो फेसबुकमा"), and the speaker is the phrase before it.
REFLEXIVE_POSSESSIVES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "te": _words("తన తమ"),
    "ne": _words("आफ्नो आफ्ना आफ्नै"),
}

#: The most words an adjunct inside a circumposition holds.
CIRCUMPOSITION_MAX_WORDS = 5

#: "According to" written with no space before the words after it, in a language that
#: puts spaces between phrases, not words (Khmer "យោងតាមលោក X", according to Mr X;
#: "នេះបើតាមការបញ្ជាក់របស់លោក X", this according to the statement of Mr X): found
#: inside a word, the speaker's phrase from its end.
JOINED_ACCORDING_TO_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"km": ("យោងតាម", "បើតាម")}

#: The ending of the verbs of saying a language writes joined to the subject before
#: them, with no space between words (Thai "ตำรวจระบุว่า", the police stated that;
#: "กรมอุตุนิยมวิทยาแถลงว่า", the meteorological department announced that): a word
#: ending with one of the language's verbs that so ends is that verb after its speaker.
JOINED_VERB_ENDINGS_BY_LANGUAGE: dict[str, str] = {"th": "ว่า"}

#: Words a personal title is written joined to, in such a language: "according to"
#: and the possessive "of" (Khmer "របស់លោក X", of Mr X); the title then opens the name.
TITLE_JOINERS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"km": ("យោងតាម", "បើតាម", "របស់")}

#: "According to" after the speaker, a postposition ("X айтымында", "X च्या मते").
REGIONAL_ACCORDING_AFTER: dict[str, frozenset[str]] = {
    "ky": _words("айтымында пикиринде"),
    "mn": _words("хэлснээр мэдээлснээр"),
    "mr": _words("मते"),
    "ne": _words("अनुसार"),
    "gu": _words("અનુસાર"),
    "pa": _words("ਅਨੁਸਾਰ"),
    "or": _words("ଅନୁସାରେ"),
    "te": _words("ప్రకారం"),
    "kn": _words("ಪ್ರಕಾರ"),
    "ml": _words("അഭിപ്രായത്തിൽ"),
    "si": _words("අනුව"),
    "ps": _words("وینا"),
    "qu": _words("hina"),
}

REGIONAL_SKIPPED: dict[str, frozenset[str]] = {
    # "X यांनी सांगितले"; "असे आवाहन X यांनी केले" (so appealed X)
    "mr": _words("यांनी नी आवाहन"),
    "gu": _words("એ જણાવ્યા"),
    "pa": _words("ਨੇ"),
    "or": _words("କହିବା"),
    "kn": _words("ಅವರ"),
    "ps": _words("په چې"),
    "jv": _words("menawa yen"),
    "qu": _words("nispa nisqanman"),
}

REGIONAL_PHRASE_STOPS: dict[str, frozenset[str]] = {
    "be": _words("і ў у на з да па для але што ці або а учора сёння"),
    "ky": _words("жана менен бирок үчүн кечээ бүгүн"),
    "mn": _words("болон ба бөгөөд өчигдөр өнөөдөр"),
    "mr": _words("आणि व किंवा पण की काल आज"),
    "ne": _words("र वा तर कि हिजो आज"),
    "gu": _words("અને કે પણ ગઈકાલે આજે"),
    "pa": _words("ਅਤੇ ਜਾਂ ਪਰ ਕਿ ਕੱਲ੍ਹ ਅੱਜ"),
    "or": _words("ଓ ଏବଂ କିମ୍ବା କିନ୍ତୁ ଗତକାଲି ଆଜି"),
    "te": _words("మరియు కానీ నిన్న ఈరోజు"),
    "kn": _words("ಮತ್ತು ಆದರೆ ನಿನ್ನೆ ಇಂದು"),
    "ml": _words("കൂടാതെ എന്നാൽ ഇന്നലെ ഇന്ന്"),
    "si": _words("සහ හා නමුත් ඊයේ අද"),
    "lo": _words("ແລະ ຫຼື ແຕ່ ວ່າ"),
    "ps": _words("او یا خو د"),
    "jv": _words("lan utawa nanging ing karo kanggo wingi saiki dina iki"),
    "qu": _words("chaymanta ichaqa"),
    "xh": _words("kwaye okanye kodwa"),
    "zu": _words("futhi noma kodwa"),
}

REGIONAL_PRONOUNS: dict[str, frozenset[str]] = {
    "be": _words("ён яна яны"),
    "ky": _words("ал алар"),
    "mn": _words("тэр тэд"),
    "mr": _words("ते त्या त्यांनी"),
    "ne": _words("उनले उनी उहाँले"),
    "gu": _words("તેમણે તેઓ"),
    "pa": _words("ਉਨ੍ਹਾਂ ਉਸ"),
    "or": _words("ସେ ସେମାନେ"),
    "te": _words("ఆయన ఆమె వారు"),
    "kn": _words("ಅವರು ಆಕೆ ಅವನು"),
    "ml": _words("അദ്ദേഹം അവർ"),
    "si": _words("ඔහු ඇය ඔවුන්"),
    "ps": _words("هغه هغوی"),
    "jv": _words("piyambakipun dheweke"),
    "qu": _words("pay paykuna"),
    "xh": _words("yena bona"),
    "zu": _words("yena bona"),
}

#: Languages whose press prints a quotation in single marks as readily as in double
#: (Malayalam: "..." എന്ന് X പറഞ്ഞു beside X-ന്റെ അഭിപ്രായത്തിൽ ‘...’): there a
#: single-quoted span outside every double-quoted one is a quotation too, not only a
#: quotation nested in one.
SINGLE_MARK_LANGUAGES: frozenset[str] = frozenset({"ml"})

#: Dialogue dashes (:data:`.languages.DASH_STYLE_BY_LANGUAGE`): Belarusian as Russian.
REGIONAL_DASH_STYLES: dict[str, str] = {"be": "inner"}

#: Languages that put the verb of saying after its subject, so the whole speaker phrase
#: may stand between a quote's closing mark and the verb ('"...," महानगरका प्रमुख X ले
#: भने'; "... ਖੇਤੀਬਾੜੀ ਅਫ਼ਸਰ X ਨੇ ਦੱਸਿਆ").
VERB_FINAL_LANGUAGES: frozenset[str] = frozenset(
    {"ky", "mn", "mr", "ne", "gu", "pa", "or", "te", "kn", "ml", "si", "ps", "km", "lo", "my"}
)  # Burmese ("my"): its verbs are in .languages_further

#: Languages written with a space between phrases, not words (Khmer, Lao): a speaker
#: phrase there runs on into the speaker's role, so a person is read by their title
#: (:data:`.role_nouns.PERSONAL_TITLES_BY_LANGUAGE`) and the name after it.
PHRASE_SPACED_LANGUAGES: frozenset[str] = frozenset({"km", "lo"})

#: "According to" written joined to the speaker's first word (Xhosa and Zulu
#: "ngokuka-X", "ngokukaX"), and the genitive prefix joined to it after a separate
#: "according to" (Zulu "ngokusho kukaX", "ngokusho kuka-X"): the speaker is the rest
#: of the word and the phrase after it.
ACCORDING_PREFIXES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "xh": ("ngokuka",),
    "zu": ("ngokuka",),
}
GENITIVE_PREFIXES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"xh": ("kuka",), "zu": ("kuka",)}

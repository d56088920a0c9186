"""The words that mark a byline, language by language: data read by the byline finders.

A byline is written in one of four ways, and each language has its words for them
(the grammar of bylines, no names):

- a word for "by" opening the line before the name (:data:`BY_WORDS`: "Par Claire
  Martin", "Na Amina Hassan", "Της Μαρίας Παπαδοπούλου", the genitive article Greek
  writes for "by"), or glued to it (:data:`GLUED_BY_WORDS`: Amharic "በአበበ ከበደ");
  a word that is also a name opens a byline only before a full name
  (:data:`NAME_LIKE_BY_WORDS`: Welsh "Gan Elin Wyn Hughes", never "Gan Wei");
- a label and a colon (or a spaced dash) before the name (:data:`AUTHOR_LABELS`:
  "Author:", "Автор:", "Yazar:", "Szerző:", "作者：");
- in scripts written without spaces between words, a reporter's role noun right after
  the name (:data:`REPORTER_AFTER_NAME`: Korean "홍길동 기자", Japanese "山田太郎 記者")
  or right before it (:data:`REPORTER_BEFORE_NAME`: Chinese "记者 王小明");
- a staff credit in place of a name (:data:`STAFF_CREDITS`: Bengali "নিজস্ব প্রতিবেদক",
  own reporter), or the word for the newsroom alone beside the date line
  (:data:`NEWSROOM_WORDS`: "Redacción").

:mod:`analysis.clean.header_lines` builds its byline patterns from these tables; adding a
language is adding its words here.
"""

from __future__ import annotations

import re

__all__ = [
    "ARABIC_MARKS",
    "AUTHOR_LABELS",
    "BYLINE_CLOSING_VERBS",
    "BY_WORDS",
    "COLUMNIST_WORDS",
    "DAY_WORDS_BEFORE_DATE",
    "GLUED_BY_WORDS",
    "ILLUSTRATION_CREDIT_WORDS",
    "INTERVIEWER_CREDITS",
    "JOINED_CREDIT_WORDS",
    "NAME_LIKE_BY_WORDS",
    "NEWSROOM_WORDS",
    "PAGE_PARTICLE_BY_WORDS",
    "PARTICLE_BY_WORDS",
    "PHOTO_CREDIT_WORDS",
    "REPORTER_AFTER_NAME",
    "REPORTER_AFTER_SPACED_NAME",
    "REPORTER_BEFORE_NAME",
    "REPORTER_BEFORE_PLACE",
    "REPORTER_LABELS",
    "REPORT_WORDS",
    "STAFF_CREDITS",
    "TEXT_CREDIT_WORDS",
    "WIRE_CO_AUTHOR_CUES",
    "WIRE_REPORTING_CUES",
    "WRITE_STEMS",
    "author_labels",
    "by_words",
    "glued_by_words",
    "interviewer_credits",
    "staff_credits",
    "with_marks",
]

#: The word for "by" before an author's name at the start of a byline, by language
#: (ISO 639-1), in lower case (a line may print it capitalized).
BY_WORDS: dict[str, tuple[str, ...]] = {
    # "by", and "written by" as a blog theme prints it before the name ("Escrito por
    # NAME": the participle in both genders; h313)
    # and a news portal's credit of its provider's writer in the language ("Story von
    # NAME", "Storia di NAME", as the portal's English "Story by")
    # a blog theme's "posted by" in the language ("Postado por NAME", h321; "Pubblicato da
    # NAME il 3 dicembre 2026", a CMS's blog profile, h398)
    "de": ("von", "geschrieben von", "story von", "veröffentlicht von", "gepostet von"),
    "fr": (
        "par",
        "écrit par",
        "écrite par",
        "rédigé par",
        "rédigée par",
        "publié par",
        "posté par",
    ),
    "es": ("por", "escrito por", "escrita por", "publicado por"),
    "pt": ("por", "escrito por", "escrita por", "postado por", "publicado por"),
    "nl": ("door", "door onze verslaggever", "van onze verslaggever"),  # "by/from our reporter"
    # "text by", beside "Foto di NAME" (h347)
    "it": (
        "di",
        "scritto da",
        "scritta da",
        "storia di",
        "testo di",
        "pubblicato da",
        "pubblicata da",
        "postato da",
    ),
    "ca": ("escrit per", "escrita per"),  # not "per" alone: NAME_LIKE_BY_WORDS
    "ro": ("scris de", "scrisă de"),  # not "de" alone: PARTICLE_BY_WORDS
    # genitive article; "from the"; "writes the" (h187: "Γράφει ο Νίκος Μαρκάκης")
    "el": ("του", "της", "των", "από τον", "από την", "γράφει ο", "γράφει η"),
    "is": ("eftir",),  # "by" (after), the name in the dative: "Eftir Guðrúnu Jónsdóttur"
    "ga": ("scríofa ag",),  # Irish "written by" (at): "Scríofa ag NAME" (h399)
    "sw": ("na", "imeandikwa na"),  # "by", "written by"
    "sv": ("av",),
    "no": ("av",),
    "da": ("af",),
    "id": ("oleh",),
    "ms": ("oleh",),
    "th": ("โดย", "เขียนโดย"),  # "by", "written by"
    "ar": ("بقلم",),  # "by the pen of"
    "he": ("מאת",),
    "yo": ("láti ọwọ́",),  # "from the hand of"
    "ig": ("site n'aka", "site n’aka"),  # "from the hand of" (h161)
    "mt": ("minn", "miktub minn"),  # "by", "written by" (h388)
    "af": ("deur",),
    "lb": ("vum", "vun"),  # "from the", "from"
    "su": ("dipasang ku", "ditulis ku"),  # "posted by", "written by"
    "fo": ("skrivað hevur",),  # "has written"
    "mg": ("nosoratan'i",),  # "written by"
    "yi": ("פֿון",),  # "from"
    "jv": ("déning", "dening"),
    "mi": ("nā",),
    "sm": ("tusia e",),  # "written by"
    "rw": ("yanditswe na",),  # "written by"
    "tl": ("isinulat ni", "sinulat ni"),  # "written by" ("ni" alone: NAME_LIKE_BY_WORDS)
    "ht": ("pa",),  # Haitian Creole "by"
    # h199: Breton "by" (with), Tongan "written by", Lingala "written by", Sundanese
    # "written by", Albanian "written by"
    "br": ("gant",),
    "to": ("fa'u 'e", "faʻu ʻe", "fa’u ’e"),
    "ln": ("ekomami na",),
    "sq": ("shkruar nga",),
    # h208: Luganda "by" (of: "Bya Musisi Kato", as Luganda papers sign), Lao "by"
    # without a colon (as Thai "โดย"), Tigrinya "by" written apart ("ብ ሃይለ ገብረሚካኤል";
    # glued, it opens any word), Fijian "written by"
    "lg": ("bya",),
    "lo": ("ໂດຍ", "ລາຍງານໂດຍ", "ຂຽນໂດຍ"),
    "ti": ("ብ",),
    "fj": ("vola o",),
    # h286: Khmer "by" without its colon (as Thai "โดย" and Lao "ໂດຍ" above: "ដោយ ហេង
    # សុខលីណា · DATE"), Lao "reported by" and "written by" glued as Lao writes them (the
    # line opens with the compound, not "ໂດຍ"), Sorani "written by" (the writing of NAME)
    # without a colon
    "km": ("ដោយ",),
    "ckb": ("نووسینی",),
    # h210: Shona "written by", in the noun classes a story ("nyaya", 9) and an article
    # ("rondedzero" 9, "bepa" 5) take: "Rakanyorwa na Rudo Chikwanha"
    "sn": ("rakanyorwa na", "yakanyorwa na"),
    # h211: Occitan "written by", Sardinian "written by", Tok Pisin "story of", Hmong
    # "written by", Manx "by"
    "oc": ("escrich per", "escrit per"),
    "sc": ("iscritu dae", "iscrita dae"),
    # h360: Sassarese "written by" (a blog engine's entry footer "Iscrittu da NAME in
    # SECTION a 09:14"), Southern Altai "written" before the name ("Бичиген NAME", as a
    # Joomla component prints its author label without a colon)
    "sdc": ("iscrittu da", "iscritta da"),
    "alt": ("бичиген",),
    "tpi": ("stori bilong", "raitim bilong"),
    "hmn": ("sau los ntawm",),
    "gv": ("liorish",),
    # h231: Kabyle "by" (from), Upper Sorbian "by" (from), Ilocano and Hiligaynon "written
    # by" (Tagalog's "sinulat ni" above), Waray "written by", Minangkabau "written by",
    # Walloon "written by", Tetum "written by", Papiamentu "written by" (with or without a
    # colon), Balinese "by"
    "kab": ("sɣur", "s ɣur"),  # written as one word or two
    "hsb": ("wot",),
    "ilo": ("sinurat ni", "insurat ni"),  # "written by", "wrote" (h262)
    "war": ("ginsurat ni",),
    "min": ("ditulih dek",),
    "wa": ("sicrît pa", "scrit pa"),
    "tet": ("hakerek husi",),
    "pap": ("skirbí pa", "skirbi pa"),
    "ban": ("olih",),
    # Limburgish "written by" (after review h231's held-out pages)
    "li": ("gesjreve door",),
    # h246: Banjar "written by" (Indonesian's "ditulis oleh"), Kikuyu "written by" (with
    # and without its tildes), Tshivenda "it is written by", Kapampangan "written by",
    # Sranan "written by", Lombard "written by" (Milanese spelling), Piedmontese "written
    # by", Judeo-Spanish "written by", Khasi "by" with the feminine or masculine article
    # before the name ("Da ka Iaishah Lyngdoh")
    "bjn": ("ditulis ulih",),
    "ki": ("kĩandĩkĩtwo nĩ", "kiandikitwo ni"),
    "ve": ("yo ṅwalwa nga",),
    "pam": ("sinulat nang",),
    "srn": ("skrifi fu",),
    "lmo": ("scrivuu de",),
    "pms": ("scrit da",),
    "lad": ("eskrito por", "eskrita por"),
    "kha": ("da ka", "da u"),
    # after review h246's held-out pages: Central Bikol "written by", Picard "written by"
    "bcl": ("isinurat ni",),
    "pcd": ("scrit par",),
    # h255: Mauritian Creole, North Frisian (Fering), Bavarian, Emilian, Arpitan,
    # Aromanian, Ido, Pangasinan and Chavacano "written by"; K'iche' "written by" (with
    # the apostrophe or the right single quote)
    "mfe": ("ekrir par",),
    "frr": ("skrewen faan",),
    "bar": ("gschriem vo", "gschriebn vo"),
    "eml": ("scrétt da", "scrett da"),
    "frp": ("ècrit per", "ecrit per"),
    "rup": ("scriatã di", "scriată di"),
    "io": ("skribita da",),
    "pag": ("insulat nen",),
    "cbk": ("escribido por",),
    "quc": ("tz'ib'am rumal", "tz’ib’am rumal"),
    # after review h255's held-out pages: Bemba "written by", Jèrriais "written by",
    # Southern Ndebele "it is written by", its "ngu-" joined to the name by a hyphen
    "bem": ("ilembelwe na",),
    "nrf": ("êcrit par",),
    "nr": ("kutlolwe ngu-",),
    # h262: Pennsylvania Dutch "written by" (with "vun", by, or "vum", by the: a card's
    # "Gschriwwe vum NAME · DATE"); Ilocano's "insurat ni" (wrote) is in its row above
    "pdc": ("gschriwwe vun", "gschriwwe vum", "gschriwwe vu"),
    # h263: Kölsch, West Flemish and Jamaican Patois "written by", Cook Islands Māori
    # "written by" (with the ʻokina, an apostrophe or a right single quote), Tuvaluan
    # "written by", Gilbertese "it was written by", Kikongo (Kituba) "written by",
    # Guianese Creole "written by" (with and without its accent)
    "ksh": ("jeschrevve vun",),
    "vls": ("geschreven deur",),
    "jam": ("rait bai",),
    "rar": ("tata ʻia e", "tata 'ia e", "tata ’ia e"),
    "tvl": ("tusi ne",),
    "gil": ("e koreaki iroun",),
    "kg": ("yinsonikini na",),
    "gcr": ("ékri pa", "ekri pa"),
    # after review h263's held-out pages: Saterland Frisian and Zeelandic "written by"
    "stq": ("skrieuwen fon",),
    "zea": ("eschreve deur",),
    # h271: Karelian "wrote", Gronings "written by", Swabian "written by the" / "by",
    # Lozi "written by", Wallisian "written by", Louisiana Creole "written by" (with and
    # without its accent)
    "krl": ("kirjutti",),
    "gos": ("schreven deur",),
    "swg": ("gschriebe vom", "gschriebe vo", "gschriebe von"),
    "loz": ("ñozwi ki",),
    "wls": ("tohi e",),
    "lou": ("ekri par", "ékri par"),
    # h279: Chitonga "it was written by", Betawi "written by", Meänkieli "has written"
    # (Finnish's "kirjoittanut"), Belize Kriol "story by", Pohnpeian "written by"
    "toi": ("yakalembwa a",),
    "bew": ("ditulis ame",),
    "fit": ("kirjottanu",),
    "bzj": ("stoari bai",),
    "pon": ("ntingihdi sang",),
    "zdj": ("yandzikwa na",),  # Shingazidja "written by" (review h279's held-out pages)
    # h287: Kosraean "written by" (no colon: "Simusla sel NAME"), Oshiwambo (Ndonga) and
    # Herero "it was written by", Drehu "written by", Plautdietsch "written by"
    "kos": ("simusla sel",),
    "ng": ("kwa nyolwa ku",),
    "hz": ("kwa tjangwa i",),
    "dhv": ("hna cinyihan hnei",),
    "pdt": ("jeschräwe von",),
    # not Ladin, Venetian and Ligurian "de", Latin "a": a name's particle or a preposition
    # opening a headline, as Romanian "de" (PARTICLE_BY_WORDS; capitalized, a cue on a
    # name line only: PAGE_PARTICLE_BY_WORDS)
    # Chamorro "from" before a person's article (review h231)
    "ch": ("ginen as", "ginen si"),
    # not Catalan "per", Welsh "gan", Hausa "daga", Tagalog "ni": each is also a given
    # name or a surname that opens a byline ("Per Olsen", "Gan Wei", "Ni Hao"): they are
    # NAME_LIKE_BY_WORDS
}

#: A word for "by" written glued to the name's first word, by language: Amharic "በ"
#: ("በአበበ ከበደ", by Abebe Kebede). The same prefix opens a place ("በአዲስ አበባ", in
#: Addis Ababa): a name line opening with it is a byline only as a name line is, under
#: the headline beside a date line (:func:`analysis.clean.bylines.find_name_line_byline`).
#: In a script with case the name keeps its capital after the prefix, which marks it:
#: Zulu and Xhosa "ngu" (it is) before a name ("NguSipho Ndlovu", "nguSipho Ndlovu"), a
#: cue only before a capital glued to it and a full name of two words
#: (:func:`analysis.clean.header_lines.find_byline`).
GLUED_BY_WORDS: dict[str, tuple[str, ...]] = {
    "am": ("በ",),
    "zu": ("ngu",),
    "xh": ("ngu",),
}

#: A word for "by" that is also a given name or a surname ("Per Olsen", "Gan Wei", "Ni
#: Hao"), by language: capitalized, it opens a byline only before a name that is whole
#: without it, three capitalized name words or more ("Gan Elin Wyn Hughes"; "Per Anna
#: Vidal" may be a three-word name and is not read as a cue); in lower case at the
#: line's start, where no name's first word is, before a name of two capitalized words
#: or more ("ni Jose Ramos | Disyembre 3, 2026").
NAME_LIKE_BY_WORDS: dict[str, tuple[str, ...]] = {
    "ca": ("per",),
    "cy": ("gan",),
    "ha": ("daga",),
    "tl": ("ni",),
    "ga": ("le",),  # "by" (with); French "Le Pen"
    "gd": ("le",),  # Scottish Gaelic "by" (with), as Irish (review h199 F8)
    "sq": ("nga",),  # "by" (from); Vietnamese "Nga", a given name
    "tn": ("ka",),  # Setswana "by"; Hawaiian's article ("Ka Leo o Hilo"), a given name
    "ts": ("hi",),  # Xitsonga "by"; English's greeting ("Hi Anna,")
}

#: A word for "by" that is also a name's particle or a common preposition ("de Gaulle",
#: "De Nieuwe Kerk"), by language: a cue only in lower case at the line's start before a
#: full name ("de Andrei Pop, 3 dec. 2026"), never capitalized.
PARTICLE_BY_WORDS: dict[str, tuple[str, ...]] = {
    "ro": ("de",),
    "bg": ("от",),  # "from"; "От" opens a headline's phrase ("От София до Пловдив")
}

#: A word for "by" that is also a name's particle or a preposition ("De Luca", "De
#: Nieuwe Kerk"), by language, capitalized at the start of a line holding only a name
#: ("De Piero Zanchetta"): a cue only on a page in that language (the page's likeliest
#: language: :func:`analysis.clean.page_date_order.page_languages`), a date line beside the name
#: line marking it, as the capitalized particles of :data:`NAME_LIKE_BY_WORDS` are
#: (:func:`analysis.clean.bylines.find_name_line_byline`); never in a line of prose.
#: Venetian, Ligurian and Ladin "de" (from, by); the language classifier ranks Ladin
#: pages Ligurian or Venetian.
PAGE_PARTICLE_BY_WORDS: dict[str, tuple[str, ...]] = {
    "vec": ("de",),
    "lij": ("de",),
    "lld": ("de",),
}

#: The plural author labels of :data:`AUTHOR_LABELS` (lower case): after one, names
#: set apart by commas are the article's authors, with or without "and" before the last
#: ("Autorzy: Anna Nowak, Piotr Wilk"; after "Author:" or "By" a name after the comma may
#: be a credit: "By Jo Doe, Associated Press").
PLURAL_AUTHOR_LABELS = frozenset(
    {"authors", "autoren", "auteurs", "autori", "autores", "autorzy", "autoři", "авторы", "автори"}
    | {"pišu", "пишу"}  # Croatian and Serbian "(they) write" (review h361)
    # Indonesian and Malay "writer(s)", a noun their grammar does not mark for number:
    # "Penulis: A, B | Editor: C" credits two (review h376)
    | {"penulis"}
)

#: A label written before a colon and the author's name, by language, in lower case
#: ("Author: Jane Doe"; the plural before two names: "Autorzy: A, B"); the English one
#: is the cue's own (``header_lines``).
AUTHOR_LABELS: dict[str, tuple[str, ...]] = {
    # "Words: NAME" (UK magazines); "Author of the article: NAME", as a Canadian chain's
    # papers label their bylines (h414)
    "en": ("author", "authors", "reporter", "words", "author of the article"),
    "de": ("autor", "autorin", "autoren"),
    "fr": ("auteur", "auteure", "autrice", "auteurs"),
    "it": ("autore", "autrice", "autori", "testo"),
    # "text (by)", as "Texto: NAME / Fotos: NAME" credits the words beside the pictures
    # (review h321)
    # "writes", "wrote", "drafted (it)": a Latin American site's credit of its writer
    # before a colon ("Escribe: NAME", "Redactó: NAME", review h361)
    "es": ("autor", "autora", "autores", "texto", "escribe", "escribió", "redactó"),
    # "report: NAME", a TV page's reporter credit over "Imagens: / Edição:" (h388)
    "pt": ("autor", "autora", "autores", "texto", "reportagem"),
    "pl": ("autor", "autorka", "autorzy"),
    "cs": ("autor", "autorka", "autoři"),
    "ru": ("автор", "авторы", "текст"),  # "text (by)"
    "uk": ("автор", "авторка", "автори", "текст"),
    # "text (by)", "reporter"; "text and photo(s)" ("Teksti ja kuva: NAME", h346)
    "fi": ("teksti", "toimittaja", "teksti ja kuva", "teksti ja kuvat"),
    "ro": ("autor", "autori"),
    # "writer", "report (by)", "reporter", "the one who writes" (Yoast's "Written by",
    # after review h287's held-out pages)
    "tr": ("yazar", "haber", "muhabir", "yazan"),
    # "posted (by)"; "text (by)", as "Szöveg: NAME, fotó: NAME" credits the words (h347)
    "hu": ("szerző", "közzétette", "szöveg"),
    # "editor", "report (by)"; "writing", "editing (by)": a newsroom's credit (h378)
    "el": ("συντάκτης", "συντάκτρια", "ρεπορτάζ", "σύνταξη", "επιμέλεια"),
    # "wrote", "she wrote", "wrote it"; "they wrote it" (Sudanese and Chadian speech),
    # "prepared (by)", "prepared and photographed (by)": one person's credit (review h305)
    # "report (by)": a broadcaster's credit of a filmed report ("تقرير: NAME", h346)
    # "he wrote it" beside "she wrote it" (review h376)
    "ar": (
        "بقلم",
        "الكاتب",
        "كتب",
        "كتبت",
        "كتبه",
        "كتبها",
        "كتبوه",
        "إعداد",
        "إعداد وتصوير",
        "تقرير",
    ),
    "he": ("מאת", "כותב", "כותבת"),
    "id": ("penulis", "reporter", "wartawan"),  # "writer", "reporter", "journalist"
    "zh": ("作者", "记者", "記者", "撰文"),  # "written (by)", as Hong Kong and Taiwan print it
    "ja": ("記者", "筆者"),
    "ko": ("기자",),
    "hr": ("piše", "pišu", "autor", "autorica"),  # "writes", "(they) write" (h361)
    "sr": (
        "piše",
        "autor",
        "razgovarao",
        "razgovarala",
        "pišu",  # "(they) write", before two names (review h361)
        "пише",
        "пишу",
        "аутор",
        "разговарао",
        "разговарала",
    ),
    "bg": ("автор", "автори"),
    "lv": ("autors", "autore", "teksts"),  # text (by), beside "Foto: NAME" (h376)
    "lt": ("autorius", "autorė", "tekstas"),  # text (by) (h199)
    "et": ("autor",),
    # "report (from)"; "text (by)", "photos and text (by)"
    "fa": ("نویسنده", "خبرنگار", "گزارش", "گزارش از", "متن", "عکس و متن"),
    # "report (by)"; "writer" (Urdu's and Shahmukhi Punjabi's)
    "ur": ("تحریر", "رپورٹر", "رپورٹ", "لکھاری"),
    "ta": ("எழுதியவர்", "செய்தியாளர்"),  # writer, reporter
    "sk": ("autor", "autorka", "autori"),
    "sl": ("avtor", "avtorica"),
    "be": ("аўтар",),
    "kk": ("авторы", "автор", "тілші"),  # correspondent (h199)
    "ky": ("автору", "автор"),  # its author (h177)
    "mk": ("автор", "пишува"),  # "writes" (h177)
    "az": ("müəllif",),
    "uz": ("muallif",),
    "hy": ("հեղինակ",),
    "ka": ("ავტორი", "ავტორები", "დაწერა", "დაწერილია"),  # author(s), "wrote", "written"
    "mn": ("сурвалжлагч", "зохиогч"),  # correspondent, author (h388)
    "ne": ("लेखक",),
    "hi": ("लेखक", "रिपोर्ट", "संवाददाता"),  # writer, report (by), correspondent
    "mr": ("लेखक",),
    "gu": ("લેખક", "અહેવાલ"),  # writer, report (by) (h211)
    "te": ("రచయిత", "రచన"),  # writer, writing (by)
    "kn": ("ಲೇಖಕರು", "ಲೇಖಕ", "ವರದಿ"),  # writer, report (by)
    "ml": ("എഴുതിയത്", "ലേഖകൻ"),  # written by, writer (h211)
    "pa": ("ਲੇਖਕ",),
    # writer, report (by), reporter, written by (the one writing: h211)
    "si": ("ලියුම්කරු", "වාර්තාව", "වාර්තාකරු", "ලියන්නේ"),
    # written by, by (with a colon, as Khmer "ដោយ៖"); a programme's "hosted by" (h388)
    "lo": ("ຂຽນໂດຍ", "ໂດຍ", "ດຳເນີນລາຍການໂດຍ"),
    "am": ("ጸሐፊ", "ዘጋቢ"),
    "so": ("qoraa",),
    "eu": ("egilea", "idazlea"),  # author, writer
    "my": ("ရေးသားသူ", "သတင်းထောက်"),  # writer, reporter (h187)
    "km": ("ដោយ", "អ្នកយកព័ត៌មាន"),  # by (with the Khmer colon "៖"), reporter
    # h102's languages: writer / author
    "ckb": ("نووسەر", "نووسینی"),  # writer, written by
    "ku": ("nivîskar",),
    "or": ("ଲେଖକ", "ରିପୋର୍ଟ"),  # writer, report (by) (h211)
    "sd": ("ليکڪ", "رپورٽ"),  # writer, report (by) (h199)
    "ti": ("ጸሓፊ",),
    "ug": ("ئاپتور", "مۇخبىر", "يازغۇچى"),  # author, reporter (h199), writer (h328)
    "qu": ("qillqaq",),
    "tg": ("муаллиф",),
    "ps": ("لیکوال",),
    "bo": ("རྩོམ་པ་པོ",),
    "bn": ("লেখক", "প্রতিবেদক"),  # writer, reporter (h111 P6)
    "as": ("লিখক", "প্ৰতিবেদক"),  # Assamese's spellings: writer, reporter (h187)
    "sw": ("mwandishi",),  # writer (h142)
    "ny": ("wolemba",),  # Chichewa "writer" (h210: "Wolemba: Chikondi Banda")
    # h199: Guarani "wrote", Wolof "the one who wrote it", Oromo "writer", Turkmen
    # "author", Kazakh "correspondent", Sindhi "report (by)", Dhivehi "written by",
    # Esperanto "wrote", Javanese "writer", Fijian "written"
    "gn": ("ohai",),
    "wo": ("ki ko bind",),
    "om": ("barreessaa",),
    "tk": ("awtor",),
    "dv": ("ލިޔުނީ",),
    "eo": ("verkis", "aŭtoro"),
    "jv": ("panulis",),
    "fj": ("vola",),
    # "text (by)", as "Text: NAME" over or under the story, "Foto: NAME" beside it
    "sv": ("text", "skribent"),
    "no": ("tekst",),
    "da": ("tekst",),
    "nl": ("tekst",),
    # h211: Faroese "text (by)", Northern Sami "writer", Sakha "author", Igbo "the
    # story's writer", Sundanese "by" (with a colon)
    "fo": ("tekstur",),
    "se": ("čálli",),
    "sah": ("ааптар",),
    "ig": ("onye odee akụkọ",),
    "su": ("ku",),
    # h231: Latin "by the author" (ablative), Ewe "writer", Twi "writer", Greenlandic
    # "writer", Inuktitut "writer", Chechen "writer", Crimean Tatar "author", Kashubian
    # "wrote", Tetum, Papiamentu and Balinese "written by" / "by" before a colon, Sanskrit
    # "writer" (with its visarga), Konkani "writer", Bhojpuri "writer"
    "la": ("auctore", "auctor"),
    "ee": ("ŋlɔla",),
    "ak": ("ɔkyerɛwfoɔ", "ɔkyerɛwfo"),
    "kl": ("allattoq",),
    "iu": ("ᑎᑎᕋᖅᑎ",),
    "ce": ("яздархо",),
    "crh": ("müellif",),
    "csb": ("napisôł", "napisała"),
    "tet": ("hakerek husi",),
    "pap": ("skirbí pa", "skirbi pa"),
    "ban": ("olih",),
    "sa": ("लेखकः", "लेखक"),
    "gom": ("बरोवपी",),
    "bho": ("लिखनिहार",),
    "bi": ("stori i kam long",),  # Bislama "story from" (after h231's held-out pages)
    # h246: Bambara "writer", Dholuo "writer", Sepedi "writer", Taiwanese Hokkien's
    # Pe̍h-ōe-jī "author" (作者), Mizo "writer", Yucatec Maya "wrote it", Gagauz "wrote",
    # Erzya "wrote it", Komi "wrote", Meadow Mari "has written", Kabardian "the one who
    # wrote", Livvi Karelian "wrote", Inari Sami "writer", Italian "text (by)" (Testo:
    # NAME, beside "Foto: NAME")
    "bm": ("sɛbɛnnikɛla",),
    "luo": ("jandiko",),
    "nso": ("mongwadi",),
    "nan": ("chok-chiá", "chok-chia"),
    "lus": ("ziaktu",),
    "yua": ("tu ts'íibtaj", "tu ts’íibtaj"),
    "gag": ("yazdı",),
    "myv": ("сёрмадызе",),
    "kv": ("гижис",),
    "mhr": ("возен",),
    "kbd": ("зытхар",),
    "olo": ("kirjutti",),
    "smn": ("čälli",),
    "tum": ("walemba",),  # Tumbuka "has written" (after review h246's held-out pages)
    # h255: Aymara "writer", K'iche' "writer", Huasteca Nahuatl "writer", Ojibwe "the one
    # who wrote it", Plains Cree "writer" (syllabics), Mi'kmaq "writer", Lakota "writer"
    # (writing-maker), Mapudungun "writer", Sango "writer", Pular "wrote", Niuean
    # "written by", Marshallese "the writer", Mingrelian "wrote", Assyrian Neo-Aramaic
    # "writer", Adyghe "the one who wrote", Karachay-Balkar "wrote", Newar "writer",
    # Manipuri (Meitei Mayek) "by", Shan "written", Romani "wrote", Lower Sorbian
    # "wrote" (m., f.), Võro "written by", Tamazight (Tifinagh) "by the hand of",
    # Zhuang "writer", Hakka's Pha̍k-fa-sṳ "author" (作者), Acehnese "written by",
    # Madurese "writer"
    "ay": ("qillqiri",),
    "quc": ("tz'ib'anel", "tz’ib’anel"),
    "nah": ("tlajkuilojki",),
    "oj": ("gaa-ozhibii'ang", "gaa-ozhibii’ang"),
    "cr": ("ᐅᒪᓯᓇᐦᐃᑫᐤ",),
    "mic": ("wi'kiket", "wi’kiket"),
    "lkt": ("wówapi kága",),
    "arn": ("wirintukufe",),
    "sg": ("wasû-mbëti",),
    "ff": ("winndi", "𞤦𞤭𞤲𞤣𞤭"),  # its Adlam letters, lower case (h287)
    "niu": ("tohi e",),
    "mh": ("jeje eo",),
    "xmf": ("ჭარუ",),
    "aii": ("ܡܟܬܒܢܐ",),
    "ady": ("зытхыгъэр",),
    "krc": ("жазгъан",),
    "new": ("च्वमि",),
    "mni": ("ꯏꯕꯤꯒꯤ",),
    "shn": ("တႅမ်ႈ",),
    "rom": ("ramosardas", "ramosarda"),
    "dsb": ("pisał", "pisała"),
    "vro": ("kirotanu",),
    "zgh": ("ⵙ ⵓⴼⵓⵙ ⵏ",),
    "za": ("bouxsij",),
    "hak": ("chok-chá", "chok-cha"),
    # Acehnese "written by", its first word's accent written too ("Geutuléh lé:", h321)
    "ace": ("geutuleh lé", "geutuleh le", "geutuléh lé"),
    "mad": ("panoles",),
    # h263: Lezgian "the one who wrote", Avar "written", Kumyk "wrote", Ingush "the one
    # who wrote", Veps "writer", Extremaduran "wrote", Solomons Pijin "story of", Fiji
    # Hindi "wrote", Runyankore "it was written by", Dagbani "writing", Efik "wrote",
    # Afar "writer", Tachelhit "wrote it", Saraiki "writer", Balochi "written",
    # Mazanderani and Gilaki "wrote", Tulu "the one who wrote", Chakma "writer", S'gaw
    # Karen "written by" (before a spaced dash), Nuosu Yi "writer", Mohawk "he wrote" (a
    # colon inside the word marks a long vowel), Fuzhou "author" (Foochow Romanized),
    # Iñupiaq "he/she wrote it", Batak Toba "writer", Awadhi "wrote", Hakha Chin "writer"
    "lez": ("кхьейди",),
    "av": ("хъвараб",),
    "kum": ("язгъан",),
    "inh": ("яздаьр",),
    "vep": ("kirjutai",),
    "ext": ("escrebiu",),
    "pis": ("stori blong",),
    "hif": ("likhis",),
    "nyn": ("yahandiikirwe",),
    "dag": ("sabbu",),
    "efi": ("ewetde",),
    "aa": ("xagissoh",),
    "shi": ("yura t",),
    "skr": ("لکھاری",),
    "bal": ("نبشتہ", "نبشته"),
    "mzn": ("بنویشته",),
    "glk": ("بینیویشته",),
    "tcy": ("ಬರೆಯಿನಾಯೆ",),
    "ccp": ("𑄣𑄨𑄉𑄨𑄠𑄬",),
    "ksw": ("ကွဲးလၢ",),
    "ii": ("ꀀꁱ",),
    "moh": ("raia'tò:ta'", "raia’tò:ta’"),
    "cdo": ("cuông-ciā",),
    "ik": ("aglagaa",),
    "bbc": ("panurat",),
    "awa": ("लिखिन",),
    "cnh": ("ttialtu",),
    # after review h263's held-out pages: Chhattisgarhi "writer", Mooré "writer",
    # Bishnupriya Manipuri "wrote"
    "hne": ("लिखइया",),
    "mos": ("gʋlsdã",),
    "bpy": ("লেখিসে",),
    # h271: Moksha "wrote", Southern Altai "wrote", Khakas "wrote", Kalmyk "written",
    # Nogai "wrote", Lak "written", Skolt Sami "wrote" (its prime letter ʹ inside), Fon
    # "written", Kabiyè "written", Tiv "wrote", Acholi "wrote", Maasai "writer",
    # Buginese "written", Gorontalo "writing of", Lepcha "writer", Limbu "writer", Mon
    # "written" (before a spaced dash), Jingpho "wrote", Zazaki "writer", Northern Luri
    # "writer", Brahui "written", Tzotzil "written" (its glottal stop as ʼ or an
    # apostrophe), Isthmus Zapotec "wrote", Central Yup'ik "its writer"
    "mdf": ("сёрмадсь",),
    "alt": ("бичиген",),
    "kjh": ("пасхан",),
    "xal": ("бичсн",),
    "nog": ("язды",),
    "lbe": ("чичлай",),
    "sms": ("ǩeeʹrjti",),
    "fon": ("wlan",),
    "kbp": ("ŋmaɣ",),
    "tiv": ("ngeren",),
    "ach": ("ocoyo",),
    "mas": ("aigeruni",),
    "bug": ("ripauki",),
    "gor": ("tulade lo",),
    "lep": ("ᰚᰦᰶᰊᰧ",),
    "lif": ("ᤋᤡᤶᤗᤠ",),
    "mnw": ("ချူ",),
    "kac": ("ka ai",),
    "zza": ("nuştox",),
    "lrc": ("نیسنه",),
    "brh": ("نوشت",),
    "tzo": ("stsʼibaoj", "sts'ibaoj", "sts’ibaoj"),
    "zai": ("bicaa",),
    "esu": ("igautellra",),
    # after review h271's held-out pages: Chuukese "its writing", Dargwa "writer" (its
    # palochka as the Cyrillic letter, a Latin I or i, or the digit 1, as sites type it),
    # Ga "the one who wrote", Guadeloupean Creole "written by", Samogitian "wrote"
    "chk": ("makkeien",),
    # Thai "news/photos (by)": one reporter's credit for text and pictures (review h305);
    # "story (by)" beside a photo credit ("เรื่อง: NAME | ภาพ: NAME", review h321)
    # "writer" ("ผู้เขียน: NAME" after the date line's bar, h399)
    "th": ("ข่าว/ภาพ", "เรื่อง", "ผู้เขียน"),
    # Vietnamese "article (by)" beside a photo credit ("Bài: NAME - Ảnh: NAME", h321);
    # "reporter", "author" ("Phóng viên: NAME - Biên tập: NAME", h376)
    "vi": ("bài", "phóng viên", "tác giả"),
    "dar": ("белкӏунси", "белкiунси", "белк1унси"),
    "gaa": ("mɔ ni ŋma",),
    "gcf": ("matjé pa", "matje pa"),
    "sgs": ("rašė",),
    # h279: South Azerbaijani "writer", Hazaragi "written" (Persian's past participle),
    # Haryanvi "wrote", Ibibio "writer", Zarma "writer", Kadazan Dusun "written by", Karo
    # "written", Makassarese "written by", Nias "written", Maranao "written by", Amis
    # "writer", Atayal "wrote", Truku "written", Khanty "wrote", Shor "wrote", Evenki
    # "wrote", Southern Sami "writer", Lule Sami "writer", Kajkavian "wrote" (its
    # masculine past without Croatian's final -o), Pannonian Rusyn "wrote" (masculine
    # and feminine), Qʼeqchiʼ "wrote" (its glottal stop as ʼ, an apostrophe or a right
    # single quote), Garo "writer" (its raised dot as the middle dot), Rade "written",
    # Iu Mien "write", Ainu "write", Dungan "write"
    "ary": ("كتبات",),  # Moroccan Darija "she wrote" (Arabic's "كتبت")
    "azb": ("یازان",),
    "haz": ("نوشته",),
    "bgc": ("लिख्या",),
    "ibb": ("ewet",),
    "dje": ("hantumkaw",),
    "dtp": ("sinurat di",),
    "btx": ("isurat",),
    "mak": ("nituliski ri",),
    "nia": ("nisura",),
    "mrw": ("sinorat o",),
    "ami": ("misulitay",),
    "tay": ("matas",),
    "trv": ("pcbu",),
    "kca": ("хансәс",),
    "cjs": ("пасқан",),
    "evn": ("дюрувчэрэн",),
    "sma": ("tjaelije",),
    "smj": ("tjálle",),
    "kjv": ("napisal",),
    "rsk": ("написал", "написала"),
    "kek": ("xtzʼiibʼa", "xtz'iib'a", "xtz’iib’a"),
    "grt": ("sea·gipa",),
    "rad": ("čih",),
    "ium": ("fiev",),
    "ain": ("ヌイェ",),
    "dng": ("шя",),
    # after review h279's held-out pages: Mansi "wrote"
    "mns": ("хансыс",),
    # h287: Nigerian Pidgin "who wrote it", Cameroonian Pidgin "writer", Miskito "writing
    # (of)", Wayuu "writer", Mam "written by" and Tzeltal "written by" (the glottal stop
    # as ʼ, an apostrophe or a right single quote), Purépecha "written", Yapese "written
    # by", Hiri Motu "he/she wrote", Australian Kriol "wrote", Makhuwa "write", Kimbundu
    # "to write", Umbundu "he/she wrote", Tshiluba "writer", Luhya "wrote", Ateso
    # "writer", Dinka "written by" (its ɔ̈ with a combining diaeresis), Kanuri "written",
    # Edo "he/she wrote", Soninke "writer", Serer "writer", Mandinka "writer", Temne
    # "he/she wrote", Vai "written by" (its syllabary), Sylheti "wrote" (Syloti Nagri),
    # Kokborok "written", Laz "writer" (ç with a combining caron), Talysh "written",
    # Arbëresh "wrote" (Albanian's), Pontic Greek "wrote", Lisu "written by" (Fraser
    # letters), Manding in N'Ko "writer", Fula in Adlam "writer", Wolaytta "wrote"
    "pcm": ("wey write am",),
    "wes": ("writa",),
    "miq": ("ulbanka",),
    "guc": ("ashajuushi",),
    "mam": ("tzʼibʼil tuʼn", "tz'ib'il tu'n", "tz’ib’il tu’n"),
    "tzh": ("tsʼibaybil yuʼun", "ts'ibaybil yu'un", "ts’ibaybil yu’un"),
    "tsz": ("karakata",),
    "yap": ("kan yoloy",),
    "ho": ("ia torea",),
    "rop": ("bin raitim",),
    "vmw": ("olepa",),
    "kmb": ("kusoneka",),
    "umb": ("wa soneha",),
    "lua": ("mufundi",),
    "luy": ("yahandika",),
    "teo": ("egirit",),
    "din": ("gɔ̈t ë",),
    "knc": ("rubǝtǝ",),
    "bin": ("ọ ya gbẹn",),
    "snk": ("sefandi",),
    "srr": ("bindaa",),
    "mnk": ("safeeriloo",),
    "tem": ("ɔ gbal",),
    "vai": ("ꕚꕞ ꕸ",),
    "syl": ("ꠟꠦꠈꠍꠂꠘ",),
    "trp": ("suimani",),
    "lzz": ("doç̌aru",),
    # Talysh "written" in both Latin spellings of its first vowel, ə and ı (h381: a
    # news module's 'Nıvıştə: NAME DATE' line)
    "tly": ("nəvıştə", "nıvıştə"),
    "aae": ("shkroi",),
    "pnt": ("έγραψεν",),
    "lis": ("ꓓꓲ ꓬꓲꓸ",),
    "nqo": ("ߛߓߍߦߟߊ",),
    "wal": ("xaafiday",),
    # after review h287's held-out pages: Hunsrik "written by", Livonian "written",
    # Tarifit "he wrote it" (its hyphened object), Sidama "wrote"
    "hrx": ("geschrieb von",),
    "liv": ("kēratõnd",),
    "rif": ("yura-t",),
    "sid": ("borreessino",),
    # h295: the labels of scripts without case, where a label's shape does not show
    # where the name starts (analysis.clean.labelled_byline reads those with case):
    # Southern Kurdish "writer" (its Persian-style ی), Harari "wrote" (with the Ethiopic
    # preface colon "፦"), Magahi "they wrote", Tharu "wrote", Okinawan "the one who wrote"
    "sdh": ("نویسەر",),
    "har": ("ጣፈ",),
    "mag": ("लिखलन",),
    "thl": ("लिख्ले",),
    "ryu": ("書ちゃる人",),
}

#: The stem of the Indo-Aryan verb "to write" (likh-, lekh-) in each script its languages
#: print it in: Perso-Arabic (Urdu, Sindhi, Shahmukhi Punjabi, Saraiki, Hindko, Khowar,
#: Shina, Balti: "لکھاری", "لیکھاک", "لِکھوک", Sindhi "ليکڪ"), Devanagari ("लेखक",
#: "लिखिन", "लिख्यो"), Bengali-Assamese ("লেখক", "লেখা", "লিখিছে"), Gurmukhi, Gujarati and
#: Odia. A label built on it before a colon ("writer:", "written:", "wrote:") is an
#: author label in every language of the family, so a language no table holds is read
#: by its stem: :data:`AUTHOR_LABELS` had grown one such word a language (Awadhi, Magahi,
#: Tharu, Bhili, Saraiki ...). Scripts without case cannot show a label by its shape
#: (:mod:`analysis.clean.labelled_byline`), and the stem is that family's shape.
WRITE_STEMS: tuple[str, ...] = (
    "لکھ", "لیکھ", "ليکھ", "ليک", "لیک", "لکه",
    "लिख", "लेख",
    "লিখ", "লেখ",
    "ਲਿਖ", "ਲੇਖ",
    "લખ", "લેખ",
    "ଲେଖ", "ଲିଖ",
)  # fmt: skip

#: A reporter's role noun of :data:`AUTHOR_LABELS` that may stand before the name
#: without a colon, capitalized at the line's start, the line holding nothing but the
#: role and a full name: Finnish "Toimittaja Mikko Lahti", Mongolian "Сурвалжлагч
#: Б.Оюунчимэг" (an initial glued to the name by its dot), Turkish "Muhabir Ayşe
#: Demir", Indonesian "Wartawan Budi Santoso". Not "author"/"text" words: "Teksti" and
#: "Autor" open a headline's phrase as often.
REPORTER_LABELS: dict[str, tuple[str, ...]] = {
    "fi": ("toimittaja",),
    "mn": ("сурвалжлагч",),
    "tr": ("muhabir",),
    "id": ("wartawan",),
}

#: A reporter's role noun printed after the name and a spaced dash or comma, in
#: scripts without case written with spaces: Sinhala "සුනිල් පෙරේරා - වාර්තාකරු"
#: (reporter), Tamil "செய்தியாளர்" (reporter), Hindi "संवाददाता", Urdu "نامہ نگار"
#: (correspondent), Arabic "مراسل" (correspondent), Thai "ผู้สื่อข่าว" (reporter; a space
#: alone may part it from the name).
REPORTER_AFTER_SPACED_NAME: dict[str, tuple[str, ...]] = {
    "si": ("වාර්තාකරු",),
    "ta": ("செய்தியாளர்",),
    "hi": ("संवाददाता", "विशेष संवाददाता"),  # correspondent, special correspondent (h211)
    "ne": ("संवाददाता", "विशेष संवाददाता"),  # Nepali's, the same words (h211)
    "ur": ("نامہ نگار",),  # correspondent, after the Arabic comma: "عائشہ صدیقی، نامہ نگار"
    "ar": ("مراسل", "مراسلة"),  # correspondent (m., f.): "ليلى حداد، مراسلة"
    "th": ("ผู้สื่อข่าว",),  # reporter, after a space: "ปิยะนุช ศรีสุข ผู้สื่อข่าว"
}

#: The verb closing a byline written as a sentence, NAME + "wrote (it)", after a word for
#: "by" or alone: Krio "Na NAME rayt am" ("it is NAME who wrote it"), Nigerian Pidgin
#: "Na NAME write am", Cherokee "NAME ᎤᏬᏪᎳᏅ" ("NAME wrote it"). Read at the line's end
#: only: the name stops before it.
BYLINE_CLOSING_VERBS: dict[str, tuple[str, ...]] = {
    "kri": ("rayt am",),
    "pcm": ("write am",),
    "chr": ("ᎤᏬᏪᎳᏅ",),
}

#: The word for "on (the day)" a byline prints between the name and the date, by language,
#: in lower case: "Von Jo Doe am 3. Dezember 2026", "Par Marie Dubois le 3 décembre
#: 2026", "Por Ana Ruiz el 3 de diciembre", "Door Jan Vries op 3 december", "Di Marco
#: Rossi il 3 dicembre", "Por Ana Souza em 3 de dezembro", "av Anna Berg den 3 december",
#: "Oleh Siti pada 3 Desember", "Raitim bilong NAME long 3 Disemba 2026" (Tok Pisin,
#: h336). Read only right before the date: the name stops before it (a name's own
#: particle, "Jean le Goff", stands before a capitalized word, never before the date).
DAY_WORDS_BEFORE_DATE: dict[str, tuple[str, ...]] = {
    "de": ("am",),
    "fr": ("le",),
    "es": ("el",),
    "ca": ("el",),
    "pt": ("em",),
    "it": ("il",),
    "nl": ("op",),
    "af": ("op",),
    "sv": ("den",),
    "da": ("den",),
    "nb": ("den",),
    "pl": ("dnia",),
    "cs": ("dne",),
    "sk": ("dňa",),
    "id": ("pada",),
    "ms": ("pada",),
    "tl": ("noong",),
    "tpi": ("long",),
    "wls": ("i te",),  # Wallisian "Tohi e NAME i te 2026-12-03" (h360)
}

#: A reporter's role noun printed right after the name, in scripts written without
#: spaces between words: Korean "홍길동 기자" (reporter), "특파원" (correspondent);
#: Japanese "記者", "特派員"; Chinese "记者".
REPORTER_AFTER_NAME: dict[str, tuple[str, ...]] = {
    "ko": ("기자", "특파원", "선임기자", "논설위원"),
    "ja": ("記者", "特派員", "編集委員"),
    "zh": ("记者", "記者"),  # "陈丽华 记者", as "记者 陈丽华" is more often printed
}

#: A reporter's role noun printed right before the name: Chinese "记者 王小明", "本报记者
#: 王小明" (the paper's own reporter), "通讯员" (correspondent); North Korean "본사기자
#: 김철" (this paper's reporter, h279), the South's "기자" written after the name.
REPORTER_BEFORE_NAME: dict[str, tuple[str, ...]] = {
    "zh": ("记者", "記者", "特约记者", "特派记者", "通讯员", "通訊員", "特派員", "特派员"),
    "ko": ("본사기자",),
}


#: A reporter's role noun printed before the place the report is from and, after a bar,
#: the name, in scripts without case: Marathi "प्रतिनिधी, पुणे | NAME" (correspondent,
#: Pune), "वार्ताहर" (reporter); Hindi "संवाददाता" (correspondent), "प्रतिनिधि".
REPORTER_BEFORE_PLACE: dict[str, tuple[str, ...]] = {
    "mr": ("प्रतिनिधी", "वार्ताहर"),
    "hi": ("संवाददाता", "प्रतिनिधि"),
}

#: The Japanese credits of a story's text, which a byline names before the writer:
#: "文" (text), with "写真" (photos), "取材" (reporting), "構成" (editing) or "撮影"
#: (filming) joined to it by "・" or a slash: "文・写真　NAME", "取材・文＝NAME". "写真"
#: alone credits the photographer, no author. Korean's "글" (text), "글·사진" (text and
#: photos) and "취재" (reporting) before a reporter's name and role: "글·사진 김민지 기자",
#: "취재: 박서준 기자 / 사진: 이하늘 기자" (h347).
TEXT_CREDIT_WORDS: dict[str, tuple[str, ...]] = {"ja": ("文",), "ko": ("글", "취재")}
#: The credits joined to :data:`TEXT_CREDIT_WORDS` in such a byline.
JOINED_CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "ja": ("写真", "取材", "構成", "撮影", "翻訳"),  # ... "翻訳" (translation, h347)
    "ko": ("사진",),
}

#: A wire story's closing credit, in brackets, opening with who reported it, by language
#: (lower case): "(Reporte de A y B; Editado en español por C)", "(Reportagem de A e B;
#: Edição de C)", "(Reportage A, avec B ; version française C, édité par D)", "(Bericht
#: von A und B, geschrieben von C. Redigiert von D.)": the agencies' language services
#: print English's "(Reporting by ...; Editing by ...)" so (review h347). Only a line
#: that opens with the bracket and the words is read so.
WIRE_REPORTING_CUES: dict[str, tuple[str, ...]] = {
    "es": ("reporte de", "reporteo de", "reportaje de", "información de", "informe de"),
    "pt": ("reportagem de", "reportagem"),
    "fr": ("reportage de", "reportage", "reporté par"),
    "de": ("bericht von", "berichterstattung von", "berichtet von"),
    "it": ("servizio di", "reportage di"),
}
#: A second author's credit after the first's in such a credit, after a comma or a
#: semicolon (English's "; additional reporting by", "; writing by"; lower case): the
#: writer who put the reporters' files together and the reporter "with" them; an
#: editor's or a translator's credit ("Editado por", "version française", "Redigiert
#: von") names no author.
WIRE_CO_AUTHOR_CUES: dict[str, tuple[str, ...]] = {
    "en": ("additional reporting by", "further reporting by", "extra reporting by", "writing by"),
    "es": ("escrito por", "redactado por", "información adicional de", "reporte adicional de"),
    "pt": ("reportagem adicional de", "texto de", "escrito por"),
    "fr": ("avec", "rédigé par", "reportage complémentaire de"),
    "de": ("geschrieben von", "verfasst von", "mit zusätzlichem bericht von"),
    "it": ("scritto da", "hanno collaborato"),
}

#: The word for a columnist, by language (lower case), as a writer's box under an opinion
#: column calls its subject ("Priya Raman is a columnist for ...", "Ana Paula Ferraz é
#: colunista do ...", "वरिष्ठ पत्रकार और स्तंभकार": :mod:`analysis.clean.closing_box`, h347).
COLUMNIST_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("columnist",),
    "es": ("columnista",),
    "pt": ("colunista", "cronista"),
    "fr": ("chroniqueur", "chroniqueuse", "éditorialiste"),
    "de": ("kolumnist", "kolumnistin"),
    "it": ("editorialista", "opinionista"),
    "nl": ("columniste",),
    "pl": ("felietonista", "felietonistka"),
    "ru": ("колумнист", "колумнистка"),
    "uk": ("колумніст", "колумністка"),
    "tr": ("köşe yazarı",),
    "id": ("kolumnis",),
    "hi": ("स्तंभकार",),
}

#: An illustration's credit label, by language (lower case): "Illustration by NAME",
#: "Illustration : NAME", "Ilustración de NAME": a magazine's illustrator, who drew the
#: pictures and wrote none of the text (review h438: a CMS's author field listing the
#: illustrator beside the writer). Part of :data:`PHOTO_CREDIT_WORDS`.
ILLUSTRATION_CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("illustration", "illustrations"),
    "es": ("ilustración", "ilustraciones"),
    "pt": ("ilustração", "ilustrações"),
    "it": ("illustrazione", "illustrazioni"),
    "fr": ("illustration", "illustrations"),
    "de": ("illustration", "illustrationen"),
    "nl": ("illustratie", "illustraties"),
    "pl": ("ilustracja", "ilustracje"),
}

#: A photo credit's label, by language (lower case): "Fotos: NAME", "Foto di NAME",
#: "фото: NAME", "사진: NAME": the name after it took the pictures, no author's (h347:
#: an HTML page's author field listing the photographer beside the writer); and an
#: illustration's (:data:`ILLUSTRATION_CREDIT_WORDS`).
PHOTO_CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("photo", "photos", "photograph", "photographs", "photography", "pictures")
    + ILLUSTRATION_CREDIT_WORDS["en"],
    "es": ("foto", "fotos", "fotografía", "fotografías") + ILLUSTRATION_CREDIT_WORDS["es"],
    "pt": ("foto", "fotos", "fotografia", "fotografias") + ILLUSTRATION_CREDIT_WORDS["pt"],
    "it": ("foto", "fotografie") + ILLUSTRATION_CREDIT_WORDS["it"],
    "fr": ("photo", "photos", "photographie", "photographies") + ILLUSTRATION_CREDIT_WORDS["fr"],
    "de": ("foto", "fotos", "bild", "bilder") + ILLUSTRATION_CREDIT_WORDS["de"],
    # (Dutch "Beeld NAME": image, the picture credit of Dutch papers and magazines)
    "nl": ("foto", "foto's", "beeld") + ILLUSTRATION_CREDIT_WORDS["nl"],
    "sv": ("foto", "bild"),
    "pl": ("zdjęcia", "zdjęcie", "fot.") + ILLUSTRATION_CREDIT_WORDS["pl"],
    "hu": ("fotó", "fotók"),
    "ru": ("фото", "фотографии"),
    "uk": ("фото", "світлини"),
    "tr": ("fotoğraf", "fotoğraflar"),
    "ko": ("사진",),
    "ja": ("写真", "撮影"),
    "zh": ("摄影", "攝影"),
    "ar": ("تصوير",),
    "vi": ("ảnh",),
    # (h399: the credits line's second label in more languages, "Тэкст: A. Фота: B",
    # "Testua: A  Argazkiak: B", "Teksti A, kuvat B", "Grianghraf: NAME" on its own line)
    "be": ("фота", "фотаздымкі"),
    "bg": ("снимки", "снимка"),
    "ca": ("fotografia", "fotografies"),
    "da": ("foto", "fotos"),
    "el": ("φωτογραφία", "φωτογραφίες"),
    "et": ("foto", "fotod"),
    "eu": ("argazkia", "argazkiak"),
    "fi": ("kuva", "kuvat"),
    "ga": ("grianghraf", "grianghraif"),
    "hr": ("fotografija", "fotografije"),
    "is": ("mynd", "myndir", "ljósmynd", "ljósmyndir"),
    "lt": ("nuotrauka", "nuotraukos", "nuotr."),
    "mt": ("ritratt", "ritratti"),
    "ro": ("fotografie", "fotografii"),
    "sl": ("fotografija", "fotografije"),
}

#: The word closing a Chinese reporter's credit after the place the report is from:
#: "記者陳志明／台中報導" (reporter NAME / Taichung report).
REPORT_WORDS: tuple[str, ...] = ("報導", "报道", "報道")

#: A staff credit printed where a byline is, no person's name in it, by language:
#: Bengali "নিজস্ব প্রতিবেদক" (own reporter), often with its place after a comma
#: ("নিজস্ব প্রতিবেদক, রাজশাহী").
STAFF_CREDITS: dict[str, tuple[str, ...]] = {
    "bn": ("নিজস্ব প্রতিবেদক", "নিজস্ব সংবাদদাতা", "স্টাফ রিপোর্টার"),
    "ur": ("اسٹاف رپورٹر",),  # staff reporter
}


#: A reporter's credit naming the site before the reporter, by language, case-folded:
#: Indonesian "Laporan Wartawan SITE, NAME" ("report of SITE's journalist, NAME"), as a
#: regional network's papers print it under the headline; "reporter", "contributor" and
#: "correspondent" in the journalist's place. The name after the line's last comma is
#: the author's, the words between the label and the comma the site's
#: (:func:`analysis.clean.bylines.find_site_reporter_byline`).
SITE_REPORTER_LABELS: dict[str, tuple[str, ...]] = {
    "id": ("laporan wartawan", "laporan reporter", "laporan kontributor", "laporan koresponden"),
}


#: The word for a newsroom, printed alone where an author's name stands (over or under the
#: date line, under the headline: "Redacción", "Redazione", "Rédaction"), by language,
#: case-folded: the desk signs the story
#: (:func:`analysis.clean.bylines.find_newsroom_byline`).
NEWSROOM_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("newsroom", "news desk"),
    "es": ("redacción",),
    "ca": ("redacció",),
    "pt": ("redação", "redacção"),
    "it": ("redazione",),
    "fr": ("rédaction", "la rédaction"),
    "de": ("redaktion",),
    "nl": ("redactie",),
    "sv": ("redaktionen",),
    "da": ("redaktionen",),
    "no": ("redaksjonen",),
    "fi": ("toimitus",),
    "et": ("toimetus",),
    "pl": ("redakcja",),
    "cs": ("redakce",),
    "sk": ("redakcia",),
    "sl": ("redakcija", "uredništvo"),
    "hr": ("redakcija", "uredništvo"),
    "lt": ("redakcija",),
    "lv": ("redakcija",),
    "ro": ("redacția", "redacţia"),
    "hu": ("szerkesztőség",),
    "ru": ("редакция",),
    "bg": ("редакция",),
    "uk": ("редакція",),
    "sr": ("редакција", "redakcija"),
    "eu": ("erredakzioa",),
}

#: An interview's credit of its interviewer, the piece's author, before the name (lower
#: case; read in any case: German capitalizes its nouns): German "Das Gespräch führte
#: NAME" (the conversation was led by), "Die Fragen stellte NAME" (the questions were
#: asked by), French "Propos recueillis par NAME" (remarks gathered by), Polish
#: "Rozmawiał(a) NAME", Russian "Беседовал(а) NAME", Ukrainian "Розмовляв(ла) NAME",
#: Croatian, Bosnian and Serbian "Razgovarao / Razgovarala NAME" (talked); English's
#: "Interview by" and "Hosted by" are cues of their own. What those papers print under or
#: over an interview; the interviewee is named elsewhere. Not French "Présenté par",
#: which introduces a sponsor as often as a host.
INTERVIEWER_CREDITS: dict[str, tuple[str, ...]] = {
    # Spanish and Portuguese "Entrevista de / por NAME", Italian "Intervista di NAME"
    # (an interview by), review h438
    "es": ("entrevista de", "entrevista por"),
    "pt": ("entrevista de", "entrevista por"),
    "it": ("intervista di",),
    "de": ("das gespräch führte", "das interview führte", "die fragen stellte"),
    "fr": ("propos recueillis par",),
    "pl": ("rozmawiał", "rozmawiała"),
    "ru": ("беседовал", "беседовала"),
    "uk": ("розмовляв", "розмовляла"),
    "hr": ("razgovarao", "razgovarala"),
    "sr": ("разговарао", "разговарала", "razgovarao", "razgovarala"),
}


def by_words() -> tuple[str, ...]:
    """Every language's word for "by" (:data:`BY_WORDS`), once each, longest first.

    Returns
    -------
    tuple of str
        In lower case; longest first, so an alternation of them tries "door" before
        "do" would.
    """
    return _flat(BY_WORDS)


def interviewer_credits() -> tuple[str, ...]:
    """Every language's credit of an interviewer (:data:`INTERVIEWER_CREDITS`), once each,
    longest first.

    Returns
    -------
    tuple of str
        In lower case; longest first.
    """
    return _flat(INTERVIEWER_CREDITS)


def glued_by_words() -> tuple[str, ...]:
    """Every language's word for "by" glued to the name (:data:`GLUED_BY_WORDS`), once
    each, longest first.

    Returns
    -------
    tuple of str
        As written; longest first.
    """
    return _flat(GLUED_BY_WORDS)


def write_stem_label() -> str:
    """A regex of one word built on a stem of :data:`WRITE_STEMS`: the stem, its letters
    allowed the vowel marks Perso-Arabic scripts may print between them ("لِکھوک"), then
    up to eight more letters or marks (the word's ending, Indic vowel signs among them:
    never a colon, a space or a danda).

    Returns
    -------
    str
        A regex without groups, for an alternation of author labels.

    Examples
    --------
    >>> import re
    >>> bool(re.fullmatch(write_stem_label(), "لِکھوک"))
    True
    >>> bool(re.fullmatch(write_stem_label(), "লেখা"))
    True
    >>> bool(re.fullmatch(write_stem_label(), "लेखक:"))
    False
    """
    marks = ARABIC_MARKS
    stems = sorted(WRITE_STEMS, key=lambda stem: (-len(stem), stem))
    alternatives = "|".join(marks.join(re.escape(letter) for letter in stem) for stem in stems)
    letter = "(?:[^\\W\\d_]|[\\u0900-\\u0963\\u0966-\\u0dff\\u0610-\\u061a\\u064b-\\u065f\\u0670])"
    return rf"(?<![^\W\d_])(?:{alternatives}){letter}{{0,8}}"


#: The Arabic script's vowel and reading marks (harakat: fatha, damma, kasra, sukun,
#: shadda, tanwin; the Quranic annotation signs; the superscript alef), any number of
#: them, as a regular expression: a label printed voweled ("نُشر", published) is the
#: same word as one printed bare ("نشر").
ARABIC_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670]*"


def with_marks(words: str) -> str:
    """A regular expression matching ``words`` printed with or without the Arabic
    script's marks after each letter (:data:`ARABIC_MARKS`), spaces as runs of spaces.

    Parameters
    ----------
    words : str
        A label as written bare ("نشر في").

    Returns
    -------
    str
        A regex without groups.

    Examples
    --------
    >>> import re
    >>> bool(re.fullmatch(with_marks("نشر في"), "نُشِر فِي"))
    True
    """
    return r"\s+".join(
        ARABIC_MARKS.join(re.escape(letter) for letter in word) + ARABIC_MARKS
        for word in words.split()
    )


def author_labels() -> tuple[str, ...]:
    """Every language's author label (:data:`AUTHOR_LABELS`), once each, longest first.

    Returns
    -------
    tuple of str
        In lower case, longest first.
    """
    return _flat(AUTHOR_LABELS)


def staff_credits() -> tuple[str, ...]:
    """Every language's staff credit (:data:`STAFF_CREDITS`), once each, longest first.

    Returns
    -------
    tuple of str
        As printed, longest first.
    """
    return _flat(STAFF_CREDITS)


def _flat(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    words = {word for words in table.values() for word in words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))

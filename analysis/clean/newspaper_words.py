"""Words a language writes in a newspaper's name: Urdu "روزنامہ" (daily newspaper) opening
it, Japanese "新報" or Chinese "日报" closing it.

A name in a script without case does not show itself as a name
(:func:`analysis.clean.site_phrases.plain_masthead`): a section's label looks the same.
Such a word marks the line as a newspaper's name, which may then stand right over the
headline as a masthead does (:mod:`analysis.clean.site_candidates`). The words are the
languages', no site's.
"""

from __future__ import annotations

#: Words opening a newspaper's name: Urdu and Persian "daily newspaper" (روزنامہ,
#: روزنامه), Arabic "newspaper" (جريدة, صحيفة), Hindi "daily" as the papers' names
#: open with it (दैनिक), and Bengali's (দৈনিক).
OPENING_WORDS = frozenset({"روزنامہ", "روزنامه", "جريدة", "صحيفة", "दैनिक", "দৈনিক"})

#: Words of :data:`OPENING_WORDS` that are also the language's plain adjective: Hindi
#: "दैनिक" (daily) opens "दैनिक जीवन" (daily life) as it opens a paper's name.
ALSO_ADJECTIVES = frozenset({"दैनिक"})
#: Hindi postpositions and "and", which a phrase holds and a paper's name does not.
POSTPOSITIONS = frozenset({"में", "का", "की", "के", "से", "को", "पर", "और"})

#: Endings of a newspaper's name in the scripts written without spaces: Japanese 新聞,
#: 新報, 日報, 時報; Chinese 日报, 晚报, 时报, 早报, 新闻报; Korean 신문, 일보.
CLOSING_WORDS = ("新聞", "新報", "日報", "時報", "日报", "晚报", "时报", "早报", "신문", "일보")


def names_a_newspaper(name: str) -> bool:
    """Whether a line read as a plain name holds a newspaper's word where names hold it.

    Parameters
    ----------
    name : str
        A top line read as a name (:func:`analysis.clean.site_phrases.plain_masthead`).

    Returns
    -------
    bool
        True when its first of two or more words is one of :data:`OPENING_WORDS` (of
        three or more, no postposition among them, for a word that is also an
        adjective, :data:`ALSO_ADJECTIVES`), when one of its two or more words is one
        of :data:`PLAIN_NAME_NOUNS` (case-folded), or when it is one run of letters
        longer than a word of :data:`CLOSING_WORDS` that ends in one ("北浜新報"); False
        for the word alone.
    """
    words = name.split()
    if words and words[0] in ALSO_ADJECTIVES:
        # "दैनिक" is also the plain "daily": "दैनिक जीवन" (daily life), "दैनिक राशिफल"
        # (daily horoscope) are sections; a paper's name goes on past a second word, no
        # postposition in it ("दैनिक नर्मदा समाचार", not "दैनिक जीवन में योग")
        return len(words) >= 3 and POSTPOSITIONS.isdisjoint(words)
    if len(words) >= 2 and words[0] in OPENING_WORDS:
        return True
    if len(words) >= 2 and any(word.strip(".,'’").casefold() in PLAIN_NAME_NOUNS for word in words):
        return True  # "Jadranski vjesnik", "Подунавске новине", "Нийслэлийн сонин"
    return len(words) == 1 and any(
        name.endswith(word) and len(name) > len(word) for word in CLOSING_WORDS
    )


#: Nouns the languages written with case name their newspapers by ("The Example Gazette",
#: "Beispieler Anzeiger", "Diario de Ejemplo", "Corriere di Esempio"): a paper, a herald,
#: a courier, a journal, a gazette, a post. Compared case-folded, as whole words.
NAME_NOUNS = frozenset(
    {
        # en
        "gazette",
        "herald",
        "times",
        "post",
        "courier",
        "chronicle",
        "tribune",
        "journal",
        "register",
        "telegraph",
        "express",
        "observer",
        "sentinel",
        "examiner",
        "ledger",
        "dispatch",
        "bulletin",
        "enquirer",
        "argus",
        "advertiser",
        "mail",
        "echo",
        "standard",
        "today",
        "voice",
        "press",
        "record",
        "mirror",
        "guardian",
        "citizen",
        "globe",
        "newspaper",
        # de
        "zeitung",
        "anzeiger",
        "kurier",
        "rundschau",
        "tagblatt",
        "nachrichten",
        "bote",
        # fr, es, it, pt
        "courrier",
        "quotidien",
        "diario",
        "gaceta",
        "periódico",
        "heraldo",
        "correo",
        "gazzetta",
        "corriere",
        "giornale",
        "messaggero",
        "jornal",
        "gazeta",
        "diário",
        "correio",
        "folha",
        # nl, sv, da, no
        "dagblad",
        "courant",
        "krant",
        "tidning",
        "tidende",
        "posten",
        "avis",
        # pl, cs
        "dziennik",
        "deník",
        "noviny",
    }
)


def holds_a_name_noun(name: str) -> bool:
    """Whether a name of two or more words holds a noun newspapers are named by.

    Parameters
    ----------
    name : str
        A name (:func:`analysis.clean.site_phrases.masthead_name`): "The Example Gazette".

    Returns
    -------
    bool
        True when it has two or more words and one of them, case-folded, is one of
        :data:`NAME_NOUNS`; False for the noun alone ("Gazette", "Today": a section's
        label as often).
    """
    words = [word.strip(".,'’").casefold() for word in name.split()]
    return len(words) >= 2 and any(word in NAME_NOUNS for word in words)


#: Words the languages written with capitals put in a news outlet's name, as stems
#: (the start of the word, so that inflected forms match: Turkish "Postası", Polish
#: "Gazety"): English "Herald", "Times"; German "Zeitung", "Kurier"; Romance "Diario",
#: "Jornal", "Notizie"; Dutch and Nordic "Dagblad", "Posten"; West Slavic, Hungarian,
#: Romanian, Turkish, Malay, Swahili, Greek and Cyrillic words for a newspaper, news,
#: a herald or a radio. Words of the languages, no site's name.
_STEM_TEXT = (
    # English
    "herald gazette tribune journal courier chronicle observer telegraph dispatch"
    " bulletin examiner inquirer register monitor standard express mirror review"
    " weekly daily digest press news times post radio magazine media network"
    " reporter record wire agency ledger sentinel gazet quarterly letter report"
    " guardian independent"
    # German
    " zeitung tagblatt tageblatt anzeiger kurier rundschau nachrichten presse blatt"
    " bote woche"
    # French, Spanish, Portuguese, Catalan, Italian
    " courrier quotidien dépêche nouvelles hebdo actu info diari diário periódic"
    " notici notíci jornal folha correio gazzett corriere giornale notizie cronaca"
    " crónica crònica heraldo tribuna semanari revista rádio ràdio televis"
    # Dutch, Nordic, Finnish
    " krant dagblad courant nieuws posten tidende avis blad nyhet nyhed uutiset"
    " sanomat lehti"
    # Polish, Czech, Slovak, Hungarian, Romanian
    " dziennik tygodnik wiadomości głos deník noviny zpráv zpravodaj hírlap napló"
    " hírek futár krónika újság ziar jurnal monitorul știri stiri"
    # Turkish, Indonesian and Malay, Swahili
    " haber gazete gündem ajans berita kabar harian warta koran utusan tribun habari"
    " gazeti"
    # Greek, Cyrillic
    " νέα ειδήσεις εφημερίδα φωνή вісник вестник вести газет новост новин известия"
    " курьер кур'єр"
)
NAME_STEMS = tuple(_STEM_TEXT.split())

#: Short words of a news outlet's name matched whole (a stem this short would open
#: names): Vietnamese "báo" (newspaper) and "tin" (news), Indonesian "pos", "tv".
NAME_WORDS = frozenset({"báo", "tin", "pos", "tv", "fm", "voz", "veu", "eco", "echo"})


def holds_newspaper_word(name: str) -> bool:
    """Whether a name holds a word the languages put in a news outlet's name.

    Parameters
    ----------
    name : str
        A name as printed ("Coastal Herald", "Jihlavský deník", "Jane Doe").

    Returns
    -------
    bool
        True when one of its words opens with a stem of :data:`NAME_STEMS` or is one
        of :data:`NAME_WORDS` (case aside), or holds one of :data:`NAME_NOUNS`
        (:func:`holds_a_name_noun`), or reads as a newspaper's name in a script without
        case (:func:`names_a_newspaper`).
    """
    words = [word.strip(".,'’\"«»()").casefold() for word in name.split()]
    return (
        names_a_newspaper(name)
        or holds_a_name_noun(name)
        or any(word in NAME_WORDS or word.startswith(NAME_STEMS) for word in words if word)
    )


#: Nouns the languages writing their papers' names in sentence case or in a script
#: without case name them by, a herald, a courier, a voice, a daily, a newspaper (never
#: the word for "news", a section's label as often: "Местни новини"; nor English's
#: nouns of :data:`NAME_NOUNS`, a sentence-case label's too: "Business today", "Sports
#: mail"): they mark a plain name (:func:`names_a_newspaper`). Case-folded.
PLAIN_NAME_NOUNS = frozenset(
    {
        # de, fr, es, it, pt, nl, sv, da/no, pl, cs (of NAME_NOUNS)
        "zeitung",
        "anzeiger",
        "kurier",
        "tagblatt",
        "bote",
        "courrier",
        "quotidien",
        "diario",
        "gaceta",
        "periódico",
        "gazzetta",
        "corriere",
        "giornale",
        "jornal",
        "gazeta",
        "diário",
        "correio",
        "dagblad",
        "courant",
        "krant",
        "tidning",
        "tidende",
        "dziennik",
        "deník",
        "noviny",
        # herald: hr, sl/sk, sr (Latin, Cyrillic), mk, bg/ru, uk, be, ka, kk ("herald of")
        "vjesnik",
        "vestnik",
        "vesnik",
        "весник",
        "вестник",
        "вісник",
        "веснік",
        "მოამბე",
        "жаршысы",
        # voice: hr/sl/sr, sr/bg (Cyrillic), sk/cs, pl, ru/uk, lv, lt
        "glas",
        "глас",
        "hlas",
        "głos",
        "голос",
        "balss",
        "balsas",
        # courier
        "kurir",
        "kuriér",
        "kurýr",
        "kurjer",
        "kurjeris",
        "kurjers",
        "курир",
        "куриер",
        "курьер",
        "кур'єр",
        # daily
        "dnevnik",
        "дневник",
        "denník",
        # newspaper: hr/sr/bs, sr (Cyrillic), ru/bg, mn, kk, lt, lv, ka, hy, si, te
        "novine",
        "новине",
        "газета",
        "сонин",
        "газеті",
        "laikraštis",
        "avīze",
        "გაზეთი",
        "թերթ",
        "පුවත්පත",
        "పత్రిక",
    }
)


#: Words a broadcaster's domain spells after its name's leading words or call sign ("KCDS
#: 3 News" at ``kcds3tv.com``, "Kerrow Sound" at ``kerrowfm.com``): television and radio
#: as the languages abbreviate them, and the AM / FM bands.
BROADCAST_WORDS = frozenset({"tv", "fm", "am", "radio", "television"})

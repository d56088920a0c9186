"""The words of a page's controls and labels ("Share", "Menu", "Log in"), in many languages.

A line made of them is a control line (:func:`is_control_line`), a short one an
interface label (:func:`is_interface_label`), and a name line that holds one names a
control, not a site (:func:`names_a_control`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.newspaper_words import NAME_NOUNS
from analysis.clean.paywall_words import WAY_IN, WAY_IN_PATTERN, word_start_pattern
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN, LOWER_LETTERS, UPPER_LETTERS, count_words


def names_a_control(words: Sequence[str]) -> bool:
    """Whether a name's words make it a control's label: one of them is an interface
    word (:data:`INTERFACE_WORDS`: "Subscribe", "Log In"), but for a newspaper's noun
    closing a name of two words or more, which a control's word may be too ("Example
    County Register", :data:`~analysis.clean.newspaper_words.NAME_NOUNS`); or it is one
    word, the way in of a page language ("Suscribite", "Abonnieren").

    Parameters
    ----------
    words : sequence of str
        The name's words in lower case.

    Returns
    -------
    bool
        Whether an interface word is among them, that noun aside.
    """
    if len(words) >= 2 and words[-1] in NAME_NOUNS:
        words = words[:-1]
    if len(words) == 1 and (_WAY_IN_WORD.fullmatch(words[0]) or _WAY_IN_START.match(words[0])):
        # the way in of any language ("Suscribite", "Abonnieren", "Tilaa", a channel's
        # "Подписаться" button, h398)
        return True
    return any(word in INTERFACE_WORDS for word in words)


# One word that is the way in of a page language (subscribe, log in, register:
# :data:`~analysis.clean.paywall_words.WAY_IN_PATTERN`), a control's label alone.
_WAY_IN_WORD = re.compile(rf"(?:{WAY_IN_PATTERN})", re.IGNORECASE)
# A word opening with a way in of a page language's table (Russian "подпис", Greek
# "συνδρομ", Japanese "ログイン": :data:`~analysis.clean.paywall_words.WAY_IN`).
_WAY_IN_START = re.compile(word_start_pattern(WAY_IN), re.IGNORECASE)


def is_control_line(line: str) -> bool:
    """Whether a line is a control's label: site interface words
    (:data:`INTERFACE_WORDS`) and function words, at most
    :data:`MAX_INTERFACE_LABEL_WORDS` words, one interface word at least ("Menu",
    "Log In"), its words read apart where a text dump glued two buttons
    ("AcceptSettings", "MenuSearch").

    Parameters
    ----------
    line : str
        One line as the page prints it (a top line, a line between a masthead and
        the story).

    Returns
    -------
    bool
        False for a line without an interface word.
    """
    text = _GLUED_WORDS.sub(" ", line)
    words = [word.lower() for word in LETTER_RUN.findall(text)]
    return (
        0 < len(words) <= MAX_INTERFACE_LABEL_WORDS
        and any(word in INTERFACE_WORDS for word in words)
        and all(word in INTERFACE_WORDS or word in FUNCTION_WORDS for word in words)
    )


# Where a word in lower case runs into a capital: two labels glued ("AcceptSettings").
_GLUED_WORDS = re.compile(rf"(?<=[{LOWER_LETTERS}])(?=[{UPPER_LETTERS}])")


def glues_words(text: str) -> bool:
    """Whether a word in lower case runs into a capital in ``text`` with no space
    between: two controls' labels a text dump printed as one ("ZustimmenEinstellungen",
    "Accept allManage choices").

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    bool
        True when a lower-case letter is followed right away by a capital.
    """
    return _GLUED_WORDS.search(text) is not None


#: The most words of a row of buttons printed as one line: two buttons of up to three
#: words each ("Accepter et fermer" / "Continuer sans accepter").
MAX_BUTTON_ROW_WORDS = 6
# Two buttons' labels a text dump set apart by a run of spaces ("Accept   Settings").
_BUTTON_GAP = re.compile(r"\S {2,}\S")


def is_button_row(line: str, spaced: bool = True) -> bool:
    """Whether ``line`` is a row of buttons printed as one line: at most
    :data:`MAX_BUTTON_ROW_WORDS` words, nothing but letters, spaces, apostrophes and
    hyphens (a line with a figure, a link, '©' or a separator, "© 2026 Blatt GmbH ·
    Impressum", is none), two labels glued (:func:`glues_words`:
    "ZustimmenEinstellungen") or, when ``spaced``, set apart by two spaces or more (a
    browser's text save: "Akzeptieren   Einstellungen").

    Parameters
    ----------
    line : str
        A line.
    spaced : bool, optional
        Whether labels set apart by a run of spaces count (default True).

    Returns
    -------
    bool
        True for such a row.
    """
    text = line.strip()
    return (
        bool(text)
        and count_words(text) <= MAX_BUTTON_ROW_WORDS
        and all(char.isalpha() or char in " '’-" for char in text)
        and (glues_words(text) or (spaced and _BUTTON_GAP.search(text) is not None))
    )


#: Words of a site's interface (menus, buttons, forms): a name holding one is a control,
#: not the site ("Subscribe", "Log In", "Alerts Sign-Up"). Vocabulary, not names.
INTERFACE_WORDS = frozenset(
    {
        "subscribe",
        "subscriber",
        "subscribers",
        "subscription",
        "login",
        "log",
        "logout",
        "sign",
        "signin",
        "signup",
        "register",
        "menu",
        "search",
        "sections",
        "section",
        "home",
        "homepage",
        "newsletter",
        "newsletters",
        "email",
        "emails",
        "alerts",
        "notifications",
        "account",
        "share",
        "close",
        "skip",
        "next",
        "previous",
        "continue",
        "continued",  # "continues below": where an ad interrupts the text
        "continues",
        "below",  # "Continue reading below", the same place
        "copied",  # a share button's answer ("Link copied")
        "navigation",
        # the word in other languages, as a wiki's or a portal's sidebar heads its links
        # ("Navegação" over "Página principal", "Mudanças recentes": MediaWiki's
        # localized sidebar, review h360)
        "navegação",  # pt
        "navegación",  # es
        "navegació",  # ca
        "navigazione",  # it
        "navigatie",  # nl
        "navigasjon",  # nb, nn
        "navigering",  # sv, da
        "navigointi",  # fi
        "nawigacja",  # pl
        "navigace",  # cs
        "navigácia",  # sk
        "navigáció",  # hu
        "navigare",  # ro
        "навигация",  # ru, bg
        "навігація",  # uk
        "reading",
        "cookies",
        "privacy",
        "terms",
        "help",
        "settings",
        "download",
        "notice",
        "learn",
        "comments",
        "reply",
        "contact",
        "accept",  # a consent banner's buttons ("Accept", "Reject", "Preferences")
        "reject",
        "decline",
        "consent",
        "preferences",
        "advertisement",  # an ad slot's label, often the first short line of a text
        "advertisements",
        "sponsored",
        "photo",  # a media label: a caption's or gallery's first line ("Photo", "PHOTOS:")
        "photos",
        "video",
        "videos",
        "unavailable",  # a player's state where its media failed ("Video unavailable")
    }
)


#: A share control's label in the page languages beyond English ("Share" is an
#: :data:`INTERFACE_WORDS` word): the verb "share" as each language's buttons write it
#: (infinitive, imperative or noun: de "Teilen", fr "Partager", es / ca "Compartir", it
#: "Condividi", pt "Compartilhar" / "Partilhar", nl "Delen", pl "Udostępnij", ru
#: "Поделиться", uk "Поділитися", tr "Paylaş", ar "شارك" / "مشاركة", hi "शेयर" with
#: its polite imperative "करें", zh "分享" / "分享到", ja "シェア" / "シェアする", ko "공유" /
#: "공유하기"), with the word "video" of the languages whose player offers it ("Videoyu
#: paylaş", "شارك الفيديو", "Поделиться видео"). Review h450: a Russian and a Japanese
#: broadcaster's HTML kept the button's label as the body's first line, where "Share"
#: goes. Read only by :func:`is_interface_label` (a line all of whose words are such
#: labels), never as a name's word.
SHARE_LABEL_WORDS = frozenset(
    {
        "teilen",
        "partager",
        "compartir",
        "condividi",
        "compartilhar",
        "partilhar",
        "delen",
        "udostępnij",
        "поделиться",
        "поділитися",
        "paylaş",
        "شارك",
        "مشاركة",
        "शेयर",
        "करें",
        "分享",
        "分享到",
        "シェア",
        "シェアする",
        "공유",
        "공유하기",
        "videoyu",
        "vídeo",
        "vidéo",
        "видео",
        "відео",
        "الفيديو",
        "فيديو",
        "वीडियो",
    }
)


#: The most words of a line that is only the site's interface words (a control's or an
#: ad slot's label: "Advertisement", "Share", "Share this update").
MAX_INTERFACE_LABEL_WORDS = 3


def is_interface_label(text: str) -> bool:
    """True for a line of at most :data:`MAX_INTERFACE_LABEL_WORDS` words, all of them
    site interface words (:data:`INTERFACE_WORDS`, or a share button's label in another
    language: :data:`SHARE_LABEL_WORDS`): a control's or an ad slot's label,
    "Advertisement", "Share", "Поделиться", never an article's text or a person's name.

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    bool
        False for a line without letters.
    """
    words = [word.lower() for word in LETTER_RUN.findall(text)]
    return 0 < len(words) <= MAX_INTERFACE_LABEL_WORDS and all(
        word in INTERFACE_WORDS or word in SHARE_LABEL_WORDS for word in words
    )


# A skip link's label, the whole line: "Skip to content", "Skip to main content" (and the
# languages' own: Chinese, Japanese, Korean, Arabic, Persian, Russian, Ukrainian, German,
# French, Spanish, Portuguese, Italian, Dutch, Indonesian and Malay, Thai, Vietnamese,
# Turkish, Polish, Hindi), as a browser's copy of a page prints it over the masthead.
_SKIP_LINK = re.compile(
    r"\s*(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)"
    r"|跳(?:到|至|转到)(?:主要)?内容|跳(?:到|至)主要內容|(?:メイン)?コンテンツへ(?:移動|スキップ)"
    r"|本文へ(?:移動|スキップ)|メインコンテンツへスキップ|본문\s*바로\s*가기"
    r"|(?:انتقل|تخطى)\s+إلى\s+المحتوى(?:\s+الرئيسي)?|پرش\s+به\s+محتوا"
    r"|перейти\s+к\s+(?:содержимому|контенту|основному\s+содержанию)"
    r"|перейти\s+до\s+(?:вмісту|основного\s+вмісту)|zum\s+inhalt(?:\s+springen)?"
    r"|aller\s+au\s+contenu(?:\s+principal)?|(?:saltar|ir)\s+al\s+contenido(?:\s+principal)?"
    r"|(?:pular|ir)\s+para\s+o\s+conte[uú]do(?:\s+principal)?|vai\s+al\s+contenuto"
    r"|naar\s+(?:de\s+)?(?:hoofd)?inhoud(?:\s+gaan)?|(?:langsung|lompat)\s+ke\s+(?:konten|isi)"
    r"|ข้ามไป(?:ยัง)?เนื้อหา(?:หลัก)?|chuyển\s+đến\s+nội\s+dung|içeriğe\s+(?:geç|atla)"
    r"|przejdź\s+do\s+(?:treści|zawartości)|सामग्री\s+पर\s+जाएं)\s*[.:]?\s*",
    re.IGNORECASE,
)


def is_skip_link(line: str) -> bool:
    """Whether ``line`` is only a skip link's label ("Skip to content", "跳到主要内容",
    "メインコンテンツへスキップ"), which a browser's copy prints over the site's
    masthead: a control, never a name.

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True when the whole line is such a label in one of the languages of the
        pattern (English and 20 more).
    """
    return _SKIP_LINK.fullmatch(line) is not None


# A lazy widget's placeholder, the whole line: the word "loading" of a page language,
# at most two words after it ("Loading comments…"), closed by an ellipsis ("Loading...",
# "Cargando…", "Загрузка...", "読み込み中…"), as a text dump prints a box (a newsletter
# form, a video, comments) the page had not filled when it was saved. English, Spanish,
# Portuguese, French, German, Italian, Dutch, Polish, Czech, Swedish, Romanian, Russian,
# Ukrainian, Greek, Turkish, Indonesian and Malay, Vietnamese, Arabic, Persian, Hebrew,
# Hindi, Bengali, Chinese, Japanese, Korean: the interface's common words, no site's.
_LOADING_WORD = (
    r"loading|cargando|carregando|(?:chargement|t[ée]l[ée]chargement)(?:\s+en\s+cours)?"
    r"|(?:wird\s+)?geladen|l[äa]dt|(?:in\s+)?caricamento|(?:bezig\s+met\s+)?laden"
    r"|[łl]adowanie|wczytywanie|na[čc][íi]t[áa]n[íi]|laddar|se\s+[îi]ncarc[ăa]"
    r"|загрузка|загружается|завантаження|φόρτωση|y[üu]kleniyor|memuat|sedang\s+memuat"
    r"|đang\s+tải|جا(?:ر|رٍ)\s+التحميل|در\s+حال\s+بارگذاری|טוען"
    r"|लोड\s+हो\s+रहा\s+है|লোড\s+হচ্ছে|(?:正在)?加载中?|載入中|読み込み中|ロード中"
    r"|로딩\s*중|불러오는\s*중"
)
_LOADING_PLACEHOLDER = re.compile(
    rf"\s*(?:{_LOADING_WORD})(?:\s+[^\W\d_]+){{0,2}}\s*(?:\.{{2,}}|…)\s*",
    re.IGNORECASE,
)


def is_loading_placeholder(line: str) -> bool:
    """Whether a line is a lazy widget's placeholder ("Loading...", "Cargando…",
    "Загрузка..."): the word "loading" of a page language, at most two words after it,
    and an ellipsis, the whole line. No card's field and no article's text: the box the
    page had not filled when it was saved.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        False for a line holding anything else ("Loading the ferry took an hour...").
    """
    return bool(_LOADING_PLACEHOLDER.fullmatch(line))

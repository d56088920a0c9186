"""A top line of a page that is only a site's name: the masthead's shapes.

:func:`masthead_name` reads a line of capitalized words; :func:`caseless_masthead` a
name in a script without case; :func:`nameplate_name` a nameplate printed with its date;
:func:`plain_masthead` a name of plain words its page marks as a name; :func:`running_head_name`
a print page's running head; :func:`is_joined_name` and :func:`capitals_mark_joined_name`
a name written as one joined word. Nothing here knows a site.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from analysis.clean.cldr_units import UNITS_AFTER_NUMBER
from analysis.clean.dates import find_date_span
from analysis.clean.header_lines import find_byline, is_meta_line
from analysis.clean.interface_words import INTERFACE_WORDS
from analysis.clean.month_names import EVERY_MONTH_NAME, MONTH_SHORTENINGS, month_readings
from analysis.clean.name_domain import FREQUENCY
from analysis.clean.newspaper_words import is_newspaper_run, names_a_newspaper
from analysis.clean.site_name_shapes import (
    CAP_WORD,
    ELIDED_ARTICLE,
    INNER_CAP_WORD,
    MAX_NAME_WORDS,
    NAME_CAPITAL,
    SITE_NAME_PARTICLES,
)
from analysis.stopwords import FUNCTION_WORDS, FUNCTION_WORDS_BY_LANGUAGE
from analysis.text import (
    COMBINING_MARKS,
    LETTER_OR_MARK,
    LETTER_RUN,
    LOWER_LETTERS,
    TIBETAN,
    UNSPACED_SCRIPTS,
    count_name_words,
    is_lower_case,
    shows_no_case,
)

_LIST_ITEM = re.compile(r"^\s*[•◦▪▫‣⁃●○■□►▶➤·*+\-–]")


#: A share sheet's line over a story an app sent ("Shared from Example News", "Sent from
#: my phone", "Shared via Example"): the app's name, never the site's nor a headline.
SHARE_SHEET = r"(?:shared|sent)\s+(?:from|via)\s"


_SHARE_SHEET = re.compile(rf"(?i:{SHARE_SHEET})")


# A masthead may hold a number of one or two digits after its first word: a channel's
# number ("WHBR 7 News", "Channel 4 News", "France 24"); not a year, not a date's day
# (:func:`masthead_name` refuses a number after a month's name: "July 16"); up to two
# joining words between its words ("L'Écho de la Vallée", "Diario de los Andes"). Its article
# may be set in lower case, as a logo prints it: "the Morrow Ledger", Dutch "de
# Veenbode", "het Dorpsblad"; a radio station's, with its frequency (:data:`FREQUENCY`).
_MASTHEAD_RE = re.compile(
    rf"(?:{FREQUENCY}\s+)?(?:[Tt]he\s+|de\s+|het\s+)?{CAP_WORD}"
    rf"(?:\s+(?:(?:{SITE_NAME_PARTICLES})\s+){{0,2}}"
    # a number may follow a word, two joined by a slash ("Rīga 24/7": round the clock)
    rf"(?:{INNER_CAP_WORD}|\d{{1,2}}(?:/\d{{1,2}})?(?!\S))){{0,{MAX_NAME_WORDS - 1}}}"
    r"\+?"  # a plus may close it ("KENT+": a service's or a city's name "plus")
)


_MONTH_WORDS = frozenset(month_readings(EVERY_MONTH_NAME)) | frozenset(
    month_readings(MONTH_SHORTENINGS)
)


_BYLINE = re.compile(rf"^\s*By\s+{NAME_CAPITAL}")


# Joiners an emoji is written with (a variation selector, a zero-width joiner).
_EMOJI_JOINERS = frozenset("\ufe0f\u200d")


#: A line of words each two or more spaces (or a tab) from the next: a menu's links as a
#: browser's copy prints them side by side ("News  Sport  Outdoors  Letters"), no name
#: (a letter-spaced masthead's letters stand one space apart: "T H E   D A I L Y").
_MENU_GAPS = re.compile(r"\S+(?:(?:[ ]{2,}|\t)[ \t]*\S+)+")


def is_doubled(text: str) -> bool:
    """True for one name written twice ("NameName"), at least 4 characters each.

    Parameters
    ----------
    text : str
        A stripped line.

    Returns
    -------
    bool
        Each half 4 characters or more, where
        :func:`analysis.clean.header_lines.is_doubled` takes halves of 1.
    """
    half = len(text) // 2
    return len(text) >= 8 and len(text) % 2 == 0 and text[:half] == text[half:]


_CASELESS_WORD = r"[^\W\d_]+(?:['’&.\-][^\W\d_]+)*"


_CASELESS_NAME = re.compile(rf"{_CASELESS_WORD}(?:\s+{_CASELESS_WORD}){{1,3}}")


# A name in a script without case: 2-4 words of letters and their marks ("جريدة الساحل"),
# or one run of a script written without spaces ("港口日报", "ちゅうぶ日報").
_NO_CASE_WORD = rf"{LETTER_OR_MARK}+(?:['’&.\-]{LETTER_OR_MARK}+)*"


_NO_CASE_NAME = re.compile(
    rf"{_NO_CASE_WORD}(?:\s+{_NO_CASE_WORD}){{1,3}}|[{UNSPACED_SCRIPTS}]{{2,20}}"
)


# A name in Tibetan: 2-8 syllables parted by a tsheg (U+0F0B), closed by a shad (U+0F0D)
# as Tibetan closes every phrase, a name's too ("གངས་ལྗོངས་གསར་འགྱུར།"); the name is
# group 1, without the shad.
_TIBETAN_NAME = re.compile(rf"((?:[{TIBETAN}]+\u0f0b){{1,7}}[{TIBETAN}]+)\u0f0b?\u0f0d?")


def caseless_masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """A top line that is a name written without capitals: all in lower case ("the morning
    ledger": a logo set in lower-case type), 2-4 words of letters, not all function words
    and no interface word; or in a script without case, where no capital can mark a name
    ("جريدة الساحل", 2-4 words; "港口日报", one run of a script written without spaces;
    Tibetan syllables parted by tshegs, the shad closing the line left out:
    "གངས་ལྗོངས་གསར་འགྱུར།"). Read as a masthead only over the site's menu
    (:func:`analysis.clean.masthead_context.opens_menu`, as a masthead in capitals or
    title case alone on a page is no site's name either).

    Parameters
    ----------
    line : str
        The page's first line with text.

    Returns
    -------
    tuple or None
        (name, (start, end)) as :func:`masthead_name` gives them; None for a line with
        an upper-case letter, a digit or other marks, or of more than 40 characters.
    """
    stripped = line.strip()
    if len(stripped) > 40:
        return None
    if is_lower_case(stripped):
        if not _CASELESS_NAME.fullmatch(stripped):
            return None
        return _name_span(line, stripped, LETTER_RUN.findall(stripped))
    if tibetan := _TIBETAN_NAME.fullmatch(stripped):
        stripped = tibetan.group(1)  # (its closing shad is no letter of the name)
    elif not (shows_no_case(stripped) and _NO_CASE_NAME.fullmatch(stripped)):
        return None
    start = line.index(stripped)
    return stripped, (start, start + len(stripped))


# The gap between a line's columns as a text dump prints them (pdftotext keeps a print
# page's layout): three spaces or more, or a tab.
_COLUMN_GAP = re.compile(r"\s{3,}|\t")


# The date in square brackets closing the line, as a news e-book titles itself
# ("Example Daily [Fri, 04 Dec 2026]", its month maybe shortened in its language): a day's
# number and a year, at most a weekday's and a month's words besides.
_BRACKETED_DATE = re.compile(
    r"\s+\[(?=[^\]\d]*\d{1,2}\b)[^\W\d_]*[.,]?\s*(?:\d{1,2}\.?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d\]\s*$"
)


def nameplate_name(line: str) -> tuple[str, tuple[int, int]] | None:
    """The site's name on a print edition's nameplate: its name and the issue's date on
    one line, a column's gap between them, as a text dump of the printed page keeps
    them ("THE HARBOUR WEEKLY" + spaces + "Week 49 · 3 December 2026"), or the date in
    square brackets after it, as a news e-book's title line ("Example Daily [Fri, 04 Dec
    2026]").

    Parameters
    ----------
    line : str
        The page's first line with text, its columns as the dump spaced them.

    Returns
    -------
    tuple or None
        The name and its span in ``line`` as :func:`masthead_name` reads the line's
        first column; None when the line is not two columns exactly, the second
        holding a date and the first a name, nor a name and a bracketed date.
    """
    if bracketed := _BRACKETED_DATE.search(line):  # calibre's "Name [Fri, 04 Dec 2026]"
        return masthead_name(line[: bracketed.start()])
    parts = _COLUMN_GAP.split(line.strip())  # (a running head's third column, the
    # page's number, "B2   THE HARBOUR WEEKLY   3 March 2026", makes it none)
    if len(parts) != 2 or find_date_span(parts[1]) is None:
        return None
    head = line[: line.index(parts[0]) + len(parts[0])]
    return masthead_name(head)


def _name_span(line: str, stripped: str, words: list[str]) -> tuple[str, tuple[int, int]] | None:
    """``stripped`` (``line`` stripped) and its span in ``line``; None when its ``words``
    are all function words or one is an interface word
    (:data:`analysis.clean.interface_words.INTERFACE_WORDS`)."""
    folded = [word.casefold() for word in words]
    if all(word in FUNCTION_WORDS for word in folded) or any(w in INTERFACE_WORDS for w in folded):
        return None
    start = line.index(stripped)
    return stripped, (start, start + len(stripped))


# A word of a name in any script, its combining marks with it ("प्रहरी", "ข่าวเมืองเหนือ"),
# parts joined by an apostrophe, a hyphen, a dot, "&" ("l'Ouest-Atlantique"), the
# Hebrew script's hyphen, the maqaf (Yiddish "מיזרח־שטערן", h211), a zero-width
# non-joiner (Persian "هفته‌نامه") or a zero-width space (Khmer, which parts its words
# with one: "សារព័ត៌មាន\u200bទន្លេមេគង្គ").
_PLAIN_LETTERS = rf"(?:[^\W\d_]|[{COMBINING_MARKS}])+"


_PLAIN_WORD = rf"{_PLAIN_LETTERS}(?:['’&.\-\u05be\u200c\u200b]{_PLAIN_LETTERS})*"


# 1-4 such words, and a number of one or two digits closing the name ("남도일보24").
_PLAIN_NAME = re.compile(rf"{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,3}}(?:\s?\d{{1,2}})?")


# A name of 2-4 capitalized words, short lower-case words between (is_joined_name), an
# article elided before a capitalized word after the first ("Diari de l'Empordà",
# "Gazzetta dell'Emilia").
_CAP_PLAIN = rf"{NAME_CAPITAL}(?:[^\W\d_]|[{COMBINING_MARKS}])*(?:['’&.\-]{_PLAIN_LETTERS})*"


_SHORT_LOWER = rf"[{LOWER_LETTERS}]{{1,3}}"


_ELIDED_ARTICLE = rf"(?:{ELIDED_ARTICLE})?"


_JOINED_NAME = re.compile(
    rf"{_CAP_PLAIN}(?:\s+(?:{_SHORT_LOWER}\s+){{0,2}}{_ELIDED_ARTICLE}{_CAP_PLAIN}){{1,3}}"
)


def is_joined_name(name: str) -> bool:
    """Whether ``name`` is 2-4 capitalized words with one or two short lower-case words
    (a language's particles, of at most three letters) between two of them, as a
    name's words may be joined: Maori "Te Karere o te Tai Rāwhiti", Welsh "Llais y
    Cwm"; an article elided onto a capitalized word ("de l'Empordà"); its particles are
    not counted among a name's words.

    Parameters
    ----------
    name : str
        A phrase, stripped.

    Returns
    -------
    bool
        False for a phrase opening or closing with a lower-case word, or with a longer
        lower-case word in it ("Storm hits the North").
    """
    return bool(_JOINED_NAME.fullmatch(name))


#: The most words of a name its particles join that stands right over the headline, as
#: of a name :func:`masthead_name` reads (particles counted). Not tuned.
JOINED_MASTHEAD_WORDS = 4


# English's short words between capitals join a Title Case headline's words ("Fire at
# the Mill", "Man to Face Trial"); the English particles of a name ("of", "the") are
# :func:`masthead_name`'s already.
_ENGLISH_WORDS = FUNCTION_WORDS_BY_LANGUAGE["en"]


def capitals_mark_joined_name(name: str) -> bool:
    """Whether ``name`` is a name its capitals mark though a particle no list holds joins
    its words (:func:`is_joined_name` with a lower-case word in it: Cebuano "Balita sa
    Sugbo", Hawaiian "Ka Leo o Hilo", Setswana "Dikgang tsa Kgalagadi", Scottish Gaelic
    "Naidheachdan nan Eilean"): a capital after the particle marks a name as Title Case
    does ("Local News", read by :func:`masthead_name`), so such a line may stand right
    over the headline as a name in Title Case may.

    Parameters
    ----------
    name : str
        A top line read by :func:`plain_masthead`, stripped.

    Returns
    -------
    bool
        False for a name of more than :data:`JOINED_MASTHEAD_WORDS` words ("Habari za
        Pwani na Bara"), one without a lower-case word, or one whose lower-case words
        are English's (a Title Case headline's: "Fire at the Mill").
    """
    words = name.split()
    joining = [word for word in words if is_lower_case(word)]
    return (
        bool(joining)
        and len(words) <= JOINED_MASTHEAD_WORDS
        and is_joined_name(name)
        and not any(word in _ENGLISH_WORDS for word in joining)
    )


# A newspaper's name of up to six such words, its linking words in lower case ("Gazeti
# la Sauti ya Pwani"), or its name in quotes after the words naming the paper
# ("Волинська газета «Полісся»"): read when a newspaper's word marks it.
_MARKED_NAME = re.compile(
    rf"{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,5}}"
    rf"|{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,2}}"
    rf"\s+(?:«{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,2}}»|„{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,2}}“)"
)


#: The most words of a name a newspaper's word marks (:data:`_MARKED_NAME`). Not tuned:
#: a name of four words and its linking words.
MARKED_NAME_WORDS = 6


#: The most characters of a name whose case does not mark it (:func:`plain_masthead`), as
#: of a short label (:func:`~analysis.clean.header_lines.is_label_like`). Not tuned.
PLAIN_NAME_CHARS = 40


def plain_masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """A top line that may be a name though its case does not show it: written in a
    script without case (Arabic, Hebrew, Devanagari, Chinese, Japanese, Korean, Thai:
    "صحيفة الوادي الأخضر", "北信濃タイムズ", "남도일보24"), in sentence case ("Волинський
    вісник", "Jihočeský deník Vltava") or with lower-case words a list of particles does
    not hold ("Sauti ya Mwambao", "Η Φωνή της Κρήτης"). Such a line is as often a
    section's label or a short headline, so it is read as a masthead only where the
    page's layout says so: the page's first line, over the site's menu
    (:func:`analysis.clean.masthead_context.opens_menu`) or over another line of the story's header
    (:func:`analysis.clean.masthead_context.heads_the_story` with ``stacked``).

    Parameters
    ----------
    line : str
        One of the page's first lines (:data:`MASTHEAD_LINES` of
        :mod:`~analysis.clean.site_candidates`).

    Returns
    -------
    tuple or None
        The stripped line and its span in ``line``; None for a line
        :func:`masthead_name` reads (a name its capitals mark), a line opening with a
        lower-case letter (:func:`caseless_masthead`'s), a list item, a byline or date, a
        share sheet's line (:data:`SHARE_SHEET`), a line of more than
        :data:`PLAIN_NAME_CHARS` characters or 4 words
        (:func:`~analysis.text.count_name_words`), with marks other than a name's, or of
        function or interface words only; a newspaper's word
        (:func:`~analysis.clean.newspaper_words.names_a_newspaper`) lets a name hold
        up to :data:`MARKED_NAME_WORDS` words ("Gazeti la Sauti ya Pwani") or its name
        in quotes ("Волинська газета «Полісся»").
    """
    stripped = line.strip()
    if (
        not stripped
        or len(stripped) > PLAIN_NAME_CHARS
        or _LOWER_START.match(stripped)  # (not Georgian's Mkhedruli: UNSHOWN_CASE)
        or _SHARE_SHEET.match(stripped)  # "Shared from Example News": the app's line
        or not (
            _PLAIN_NAME.fullmatch(stripped) or _is_marked_name(stripped) or is_joined_name(stripped)
        )
        or (
            count_name_words(stripped) > 4
            and not is_newspaper_run(stripped)
            and not _is_marked_name(stripped)
            and not is_joined_name(stripped)
        )
        or _LIST_ITEM.match(line)
        or is_meta_line(line)
        or masthead_name(line)
    ):
        return None
    return _name_span(line, stripped, _WORD_RUN.findall(stripped))


def _is_marked_name(name: str) -> bool:
    """Whether a name longer than a plain name, or with its name in quotes, is a
    newspaper's (:data:`_MARKED_NAME`, a newspaper's word in it: :func:`names_a_newspaper`)."""
    return (
        bool(_MARKED_NAME.fullmatch(name))
        and count_name_words(name) <= MARKED_NAME_WORDS
        and names_a_newspaper(name)
    )


_WORD_RUN = re.compile(r"[^\W_]+")


# A lower-case first letter, as running text shows case: Georgian's Mkhedruli, lower case
# to Python since Unicode 11, is a script without case here (analysis.text.UNSHOWN_CASE).
_LOWER_START = re.compile(f"[{LOWER_LETTERS}]")


# The parts of a printed page's running head: set apart by a mark or a wide gap.
_HEAD_GAP = re.compile(r"\s*[●•|·■◆]\s*|\s{3,}")


# A printed page's label: a section's letter and the page's number ("A3", "B12"), a
# number, "Page 4".
_PAGE_LABEL = re.compile(r"[A-Z]{0,2}\d{1,3}|(?i:page|p\.)\s*\d{1,3}")


def running_head_name(line: str) -> tuple[str, tuple[int, int]] | None:
    """The paper's name in a printed page's running head (an e-edition's or a PDF's
    text): the page's label, the name, the day's date, in three parts set apart by a
    mark or a wide gap ("A3 ● THE GRANITE VALLEY COURIER ● TUESDAY, SEPTEMBER 8, 2026",
    "B2      THE LAKESIDE COURIER      Tuesday, March 3, 2026"; the date first and the
    label last too). A paper prints its own name there on every page: a naming cue as
    strong as a masthead written twice.

    Parameters
    ----------
    line : str
        One of the page's first lines (its first printed page's head).

    Returns
    -------
    tuple or None
        (name, (start, end)) as :func:`masthead_name` reads the middle part; None for a
        line of other parts (a menu, a byline, a date line of two parts).
    """
    if not (_PAGE_LABEL.search(line[:12]) or _PAGE_LABEL.search(line[-12:])):
        return None  # (a cheap test first: most lines hold no page label at an end)
    if not _HEAD_GAP.search(line):
        return None
    parts = [part for part in _HEAD_GAP.split(line.strip()) if part]
    if len(parts) != 3:
        return None
    first, middle, last = parts
    label, date = (first, last) if _PAGE_LABEL.fullmatch(first) else (last, first)
    if not _PAGE_LABEL.fullmatch(label) or not is_meta_line(date) or find_byline(date):
        return None
    found = masthead_name(middle)
    if found is None:
        return None
    start = line.index(middle) + found[1][0]
    return found[0], (start, start + len(found[0]))


#: Joining words that hold a name of
#: :data:`analysis.clean.site_name_shapes.MAX_NAME_WORDS` words together ("Ministry of
#: Commerce and Trade", "Gaceta del Río de Lora"):
#: :data:`analysis.clean.site_name_shapes.SITE_NAME_PARTICLES` but those that join a cue
#: to a name ("Provided by X", "Follow X on Facebook") and the words for "and", which join
#: two names as often ("Ana Ruiz and Jo Lee", two authors).
_NAME_JOINERS = frozenset(SITE_NAME_PARTICLES.split("|")) - {
    *("by", "on", "the"),
    *("and", "&", "und", "och", "e", "y", "i", "et"),
}


def _most_masthead_words(words: Sequence[str]) -> int:
    """A masthead's most words: four, or
    :data:`analysis.clean.site_name_shapes.MAX_NAME_WORDS` for a name whose inner words
    join its capitalised ones (a menu of five sections, "Home News Sport Weather Travel",
    a headline in capitals or a byline is no name of five)."""
    if any(word in _NAME_JOINERS for word in words[1:-1]) and not find_byline(" ".join(words)):
        return MAX_NAME_WORDS  # (a byline's "by" and the name: "Yanditswe na A B C")
    return 4


def _without_edge_symbols(line: str) -> str:
    """``line`` without spaces and the symbols decorating its ends: a trademark sign, an
    emoji ("Example Report®", "📰 EXAMPLE CRIER" print the names "Example Report",
    "EXAMPLE CRIER"); a copyright sign stays (a notice's)."""
    start, end = 0, len(line)
    while start < end and _is_decoration(line[start]):
        start += 1
    while end > start and _is_decoration(line[end - 1]):
        end -= 1
    return line[start:end]


def _is_decoration(char: str) -> bool:
    """A space, or a symbol (Unicode's "So": ™, ®, ★, an emoji) other than ©."""
    return (
        char.isspace()
        or char in _EMOJI_JOINERS
        or (char != "©" and unicodedata.category(char) == "So")
    )


#: The words of a number of minutes, hours or days in every CLDR language, folded
#: ("horas", "minutes", "dní", "ore", "часа").
_TIME_UNITS = frozenset(UNITS_AFTER_NUMBER)

#: The most digits of the number a counted-time name opens with ("24", "365"): no year.
_MAX_NAME_NUMBER_DIGITS = 3


#: A radio frequency followed only by its band or unit, as a station prints it under its
#: name ("98,6 MHz", "101.7 FM", "1485 kHz AM"): no name of its own ("98.4 Coast FM" is).
_BAND_ONLY = re.compile(rf"(?:{FREQUENCY}|\d{{3,4}})\s*(?:(?i:mhz|khz|fm|am|ukw|dab\+?)\s*)+")


def _counted_time_name(words: Sequence[str]) -> bool:
    """Whether a line's words are a name that opens with a number of hours, days or
    minutes ("36 HORAS", "20 Minutes", "24 Ore Valsesia", "7 dní Ostrava", "24 Часа"), a
    paper's or a channel's name in many languages: the number (1-3 digits), a CLDR unit
    word after it (:data:`_TIME_UNITS`), then nothing or a name of capitalized words;
    some letter of it a capital ("24 hours" is prose). A count of other things ("12 Ways
    To Save", a listicle's headline) is no such name."""
    if not 2 <= len(words) <= MAX_NAME_WORDS or len(words[0]) > _MAX_NAME_NUMBER_DIGITS:
        return False
    if not words[0].isdigit() or words[1].casefold() not in _TIME_UNITS:
        return False
    rest = " ".join(words[2:])
    if rest:
        return bool(_MASTHEAD_RE.fullmatch(rest))
    return not is_lower_case(words[1])


def masthead_name(line: str) -> tuple[str, tuple[int, int]] | None:
    """A top line (not a list item, not a byline "By Name", not a share sheet's "Shared
    from Example News": :data:`SHARE_SHEET`) that is only a name (1-4
    words, five when a joining word holds them together, or one name twice).

    Parameters
    ----------
    line : str
        A top line of the page.

    Returns
    -------
    tuple or None
        The name (one of the two halves for a doubled name) and its span in ``line``;
        None for a line of more than 60 characters or not shaped like a name.
    """
    if _LIST_ITEM.match(line) or _BYLINE.match(line) or _SHARE_SHEET.match(line.strip()):
        return None
    stripped = _without_edge_symbols(line)
    if not stripped or len(stripped) > 60:
        return None
    if is_doubled(stripped):
        stripped = stripped[: len(stripped) // 2].strip()
    if _MENU_GAPS.fullmatch(stripped):
        return None  # a menu's links as a browser copies them: "News  Sport  Letters"
    words = stripped.split()
    if _BAND_ONLY.fullmatch(stripped):
        return None  # a station's frequency and band under its name ("98,6 MHz"), no name
    if _counted_time_name(words):
        start = line.index(stripped)
        return stripped, (start, start + len(stripped))
    if not 1 <= len(words) <= _most_masthead_words(words) or not _MASTHEAD_RE.fullmatch(stripped):
        return None
    if any(
        word.isdigit() and words[at - 1].casefold().rstrip(".") in _MONTH_WORDS
        for at, word in enumerate(words)
    ):
        return None  # the day's date ("July 16"), no name
    start = line.index(stripped)
    return stripped, (start, start + len(stripped))

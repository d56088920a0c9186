"""A byline printed without a "By" cue: an author's name on a line of its own under the headline.

Many pages print the author's name alone between the headline and the body ("Jane
Doe" over the date line, "Sam Carter@samcarter", "Ana Ruiz, AP Business
Writer", "Lee M. Park Senior Contributor"). A name alone is ambiguous (a section label,
a place, a menu item is written the same way), so a line is taken only when:

- it reads as a person's name: two or three capitalized words (initials and name
  particles besides, one name after an initial, two names joined by "and", three or
  more set apart by commas and "and": "Olamide Ferris, Georgina Lutz and Ben Okafor";
  after a desk's one-word credit: "Redacción / E. Martín"), or all of them in capitals, none of
  whose words the page writes in lower case anywhere ("Business News" and "Most
  Popular" are ordinary words; names stay capitalized) or prints as a line of its own
  (a menu's items: "• World" and "• Politics" over "World Politics");
- and something marks it as the author's: a social handle after it ("@handle"), a
  role after it ("Senior Contributor", ", AP Business Writer"), a date closing its line
  ("Sanne Bakker · 3 dec 2026, 10:45", "Mehmet Demir 03.12.2026", after a section's
  label: "Ausland · Nadine Brunner · 03.12.2026", with a comma's credit: "Ana Ruiz,
  Associated Press · 3 Dec 2026") or opening it, a separator between ("2. prosince
  2026 14:35 · Tereza Malá"), a date,
  relative-time or reading-time ("5 Min Read") line right above or below it (the name
  may have the place it is written from after a separator: "Ane Etxeberria |
  Donostia"), the author's e-mail address alone on the line under it, or an
  author box below the body whose biography opens with the name ("Jane Doe is a
  reporter who ...").

A name in a script without case (Han, kana, Thai, Devanagari, Tamil, Arabic), which no
capital marks, is :mod:`analysis.clean.caseless_names`'s: its shape, a date line beside
it or its date on its line, and the page printing it nowhere else (a label, a place).

A newsroom's word printed alone in the name's place beside the date line ("Redacción",
"Redazione": :data:`~analysis.clean.byline_words.NEWSROOM_WORDS`,
:func:`find_newsroom_byline`) is the byline too: the desk signs the story.

A byline that ends with the source the article credits ("By MARGARET COLE Associated
Press" over an "(AP)" dateline) is the person's name: the agency is the article's
``credited_source`` (:func:`byline_without_credit`); so is an agency's initials after
the name and a separator ("Por Ana Ruiz | EFE", "By Jane Roe/AP",
:func:`credit_after_byline`).

A wrong byline is worse than none: a name in the body is never looked at (people quoted
in an article are not its authors), nor a name alone above the headline (a related
item's byline sits there): only an author box's name over its role line (``Aoife Byrne``
/ ``Columnist``, an opinion column's box over the headline,
:func:`find_author_box_byline`). The cue words are the grammar of bylines (role nouns), not names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from itertools import pairwise

from analysis.clean.byline_words import (
    NAME_LIKE_BY_WORDS,
    NEWSROOM_WORDS,
    PAGE_PARTICLE_BY_WORDS,
    SITE_REPORTER_LABELS,
    glued_by_words,
)
from analysis.clean.caseless_names import (
    caseless_name_beside_date,
    caseless_name_line,
    caseless_name_span,
)
from analysis.clean.company_names import LEGAL_FORM_WORDS, is_company_word
from analysis.clean.dates import DATE_LABEL_WORDS, labelled_dates
from analysis.clean.header_lines import (
    FLAG_BEFORE_NAME,
    ROLE_MODIFIERS,
    ROLE_NOUN,
    is_caption_line,
    is_meta_line,
    is_role_line,
)
from analysis.clean.labelled_byline import labelled_names, names_capitals
from analysis.clean.name_forms import compact_name
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.clean.page_date_order import page_languages
from analysis.clean.portrait_alt import portrait_name
from analysis.clean.share_names import is_action_row
from analysis.clean.site_candidates import name_initials
from analysis.clean.weekdays import is_weekday_name
from analysis.clean.yearless_dates import CLOCK_TIME, names_weekday
from analysis.text import (
    LETTER_RUN,
    LOWER_LETTERS,
    UPPER_LETTERS,
    bullet_end,
    count_words,
    is_blank,
    is_lower_case,
    is_upper_case,
    opens_upper_case,
    shows_no_case,
)

__all__ = [
    "GAELIC_SURNAME_PARTICLES",
    "NAME_PARTICLES",
    "byline_without_credit",
    "credit_after_byline",
    "find_author_box_byline",
    "find_closing_bracket_byline",
    "find_name_line_byline",
    "find_newsroom_byline",
    "find_site_reporter_byline",
    "is_name_line",
    "is_person_name",
    "publication_beside_byline",
]

#: How many lines with a word above or below a name line a date line may sit.
DATE_NEIGHBOUR_LINES = 1
#: At most this many lines make an author box over the headline: a photo's caption, the
#: name, the role, a line of biography, and a section label over them (not tuned).
AUTHOR_BOX_LINES = 6

#: The lower-case particles a person's name may hold between its capitalized words
#: ("Ana de Souza", "Kees van der Berg", "Omar bin Said"; Maasai "ole", son of: "Lemayian
#: ole Sankan"; Iban "anak", child of: "Jimbai anak Sanggau", as header_lines reads a
#: byline's name since h279).
NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van"}
    | {"von", "der", "den", "ten", "ter", "al", "el", "bin", "ibn", "ole", "anak"}
)
#: The capitalized particles of Irish and Scottish Gaelic surnames, in lower case: "son
#: of" and "daughter of" and their grandchild forms ("Ciarán Ó Conghaile", "Síle Ní
#: Fhlatharta", "Máire Nic Giolla", "Uí", "Ua", "Mhic"). Written capitalized inside a name,
#: they are everyday words in lower case in the language's text ("ó": from, "ní": not,
#: "mac": son), no sign that the name is a phrase.
GAELIC_SURNAME_PARTICLES = frozenset({"ó", "ní", "nic", "mac", "mhic", "uí", "ua"})
#: Vietnamese middle names that mark a name's gender, as printed ("Lê Thị Hồng Nhung",
#: "Trần Văn Nam"): a family name, the marker and one or two given names make a name of
#: four words, which is_person_name counts as three (one person's, not a name and its
#: outlet).
VIETNAMESE_MIDDLE_MARKERS = frozenset({"Thị", "Văn"})
_INITIAL = re.compile(r"^[A-Z]\.$")
# A name glued to its initial by the initial's dot, one word: "Б.Энхжаргал", "J.Smith"
# (Mongolian and Kazakh papers print a patronymic's initial so; h361).
_GLUED_INITIAL_NAME = re.compile(rf"[{UPPER_LETTERS}]\.[{UPPER_LETTERS}][{LOWER_LETTERS}]+")
# The words for "by" that are also names' particles ("le": Irish and Scottish Gaelic).
# (and the particles that are a "by" on a name line of a page in their language:
# byline_words.PAGE_PARTICLE_BY_WORDS, Venetian "De Piero Zanchetta")
_PARTICLE_CUE_LANGUAGES: dict[str, tuple[str, ...]] = {
    lang: tuple(word for word in words if word in NAME_PARTICLES)
    for table in (NAME_LIKE_BY_WORDS, PAGE_PARTICLE_BY_WORDS)
    for lang, words in table.items()
}
_PARTICLE_NAME_CUES = frozenset(w for words in _PARTICLE_CUE_LANGUAGES.values() for w in words)
# A capitalized name word: "Doe", "O'Brien", "Ruiz-Carter", "McDonald".
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")
#: The words of a reading time after its minutes, in the languages that print one: "4
#: min read", "4 min de lecture", "4 Min. Lesezeit", "4 min di lettura", "4 min de
#: lectura" / "de leitura", "4 min leestijd", "4 min czytania", "4 dk okuma", "4 phút
#: đọc", "4 min lesetid", "4 min läsning".
READ_AFTER_MINUTES = (
    "read",
    "de lecture",
    "lesezeit",
    "di lettura",
    "de lectura",
    "de leitura",
    "leestijd",
    "czytania",
    "okuma",
    "đọc",
    "lesetid",
    "läsning",
)
#: A header's reading time, which sits with the byline and date: "5 Min Read", or a
#: reader view's estimate under the name, a range: "5-6 minutes", "5 à 6 minutes", "4-5
#: minuta" (its word for minutes in the page's language).
READING_TIME = re.compile(
    r"^\s*\d{1,3}\s*(?:(?:min|mins|minutes?|dk|phút)\.?\s+(?:" + "|".join(READ_AFTER_MINUTES) + ")"
    r"|(?:[-–]|[^\W\d_]{1,3})\s*\d{1,3}\s*(?:min|мин)[^\W\d_]{0,6}\.?)\s*$",
    re.IGNORECASE,
)
#: A date line of up to this many words beside a name line marks the name as its
#: author's when its date has a label: "Publié le 3 décembre 2026 à 10 h 45 | Mis à
#: jour le 3 décembre 2026 à 15 h 12" (the two labelled dates make it long).
MAX_LABELLED_DATE_WORDS = 30
# A desk's one-word credit before the author's name: "Redacción / E. Martín".
_DESK_BEFORE_NAME = re.compile(r"[^\W\d_]+\s+/\s+")
# A section's one-word label before the name a date follows: "Ausland · Jane Doe · 3.12.2026".
_SECTION_BEFORE_NAME = re.compile(r"[^\W\d_]+\s+[·|•]\s+")
# Where the name part of a line ends: a handle, a comma, a separator.
_AFTER_NAME = re.compile(r"\s*(?:@|,|\||\s/\s|•|·|\((?=[A-Za-z]))")
# A portal's channel after the name and a spaced dash, closing the line: one word opening
# in lower case with a capital inside, as a brand is spelt ("Rizky Pratama - detikNews",
# "NAME - kumparanBISNIS"); no person's name, place or role is written so. Unmarked: a
# date line beside it must mark the name, as it must a name alone.
_CHANNEL_AFTER_NAME = re.compile(r"\s+[-–—]\s+[a-z]+[A-Z][A-Za-z]*\s*$")
# The name again in Latin letters in brackets after a name in another script, closing
# its line: "Γιώργος Παπανικολάου (Giorgos Papanikolaou)", "Б.Энхжаргал (B. Enkhjargal)"
# (a transliteration marks a person's name, as a handle does; h361).
# (Latin letters with their accents: "Jovanović")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_LATIN_WORD = rf"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f](?:{_LATIN_LETTER.pattern}|[.'’-])*"
_LATIN_FORM = re.compile(rf"\(\s*{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,3}}\s*\)")
# A comma's credit between a name and the date closing its line: "Ana Ruiz, Associated
# Press · 3 Dec 2026", "Ana Ruiz, AP · ..." (one to four capitalized words).
_CREDIT_AFTER_NAME = re.compile(r",\s+((?:[^\W\d_][^\W\d_.&'’-]*\.?\s*){1,4})$")
# What may stand between a name and the date closing its line: "Name · 3 dec 2026"
# (a comma only with more tests, :func:`_name_comma_date`: "Cape Town, Dec 3" is a
# dateline's place).
_NAME_DATE_GAP = re.compile(r"\s*(?:[·•|–—-]\s*)?")
_NAME_COMMA_GAP = re.compile(r"\s*,\s*")
# The separators a publication's label may follow between a name and its date.
_SEPARATORS = ("·", "•", "|", "–", "—", "-")
# A publication's label right before a date ("Posted 11/3/26", "Published: 3 Dec 2026").
_PUBLISH_LABEL_BEFORE = re.compile(rf"(?:{DATE_LABEL_WORDS})(?:\s+on)?\s*:?\s*\Z")
#: At most this many words may follow the date closing a name's line (a clock time and
#: its zone: "10:45", "11:02 AM CST"), none of them in lower case (a sentence goes on)
#: but a short word for "at" before the time ("o 9:50", "at 10:45 am", "kl. 10.05").
MAX_WORDS_AFTER_DATE = 3
# A clock time after a date, perhaps after a short word for "at" (:data:`MAX_WORDS_AFTER_DATE`).
_AT_TIME = re.compile(rf"(?:[^\W\d_]{{1,3}}\.?\s+)?(?:{CLOCK_TIME.pattern})", re.IGNORECASE)
# A reading time closing a name's date line after a separator ("Jane Roe · 3 Dec 2026 ·
# 6 min read", "· 4 мин", "· 5 min de lecture"): a number of minutes (a word opening
# with "min" or its Cyrillic spelling) and at most three words more, not the sentence
# going on that words after the date mean.
_READING_TIME_AFTER = re.compile(
    r"\s*[·•|–—-]\s*\d{1,3}\s*(?:min|мин)[^\W\d_]*\.?(?:\s+[^\W\d_]+){0,3}\s*$",
    re.IGNORECASE,
)
# Between a date opening a line and the author's name closing it: its clock time, if
# any, and a separator ("3 March 2026 14:35 · Jane Roe").
_DATE_NAME_GAP = re.compile(rf"\s*(?:(?:{_AT_TIME.pattern})\s*)?[·•|–—]\s*", re.IGNORECASE)


def find_name_line_byline(
    lines: Sequence[str],
    title_line: int,
    body_start: int,
    body_end: int,
    masthead: str | None = None,
    site_name: str | None = None,
) -> tuple[int, int, int] | None:
    """(line, start, end) of an author's name printed alone under the headline.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The headline's line (or a copy of it above, as a gallery prints); only the lines
        below it and above ``body_start`` are read.
    body_start, body_end : int
        Where the search ends (the body's first line, or the headline below a copy of
        it), and the body's last line.
    masthead : str or None, optional
        The page's site name when a line above the headline prints it (its masthead):
        a line under the headline printing it again is not a person's name ("Lakeview
        Courier | Dec 3, 2026"), whatever its shape. Not a name the page prints only
        under the headline or in its copyright notice: a blog's author is its owner.
    site_name : str or None, optional
        The page's site name wherever the page prints it (its copyright notice too): a
        name over a line printing it, a date line beside that one, is the author's, as
        a chain's header credits the author, then the paper, then the date
        (:func:`_over_site_line`; the masthead's test above is left to ``masthead``).

    Returns
    -------
    tuple of int or None
        The line and the name's span in it, the first such line below the headline; None
        when no line there passes the tests of the module docstring.
    """
    for i in range(title_line + 1, body_start):
        if is_action_row(lines[i]):
            continue  # the article's buttons, "Share Save", "공유 저장": no name
        found = (
            _name_part(lines[i])
            or _name_comma_date(lines, i)
            or _glued_by_name(lines[i])
            or _name_after_particle_cue(lines, i)
            or _portrait_over_role(lines, i, body_start)
        )
        if found is None and (span := _caseless_byline(lines, i, title_line, body_start)):
            if not _names_site(lines[i][span[0] : span[1]], masthead):
                return i, *span
            continue
        labelled = found is None
        if labelled:  # "Sizaru: NAME", "Yalembwa na NAME na NAME": a label no table holds
            found = labelled_names(lines[i])
        if found is None:
            continue
        start, end, marked = found
        start = _after_name_like_cue(lines, lines[i][start:end], start)
        name = lines[i][start:end]
        if _names_site(name, masthead):
            continue
        beside_date = (
            _beside_date_line(lines, i, title_line, body_start)
            or _over_site_line(lines, i, title_line, body_start, masthead or site_name)
            or _over_place_line(lines, i, body_start)
            or _under_dated_headline(lines, i, title_line)
        )
        # the author's role on the next line ("Maria Lopez" / "Guest columnist") marks
        # the name as a byline's, as an author box's role does
        role_below = i + 1 < body_start and is_role_line(lines[i + 1])
        # or the author's address on the next line ("Guðrún Sigurðardóttir" / "gudrun@...")
        mailed = i + 1 < body_start and _EMAIL_LINE.fullmatch(lines[i + 1]) is not None
        if not (
            marked or beside_date or role_below or mailed or _has_author_box(lines, name, body_end)
        ):
            continue
        # the links between labelled names ("micha", "tuntang") are written in lower case
        checked = " ".join(names_capitals(name.split())) if labelled else name
        if _reads_as_name(lines, checked):
            return i, start, end
    return None


def _caseless_byline(
    lines: Sequence[str], index: int, first: int, stop: int
) -> tuple[int, int] | None:
    """The span of a name in a script without case on line ``index`` that is a byline
    (:mod:`analysis.clean.caseless_names`): beside its date on the line, or alone beside
    a date line between the headline (``first``) and ``stop``."""
    span = caseless_name_beside_date(lines, index)
    if span is not None:
        return span
    if caseless_name_line(lines, index, stop) and _beside_date_line(lines, index, first, stop):
        return caseless_name_span(lines[index])
    return None


def _over_site_line(
    lines: Sequence[str], index: int, first: int, stop: int, masthead: str | None
) -> bool:
    """True when the next line with words under line ``index`` prints the page's site name
    (its masthead) and a date line is beside that one: a chain paper's header credits the
    authors, then the paper, then the date ("Sam Whitaker and Priya Natarajan" / "The
    Ashburn Gazette-Times" / "Published 11:58 p.m. ET Dec. 3, 2026", review h321)."""
    if masthead is None:
        return False
    below = next((j for j in range(index + 1, stop) if not is_blank(lines[j])), None)
    return (
        below is not None
        and _names_site(lines[below].strip(), masthead)
        and _beside_date_line(lines, below, first, stop)
    )


def _over_place_line(lines: Sequence[str], index: int, stop: int) -> bool:
    """True when the next line with words under line ``index`` is a place's or a desk's
    name (:func:`_is_place`: "Logroño", "Express News Service") and the next one under
    that is a date line: a regional paper's header prints the author, where from or for
    which desk, then the date ("Lucía Ferrer" / "Logroño" / "Sábado, 5 de diciembre
    2026, 18:40", "Sruthi Menon" / "Express News Service" / "Published: 05th December
    2026", review h427), as it prints "Ane Etxeberria | Donostia" on one line."""
    below = next((j for j in range(index + 1, stop) if not is_blank(lines[j])), None)
    if below is None or is_meta_line(lines[below]) or not _is_place(lines[below].strip()):
        return False
    after = next((j for j in range(below + 1, stop) if not is_blank(lines[j])), None)
    return after is not None and count_words(lines[after]) <= 12 and is_meta_line(lines[after])


def _portrait_over_role(
    lines: Sequence[str], index: int, stop: int
) -> tuple[int, int, bool] | None:
    """(start, end, marked) of the name a headshot's alt text gives on line ``index``
    (:func:`~analysis.clean.portrait_alt.portrait_name`: "Photo of Jane Roe") when the
    next line with a word (above ``stop``) is a reporter's role ("Health reporter"): an
    author box. A photo of a person the story is about has no role under it."""
    span = portrait_name(lines[index])
    if span is None:
        return None
    j = index + 1
    while j < stop and is_blank(lines[j]):
        j += 1
    if j >= stop or not is_role_line(lines[j]):
        return None
    start, end = span
    return _checked_name(lines[index], start, lines[index][start:end].split(), True)


def find_closing_bracket_byline(lines: Sequence[str], body_end: int) -> tuple[int, int, int] | None:
    """(line, start, end) of the writer's name a Japanese story prints in brackets on the
    line closing it ("（松田由美）" under the last paragraph, its bureau or place maybe
    before it: "（輪島支局・藤井健太）", "（ワシントン＝山田太郎）"), as its byline.

    A name alone in brackets elsewhere (over the headline, in the text) is no byline
    (:func:`~analysis.clean.header_lines.find_byline` keeps it None); at the story's end
    (on its own line, or closing the last paragraph after its full stop "。") it signs
    the story, in a Japanese text: the body's last line holds kana (a Chinese
    story's "（新华社）" does not). The name is 3-5 characters, a kanji first, without a
    space; two characters are an agency's signature ("（共同）", "（時事）"), and a name
    holding a newspaper's word or closing with "社" (a company) or "通信" (an agency)
    is none. No tuned value.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_end : int
        The body's last line.

    Returns
    -------
    tuple of int or None
        The line (the first with text after ``body_end``, or ``body_end`` itself when
        its last sentence closes with the name) and the name's span in it; None when
        neither holds such a name.
    """
    if body_end >= len(lines) or not _KANA.search(lines[body_end]):
        return None
    at = next((i for i in range(body_end + 1, len(lines)) if not is_blank(lines[i])), None)
    match = _BRACKETED_NAME.fullmatch(lines[at]) if at is not None else None
    if match is None:  # the name closing the last paragraph, after its full stop:
        # "...と話している。（田中一郎）" (a page that prints no line break before it)
        at, match = body_end, _CLOSING_BRACKETED_NAME.search(lines[body_end])
    if match is None:
        return None
    name = match["name"]
    if name.endswith(_COMPANY_ENDINGS) or holds_newspaper_word(name):
        return None
    return at, *match.span("name")


# Hiragana and katakana: a Japanese text's.
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa]")
# A name in round brackets (full-width or not) alone on a line: 3-5 characters, a kanji
# first, then kanji or kana ("（松田由美）", "（松田ゆみ）").
# Two writers or more in one bracket, each maybe with the reporter's role noun, parted by
# "、" ("（山本健太記者、中村彩記者）", "（小林直樹、渡辺由美）", review h361): the span runs
# from the first name to the last.
_JA_NAME = r"[\u4e00-\u9fff々][\u4e00-\u9fff々\u3041-\u309f\u30a1-\u30fa]{2,4}?"
# The bureau or the place the writer reports from may open the bracket (h399): a bureau's
# name and its word ("（輪島支局・藤井健太）": branch bureau, general bureau, branch
# office, correspondents' or news department), or a place and "＝" ("（ワシントン＝山田太郎）").
_JA_BUREAU = (
    r"(?:[\u4e00-\u9fff\u30a1-\u30fa]{1,8}(?:支局|総局|支社|通信部|報道部)[・･　 ]?"
    r"|[\u4e00-\u9fff\u30a1-\u30fa・]{1,10}[＝=])?"
)
_BRACKETED_NAME = re.compile(
    rf"\s*[（(]{_JA_BUREAU}(?P<name>{_JA_NAME}(?:(?:記者)?、{_JA_NAME})*)(?:記者)?[）)]\s*"
)
# Such a name closing a paragraph's last sentence, after its full stop.
_CLOSING_BRACKETED_NAME = re.compile(r"(?<=。)" + _BRACKETED_NAME.pattern + r"$")
# The endings of a company's and an agency's names: "社" (company), "通信" (agency).
_COMPANY_ENDINGS = ("社", "通信")


def find_newsroom_byline(
    lines: Sequence[str], title_line: int, body_start: int
) -> tuple[int, int, int] | None:
    """(line, start, end) of the word for a newsroom printed alone under the headline
    beside a date line, where an author's name stands ("Redacción" over "Almadena, 3 de
    diciembre de 2026"): the desk signs the story. The word alone elsewhere (a menu's
    link, a footer's contact) is no byline; the date line beside it is the cue.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line, body_start : int
        The headline's line and the body's first: the lines between them are read.

    Returns
    -------
    tuple of int or None
        The line and the word's span; None when no such line stands there.
    """
    for i in range(title_line + 1, body_start):
        stripped = lines[i].strip()
        if stripped.casefold() not in _NEWSROOM and stripped.casefold() not in _NEWSROOM_THE:
            continue
        if _beside_date_line(lines, i, title_line, body_start):
            start = lines[i].index(stripped)
            return i, start, start + len(stripped)
    return None


def find_site_reporter_byline(
    lines: Sequence[str], title_line: int, body_start: int
) -> tuple[int, int, int] | None:
    """(line, start, end) of the reporter's name in a credit that names the site first
    ("Laporan Wartawan Example Post, Jane Doe": :data:`~analysis.clean.byline_words.\
SITE_REPORTER_LABELS`) under the headline.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line, body_start : int
        The headline's line and the body's first: the lines between them are read.

    Returns
    -------
    tuple of int or None
        The line and the span of the name after its last comma: one to
        :data:`_MAX_NAME_WORDS` capitalized words (a one-word name is common in
        Indonesian); None when no such line stands there.
    """
    for i in range(title_line + 1, body_start):
        line = lines[i]
        folded = line.strip().casefold()
        if not any(folded.startswith(label + " ") for label in _SITE_REPORTER) or "," not in line:
            continue
        comma = line.rindex(",")
        name = line[comma + 1 :].strip()
        words = name.split()
        if 1 <= len(words) <= _MAX_NAME_WORDS and all(opens_upper_case(w) for w in words):
            start = line.index(name, comma)
            return i, start, start + len(name)
    return None


_SITE_REPORTER = tuple(label for labels in SITE_REPORTER_LABELS.values() for label in labels)
# The most words of a person's name after a site reporter's credit (given names, family
# name, a patronymic: four, as a byline's name runs).
_MAX_NAME_WORDS = 4


_NEWSROOM = frozenset(word for words in NEWSROOM_WORDS.values() for word in words)
# English prints its article before it: "The Newsroom".
_NEWSROOM_THE = frozenset("the " + word for word in NEWSROOM_WORDS["en"])


def is_newsroom_name(text: str) -> bool:
    """Whether ``text`` is the word for a newsroom alone ("Redacción", "The Newsroom":
    :data:`~analysis.clean.byline_words.NEWSROOM_WORDS`): the desk, no person and no
    outlet.

    Parameters
    ----------
    text : str
        A name as printed.

    Returns
    -------
    bool
        True for one of the words, case and space around aside.
    """
    folded = text.strip().casefold()
    return folded in _NEWSROOM or folded in _NEWSROOM_THE


def _after_name_like_cue(lines: Sequence[str], name: str, start: int) -> int:
    """Where the name starts after a word for "by" that is also a name, opening a name
    line of three words in the page's language (byline_words.NAME_LIKE_BY_WORDS): a
    Welsh page's "Gan Elin Prys" is by Elin Prys; "Gan Wei Ming" on an English page is a
    name of three words."""
    first, _, rest = name.partition(" ")
    cued = [lang for lang, words in NAME_LIKE_BY_WORDS.items() if first.casefold() in words]
    if not cued or len(rest.split()) < 2 or not opens_upper_case(first):
        return start
    languages = page_languages("\n".join(lines))
    if not languages or languages[0] not in cued:
        return start
    return start + len(first) + 1


def _name_after_particle_cue(lines: Sequence[str], index: int) -> tuple[int, int, bool] | None:
    """(start, end, False) of the name after a word for "by" that is also a name's
    particle (byline_words.NAME_LIKE_BY_WORDS, a particle to :func:`is_person_name`:
    Irish and Scottish Gaelic "Le Ceitidh NicLeòid"; byline_words.PAGE_PARTICLE_BY_WORDS:
    Venetian "De Piero Zanchetta"), capitalized, opening a name line on a page in the
    cue's language; unmarked: a date line beside it must mark it."""
    line = lines[index]
    first = line.split(None, 1)[0] if line.strip() else ""
    if not opens_upper_case(first) or first.casefold() not in _PARTICLE_NAME_CUES:
        return None
    cut = line.index(first) + len(first)
    found = _name_part(line[cut:])
    if found is None or found[2]:
        return None
    languages = page_languages("\n".join(lines))
    cued = {lang for lang, words in _PARTICLE_CUE_LANGUAGES.items() if first.casefold() in words}
    if not languages or languages[0] not in cued:
        return None
    return cut + found[0], cut + found[1], False


def find_author_box_byline(
    lines: Sequence[str], title_line: int, masthead: str | None = None
) -> tuple[int, int, int] | None:
    """(line, start, end) of the name in an author box printed over the headline.

    An opinion column prints its columnist's box over the headline: the name on a line
    of its own, the role on the next (``Aoife Byrne`` / ``Columnist``,
    :func:`~analysis.clean.header_lines.is_role_line`), a photo's caption or a line of
    biography around them. A name alone above the headline may be a related item's
    byline; the role line under it marks it as the author's.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The headline's line (its first copy when the page prints it twice).
    masthead : str or None, optional
        The page's site name printed above the headline, never a person's (as in
        :func:`find_name_line_byline`).

    Returns
    -------
    tuple of int or None
        The line and the name's span in it: a person's name (the module docstring's
        first test, none of its words written in lower case in the page) over a role
        line, in the lines printed without a blank line between them right above the
        headline (blank lines aside; at most :data:`AUTHOR_BOX_LINES` of them); None
        when there is none.
    """
    box: list[int] = []
    for i in range(title_line - 1, -1, -1):
        if is_blank(lines[i]):
            if box:
                break
            continue
        box.insert(0, i)
        if len(box) == AUTHOR_BOX_LINES:
            break
    for i, below in pairwise(box):
        found = _name_part(lines[i])
        if found is None or not is_role_line(lines[below]):
            continue
        start, end, _ = found
        name = lines[i][start:end]
        if not _names_site(name, masthead) and _reads_as_name(lines, name):
            return i, start, end
    return None


def _names_site(name: str, masthead: str | None) -> bool:
    """Whether ``name`` is the site's name its ``masthead`` prints, "the" and case aside."""
    return bool(masthead) and compact_name(name) == compact_name(masthead)


def is_name_line(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is a person's name as a byline prints it on its own line:
    the name (a handle, a role or a comma's credit besides) by the module docstring's
    first test, none of its words written in lower case in the page or printed as a line
    of its own ("Jane Doe", not "Business News"). What marks it as the author's is not
    asked.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line.

    Returns
    -------
    bool
        True for such a name line.
    """
    found = _name_part(lines[index])
    if found is None:
        return False
    name = lines[index][found[0] : found[1]]
    return _reads_as_name(lines, name)


def _reads_as_name(lines: Sequence[str], name: str) -> bool:
    """Whether the page writes ``name`` as a person's name only: none of its words in
    lower case, none printed as a line of its own (a menu's or a section's item)."""
    return not _written_in_lower_case(lines, name) and not _printed_alone(lines, name)


def _written_in_lower_case(lines: Sequence[str], name: str) -> bool:
    """Whether the page writes one of the name's words (3 letters or more, "and" aside)
    in lower case: an ordinary word ("Business News", "Most Popular"), no name's."""
    words = {w.lower() for w in LETTER_RUN.findall(name) if len(w) >= 3 and w.lower() != "and"}
    if not words:
        return True
    text = _page_text(tuple(lines))
    return any(_holds_lower_case_run(text, word) for word in words)


@functools.lru_cache(maxsize=2)  # (the page being read: asked once per name line)
def _page_text(lines: tuple[str, ...]) -> str:
    """The page's lines joined by line breaks."""
    return "\n".join(lines)


@functools.lru_cache(maxsize=2)
def _folded_page_text(lines: tuple[str, ...]) -> str | None:
    """:func:`_page_text` case folded; None when a line holds a line break (a line's
    place is then not the count of the breaks before it)."""
    text = _page_text(lines)
    return text.casefold() if text.count("\n") == len(lines) - 1 else None


def _holds_lower_case_run(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word`` as one of its letter runs (:data:`LETTER_RUN`, a
    whole run) written in lower case: its occurrences found by ``str.find`` (the page's
    runs are not all listed for a few words)."""
    if not is_lower_case(word) or LETTER_RUN.fullmatch(word) is None:
        return False  # (no run written in lower case is this word)
    found = text.find(word)
    while found >= 0:
        end = found + len(word)
        if (
            not (found and LETTER_RUN.match(text, found - 1, found))
            and not (end < len(text) and LETTER_RUN.match(text, end, end + 1))
            and not _in_address(text, found)
        ):
            return True
        found = text.find(word, found + 1)
    return False


# A web or mail address: where a name is written in lower case as a link's path
# (".../profile/jane-doe") or a mailbox ("jdoe@..."), no word of the page's prose.
_ADDRESS_MARKS = ("/", "@", "www.")


#: The most characters of an address looked at on either side of a word in it.
ADDRESS_REACH = 200


def _in_address(text: str, at: int) -> bool:
    """Whether the character at ``at`` of ``text`` is inside a web or mail address: the
    run of characters without a space around it (up to :data:`ADDRESS_REACH` characters
    either side) holds a slash, an at sign or "www."."""
    before = _SPACE_BEFORE.search(text[max(0, at - ADDRESS_REACH) : at])
    after = _SPACE.search(text, at, at + ADDRESS_REACH)
    token = text[
        (at - len(before.group(1)) if before else max(0, at - ADDRESS_REACH)) : (
            after.start() if after else at + ADDRESS_REACH
        )
    ]
    return any(mark in token for mark in _ADDRESS_MARKS)


_SPACE = re.compile(r"\s")
_SPACE_BEFORE = re.compile(r"\s(\S*)$")


def _printed_alone(lines: Sequence[str], name: str) -> bool:
    """Whether the page prints one of the name's words as a line of its own, a bullet
    aside: a menu's or a section's item ("• Business" over "Business News"), no
    person's name."""
    words = {w.casefold() for w in LETTER_RUN.findall(name)}
    # only a line whose folded text holds a word can be it (case folding folds each
    # character alone: the folded line holds its folded part)
    folded = _folded_page_text(tuple(lines))
    if folded is None:
        return any(line[bullet_end(line) :].strip().casefold() in words for line in lines)
    for word in words:
        found = folded.find(word)
        line_no = begin = 0  # (the line counted on from the previous occurrence's)
        while found >= 0:
            start = folded.rfind("\n", 0, found) + 1
            line_no += folded.count("\n", begin, start)
            begin = start
            line = lines[line_no]
            if line[bullet_end(line) :].strip().casefold() in words:
                return True
            stop = folded.find("\n", found)
            found = -1 if stop < 0 else folded.find(word, stop + 1)
    return False


# A full stop closing a name's line after a word of two letters or more ("Thomas Le
# Gall.", as French regional papers sign under the headline; not an initial's: "Jo D.",
# nor a company's legal form's: "Example Outdoor Co.", "Example Foods Inc.", whose stop
# is the abbreviation's, and the line a company's name, no signature: _closing_stop_cut).
_CLOSING_STOP = re.compile(r"(?<=[^\W\d_]{2})\.$")


def _closing_stop_cut(text: str) -> str:
    """``text`` without the closing full stop :data:`_CLOSING_STOP` finds, unless the
    word it closes is a legal form of one word
    (:data:`~analysis.clean.company_names.LEGAL_FORM_WORDS`: "Co.", "Inc.", "Ltd.")."""
    words = text.split()
    if words and is_company_word(words[-1], LEGAL_FORM_WORDS):
        return text
    return _CLOSING_STOP.sub("", text)


def _name_part(line: str) -> tuple[int, int, bool] | None:
    """(start, end, marked) of a person's name opening ``line`` and making up all of it
    but a handle, a role or a comma's credit; ``marked``: a handle or a role follows."""
    text = _closing_stop_cut(line.rstrip())  # "Thomas Le Gall." signs as "Thomas Le Gall"
    start = bullet_end(line)
    desk = _DESK_BEFORE_NAME.match(text, start) or FLAG_BEFORE_NAME.match(text, start)
    start = desk.end() if desk else start
    if count_words(text[start:]) > 12:
        return None
    dated = _name_before_date(text, start) or _name_after_date(text, start)
    if dated is None and (section := _SECTION_BEFORE_NAME.match(text, start)):
        dated = _name_before_date(text, section.end())
    if dated is not None:
        return dated
    if is_meta_line(text):
        return None
    if (listed := _names_listed(text, start)) is not None:
        return listed
    channel = _CHANNEL_AFTER_NAME.search(text, start)
    text = text[: channel.start()] if channel else text
    after = _AFTER_NAME.search(text, start)
    end = after.start() if after else len(text)
    rest = text[end:].strip()
    if rest.startswith("("):  # the name in Latin letters after a name in another script
        if _LATIN_FORM.fullmatch(rest) is None or _LATIN_LETTER.search(text[start:end]):
            return None
        return _checked_name(text, start, text[start:end].split(), True)
    marked = rest.startswith("@") or (
        rest.startswith(",") and bool(ROLE_NOUN.search(rest.rstrip(" .")))
    )
    placed = _PLACE_AFTER_NAME.fullmatch(rest)
    if placed is not None and _is_place(placed["place"]):
        # "Ane Etxeberria | Donostia": the place written from, unmarked (a date line
        # beside it must mark it; "Name | Section" reads the same, the name still his)
        return _checked_name(text, start, text[start:end].split(), False)
    if rest and not marked and not rest.startswith(","):
        return None  # "Name / Topic", "Name | Section, More": not a name line
    if rest.startswith(",") and not marked and count_words(rest) > 4:
        return None  # a sentence, not a credit
    words = text[start:end].split()
    if not rest and len(words) > 2 and ROLE_NOUN.match(words[-1]):
        full = words
        words, marked = words[:-1], True  # "Name Senior Contributor"
        while len(words) > 2 and words[-1].lower() in ROLE_MODIFIERS:
            words.pop()
        if len(words) > MAX_NAME_BEFORE_ROLE:
            # a role of capitalized words ("Sophie Tanner Local Democracy Reporter",
            # review h427): the name is the words before the role line, the fewest
            role = next(
                (cut for cut in range(2, len(full) - 1) if is_role_line(" ".join(full[cut:]))),
                None,
            )
            words = full[:role] if role is not None else words
    return _checked_name(text, start, words, marked)


#: The most words of a name before its role ("Jane Q. Doe Senior Contributor"): a first
#: name, an initial and a surname; more is a role of capitalized words read apart.
MAX_NAME_BEFORE_ROLE = 3


# The joints of a list of names: commas, and "and" (or "&") before the last.
_LIST_COMMA = re.compile(r",\s+")
_LIST_LAST = re.compile(r",?\s+(?:and|&)\s+")


def _names_listed(text: str, start: int) -> tuple[int, int, bool] | None:
    """(start, end, False) of three persons' names or more making up the line, set apart
    by commas and the last by "and" ("Olamide Ferris, Georgina Lutz and Ben Okafor"):
    each a full name (:func:`is_person_name`), so a comma's credit or a place ("Ana
    Ruiz, Associated Press", "Jane Doe, Cape Town") is none. Unmarked: a date line
    beside it must mark it, as it must a name alone."""
    line = text[start:].rstrip()
    *head, last = _LIST_LAST.split(line)
    if len(head) != 1:
        return None
    people = [*_LIST_COMMA.split(head[0]), last]
    if len(people) < 3 or not all(is_person_name(person.split()) for person in people):
        return None
    return start, start + len(line), False


def _checked_name(
    text: str, start: int, words: list[str], marked: bool
) -> tuple[int, int, bool] | None:
    """(start, end, marked) of the name ``words`` opening ``text`` at ``start``, None
    when they read as no person's name (:func:`is_person_name`)."""
    if not is_person_name(words):
        return None
    name_end = text.index(words[-1], start) + len(words[-1])
    return start, name_end, marked


# A line that is an e-mail address alone.
_EMAIL_LINE = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")
# A place after a name and a spaced separator, closing the line: "| Donostia".
_PLACE_AFTER_NAME = re.compile(r"[|·•]\s+(?P<place>[^|·•]+)")


# A word for "by" glued to the name (byline_words.GLUED_BY_WORDS), then the name: two or
# three words of letters of a script without capitals (whose names no case marks).
_GLUED_BY_NAME = re.compile(
    rf"^\s*(?:{'|'.join(map(re.escape, glued_by_words()))})"
    r"(?P<name>[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,2})\s*$"
)


def _glued_by_name(line: str) -> tuple[int, int, bool] | None:
    """(start, end, False) of the name after a word for "by" glued to it, the line
    holding nothing else ("በአበበ ከበደ"); unmarked: a date line beside it must mark it."""
    found = _GLUED_BY_NAME.match(line)
    if found is None or not shows_no_case(found["name"]):
        return None
    return (*found.span("name"), False)


def _name_comma_date(lines: Sequence[str], index: int) -> tuple[int, int, bool] | None:
    """(start, end, True) of a person's name that a comma and a date closing line
    ``index`` follow ("Chloe Barrett, December 3, 2026"), when the date names its month,
    the name is not in capitals and the page writes it on no other line: a dateline's
    place is written the same way ("CAPE TOWN, Dec 3, 2026", "Cape Town, 3 December
    2026"), in capitals as wires print it, or named again in the story; and a weekday's
    name of two words before a numeric date ("Thứ Năm, 03/12/2026") too."""
    line = lines[index]
    if ", " not in line:
        return None
    found = _name_before_date(line.rstrip(), bullet_end(line), comma=True)
    if found is None:
        return None
    date = labelled_dates(line, day_first=True)[0][0]
    if not any(c.isalpha() for c in line[date.start : date.end]):
        return None  # a numeric date: a weekday's name before it ("Thứ Năm, 03/12/2026")
    name = line[found[0] : found[1]]
    if is_upper_case(name):
        return None
    folded = name.casefold()
    if any(folded in other.casefold() for j, other in enumerate(lines) if j != index):
        return None
    return found


def _name_before_date(text: str, start: int, comma: bool = False) -> tuple[int, int, bool] | None:
    """(start, end, True) of a person's name that a date closing the line follows, with
    at most a separator between them ("Sanne Bakker · 3 dec 2026, 10:45", "Mehmet
    Demir 03.12.2026 10:45", "Ana Novak | 3. decembra 2026 o 9:50"); the date marks the
    name as the author's. Not when an update's label ("Updated") or a weekday name comes
    with the date (an English one anywhere before it, any CLDR language's as the words
    before it: Welsh "Dydd Iau 3 Rhagfyr 2026", two capitalized words); a publication's
    label ("Posted", "Published") only after a separator ("Devon Marsh | Posted 11/3/26
    4:05 PM ET"); ``comma``: the separator is a comma, and only a comma."""
    dates = labelled_dates(text, day_first=True)
    if not dates or dates[0][0].start <= start:
        return None
    date, label = dates[0]
    date_start = date.start
    if label is not None:
        labelled = _PUBLISH_LABEL_BEFORE.search(text, start, date.start)
        if comma or label != "publish" or labelled is None:
            return None
        date_start = labelled.start()
        if not text[start:date_start].rstrip().endswith(_SEPARATORS):
            return None
    after = text[date.end :]
    if (reading := _READING_TIME_AFTER.search(after)) is not None:
        after = after[: reading.start()]  # "· 6 min read": the story's length, no sentence
    if len(after.split()) > MAX_WORDS_AFTER_DATE or any(
        is_lower_case(w) for w in _AT_TIME.sub(" ", after).split()
    ):
        return None
    before = text[start:date_start]
    words = before.split()
    if comma:
        gap = _NAME_COMMA_GAP.search(before, len(before.rstrip(" ,")))
    else:
        gap = _NAME_DATE_GAP.search(before, len(before.rstrip(" ·•|–—-")))
    if not words or gap is None or gap.end() != len(before) or names_weekday(before):
        return None
    name = before[: gap.start()]
    if is_weekday_name(name):
        return None  # a weekday's name in any language: "Dydd Iau 3 Rhagfyr 2026"
    parts = _PLACE_SEPARATOR.split(name)
    if not comma and len(parts) == 2 and _is_place(parts[1]):
        name = parts[0]  # the place written from: "Sofía Canul | Mérida, Yucatán | 2 de ..."
    credit = None if comma else _CREDIT_AFTER_NAME.search(name)
    if credit and all(opens_upper_case(word) for word in credit.group(1).split()):
        name = name[: credit.start()]  # "Ana Ruiz, Associated Press · 3 Dec 2026"
    words = name.split()
    if not words or not is_person_name(words):
        return None
    return start, start + len(name), True


def _name_after_date(text: str, start: int) -> tuple[int, int, bool] | None:
    """(start, end, True) of a person's name closing a line that a date opens, its clock
    time besides, a separator between them ("2. prosince 2026 14:35 · Tereza Malá",
    "3 March 2026 | Jane Roe"): the date marks the name as the author's, as it does
    printed after the name (:func:`_name_before_date`). Not when a label comes with the
    date ("Updated 3 March 2026 · Jane Roe")."""
    dates = labelled_dates(text, day_first=True)
    if not dates or dates[0][1] is not None or text[start : dates[0][0].start].strip():
        return None
    gap = _DATE_NAME_GAP.match(text, dates[0][0].end)
    if gap is None:
        return None
    name = text[gap.end() :].rstrip()
    if not name or not is_person_name(name.split()):
        return None
    return gap.end(), gap.end() + len(name), True


# A spaced separator between a byline's name and the place it is written from.
_PLACE_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def _is_place(text: str) -> bool:
    """A place's name as a byline prints it after the author's: 1-4 capitalized words, a
    comma between a town and its region ("Mérida, Yucatán", "Nairobi")."""
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 4 and all(_NAME_TOKEN.match(w) and opens_upper_case(w) for w in words)


def is_person_name(words: list[str]) -> bool:
    """Whether words read as one or two persons' names.

    Parameters
    ----------
    words : list of str
        The words, as printed.

    Returns
    -------
    bool
        True for two or three capitalized name words per person (initials and name
        particles besides; one name after an initial: "E. Martín", or glued to it:
        "Б.Энхжаргал"), all in capitals or
        none but their first letter, at most two persons joined by "and".
    """
    people = " ".join(words).split(" and ")
    if len(people) > 2:
        return False
    for person in people:
        tokens = person.split()
        if len(tokens) == 1 and _GLUED_INITIAL_NAME.fullmatch(tokens[0]):
            continue  # "Б.Энхжаргал": an initial and a name
        names = [t for t in tokens if t not in NAME_PARTICLES and not _INITIAL.match(t)]
        if len(names) == 4 and names[1] in VIETNAMESE_MIDDLE_MARKERS:
            names = [names[0], *names[2:]]  # "Lê Thị Hồng Nhung": its marker aside
        # "E. Martín": one name after an initial
        fewest = 1 if tokens and _INITIAL.match(tokens[0]) else 2
        if not fewest <= len(names) <= 3 or tokens[0].lower() in NAME_PARTICLES:
            return False  # four capitalized words: a name and its outlet, a share bar
        for token in tokens:
            if token in NAME_PARTICLES or _INITIAL.match(token):
                continue
            if not _NAME_TOKEN.match(token) or not opens_upper_case(token):
                return False
    capitals = [
        t for t in words if t not in NAME_PARTICLES and t != "and" and not _INITIAL.match(t)
    ]
    all_caps = all(is_upper_case(t) for t in capitals)
    return all_caps or all(not is_upper_case(t[1:]) for t in capitals if len(t) > 1)


def _beside_date_line(lines: Sequence[str], index: int, first: int, stop: int) -> bool:
    """True when the nearest line with a word above or below line ``index`` (between
    ``first`` and ``stop``) is a date, relative-time or reading-time line, or a longer
    line of labelled dates (:data:`MAX_LABELLED_DATE_WORDS`). A credit of the pictures
    between them is passed over ("Agnieszka Nowicka" / "Zdjęcia: Piotr Zając" / the date,
    "Jane Roe" / "Photographs by Sam Lee" / the date: a magazine's header credits the
    writer, then the photographer, then the day; review h438)."""
    for step in (-1, 1):
        j, seen = index + step, 0
        while first < j < stop and seen < DATE_NEIGHBOUR_LINES:
            if not is_blank(lines[j]) and not is_caption_line(lines[j]):
                seen += 1
                words = count_words(lines[j])
                if words <= 12 and (is_meta_line(lines[j]) or READING_TIME.match(lines[j])):
                    return True
                if words <= MAX_LABELLED_DATE_WORDS and any(
                    label is not None for _, label in labelled_dates(lines[j])
                ):
                    return True
            j += step
    return False


def _under_dated_headline(lines: Sequence[str], index: int, title_line: int) -> bool:
    """True when line ``index`` is the first line with a word under the headline on
    ``title_line`` and the nearest line with a word above the headline is a date line
    of at most 12 words: a clipper's or reader's header prints the site and the day over
    the headline and the author under it ("THE EXAMPLE COURIER · DEC 3, 2026" /
    headline / "JANE ROE"), the headline between the name and its date."""
    below = next((j for j in range(title_line + 1, index + 1) if not is_blank(lines[j])), None)
    if below != index:
        return False
    above = next((j for j in range(title_line - 1, -1, -1) if not is_blank(lines[j])), None)
    return above is not None and count_words(lines[above]) <= 12 and is_meta_line(lines[above])


def _has_author_box(lines: Sequence[str], name: str, body_end: int) -> bool:
    """True when a line below the body's last line (``body_end``) opens with ``name``
    and goes on in lower case: an author box's biography ("Jane Doe is a reporter
    who ..."). Below the body, not in it: a person the article is about is
    written about in the body the same way."""
    opening = re.compile(re.escape(name) + r"\s+[a-z]")
    return any(opening.match(line.lstrip()) for line in lines[body_end + 1 :])


#: The most words of a credited source's name at the end of a byline.
MAX_CREDIT_WORDS = 4


def byline_without_credit(byline: str, credit: str | None) -> str:
    """A byline without the source the article credits written at its end.

    Parameters
    ----------
    byline : str
        The byline as read ("MARGARET COLE Associated Press", "Jane Doe AP").
    credit : str or None
        The article's credited source ("AP", "The Associated Press").

    Returns
    -------
    str
        The byline up to its last words when they are ``credit``, written out or by
        its initials (either of them may be the initials: "AP" credits "Associated
        Press"), a separator before them left out, and a name of two words or more is
        left ("Mary Anna Pratt" keeps its "Anna Pratt"); ``byline`` itself otherwise.
    """
    if not credit:
        return byline
    credited = {compact_name(credit), name_initials(credit)} - {""}
    words = byline.split()
    for n in range(min(MAX_CREDIT_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-n:])
        forms = {compact_name(tail)} | ({name_initials(tail)} if n > 1 else set())
        if forms & credited:
            return " ".join(words[:-n]).rstrip(" ,;|/·•-–—")
    return byline


# What follows a byline's name when an agency's initials close it: a separator, the
# initials (two to five capitals: "AP", "EFE", "AFP"), then a separator or the line's end.
# Not a comma: a person's degrees follow one ("Jo Doe, MS, RD", "Jo Doe, MD").
_INITIALS_AFTER_NAME = re.compile(r"\s*[|/•·]\s*(?P<name>[A-Z]{2,5})\s*(?:[|•·]|$)")


# A publication's name beside a byline: the definite article, then one to five
# capitalized words ("The Shelby Herald", "The Kelso Valley News"); a person's name, a
# place or a role is not written so ("Jane Roe | Madrid", "Jane Roe | Staff Writer").
_PUBLICATION = r"The(?:\s+[A-Z][\w.'’&-]*){1,5}"
# "Story by Jane Roe • The Shelby Herald": the name after a separator, closing the line
# or followed by another separator (a date).
_PUBLICATION_AFTER = re.compile(rf"\s*[|/•·]\s*(?P<name>{_PUBLICATION})\s*(?:[|/•·]|$)")
# "The Kelso Valley News / by Jane Roe / 3 Nov 2026": a feed reader's line, the feed's
# name before the separator and the "by" cue.
_PUBLICATION_BEFORE = re.compile(rf"^\s*(?P<name>{_PUBLICATION})\s*[|/•·]\s*by\s+$")


def credit_after_byline(line: str, name_end: int) -> tuple[int, int] | None:
    """Where the agency a byline credits after its name is written: its initials after a
    separator ("Por Ana Ruiz | EFE", "By Jane Roe/AP", "By Jane Roe · AFP | 3 Dec 2026").
    A word in capitals is an organisation's initials, never a person's name; a place, a
    role or a second author after the separator is written in words ("Jane Roe |
    Madrid", "Jane Roe | Staff Writer") and is not taken, nor are initials after a comma:
    a person's degrees ("Jane Roe, MS, RD"). Whether the initials name the page's own
    outlet is the caller's test.

    Parameters
    ----------
    line : str
        The byline's line.
    name_end : int
        Where the byline's name ends in ``line``.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the initials in ``line``; None when none follow the name.
    """
    found = _INITIALS_AFTER_NAME.match(line, name_end)
    return found.span("name") if found is not None else None


def publication_beside_byline(line: str, name_start: int, name_end: int) -> tuple[int, int] | None:
    """Where a byline's line names the publication the story is from, beside the author:
    after the name and a separator ("Story by Jane Roe • The Shelby Herald", a portal's
    credit) or before the "by" cue ("The Kelso Valley News / by Jane Roe / 3 Nov 2026",
    a feed reader's). The name opens with "The" and is capitalized
    (:data:`_PUBLICATION`); a place, a role or a second author is not written so, nor
    is it taken when its last word is a role noun ("The Political Editor"). Whether it
    names the page's own outlet is the caller's test.

    Parameters
    ----------
    line : str
        The byline's line.
    name_start, name_end : int
        Where the byline's name starts and ends in ``line``.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the publication's name in ``line``; None when none is written.
    """
    found = _PUBLICATION_AFTER.match(line, name_end) or _PUBLICATION_BEFORE.match(
        line, 0, name_start
    )
    if found is None or ROLE_NOUN.fullmatch(found["name"].split()[-1]):
        return None
    return found.span("name")

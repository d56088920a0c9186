"""Shapes of the lines around an article's body: bylines, headlines, labels, meta lines.

Shared by the article-page metadata finder (:mod:`analysis.clean.page_metadata`), the
headline finder (:mod:`analysis.clean.headline`) and the listing splitter: what a byline
is (``By NAME`` and its variants), what a headline-shaped line, a short label line and
a byline/date line (a *meta line*) are.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from analysis.clean.byline_words import (
    AUTHOR_LABELS,
    BY_WORDS,
    BYLINE_CLOSING_VERBS,
    DAY_WORDS_BEFORE_DATE,
    JOINED_CREDIT_WORDS,
    NAME_LIKE_BY_WORDS,
    PARTICLE_BY_WORDS,
    PHOTO_CREDIT_WORDS,
    PLURAL_AUTHOR_LABELS,
    REPORT_WORDS,
    REPORTER_AFTER_NAME,
    REPORTER_AFTER_SPACED_NAME,
    REPORTER_BEFORE_NAME,
    REPORTER_BEFORE_PLACE,
    REPORTER_LABELS,
    TEXT_CREDIT_WORDS,
    WIRE_CO_AUTHOR_CUES,
    WIRE_REPORTING_CUES,
    author_labels,
    by_words,
    glued_by_words,
    interviewer_credits,
    staff_credits,
    write_stem_label,
)
from analysis.clean.dates import DATE_LABEL_WORDS, find_date_span, labelled_dates
from analysis.clean.pattern_starts import start_lookahead, starting_at
from analysis.clean.relative_times import find_relative_time
from analysis.clean.weekdays import is_weekday_name
from analysis.clean.yearless_dates import CLOCK_TIME
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    BULLET_MARKS,
    COMBINING_MARKS,
    FORMAT_CHARACTERS,
    LETTER_RUN,
    LOWER_LETTERS,
    UPPER_LETTERS,
    bullet_end,
    count_label_words,
    count_words,
    is_bullet,
    is_lower_case,
    is_upper_case,
    once_per_page,
    opens_upper_case,
    shows_no_case,
)
from analysis.text.marks import SENTENCE_MARKS
from analysis.text.scripts import CJK_CHARS_PER_WORD

__all__ = [
    "CAPTION",
    "CREDITED_WORKS",
    "FLAG_BEFORE_NAME",
    "FOREIGN_BYLINE_CUES",
    "ROLE_MODIFIERS",
    "ROLE_NOUN",
    "author_field_name",
    "byline_role_span",
    "find_byline",
    "find_name_below_cue",
    "headline_words",
    "is_doubled",
    "is_heading_like",
    "is_label_like",
    "is_menu_line",
    "is_meta_line",
    "is_role_line",
    "menu_items",
    "provider_name_line",
]

# ---------------------------------------------------------------------------- byline

#: A country's flag before a correspondent's name, and the spaces after it ("🇰🇪 Jane
#: Roe, Nairobi correspondent", "Reporting by 🇨🇱 Jane Roe in Santiago"): two regional
#: indicator letters, as an emoji flag is written (h279).
FLAG_BEFORE_NAME = re.compile("[\U0001f1e6-\U0001f1ff]{2}\\s+")
# Academic titles written in lower case before a byline's name, the last one abbreviated
# with a period: "prof. dr. sc. NAME" (Bosnian, Croatian, Serbian), "dr hab. inż. NAME"
# (Polish), "doc. dr. NAME". Words of five letters or fewer, at most four, the name in
# capitals after them: no name's word is written in lower case and closed by a period.
_TITLES_BEFORE_NAME = re.compile(r"(?:[^\W\d_]{1,5}\.?\s+){0,3}[^\W\d_]{1,5}\.\s+(?=[^\W\d_])")
#: A role noun of a byline's credit, closing it: "Staff Writer", "AP National Political
#: Writer", "Columnist".
ROLE_NOUN = re.compile(
    r"(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|producer"
    r"|analyst|critic|photographer)s?$",
    re.IGNORECASE,
)
#: Words that qualify a role noun written after the name without a comma ("Senior
#: Contributor", "Staff Writer"), the beat among them ("Transport Reporter", "Environment
#: correspondent", "Health Editor": a newsroom's desks, h414); a name word before them is
#: never taken for one (two words of the name stay).
ROLE_MODIFIERS = frozenset(
    {"senior", "staff", "contributing", "chief", "special", "associate"}
    | {"deputy", "managing", "executive", "national", "political", "guest"}
    | {"transport", "transportation", "health", "environment", "environmental", "education"}
    | {"crime", "courts", "business", "economics", "sports", "sport", "science", "technology"}
    | {"politics", "energy", "climate", "housing", "foreign", "defence", "defense", "travel"}
    | {"arts", "culture", "property", "consumer", "legal", "investigative", "data", "city"}
)
#: At most this many words make a line that is only an author's role ("Columnist",
#: "Guest writer", "Chief Political Correspondent", and the funded local reporters' roles
#: UK and Canadian papers print under the name: "Local Democracy Reporter", "Local
#: Journalism Initiative Reporter", four words).
MAX_ROLE_WORDS = 4


def is_role_line(line: str) -> bool:
    """Whether a line is only an author's role, as an author box prints it under the name.

    Parameters
    ----------
    line : str
        A line of the page.

    Returns
    -------
    bool
        True for 1 to :data:`MAX_ROLE_WORDS` words of letters closing with a role noun
        (:data:`ROLE_NOUN`: "Columnist", "Guest writer", "Political Editor"), the words
        before it capitalized or role modifiers (:data:`ROLE_MODIFIERS`); a place or a
        desk of capitalized words may follow after a comma ("Senior Correspondent,
        Nairobi", "Chief Reporter, West Africa").
    """
    role, comma, place = line.partition(",")
    if comma:
        where = place.split()
        if not 1 <= len(where) <= MAX_ROLE_WORDS or not all(
            LETTER_RUN.fullmatch(w) and opens_upper_case(w) for w in where
        ):
            return False
        line = role
    words = line.split()
    if not 1 <= len(words) <= MAX_ROLE_WORDS or not ROLE_NOUN.fullmatch(words[-1]):
        return False
    return all(
        LETTER_RUN.fullmatch(w) and (opens_upper_case(w) or w.lower() in ROLE_MODIFIERS)
        for w in words[:-1]
    )


#: The word for "by" that opens a byline in other page languages ("Par Claire Martin",
#: "di Mario Rossi", "Na Amina Hassan", "Της Μαρίας Παπαδοπούλου"): every language's of
#: :data:`analysis.clean.byline_words.BY_WORDS`. The one definition the article-page and
#: the listing-card byline readers use.
FOREIGN_BYLINE_CUES = by_words()
_FOREIGN_CUE = "|".join(
    alternative for cue in FOREIGN_BYLINE_CUES for alternative in (cue, cue.capitalize())
)
# A label before a colon, in any language of byline_words.AUTHOR_LABELS ("Author:",
# "Автор:", "Szerző:"); a full-width colon needs no space after it ("作者：王小明"); a
# list's bracket and quote may follow it (newspaper3k's "Authors: ['Jane Doe']"), and
# a second label joined to it may come before the colon ("Teksti ja kuvat:", text and
# pictures); or a word built on the Indo-Aryan stem for "write" in its scripts
# (byline_words.WRITE_STEMS: Khowar "لیکھاک:", Rangpuri "লেখা:").
_AUTHOR_LABEL = "|".join((*author_labels(), write_stem_label()))
# An interviewer's credit before the name, in any case ("Das Gespräch führte NAME.",
# "Propos recueillis par NAME": byline_words.INTERVIEWER_CREDITS).
_INTERVIEWER_CUE = "|".join(re.escape(cue).replace(r"\ ", r"\s+") for cue in interviewer_credits())
_INTERVIEWER_OPENING = re.compile(rf"\s*(?i:{_INTERVIEWER_CUE})\s*:?\s+")
# The kind of piece, or what its author made, before "by" ("Guest column by NAME",
# "Interview by NAME", "Photographs and words by NAME", a live blog's "Live coverage by
# NAME"): credits, not a headline's nouns (not "Review by", "Analysis by": "Analysis By
# Experts Shows ...").
_CREDITED_WORK = r"(?:words|text|story|photographs|photos|pictures|illustrations)"
#: The works one person is credited with before "by" ("Story and photos", "Words and
#: pictures", "Photographs and words"; a regex, English's words in lower case).
CREDITED_WORKS = rf"{_CREDITED_WORK}(?:\s*(?:,|and|&)\s*{_CREDITED_WORK})+"
_PIECE_CREDIT = (
    r"(?:guest\s+)?(?:column|post|essay|interview|commentary|recipe|review)"
    r"|live\s+(?:coverage|blog)"
    rf"|{CREDITED_WORKS}"
)
# A foreign desk's credit before the name: "From our correspondent in Accra, NAME",
# "From our own correspondent in Kyiv, NAME" (the place, then a comma).
_CORRESPONDENT_IN_PLACE = (
    r"from\s+our\s+(?:own\s+|special\s+)?(?:correspondent|reporter)\s+in\s+"
    r"[^\W\d_][^\W\d_'’. -]{0,30}(?:\s+[^\W\d_][^\W\d_'’.-]{0,30}){0,2},"
)
# German "Ein Gastbeitrag von NAME", "Ein Kommentar von NAME", "Ein Interview von NAME"
# (the kind of piece, the language's words, then "von") opens a byline too: "Ein Leben
# von Mut" is a headline.
# A cue starts the line, follows a separator, a digit or a glued lower-case word
# ("RoomBy Name"), never a word and a space: "Budget By Local Voters" and
# "Flynn By Saying ..." are Title Case headlines, not bylines. A label ("author:",
# "Auteur :", front matter's field; Armenian "Հեղինակ՝" and Amharic "ዘጋቢ፡" write their
# own colon) and another language's cue ("Por: Andrés Muñoz" with a colon) start the
# line (Ethiopic's colon "፥" and preface colon "፦" too: Harari "ጣፈ፦ NAME"). A
# lower-case "by" follows a spaced separator (:data:`_BY_AFTER_SEPARATOR`):
# "pacificbeacon.com.fj · by Litia Ravouvou · 6 min". "Story: NAME" credits the text
# beside "Photos: NAME" (h211; no author label: "story" names a page's image credits'
# class, "story-image-copyright").
# A writing hand, pen or memo sign (an emoji, its variation selector after it) before an
# author label, as social and Telegram posts sign their text ("✍️ Xaafiday: NAME",
# "📝 Автор: NAME"): the Dingbats' and the pictographs' blocks.
_WRITING_SYMBOL = r"(?:[\u2700-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)?"
# A wire credit's opening words, every language's, longest first.
_WIRE_CUE = "|".join(
    re.escape(cue).replace(r"\ ", r"\s+")
    for cue in sorted(
        {cue for cues in WIRE_REPORTING_CUES.values() for cue in cues}, key=lambda c: (-len(c), c)
    )
)
# An author label's cue: the label, maybe a second word joined to it, then its colon (a
# script's own), a spaced dash or a slash; every match holds one of _LABEL_MARKS.
_LABEL_COLONS = ":：՝།፡፥፦៖"
_LABEL_DASHES = "-–—"
_LABEL_MARKS = frozenset(_LABEL_COLONS + _LABEL_DASHES + "/")
_AUTHOR_LABEL_CUE = (
    rf"(?i:{_AUTHOR_LABEL})(?:\s+[^\W\d_]{{1,4}}\s+[^\W\d_]+)?"
    rf"(?:\s?[{_LABEL_COLONS}]|\s+[{_LABEL_DASHES}](?=\s)|/(?=\s))"
    r"\s*(?:\[\s*['\"])?"
)


def _byline_cues(label: str) -> str:
    """The source of the byline cues' pattern, with ``label`` as the alternative of an
    author label's cue (:data:`_AUTHOR_LABEL_CUE` and its "|", or "": without it)."""
    return (
        r"^\s*(?:by|written by|posted by|created by|reported by|submitted by|story by|compiled by"
        r"|hosted by|as told to)"
        r"\s*:?\s+"
        rf"|^\s*(?i:{_CORRESPONDENT_IN_PLACE})\s+"
        rf"|^\s*(?i:{_PIECE_CREDIT})\s+by\s*:?\s+"
        rf"|^\s*(?i:{_INTERVIEWER_CUE})\s*:?\s+"
        rf"|^\s*{_WRITING_SYMBOL}(?:[【〔［]\s*(?=(?i:{_AUTHOR_LABEL}))|)(?:{label}"
        rf"(?:{_FOREIGN_CUE})(?:\s*:?\s+|(?<=-)(?=[^\W\d_]))"  # (a cue's hyphen: "ngu-NAME")
        r"|Eine?\s+(?:Gast)?(?:beitrag|kommentar|essay|bericht|analyse|kolumne|leitartikel|reportage"
        r"|interview|Beitrag|Kommentar|Essay|Bericht|Analyse|Kolumne|Leitartikel|Reportage"
        r"|Interview)\s+von\s+)"
        r"|(?:^\s*|(?<=[a-z])|[^\w\s]\s*|\d\s*)"
        r"(?:By|BY|Written by|Posted by|Created by|Words by|Text by|Reporting by|Reported by"
        r"|Writing by|Hosted by"
        r"|Submitted by|Story by"
        r"|Compiled by|As told to"
        r"|Author:|Autor:|Story:|Von)\s*:?\s+"
        # a wire's closing credit in a language service's words: "(Reporte de NAME y NAME;
        # Editado en español por NAME)" (byline_words.WIRE_REPORTING_CUES); printed without
        # the brackets, or after a dash, the names then a semicolon before the next credit
        # ("Reportagem de NAME; Edição de NAME", h376: "Informe de Amnistía Internacional
        # denuncia ..." opens a headline)
        rf"|^\s*\(\s*(?i:{_WIRE_CUE})\s+(?=[{UPPER_LETTERS}])"
        rf"|^\s*(?:[—–-]\s*)?(?i:{_WIRE_CUE})\s+(?=[{UPPER_LETTERS}][^;()\n]{{1,80}};)"
    )


_BYLINE = re.compile(_byline_cues(_AUTHOR_LABEL_CUE + "|"))
# The same cues but an author label's: a line holding none of _LABEL_MARKS is matched
# without it (the label's words ignoring case are not tried at the line's start).
_UNLABELLED_BYLINE = re.compile(_byline_cues(""))
# The word for "and" of a cue's language that reads as another word in English, which
# ends a name there ("Jane Roe at City Hall"): Tagalog "at" after Tagalog "ni" / "isinulat
# ni" ("Ni Maria Santos at Jose Villanueva", review h361), read as "and" before a full
# name of capitalized words, each side a full name.
_CUE_JOINERS: dict[str, frozenset[str]] = {
    cue: frozenset({"at"}) for cue in (*NAME_LIKE_BY_WORDS["tl"], *BY_WORDS["tl"])
}
# Another language's one-word "by" in capitals opening a line in capitals ("VON JONAS
# FEHRMANN", "PAR JULIEN MOREAU", "ΤΗΣ ΕΛΕΝΗΣ ΜΑΡΚΟΥ"), as print pages and e-paper
# viewers set a byline: a cue only before a name that is the rest of the line, of
# CAPITALS_CUE_NAME_WORDS words none of which is a function word (a capitals headline
# opens with the same words: "VON DER LEYEN WARNT", "POR FIN LLEGA LA LLUVIA").
_CAPITALS_CUE = re.compile(
    r"^\s*(?:"
    + "|".join(
        sorted(
            {cue.upper() for cue in FOREIGN_BYLINE_CUES if LETTER_RUN.fullmatch(cue)},
            key=lambda cue: (-len(cue), cue),  # longest first; one text whatever the seed
        )
    )
    + r")\s+(?=[^\W\d_])"
)
# A particle that is a "by" (PARTICLE_BY_WORDS: Romanian "de", Bulgarian "от") in
# capitals opening a line in capitals: a cue only before two names or more joined by
# "and" ("DE ALEXANDRU POP ȘI IOANA MUREȘAN", h419), as the word is a headline's "of" /
# "from" or Dutch's "the" ("DE NIEUWE KERK") before one name's shape.
_PARTICLE_CAPITALS_CUE = re.compile(
    r"^\s*(?:"
    + "|".join(sorted({cue.upper() for cues in PARTICLE_BY_WORDS.values() for cue in cues}))
    + r")\s+(?=[^\W\d_])"
)
#: How many words the name after a capitals cue (:data:`_CAPITALS_CUE`) holds: a given
#: name and one or two surnames ("VON JONAS FEHRMANN", "POR ANA MARÍA RUIZ").
CAPITALS_CUE_NAME_WORDS = range(2, 5)
# A word for "by" that is also a name, capitalized at the line's start ("Gan Elin Wyn
# Hughes"): a cue only before a name of NAME_LIKE_CUE_MIN_NAMES capitalized words.
_NAME_LIKE_CUE = re.compile(
    r"^\s*(?:"
    + "|".join(word.capitalize() for words in NAME_LIKE_BY_WORDS.values() for word in words)
    + r")\s+(?=[^\W\d_])"
)
NAME_LIKE_CUE_MIN_NAMES = 3
# The same words and the particles that are a "by" (PARTICLE_BY_WORDS) in lower case
# opening the line ("ni Jose Ramos", "de Andrei Pop"): a name's first word is
# capitalized, so they are a cue before a full name of LOWER_NAME_LIKE_CUE_MIN_NAMES
# capitalized words ("de Gaulle" alone is a surname).
_LOWER_NAME_LIKE_CUE = re.compile(
    r"^\s*(?:"
    + "|".join(
        word
        for table in (NAME_LIKE_BY_WORDS, PARTICLE_BY_WORDS)
        for words in table.values()
        for word in words
    )
    + r")\s+(?=[^\W\d_])"
)
LOWER_NAME_LIKE_CUE_MIN_NAMES = 2
# A word for "by" glued to a capitalized name in a script with case (byline_words.
# GLUED_BY_WORDS: Zulu "NguSipho Ndlovu"), and a reporter's role noun before the name
# without a colon (byline_words.REPORTER_LABELS: "Toimittaja Mikko Lahti"): cues before a
# full name only (:func:`_is_full_name`).
_GLUED_CASED_CUE = re.compile(
    r"^\s*(?:"
    + "|".join(
        alternative
        for word in glued_by_words()
        if word != word.upper()
        for alternative in (word, word.capitalize())
    )
    + rf")(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])"
)
_REPORTER_LABEL_CUE = re.compile(
    r"^\s*(?:"
    + "|".join(word.capitalize() for words in REPORTER_LABELS.values() for word in words)
    + rf")\s+(?=[{UPPER_LETTERS}])"
)
# Initials only, the last one's dot left out ("A.K" of "By A.K.").
_INITIALS = re.compile(rf"(?:[{UPPER_LETTERS}]\.)+[{UPPER_LETTERS}]")
# A name's initial glued to the surname by its dot ("Б.Оюунчимэг", "J.Smith").
_INITIAL_NAME = re.compile(rf"[{UPPER_LETTERS}]\.[{UPPER_LETTERS}][\w'’-]+")
# A lower-case "by" after a spaced separator (asked only of a line holding " by "), a
# feed reader's slash among them ("The Kelso Valley News / by Jane Roe / 3 Nov 2026").
_BY_AFTER_SEPARATOR = re.compile(r"\s[·•|/]\s+by\s+")
# A page language's word for "by", capitalized, after a spaced separator (asked only of a
# line holding one): a reader's or a clipper's meta line, "SITE · Por NAME · hace 2 días",
# "SITE | Par NAME | 3 décembre 2026" (h399); a name in capitals follows.
# Or an author label and its colon there, in any language's case or script ("3 ธันวาคม
# 2569 | ผู้เขียน: NAME", "4.12.2026 | Autor: NAME").
_FOREIGN_BY_AFTER_SEPARATOR = re.compile(
    r"\s[·•|｜]\s+(?:(?:"
    + "|".join(re.escape(cue.capitalize()) for cue in FOREIGN_BYLINE_CUES)
    + rf")\s*:?\s+(?=[{UPPER_LETTERS}])|(?i:{_AUTHOR_LABEL})\s?[:：]\s*(?=\S))"
)
_SEPARATORS = ("·", "•", "|", "｜")
# A sentence's end before such a cue, a capital after it: the line is prose, no meta line
# (Thai "พ.ศ. 2569" and "09.30 น." are abbreviations, no capital follows them).
_PROSE_SENTENCE_END = re.compile(r"[.!?]\s+(\w)")
# What a cue _BYLINE finds after the line's start holds (its first two forms open the
# line): "By", "BY", "Written by", ..., "Author:", "Autor:", "Von".
_LATER_CUE_WORDS = ("By", "BY", "by", "Author:", "Autor:", "Von")
# A lower-case cue after a date or time: "Monday November 18, 2019 7:45 am PST by Name".
_BY_AFTER_DATE = re.compile(r"\s(?:by|posted by|written by)\s*:?\s+")
# The same in the page languages' words for "by", as a translated blog theme prints its
# entry's meta line ("Publié le 3 décembre 2026 par Claire Martin", "פורסם ב-3 בדצמבר
# 2026 מאת רונית אלמוג"): the cue as written, lower case, after the date.
_FOREIGN_BY_AFTER_DATE = re.compile(
    rf"\s(?:{'|'.join(map(re.escape, FOREIGN_BYLINE_CUES))})\s*:?\s+"
)
# The words joining two authors' names, in the byline languages: "and", "et", "und",
# "en", "och", "og", "y", "e", "i", Finnish "ja", Turkish "ve", Indonesian and Malay
# "dan", Lithuanian "ir", Russian and Bulgarian "и", Ukrainian "і" and "та", Greek "και"
# (a byline does not end with one); English "with" between two full names ("By Ana Ruiz
# with Tom Hale": the second wrote with the first); Iban "enggau" (and, with) and
# Pennsylvania Dutch and Latvian "un" (h279); Vietnamese "và", Acehnese "ngon" (h321);
# Romanian "și" (and its cedilla spelling "şi"), Hungarian "és", Albanian "dhe", Basque
# "eta", Irish "agus", Azerbaijani "və" (h337: "de A, B și C"); Swahili "na" (the same
# word as its "by": "Na Amina Said na Juma Mwinyi", h361), none of them a word a name
# holds (a joiner of these parts two full names only, :func:`_full_names_joined`).
_OTHER_JOINERS = frozenset(
    {"et", "und", "en", "och", "og", "ja", "ve", "dan", "ir", "и", "і", "та", "και", "with"}
    | {"enggau", "un", "và", "ngon"}
    | {"și", "şi", "és", "dhe", "eta", "agus", "və"}
    | {"na"}
)
_JOINERS = frozenset({"and", "&", "y", "e", "i"}) | _OTHER_JOINERS
# The lower-case words inside a name: particles ("de", "van", "bin"), Iban "anak" (child
# of: "Jenang anak Ungat") and Batak "br" (boru, daughter of the clan: "Rasita br
# Ginting") (h279), and the joiners between two names.
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von"}
    | {"der", "den", "ten", "ter", "al", "el", "bin", "ibn", "ole", "dela", "delos"}
    | {"anak", "br"}
)
_NAME_WORD = re.compile(
    r"^(?:[A-Z\u00C0-\u024F][\w.'’-]*|"
    + "|".join(map(re.escape, sorted({*_NAME_PARTICLES, *_JOINERS}, key=lambda w: (-len(w), w))))
    + ")$"
)
# Where a name ends: a separator (a slash too: "Jane Roe/AP"; the full-width bar CJK
# pages print, "撰文：NAME ｜ 攝影：NAME"), a quote closing a list's
# item ("['Jane Doe']"), a date's or handle's start ("Name @handle", "Name@handle"), an
# e-mail address ("Name name@site.com"), the Arabic script's comma and semicolon ("عمران
# بھٹی، سٹاف رپورٹر": a role after the name, h211), "on", "at", "in" before the place the author
# writes from ("Jane Roe in Kyiv": :data:`_IN_PLACE`), a date's label in any language
# dates.py knows ("Jo Doe updated ...", "Jo Doe Published ...", "Von Jo Doe publiziert am
# ...", "Par Jo Doe publié le ..."), an outlet glued to it in capitals ("Jo
# DoeFOXBusiness", "Jo DoeCNN"), or a date's label glued to it ("Jo DoePublish date:
# ...", "Jo DoeUpdated").
_NAME_END = re.compile(
    # (a column gap, two spaces or more, as a text browser parts a line's cells: "Text:
    # Maja Lindqvist    Foto: Erik Holm"; a name's words are one space apart)
    r"[ \t]{2,}(?=\S)"
    r"|\s*(?:[|｜•,;·–—@/،؛】〕］]|['\"](?=\s*[],])|\s-\s|\s[(（]|\s[a-z0-9._%+-]+@|\bon\b|\bat\b"
    # Indian English papers' credit of agency copy folded into the story, after the name
    # ("By Kavya Raman with inputs from PTI", "... with agency inputs", review h438)
    r"|\swith\s+(?:agency\s+)?inputs?\b"
    # a language's "on" before the day ("Von Jo Doe am 3. Dezember 2026", "Par Jo Doe le
    # 3 décembre 2026": :data:`DAY_WORDS_BEFORE_DATE`), the name's search ending where
    # the date starts
    + r"|\s(?:"
    + "|".join(sorted({re.escape(w) for ws in DAY_WORDS_BEFORE_DATE.values() for w in ws}))
    + r")\s+$"
    # a byline sentence's closing verb ("Na Jo Doe rayt am": Krio's "wrote it")
    + r"|\s(?:"
    + "|".join(re.escape(v) for verbs in BYLINE_CLOSING_VERBS.values() for v in verbs)
    + r")[.\s]*$"
    rf"|\sin\s(?=[{UPPER_LETTERS}])"
    # "for" before the paper or the client the author writes for ("By Jo Doe for The
    # Example Post", a sponsored piece's "By Jo Doe for Example Bank")
    rf"|\sfor\s(?=[{UPPER_LETTERS}])"
    # the next field's label, a lower-case word and a colon: "Közzétette: Name dátum: 17:20"
    r"|\s(?=[^\W\d_A-Z][^\W\d_]*:\s)"
    # a photo credit's label, in any case, and its colon after one space: "Text: Jo Doe
    # Foto: Al Roe", as a converter prints "**Text:** A **Foto:** B" without its marks
    # (h399's held-out markitdown page)
    + r"|\s(?=(?i:"
    + "|".join(
        re.escape(word)
        for word in sorted(
            {w for words in PHOTO_CREDIT_WORDS.values() for w in words}, key=lambda w: (-len(w), w)
        )
    )
    + r")\s?[:：]\s)"
    # or a sentence's end and the next credit's label, one to four words and a colon:
    # "Text: Jo Doe. Photos: Al Roe.", "Testo: NAME. Foto: NAME.", "Текст: NAME. Переклад з
    # англійської: NAME" (translation from English, h321); French typography's space
    # before the colon ("Propos recueillis par NAME. Photo : NAME", h419)
    r"|\.\s+(?=[^\W\d_]+(?:\s+[^\W\d_]+){0,3}[ \u00a0\u202f]?:\s)"
    rf"|\b{DATE_LABEL_WORDS}\b|$)"
    rf"|(?<=[a-z])(?=[A-Z]{{2}})|(?<=[a-z])(?=[A-Z])(?={DATE_LABEL_WORDS}\b)"
)
#: The most words a byline's names may have (the joiners between names not counted).
MAX_BYLINE_WORDS = 8
#: The last word of a staff credit in place of a person's name ("By Channel 9 Staff",
#: "By the Harbour Times newsroom"), an editorial board's among them: an opinion signed
#: by the board ("By the Editorial Board", "By The Harbour Times Editorial Board") has
#: the board as its byline, as the dev gold has it (docs/metrics.md, `byline`).
STAFF_WORDS = frozenset({"staff", "newsroom", "desk", "team", "board"})
# The other authors of a list after the first one's comma: ", Tom Brown and Ann Lee",
# ", Tom Brown, and Ann Lee", ", Андрій Мельник та Ігор Бондар": capitalized names (in
# any script with capitals) of two to four words closed by a joining word
# (:data:`_JOINERS`) and a last name ("By Jo Doe, Associated Press" has none: a credit).
_PERSON = (
    rf"[{UPPER_LETTERS}][\w.'’-]*"
    rf"(?:\s+(?:[{LOWER_LETTERS}]{{1,3}}\s+)?[{UPPER_LETTERS}][\w.'’-]*){{1,3}}"
)
_LIST_JOINER = "|".join(map(re.escape, sorted(_JOINERS, key=lambda w: (-len(w), w))))
# The first author's role in lower case between commas, before the other names ("Por Ana
# Souza, enviada especial, Bruno Lima e Carla Dias", "By Jo Doe, special envoy, Al Roe and
# Ann Lee"): one to three words, part of the list as a capitalized role is ("By Jo Doe,
# Ottawa Bureau Chief, Al Roe and Ann Lee" reads its role as a name of the list).
_LOWER_ROLE = rf"\s*,\s*[{LOWER_LETTERS}][\w.'’-]*(?:\s+[{LOWER_LETTERS}][\w.'’-]*){{0,2}}(?=\s*,)"
_MORE_AUTHORS = re.compile(
    rf"(?:{_LOWER_ROLE})?(?:\s*,\s*{_PERSON})*\s*,?\s+(?:{_LIST_JOINER})\s+{_PERSON}"
)
# After a plural label ("Authors:", "Autorzy:"): names set apart by commas alone.
_LISTED_AUTHORS = re.compile(rf"(?:\s*,\s*{_PERSON})+")
# The place an author writes from after the name: "in" and one or two capitalized words
# ("By Jo Doe in Kyiv", "in New Delhi").
_IN_PLACE = rf"\s+in\s+[{UPPER_LETTERS}][\w.'’-]*(?:\s+[{UPPER_LETTERS}][\w.'’-]*)?"
# Authors each with the place they write from: "Jo Doe in Kyiv and Al Roe in Warsaw",
# "Jo Doe in Kyiv, Al Roe in Riga and Ann Lee in Vilnius" (from the first one's place on).
_PLACED_AUTHORS = re.compile(
    rf"{_IN_PLACE}(?:\s*,\s*{_PERSON}{_IN_PLACE})*\s*,?\s+(?:{_LIST_JOINER})\s+{_PERSON}"
    rf"(?:{_IN_PLACE})?"
)
# A place after a name of a byline's list, before the next name or the end: what
# :func:`without_reporting_cues` takes out of the byline's value.
_PLACE_AFTER_NAME = re.compile(rf"{_IN_PLACE}(?=\s*,|\s+(?:{_LIST_JOINER})\s|\s*$)")


#: The most words of a byline line: a longer line naming its author is a sentence.
BYLINE_MAX_WORDS = 12
#: The most words of a date line besides its dates (:func:`is_meta_line`).
DATE_LINE_WORDS = 12
# A separator between a line's entries, with a space on each side (" · ", " | ").
_SPACED_SEPARATOR = re.compile(r"\s[·•|]\s")


def byline_above(lines: Sequence[str], start: int, stop: int) -> bool:
    """Whether a byline line ("By Jane Smith", at most :data:`BYLINE_MAX_WORDS` words)
    stands among ``lines[start:stop]``: an article's own header above its text.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    start, stop : int
        The lines searched, ``range(start, stop)``.

    Returns
    -------
    bool
        True when one of them is a byline line.
    """
    return any(
        count_words(lines[i]) <= BYLINE_MAX_WORDS and find_byline(lines[i].strip())
        for i in range(max(0, start), stop)
    )


#: A name's generational suffixes written with a dot ("Jr.", "Sr."): the dot closing a
#: byline after one is the name's, not the line's.
GENERATION_SUFFIXES = frozenset({"Jr", "Sr"})


# A line that is all in round brackets, none inside: "(Por Lucía Ferreira)".
_BRACKETED_LINE = starting_at(r"\s*\((?P<inner>[^()]+)\)\s*")


def _byline_cue(text: str) -> re.Match[str] | None:
    """``_BYLINE.match(text)``: without the author label's alternative when ``text`` holds
    none of the marks its cue needs (the same match: the alternatives before and after
    it are the same, tried in the same order)."""
    pattern = _UNLABELLED_BYLINE if _LABEL_MARKS.isdisjoint(text) else _BYLINE
    return pattern.match(text)


def interviewer_credit(text: str) -> tuple[int, int] | None:
    """The span of the interviewer's name in an interview's credit line naming who led
    the conversation ("Das Gespräch führte Veronika Roe.", "Propos recueillis par Marie Doe":
    byline_words' INTERVIEWER_CREDITS), the piece's author; None for another line.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the name, as :func:`find_byline` reads it.
    """
    if _INTERVIEWER_OPENING.match(text) is None:
        return None
    return find_byline(text)


@once_per_page  # asked of the same lines by the headline, card and metadata tests
def find_byline(text: str) -> tuple[int, int] | None:
    """Return the span of the author name after a "By" cue in ``text``, or None.

    The name ends at a date, a separator (``|``, ``•``, comma), or the end of the line,
    and must look like a name: at most eight capitalized words (particles allowed), or
    be the author's e-mail address alone ("By k.osei@example.org"). A
    list of authors, names after the comma closed by "and NAME" ("Jo Doe, Al Roe and
    Ann Lee"), is read whole; a credit after the comma ("Jo Doe, Associated Press") is not.

    A byline a news agency's feed sets in brackets, the whole line ("(Por Lucía
    Ferreira)", "(By Jane Roe)"), is read inside them; where nothing inside them is, the
    line is read whole (a wire's closing credit opening with its bracket, "(Reporte de A
    y B; Editado por C)").

    Parameters
    ----------
    text : str
        One line. Without a "By" cue, a lower-case "by" after a date also counts when a
        name of two words or more follows.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the name in ``text``, trailing ``.`` and ``:`` left out.
    """
    if (bracketed := _BRACKETED_LINE.fullmatch(text)) is not None and (
        inner := find_byline(bracketed["inner"])
    ) is not None:
        at = bracketed.start("inner")
        return at + inner[0], at + inner[1]
    # (else the line is read whole: a wire's closing credit opens with its bracket,
    # "(Reporte de NAME y NAME; Editado por NAME)", _WIRE_CUE)
    cue = _byline_cue(text)  # (a cue after the line's start holds one of its words)
    if cue is None and any(word in text for word in _LATER_CUE_WORDS):
        cue = _BYLINE.search(text)
    if cue is None and " by " in text:
        cue = _BY_AFTER_SEPARATOR.search(text)
    if cue is None and any(mark in text for mark in _SEPARATORS):
        cue = _FOREIGN_BY_AFTER_SEPARATOR.search(text)
        if cue is not None and any(
            found.group(1).isupper() for found in _PROSE_SENTENCE_END.finditer(text, 0, cue.start())
        ):
            cue = None  # "The vote was held. On 3 March 2026 | Karakata: NAME": prose
    if cue is None and (reporter := _reporter_byline(text)) is not None:
        return reporter
    if cue is not None and (mail := _EMAIL_AUTHOR.fullmatch(text.rstrip(), cue.end())):
        return mail.span()  # "By k.osei@example.org": the author's address, no name
    name_like = cue is None and (cue := _NAME_LIKE_CUE.match(text)) is not None
    lower_name_like = cue is None and (cue := _LOWER_NAME_LIKE_CUE.match(text)) is not None
    full_name = cue is None and (
        (cue := _GLUED_CASED_CUE.match(text) or _REPORTER_LABEL_CUE.match(text)) is not None
    )
    capitals = cue is None and (cue := _capitals_cue(text)) is not None
    after_date = False
    # (a lower-case cue holds "by": a line without it is not searched for a date)
    if cue is None and "by" in text and (date := find_date_span(text)) is not None:
        cue, after_date = _BY_AFTER_DATE.search(text, date[1]), True
    # (a page language's cue after a date: the line holds the cue, then a date is sought)
    if (
        cue is None
        and _FOREIGN_BY_AFTER_DATE.search(text) is not None
        and (date := find_date_span(text)) is not None
    ):
        cue, after_date = _FOREIGN_BY_AFTER_DATE.search(text, date[1]), True
    if cue is None:
        return _byline_after_dated_part(text)
    start = cue.end()
    if (flag := FLAG_BEFORE_NAME.match(text, start)) is not None:
        start = flag.end()
    if (titles := _TITLES_BEFORE_NAME.match(text, start)) is not None and all(
        is_lower_case(word) for word in titles.group(0).replace(".", " ").split()
    ):
        start = titles.end()  # "Piše: prof. dr. sc. NAME", "dr hab. inż. NAME" (h388)
    date = find_date_span(text[start:])
    end = limit = _before_weekday(text, start, start + date[0]) if date else len(text)
    stop = _NAME_END.search(text, start, end)
    joiners = _CUE_JOINERS.get(cue.group(0).strip().rstrip(":").strip().casefold(), frozenset())
    while stop is not None and stop.group(0).strip() in joiners:
        # "Ni A at B": Tagalog "and", when a full name follows it
        after = _NAME_END.search(text, stop.end(), end)
        following = text[stop.end() : after.start() if after else end].split()
        if len(following) < 2 or not all(opens_upper_case(word) for word in following):
            break
        stop = after
    if stop is not None and stop.start() > start:
        end = stop.start()
    # (the Tibetan shad closes a name as a dot; a direction mark before the date,
    # "بقلم: NAME \u200f4 دجنبر 2026", is no part of it)
    name = text[start:end].rstrip(" .:།" + FORMAT_CHARACTERS)
    words = name.split()
    if (
        words
        and (words[-1] in GENERATION_SUFFIXES or _INITIALS.fullmatch(words[-1]))
        and text.startswith(".", start + len(name))
    ):
        # "John Q. Harlan Jr.": the suffix's dot is the name's; so is the last initial's
        # of a byline of initials ("By A.K.", h211)
        name += "."
        words[-1] += "."
    if not words or sum(word not in _JOINERS for word in words) > MAX_BYLINE_WORDS:
        return None  # (the names' words: "A J. B III and C T. D Jr." is two names of four)
    # a staff credit may name a channel ("Channel 9 Staff") and its newsroom in lower
    # case after the name ("the Harbour Times newsroom", "Harbour Times staff")
    if len(words) >= 2 and is_lower_case(words[-1]) and ROLE_NOUN.fullmatch(words[-1]):
        # "By Press Association reporter", "By Ana Ruiz correspondent": the name's role,
        # in lower case after it, is no word of the name
        words = words[:-1]
        name = " ".join(words)
    staff = words[-1].casefold() in STAFF_WORDS and len(words) >= 2
    if staff and words[0] in ("the", "The") and len(words) >= 3:
        start, words = start + len(words[0]) + 1, words[1:]
        name = " ".join(words)
    checked = ["&" if word in joiners else word for word in words]
    if not all(_is_name_word(w) or (staff and (w.isdigit() or w is checked[-1])) for w in checked):
        return None
    if checked[-1] in _JOINERS:
        return None
    if not _full_names_joined(checked) or (joiners and not _full_names_joined(words, joiners)):
        return None  # "Von Bären und Menschen": a headline's nouns, no two names
    if name_like and sum(opens_upper_case(word) for word in words) < NAME_LIKE_CUE_MIN_NAMES:
        return None  # "Per Anna Vidal" may be a three-word name
    if (
        lower_name_like
        and sum(opens_upper_case(word) for word in words) < LOWER_NAME_LIKE_CUE_MIN_NAMES
    ):
        return None  # "de Gaulle": a surname's particle
    if full_name and len(words) < 2 and not _INITIAL_NAME.fullmatch(words[0]):
        return None  # "Toimittaja Lahti": a role and a surname may be a sentence's start
    if after_date and len(words) < 2:
        return None  # "... 2025 stand by Me": a lower-case "by" needs a full name
    several = capitals and cue.re is _PARTICLE_CAPITALS_CUE  # "DE A ȘI B", never "DE A"
    if capitals and not _capitals_names(words, text[start + len(name) :], several):
        return None  # "VON DER LEYEN WARNT": a capitals headline's words
    plural = cue.group(0).strip().rstrip(":").strip().casefold() in PLURAL_AUTHOR_LABELS
    end = _authors_end(text, start + len(name), limit, plural)
    if (more := _ADDITIONAL_REPORTING.match(text, end)) is not None:
        # "Reporting by A; additional reporting by B": B wrote part of the story too
        # (an editor's credit, "; editing by C", is no author's)
        # (up to its sentence's end: "geschrieben von Lena Roth. Redigiert von ...")
        added = find_byline("By " + _CREDIT_SENTENCE_END.split(text[more.end() :], maxsplit=1)[0])
        if added is not None and added[0] == 3:
            end = more.end() + added[1] - 3
    return start, end


def _capitals_names(words: Sequence[str], after: str, several: bool = False) -> bool:
    """Whether the ``words`` after a capitals cue (:data:`_CAPITALS_CUE`), with nothing
    ``after`` them on the line, are one name or names joined by "and" ("JONAS FEHRMANN",
    "JONAS FEHRMANN UND LENA ROTH"): each of :data:`CAPITALS_CUE_NAME_WORDS` words, none
    a function word; two names or more when ``several`` (a particle's cue:
    :data:`_PARTICLE_CAPITALS_CUE`)."""
    if after.strip():
        return False
    names: list[list[str]] = [[]]
    for word in words:
        if word.lower() in _JOINERS:
            names.append([])
        elif word.lower() in FUNCTION_WORDS:
            return False
        else:
            names[-1].append(word)
    return (len(names) > 1 or not several) and all(
        len(name) in CAPITALS_CUE_NAME_WORDS for name in names
    )


def _capitals_cue(text: str) -> re.Match[str] | None:
    """The capitals "by" opening ``text`` when the whole line is in capitals
    (:data:`_CAPITALS_CUE`), else None."""
    if not is_upper_case(text):
        return None
    return _CAPITALS_CUE.match(text) or _PARTICLE_CAPITALS_CUE.match(text)


# The one or two words closing a name's search before its date, and what parts them
# from the date ("Por NAME jueves, diciembre 3 de 2026": a weekday named before the day).
_LAST_WORDS = re.compile(r"(?:(?P<two>[^\W\d_][\w.'’-]*\s+)?(?P<one>[^\W\d_][\w.'’-]*))[\s,.]*$")


def _before_weekday(text: str, start: int, date_start: int) -> int:
    """Where a name's search ends before the date at ``date_start``: before the weekday
    printed right before it, after a name of two words or more ("By Jane Doe Thursday,
    Dec. 3, 2026", an HTML byline element's name and date joined; "Por NAME jueves,
    diciembre 3 de 2026"), else at the date."""
    last = _LAST_WORDS.search(text, start, date_start)
    if last is None:
        return date_start
    if last["two"] and is_weekday_name(last["two"] + last["one"]):
        cut = last.start("two")
    elif is_weekday_name(last["one"]):
        cut = last.start("one")
    else:
        return date_start
    # a name of two words or more before it: "Na Fatma Khamis, Desemba 2, 2026" is a
    # surname that names a weekday too (Swahili's Thursday), not a name and a weekday
    return cut if len(text[start:cut].split()) >= 2 else date_start


# A sentence's end after a word of two letters or more (an initial's dot is a name's).
_CREDIT_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.(?:\s|$)")
# The separator after a line's opening date, before its byline ("03.12.2026 | Автор: X",
# "2026年12月3日 ｜ 撰文：NAME", a spaced dash: "December 3, 2026 — Author: X").
_DATE_SEPARATOR = re.compile(r"\s*[|｜·•]\s*|\s+[—–]\s+")


def _byline_after_dated_part(text: str) -> tuple[int, int] | None:
    """The byline of a line whose first part closes with the date, then a spaced
    separator and a byline that opens with its cue in any language ("03.12.2026 | Автор:
    Ерлан Сейітов", as "03.12.2026 | By Jane Roe" is read); None for any other line.
    Words before the date are the date's label in the page's language ("Juchiti irekua
    jimbo 1o. de diciembre de 2026 | Karakata: NAME"), not a sentence: no sentence mark."""
    if not any(mark in text for mark in "|｜·•—–"):
        return None
    date = find_date_span(text)
    if date is None or any(mark in text[: date[0]] for mark in SENTENCE_MARKS):
        return None
    separator = _DATE_SEPARATOR.match(text, date[1])
    if separator is None or not separator.group(0).strip():
        return None
    rest = text[separator.end() :]
    if _byline_cue(rest) is None or (found := find_byline(rest)) is None:
        return None
    return separator.end() + found[0], separator.end() + found[1]


# An e-mail address standing for the author's name after "By", closing the line.
_EMAIL_AUTHOR = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# A second author's credit after the first's, as a wire story closes: "Reporting by Jo
# Doe; additional reporting by Al Roe", "Reporting by Jo Doe; Writing by Al Roe" (the
# writer who put the reporters' files together; the byline's value keeps the names alone,
# :func:`without_reporting_cues`), and the agencies' language services' words
# (byline_words.WIRE_CO_AUTHOR_CUES: "Bericht von A, geschrieben von B", "Reportage A,
# avec B").
# The place the author before it writes from may come first ("Reporting by Jo Doe in
# Lagos; Writing by Al Roe"), taken out with the credit.
_ADDITIONAL_REPORTING = re.compile(
    rf"(?:{_IN_PLACE})?"
    r"\s*[;,]\s*(?:and\s+)?(?:(?:"
    + "|".join(
        re.escape(cue).replace(r"\ ", r"\s+")
        for cue in sorted(WIRE_CO_AUTHOR_CUES["en"], key=lambda c: (-len(c), c))
    )
    + r")\s+(?=\S)|(?:"
    + "|".join(
        re.escape(cue).replace(r"\ ", r"\s+")
        for cue in sorted(
            {cue for lang, cues in WIRE_CO_AUTHOR_CUES.items() if lang != "en" for cue in cues},
            key=lambda c: (-len(c), c),
        )
    )
    # (the other languages' cues before a name of two words: "avec AFP" credits an agency)
    + r")\s+(?=[^\W\d_][\w'’.-]*\s+[^\W\d_]))",
    re.IGNORECASE,
)


def without_reporting_cues(byline: str) -> str:
    """A byline's names without the credit joining a second author's
    (:data:`_ADDITIONAL_REPORTING`): "Jo Doe; additional reporting by Al Roe" is "Jo Doe;
    Al Roe"; and without the places the authors of a list write from
    (:data:`_PLACED_AUTHORS`): "Jo Doe in Kyiv and Al Roe in Warsaw" is "Jo Doe and Al
    Roe".

    Parameters
    ----------
    byline : str
        A byline's text, as :func:`find_byline` spans it.

    Returns
    -------
    str
        The names set apart by "; ".
    """
    byline = _ADDITIONAL_REPORTING.sub("; ", byline)
    return _PLACE_AFTER_NAME.sub("", byline) if " in " in byline else byline


#: A role noun that closes a compound in a language gluing the desk to it
#: ("Wirtschaftsredakteurin", business editor; "Korrespondent"): German's.
_GLUED_ROLE_NOUN = re.compile(
    r"(?:redakteur|korrespondent|reporter|journalist)(?:in|innen|en)?$", re.IGNORECASE
)
# The separator between a byline's name and the role after it.
_ROLE_SEPARATOR = re.compile(r"\s*(?:[,|·•/]|\s[-–—])\s*")


def byline_role_span(line: str) -> tuple[int, int] | None:
    """Where a byline line writes its author's role after the name ("By Jane Roe,
    Business reporter", "By Jane Roe | Staff Writer", "Von Jana Roe,
    Wirtschaftsredakteurin"): a role, whose words name a desk, never the site or an
    agency ("Business" of "Business reporter" is no outlet).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the role in ``line``; None when the line is no byline
        (:func:`find_byline`, at most :data:`BYLINE_MAX_WORDS` words) or no role of
        at most :data:`MAX_ROLE_WORDS` words closes it after a comma or separator.
    """
    text = line.rstrip(" .")
    last = text[text.rfind(" ") + 1 :]
    if not (ROLE_NOUN.fullmatch(last) or _GLUED_ROLE_NOUN.search(last)):
        return None  # (most lines: no role noun closes them, no byline searched)
    if count_words(text) > BYLINE_MAX_WORDS:
        return None
    lead = len(text) - len(text.lstrip())
    name = find_byline(text.strip())
    if name is None:
        return None
    separator = _ROLE_SEPARATOR.match(text, lead + name[1])
    if separator is None:
        return None
    role = text[separator.end() :]
    glued = LETTER_RUN.fullmatch(role) and opens_upper_case(role) and _GLUED_ROLE_NOUN.search(role)
    return (separator.end(), len(text)) if is_role_line(role) or glued else None


def _full_names_joined(words: list[str], joiners: Collection[str] = _OTHER_JOINERS) -> bool:
    """False when a joiner of another language than English ("et", "und", "en", "och",
    "og": :data:`_OTHER_JOINERS`, or the ``joiners`` given) joins a name of one word: two
    authors' names are a first and a last name each ("Thomas Huber und Lea Brandl");
    capitalized nouns around the word for "and" are a German headline's ("Von Bären und
    Menschen")."""
    if not any(w in joiners for w in words):
        return True
    parts = " ".join(words)
    for joiner in joiners:
        parts = parts.replace(f" {joiner} ", " | ")
    return all(len(part.split()) >= 2 for part in parts.split(" | "))


def _is_name_word(word: str) -> bool:
    """True for a word of a name: capitalized in any script with case ("Doe",
    "Смирнова", "Παπαδοπούλου"), a name particle or joiner (:data:`_NAME_WORD`), or a
    word of a script without case ("أحمد", "כהן")."""
    if _NAME_WORD.match(word):
        return True
    letters = word.strip(".'’-")
    if not letters or not _WORD_CHARS.fullmatch(letters):
        return False
    return opens_upper_case(letters) or shows_no_case(letters)


# (the Tibetan script's tsheg parts the syllables of one word: "ཀུན་ལེགས")
_WORD_CHARS = re.compile(rf"[^\W\d_][\w{COMBINING_MARKS}.'’\u0f0b-]*")

# A name in a script without spaces: two to five Hangul, Han or kana characters,
# family and given name perhaps spaced apart ("山田 太郎").
_CJK_NAME = r"[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]{2,5}(?: [\u4e00-\u9fff\u3040-\u30ff]{1,4})?"
_AFTER_ROLE = r"(?![\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff])"
# The line's start before a name: an agency's bracket ("[서울=뉴시스] ", "【北京】"), a
# Korean place and "=" before a correspondent's name ("부산=김민수 특파원"), or the opening
# bracket of a credit closing a Japanese story ("（田中美咲記者）").
_BRACKET_LEAD = (
    r"\s*(?:[\[【(（][^\]】)）]{1,20}[\]】)）]\s*"
    r"|[\uac00-\ud7a3]{1,10}=\s*"
    r"|[(（](?=[^)）]{3,12}[)）]\s*$))?"
)
# What may follow a byline's role noun to the line's end: an e-mail address, "=",
# a separator, the bracket closing the credit, nothing.
_REPORTER_TRAILER = (
    r"\s*(?:[=|·•/,，、]\s*)?(?:[\w.+-]+@[\w.-]+)?"
    # the photographer's credit after the writer's ("취재: A 기자 / 사진: B 기자", h347)
    rf"(?:\s*[/|·]\s*(?:{'|'.join(PHOTO_CREDIT_WORDS['ko'] + PHOTO_CREDIT_WORDS['ja'])})"
    r"\s*[:：=]?\s*[\uac00-\ud7a3\u4e00-\u9fff]{2,4}(?:\s?[\uac00-\ud7a3]{2,3})?)?"
    r"\s*[)）]?\s*$"
)


def _role_pattern(table: dict[str, tuple[str, ...]]) -> str:
    words = sorted({w for words in table.values() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(words)


# A credit of the text, perhaps joined to the photos', before a reporter's name and role
# ("글·사진 김민지 기자", "文・写真 山田太郎 記者": byline_words.TEXT_CREDIT_WORDS).
_TEXT_CREDIT_LEAD = (
    rf"(?:(?:(?:{_role_pattern(JOINED_CREDIT_WORDS)})\s*[·・/／]\s*)?"
    rf"(?:{_role_pattern(TEXT_CREDIT_WORDS)})"
    rf"(?:\s*[·・/／]\s*(?:{_role_pattern(JOINED_CREDIT_WORDS)}))?(?:\s*[:：]\s*|\s+))?"
)
# "홍길동 기자", "山田太郎 記者", "[서울=뉴시스] 홍길동 기자 = ", "홍길동 기자 hong@x.com"
_NAME_THEN_ROLE = re.compile(
    _BRACKET_LEAD
    + _TEXT_CREDIT_LEAD
    + rf"(?P<name>{_CJK_NAME})\s?(?:{_role_pattern(REPORTER_AFTER_NAME)}){_AFTER_ROLE}"
    + _REPORTER_TRAILER
)
# "홍길동 기자 | 입력 2026.12.03 10:30": the name and role, then the story's dates on the
# same line (:func:`_dates_alone`), a separator or a space between.
_NAME_THEN_ROLE_DATED = re.compile(
    _BRACKET_LEAD
    + _TEXT_CREDIT_LEAD
    + rf"(?P<name>{_CJK_NAME})\s?(?:{_role_pattern(REPORTER_AFTER_NAME)}){_AFTER_ROLE}"
    + r"\s*[|·•/,，、]?\s*(?P<dates>\S.*)$"
)


def _dates_alone(text: str) -> bool:
    """Whether ``text`` holds dates and nothing else but their clock times, separators
    and one label word each ("입력 2026.12.03 10:30 | 수정 2026.12.04 09:00", "승인
    2026.12.03 16:40")."""
    dates = labelled_dates(text)
    if not dates:
        return False
    between, at = [], 0
    for date, _ in dates:
        between.append(text[at : date.start])
        at = date.end
    rest = CLOCK_TIME.sub(" ", " ".join([*between, text[at:]]))
    return len(LETTER_RUN.findall(rest)) <= len(dates)


# "සුනිල් පෙරේරා - වාර්තාකරු": a name of one to four words of a script without case,
# a spaced dash, a comma (the Arabic script's "،" too) or a space, the role noun closing
# the line.
_SPACED_NAME_THEN_ROLE = re.compile(
    rf"\s*(?P<name>[^\W\d_][\w{COMBINING_MARKS}\u200c\u200d]*"
    rf"(?:\s[^\W\d_][\w{COMBINING_MARKS}\u200c\u200d]*){{0,3}})"
    rf"(?:\s[-–—]|\s*[,،]|\s)\s*(?:{_role_pattern(REPORTER_AFTER_SPACED_NAME)})\s*$"
)
# "记者 王小明", "本报记者 王小明 李华", "본사기자 김철" (a Hangul name, one): a lead of up
# to 6 characters (the paper, the agency) before the role, or the word for the text and
# a slash ("文/记者 王小明"), then one to three names, and perhaps the photographer's
# credit closing the line ("图/记者 周凯", "摄影 周凯": photos by, no author).
_ROLE_THEN_NAMES = re.compile(
    _BRACKET_LEAD
    + r"(?:[文稿]\s*[/／]\s*|[\u4e00-\u9fff]{0,6}?)"
    + rf"(?:{_role_pattern(REPORTER_BEFORE_NAME)})\s*[:：/／]?\s*"
    + r"(?P<name>[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,2}?"
    + r"|[\uac00-\ud7a3]{2,4})"
    + r"(?:\s+(?:[图圖]|摄影|攝影)\s*[/／:：]?\s*(?:记者|記者)?\s*[\u4e00-\u9fff]{2,4})?\s*$"
)

# "Mary Eagleheart ᎤᏬᏪᎳᏅ" (Cherokee: "... wrote it"): a name of two to four words,
# then a byline's closing verb alone closing the line (the name's words are checked:
# each capitalised or of a script without case).
_NAME_THEN_CLOSING_VERB = re.compile(
    rf"\s*(?P<name>[^\W\d_][\w{COMBINING_MARKS}'’-]*(?:\s[^\W\d_][\w{COMBINING_MARKS}'’-]*){{1,3}})"
    rf"\s+(?:{_role_pattern(BYLINE_CLOSING_VERBS)})[.\s]*$"
)
# A role noun, the place after a comma, a bar and one to four words of a script without
# case: "प्रतिनिधी, पुणे | NAME" (the name's case is checked: shows_no_case).
_ROLE_PLACE_THEN_NAME = re.compile(
    rf"\s*(?:{_role_pattern(REPORTER_BEFORE_PLACE)})(?:\s*,\s*[^\W\d_][^,|]{{0,40}}?)?"
    rf"\s*\|\s*(?P<name>[^\W\d_][\w{COMBINING_MARKS}]*(?:\s[^\W\d_][\w{COMBINING_MARKS}]*){{0,3}})"
    r"\s*$"
)
# A Japanese credit of the text, perhaps joined to the photos' ("文・写真"), a space, "＝",
# a colon, a slash or a middle dot (not before a joined credit: "文・写真" alone names no
# one), then a name of kanji and kana, perhaps parted by a space, perhaps with its
# reading in Latin letters in brackets after it: "文・写真　高橋健太", "取材・文＝高橋 健太",
# "文・高橋 健太（Kenta Takahashi）"; or all of it in brackets, as a story closes with its
# credit: "（文・写真　佐々木美帆）". Another credit may follow after a space, its own name
# not the author's: "文：佐藤花子　写真：田中一郎" (text / photos, h321), that name
# perhaps parted by a space as the author's may be ("文・佐藤 美咲 写真・高橋 健").
_JOINED_CREDITS = _role_pattern(JOINED_CREDIT_WORDS)
_TEXT_CREDIT_THEN_NAME = re.compile(
    rf"\s*(?P<open>[（(])?(?:(?:{_JOINED_CREDITS})\s*[・/／]\s*)?(?:{_role_pattern(TEXT_CREDIT_WORDS)})"
    rf"(?:\s*[・/／]\s*(?:{_JOINED_CREDITS}))?"
    rf"(?:\s*[＝=:：/／]\s*|[\s\u3000]+|・(?!{_JOINED_CREDITS}))"
    r"(?P<name>[\u4e00-\u9fff々][\u4e00-\u9fff々ぁ-んァ-ヶー]{0,3}"
    r"(?:[ \u3000]?[\u4e00-\u9fff々ぁ-んァ-ヶー]{1,4})?"
    # a foreign writer's name in katakana, its parts apart by a middle dot or an equals
    # sign ("文：エマ・ロラン", h347)
    r"|[ァ-ヶ][ァ-ヶー]{1,12}(?:[・=＝][ァ-ヶ][ァ-ヶー]{0,12}){0,2})"
    r"(?:\s*[（(][A-Za-z][A-Za-z .'-]{1,40}[）)])?(?(open)\s*[）)])"
    rf"(?:[\s\u3000]+(?:{_JOINED_CREDITS})\s*[＝=:：/／・]\s*[^\s＝=:：]{{1,12}}"
    r"(?:[ \u3000][^\s＝=:：]{1,6})?)?\s*$"
)

# A staff credit on its own line, its place perhaps after a comma: "নিজস্ব প্রতিবেদক, রাজশাহী".
_STAFF_CREDIT = re.compile(
    rf"\s*(?P<name>{'|'.join(staff_credits())})(?:\s*[,،]\s*[^\W\d_][^,،]{{0,40}})?\s*$"
)

#: A line of up to this many characters may hold a Chinese byline after its date
#: (:data:`_CJK_BYLINE_IN_LINE`); a story's first paragraph opening with the reporter's
#: credit ("〔記者陳志明／台中報導〕台中市政府...") is longer.
MAX_CJK_META_CHARS = 60
_CJK_LABELS = sorted({*AUTHOR_LABELS["zh"], *AUTHOR_LABELS["ja"]}, key=lambda w: (-len(w), w))
# A Chinese byline after a date on its line: a label, a colon and the name ("2026-12-03
# 10:45 来源：南江晨报 作者：李明"; a Japanese name's given name in kana after a space,
# "記者：宮良 ゆかり", Chinese writing none), or the reporter, a slash, the place and the word for a
# report ("2026/12/03 10:45 記者陳志明／台中報導").
_CJK_BYLINE_IN_LINE = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{'|'.join(_CJK_LABELS)})\s*[:：]\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?:[ \u3000][\u3041-\u309f\u30a1-\u30fa]{1,6})?)"
    r"(?![\u4e00-\u9fff])"
    # (two reporters or more parted by "、": "記者林宗翰、陳怡君／台南報導", h361)
    r"|(?:记者|記者)\s*(?P<reporter>[\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)*)"
    r"\s*[／/]\s*[\u4e00-\u9fff]{1,8}?"
    rf"(?:{'|'.join(REPORT_WORDS)})"
)


# A line of labelled fields only, each a label, a colon and its value ("来源：南江晨报
# 作者：李明 编辑：王芳", source, author, editor): the author's label needs no date on it.
_CJK_FIELDS_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,6}\s*[:：]\s*[^\s:：]{1,20}\s*){2,}")

# What may follow a reporter's credit that stands alone: its closing bracket, nothing more
# (a lead paragraph opening with the credit, "〔記者陳志明／台中報導〕台中市政府3日宣布，...",
# is the story's text).
_CREDIT_ENDS = re.compile(r"[\s\]〕】）)」』]*$")


def _reporter_byline(text: str) -> tuple[int, int] | None:
    """The span of a name that a reporter's role noun follows or precedes on its own
    line, in a script without spaces, or of a staff credit printed in place of a name
    (:mod:`analysis.clean.byline_words`), or of a Chinese byline on a short line
    (:data:`MAX_CJK_META_CHARS`): after a date, or a reporter's credit of a place's report
    alone ("記者陳志明／台中報導")."""
    if text.isascii():
        return None
    start = bullet_end(text)  # a list's item: "• 박지훈 기자"
    match = (
        _NAME_THEN_ROLE.match(text, start)
        or _ROLE_THEN_NAMES.match(text, start)
        or _STAFF_CREDIT.match(text, start)
    )
    if match is not None:
        return match.span("name")
    match = _NAME_THEN_ROLE_DATED.match(text, start)
    if match is not None and _dates_alone(match["dates"]):
        return match.span("name")  # "홍길동 기자 | 입력 2026.12.03 10:30"
    match = _SPACED_NAME_THEN_ROLE.match(text, start) or _ROLE_PLACE_THEN_NAME.match(text, start)
    if match is not None and shows_no_case(match["name"]):
        return match.span("name")
    match = _TEXT_CREDIT_THEN_NAME.match(text, start)
    if match is not None:
        return match.span("name")  # "文・写真　高橋健太"
    match = _NAME_THEN_CLOSING_VERB.match(text, start)
    if match is not None and all(
        opens_upper_case(word) or shows_no_case(word) for word in match["name"].split()
    ):
        return match.span("name")  # "Mary Eagleheart ᎤᏬᏪᎳᏅ"
    if len(text) <= MAX_CJK_META_CHARS and "者" in text:
        inside = _CJK_BYLINE_IN_LINE.search(text)
        # the reporter's credit of a place's report stands alone too ("記者陳志明／台中報導",
        # "〔記者陳志明／台中報導〕", "東岸日報記者陳志明／花蓮報導"); a label needs the date
        if inside is not None and inside["reporter"] and _CREDIT_ENDS.match(text, inside.end()):
            return inside.span("reporter")
        if inside is not None and (find_date_span(text) or _CJK_FIELDS_LINE.fullmatch(text)):
            return inside.span("name")
    return None


# An author field's leading "by" word or author label, in any language, with or
# without its colon: a page's markup gives "Автор Анна Смирнова", "بقلم سارة أحمد".
_FIELD_CUE = re.compile(
    rf"^\s*(?i:(?:(?:written|posted|reported|story)\s+)?by|{_AUTHOR_LABEL}|{'|'.join(FOREIGN_BYLINE_CUES)})\s*[:：]?\s+"
)


def author_field_name(text: str) -> str:
    """The name(s) an author field holds (an HTML page's author, as its markup gives it).

    A reporter's role noun beside a Korean, Japanese or Chinese name is left out ("홍길동
    기자" gives "홍길동"), and so is a leading "by" word or author label of any language
    of :mod:`analysis.clean.byline_words`, colon or not, when two words or more follow
    it ("Автор Анна Смирнова" gives "Анна Смирнова"; "Di Maio", "Na Li" and "Haber
    Merkezi" are names, kept whole).

    Parameters
    ----------
    text : str
        The field's text, its spaces collapsed.

    Returns
    -------
    str
        The name(s); ``text`` itself when nothing is left out.
    """
    reporter = _reporter_byline(text)
    if reporter is not None:
        return text[reporter[0] : reporter[1]]
    cue = _FIELD_CUE.match(text)
    if cue is not None and len(text[cue.end() :].split()) >= 2:
        return text[cue.end() :].strip()
    return text


def _authors_end(text: str, name_end: int, stop: int, plural: bool = False) -> int:
    """Where a byline's names end: after the last author of a list ("Jo Doe, Al Roe and
    Ann Lee": :data:`_MORE_AUTHORS`; after a plural label, "Autorzy: A, B", any names set
    apart by commas: :data:`_LISTED_AUTHORS`) that starts with a comma at ``name_end``
    and ends where a name ends (:data:`_NAME_END`) before ``stop``; else ``name_end``."""
    placed = _PLACED_AUTHORS.match(text, name_end, stop)
    if placed is not None and _NAME_END.match(text, placed.end(), stop) is not None:
        return placed.end()  # "Jo Doe in Kyiv and Al Roe in Warsaw"
    if not text.startswith(",", name_end):
        return name_end
    more = _MORE_AUTHORS.match(text, name_end, stop)
    if more is None and plural:
        more = _LISTED_AUTHORS.match(text, name_end, stop)
    if more is None:
        return name_end
    closed = _NAME_END.match(text, more.end(), stop)
    return more.end() if closed is not None else name_end


# A cue alone on its line, the name on the next: "By" / "Jane Doe".
# (or a language's author label with its colon, "Autor:", "Mwandishi:", as a CMS prints a
# field's label in an element of its own: the label without a colon may be a section's
# name, Turkish "Haber")
_LONE_CUE = re.compile(
    r"^\s*(?:(?:by|written by|posted by|words by|author)\s*:?"
    rf"|(?:{_AUTHOR_LABEL})\s*[:：])\s*$",
    re.IGNORECASE,
)


def find_name_below_cue(lines: Sequence[str], index: int) -> tuple[int, int, int] | None:
    """(line, start, end) of an author's name on the line after a lone "By" cue.

    Line ``index`` holds the cue alone ("By", "Written by:"); the next line with a word
    holds the name, read as :func:`find_byline` reads it after the cue; None otherwise.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line that may hold the cue; the name is looked for on the next two lines.

    Returns
    -------
    tuple of int or None
        The line index of the name and its span in that line.
    """
    if not _LONE_CUE.match(lines[index]):
        return None
    for j in range(index + 1, min(len(lines), index + 3)):
        if count_words(lines[j]):
            span = find_byline("By " + lines[j])
            return (j, span[0] - 3, span[1] - 3) if span and span[0] >= 3 else None
    return None


# A newswire's provider label alone on its line, the provider's name on the next: "NEWS
# PROVIDED BY" / "Example Holdings Ltd". A press release names who issued it there: the
# story's credited source, never its headline nor the site's name.
_PROVIDER_LABEL = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}provided\s+by\s*:?\s*$", re.IGNORECASE)
#: A provider's name has at most this many words ("Example Logistics Holdings Ltd").
_PROVIDER_MAX_WORDS = 8


def provider_name_line(lines: Sequence[str], start: int, stop: int) -> int | None:
    """The line of the name under the first provider label among lines ``start`` to
    ``stop - 1`` ("NEWS PROVIDED BY" / "Example Holdings Ltd"), or None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    start, stop : int
        The lines to look for the label in (clipped to the page); the name is the next
        line with a word, at most one blank line below.

    Returns
    -------
    int or None
        The name's line.
    """
    for i in range(max(0, start), min(stop, len(lines))):
        line = lines[i]
        if ("rovided" in line or "ROVIDED" in line) and _PROVIDER_LABEL.match(line):
            for j in range(i + 1, min(len(lines), i + 3)):
                if count_words(lines[j]):
                    return j if count_words(lines[j]) <= _PROVIDER_MAX_WORDS else None
    return None


# ---------------------------------------------------------------------------- line shapes

# A closing period, colon, semicolon or comma; not three dots glued to the last word,
# which close a headline as "…" does ("Council approves budget..."). Spaced out
# ("The bottom line ...") they still close a line, as a newsletter's teasers do.
_SENTENCE_END = re.compile(r"(?<![^\W_]\.\.)\.$|[:;,]$")
#: Words that label a link or a box of links to other articles ("Related", "See also",
#: "Lire aussi", Hindi, Urdu and Bengali "also read", Burmese "related news", Vietnamese
#: "related news" and "read more", Persian "related news" and "read more", Hebrew "read
#: more" and "read also"), in the
#: page languages (written in NFC, as lines are read; "Recommended" is not among them:
#: a box of recommended or most-read stories may list the page's own). The last rows
#: (h201: an HTML box's heading in these languages stayed as body) are each language's
#: imperative "read" with its word for "also" (the familiar and the polite form where
#: both are usual) and its words for "related news / articles", as their dictionaries
#: give them: Luxembourgish "Liest och", Latvian "Lasi arī" / "Lasiet arī", "Saistītie
#: raksti", Estonian "Loe ka", "Seotud artiklid / uudised", Slovene "Preberi(te) tudi",
#: "Sorodne novice", "Sorodni članki", Maltese "Aqra wkoll" (after a vowel; "ukoll"
#: after a consonant), Irish "Léigh freisin", Scottish Gaelic "Leugh cuideachd", Breton
#: "Lenn ivez" / "Lennit ivez", Icelandic "Lestu einnig / líka", "Sjá einnig" (see
#: also), "Tengdar fréttir", Somali "Akhri(so) sidoo kale", "Wararka la xiriira".
#: The row after it (h233: a "read also" line between paragraphs ended a Belarusian and a
#: Mongolian story, its last paragraph lost) adds the same imperative "read" + "also" in
#: more languages: Belarusian "Чытай(це) таксама", Russian "Читайте / Читай также",
#: Ukrainian "Читайте / Читай також", Mongolian "Мөн уншаарай / уншина уу", Kyrgyz
#: "Ошондой эле окуңуз", Kazakh "Сондай-ақ оқыңыз", Tajik "Инчунин (би)хонед", Kurmanji
#: "Vê jî bixwîne", Norwegian "Les også", Danish "Læs også", Xhosa "Funda kwakhona",
#: Zulu "Funda futhi / nalokhu", Sindhi "هي به پڙهو", Western Frisian "Lês ek", Setswana
#: "Bala gape".
RELATED_WORDS = (
    r"related|see also|also read|read also|weiterlesen|mehr zum thema|lee también"
    r"|lire aussi|leggi anche|leia também|baca juga|polecamy|czytaj (?:także|też)"
    r"|relacionad[oa]s?|ilgili haber(?:ler)?|lees ook|läs (?:också|mer)|اقرأ أيضا|관련기사"
    r"|यह भी पढ़ें|ये भी पढ़ें|یہ بھی پڑھیں|আরও পড়ুন|এটাও পড়ুন|ဆက်စပ်သတင်း(?:များ)?"
    r"|tin liên quan|xem thêm|đọc thêm|اخبار مرتبط|بیشتر بخوانید|קראו (?:עוד|גם)"
    r"|(?:อ่าน)?ข่าวที่เกี่ยวข้อง"  # Thai: (read) related news
    r"|liest och|lasi(?:et)? arī|saistītie raksti|loe ka|seotud (?:artiklid|uudised)"
    r"|preberi(?:te)? tudi|sorodne novice|sorodni članki|aqra [wu]koll|léigh freisin"
    r"|leugh cuideachd|lenn(?:it)? ivez|lestu (?:einnig|líka)|sjá einnig|tengdar fréttir"
    r"|akhri(?:so)? sidoo kale|wararka la xiriira"
    r"|чытай(?:це)? таксама|читай(?:те)? (?:также|також)|мөн (?:уншаарай|уншина уу)"
    r"|ошондой эле окуңуз|сондай-ақ оқыңыз|инчунин (?:би)?хонед|vê jî bixwîne"
    r"|les også|læs også|funda (?:kwakhona|futhi|nalokhu)|هي به پڙهو|lês ek"
    r"|bala gape"
    # Amharic "related news", Yoruba "read this too", Dhivehi "read this too", Tibetan
    # "please read this too", Uyghur "related news", German "read also" (review h339;
    # Amharic "read more", a card's own link as English "read more" is, is in
    # card_lines.READ_MORE_CUES)
    r"|ተዛማጅ ዜና|ka èyí náà|ka eyi naa|މިވެސް ކިޔާލާ"
    r"|འདི་ཡང་ཀློག་རོགས|مۇناسىۋەتلىك خەۋەر|lesen sie auch"
    # the imperative "read" with "also" / "further" (review h363: a Lao and an Igbo
    # "read also" line kept between paragraphs): Lao "ອ່ານຕື່ມ", Igbo "Gụọkwa", Hausa
    # "Karanta kuma", Kinyarwanda "Soma nanone / kandi", Welsh "Darllenwch hefyd",
    # Basque "Irakurri ere / baita", Uyghur "بۇنىمۇ ئوقۇڭ", Pashto "دا هم ولولئ",
    # Sorani "هەروەها بخوێنەوە"
    r"|ອ່ານຕື່ມ|gụọkwa|karanta kuma|soma (?:nanone|kandi)|darllenwch hefyd"
    r"|irakurri (?:ere|baita)|بۇنىمۇ ئوقۇڭ|دا هم ولولئ|هەروەها بخوێنەوە"
    # Filipino, Cebuano, Javanese, Albanian, Romanian, Hungarian, Czech, Slovak,
    # Finnish, Bulgarian, Greek, Catalan, Galician, Turkish, Swahili, Malayalam, Tamil,
    # Telugu, Marathi, Sinhala "read also" / "related news" (h401)
    r"|kaugnay na (?:balita|artikulo|ulat)|basahin (?:din|rin)|basaha (?:usab|sab)|waca uga"
    r"|lexo (?:edhe|gjithashtu)|citește și|citiți și|lásd még|olvassa el ezt is"
    r"|čtěte (?:také|též)|přečtěte si také|čítajte (?:aj|tiež)|prečítajte si aj|lue myös"
    r"|прочетете (?:още|също)|διαβάστε (?:επίσης|ακόμη)|llegiu també|llegeix també"
    r"|le tamén|lea tamén|ayrıca okuyun|bunu da okuyun|soma pia"
    r"|ഇതും വായിക്കുക|இதையும் படிக்க(?:வும்)?|ఇది కూడా చదవండి|हेही वाचा|මෙයත් කියවන්න"
    # Japanese "related articles / news", "read it with this", Chinese "related / further
    # reading", "related news", "recommended reading" (h416: "【関連記事】Headline"
    # between a Japanese story's paragraphs)
    r"|関連記事|関連ニュース|(?:あわ|合わ)せて読みたい|相关阅读|相關閱讀|延伸阅读|延伸閱讀"
    r"|相关新闻|相關新聞|推荐阅读|推薦閱讀"
)
# The first letters of those words (speed only: ``re`` tries each of them at a line's
# first letter, in every case; a line opening with another letter is turned down at once).
_RELATED_START = start_lookahead(RELATED_WORDS, re.IGNORECASE)
#: A line that is only such a label ("See also", "Related stories:", "Related stories
#: from The Harbour Examiner"): the headline under it is another article's.
RELATED_LABEL = re.compile(
    r"^\W*"
    + _RELATED_START
    + r"(?:"
    + RELATED_WORDS
    + r")(?:\s+(?:articles?|stories|story|posts?|coverage|content"
    r"|reading))?(?:\s+(?:from|on|in|about)\s+[^:.!?]{1,60})?\s*:?\W*$",
    re.IGNORECASE,
)
#: A line opening with a label of links to other stories and a colon, a bar or a spaced
#: dash ("Read also: ...", "Czytaj także | ..."), whatever the headline after it.
RELATED_LINK = re.compile(
    # (the colon as Ethiopic writes it, '፦', '፥', '፡', Tibetan's shad '།', the full-width
    # colon and the closing lenticular bracket of a CJK label: "【関連記事】Headline")
    r"^\W*" + _RELATED_START + r"(?:" + RELATED_WORDS + r")\s*(?:[:|፦፥፡།：】]|\s[-–—])\s*\S",
    re.IGNORECASE,
)
#: Words of an image caption or credit line, which often sits between headline and body.
CAPTION = starting_at(r"\b(?:photo(?:graph)?s?|fotos?|image|credit|caption|copyright)\b|©", re.I)
# A caption word used as a caption's or credit's label ("Photo: ...", "Foto: ..." (the
# word of German, Dutch, Italian, Spanish, the Slavic and Nordic languages, Indonesian,
# Latvian ...), "Credit/Agency",
# "Photo by ...", "| Image ...", "Image copyright ...", "(Photo ..."), or a copyright sign.
_CAPTION_LABEL = re.compile(
    r"©|\b(?:photo(?:graph)?s?|fotos?|image|credit|caption|copyright)\s*(?::|/|\||\bby\b)"
    r"|^\W*(?:photo(?:graph)?s?|image)\s+(?:credit|copyright|caption)\b"
    r"|\(\s*(?:photo(?:graph)?s?|fotos?|image|credit)\b",
    re.IGNORECASE,
)
# A line opening with a language's photo credit label and a colon, the name after it
# (:data:`~analysis.clean.byline_words.PHOTO_CREDIT_WORDS`: "Grianghraf: NAME", "Фота:
# NAME", "Myndir: NAME"), as :data:`_CAPTION_LABEL` reads the words it holds.
_PHOTO_LABEL_LINE = re.compile(
    r"^\W*(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(
            {w for words in PHOTO_CREDIT_WORDS.values() for w in words}, key=lambda w: (-len(w), w)
        )
    )
    + r")\s*[:：]\s*\S",
    re.IGNORECASE,
)
# A credit of a role other than the writer's, opening its line and naming who by:
# "Translated from the Spanish by Jo Doe", "Paid for by Example Bank", "Presented by
# ...", "Illustrations by ...". The English words of the credit, not a site's.
_ROLE_CREDIT = re.compile(
    r"^\W*(?:translated(?:\s+from\s+(?:the\s+)?[^\W\d_]+)?|paid\s+for|presented|sponsored"
    r"|produced|edited|illustrat(?:ed|ions?)|graphics?|brought\s+to\s+you)\s+by\s+\S"
    # "sponsored by" in other languages: es / pt, fr, it, de, nl, sv, da, nb, pl, ro, mt
    # ("Sponsorjat minn Example Ltd" under a sponsored story's label, h388)
    r"|^\W*(?:patrocinad[oa]\s+por|sponsoris[ée]e?\s+par|sponsorizzat[oa]\s+da"
    r"|gesponsert\s+von|gesponsord\s+door|sponsrad\s+av|sponsoreret\s+af|sponset\s+av"
    r"|sponsorowan[eya]\s+przez|sponsorizat\s+de|sponsorjat[a]?\s+minn)\s+\S",
    re.IGNORECASE,
)


# A gallery's or a video's headline, labelled: "Photos: Hundreds turn out for the
# parade", "VIDEO: Crews battle the fire overnight", "PHOTOS: Storm lash Harbour Bay" (a
# clause of four words or more, two of them in lower case or one of four letters or
# more, a verb's, where a name's particles and joiners are shorter: "de", "van", "and";
# no credit's separator or sign, no closing full stop); a photo's credit or caption is
# "Photo: Jo Bloggs", "Photos: Jo Bloggs / Agency".
_GALLERY_HEADLINE = re.compile(
    r"^\W*(?i:photos|videos?|gallery|watch)\s*:\s+(?=(?:\S+\s+){3})"
    r"(?=(?:[^|/©]*?\s[a-z][a-z]+\b){2}|[^|/©]*?\s[a-z]{4,}\b)[^|/©]*[^\s.|/©]$"
)


def is_caption_line(text: str) -> bool:
    """True for an image's caption or credit line: a :data:`CAPTION` word as its label,
    or a credit of another role than the writer's opening the line (a translator's, an
    editor's, a sponsor's: "Translated from the Spanish by Jo Doe", "Paid for by Example
    Bank").

    A headline may use the words ("Obama Seeks Credit for Economy", "Police Subpoena
    Photos of Protests"); a caption or credit labels with them ("Photo: Jo Bloggs",
    "Image copyright AFP", "(Photo by Jo Bloggs)") or prints a copyright sign.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        Whether ``text`` is caption-shaped (the label search runs only on lines holding
        a caption word).
    """
    if _ROLE_CREDIT.match(text):
        return True
    if _GALLERY_HEADLINE.match(text):
        return False  # "Photos: Hundreds turn out for the parade": a gallery's headline
    if _PHOTO_LABEL_LINE.match(text):
        return True
    return CAPTION.search(text) is not None and _CAPTION_LABEL.search(text) is not None


def is_doubled(text: str) -> bool:
    """True for one string written twice ("NameName"): a masthead's logo text and title.

    Parameters
    ----------
    text : str
        A line or a name, compared as written (case and space count).

    Returns
    -------
    bool
        False for fewer than 2 characters or an odd length.
    """
    half = len(text) // 2
    return len(text) >= 2 and len(text) % 2 == 0 and text[:half] == text[half:]


# Han ideographs and kana: each one word to count_words.
_IDEOGRAPH = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def headline_words(text: str) -> float:
    """The words of ``text`` as a headline's length limits count them: ``count_words``'s,
    but :data:`~analysis.text.scripts.CJK_CHARS_PER_WORD` Han or kana characters
    to a word, the average length of a Chinese or Japanese word (``count_words`` counts
    each as one, so a Chinese headline of two clauses, thirty characters, was longer
    than any headline in words).

    Parameters
    ----------
    text : str
        A line's text.

    Returns
    -------
    float
        The length in words.
    """
    n_words = count_words(text)
    if text.isascii():
        return float(n_words)
    n_ideographs = len(_IDEOGRAPH.findall(text))
    return n_words - n_ideographs + n_ideographs / CJK_CHARS_PER_WORD


def is_heading_like(line: str) -> bool:
    """True for a line shaped like a headline: 3 to 30 words, no closing period or comma.

    A line made only of capitalized single words without any lower-case word (a share
    bar: "Share Facebook Twitter Email") is not a headline.

    Parameters
    ----------
    line : str
        One line; a bullet line, or a date line of six words or fewer, is not a
        headline either.

    Returns
    -------
    bool
        True also for a headline in capitals or in a script without case.
    """
    stripped = line.strip()
    n_words = count_words(stripped)
    if not n_words >= 3 or headline_words(stripped) > 30:
        return False
    if is_bullet(line) or _SENTENCE_END.search(stripped):
        return False
    if find_date_span(stripped) and n_words <= 6:
        return False
    words = LETTER_RUN.findall(stripped)
    has_lower_word = any(is_lower_case(w) and len(w) > 1 for w in words)
    is_cjk_or_caseless = any(not w.isascii() and w.lower() == w.upper() for w in words)
    return has_lower_word or is_cjk_or_caseless or is_upper_case(stripped)


# Entries of a menu printed in columns: set apart by two spaces or more.
_ENTRY_GAP = re.compile(r" {2,}")


def spaced_menu_items(line: str) -> list[str]:
    """The entries of a site's menu printed on one line with its entries set apart by
    two spaces or more ("News  Sport  Community  Log in"), as a text dump prints a row
    of links (not tabs: a table's head), an app's counts after its entries ("Unread
    (14)") and its icons ("[≡]") aside; ``[]`` when the line is no such menu.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    list of str
        At least :data:`MIN_MENU_ENTRIES` entries, each label-like (:func:`is_label_like`:
        no digit, no closing punctuation, 1 to 4 words); else empty.
    """
    entries = [
        _COUNT_AFTER_ENTRY.sub("", entry)
        for entry in _ENTRY_GAP.split(line.strip())
        if entry and not _ICON_ENTRY.fullmatch(entry)
    ]
    if len(entries) < MIN_MENU_ENTRIES or not all(map(is_label_like, entries)):
        return []
    return entries


# An app's menu entry with its count after it ("Unread (14)", "Inbox (3)": a read-later or
# mail app's), and an entry that is an icon alone ("[≡]", "☰"), no letter in it (h321).
_COUNT_AFTER_ENTRY = re.compile(r"\s*\(\d{1,5}\)$")
_ICON_ENTRY = re.compile(r"\[[^\w\s\]]{1,3}\]|[☰≡⋮]")


def is_label_like(line: str) -> bool:
    """True for a short label line such as a section name ("World", "US Politics").

    Parameters
    ----------
    line : str
        One line; outer space is ignored.

    Returns
    -------
    bool
        1 to 4 words in 40 characters or fewer, no bullet, no digit, no closing
        punctuation.
    """
    stripped = line.strip()
    return (
        len(stripped) <= 40  # (first: a length is cheaper than a word count)
        and 0 < count_words(stripped) <= 4
        and not is_bullet(line)
        and not re.search(r"[.!?:,;]$|\d", stripped)
    )


# The separators of a menu printed on one line ("Home | World | Sport") or of a
# breadcrumb trail ("Home > World"): a spaced mark between two entries (the full-width bar
# of Chinese and Japanese pages too: "ニュース ｜ 地域 ｜ スポーツ").
_MENU_SEPARATOR = re.compile(r"\s+(?:\||｜|>|»|›|/|·|•)\s+")


def spaced_parts(line: str) -> list[str]:
    """A line's parts between spaced menu separators ("Home | News", "Benton · 36°F"):
    the line whole when it holds none.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    list of str
        The parts, as :func:`menu_items` and :func:`is_menu_line` split them.
    """
    return _MENU_SEPARATOR.split(line.strip())


#: A menu separator's mark: a line without one is no menu (found by one scan of a class).
MENU_MARK = re.compile(r"[|｜>»›/·•]")


def menu_items(line: str) -> list[str]:
    """The entries of a menu or a breadcrumb printed on one line.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    list of str
        In order, their whitespace collapsed: two entries or more, each a short label
        (:func:`is_label_like`), between spaced separators (``|``, ``｜``, ``>``, ``»``, ``›``,
        ``/``, ``·``, ``•``); [] for any other line. A site's own name, when such a line
        prints it, leads it (the home link): the entries after the first are sections.
    """
    if MENU_MARK.search(line) is None:
        return []
    items = spaced_parts(line)
    if len(items) < 2 or not all(is_label_like(item) for item in items):
        return []
    return [" ".join(item.split()) for item in items]


#: Entries of a menu printed on one line that make it a menu whatever they say.
MIN_MENU_ENTRIES = 3


def is_menu_line(line: str) -> bool:
    """True for a site's menu printed on one line: :data:`MIN_MENU_ENTRIES` entries or
    more between spaced separators (as :func:`menu_items` reads them), each short.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Each entry is 1 to 4 words in 40 characters or fewer, without closing
        punctuation; unlike :func:`menu_items`, an entry may hold a digit ("Channel 62")
        or open with a list mark ("• News"): a menu's entries are its links' labels,
        which a headline and its outlet ("Title | Outlet", two entries) or a headline
        between a section and an outlet (a headline's words) are not.
    """
    if MENU_MARK.search(line) is None:
        return False
    items = spaced_parts(line)
    if len(items) < MIN_MENU_ENTRIES:
        return False
    for item in items:
        entry = item.strip().lstrip(BULLET_MARKS).strip()
        if not (0 < count_words(entry) <= 4 and len(entry) <= 40) or re.search(r"[.!?:,;]$", entry):
            return False
    return True


@once_per_page
def is_meta_line(line: str) -> bool:
    """True for a byline, date or relative-time line (a header line that is not a title).

    Parameters
    ----------
    line : str
        A header line, stripped before the tests.

    Returns
    -------
    bool
        A date counts only on a line of 12 words or fewer (a token of a script
        written without spaces that is a label, a name or a date is one word:
        :func:`~analysis.text.count_label_words`), its dates' own words left out when
        the line holds two dates or more, each under its label ("Updated Nov. 18, 2026
        at 9:12 a.m. | Published Nov. 16, 2026 at 6:00 p.m.", "Publié le 3 décembre
        2026 à 10h15, mis à jour le 3 décembre 2026 à 18h02": a line of two entries), or
        one of them under a "published" label and the entries apart by a spaced
        separator ("sp. zn. 59 A 12/2026 · rozsudek ze dne 24. 11. 2026 · zveřejněno
        3. 12. 2026": a case's number, its decision's date and the day it was made
        public).
    """
    stripped = line.strip()
    if find_byline(stripped) or find_relative_time(stripped):
        return True
    date = find_date_span(stripped)
    if date is None:
        return False
    words = count_label_words(stripped)
    if words <= DATE_LINE_WORDS:
        return True
    labelled = labelled_dates(stripped)
    if len(labelled) < 2 or not (
        all(label is not None for _, label in labelled)
        or (
            # entries apart by a spaced separator, one of them the published date's
            # ("ruled on 24. 11. 2026 · made public 3. 12. 2026"): the other an event's
            any(label == "publish" for _, label in labelled)
            and _SPACED_SEPARATOR.search(stripped) is not None
        )
    ):
        return False
    dated = sum(count_label_words(stripped[d.start : d.end]) for d, _ in labelled)
    return words - dated <= DATE_LINE_WORDS

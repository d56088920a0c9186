"""Dates written in page text: calendar dates and relative times (no stage of its own).

Used by :mod:`analysis.clean.page_metadata` (an article's published date) and
:mod:`analysis.clean.listing` (card dates). Forms read:

- English ``June 2, 2025``, ``Jun. 2nd 2025``, ``2 June 2025``;
- numeric ``2025-06-02``, ``2025/06/02``, ``2025.06.02``, ``2025. 06. 02.`` (Hungarian,
  Korean); ``02.06.2025`` (day first, unless only month first makes a date:
  ``11.14.2019``), with a two-digit year too (``02.12.26``, ``2.12.26 14:05``: day and
  month of two digits each, or a clock time after it; day first only, ``11.18.19`` is
  none; a version's ``3.1.26`` is no date); ``27/09/2025``, ``09/27/2025`` and
  ``27-09-2025`` with slashes or dashes, and ``11/13/19`` with a two-digit year (this
  century), read when one order alone makes a date; an ambiguous ``02/06/2025`` in the
  order of its page when the page decides one
  (:func:`analysis.clean.page_date_order.numeric_day_first`: its other such dates, else
  its language, else the date line's own words: ``Publié le 02/06/2025``, else its own
  day: the weekday the line names, ``Wed, 04/03/2026``, or the date the page's address
  writes), else not read;
- a year with the time glued after it, as some pages print it: ``Nov 18 20196:40 PM``;
  the time between the day and the year, as C's ``asctime`` prints it: ``Thu Dec  3
  07:00:01 2026``;
- day, month name, year in the languages of :mod:`analysis.clean.month_names` (German,
  French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish, Norwegian, Finnish,
  Romanian, Russian, Ukrainian, Polish, Czech, Turkish, Greek, Hungarian, Swahili,
  Indonesian, Malay, Hebrew, Arabic with the Levantine names, Persian's Gregorian months:
  ``2. Juni 2025``, ``2 de junho de 2025``, ``2 июня 2025``, ``3 كانون الثاني 2026``), the
  first of the month with its ordinal mark (``1er mars 2026``, ``1º de marzo``), a name
  shortened with or without a dot (``3 févr. 2026``, ``03 dic 2026``, ``03 Des 2026``,
  ``3. Mär. 2026``; its consonants with the dot only: ``3 mrz. 2026``; without the dot
  only a shortening its language prints so,
  :data:`~analysis.clean.month_names.MONTH_SHORTENINGS` (``the top 10 list 2026`` is no
  date), after a day not glued to letters nor printed after a capitalized word: ``Model 3
  Pro 2026`` is a product, not Czech ``pro``); a name two languages print as two months
  (``3. listopada 2026``: Croatian October, Polish November) in the page's language
  (:func:`analysis.clean.page_date_order.page_languages`); the year first in Hungarian
  (``2026. március 3.``);
- the same in every language of the Unicode CLDR (:mod:`analysis.clean.cldr_months`:
  its months' wide names, ``3 Kekemapa 2026``), in the orders and with the particles
  and marks its long, full and medium date patterns print: the year first
  (``2026 ဒီဇင်ဘာ 3``, ``2026ko abenduaren 3a``, ``2026 թ. դեկտեմբերի 3``, ``2026 ж. 3
  желтоқсан``; not an English month: ``by 2026 may 30``), particles (``3 ta’ Diċembru
  2026``, ``3 de desembre del 2026``), dashes and script commas (``3-dekabr, 2026``,
  ``3 دسمبر، 2026``, ``ဒီဇင်ဘာ ၃၊ ၂၀၂၆``), a shortening marked by the Devanagari sign
  or the Hebrew geresh (``3 दिस॰ 2026``, ``3 בדצמ׳ 2026``), the word for "month" and
  its number (``3 tháng 12, 2026``), a Thai era's mark (``3 ธ.ค. พ.ศ. 2569``);
- a day of the Solar Hijri calendar (Iran's ``۱۲ آذر ۱۴۰۵``, ``12 آذر ماه 1405``,
  Afghanistan's ``۱۲ قوس ۱۴۰۵``), as its Gregorian date
  (:func:`analysis.clean.calendars.solar_hijri_iso`);
- any of these written in the decimal digits of another script (Arabic-Indic
  ``٣ ديسمبر ٢٠٢٦``, Persian, Devanagari, full-width ``２０２６年１２月３日``:
  :func:`ascii_digits`);
- year, month and day marked by the Chinese and Japanese ``年 月 日`` or the Korean
  ``년 월 일`` (``2025年6月2日``, ``2025年06月02日 14:05``, ``2025년 6월 2일``), a year of
  Japan's era or of Taiwan's calendar before them (``令和8年12月2日``, ``民國115年12月2日``:
  :data:`ERA_YEAR_OFFSETS`), by the
  Uyghur words after them (``2026-يىلى 12-ئاينىڭ 3-كۈنى``; ``2026-يىلى 4-دېكابىر``, the
  year's word and the month's name) or the Tibetan words for
  month and day before them (``2026 ཟླ་12 ཚེས་3``);
- relative times: ``13 hours ago``, ``a day ago``, ``yesterday``, ``just now``, a weekday
  with a clock time (``Monday 5:30PM``), and with a number in other languages
  (:data:`analysis.clean.relative_times.FOREIGN_RELATIVE_TIME`: ``vor 2 Stunden``, ``3
  часа назад``, ``3小时前``);
- a day and an English month's name, or a month and day marked ``月 日`` / ``월 일``, without
  a year, read only on a date line: right after a date label or alone with its clock time
  (``Posted Nov 18, 8:19 PM``, ``发布时间：3月3日 14:05``,
  :func:`analysis.clean.yearless_dates.find_yearless_dates`), its year the one of the
  page's copyright notice (:func:`analysis.clean.yearless_dates.page_year`: "© 2019
  Site"), as a site prints only this year's dates so.

:func:`labelled_dates` gives every date of a line with its label, "update" (``Updated``,
``Modified``, ..., and a reader's ``Saved``, ``Retrieved``) or "publish" (``Published``,
``Posted``, ...), so that a page's published date is not the date of its last change
(:func:`find_published_date`).
A relative time cannot be turned into a date here: a text dump carries no reference
date (a save tool's dated line is one: :mod:`analysis.clean.capture_date`).

A date is the day as printed, whatever clock time and zone are written with it
(``Updated 10:01 pm PST, Tuesday, November 19, 2019`` is ``2019-11-19``): the day a
reader of the page sees, the day a manifest's ``published`` and an HTML page's date give
(both as written, no zone shift), and one day for one moment however the zone is
written (``EST``, ``ET``, ``Eastern``, an ambiguous ``CST`` or ``IST``, or none). A
zoned clock time next to the date (``November 18, 2019 -- 19:14 GMT``) is part of the
date's span.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analysis.clean.bikram_sambat import bikram_sambat_iso
from analysis.clean.byline_words import with_marks
from analysis.clean.calendars import (
    coptic_iso,
    ethiopian_iso,
    hebrew_iso,
    hebrew_numeral,
    solar_hijri_iso,
)
from analysis.clean.cldr_months import (
    CLDR_WEEKDAY_NAMES,
    DATE_PARTICLES,
    DATE_SEPARATORS,
    DAY_SUFFIXES,
    YEAR_SUFFIXES,
)
from analysis.clean.cldr_months import (
    NUMBERED_MONTH_WORDS as CLDR_NUMBERED_MONTH_WORDS,
)
from analysis.clean.era_dates import (
    ERA_DATE,
    ERA_DATE_HINT,
    ERA_LETTERS,
    era_date_iso,
    japanese_context,
)
from analysis.clean.lazy_patterns import PatternTable, source_of, sources_of
from analysis.clean.loan_months import LOAN_DAY_MONTH_YEAR, LOAN_MONTH_DAY_YEAR, loan_month_iso
from analysis.clean.month_names import (
    BIKRAM_SAMBAT_MONTHS,
    CAPITALIZED_MONTHS,
    COPTIC_MONTHS,
    DATE_WORDS,
    ETHIOPIAN_MONTHS,
    EVERY_MONTH_NAME,
    HEBREW_CALENDAR_MONTHS,
    MONTH_NUMBER_WORDS,
    MONTH_SHORTENINGS,
    SOLAR_HIJRI_MONTHS,
    THAI_MONTHS,
    YEAR_MONTH_DAY_WORDS,
    month_numbers,
    month_readings,
)
from analysis.clean.numeral_dates import (
    CHINESE_NUMERAL_DATE,
    CHINESE_YEAR_HINT,
    ROMAN_MONTH_DATE,
    ROMAN_MONTH_HINT,
    numeral_date_iso,
)
from analysis.clean.pattern_starts import starting_at
from analysis.clean.weekday_short_dates import (
    DASHED_SHORT_DATE,
    DASHED_SHORT_HINT,
    dashed_short_date_iso,
)
from analysis.clean.weekdays import printed_weekdays
from analysis.clean.worded_dates import SPANISH_WORDED_DATE, SPANISH_WORDED_HINT, spanish_worded_iso
from analysis.text import (
    LETTER_OR_MARK,
    is_lower_case,
    once_per_page,
)

# ---------------------------------------------------------------------------- dates
# The words before a month's number: the CLDR's ("tháng") and the hand table's ("mlan").
NUMBERED_MONTH_WORDS = (*CLDR_NUMBERED_MONTH_WORDS, *MONTH_NUMBER_WORDS)


#: The English months' names, January first, lower case.
_ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# Their first three letters, the shortening every English page prints.
ENGLISH_MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(_ENGLISH_MONTHS, start=1)}
ENGLISH_MONTH = (
    r"(?P<{g}>(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\.?"
)
# A month name may be glued to a preceding lower-case word ("RoomJune 2"), never to an
# upper-case one or sit inside a word.
_MONTH_START = r"(?:(?<![^\W\d_])|(?<=[a-z]))"
DAY_NUMBER = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
# The last day of a range after its first, before the month's year ("June 12–15, 2026").
_DAY_RANGE_END = r"(?:\s?[–-]\s?[0-3]?\d(?!\d))?"
# A year ends at a non-digit, or a time is glued to it ("20196:40 PM").
_YEAR = r"(?P<{g}>(?:19|20)\d\d)(?:(?!\d)|(?=\d{{1,2}}:\d\d))"


# The days of a month as English writes them in words ("the fourth of March, 2026"), by
# their number: "first" to "thirty-first", the tens joined by a hyphen or a space.
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_ORDINAL_DAYS: dict[str, int] = {
    **{word: number for number, word in enumerate(_UNITS, start=1)},
    **{word: number for number, word in enumerate(_TEENS, start=10)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty {word}": 20 + number for number, word in enumerate(_UNITS, start=1)},
    "thirty first": 31,
}
_ORDINAL_DAY = (
    "(?P<od>(?i:"
    + "|".join(word.replace(" ", r"[\s-]") for word in sorted(_ORDINAL_DAYS, key=len, reverse=True))
    + "))"
)


def _named_month_date(lead: str, first: str, joiner: str, second: str) -> tuple[str, int]:
    """A date with the month's name: ``lead``, day and month in either order, the year
    (its source and flags)."""
    return source_of(lead + first + joiner + second + r",?\s+" + _YEAR.format(g="y"))


# A year's two last digits after an apostrophe, typed or typographic ("'26", "’26").
_APOSTROPHE_YEAR = r"[\'\u2018\u2019](?P<ay>\d\d)(?![\d\'\u2019])"


def _apostrophe_year_date(first: str, joiner: str, second: str) -> tuple[str, int]:
    """A date with an English month's name, day and month in either order, then the
    year's two last digits after an apostrophe ("Dec 4 '26")."""
    return source_of(_MONTH_START + first + joiner + second + r",?\s+" + _APOSTROPHE_YEAR)


# Month names of the other languages (analysis.clean.month_names, the CLDR's too), lower
# case, that are one month in every language printing them.
FOREIGN_MONTHS: dict[str, int] = month_numbers(EVERY_MONTH_NAME)
# Every month name of the other languages and every shortening they print without a dot,
# with its month in each language printing it ("listopada": Polish 11, Croatian 10).
_WHOLE_NAMES = month_readings(EVERY_MONTH_NAME)
_SHORT_NAMES = month_readings(MONTH_SHORTENINGS)
_READINGS: dict[str, dict[str, int]] = {
    name: {**_SHORT_NAMES.get(name, {}), **_WHOLE_NAMES.get(name, {})}
    for name in sorted(_WHOLE_NAMES.keys() | _SHORT_NAMES.keys())
}
#: Every language of :mod:`analysis.clean.month_names`: read with these, a name of two
#: months is a date in one of them (:func:`find_date_span` tells a date line so).
EVERY_LANGUAGE = tuple(sorted({*EVERY_MONTH_NAME, *MONTH_SHORTENINGS}))
# The shortenings that only languages writing their months in lower case print without a
# dot ("pro" Czech and Croatian, "dic" Spanish and Italian, "set"): printed with a capital
# ("Tickets: 3 Pro 2026"), such a word is a month on a page of one of these languages only.
_LOWER_CASE_SHORTENINGS = frozenset(
    name
    for name, months in _SHORT_NAMES.items()
    if name not in _WHOLE_NAMES
    and not CAPITALIZED_MONTHS & months.keys()
    and name.capitalize() != name  # a script without case
    and not any(full.startswith(name) for full in _ENGLISH_MONTHS)  # "Dec": English
)
# What the page's languages decide: a name (or shortening) of two months in two languages,
# in any case, or such a shortening printed with a capital.
_BY_LANGUAGE = re.compile(
    r"(?<![^\W\d_])(?:(?i:"
    + "|".join(n for n, months in _READINGS.items() if len(set(months.values())) > 1)
    + ")|"
    + "|".join(name.capitalize() for name in sorted(_LOWER_CASE_SHORTENINGS))
    + r")(?![^\W\d_])"
    # a slashed date of the Republic of China's year ("115/12/03"): a Chinese page's
    + r"|(?<![\d.,/:-])1\d\d/(?:1[0-2]|0?[1-9])/[0-3]?\d(?![\d/])"
)
# The names of two words ("كانون الثاني", "Oṣù Ọ̀pẹ̀"), in any case, tried before a
# one-word name.
_TWO_WORD_MONTHS = (
    "(?i:" + "|".join(sorted((n for n in FOREIGN_MONTHS if " " in n), key=len, reverse=True)) + ")"
)
# These names' first two words ("كانون", "الثاني"; Manx "mee ny" of "mee ny nollick"),
# and their first words.
_TWO_WORD_PAIRS = frozenset(tuple(n.split()[:2]) for n in FOREIGN_MONTHS if " " in n)
_TWO_WORD_FIRSTS = frozenset(first for first, _ in _TWO_WORD_PAIRS)
# A month's name of one word ("3 abenduaren", "ဒီဇင်ဘာ"), an apostrophe between its
# letters as a page types it (Xitsonga "N'wendzamhala", Breton "C'hwevrer"; CLDR writes
# "’" or "ʼ": _named_month reads each). The look-ahead first is for speed only: the
# letters before an apostrophe are no spaces or digits, so it holds wherever the part
# before the apostrophe does, and a word without an apostrophe is not read twice by
# the backtracking of its letters (of a group: re's slow repeat).
_APOSTROPHES = "'’ʼ"
_ONE_WORD_NAME = (
    rf"(?:(?=[^\s\d]{{1,24}}?[{_APOSTROPHES}]){LETTER_OR_MARK}{{1,24}}[{_APOSTROPHES}]"
    rf"(?={LETTER_OR_MARK}))?"
    rf"{LETTER_OR_MARK}{{2,24}}+"
)
# What shortens a month's name: a dot, the Devanagari abbreviation sign ("दिस॰"), the
# Hebrew geresh ("דצמ׳").
_SHORTENING_MARK = "[.\u0970\u05f3]"
# What stands between a date's day, month and year, as the CLDR's date patterns of every
# language print it (analysis.clean.cldr_months): spaces and punctuation ("3-dekabr,
# 2026", "3 ديسمبر، 2026", the Myanmar comma "ဒီဇင်ဘာ ၃၊ ၂၀၂၆", a right-to-left mark),
# with up to two particles ("3 de diciembre de 2026", "3 ta’ Diċembru 2026", "2026 ж. 3
# желтоқсан", "2026 թ. դեկտեմբերի 3").
# A dash, a slash or a full stop only glued to both its neighbours ("03-Dis-2026",
# "3-dekabr", Brazilian papers' "5.dez.2026"): spaced, a dash parts a number from a
# month ("Issue 3 - May 2026").
_GLUED_SEPARATORS = "-/."
_SEPARATOR = (
    rf"(?:(?<!\s)[{re.escape(_GLUED_SEPARATORS)}](?!\s)|[\s"
    + re.escape("".join(c for c in DATE_SEPARATORS if c not in _GLUED_SEPARATORS))
    + "\u104a\u200e\u200f])"
)
_PARTICLE = (
    r"(?<![^\W\d_])(?i:"
    + "|".join(
        re.escape(p).replace("’", "['’ʼ]")  # an apostrophe as a page types it: "ta'"
        for p in sorted({*DATE_PARTICLES, *DATE_WORDS}, key=lambda p: (-len(p), p))
    )
    + r")(?![^\W\d_])"
)
_GAP = rf"{_SEPARATOR}+(?:{_PARTICLE}{_SEPARATOR}+){{0,2}}"
# The particle "de" (of) elided before a month's name opening with a vowel, glued to it
# with an apostrophe as a page types it: Catalan "3 d'octubre de 2026", Asturian "3
# d'avientu de 2026", Occitan "3 d'abril de 2026" (CLDR's long dates print "d’" so; its
# month rows hold the name with and without it).
_ELIDED_OF = r"(?:(?<![^\W\d_])[dD]['’ʼ])?"
# What may not follow a date printed year first: a year ("2025 a 3 de março de 2026" is
# the third of March 2026, "de 2025" the end of a range before it).
_NO_YEAR_NEXT = rf"(?!\.?{_GAP}(?:19|20)\d\d)"
# A particle after the year, before the rest of the date ("2026 ж. 3 желтоқсан").
_YEAR_PARTICLE_GAP = rf"{_SEPARATOR}*{_PARTICLE}{_SEPARATOR}+(?:{_PARTICLE}{_SEPARATOR}+)?"
# What a pattern glues onto a day ("3a", "3ê", "3טן") or a year ("2026ko", "2026an").
_DAY_SUFFIX = "(?:" + "|".join(re.escape(s) for s in DAY_SUFFIXES) + ")?"
# Welsh ordinal endings glued to the day, as a Welsh page prints its date in words
# ("Dydd Iau 3ydd Rhagfyr 2026"; "1af", "2il", "5ed", "7fed", "11eg", "21ain"): the
# language's grammar, not CLDR's patterns (which print the day bare).
_WELSH_ORDINAL = r"(?:af|il|ydd|fed|ed|eg|ain)(?![^\W\d_])"
# An ordinal or case ending after a hyphen, glued to the day and followed by a space:
# Turkmen "3-nji dekabr" (-nji, -njy, -unjy, -ünji, -ynjy, -inji), Azerbaijani "3-cü
# dekabr" (-ci, -cı, -cu, -cü, with -n or a vowel before), Somali "3-da Disembar" (-da,
# -ka), Esperanto "la 3-an de decembro" (-a, -an): the languages' grammar (CLDR's
# patterns print the day bare). The endings are listed, not any letters: "a 3-day
# December 2026 conference" is no date of the 3rd.
_HYPHENED_ORDINAL = r"-(?:[iyuü]?n?j[iy]|[iıuü]?n?c[iıuü]|da|ka|an?)(?=\s)"
# Ordinal endings glued to the day that CLDR's patterns do not print and pages do: Latin
# American Spanish's shortened "primero" on the first ("1ro de diciembre", "1ro.", "1o.
# de diciembre"), Greek's ordinal ("1η Δεκεμβρίου", "1ης"), English's before another
# language's month ("1st Disemba 2026"); each followed by a space or the shortening's
# dot, so a word glued to a number ("1st-floor") is none.
_GLUED_ORDINAL = r"(?:(?<=(?<!\d)1)r?o|ης?|st|nd|rd|th)(?=\.?\s)"
# CLDR's optional letters, printed in brackets where a program prints its pattern as
# written ("2026(e)ko abenduaren 3(a)").
_OPTIONAL_LETTERS = r"(?:\([^\W\d_]{1,3}\))?"
_YEAR_SUFFIX = _OPTIONAL_LETTERS + "(?:" + "|".join(re.escape(s) for s in YEAR_SUFFIXES) + ")?"


# The numeric dates whose day and month may be read in either order:
# 02.06.2025 (day first, as written in most of Europe), 11.14.2019, 27/09/2025, 27-09-2025
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d./])(?P<a>[0-3]?\d)\u200f?(?P<sep>[./-])(?P<b>[0-3]?\d)\u200f?(?P=sep)"
    + _YEAR.format(g="y")
)
# 11/13/19: a two-digit year after slashes
_DAY_MONTH_SHORT_YEAR = re.compile(
    r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>/)(?P<b>[0-3]?\d)/(?P<yy>\d\d)(?![\d/.])"
)
# 02.12.26 / 2.12.26 14:05: a two-digit year after dots, day first as every dotted
# date; read when day and month are written with two digits each or a clock time
# follows (a version's "3.1.26" is neither; the clock is then part of the date's
# span), never glued to a word, a dot or a digit. A twelve-hour clock after it
# ("12.5.26 at 7:45 AM CST", group "ampm") marks the United States' order, the month
# first: the countries that write the day first before a dot keep a 24-hour clock.
# On a page in Korean, Japanese or Chinese the year comes first ("입력 26.12.04
# 09:12": :data:`YEAR_FIRST_LANGUAGES`, or a line in their scripts, _YEAR_FIRST_SCRIPT).
_DAY_MONTH_DOTTED_SHORT_YEAR = re.compile(
    r"(?<![\w./,])(?P<a>[0-3]?\d)(?P<sep>\.)(?P<b>[0-3]?\d)\.(?P<yy>\d\d)(?![\w/])(?![.,]\d)"
    r"(?:(?<=\d\d\.\d\d\.\d\d)(?!,?[ \t]+(?:at[ \t]+)?[01]?\d:[0-5]\d[ \t]*[AaPp]\.?[Mm]\b)"
    r"|,?\s+(?:um\s+|à\s+|alle\s+|kl\.?\s+|at\s+)?[0-2]?\d[:.h][0-5]\d(?!\d)"
    r"(?P<ampm>[ \t]*[AaPp]\.?[Mm]\b\.?)?)"
)
#: The languages whose numeric dates put the year first whatever their separator
#: ("26.12.04": 4 December 2026 on a Korean, Japanese or Chinese page).
YEAR_FIRST_LANGUAGES = frozenset({"ko", "ja", "zh"})
# Hangul, kana and the CJK ideographs: the scripts of YEAR_FIRST_LANGUAGES.
_YEAR_FIRST_SCRIPT = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]"
)
# 3. 12. 2026: day, month and year each closed by a dot and a space (Czech, Slovak,
# Croatian, Slovenian), day first as every dotted date
_DAY_MONTH_YEAR_SPACED = re.compile(
    r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>\.) (?P<b>[01]?\d)(?P=sep) " + _YEAR.format(g="y")
)
DAY_MONTH_PATTERNS = (
    _DAY_MONTH_YEAR,
    _DAY_MONTH_SHORT_YEAR,
    _DAY_MONTH_DOTTED_SHORT_YEAR,
    _DAY_MONTH_YEAR_SPACED,
)

# A Hebrew letter's points and marks (niqqud, dagesh, cantillation): a Yiddish paper
# points its letters ("כּסלו", "תּשפּ״ז").
_HEBREW_POINTS = "[\u0591-\u05c7]*"
# A Hebrew numeral: letters (with their points), gershayim before the last letter of
# two or more ("כ״ג", 'תשפ"ז'), a geresh after a single letter ("ה׳").
_HEBREW_NUMERAL = (
    rf"(?:[\u05d0-\u05ea]{_HEBREW_POINTS}){{{{{{lo}},{{hi}}}}}}"
    rf"[\"\u05f4]{_HEBREW_POINTS}[\u05d0-\u05ea]{_HEBREW_POINTS}"
)
_HEBREW_MONTH_SPELLINGS = sorted(
    {*HEBREW_CALENDAR_MONTHS, "אדר א", "אדר ב", "אדר א׳", "אדר ב׳", "אדר א'", "אדר ב'"},
    key=lambda name: (-len(name), name),
)
#: The Hebrew calendar's month of each spelling, counted from Nisan as
#: :func:`analysis.clean.calendars.hebrew_iso` counts (Adar I of a leap year is Adar's
#: 12, Adar II 13).
HEBREW_MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, names in (
        (7, "תשרי"), (8, "מרחשוון חשוון חשון"), (9, "כסלו כסליו"), (10, "טבת"),
        (11, "שבט"), (1, "ניסן"), (2, "אייר"), (3, "סיוון סיון"), (4, "תמוז"),
        (5, "אב"), (6, "אלול"),
    )
    for name in names.split()
}  # fmt: skip
# A Hebrew calendar date: the day, the month (maybe after "ב", in), the year of the
# world without its thousands (maybe after "ה׳", the five thousand), in Hebrew numerals.
_HEBREW_CALENDAR_DAY = (
    r"(?<![\u05d0-\u05ea])(?P<hd>"
    + _HEBREW_NUMERAL.format(lo=0, hi=1)
    + rf"|[\u05d0-\u05ea]{_HEBREW_POINTS}['\u05f3])\s+(?:ב{_HEBREW_POINTS})?(?P<hm>"
    + "|".join(
        "".join(
            re.escape(ch) + (_HEBREW_POINTS if "\u05d0" <= ch <= "\u05ea" else "") for ch in name
        )
        for name in _HEBREW_MONTH_SPELLINGS
    )
    + rf")\s+(?:ה{_HEBREW_POINTS}['\u05f3]\s?)?(?P<hy>"
    + _HEBREW_NUMERAL.format(lo=1, hi=3)
    + r")(?![\u05d0-\u05ea])"
)


def _hebrew_calendar_iso(groups: dict[str, str | None]) -> str | None:
    """The Gregorian day of a Hebrew calendar date's groups (``hd``, ``hm``, ``hy``)."""
    month_name = re.sub(_HEBREW_POINTS, "", groups["hm"] or "").replace("'", "׳")
    adar = re.fullmatch(r"אדר\s*([אב])׳?", month_name)
    year = hebrew_numeral(groups["hy"] or "")
    if adar is not None:
        month = 12 if adar.group(1) == "א" else 13
    else:
        month = HEBREW_MONTH_NUMBERS.get(month_name.strip(), 0)
    return hebrew_iso(year + 5000, month, hebrew_numeral(groups["hd"] or ""))


# An Ethiopian month's name (the longest spellings first).
_ETHIOPIAN_MONTH = "|".join(
    sorted((name for row in ETHIOPIAN_MONTHS for name in row), key=len, reverse=True)
)
# What may close an Ethiopian date: "ዓ.ም." (the year of mercy, the calendar's era).
_ETHIOPIAN_ERA = r"(?:\s*ዓ\.?\s*ም\.?)?"
# A Coptic month's name (the longest spellings first), its year of the Martyrs (17xx:
# 1983 to 2083 of the Gregorian) and the era a page may print after it: "للشهداء" (of the
# Martyrs), "ش", "A.M." (Anno Martyrum).
_COPTIC_MONTH = "|".join(
    sorted((name for row in COPTIC_MONTHS for name in row), key=len, reverse=True)
)
_COPTIC_ERA = r"(?:\s*(?:للشهداء|ش(?![^\W\d_])\.?|A\.?\s?M\.?(?![^\W\d_])))?"
# A Bikram Sambat month's name (the longest spellings first), set off from the letters and
# vowel signs of the words around it ("पुस्तक", a book, holds no "पुस"), and a year of
# that calendar from 2040 (1983 of the Gregorian, before any web page; 2083 is 2026): a
# Gregorian year printed beside such a name ("माघ 17, 2026") is no year of it.
_BS_MONTH = (
    r"(?<![\w\u0900-\u097f])(?:"
    + "|".join(sorted((n for row in BIKRAM_SAMBAT_MONTHS for n in row), key=len, reverse=True))
    + r")(?![\w\u0900-\u097f])"
)
_BS_YEAR = r"(?<!\d)(?P<by>20[4-9]\d|2100)(?!\d)"
# "गते" (the day of the month) after a Bikram Sambat day.
_BS_DAY = r"(?<!\d)(?P<bd>[0-3]?\d)(?!\d)(?:\s*गते)?"
# A Solar Hijri month's name with the Arabic letters a page may write for its yeh and kaf
# ("فروردين" for "فروردین"), and the Persian gaf for Pashto's ("غبرگولی"), the longest
# first ("جوزا" is no month of "جوزای").
_SOLAR_MONTH = "|".join(
    name.replace("ی", "[یي]").replace("ک", "[کك]").replace("ګ", "[ګگ]")
    for name in sorted((name for row in SOLAR_HIJRI_MONTHS for name in row), key=len, reverse=True)
)
# A Solar Hijri day's ordinal mark (Pashto "۱۲مه", the 12th) and the particle "د" (of)
# before the month (Pashto "د لیندۍ").
_SOLAR_ORDINAL = r"(?:\s?مه)?"
_SOLAR_OF = r"(?:د\s+)?"

# A Thai month's name, whole or shortened (the longest first: "มี.ค." before "ม.ค.").
_THAI_MONTHS = {name: number for row in THAI_MONTHS for number, name in enumerate(row, start=1)}
_THAI_MONTH = "|".join(re.escape(name) for name in sorted(_THAI_MONTHS, key=len, reverse=True))
# A Thai month's shortened name ("ธ.ค."), the longest first.
_THAI_SHORT_MONTH = "|".join(
    re.escape(name) for name in sorted(THAI_MONTHS[1], key=len, reverse=True)
)
# The Thai marks of the Buddhist era and the common era before a year ("พ.ศ. 2569", "ค.ศ.
# 2026": CLDR's Thai long date prints its era).
_THAI_ERA = r"[พค]\.ศ\."
#: Years of the Buddhist era before the common era's (Thai dates).
BUDDHIST_ERA_OFFSET = 543
#: The first year read as the Buddhist era's: no news page dates a story in the 25th
#: century of the common era, and the Buddhist era's years of the printed press
#: (2400 = 1857) are all above it.
BUDDHIST_ERA_MIN_YEAR = 2400
#: The common era's year before the first of an era a page may count years in: Japan's
#: eras (令和 1 = 2019, 平成 1 = 1989, 昭和 1 = 1926) and the Republic of China's calendar
#: of Taiwan (民國 1 = 1912), longest name first.
ERA_YEAR_OFFSETS: dict[str, int] = {
    "中華民國": 1911,
    "中华民国": 1911,
    "令和": 2018,
    "平成": 1988,
    "昭和": 1925,
    "民國": 1911,
    "民国": 1911,
}


# The word for "week" before its number: English, Norwegian (Bokmål, Nynorsk), Swedish,
# Danish, Finnish, German ("KW", Kalenderwoche), Dutch's is English's.
_WEEK_WORD = r"(?i:week|wk\.?|uke|veke|vecka|uge|viikko|woche|kw)"


def _ymd_words(place: int) -> str:
    """The alternation of YEAR_MONTH_DAY_WORDS' words at ``place`` (0 year, 1 month, 2
    day), longest first, any spaces inside as spaces and an apostrophe as a page types
    it ("romi'ad", "romi’ad")."""
    words = sorted(
        {row[place] for row in YEAR_MONTH_DAY_WORDS.values()}, key=lambda w: (-len(w), w)
    )
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’ʼ]") for w in words)


_YMD_WORDS = tuple(_ymd_words(place) for place in range(3))


def _date_patterns(name: str) -> PatternTable:
    """The calendar dates' patterns, ``name`` the pattern of a month's name in another
    language (its names of two words, or not: :func:`_patterns_for`), each compiled when
    a text first needs it (:data:`_PATTERN_NEEDS`: most corpora never print the scripts
    and calendars of most of them), tried only where a date can start (``starting_at``)."""
    return PatternTable(
        sources_of(
            # June 2, 2025 / Jun. 2nd 2025 / June 12–15, 2026 (a range of days: its first)
            _named_month_date(
                _MONTH_START,
                ENGLISH_MONTH.format(g="m"),
                r"\s+",
                DAY_NUMBER.format(g="d") + _DAY_RANGE_END,
            ),
            # Dec  3 07:00:01 2026: the month, the day, the clock time, the year, as C's
            # asctime prints a time (a chat client's log, a mail's envelope line)
            _named_month_date(
                _MONTH_START,
                ENGLISH_MONTH.format(g="m"),
                r"\s+",
                DAY_NUMBER.format(g="d") + r"\s+\d\d:\d\d:\d\d",
            ),
            # 2 June 2025 / 2nd of June, 2025
            _named_month_date(
                r"(?<!\d)",
                DAY_NUMBER.format(g="d"),
                r"\s+(?:of\s+)?",
                ENGLISH_MONTH.format(g="m"),
            ),
            # the fourth of March, 2026 / fourth of March 2026: the day in words (English)
            _named_month_date(
                r"(?<![^\W\d_])(?:(?i:the)\s+)?",
                _ORDINAL_DAY,
                r"\s+(?:day\s+)?of\s+",
                ENGLISH_MONTH.format(g="m"),
            ),
            # December third, 2026 / December the third, 2026: the month, then the day in
            # words (English, as a US writer spells the date out)
            _named_month_date(
                _MONTH_START, ENGLISH_MONTH.format(g="m"), r"\s+(?:(?i:the)\s+)?", _ORDINAL_DAY
            ),
            # 2025-06-02 / 2025/06/02 / 2025.06.02
            source_of(
                r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mn>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"
            ),
            # 2026. 12. 4. / 2026. 12. 04. 오후 3:12: year, month and day each closed by a dot
            # and a space (Hungarian, Korean), the year first as every such date
            source_of(
                r"(?<![\d.])(?P<y>(?:19|20)\d\d)\. (?P<mn>[01]?\d)\. (?P<d>[0-3]?\d)\.(?!\d)"
            ),
            *DAY_MONTH_PATTERNS,
            # 令和8年12月2日 / 中華民國115年12月2日: a year of Japan's era or of the Republic of
            # China ("元年": its first), then month and day (ERA_YEAR_OFFSETS); 115年12月2日:
            # a year of three digits, 1xx, is the Republic's without its name (Taiwan's
            # papers print it so; no common-era year of three digits is a news date)
            source_of(
                rf"(?:(?P<era>{'|'.join(ERA_YEAR_OFFSETS)})\s*(?P<ey>元|[1-9]\d{{0,2}})"
                r"|(?<![\d.,/:-])(?P<roc>1\d\d))\s*年\s*"
                r"(?P<mn>1[0-2]|0?[1-9])\s*月\s*(?P<d>[0-3]?\d)\s*日"
            ),
            # 115/12/03: the Republic of China's year of three digits, slashed (Taiwan's papers
            # print it so); a date only on a Chinese page (_roc_page)
            source_of(
                r"(?<![\d.,/:-])(?P<rsy>1\d\d)/(?P<mn>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)(?![\d/])"
            ),
            # 2025年6月2日 / 2025년 6월 2일: year, month and day each followed by its sign;
            # Nuosu Yi's syllables for them ("2025ꈎ11ꆪ14ꑍ", as its papers print the date)
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)\)?\s*[年년ꈎ]\s*(?P<mn>[01]?\d)\s*[月월ꆪ]\s*"
                r"(?P<d>[0-3]?\d)\s*[日일ꑍ]"
            ),
            # 2026 nî 12 goe̍h 3 ji̍t: year, month and day each followed by Taiwanese
            # Hokkien's word for it, romanized (Pe̍h-ōe-jī "goe̍h", Tâi-lô "gue̍h": the
            # vertical line above is a combining mark of its own, U+030D); Hakka's in
            # Pha̍k-fa-sṳ ("2026 ngièn 12 ngie̍t 3 ngit"), Zhuang's ("2026 nienz 12 nyied 3
            # hauh", the Chinese loans 年 月 号 with their tone letters), Fuzhou's in Foochow
            # Romanized ("2025 nièng 11 nguŏk 14 hô̤": 年 月 號, the marks precomposed or not)
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:n[îi]|ngi[èe]n|nienz|ni(?:è|e\u0300)ng)\s+"
                r"(?P<mn>1[0-2]|0?[1-9])"
                r"\s*(?:g(?:oe|ue)\u030dh|ngie\u030d?t|nyied|ngu(?:ŏ|o\u0306)k)\s+"
                r"(?P<d>[0-3]?\d)\s*(?:ji\u030dt|ngit|hauh|h(?:ô\u0324|o\u0324\u0302))(?![^\W\d_])"
            ),
            # 2026 ning, Shata 12, 3 ya: the year followed by Jingpho's word for it, the word
            # for month before its number, the day followed by the word for day (h271)
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)\s+ning,?\s+[Ss]hata\s+(?P<mn>1[0-2]|0?[1-9]),?\s+"
                r"(?P<d>[0-3]?\d)\s*ya(?![^\W\d_])"
            ),
            # 2026 a mihecaan 12 a folad 3 a romi'ad / 2026 нян 12 йүә 3 хо: the year, the
            # month's number and the day each followed by its word (YEAR_MONTH_DAY_WORDS)
            source_of(
                rf"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?i:{_YMD_WORDS[0]}),?\s*(?P<mn>1[0-2]|0?[1-9])"
                rf"\s*(?i:{_YMD_WORDS[1]}),?\s*(?P<d>[0-3]?\d)\s*(?i:{_YMD_WORDS[2]})(?![^\W\d_])"
            ),
            # 2026 ཟླ་12 ཚེས་3 / 2026 ལོའི་ཟླ་༡༢ཚེས་3: the year, then the Tibetan words for month
            # and day each before its number (CLDR's medium date, glibc's bo_CN date format)
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)[\s་]*(?:ལོའི་)?\s*ཟླ་\s*(?P<mn>1[0-2]|0?[1-9])"
                r"\s*ཚེས་\s*(?P<d>[0-3]?\d)(?!\d)"
            ),
            # 2026-يىلى 12-ئاينىڭ 3-كۈنى: year, month and day each followed by the Uyghur word
            # for it (moment.js's ug-cn long date, MediaWiki's Uyghur date format)
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)-?يىلى?\s*(?P<mn>1[0-2]|0?[1-9])-?ئاينىڭ\s*"
                r"(?P<d>[0-3]?\d)-?كۈنى"
            ),
            # 2026-يىلى 4-دېكابىر: the year with the Uyghur word for it, then the day and the
            # month's name (CLDR's Uyghur long and full dates)
            source_of(
                rf"(?<!\d)(?P<y>(?:19|20)\d\d)-?يىلى?\s*(?P<d>[0-3]?\d)-(?P<fm>{name})(?P<dot>)"
                r"(?![^\W\d_])"
            ),
            # 2 de junho de 2025 / 2. Juni 2025 / 2 juin 2025 / 2 июня 2025 (day, month name, year);
            # the first with its ordinal mark (1er mars, 1º de marzo, 1° marzo, 1ro de marzo,
            # 1η Μαρτίου), the month's name abbreviated with a dot (3 févr. 2026, 3. Mär. 2026)
            source_of(
                rf"(?<!\d)(?P<d>[0-3]?\d)(?:er(?=\s)|\.?[º°ª]|{_WELSH_ORDINAL}|{_HYPHENED_ORDINAL}|{_GLUED_ORDINAL}"
                rf"|{_DAY_SUFFIX})\.?{_GAP}{_ELIDED_OF}"
                rf"(?P<fm>{name})(?P<dot>{_SHORTENING_MARK})?{_GAP}" + _YEAR.format(g="y")
            ),
            # 13 tháng 1, 2026 / 13 thg 1, 2026: day, the word for "month" and its number, year
            # (Vietnamese)
            source_of(
                rf"(?<!\d)(?P<d>[0-3]?\d){_GAP}(?i:{'|'.join(NUMBERED_MONTH_WORDS)})\s*"
                rf"(?P<mn>1[0-2]|0?[1-9]){_GAP}" + _YEAR.format(g="y")
            ),
            # 03 12-р сар 2026: day, the month's number as an ordinal ("-р", "дугаар",
            # "дүгээр") and "сар" (month), year (Mongolian, in the badge's order:
            # analysis.clean.card_badges)
            source_of(
                rf"(?<!\d)(?P<d>[0-3]?\d){_GAP}(?P<mn>1[0-2]|0?[1-9])\s*-?\s*(?:р|дугаар|дүгээр)"
                rf"\s+сар(?:ын)?{_GAP}" + _YEAR.format(g="y")
            ),
            # ۱۲ آذر ۱۴۰۵ / 12 آذر ماه 1405 / ۱۲مه د لیندۍ ۱۴۰۵: day, month, year of the Solar
            # Hijri calendar
            source_of(
                rf"(?<!\d)(?P<sd>[0-3]?\d){_SOLAR_ORDINAL}\s+{_SOLAR_OF}(?P<sm>{_SOLAR_MONTH})"
                r"(?:\s+ماه)?\s+(?P<sy>1[34]\d\d)(?!\d)"
            ),
            # Disember 3, 2026 / டிசம்பர் 03, 2026: another language's month name written whole,
            # then the day and the year (Malay, Tamil; English months are read above)
            source_of(
                rf"(?<![^\W\d_])(?P<fm>{name})(?P<whole>)(?P<dot>){_GAP}"
                rf"(?P<d>[0-3]?\d)\.?{_GAP}" + _YEAR.format(g="y")
            ),
            # 2026 ဒီဇင်ဘာ 3 / 2026ko abenduaren 3a / 2026 թ. դեկտեմբերի 3: the year first, then
            # another language's month name written whole (or shortened with its dot), the day
            source_of(
                rf"(?<![\d.])(?P<y>(?:19|20)\d\d){_YEAR_SUFFIX}\.?{_GAP}"
                rf"(?P<fm>{name})(?P<whole>)(?P<dot>{_SHORTENING_MARK})?(?P<ymd>){_GAP}"
                rf"(?P<d>[0-3]?\d)(?!\d){_NO_YEAR_NEXT}"
            ),
            # 2026 ж. 3 желтоқсан: the year and a particle, the day, the month's name
            source_of(
                rf"(?<![\d.])(?P<y>(?:19|20)\d\d){_YEAR_SUFFIX}{_YEAR_PARTICLE_GAP}"
                rf"(?P<d>[0-3]?\d)\.?{_GAP}(?P<fm>{name})(?P<whole>)(?P<dot>{_SHORTENING_MARK})?"
                rf"(?![^\W\d_]){_NO_YEAR_NEXT}"
            ),
            # 3 ธ.ค. 2569 / 3 ธันวาคม 2569: day, Thai month, year of the Buddhist era (or of
            # the common era)
            source_of(
                rf"(?<!\d)(?P<td>[0-3]?\d)\s*(?P<tm>{_THAI_MONTH})\s*(?:{_THAI_ERA}\s*)?"
                r"(?P<ty>(?:25[4-9]|19\d|20\d)\d)(?!\d)"
            ),
            # ኅዳር 25 ቀን 2019 ዓ.ም. / ኅዳር 25, 2019: month, day ("ቀን", day, after it), year of
            # the Ethiopian calendar (Amharic, Tigrinya)
            source_of(
                rf"(?<![^\W\d_])(?P<em>{_ETHIOPIAN_MONTH})\s*(?P<ed>[0-3]?\d)(?:\s*ቀን)?[\s,/]*"
                rf"(?P<ey>(?:19|20)\d\d)(?!\d){_ETHIOPIAN_ERA}"
            ),
            # 25 هاتور 1743 للشهداء / 25 Hathor 1743 A.M.: day, month and year of the
            # Coptic calendar (the Coptic Church's pages)
            source_of(
                rf"(?<!\d)(?P<cod>[0-3]?\d)\s+(?P<com>{_COPTIC_MONTH})(?![^\W\d_])\s*,?\s*"
                rf"(?P<coy>17\d\d)(?!\d){_COPTIC_ERA}"
            ),
            # כ"ג בכסלו תשפ"ז / כ״ב כּסלו תשפּ״ז: day, month and year of the Hebrew calendar
            # in Hebrew numerals (a Haredi paper's or a Yiddish one's only date, h388)
            source_of(_HEBREW_CALENDAR_DAY),
            # 2026 m. gruodžio 3 d. (Lithuanian: year, "m.", month, day, "d.") and 2026. gada
            # 3. decembris (Latvian: year, "gada", day, month; Latgalian "goda": "2026. goda
            # 3. decembra")
            source_of(
                rf"(?<!\d)(?P<y>(?:19|20)\d\d)\s*m\.\s+(?P<fm>{LETTER_OR_MARK}{{3,12}})(?P<dot>)\s+"
                r"(?P<d>[0-3]?\d)\s*d\.(?!\w)"
            ),
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)\.?\s+g[ao]da\s+(?P<d>[0-3]?\d)\.\s*"
                rf"(?P<fm>{LETTER_OR_MARK}{{3,12}})(?P<dot>)"
            ),
            # 2026. március 3.: year, month name, day (Hungarian)
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s+(?P<fm>[^\W\d_]{3,12})(?P<dot>\.)?\s+"
                r"(?P<d>[0-3]?\d)\.?(?!\d)"
            ),
            # 2026 оны 12-р сарын 03 / 2026 оны 12 дугаар сарын 3: year, "оны" (of the year),
            # the month's number as an ordinal ("-р", "дугаар", "дүгээр") and "сарын" (of the
            # month), the day (Mongolian: its months are numbered, not named)
            source_of(
                r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*оны\s+(?P<mn>1[0-2]|0?[1-9])"
                r"(?:\s*-?\s*(?:р|дугаар|дүгээр))?\s+сарын\s+(?P<d>[0-3]?\d)(?!\d)"
            ),
            # ទី៣ ខែធ្នូ ឆ្នាំ២០២៦: "ទី" (the ...th) before the day, "ខែ" (month) before the
            # month's name, "ឆ្នាំ" (year) before the year (Khmer, as its long dates are written)
            source_of(
                rf"ទី\s*(?P<d>[0-3]?\d)\s*ខែ\s*(?P<fm>{name})(?P<whole>)(?P<dot>)\s*ឆ្នាំ\s*"
                + _YEAR.format(g="y")
            ),
            # ۱۴۰۵ د لیندۍ ۱۲مه: the Solar Hijri year first, then the month, the day (Pashto)
            source_of(
                rf"(?<!\d)(?P<sy>1[34]\d\d)\s+{_SOLAR_OF}(?P<sm>{_SOLAR_MONTH})\s+"
                rf"(?P<sd>[0-3]?\d)(?!\d){_SOLAR_ORDINAL}"
            ),
            # २०८३ मंसिर १७ गते / मंसिर १७, २०८३ / १७ मंसिर २०८३: a day of the Bikram Sambat
            # calendar (Nepal's), the year first, the month first or the day first
            source_of(rf"{_BS_YEAR}\s+(?P<bm>{_BS_MONTH})\s+{_BS_DAY}"),
            source_of(rf"(?P<bm>{_BS_MONTH})\s+{_BS_DAY}\s*,?\s*{_BS_YEAR}"),
            source_of(rf"{_BS_DAY}\s+(?P<bm>{_BS_MONTH})\s*,?\s*{_BS_YEAR}"),
            # ๓ ธ.ค. ๖๙ เวลา ๐๙:๓๐ น.: day, Thai month shortened, the Buddhist era's year in
            # two digits (25yy), read only where a clock time ("เวลา", time; after a bar or a
            # dot too: "3 ธ.ค. 69 | 16:20 น.", h321) or the line's end follows: "๓ ธ.ค. ๖๙ คน"
            # may count people
            source_of(
                rf"(?<!\d)(?P<td>[0-3]?\d)\s*(?P<tm>{_THAI_SHORT_MONTH})\s*(?P<ty>[4-9]\d)(?!\d)"
                r"(?=\s*(?:[|•·,-]\s*)?(?:เวลา|[0-2]?\d[:.][0-5]\d|\n|$))"
            ),
            # Thursday, week 49, 2026 / torsdag, uke 49 2026 / 2026-W49-4: a day of the ISO
            # week date, the weekday named before the week's number (as Nordic papers date)
            # or its number after it (ISO 8601)
            source_of(
                rf"(?<![^\W\d_])(?P<iwd>{LETTER_OR_MARK}{{3,12}})\.?,?\s+{_WEEK_WORD}\s*"
                r"(?P<iw>[1-5]?\d),?\s+(?P<iy>(?:19|20)\d\d)(?!\d)"
            ),
            source_of(r"(?<![\d-])(?P<iy>(?:19|20)\d\d)-?W(?P<iw>[0-5]\d)-?(?P<iwn>[1-7])(?!\d)"),
            # woensdag 02-12-26: two-digit numbers joined by dashes, read by the weekday
            # beside them (analysis.clean.weekday_short_dates)
            DASHED_SHORT_DATE,
            # 3.XII.2026 / 二〇二六年十二月三日: a Roman numeral's month, Chinese numerals
            # (analysis.clean.numeral_dates)
            source_of(ROMAN_MONTH_DATE),
            source_of(CHINESE_NUMERAL_DATE),
            # 3 desanbre 2026 / Disimbri 3, 2026: a month's name no table holds, read as the
            # one it borrows (analysis.clean.loan_months); last, so a table's name wins
            source_of(LOAN_DAY_MONTH_YEAR),
            source_of(LOAN_MONTH_DAY_YEAR),
            # Dec 4 '26 / 4 Dec '26 / December 4th, '26: an English month's name, the day
            # and the year's two last digits after an apostrophe (this century's)
            _apostrophe_year_date(ENGLISH_MONTH.format(g="m"), r"\s+", DAY_NUMBER.format(g="d")),
            _apostrophe_year_date(DAY_NUMBER.format(g="d"), r"\s+", ENGLISH_MONTH.format(g="m")),
            # R8.12.6 / 令和8.12.6 / 2026（令和8）年12月6日: Japan's era dates in their
            # compact forms (analysis.clean.era_dates)
            source_of(ERA_DATE),
            # a tres de diciembre de dos mil veintiséis: a Spanish date's day and year in
            # words (analysis.clean.worded_dates)
            source_of(SPANISH_WORDED_DATE),
        ),
        starting_at,
    )


_DATE_PATTERNS = _date_patterns(_ONE_WORD_NAME)
_TWO_WORD_DATE_PATTERNS = _date_patterns(rf"{_TWO_WORD_MONTHS}|{_ONE_WORD_NAME}")


def _patterns_for(text: str) -> Sequence[re.Pattern[str]]:
    """The date patterns a text needs: those reading a month's name of two words only
    when the text holds one ("كانون الثاني", "oṣù ọ̀pẹ̀"; a search of hundreds of names at
    every word of every line costs)."""
    words = text.lower().split()
    if not _TWO_WORD_FIRSTS.isdisjoint(words) and any(
        (first, second.rstrip(",.،;:")) in _TWO_WORD_PAIRS
        for first, second in itertools.pairwise(words)
    ):
        return _TWO_WORD_DATE_PATTERNS
    return _DATE_PATTERNS


# What each of the date patterns needs a text to hold besides the hint (below), tested
# once a text: _YEAR_AFTER_SPACE a year after a space (every date whose year follows its
# month or day and a space: "June 2, 2025", "2 de junho de 2025"), _YEAR_AFTER_GAP a year
# after a space, a comma or a dash ("03-Dis-2026", "3 دسمبر، 2026"), _YEAR_BEFORE_WORD a
# year before a word (the year first: "2026 ဒီဇင်ဘာ 3", "2026ko"), _MONTH_WORD a word a
# month's number follows ("tháng 12"), _DAY_BEFORE_YEAR a day's digit, a gap and a year
# (the month's name first in another language: "Disember 3, 2026"; what that pattern ends
# with, so the search of a word at every word of the text is skipped without it),
# _WIDE a character beyond ASCII (a month or sign
# of another script: 年, فروردین, ธันวาคม), else a literal ("m." of "2026 m. gruodžio 3
# d."), "" nothing. Most lines past the hint are a year or
# a numeric date: the patterns of spaced dates and other scripts are not searched there.
_SPACED_YEAR = re.compile(r"\s(?:19|20)\d\d")
_GAPPED_YEAR = re.compile(r"[\s,،.-](?:19|20)\d\d")
_DAY_GAP_YEAR = re.compile(rf"\d\.?{_GAP}(?:19|20)\d\d")
_WORDED_YEAR = re.compile(r"(?:19|20)\d\d\W*[^\W\d_]")
_YEAR_AFTER_SPACE, _YEAR_AFTER_GAP, _WIDE = "year after a space", "year after a gap", "wide"
_DAY_BEFORE_YEAR = "a day, a gap and a year"
_YEAR_BEFORE_WORD, _MONTH_WORD = "year before a word", "a word for month"
_ROC_SLASHED = "a three-digit year before a slash"
_WEEK_NUMBER = "a week's number"
_ROMAN_MONTH = "a Roman numeral's month"
_APOSTROPHE_DIGITS = "an apostrophe's two digits"
_COPTIC_YEAR = "a Coptic year after a word"
# A Bikram Sambat date is in Devanagari, or its months in Latin letters beside a year of
# that calendar (2040 to 2100: "Friday, Mangsir 18, 2083", Nepal's English press, h321).
_BS_DATE = "a Bikram Sambat date"
_BS_YEAR_HINT = re.compile(r"(?<!\d)(?:20[4-9]\d|2100)(?!\d)")
_COPTIC_YEAR_HINT = re.compile(r"(?<=[^\W\d_] )17\d\d(?!\d)")
_ERA = "a Japanese era's letter or name"
_ERA_HINT = re.compile(rf"{ERA_DATE_HINT}|{'|'.join(ERA_LETTERS.values())}")
_APOSTROPHE_HINT = re.compile(_APOSTROPHE_YEAR)
_WEEK_HINT = starting_at(rf"{_WEEK_WORD}\s*\d|\d-?W[0-5]\d")
_ROC_YEAR_SLASH = re.compile(r"(?<![\d.,/:-])1\d\d/")
_PATTERN_NEEDS = (
    _YEAR_AFTER_SPACE, _YEAR_AFTER_SPACE, _YEAR_AFTER_SPACE, _YEAR_AFTER_SPACE,
    _YEAR_AFTER_SPACE, "", ". ", "",
    "", ".",
    _YEAR_AFTER_SPACE, "年", _ROC_SLASHED, _WIDE, _YEAR_BEFORE_WORD, " ning", _YEAR_BEFORE_WORD,
    "ཟླ་", "ئاينىڭ", "يىل",
    _YEAR_AFTER_GAP,
    _MONTH_WORD, "сар",
    _WIDE,
    _DAY_BEFORE_YEAR, _YEAR_BEFORE_WORD, _YEAR_BEFORE_WORD, _WIDE, _WIDE, _COPTIC_YEAR, _WIDE,
    "m.",
    "da", ".",
    "сарын", "ខែ", _WIDE, _BS_DATE, _BS_DATE, _BS_DATE, _WIDE, _WEEK_NUMBER, _WEEK_NUMBER, "-",
    _ROMAN_MONTH, "年", _YEAR_AFTER_SPACE, _YEAR_AFTER_SPACE, _APOSTROPHE_DIGITS,
    _APOSTROPHE_DIGITS, _ERA, " de ",
)  # fmt: skip
_NEED_TESTS: dict[str, Callable[[str], bool]] = {
    _YEAR_AFTER_SPACE: lambda text: _SPACED_YEAR.search(text) is not None,
    _YEAR_AFTER_GAP: lambda text: _GAPPED_YEAR.search(text) is not None,
    # the tail and the gapped year the need before it asked (a slash is no gap there:
    # "27/09/2025" searches no pattern of a name)
    _DAY_BEFORE_YEAR: lambda text: (
        _GAPPED_YEAR.search(text) is not None and _DAY_GAP_YEAR.search(text) is not None
    ),
    _YEAR_BEFORE_WORD: lambda text: _WORDED_YEAR.search(text) is not None,
    _MONTH_WORD: lambda text: any(word in text.lower() for word in NUMBERED_MONTH_WORDS),
    _WIDE: lambda text: not text.isascii(),
    _ROC_SLASHED: lambda text: _ROC_YEAR_SLASH.search(text) is not None,
    _WEEK_NUMBER: lambda text: _WEEK_HINT.search(text) is not None,
    _ROMAN_MONTH: lambda text: ROMAN_MONTH_HINT.search(text) is not None,
    _APOSTROPHE_DIGITS: lambda text: _APOSTROPHE_HINT.search(text) is not None,
    _COPTIC_YEAR: lambda text: _COPTIC_YEAR_HINT.search(text) is not None,
    _ERA: lambda text: _ERA_HINT.search(text) is not None,
    _BS_DATE: lambda text: not text.isascii() or _BS_YEAR_HINT.search(text) is not None,
}


def _searched_patterns(text: str) -> list[tuple[int, re.Pattern[str]]]:
    """The date patterns a text holding the date hint may hold a date of, with their
    place in ``_DATE_PATTERNS`` (the first of two dates starting together is the one of
    the earlier pattern); each need tested once, when a pattern asks it."""
    held: dict[str, bool] = {}
    searched = []
    patterns = _patterns_for(text)  # (a pattern is compiled when first asked for)
    for order, needs in enumerate(_PATTERN_NEEDS):
        if needs and needs not in held:
            test = _NEED_TESTS.get(needs)
            held[needs] = test(text) if test is not None else needs in text
        if not needs or held[needs]:
            searched.append((order, patterns[order]))
    return searched


#: Time zone abbreviations read after a clock time (the zone is part of the date's span;
#: the day stays the one printed, see :func:`_with_zoned_time`).
_ZONE_NAMES = (
    "UTC",
    "GMT",
    "Z",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "AKST",
    "AKDT",
    "HST",
    "BST",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "MSK",
    "JST",
    "KST",
    "AEST",
    "AEDT",
)
_ZONED_TIME = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?\s*"
    r"(?P<ap>[aApP]\.?[mM]\.?)?\s*(?P<tz>" + "|".join(_ZONE_NAMES) + r")\b"
)
#: How far (characters) from the date a zoned time is looked for.
ZONED_TIME_REACH = 40


# A decimal digit of another script than ASCII: Arabic-Indic "٣", Persian "۳", Devanagari
# "३", full-width "３" (``\d`` of a str pattern is any script's decimal digit).
_OTHER_DIGIT = starting_at(r"(?![0-9])\d")
ANY_DIGIT = re.compile(r"\d")


def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of every script written as ASCII digits, one
    character for one (a date's span in the result is its span in ``text``): the date
    patterns read "٣ ديسمبر ٢٠٢٦", "۳ دسامبر ۲۰۲۶" and "２０２６年１２月３日" as they read
    "3 ديسمبر 2026" and "2026年12月3日".

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        ``text`` itself when it holds no such digit.

    Examples
    --------
    >>> ascii_digits("٣ ديسمبر ٢٠٢٦")
    '3 ديسمبر 2026'
    """
    if text.isascii() or not _OTHER_DIGIT.search(text):
        return text
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


# What every date of _DATE_PATTERNS holds: a four-digit year (of the Solar Hijri
# calendar after Arabic script, of the Buddhist era after Thai), or a slash or dots
# before the two-digit year of the forms without it. A text without it holds no date, which
# most lines are, found without the patterns' searches (tried only at the characters it
# starts with: pattern_starts). The Thai year's optional space is looked behind, not
# matched ("(?<=X)\s?Y" written "(?:(?<=X)|(?<=X\s))Y": a match where the other has one,
# only the search's truthiness is read), so no match starts at a space and a search is
# not tried at every space of a line.
_DATE_HINT = starting_at(
    r"(?:19|20)\d\d|/|\d\.[01]?\d\.\d\d(?!\d)|(?<=[\u0600-\u06ff] )1[34]\d\d"
    r"|1[34]\d\d(?= [\u0600-\u06ff])|(?:(?<=[\u0e00-\u0e7f.])|(?<=[\u0e00-\u0e7f.]\s))25[4-9]\d"
    r"|(?:(?<=[\u0e00-\u0e7f]\.)|(?<=[\u0e00-\u0e7f]\.\s))[4-9]\d(?!\d)"
    r"|令和|平成|昭和|民國|民国|1\d\d\s*年|[\'\u2018\u2019]\d\d(?!\d)|(?<=[^\W\d_] )17\d\d(?!\d)|"
    + DASHED_SHORT_HINT
    + "|"
    + CHINESE_YEAR_HINT
    + "|"
    + ERA_DATE_HINT
    # a Hebrew numeral's gershayim before its last letter ('כ"ג', "תשפ״ז")
    + r"|[\u05d0-\u05ea][\u0591-\u05c7]*[\"\u05f4][\u0591-\u05c7]*[\u05d0-\u05ea]"
    + "|"
    + SPANISH_WORDED_HINT
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a line: its span and its ISO form."""

    start: int
    end: int
    iso: str


@once_per_page  # asked of the same spans and lines by parse_date and the card dates
def find_date(text: str) -> DateMatch | None:
    """Return the first valid calendar date written in ``text``, or None.

    Parameters
    ----------
    text : str
        Any text (usually one line).

    Returns
    -------
    DateMatch or None
        Span of the date and its ISO ``yyyy-mm-dd`` form.
    """
    text = ascii_digits(text)
    if not _DATE_HINT.search(text):
        return None
    found: list[tuple[int, int, DateMatch]] = []
    for order, pattern in _searched_patterns(text):
        for match in pattern.finditer(text):
            iso = iso_from_match(match)
            if iso is not None:
                rank = -1 if _ethiopian_era_written(match) else order
                found.append((match.start(), rank, DateMatch(match.start(), match.end(), iso)))
                break
    return _with_zoned_time(text, min(found, key=lambda f: f[:2])[2]) if found else None


#: A date of the Hebrew calendar ("כ\"ג בכסלו תשפ\"ז", "ה׳ באדר ב׳ ה׳תשפ\"ז"): the day
#: in Hebrew numerals (a letter or two and a geresh or gershayim), the month after "ב"
#: (in), the year's numerals perhaps. Israeli pages print it beside the Gregorian date,
#: which is the date read; this one is a date's words, never a name.
HEBREW_CALENDAR_DATE = re.compile(
    r"(?<![\u05d0-\u05ea])[\u05d0-\u05ea]{1,2}[\"\u05f4'\u05f3][\u05d0-\u05ea]?\s+ב"
    rf"(?:{'|'.join(sorted(HEBREW_CALENDAR_MONTHS, key=len, reverse=True))})"
    r"(?![\u05d0-\u05ea])"
)


@once_per_page  # asked of the same lines by the byline, meta-line and card tests
def find_date_span(text: str) -> tuple[int, int] | None:
    """Where the first calendar date of ``text`` is written, a numeric date both orders
    make a date of included ("04/03/2026": which day it is, its page decides,
    :func:`analysis.clean.page_date_order.numeric_day_first`), and a date with a month
    name two languages print as two months ("3. listopada 2026": its page's language
    decides, :func:`analysis.clean.page_date_order.page_languages`): what tells a date
    line, not its day.

    Parameters
    ----------
    text : str
        A line, or a part of one.

    Returns
    -------
    tuple of int or None
        ``(start, end)``, where :func:`find_date` would put the date (its zoned clock
        time included); None when ``text`` writes no date in either order.
    """
    dates = find_dates(text, day_first=True, languages=EVERY_LANGUAGE)
    return (dates[0].start, dates[0].end) if dates else None


def find_dates(
    text: str, day_first: bool | None = None, languages: Sequence[str] | None = None
) -> list[DateMatch]:
    """Every valid calendar date written in ``text``, in order, none overlapping another
    (the first of two dates starting together is the one :func:`find_date` gives).

    Parameters
    ----------
    text : str
        A line or a whole page.
    day_first : bool or None, optional
        How the page writes numeric dates whose order is ambiguous (``04/03/2026``): day
        first (True), month first (False) or not known (None, the default: such a date is
        not read). :func:`analysis.clean.page_date_order.numeric_day_first` decides it for
        a page.
    languages : sequence of str or None, optional
        The page's languages, the likeliest first
        (:func:`analysis.clean.page_date_order.page_languages`): a month's name two
        languages print as two months ("listopada": Polish November, Croatian October) is
        read in the first of them that prints it. None (the default): such a name is not
        read.

    Returns
    -------
    list of DateMatch
        In text order, each the day as printed; a date's span takes in a clock time
        with a zone written next to it.
    """
    text = ascii_digits(text)
    if not _DATE_HINT.search(text):
        return []
    found: list[tuple[int, int, DateMatch]] = []
    for order, match in _pattern_matches(text):
        iso = iso_from_match(match, day_first, languages)
        if iso is not None:
            rank = -1 if _ethiopian_era_written(match) else order
            found.append((match.start(), rank, DateMatch(match.start(), match.end(), iso)))
    dates: list[DateMatch] = []
    for _, _, date in sorted(found, key=lambda f: f[:2]):
        if not dates or date.start >= dates[-1].end:
            dates.append(_with_zoned_time(text, date))
    return dates


@once_per_page  # a line is asked for its dates in several ways (day first or not, languages)
def _pattern_matches(text: str) -> tuple[tuple[int, re.Match[str]], ...]:
    """Every match of the date patterns ``text`` may hold a date of
    (:func:`_searched_patterns`), with the pattern's place in ``_DATE_PATTERNS``, in
    the patterns' order: what :func:`find_dates` reads its dates from, whatever order of
    a numeric date and languages it is asked with (the matches depend on the text only).
    ``text``'s digits are ASCII already, and it holds the date hint."""
    return tuple(
        (order, match)
        for order, pattern in _searched_patterns(text)
        for match in pattern.finditer(text)
    )


def _ethiopian_era_written(match: re.Match) -> bool:
    """Whether a match of the Ethiopian calendar's pattern ends in its era's mark
    ("ሕዳር 24 2019 ዓ.ም."): the calendar is then known, and the month's name is not read as
    the Gregorian month Tigrinya spells alike (its "ሕዳር" is November too)."""
    return "em" in match.re.groupindex and _ETHIOPIAN_ERA_MARK.search(match.group(0)) is not None


_ETHIOPIAN_ERA_MARK = re.compile(r"ዓ\.?\s*ም")


# A label saying a date is when the page was changed (or saved by a reader: a
# read-later service's or an archive's "Saved November 30, 2026", later than the story
# too), or when it was first published (a participle's feminine too: "publicada",
# "aggiornata"; a byline's name ends at one: "Von NAME publiziert am DATE", header_lines).
_UPDATE_LABELS = (
    r"(?:last\s+)?(?:updated?|modified|edited|revised|saved|archived|retrieved|accessed"
    r"|aktualisiert"
    r"|actualizad[oa]|atualizad[oa]|mis\s+à\s+jour|aggiornat[oa]|更新时间|更新時間|更新日|更新|수정"
    # the same label in more languages: nl, pl, tr, sv, da, nb, fi, cs, sk, ro, hu, ca,
    # hr/sr/bs, ru, bg, uk, el, id, ms, vi, ar, fa, he
    r"|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|güncellendi|güncelleme|uppdaterad"
    r"|opdateret|oppdatert|päivitetty|aktualizováno|aktualizované|actualizat|frissítve"
    r"|actualitzat|ažurirano|обновлено|обновено|оновлено|ενημερώθηκε|ενημέρωση|diperbarui"
    r"|dikemaskini|dikemas\s+kini|cập\s+nhật|آخر\s+تحديث|تحديث|به[\u200c ]?روزرسانی|بروزرسانی"
    r"|עודכן"
    # is, el's noun (h187: "Uppfært 4.12.2026" over "Birt 3.12.2026")
    r"|uppfært|uppfaert"
    # fy, lv, et, sl, sq (h199: "Bywurke", "Atjaunots", "Uuendatud", "Posodobljeno",
    # "Përditësuar" over the published date's line)
    r"|bywurke|atjaunots|atjaunināts|uuendatud|posodobljeno|përditësuar|perditesuar"
    # lt (h199, after its held-out pages: "Atnaujinta" over "Paskelbta")
    r"|atnaujinta"
    # sco (h246: "Last updatit DATE · Furst publisht DATE")
    r"|updatit"
    # fr, es / pt, it, de: "modified" ("Publié le DATE, modifié le DATE", h329)
    r"|modifiée?|modificad[oa]|modificat[oa]|geändert)"
)
_PUBLISH_LABELS = (
    r"publish(?:ed)?\s+date|published|posted|first\s+published|created|veröffentlicht"
    r"|publicad[oa]|publiée?|发布时间|發布時間|發佈時間|发布|發布|發佈|公開日|公開|입력"
    # the same label in more languages: de, it, nl, pl, tr, sv, da, nb, fi, cs, ro, hu,
    # ca, hr/sr/bs, ru, uk, bg, el, id, ms, ar, fa, he
    r"|publiziert|pubblicat[oa]|gepubliceerd|opublikowano|publikacja|yayınlanma|yayınlandı"
    r"|publicerad|publiceret|udgivet|publisert|julkaistu|publikováno|publicat|közzétéve"
    r"|objavljeno|опубликовано|опубліковано|публикувана|δημοσιεύθηκε|diterbitkan"
    r"|dipublikasikan|تاریخ\s+انتشار|منتشر\s+شده|פורסם"
    # ar "published in", "date of publication", voweled or bare ("نُشر في")
    rf"|{with_marks('نشر في')}|{with_marks('تاريخ النشر')}"
    # el's noun and the participle's other spelling ("Πρώτη δημοσίευση", first
    # publication), is ("Birt", published)
    r"|δημοσίευση|δημοσιεύτηκε|birt"
    # fy, lv, et, sq (h199)
    r"|publisearre|publicēts|avaldatud|publikuar|paskelbta"
    # sco (h246)
    r"|publisht"
    # sk, cs: "made public" (a court's or an office's "zverejnené 3. 12. 2026" beside the
    # decision's own date), sk's "publikované"
    r"|zverejnen[éáý]|zveřejněn[oáéý]|publikovan[éáý]"
    # ms: "broadcast, made public" ("Disiarkan pada Dis 4, 2026 @ 11:52pm", h321)
    r"|disiarkan"
    # hsb, dsb: "published" ("Wozjewjene 2. decembra 2026 w rubrice X", h328)
    r"|wozjewjen[eyaio]|wózjawjon[eyaio]"
    # "posted" as CMS themes translate it: id "Dikirim" / "Diposting", ms "Diposkan" (a
    # PHP CMS's Indonesian locale: "Dikirim 3 Des 2026 oleh NAME", h336), pt "Postado",
    # nl "Geplaatst"
    r"|dikirim|diposting|diposkan|postad[oa]|geplaatst"
    # de "appeared" ("Erschienen am 03.12.2026"), fr "appeared" ("Paru le 3 décembre"),
    # vi "posted on day" / "day posted" / "published"
    r"|erschienen|paru|đăng\s+ngày|ngày\s+đăng|xuất\s+bản"
    # "published" in the Indic scripts and Thai: hi / mr / ne, bn / as, gu, pa, ml
    # ("പ്രസിദ്ധീകരിച്ചത്:"), ta, te, kn, th; a word ending in a vowel sign or a virama is
    # written up to its last letter, where a word's edge (\b) falls before the mark
    r"|प्रकाशित|প্রকাশিত|પ્રકાશિત|ਪ੍ਰਕਾਸ਼ਿਤ|പ്രസിദ്ധീകരിച്ചത|പ്രസിദ്ധീകരിച്ച"
    r"|வெளியிடப்பட்டத|வெளியிடப்பட்ட|ప్రచురించబడింద|ప్రచురించిన|ಪ್ರಕಟಿಸಲಾಗಿದ|ಪ್ರಕಟವಾದ|เผยแพร"
)
DATE_LABEL = starting_at(
    rf"\b(?:(?P<update>{_UPDATE_LABELS})|(?P<publish>{_PUBLISH_LABELS}))\b", re.IGNORECASE
)
#: The words of a date label, "Updated" or "Published" (any case, as a regular
#: expression without groups): where a name glued to its date's label ends
#: ("Jane DoePublish date: ...", :mod:`analysis.clean.header_lines`).
DATE_LABEL_WORDS = rf"(?i:{_UPDATE_LABELS}|{_PUBLISH_LABELS})"


# One word that is a date's label ("Diterbitkan", "Published"), any case.
_LABEL_WORD = re.compile(DATE_LABEL_WORDS)


def labelled_dates(
    text: str, day_first: bool | None = None, languages: Sequence[str] | None = None
) -> list[tuple[DateMatch, str | None]]:
    """Every date of ``text`` (:func:`find_dates`) with its label: ``"update"`` or
    ``"publish"`` for the last such label word between the previous date and this one
    (``Updated: Tue 6:12 PM, Mar 6, 2018``), else the label written right after it in a
    script whose pages print the label after the date (:data:`_LABEL_AFTER_DATE`:
    Japanese "2026年12月5日 更新 / 2026年12月4日 公開", updated / published, h321), else
    None.

    Parameters
    ----------
    text : str
        A line or a page's header.
    day_first : bool or None, optional
        The page's order of day and month, as in :func:`find_dates`.
    languages : sequence of str or None, optional
        The page's languages, as in :func:`find_dates`.

    Returns
    -------
    list of tuple
        ``(DateMatch, label)`` for each date, in text order.
    """
    labelled: list[tuple[DateMatch, str | None]] = []
    since = 0
    for date in find_dates(text, day_first, languages):
        labels = list(DATE_LABEL.finditer(text, since, date.start))
        since = date.end
        if labels:
            labelled.append((date, labels[-1].lastgroup))
            continue
        after = _LABEL_AFTER_DATE.match(text, date.end)
        if after is not None:  # the label closes this date, not the next one's
            since = after.end()
        labelled.append((date, after.lastgroup if after is not None else None))
    return labelled


# A label right after a date (a clock time, spaces or a colon between), in the scripts
# whose pages print it there: CJK ideographs' and kana's words of DATE_LABEL ("更新",
# "公開", "发布", "公開日"), "2026年12月4日 10:00 公開".
_LABEL_AFTER_DATE = re.compile(
    r"\s*(?:\d{1,2}[:：]\d{2}\s*)?(?:"
    r"(?P<update>更新日?|更新时间|更新時間)|(?P<publish>公開日?|発行|发布|發布|發佈|配信))"
)


# A range of days after a month's name ("June 12–15", "Jun. 3-4th"): an event's days.
_MONTH_DAY_RANGE = re.compile(r"[^\W\d_]\.?\s+[0-3]?\d\s?[–-]\s?[0-3]?\d(?!\d)")


def writes_year_first(text: str) -> bool:
    """Whether ``text`` is written in a script of :data:`YEAR_FIRST_LANGUAGES` (Hangul,
    kana, CJK ideographs), whose numeric dates put the year first ("입력 26.12.04 09:12").

    Parameters
    ----------
    text : str
        A line or a page.

    Returns
    -------
    bool
        True when ``text`` holds a letter of those scripts.

    Examples
    --------
    >>> writes_year_first("입력 26.12.04 09:12")
    True
    >>> writes_year_first("Posted 04.12.26 09:12")
    False
    """
    return _YEAR_FIRST_SCRIPT.search(text) is not None


def is_day_range(text: str, date: DateMatch) -> bool:
    """Whether a date :func:`find_dates` read in ``text`` is a range of days, its first
    day read ("June 12–15, 2026"): the days of an event (a festival, a trial), never the
    day a page was published.

    Parameters
    ----------
    text : str
        The text the date was found in.
    date : DateMatch
        The date.

    Returns
    -------
    bool
        True when the date's span writes a month's name, a day, a dash and a day.
    """
    return _MONTH_DAY_RANGE.search(ascii_digits(text)[date.start : date.end]) is not None


def find_published_date(
    text: str, day_first: bool | None = None, languages: Sequence[str] | None = None
) -> tuple[DateMatch, str | None] | None:
    """The date of ``text`` a "Published"/"Posted" label marks, else the earliest date no
    "Updated"/"Modified" label marks as a change (``Updated Nov 20, 2019 | Published Nov
    19, 2019`` gives the 19th, and so does ``Обновлено 20 ноября 2019 | 19 ноября 2019``
    in a language whose labels are not known: a page is changed after it is published,
    never before), with its label; the first date when every date is so marked; None
    without a date.

    Parameters
    ----------
    text : str
        Text holding dates and their labels, e.g. a header line.
    day_first : bool or None, optional
        The page's order of day and month, as in :func:`find_dates`.
    languages : sequence of str or None, optional
        The page's languages, as in :func:`find_dates`.

    Returns
    -------
    tuple or None
        ``(DateMatch, label)`` as in :func:`labelled_dates`.
    """
    labelled = labelled_dates(text, day_first, languages)
    published = [found for found in labelled if found[1] == "publish"]
    if published:
        return published[0]
    unmarked = [found for found in labelled if found[1] is None]
    if unmarked:  # min keeps the first of equal days
        return min(unmarked, key=lambda found: found[0].iso)
    return labelled[0] if labelled else None


def names_month_by_language(text: str) -> bool:
    """Whether ``text`` prints a month's name (or a shortening) that two languages print
    as two months ("listopada", "lis"), or a shortening only languages writing months in
    lower case print, printed with a capital ("3 Pro 2026"): its date needs the page's
    languages (:func:`analysis.clean.page_date_order.page_languages`), which a caller
    works out only then.

    Parameters
    ----------
    text : str
        A line, or a date's span.

    Returns
    -------
    bool
        True when such a name is one of its words.
    """
    return _BY_LANGUAGE.search(text) is not None


# Between a date and its zoned time: separators, "at"; before the date also a weekday.
_ZONE_GAP = r"[\s,;|–—-]*(?:(?:at|um|à|a las)\s+)?"
_ZONED_TIME_AFTER = re.compile(r"^" + _ZONE_GAP + _ZONED_TIME.pattern)
_ZONED_TIME_BEFORE = re.compile(
    _ZONED_TIME.pattern + _ZONE_GAP + r"(?:[^\W\d_]{3,9}\.?,?\s*)?" + r"$"
)
# What every zoned time holds: a clock time's digits and colon (or dot).
CLOCK_HINT = re.compile(r"\d[:.]\d")


# A date in a URL's path, its parts separated: "/2026/03/03/", "/2026-03-03-slug".
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<month>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def url_date(url: str | None) -> str | None:
    """The date a page's URL writes in its path (``/2026/03/03/``, ``/2026-03-03-``).

    Parameters
    ----------
    url : str or None
        An absolute URL or a path.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None when the path writes no valid date.
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    for match in URL_DATE.finditer(path):
        try:
            day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        return day.isoformat()
    return None


def _with_zoned_time(text: str, date: DateMatch) -> DateMatch:
    """``date`` with its span widened over a zoned clock time written next to it (only
    separators, a weekday or "at" between them); the day stays the one printed."""
    before = text[max(0, date.start - ZONED_TIME_REACH) : date.start]
    after = text[date.end : date.end + ZONED_TIME_REACH]
    found = _ZONED_TIME_AFTER.search(after) if CLOCK_HINT.search(after) else None
    if found:
        return DateMatch(date.start, date.end + found.end(), date.iso)
    found = _ZONED_TIME_BEFORE.search(before) if CLOCK_HINT.search(before) else None
    if found is None:
        return date
    return DateMatch(date.start - len(before) + found.start(), date.end, date.iso)


def parse_date(text: str) -> str | None:
    """Return the first date in ``text`` as ISO ``yyyy-mm-dd``, or None.

    Parameters
    ----------
    text : str
        Any text; the date may be glued to the words around it.

    Returns
    -------
    str or None
        The ``iso`` of :func:`find_date`.

    Examples
    --------
    >>> parse_date("Press RoomBy Press RoomJune 2, 2025No Comments")
    '2025-06-02'
    """
    match = find_date(text)
    return match.iso if match else None


def _iso_week_day(groups: dict[str, str | None]) -> str | None:
    """The day of an ISO week date's match: its year, week and weekday (a number, or a
    name of one weekday in any CLDR language); None for no such day or another word."""
    if groups.get("iwn"):
        weekday = int(groups["iwn"] or 0)
    else:
        named = printed_weekdays(groups["iwd"] or "")
        if named is None or len(named.days) != 1:
            return None
        weekday = next(iter(named.days)) + 1
    try:
        return dt.date.fromisocalendar(
            int(groups["iy"] or 0), int(groups["iw"] or 0), weekday
        ).isoformat()
    except ValueError:
        return None


def iso_from_match(
    match: re.Match[str], day_first: bool | None = None, languages: Sequence[str] | None = None
) -> str | None:
    """The ISO date a match of the date patterns writes.

    Parameters
    ----------
    match : re.Match
        A match of one of the date patterns (:func:`find_dates`), its parts in named groups.
    day_first : bool or None
        The order of an ambiguous numeric date (``02/06/2025``): True day first, False
        month first, None not read.
    languages : sequence of str or None
        The page's languages, which decide a month name two languages print for two months.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``; None when the parts make no date (a 31 June, an ambiguous order
        not decided).
    """
    groups = match.groupdict()
    if groups.get("je") or groups.get("jl") or groups.get("jg") or groups.get("jc"):
        language = None if not languages or tuple(languages) == EVERY_LANGUAGE else languages[0]
        context = japanese_context(match.string, match.start(), match.end(), language)
        return era_date_iso(groups, context)
    if groups.get("rm") or groups.get("rym") or groups.get("cy") or groups.get("ce"):
        return numeral_date_iso(groups)
    if groups.get("lm"):
        return loan_month_iso(groups)
    if groups.get("swd") or groups.get("swn"):
        return spanish_worded_iso(groups)
    if groups.get("wyy"):
        return dashed_short_date_iso(match)
    if groups.get("iw"):
        return _iso_week_day(groups)
    if groups.get("tm"):
        year = int(groups["ty"])
        year += 2500 if year < 100 else 0  # "๖๙": 2569 of the Buddhist era
        year -= BUDDHIST_ERA_OFFSET if year >= BUDDHIST_ERA_MIN_YEAR else 0
        try:
            return dt.date(year, _THAI_MONTHS[groups["tm"]], int(groups["td"])).isoformat()
        except ValueError:
            return None
    if groups.get("bm"):
        month = _BS_MONTH_NUMBERS[groups["bm"]]
        return bikram_sambat_iso(int(groups["by"]), month, int(groups["bd"]))
    if groups.get("com"):
        month = _COPTIC_MONTH_NUMBERS[groups["com"]]
        return coptic_iso(int(groups["coy"]), month, int(groups["cod"]))
    if groups.get("hm"):
        return _hebrew_calendar_iso(groups)
    if groups.get("em"):
        month = _ETHIOPIAN_MONTH_NUMBERS[groups["em"]]
        return ethiopian_iso(int(groups["ey"]), month, int(groups["ed"]))
    if groups.get("sm"):
        month = _SOLAR_MONTHS[groups["sm"].replace("ي", "ی").replace("ك", "ک").replace("گ", "ګ")]
        return solar_hijri_iso(int(groups["sy"]), month, int(groups["sd"]))
    if groups.get("fm"):
        name = groups["fm"].lower()
        month = _named_month(groups["fm"], bool(groups["dot"]), languages)
        if month is None:
            return None
        shortened = not (groups["dot"] or name in _WHOLE_NAMES or _english_month(name))
        if (
            groups.get("whole") is not None
            and not (groups["dot"] or name in _WHOLE_NAMES or _caseless_shortening(name))
            and not _medium_form(match)
            and not _strftime_form(match)
        ):
            return None
        if groups.get("ymd") is not None and _english_month(name) is not None:
            return None  # "by 2026 may 3": English prints no year first
        day = match.start("d")
        if shortened and day < match.start("fm") and not _set_off(match.string, day):
            return None
    elif groups.get("era") or groups.get("roc") or groups.get("rsy"):
        if groups.get("rsy") and not _roc_page(languages, match):
            return None
        if groups.get("roc") or groups.get("rsy"):  # the Republic's year without its name
            offset, number = ERA_YEAR_OFFSETS["民國"], int(groups.get("roc") or groups["rsy"])
        else:
            offset = ERA_YEAR_OFFSETS[groups["era"]]
            number = 1 if groups["ey"] == "元" else int(groups["ey"])
        try:
            day = dt.date(offset + number, int(groups["mn"]), int(groups["d"]))
        except ValueError:
            return None
        return day.isoformat()
    elif groups.get("mn"):
        month = int(groups["mn"])
    elif groups.get("a"):  # a two-digit year ("yy") is of this century
        year = 2000 + int(groups["yy"]) if groups.get("yy") else int(groups["y"])
        if groups.get("yy") and groups["sep"] == ".":  # day first only: "11.18.19" is
            # no date (a headline's "Opening Bell 11.18.19" stays a headline), but for a
            # twelve-hour clock (month first) or a page whose language writes the year first
            parts = (year, int(groups["b"]), int(groups["a"]))
            if groups.get("ampm"):
                parts = (year, int(groups["a"]), int(groups["b"]))
            elif (languages and languages[0] in YEAR_FIRST_LANGUAGES) or writes_year_first(
                match.string
            ):
                parts = (2000 + int(groups["a"]), int(groups["b"]), int(groups["yy"]))
            try:
                return dt.date(*parts).isoformat()
            except ValueError:
                return None
        day_first = True if groups["sep"] == "." else day_first
        return _day_month_iso(int(groups["a"]), int(groups["b"]), year, day_first)
    else:
        month = ENGLISH_MONTH_NUMBERS[groups["m"][:3].lower()]
    if groups.get("ay"):  # the year's two last digits after an apostrophe ("Dec 4 '26")
        groups["y"] = str(2000 + int(groups["ay"]))
    if groups.get("od"):  # a day in words ("the fourth of March")
        groups["d"] = str(_ORDINAL_DAYS[" ".join(groups["od"].lower().replace("-", " ").split())])
    try:
        return dt.date(int(groups["y"]), month, int(groups["d"])).isoformat()
    except ValueError:
        return None


_SOLAR_MONTHS = {
    name: number for row in SOLAR_HIJRI_MONTHS for number, name in enumerate(row, start=1)
}


_BS_MONTH_NUMBERS = {
    name: number for number, row in enumerate(BIKRAM_SAMBAT_MONTHS, start=1) for name in row
}
_COPTIC_MONTH_NUMBERS = {
    name: number for number, row in enumerate(COPTIC_MONTHS, start=1) for name in row
}
_ETHIOPIAN_MONTH_NUMBERS = {
    name: number for number, row in enumerate(ETHIOPIAN_MONTHS, start=1) for name in row
}


def _named_month(
    printed: str, abbreviated: bool, languages: Sequence[str] | None = None
) -> int | None:
    """The month a ``printed`` name writes: an English name or its start of three
    letters or more ("sept"; "marathon" is no month); another language's name, or a
    shortening it prints without a dot (:data:`analysis.clean.month_names.MONTH_SHORTENINGS`:
    "févr", "dic", "Des", "mrt"; "list" is none, "liste" neither); with a dot after it
    (``abbreviated``) also a start of three letters or more of another language's name
    ("sett." settembre) or of its consonants ("mrz." März, "mrt." maart), not one of two
    months of a language ("jui." is juin or juillet: no month). The page's languages
    (``languages``, the likeliest first; None: no such name is read) decide two cases:
    a name that is two months in the languages printing it ("listopada", "lis") is the
    month of the first of them printing it; a dotless shortening that only languages
    writing months in lower case print, printed with a capital ("Pro", Czech "pro"; not
    all in capitals: "DIC"), is a month when one of them ranks above English ("Tickets:
    3 Pro 2026" on an English page is no date). The day and the four-digit year around
    it tell a date; a dot does not ("03 dic 2026" is as sure as "3 dic. 2026"), but see
    :func:`_set_off`."""
    name = printed.lower()
    month = _english_month(name)
    if month is not None:
        return month
    readings = _READINGS.get(name) or _apostrophe_readings(name)
    if readings is None and abbreviated and len(name) >= 3:
        readings = _shortened_readings(name)
    if not readings:
        return None
    if not abbreviated and printed.istitle() and name in _LOWER_CASE_SHORTENINGS:
        # "Pro": a month on a page of one of its languages only
        ranked = [lang for lang in languages or () if lang in readings or lang == "en"]
        return readings[ranked[0]] if ranked and ranked[0] != "en" else None
    months = set(readings.values())
    if len(months) == 1:
        return months.pop()
    return next((readings[language] for language in languages or () if language in readings), None)


def _apostrophe_readings(name: str) -> dict[str, int] | None:
    """The readings of a month's name holding an apostrophe typed otherwise than the
    month rows write it ("n'wendzamhala" for CLDR's "n’wendzamhala")."""
    if not any(mark in name for mark in _APOSTROPHES):
        return None
    for mark in _APOSTROPHES:
        readings = _READINGS.get(re.sub(f"[{_APOSTROPHES}]", mark, name))
        if readings:
            return readings
    return None


def _roc_page(languages: Sequence[str] | None, match: re.Match[str]) -> bool:
    """Whether a slashed date of a three-digit year ("115/12/03") is the Republic of
    China's: on a page whose first language is Chinese, or, when every language's reading
    is asked for (:func:`find_date_span`: what tells a date line), opening its text; no
    common-era year of three digits is a news date, but a score or a count may be so
    written in a line of another page."""
    if not languages:
        return False
    if tuple(languages) == EVERY_LANGUAGE:
        return not match.string[: match.start()].strip()
    return languages[0] == "zh"


def _caseless_shortening(name: str) -> bool:
    """Whether ``name`` is a shortening of :data:`MONTH_SHORTENINGS` in a script without
    case ("ಡಿಸೆಂ"): printed before its day, it is no capitalized word of another language
    ("Pro 3")."""
    return name in _SHORT_NAMES and name.upper() == name


@functools.lru_cache(maxsize=4096)
def _shortened_readings(start: str) -> dict[str, int]:
    """The month of each language one of whose names (or its consonants) starts with
    ``start``; a language where two months' names do is left out."""
    found: dict[str, set[int]] = {}
    for name, months in _WHOLE_NAMES.items():
        if name.startswith(start) or _consonants(name).startswith(start):
            for language, month in months.items():
                found.setdefault(language, set()).add(month)
    return {language: min(months) for language, months in found.items() if len(months) == 1}


def _english_month(name: str) -> int | None:
    """The English month whose name starts with ``name``, three letters or more."""
    if len(name) >= 3 and any(full.startswith(name) for full in _ENGLISH_MONTHS):
        return ENGLISH_MONTH_NUMBERS[name[:3]]
    return None


def _medium_form(match: re.Match[str]) -> bool:
    """Whether a month's shortening opens a date in the medium form a site's interface
    prints in any language ("Des 1, 2026", "Okt 27, 2026": the month, the day, a comma,
    the year), the shortening set off from the words before it (:func:`_set_off`): a
    shortening that is also a word ("Set", "Pro") is no month after a capitalized word."""
    between = match.string[match.end("d") : match.start("y")]
    return "," in between and _set_off(match.string, match.start("fm"))


def _strftime_form(match: re.Match[str]) -> bool:
    """Whether a month's shortening opens a date as C's and PHP's ``strftime`` prints it
    in any language ("Δεκ 03 2026", "Πέμ Δεκ 03 2026, 10:20": ``%a %b %d %Y``, a PHP
    CMS's news date): the day in two digits, only spaces before the year, and before the
    shortening a weekday's shortening (the first two to four letters of a weekday's
    name in a language of CLDR's: :func:`_weekday_openings`) or nothing but
    punctuation."""
    between = match.string[match.end("d") : match.start("y")]
    if between.strip() or len(match.group("d")) != 2:
        return False
    before = match.string[: match.start("fm")].rstrip(" \t")
    if not before or not before[-1].isalnum():
        return True
    word = _LAST_WORD.search(before)
    return word is not None and word.group(1).casefold() in _weekday_openings()


# The last word before a date, a dot or a comma after it ("Πέμ", "Thu.,").
_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,4})\.?,?$")


@functools.cache
def _weekday_openings() -> frozenset[str]:
    """The first two, three and four letters of every weekday's name in CLDR's languages
    (:data:`~analysis.clean.cldr_months.CLDR_WEEKDAY_NAMES`, lower case): the
    shortenings strftime's ``%a`` prints ("πέμ", "thu", "mié")."""
    names = {name for rows in CLDR_WEEKDAY_NAMES.values() for row in rows for name in row.split()}
    return frozenset(name[:k] for name in names for k in (2, 3, 4) if len(name) > k)


def _set_off(text: str, day_start: int) -> bool:
    """Whether the day starting at ``day_start`` of ``text`` stands apart from the words
    before it: at the start, after punctuation, a lower-case word or a date's label
    ("Kamis, 03 Des", "Madrid - 03 dic", "el 3 dic", "Diterbitkan 3 Dis 2026": a
    published or updated label, :data:`DATE_LABEL_WORDS`), not glued to letters ("S26
    Pro 2026") or after another capitalized word ("Model 3 Pro 2026": a product's name
    and number). A month's name shortened without its dot (a word of its own in another
    language: "Pro", "Set") is read only after a day so set off."""
    before = text[:day_start]
    if not before.endswith(" "):
        return not before or not before[-1].isalnum()
    word = re.search(r"[^\W_]+$", before.rstrip(" "))
    return (
        word is None
        or is_lower_case(word.group())
        or _LABEL_WORD.fullmatch(word.group()) is not None
    )


def _consonants(word: str) -> str:
    """``word`` without its vowels, accented or not ("märz" gives "mrz")."""
    bare = unicodedata.normalize("NFD", word)
    return "".join(c for c in bare if c not in "aeiouy" and not unicodedata.combining(c))


def _day_month_iso(first: int, second: int, year: int, day_first: bool | None) -> str | None:
    """A numeric date's ISO form: the order of day and month that makes a date; when
    both do, the page's order (``day_first``; dots write the day first), else None."""
    valid = []
    for day, month in ((first, second), (second, first)):
        try:
            valid.append(dt.date(year, month, day).isoformat())
        except ValueError:
            continue
    if len(set(valid)) == 1:
        return valid[0]
    if len(valid) == 2 and day_first is not None:
        return valid[0] if day_first else valid[1]
    return None


# ---------------------------------------------------------------------------- no year


# ---------------------------------------------------------------------------- relative time

"""Which order a numeric date is written in, day or month first ("02/06/2025"): the
page's other such dates, its language, the date line's own words, the weekday it names or
the date in the page's address decide.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from analysis.clean.cldr_months import DAY_FIRST_LANGUAGES
from analysis.clean.dates import (
    DAY_MONTH_PATTERNS,
    URL_DATE,
    ZONED_TIME_REACH,
    ascii_digits,
    find_dates,
    iso_from_match,
)
from analysis.clean.weekdays import weekdays_beside
from analysis.stopwords import function_word_language, function_word_languages
from analysis.text import ranked_languages
from analysis.text.languages import guessable

# The Arabic script's digits, Arabic-Indic (U+0660-0669) and Extended Arabic-Indic
# (U+06F0-06F9, Persian, Urdu, Pashto, Sindhi): every language writing a numeric date in
# them puts the day before the month when the year is last (Arabic, Kurdish, Urdu:
# "٠٥/١٢/٢٠٢٦"; Persian writes the year first, no reading of two); none writes the
# month first, as only some English and Filipino locales do.
_ARABIC_SCRIPT_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


@functools.lru_cache(maxsize=1)  # asked once for each card or header date of a page
def numeric_day_first(page: str, line: str | None = None) -> bool | None:
    """How ``page`` writes a numeric date whose day and month could be read in either
    order (``04/03/2026``): as its other slashed or dashed dates that only one order
    makes a date do (``13/03/2026``: day first; ``03/13/2026``: month first), else month
    first when the date's own ``line`` prints it in United States English's short date
    and time (:data:`US_SHORT_DATE_TIME`, "12/3/26, 9:40 AM": a program's interface
    printed it, whatever the page's language; not a browser's print stamp), else day
    first when the line writes the Arabic script's digits ("٠٥/١٢/٢٠٢٦": no language
    writing them puts the month first), else day first when its language is not English
    (the language whose function words it prints most,
    :func:`analysis.stopwords.function_word_language`: every such language writes the day
    first); when its words do not decide (an English page: the United States
    write the month first, Britain the day; or no language leads), day first when the
    date's own ``line`` prints function words of day-first languages only ("Publié le
    03/12/2026" over an English wire story: "le" is French, Spanish, Italian and
    Romanian); else the order the date's own day shows (:func:`_order_the_day_shows`:
    the weekday the line names, "Wed, 04/03/2026", or the page's address,
    ".../2026/03/04/..."); else day first when the page's function words name no
    language and its likeliest language writes the day first
    (:func:`_written_in_day_first_language`: "Publicado: 03/12/2026" on a Galician
    page); None when the page's dates disagree or nothing decides ("on 03/12/2026":
    "on" is English).

    Parameters
    ----------
    page : str
        The whole page.
    line : str, optional
        The line (or span) the date is printed on.

    Returns
    -------
    bool or None
        True for day first, False for month first.
    """
    orders = numeric_orders(page)
    if orders:
        return orders.pop() if len(orders) == 1 else None
    if line is not None and US_SHORT_DATE_TIME.search(line):
        return False  # a program's United States English printed it, whatever the text's
    if line is not None and _ARABIC_SCRIPT_DIGIT.search(line):
        return True  # "٠٥/١٢/٢٠٢٦": the Arabic script's digits write the day first (h399)
    language = function_word_language(page)
    if language not in (None, "en"):
        return True
    # a zone after a clock time is no word of the line's language ("4:05 PM ET": "et")
    line_languages = function_word_languages(_CLOCK_ZONE.sub(" ", line)) if line else ()
    if line_languages and "en" not in line_languages:
        return True
    shown = _order_the_day_shows(page, line) if line else None
    if shown is not None:
        return shown
    return True if language is None and _written_in_day_first_language(page) else None


def _written_in_day_first_language(page: str) -> bool:
    """Whether ``page``, whose function words name no language (Galician, Sami, Sinhala:
    :mod:`analysis.stopwords` lists fifteen), is likeliest in a language whose CLDR short
    date writes the day first (:data:`~analysis.clean.cldr_months.DAY_FIRST_LANGUAGES`,
    the language by :func:`page_languages`): not when an English function word ties
    with another language's, nor when the page holds too few letters to guess its
    language (:data:`analysis.text.languages.MIN_LETTERS`, the statistics stage's
    floor). No tuned value: the CLDR's order of the language ranked first."""
    if "en" in function_word_languages(page) or not guessable(page[:LANGUAGE_SAMPLE_CHARS]):
        return False
    languages = page_languages(page)
    return bool(languages) and languages[0] in _DAY_FIRST_LANGUAGES


def _order_the_day_shows(page: str, line: str) -> bool | None:
    """The order of the first date of ``line`` that reads either way, as its own day
    shows it: the reading that falls on the weekday the line names ("Wednesday,
    04/03/2026": 4 March 2026 is a Wednesday, 3 April a Friday); when both fall on it
    ("Thứ Năm, 03/12/2026": 3 December and 12 March 2026 are Thursdays), day first when
    every language naming the weekday so writes the day first (:mod:`analysis.clean.weekdays`);
    and the reading that the page's address writes in its path ("/2026/12/03/" under
    "Thu, 12/03/2026") when the other is in none. None when nothing shows it, or when
    the weekday and the address disagree."""
    span, readings = _two_readings(line)
    if not readings:
        return None
    votes = set()
    named = weekdays_beside(ascii_digits(line), *span)
    if named is not None:
        falls = {order for order, day in readings.items() if day.weekday() in named.days}
        if len(falls) == 1:
            votes |= falls
        elif len(falls) == 2 and named.day_first:
            votes.add(True)
        elif not falls:
            return None  # a weekday neither reading falls on: not this date's
    zone = _CLOCK_ZONE.search(line, span[0], span[1] + ZONED_TIME_REACH)
    if zone is not None and zone.group("zone") in MONTH_FIRST_ZONES:
        votes.add(False)  # "11/3/26 4:05 PM ET": a zone of the United States
    if "/" in page:
        paths = {match.group("year", "month", "day") for match in URL_DATE.finditer(page)}
        addressed = {order for order, day in readings.items() if _path_parts(day) in paths}
        if len(addressed) == 1:
            votes |= addressed
    return votes.pop() if len(votes) == 1 else None


# The languages whose CLDR short date writes the day first.
_DAY_FIRST_LANGUAGES = frozenset(DAY_FIRST_LANGUAGES)


#: Time zones of the United States only (not "CST", also China's and Cuba's): a
#: numeric date printed with a clock time in one of them writes the month first.
MONTH_FIRST_ZONES = frozenset(
    ("ET", "EST", "EDT", "CT", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT")
)


#: A date and time in CLDR's short form for United States English (``M/d/yy, h:mm a``:
#: "12/3/26, 9:40 AM"): month and day unpadded, a two-digit year, a comma, a 12-hour
#: clock and a capital "AM" or "PM" (the locale's narrow no-break space before it or a
#: space). The short forms of the English locales that write the day first pad the
#: day, print "am" or a 24-hour clock or put the year first (CLDR en-GB "dd/MM/y, HH:mm",
#: en-IN "dd/MM/yy, h:mm a" with "am", en-AU "d/M/yy, h:mm a" with "am", en-CA
#: "y-MM-dd"): a program's interface in US English printed it (a feed reader's list),
#: the month first whatever the language of the text around it. Not a browser's print
#: stamp, the same form before a wide gap or a tab and the page's title (Print to PDF's
#: running header: :func:`analysis.clean.site_phrases.title_line_site`): the day it was
#: printed, read as before (the story's own date under it is the page's).
US_SHORT_DATE_TIME = re.compile(
    r"(?<![\d/.-])(?:1[0-2]|[1-9])/(?:[12]\d|3[01]|[1-9])/\d\d, (?:1[0-2]|[1-9]):[0-5]\d"
    r"[ \u202f](?:AM|PM)\b(?![ \t]*\t|[ \t]{3,}\S)"
)


# A clock time and the zone abbreviation after it ("4:05 PM ET", "14:05 CET").
_CLOCK_ZONE = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\s*(?:[aApP]\.?[mM]\.?)?\s*"
    r"(?P<zone>[A-Z]{1,2}[DS]?T)\b"
)


def _path_parts(day: dt.date) -> tuple[str, str, str]:
    """A day as an address writes it in its path (:data:`analysis.clean.dates.URL_DATE`'s
    groups)."""
    return f"{day.year}", f"{day.month:02}", f"{day.day:02}"


def _two_readings(line: str) -> tuple[tuple[int, int], dict[bool, dt.date]]:
    """The span of the first date of ``line`` and the two days it may be (True: day
    first); no days when it reads one way."""
    first = find_dates(line, day_first=True)
    second = find_dates(line, day_first=False)
    if not first or not second or first[0].start != second[0].start:
        return (0, 0), {}
    if first[0].iso == second[0].iso:
        return (0, 0), {}
    days = {True: dt.date.fromisoformat(first[0].iso), False: dt.date.fromisoformat(second[0].iso)}
    return (first[0].start, first[0].end), days


#: Most characters of a page :func:`page_languages` reads (a cost cap: the classifier's
#: time grows with the text; the page's header and first paragraphs settle its language).
LANGUAGE_SAMPLE_CHARS = 20_000


@functools.lru_cache(maxsize=1)  # asked for each date line of a page that needs it
def page_languages(page: str) -> tuple[str, ...]:
    """The languages ``page`` is most likely written in, the likeliest first: which month
    a name two languages print as two months is ("3. listopada 2026": Croatian October,
    Polish November; :func:`analysis.clean.dates.find_dates`). The ranking of every
    language of py3langid's classifier (:func:`analysis.text.ranked_languages`) over the
    page's first :data:`LANGUAGE_SAMPLE_CHARS` characters: a page whose menus and dates
    are Croatian ranks Croatian above Polish even when its body is in English.

    Parameters
    ----------
    page : str
        The whole page.

    Returns
    -------
    tuple of str
        ISO 639-1 codes.
    """
    return ranked_languages(page[:LANGUAGE_SAMPLE_CHARS])


def numeric_orders(text: str) -> set[bool]:
    """The orders of day and month that the slashed or dashed dates of ``text`` read in
    one order only show: True for day first ("13/03/2026"), False for month first
    ("03/13/2026"). Dotted dates say nothing (dots write the day first anyway).

    Parameters
    ----------
    text : str
        A line or a page.

    Returns
    -------
    set of bool
        Empty when no such date is written; both when the text writes both orders.
    """
    orders = set()
    text = ascii_digits(text)
    for pattern in DAY_MONTH_PATTERNS:
        for match in pattern.finditer(text):
            first, second = int(match["a"]), int(match["b"])
            if match["sep"] != "." and first != second and iso_from_match(match):
                orders.add(first > 12)  # read in one order only: the day is above 12
    return orders

"""Relative times a page prints for its date ("3 hours ago", "vor 2 Tagen", "Yesterday at
14:05"): found here, counted back from a date the page or its save tool gives elsewhere.
"""

from __future__ import annotations

import re

from analysis.clean.cldr_relative import PAST_PATTERNS
from analysis.clean.dates import CLOCK_HINT, find_date_span
from analysis.clean.line_gates import CaselessGate
from analysis.clean.pattern_starts import starting_at
from analysis.clean.yearless_dates import WEEKDAY_NAME
from analysis.text import caseless_lower

#: A relative time in the page languages beyond English, with its number: the word for
#: "ago" before it ("vor 2 Stunden", "hace 3 días", "il y a 2 heures", "há 2 horas",
#: "acum 2 ore", "před 2 hodinami", "πριν από 2 ώρες", "منذ 3 ساعات", "לפני 3 שעות",
#: Serbian, Croatian and Bosnian "pre 4 minuta", "prije 2 sata", "пре 4 мин", Bulgarian
#: "преди 2 часа", Latvian "pirms 2 stundām") or after its unit ("5 ore fa", "2 uur
#: geleden", "3 timmar sedan", "2 timer siden", "2 godziny temu", "2 saat önce", "2 jam
#: lalu", "2 часа назад", "2 години тому", "2 tuntia sitten", "2 giờ trước", "2 ghante
#: pehle", "2 घंटे पहले", Estonian "2 tundi tagasi", Belarusian "2 гадзіны таму", Mongolian
#: "2 өдрийн өмнө", Kazakh "3 сағат бұрын", Georgian "2 დღის წინ", Armenian "2 օր առաջ";
#: Neapolitan's days "2 juorne fa" beside Italian's "2 giorni fa"; Portuguese's and
#: Spanish's everyday "2 horas atrás", "3 años atrás" beside "há" / "hace" before the
#: number),
#: a Hungarian unit
#: that says it ("2 órája"), or a CJK unit glued to it ("3시간 전", "3時間前", "3小时前"), or a
#: Thai one ("2 ชั่วโมงที่แล้ว"); a CJK or Thai count is a whole number, never the tail of a
#: year ("2030年前": before 2030).
FOREIGN_RELATIVE_TIME = (
    r"\b(?:vor|hace|il y a|há|acum|p[řr]ed|πριν(?:\s+από)?)\s+(?:\d{1,3}|einer?|un[ae]?|uma?)\s+\w+"
    r"|\b(?:prije|pre|прије|пре|преди|pirms)\s+\d{1,3}\s+(?:sek|min|sat|dan|dn|ned|mjes|mes|god"
    r"|сек|мин|сат|час|дан|ден|дни|нед|сед|мес|год|stund|dien|nedēļ|mēneš|gad)\w*"
    # Lithuanian "prieš 2 val.", "prieš 3 dienas" (CLDR lt's relative times)
    r"|\bprieš\s+\d{1,3}\s+(?:sek|min|val|d|sav|mėn|m)\w*"
    r"|(?:منذ|לפני)\s+\d{1,3}\s+\w+"
    r"|\b\d{1,3}\s+(?:minut[io]|or[ae]|giorn[io]|juorn[oe]|settimane?|mes[ei])\s+fa\b"
    r"|\b\d{1,3}\s+[^\W\d_][^\s\d]*\s+(?:geleden|sedan|siden|temu|önce|(?:yang\s+)?lalu|назад|тому|sitten"
    r"|trước|atrás|pehle|पहले|tagasi|таму|өмнө|бұрын|წინ|առաջ)(?!\w)"
    r"|\b\d{1,3}\s+(?:perce|órája|napja|hete|hónapja|éve)\b"
    r"|(?<!\d)\d{1,3}\s*(?:초|분|시간|일|주|개월|년)\s*전"
    r"|(?<!\d)\d{1,3}\s*(?:秒|分|分钟|分鐘|時間|小时|小時|天|日|周|週|週間|个月|個月|か月|ヶ月|年)前"
    r"|(?<!\d)\d{1,3}\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*(?:ที่แล้ว|ก่อน)"
    # Sesotho: the unit, its concord, the number, "that passed" ("dihora tse 3 tse fetileng",
    # "matsatsi a 2 a fetileng")
    r"|\b(?:metsotswana|motsotswana|metsotso|motsotso|dihora|hora|matsatsi|letsatsi|dibeke"
    r"|beke|dikgwedi|kgwedi|dilemo|selemo)\s+(?:tse|a|e|se|le)\s+\d{1,3}\s+(?:tse|a|e|se|le)"
    r"\s+fetileng\b"
)


# (tried only at the characters its matches start with: pattern_starts)
_RELATIVE_TIME = starting_at(
    r"(?:(?<!\d)\d{1,3}|\ban?|(?<=[a-z])an?|\bone)\s+"
    r"(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago\b"
    r"|\b(?:just now|yesterday)\b|" + FOREIGN_RELATIVE_TIME,
    re.IGNORECASE,
)


# A weekday and a clock time, as pages date the past week's items: "Monday 5:30PM",
# "Tue at 10:05 a.m.".
_WEEKDAY_TIME = re.compile(
    WEEKDAY_NAME.pattern + r",?\s+(?:at\s+)?"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)(?:\s*[ap]\.?m\b\.?)?",
    re.IGNORECASE,
)


def find_relative_time(text: str) -> tuple[int, int] | None:
    """Return the span of a relative time such as "13 hours ago" in ``text``, or None.

    Beyond the page languages' words for "ago" (:data:`FOREIGN_RELATIVE_TIME`), a
    relative time is one of the CLDR's past patterns of any language ("2 soat oldin",
    "ከ2 ሰዓት በፊት": :data:`~analysis.clean.cldr_relative.PAST_PATTERNS`).
    The number may be glued to a preceding label ("time13 hours ago", "timea day ago").
    A weekday with a clock time ("Monday 5:30PM") is a relative time too when the text
    holds no calendar date ("Tue 6:12 PM, Mar 6, 2018" is that date).

    Parameters
    ----------
    text : str
        A line; the time may be glued to a label before it.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the first relative time.
    """
    match = None
    # most lines: found without the case-insensitive searches
    if (
        _may_hold_relative_time(text.lower())
        if text.isascii()
        else _RELATIVE_TIME_GATE.may_match(caseless_lower(text))
    ):
        match = _RELATIVE_TIME.search(text)
    if match is None and (span := _cldr_past_time(text)):
        return span
    if match is None and CLOCK_HINT.search(text):
        match = _WEEKDAY_TIME.search(text)
        if match is not None and find_date_span(text) is not None:
            return None
    return match.span() if match else None


def _may_hold_relative_time(lowered: str) -> bool:
    """Whether a lower-cased ASCII text holds a word every :data:`_RELATIVE_TIME` match
    holds (:data:`_RELATIVE_TIME_WORDS`: "ago", "vor", "geleden", ...; in ASCII text case
    folding maps no other letter onto these)."""
    return any(word in lowered for word in _RELATIVE_TIME_WORDS)


# The same for a text outside ASCII: the literals read off the pattern.
_RELATIVE_TIME_GATE = CaselessGate(_RELATIVE_TIME)


_RELATIVE_TIME_WORDS = (
    "ago", "just now", "yesterday", "vor", "hace", "il y a", " fa", "acum", "pred",
    "geleden", "sedan", "siden", "temu", "lalu", "sitten", "pehle", "pre ", "prije ", "pirms ",
    "tagasi", "fetileng",
)  # fmt: skip


# A number of a relative time: one to three digits, no part of a longer number, a date
# or a clock time ("2026", "3.12", "18:40").
_PAST_NUMBER = re.compile(r"(?<![\d.,:])\d{1,3}(?![\d]|[.,:]\d)")


def _pattern_key(head: str, tail: str) -> str:
    """The word a past pattern is looked up by: the first after its number, else the
    last before it."""
    return tail.split()[0] if tail.strip() else head.split()[-1]


def _past_patterns() -> dict[str, tuple[tuple[str, str], ...]]:
    """The CLDR's past patterns as ``(head, tail)`` around the number, by
    :func:`_pattern_key`."""
    found: dict[str, list[tuple[str, str]]] = {}
    for pattern in PAST_PATTERNS:
        head, tail = pattern.split("{0}")
        found.setdefault(_pattern_key(head, tail), []).append((head, tail))
    return {key: tuple(pairs) for key, pairs in found.items()}


_PAST_BY_KEY = _past_patterns()
# The word right after a number and the one right before it (within the longest
# pattern word's reach): the keys a number's patterns are looked up by.
_MAX_WORD_CHARS = max(len(key) for key in _PAST_BY_KEY) + 1
_WORD_AFTER = re.compile(r"\s*(\S+)")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
# Longest line the CLDR's patterns are tried on: a card's or a page's date line (a meta
# line of a dozen words), not a paragraph; the page languages' words above are tried on
# every line.
_MAX_PAST_LINE_CHARS = 120
_ANY_DIGIT = re.compile(r"\d")


def _cldr_past_time(text: str) -> tuple[int, int] | None:
    """The span of the first of the CLDR's past patterns (a number and the words around
    it as one language writes them, "2 soat oldin", "duela 3 egun") in ``text``, the
    words' ends at word bounds; None without one."""
    if len(text) > _MAX_PAST_LINE_CHARS or not _ANY_DIGIT.search(text):
        return None
    lowered = text.lower().replace("\u00a0", " ").replace("\u202f", " ")
    if len(lowered) != len(text):  # a letter whose lower case is longer: as printed
        lowered = text
    for number in _PAST_NUMBER.finditer(lowered):
        at, to = number.span()
        following = _WORD_AFTER.match(lowered, to)
        preceding = _WORD_BEFORE.search(lowered, max(0, at - _MAX_WORD_CHARS), at)
        keys = {word[1] for word in (following, preceding) if word is not None}
        for key in keys:
            for head, tail in _PAST_BY_KEY.get(key, ()):
                start, end = at - len(head), to + len(tail)
                if (
                    start >= 0
                    and lowered.startswith(head, start)
                    and lowered.startswith(tail, to)
                    and not (start > 0 and lowered[start - 1].isalpha())
                    and not (end < len(lowered) and lowered[end].isalpha())
                ):
                    return start, end
    return None


# The mark between a card's age and its teaser ("3 hours ago · When the city ..."): a
# separator of fields, not a dash (a live blog's "1 hour ago — Police said ..." is an entry).
_AGE_MARK = re.compile(r"\s*[·•|]\s+(?=\S)")


def opens_with_age(line: str) -> bool:
    """Whether a line opens with a relative time and a mark, then text: a card's age over
    its teaser as a "More from" box prints them ("3 hours ago · When the city ...",
    "2 часа назад · Вход на каток ...", "vor 2 Stunden · Mehr Poller ..."). A story's
    sentence does not open with its own age and a mark ("Three hours ago, the council
    ..." has none).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        True when the relative time starts the line and a mark follows it.
    """
    text = line.strip()
    span = find_relative_time(text)
    return span is not None and span[0] == 0 and _AGE_MARK.match(text, span[1]) is not None

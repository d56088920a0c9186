"""A byline's name printed without "By" in a script without case: Han, kana, Hangul,
Thai, Devanagari, Tamil, Arabic and the other scripts no capital marks a name in.

A page in English marks the author's name under the headline by its capitals ("Jo Doe"
over the date line, :mod:`analysis.clean.bylines`); a page in Chinese, Japanese, Thai,
Hindi, Tamil or Arabic prints "陈丽华", "佐藤美咲", "ปิยะนุช ศรีสุข", "अमित शुक्ला" or
"ليلى حداد" there with nothing but its shape and its place to tell it from a phrase.
A line is read as such a name (:func:`caseless_name_line`) when

- its shape is a name's (:func:`caseless_name_shape`): letters of scripts without case
  and nothing else but the space or middle dot between a name's parts; in Han, kana or
  Hangul (written without spaces) two to :data:`MAX_UNSPACED_NAME_CHARS` characters, or
  two parts of at most as many parted by a space or a middle dot ("山田 太郎", "宮良
  ゆかり"); in a script written with spaces (Thai writes one between a given name and a
  surname) two or three words, none longer than :data:`MAX_NAME_WORD_CHARS` (a single
  word is a section's label or a place as often: "शहर", "経済"), or a Thai given name
  alone, the way Thai papers credit a reporter (one run of Thai letters of at most
  :data:`MAX_THAI_GIVEN_NAME_CHARS`, "กนกพร");
- and the page prints it nowhere else (:func:`printed_elsewhere`) but on a short line
  below it (a closing credit, "（记者 陈丽华）"): a section's label is in the menu, the
  place a story is written from is named in its text, an author's name is neither;
  in a script with spaces between words, none of its words is another line's word.

The name may come after a label and a colon ("مراسلة: ليلى حداد") or with a reporter's
role word before or after it ("संवाददाता अमित शुक्ला": :func:`caseless_name_span`),
and the place it is written from after or before it and a spaced separator ("أحمد
السيد - القاهرة", "علی رضا | لاہور", "المنصورة - أحمد سامي": one or two words,
:data:`MAX_PLACE_WORDS`); such a line is a byline's shape, so a word of the name printed
elsewhere alone (a namesake in a related story's headline) leaves it the name, and only
the name in full or all its words printed elsewhere make it a label's or a place's; a
word of a name may be an initial ("க. சுப்பிரமணியன்").

What marks the line as the author's is the caller's: a date line beside it
(:func:`caseless_name_line`'s neighbour test), as for a Latin name alone. A name and
its date on one line ("陈丽华 | 2026年12月6日", "5 ديسمبر 2026 · ليلى حداد") is
:func:`caseless_name_beside_date`: the date marks it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.byline_words import (
    REPORTER_AFTER_SPACED_NAME,
    REPORTER_BEFORE_PLACE,
    author_labels,
)
from analysis.clean.dates import labelled_dates
from analysis.clean.header_lines import is_meta_line
from analysis.clean.yearless_dates import CLOCK_TIME
from analysis.text import CASELESS_LETTER, COMBINING_MARKS, LETTER_RUN, is_blank, shows_no_case

__all__ = [
    "LONGER_ABOVE",
    "MAX_NAME_WORD_CHARS",
    "MAX_PLACE_WORDS",
    "MAX_UNSPACED_NAME_CHARS",
    "caseless_given_name_line",
    "caseless_name_beside_date",
    "caseless_name_line",
    "caseless_name_shape",
    "caseless_name_span",
    "printed_elsewhere",
]

#: The most characters of a name (or of each of its two parts) written without spaces:
#: Chinese names have two to four characters, Korean ones two to four syllables, a
#: Japanese family or given name one to four (set by the languages' names, not tuned).
MAX_UNSPACED_NAME_CHARS = 4
#: The most characters of a word of a name in a script written with spaces (Tamil
#: "சுப்பிரமணியன்" is 13 with its vowel signs; a Thai phrase run together is longer).
MAX_NAME_WORD_CHARS = 16
#: A line below the name holding it with at most this many characters more is a credit
#: closing the story ("（记者 陈丽华）", "— ليلى حداد"), not a sentence naming it.
CREDIT_EXTRA_CHARS = 12
#: The most words of the place written from after a name ("أحمد السيد - القاهرة",
#: "नई दिल्ली"): a city's or a region's name, as a dateline prints it (not tuned).
MAX_PLACE_WORDS = 2

#: A headline over a given name alone holds at least this many times its letters (a
#: Thai or Lao headline is a sentence of 25 letters or more, a given name 3 to 10); a
#: masthead over a short headline over the date line holds about as many as it does.
LONGER_ABOVE = 1.5

#: The most characters (vowel and tone marks counted) of a Thai given name printed
#: alone: Thai papers credit a reporter by the given name ("กนกพร", "สุภาวดี", 4 to 8);
#: a phrase run together, a section's label, is mostly longer, and a short one is in
#: the menu (:func:`printed_elsewhere`).
MAX_THAI_GIVEN_NAME_CHARS = 10

# Han ideographs (and the iteration mark 々), kana, Hangul syllables.
_UNSPACED_LETTER = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々\u3041-\u30fa\u30fc\uac00-\ud7a3"
_UNSPACED_PART = rf"[{_UNSPACED_LETTER}]{{1,{MAX_UNSPACED_NAME_CHARS}}}"
# "陈丽华", "佐藤美咲", "김민수"; "山田 太郎", "宮良　ゆかり", "マイク・ロス": two parts.
_UNSPACED_NAME = re.compile(
    rf"[{_UNSPACED_LETTER}]{{2,{MAX_UNSPACED_NAME_CHARS}}}"
    rf"|{_UNSPACED_PART}[ \u3000・·]{_UNSPACED_PART}"
)
# A Thai given name alone: Thai letters and marks only, one run (review h329).
_THAI_GIVEN_NAME = re.compile(
    rf"[\u0e01-\u0e2e][\u0e01-\u0e4e]{{2,{MAX_THAI_GIVEN_NAME_CHARS - 1}}}"
)
# A word of a name in a script with spaces, or an initial and its dot ("க.", "ए.").
_SPACED_WORD = re.compile(
    rf"[^\W\d_][\w{COMBINING_MARKS}\u200c\u200d]*|[^\W\d_][{COMBINING_MARKS}]*\."
)
# A label of one or two words and a colon before the name ("مراسلة: ليلى حداد").
_LABEL = re.compile(rf"[^\W\d_][\w{COMBINING_MARKS}\u200c\u200d]*(?: \S+)?\s*[:：]\s*")
# A reporter's role word before or after the name, any language's (byline_words).
_ROLES = sorted(
    {
        *author_labels(),
        *(
            w
            for t in (REPORTER_AFTER_SPACED_NAME, REPORTER_BEFORE_PLACE)
            for ws in t.values()
            for w in ws
        ),
    },
    key=lambda w: (-len(w), w),
)
_CASELESS = re.compile(CASELESS_LETTER)
# The place a byline's name is written from after it and a spaced separator, closing
# the line: "أحمد السيد - القاهرة", "علی رضا | لاہور" (Arabic, Persian and Urdu pages
# print the reporter's city so; the separator is spaced, as a name's hyphen is not).
_PLACE_AFTER_NAME = re.compile(r"\s+[-–—|·•/]\s+(?P<place>[^-–—|·•/]+?)\s*$")
# The place after a comma, one word, closing the line: "রফিকুল ইসলাম, ঢাকা" (Bengali
# and Arabic-script pages print the reporter's city so as often). One word only: a
# name in these scripts has two words at least (:func:`caseless_name_shape`), so a
# second author after the comma ("ليلى حداد، أحمد السيد") is never read as a place.
_PLACE_AFTER_COMMA = re.compile(
    rf"\s*[,،]\s*(?P<place>[^\W\d_][\w{COMBINING_MARKS}\u200c\u200d]*)\s*$"
)
# The place first, then the separator and the name ("المنصورة - أحمد سامي عبدالعزيز":
# Egyptian and Persian pages print the city so as often).
_PLACE_BEFORE_NAME = re.compile(r"(?P<place>[^-–—|·•/]+?)\s+[-–—|·•/]\s+")
# Between a name and its date on one line: a separator, or two spaces or more.
_SEPARATOR = re.compile(r"\s*[|·•/／–—-]\s*|\s{2,}|\u3000+")


def caseless_name_shape(text: str) -> bool:
    """Whether ``text`` (a line's text, stripped) has a person's name's shape in a
    script without case (the module docstring's first test).

    Parameters
    ----------
    text : str
        The text, without the line's edge spaces.

    Returns
    -------
    bool
        True for "陈丽华", "山田 太郎", "ปิยะนุช ศรีสุข", "अमित शुक्ला"; False for a
        word alone in a script with spaces, a text with a digit or a mark, any text in
        a script with case.
    """
    if not text or not shows_no_case(text) or any(c.isdigit() for c in text):
        return False
    if _UNSPACED_NAME.fullmatch(text):
        return True
    if re.search(f"[{_UNSPACED_LETTER}]", text):
        return False  # Han, kana or Hangul longer than a name: a phrase
    if _THAI_GIVEN_NAME.fullmatch(text):
        return True  # a Thai reporter credited by the given name alone ("กนกพร")
    words = text.split()
    return (
        2 <= len(words) <= 3
        and not words[-1].endswith(".")
        and all(_SPACED_WORD.fullmatch(word) and len(word) <= MAX_NAME_WORD_CHARS for word in words)
    )


def caseless_name_span(line: str) -> tuple[int, int] | None:
    """The span of the name a line prints alone in a script without case
    (:func:`caseless_name_shape`), perhaps after a label and a colon ("مراسلة: ليلى
    حداد", "ผู้สื่อข่าว: ปิยะนุช ศรีสุข") or with a reporter's role word of
    :mod:`analysis.clean.byline_words` before or after it ("संवाददाता अमित शुक्ला").

    Parameters
    ----------
    line : str
        The line.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the name in the line (without a place written from after
        or before it: "أحمد السيد - القاهرة", "المنصورة - أحمد سامي"); None when the
        line holds none so.
    """
    found = _name_span(line)
    return None if found is None else found[:2]


def _name_span(line: str) -> tuple[int, int, bool] | None:
    """:func:`caseless_name_span`'s span and whether a place is printed beside it."""
    if _CASELESS.search(line) is None:
        return None  # no letter without case: no such name (most lines; the roles cost)
    start, end = len(line) - len(line.lstrip()), len(line.rstrip())
    if (label := _LABEL.match(line, start)) is not None and label.end() < end:
        start = label.end()
    text = line[start:end]
    folded = text.casefold()
    for role in _ROLES:
        if folded.startswith(role + " "):
            start += len(role) + 1
            break
        if folded.endswith(" " + role):
            end -= len(role) + 1
            break
    start += len(line[start:end]) - len(line[start:end].lstrip(" ,،-–—"))
    end -= len(line[start:end]) - len(line[start:end].rstrip(" ,،-–—"))
    if (placed := _placed_name(line, start, end)) is not None:
        return (*placed, True)
    return (start, end, False) if caseless_name_shape(line[start:end]) else None


def _placed_name(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a name in ``line[start:end]`` printed with the place it is written
    from after or before it and a spaced separator ("أحمد السيد - القاهرة", "المنصورة -
    أحمد سامي"), or after it and a comma ("রফিকুল ইসলাম, ঢাকা": one word,
    :data:`_PLACE_AFTER_COMMA`); the name first when both read so ("नई दिल्ली – अमित शुक्ला" is
    ambiguous, and the name-first order the commoner)."""
    for place_after in (_PLACE_AFTER_NAME, _PLACE_AFTER_COMMA):
        after = place_after.search(line, start, end)
        name_first = after is not None and _is_place(after["place"])
        if name_first and caseless_name_shape(line[start : after.start()]):
            return (start, after.start())
    before = _PLACE_BEFORE_NAME.match(line, start, end)
    place_first = before is not None and _is_place(before["place"])
    if place_first and caseless_name_shape(line[before.end() : end]):
        return (before.end(), end)
    return None


def _is_place(text: str) -> bool:
    """A place's name as a byline prints it after the author's in a script without case:
    one or two words of letters, none longer than a name's word ("القاهرة", "لاہور",
    "नई दिल्ली")."""
    words = text.split()
    return (
        0 < len(words) <= MAX_PLACE_WORDS
        and shows_no_case(text)
        and all(_SPACED_WORD.fullmatch(w) and len(w) <= MAX_NAME_WORD_CHARS for w in words)
    )


def printed_elsewhere(lines: Sequence[str], index: int, name: str, *, placed: bool = False) -> bool:
    """Whether the page prints ``name`` (found on line ``index``) on another line than a
    short one below it (:data:`CREDIT_EXTRA_CHARS`): in full, or, in a script with
    spaces between words (Thai aside, whose words run together), one of its words of
    three letters or more as another line's word; each of them when ``placed``.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The name's line.
    name : str
        The name.
    placed : bool, optional
        Whether the line prints the place written from beside the name ("ليلى حداد -
        بيروت"): a byline's shape, so one word printed elsewhere is a namesake's (a
        related story's "حديقة الملك عبدالله" beside "عبدالله الخالدي - الأحساء"), and
        only the name in full or all its words printed elsewhere make it a label's or a
        place's.

    Returns
    -------
    bool
        True when the page prints it elsewhere so: a label, a place, a phrase.
    """
    words = set()
    if not re.search(f"[{_UNSPACED_LETTER}\u0e00-\u0e7f]", name):
        words = {w for w in LETTER_RUN.findall(name) if len(w) >= 3}
    seen: set[str] = set()
    for j, line in enumerate(lines):
        if j == index or is_blank(line):
            continue
        credit = j > index and len(line.strip()) <= len(name) + CREDIT_EXTRA_CHARS
        if credit:
            continue
        if name in line:
            return True
        seen |= words.intersection(LETTER_RUN.findall(line)) if words else set()
        if seen and (not placed or seen == words):
            return True
    return False


def caseless_name_line(lines: Sequence[str], index: int, stop: int | None = None) -> bool:
    """Whether line ``index`` is a person's name alone in a script without case, beside
    a date line: the module docstring's tests, and the nearest line with a word above or
    below it (below ``stop``) a date or byline line
    (:func:`~analysis.clean.header_lines.is_meta_line`).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line.
    stop : int, optional
        The line the search below ends at (default: the page's end).

    Returns
    -------
    bool
        True for such a name line ("佐藤美咲" over "2026年12月5日").
    """
    found = _name_span(lines[index])
    if found is None:
        return False
    name = lines[index][found[0] : found[1]]
    stop = len(lines) if stop is None else stop
    beside = [_worded(lines, index, -1, 0), _worded(lines, index, 1, stop)]
    if not any(j is not None and is_meta_line(lines[j]) for j in beside):
        return False
    return not printed_elsewhere(lines, index, name, placed=found[2])


def caseless_given_name_line(lines: Sequence[str], index: int, stop: int | None = None) -> bool:
    """Whether line ``index`` is a single word in a script without case written with
    spaces between phrases (Thai, Lao, Khmer, Arabic, Devanagari ...; not Han, kana or
    Hangul, whose headlines are one run), of a name's word's length, right over or under
    a date line with no blank line between, printed nowhere else on the page, under a
    longer line: the author's given name alone ("สุดารัตน์" over "5 ธันวาคม 2569") or a
    section's label, never the headline (the line above is).

    :func:`caseless_name_line` takes two words or more only, since a single word is a
    label or a place as often; either way such a word is no headline, and the longer
    line above it is (a short headline over the date line has no longer line above it
    but the masthead's, which is no longer than the headline in the usual page).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line.
    stop : int, optional
        The line the search below ends at (default: the page's end).

    Returns
    -------
    bool
        True for such a single word.
    """
    text = lines[index].strip()
    if (
        not text
        or " " in text
        or len(text) > MAX_NAME_WORD_CHARS
        or not shows_no_case(text)
        or re.search(f"[{_UNSPACED_LETTER}]", text)
        or not _SPACED_WORD.fullmatch(text)
    ):
        return False
    stop = len(lines) if stop is None else stop
    beside = [j for j in (index - 1, index + 1) if 0 <= j < stop and not is_blank(lines[j])]
    if not any(is_meta_line(lines[j]) for j in beside):
        return False  # the date line right beside it, no blank line between
    above = _worded(lines, index, -1, 0)
    if above is None or is_meta_line(lines[above]):
        above = None if above is None else _worded(lines, above, -1, 0)
    if above is None or _letters(lines[above]) < LONGER_ABOVE * _letters(text):
        return False  # no longer line above: it may be a short headline itself
    return not printed_elsewhere(lines, index, text)


def _letters(text: str) -> int:
    """The letters of ``text`` (vowel signs and other marks not counted)."""
    return sum(c.isalpha() for c in text)


def _worded(lines: Sequence[str], index: int, step: int, stop: int) -> int | None:
    """The nearest line with a letter or digit from ``index`` by ``step``, before ``stop``."""
    j = index + step
    while (j >= stop if step < 0 else j < stop) and not any(c.isalnum() for c in lines[j]):
        j += step
    return j if (j >= stop if step < 0 else j < stop) else None


def caseless_name_beside_date(lines: Sequence[str], index: int) -> tuple[int, int] | None:
    """The span of a person's name in a script without case that a date follows or
    precedes on line ``index``, a separator or two spaces between them and nothing but a
    clock time besides ("陈丽华 | 2026年12月6日 08:30", "5 ديسمبر 2026 · ليلى حداد"): the
    date marks it as the author's; the name passes the module docstring's tests.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the name in the line; None when the line is no such byline.
    """
    line = lines[index]
    dates = labelled_dates(line)
    if len(dates) != 1 or dates[0][1] is not None:
        return None
    date = dates[0][0]
    before = line[: date.start]
    after = CLOCK_TIME.sub(lambda m: " " * len(m.group()), line[date.end :])
    if before.strip() and not after.strip():  # the name, then its date
        core = before.rstrip(" |·•/／–—-\u3000")
        gap = _SEPARATOR.match(before, len(core))
        if gap is None or gap.end() != len(before):
            return None
        span = (len(core) - len(core.lstrip()), len(core))
    elif after.strip() and not before.strip():  # the date, then the name
        gap = _SEPARATOR.match(after)
        if gap is None:
            return None
        span = (date.end + gap.end(), len(line.rstrip()))
    else:
        return None
    name = line[span[0] : span[1]]
    if not caseless_name_shape(name) or printed_elsewhere(lines, index, name):
        return None
    return span

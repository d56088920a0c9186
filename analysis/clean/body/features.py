"""Text statistics of every line of a page dump (step 1 of the body detector).

Reads a page's lines; writes one :class:`LineFeatures` per non-blank line: effective
length in words (CJK characters count as half a word each), sentence and clause ends,
function-word share, bullets, dates, repetition within the page, title case, headlines
glued to their teasers, copyright notices, form fields, and whether the line is packed
against its neighbours (a dump puts blank lines between paragraphs, not between list
items). Lines of only invisible characters (zero-width spaces) count as blank.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields

from analysis.clean.pattern_starts import starting_at
from analysis.clean.scraper_header import header_lines
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    LineMemo,
    ascii_word_views,
    caseless_lower,
    count_word_tokens,
    count_words,
    is_bullet,
    is_list_item,
    is_title_case,
    is_upper_case,
    letter_runs,
    runs_in_title_case,
    visible_text,
)
from analysis.text.marks import SENTENCE_MARKS, UNMARKED_SCRIPTS, strip_closing_marks
from analysis.text.scripts import CJK_CHARS_PER_WORD

# Han ideographs, kana and Hangul syllables: scripts where a word-count by spaces
# undercounts (Chinese, Japanese) or where function-word lists do not apply.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
# A letter of a script that marks no sentence end (Thai, Lao); a Thai line's words are
# counted by segmenting it (no spaces between them).
_UNMARKED_LETTER = re.compile(f"[{UNMARKED_SCRIPTS}]")
# A letter of Myanmar, Khmer or Tibetan: a space there ends a phrase, not a word, so a
# line's words are its syllables (analysis.text.scripts), as Thai's are its segmented
# words.
_SYLLABIC_LETTER = re.compile("[\u1000-\u109f\u1780-\u17ff\u0f40-\u0fbc]")
# Below the first emoji of _EMOJI_END: a tail whose largest character is below it
# holds none (found without a search).
_FIRST_EMOJI = "\u2600"
# A line ends a sentence or a clause when its last mark before any closing quotes and
# brackets (analysis.text.marks) is one of these.
_CLAUSE_MARKS = ",;:、，；：፣፤፥፦"  # Ethiopic comma, semicolon, colon and preface colon last
_TIME_OR_DATE = starting_at(
    r"\b\d{1,2}:\d{2}(?!\d)|\b\d{1,2}\.\d{2}\s?[ap]\.?m\b|\b(?:19|20)\d{2}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
)
_COPYRIGHT = starting_at(r"©|ⓒ|\(c\)\s*(?:19|20)\d\d|\bcopyright\b", re.IGNORECASE)
# A year written alone (what _TIME_OR_DATE finds besides times and numeric dates).
_YEAR = re.compile(r"(?:19|20)\d{2}")


def year_is_its_only_date(text: str) -> bool:
    """Whether every time or date that makes a line's ``has_date`` is a year alone.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True when the line holds a year ("open in 2031", "October 2026") and no clock
        time, time code or numeric date ("14:15", "[00:01:05]", "3.12.2026"); False for
        a line without any. A day with its month name is not looked for here
        (:func:`analysis.clean.body.rules.dates_only_a_year` does).
    """
    found = [match.group() for match in _TIME_OR_DATE.finditer(text)]
    return bool(found) and all(_YEAR.fullmatch(value) for value in found)


_LABEL = re.compile(r"^\w{1,12}:\s")
# "3 of 12", "3 / 12": the counter of a photo gallery in front of its caption.
_GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}\b")
_DIGIT = re.compile(r"\d")
# A reference marker right after a sentence's end (and its closing marks): a footnote
# number or label in brackets, superscript digits, an asterisk or dagger ("papers.[1]",
# "papers.¹", "said.”[3]", ".[citation needed]"): the sentence still ends there.
_REFERENCE_END = re.compile(
    r"(?<=[.!?…。！？\"'”’»)\]])\s?(?:\[[^\[\]]{1,24}\]|\(\d{1,3}\)|[¹²³⁰⁴-⁹]+|[*†‡]+)+\s*$"
)
# The last character of a line that may end in such a marker (a cheap test first).
_REFERENCE_LAST = frozenset("])¹²³⁰⁴⁵⁶⁷⁸⁹*†‡")
# A link's label closed by an arrow or a guillemet right after a sentence's end, the
# rest of the line ("... a day. Details »", "... መስመር ያገለግላል። ዝርዝር »", "... leer →"):
# the sentence still ends there, whatever the label's language.
_ARROW_LABEL_END = re.compile(
    rf"(?<=[{re.escape(SENTENCE_MARKS)}\"'”’)\]])\s+[^\W\d_][^\s{re.escape(SENTENCE_MARKS)}]*"
    rf"(?:\s[^\s{re.escape(SENTENCE_MARKS)}]+){{0,2}}\s*[»›→]+\s*$"
)
_ARROW_LAST = frozenset("»›→")
# Longer than any run of closing quotes and brackets after the last punctuation mark.
_TAIL_CHARS = 32
# A gap between two columns of a text table: two spaces or more (a dump's aligned
# columns), or a tab (a browser's copy of a table puts one between its cells).
_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t[ \t]*)\S")
# Where a dump glues two blocks together without a space: a word of four or more
# lower-case letters (or three and a full stop, question mark, quote) directly followed
# by a capitalized word, as in "Title Of The TeaserThe summary starts here", or by a
# word of one capital letter ("Ferry Service ReturnsA crowd waited"), or a figure
# directly followed by a capitalized word ("Tickets Rise To 4,000The town").
_GLUED_BLOCKS = re.compile(
    r"(?<=[^\W\d_]{4})(?<=[a-z])(?=[A-Z](?:[a-z]|\s))"
    r"|(?<=[a-z]{3}[?!.’”'\"])(?=[A-Z][a-z])"
    r"|(?<=\d)(?=[A-Z][a-z])"
)
# What every junction of _GLUED_BLOCKS holds (a lower-case letter or a digit, maybe one
# closing mark, a capital and a lower-case letter or a space): a line without it has no
# junction. Written to start at the capital (rare), the characters before it looked
# behind: ``re`` skips to each capital instead of trying every lower-case letter (a
# third of the cost).
_GLUED_HINT = re.compile(r"[A-Z](?:(?<=[a-z\d][A-Z])|(?<=[a-z][?!.’”'\"][A-Z]))[a-z\s]")
# A line of text ending in emoji (informal prose ends sentences with them).
_EMOJI_END = re.compile(
    r"\w\W{0,3}[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*$"
)
# A letter of the Latin or Cyrillic script (the scripts of analysis.stopwords' lists).
_LISTED_SCRIPT_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f]")
_ASCII_LETTERS = string.ascii_letters.encode()
# A line with at least TITLE_CASE_MIN_WORDS content words, TITLE_CASE_SHARE of them
# capitalized, is in title case (German capitalizes nouns, about half of its words).
# Longer lines are never headlines and are not checked.
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MAX_WORDS = 40
# A headline glued to a teaser ends within this many characters of the line's start.
GLUED_HEADLINE_MAX_CHARS = 160
# The label of a web form's field ("Email *") has at most this many words.
FORM_FIELD_MAX_WORDS = 3


# Not frozen: a frozen dataclass sets each of its 22 fields through object.__setattr__,
# which made building the features the larger part of cleaning a page of short lines.
@dataclass(slots=True)
class LineFeatures:
    """Text statistics of one non-blank line.

    Attributes
    ----------
    index : int
        Position of the line in the page.
    n_words : float
        Effective word count: whitespace words, or CJK characters / 2 when larger.
    n_chars : int
        Characters of the stripped line.
    is_bullet : bool
        The line is a list item ("• Home", "1. ...").
    is_numbered : bool
        The list item is numbered ("2. Drink water first"), not bulleted.
    ends_sentence : bool
        The line ends with sentence punctuation (possibly followed by a closing quote) or
        with an emoji after its text.
    ends_clause : str
        The line's last punctuation mark if it is a comma, semicolon or colon (the text
        goes on in the next line), else the empty string.
    ends_unmarked_text : bool
        The line ends in a letter of a script that marks no sentence end (Thai, Lao:
        :data:`analysis.text.marks.UNMARKED_SCRIPTS`), where a paragraph's end is its
        sentence's end: a long line so ending is prose; a short one may be a headline.
    function_ratio : float
        Share of the line's alphabetic words that are common function words.
    has_date : bool
        The line holds a time, a year or a numeric date.
    has_digit : bool
        The line holds a digit.
    has_label : bool
        The line opens with a short "Label:" (as in Q&A lists and fact boxes).
    has_columns : bool
        The line has runs of two or more spaces, or a tab, between words (a table row).
    has_colon : bool
        The line holds a colon (labels, promos such as "Read more: ...").
    ends_bracket : bool
        The line ends with a closing bracket (photo credits of captions).
    is_upper : bool
        The line has letters and none of them is lower-case.
    is_title_case : bool
        Most of the line's content words (not function words, four letters or more)
        are capitalized, as in English headlines ("12 Striking Photos of Storms").
    is_glued_headline : bool
        The line opens with a headline in title case glued to the next text without a
        space ("Council Expands Bus NetworkThe city council voted..."): a teaser of a
        related-articles list whose title and summary the dump ran together.
    is_cjk : bool
        Most of the line's letters are Chinese, Japanese or Korean characters.
    is_unlisted_script : bool
        Most of the line's letters are neither Latin nor Cyrillic, the scripts of the
        function-word lists (CJK, Greek, Arabic, Hebrew, Indic, ...): the function-word
        tests do not apply to it, as to a quotation in another script inside an article.
        The body detector sets it on every line of a page in a Latin or Cyrillic
        language without a list (:func:`analysis.clean.body.rules.without_word_lists`).
    is_notice : bool
        The line holds a copyright sign or notice (site footer, not article text), or
        opens with a photo-gallery counter ("2 of 9"): text around the article.
    is_form_field : bool
        The line is the label of a required field of a web form ("Email *"): a
        comment or sign-up form, never article text.
    repeats : int
        How many times the same stripped text occurs in the page (a paragraph printed
        twice counts 1 at the printing the body detector keeps:
        :mod:`analysis.clean.body.printings`).
    n_adjacent : int
        How many of the two neighbouring lines are non-blank (0, 1 or 2). A dump puts a
        blank line between paragraphs; list items and menu teasers are packed together.
        0 for every line of a page with no blank line inside it (its printing sets
        nothing apart: packing tells nothing).
    """

    index: int
    n_words: float
    n_chars: int
    is_bullet: bool
    is_numbered: bool
    ends_sentence: bool
    ends_clause: str
    ends_unmarked_text: bool
    function_ratio: float
    has_date: bool
    has_digit: bool
    has_label: bool
    has_columns: bool
    has_colon: bool
    ends_bracket: bool
    is_upper: bool
    is_title_case: bool
    is_glued_headline: bool
    is_cjk: bool
    is_unlisted_script: bool
    is_notice: bool
    is_form_field: bool
    repeats: int
    n_adjacent: int


def line_features(lines: Sequence[str]) -> list[LineFeatures]:
    """Compute :class:`LineFeatures` for every non-blank line.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    list of LineFeatures
        One per non-blank line, in page order.
    """
    # A page repeats lines (blank runs, menus, runs of bylines or dates, hostile pages):
    # each distinct line is stripped and measured once, and its copies differ only in
    # place and count.
    visible = {line: visible_text(line) for line in dict.fromkeys(lines)}
    stripped = [visible[line] for line in lines]
    counts = Counter(stripped)  # (the blank lines counted too, never read)
    # Non-blank flags with a blank line before the first and after the last line. A page
    # printed with no blank line between its first and last lines sets no paragraph apart
    # by blank lines: packing tells nothing there, and every line stands alone.
    filled = [False, *map(bool, stripped), False]
    # (a scraper's or a web archive record's header over the text, its fields and the
    # blank line closing them, tells nothing of how the text sets its paragraphs apart)
    head = _record_header(lines, stripped)
    if _no_blank_line_inside([False] * (head + 1) + filled[head + 1 :]):
        filled = [False] * len(filled)
    distinct = [line for line, text in visible.items() if text]
    # (a line measured on an earlier page is not measured again: its values are its text's)
    measured = _MEASURED_LINES.known(distinct)
    missing = [line for line in distinct if line not in measured]
    for line, values in zip(missing, _measure_lines(missing, visible), strict=True):
        measured[line] = values
        _MEASURED_LINES.remember(line, values)
    return [
        LineFeatures(
            index, *measured[lines[index]], counts[text], filled[index] + filled[index + 2]
        )
        for index, text in enumerate(stripped)
        if text
    ]


def _record_header(lines: Sequence[str], stripped: Sequence[str]) -> int:
    """How many lines open the page as a record's header: the first block (the lines
    before the first blank line) when it holds the fields of a scraper's or a web
    archive record's header (:func:`analysis.clean.scraper_header.header_lines`: a
    WET record's ``WARC/1.0`` block as ``warcio extract`` prints it, a scraper's "title:
    ..." lines, front matter); else 0."""
    if "" not in stripped:
        return 0
    end = stripped.index("")
    fields = header_lines(lines)
    if not fields or min(fields) >= end:
        return 0
    # every line of the block a field, or shaped as one ("Content-Length: 2730", a label
    # of one word) or the block's fence or version line: a block running on into the
    # text (a header over paragraphs with no blank line between) is no header alone
    shaped = all(i in fields or _FIELD_SHAPED.fullmatch(stripped[i]) for i in range(end))
    return end if shaped else 0


# A line shaped as a header's field (a one-word label, its colon and a value), the fence of
# front matter ("---", "+++") or a web archive record's version line ("WARC/1.0").
_FIELD_SHAPED = re.compile(r"[^\s:]+:(?:\s.*)?|-{3,}|\+{3,}|WARC/\d+(?:\.\d+)?")


def _no_blank_line_inside(filled: list[bool]) -> bool:
    """True when no blank line stands between the first and the last non-blank line."""
    if True not in filled:
        return False
    first, last = filled.index(True), len(filled) - 1 - filled[::-1].index(True)
    return False not in filled[first : last + 1]


#: The fields of :class:`LineFeatures` that a line's text decides, in order: all but the
#: first (index) and the last two (repeats, n_adjacent), which depend on the page.
_MEASURED = tuple(field.name for field in fields(LineFeatures))[1:-2]
assert (fields(LineFeatures)[0].name, *(f.name for f in fields(LineFeatures)[-2:])) == (
    "index",
    "repeats",
    "n_adjacent",
)


# The measured values of the lines of the pages cleaned before (a pure function of the
# line's text: ``tests/test_clean_work.py`` checks a line's values do not depend on the
# other lines).
_MEASURED_LINES = LineMemo()


def _measure_lines(lines: list[str], visible: dict[str, str]) -> list[tuple]:
    """The values of the :data:`_MEASURED` fields of each of ``lines`` (distinct,
    non-blank; ``visible`` maps each to its stripped text), as one tuple per line.

    Computed a feature at a time over all the lines (``map`` of a compiled pattern's
    method runs the pattern over every line without a Python call per line and
    feature): a page is mostly short lines, for which the calls, not the searching,
    made the cost. One function (longer than most): the columns are the features, in
    the order of the fields.
    """
    texts = [visible[line] for line in lines]
    lowered = list(map(str.lower, texts))
    # Word count and lower-cased letter runs from one ASCII conversion (kept for title case) of a
    # line whose letters are ASCII (most lines); None for the others, read by patterns.
    views = list(map(ascii_word_views, texts))
    words = [
        view[1] if view is not None else letter_runs(low)
        for view, low in zip(views, lowered, strict=True)
    ]
    n_letters = list(map(len, map("".join, words)))
    # An ASCII line has no CJK character and only Latin letters: no search needed.
    ascii_only = list(map(str.isascii, texts))
    n_cjk = [
        0 if plain else len(_CJK_CHAR.findall(t))  # (one scan: a third of ``max(t)``'s cost)
        for plain, t in zip(ascii_only, texts, strict=True)
    ]
    # end tests look at the end only, without a reference marker after the sentence's end
    tails = [
        _REFERENCE_END.sub("", tail)
        if tail[-1:] in _REFERENCE_LAST
        else _ARROW_LABEL_END.sub("", tail)
        if tail[-1:] in _ARROW_LAST
        else tail
        for tail in (text[-_TAIL_CHARS:] for text in texts)
    ]
    last_marks = [strip_closing_marks(tail)[-1:] for tail in tails]
    clause_ends = [mark if mark and mark in _CLAUSE_MARKS else "" for mark in last_marks]
    list_items = list(map(is_list_item, lines))
    # Searches a cheap test shows cannot match are skipped: a time or date needs a
    # digit, a column gap two spaces, an emoji a non-ASCII character.
    first_digits = list(map(_DIGIT.search, texts))
    digits = list(map(bool, first_digits))
    unmarked = [
        not plain and _UNMARKED_LETTER.search(t) is not None
        for plain, t in zip(ascii_only, texts, strict=True)
    ]
    n_words = [
        max(
            float(n),
            cjk / CJK_CHARS_PER_WORD,
            count_words(t) if thai or (not t.isascii() and _SYLLABIC_LETTER.search(t)) else 0,
        )
        for n, cjk, thai, t in zip(
            [
                view[0] if view is not None else count_word_tokens(t)
                for view, t in zip(views, texts, strict=True)
            ],
            n_cjk,
            unmarked,
            texts,
            strict=True,
        )
    ]
    return list(
        zip(
            n_words,
            map(len, texts),
            list_items,
            [item and not is_bullet(line) for item, line in zip(list_items, lines, strict=True)],
            [
                bool(
                    (mark and mark in SENTENCE_MARKS)
                    or (max(tail) >= _FIRST_EMOJI and _EMOJI_END.search(tail))
                )
                for mark, tail in zip(last_marks, tails, strict=True)
            ],
            clause_ends,
            [
                thai and _UNMARKED_LETTER.match(mark) is not None
                for mark, thai in zip(last_marks, unmarked, strict=True)
            ],
            [sum(map(FUNCTION_WORDS.__contains__, w)) / len(w) if w else 0.0 for w in words],
            [  # every match starts at a digit: searched from the first one
                digit is not None and bool(_TIME_OR_DATE.search(t, digit.start()))
                for digit, t in zip(first_digits, texts, strict=True)
            ],
            digits,
            map(bool, map(_LABEL.match, texts)),
            [("  " in text or "\t" in text) and bool(_COLUMN_GAP.search(text)) for text in texts],
            [":" in text or "：" in text for text in texts],
            [text.endswith((")", "]", "）")) for text in texts],
            map(is_upper_case, texts),
            [
                len(w) <= TITLE_CASE_MAX_WORDS
                and (
                    _is_title_case(text)
                    if view is None
                    else runs_in_title_case(
                        view[2],
                        w,
                        min_words=TITLE_CASE_MIN_WORDS,
                        share=TITLE_CASE_SHARE,
                        skip=FUNCTION_WORDS,
                    )
                )
                for w, text, view in zip(words, texts, views, strict=True)
            ],
            map(_is_glued_headline, texts),
            [cjk > 0.5 * letters for cjk, letters in zip(n_cjk, n_letters, strict=True)],
            [
                not plain and _few_listed_letters(text, 0.5 * letters)
                for plain, text, letters in zip(ascii_only, texts, n_letters, strict=True)
            ],
            [_is_notice(text, low) for text, low in zip(texts, lowered, strict=True)],
            [
                text.endswith(" *") and _is_form_field(text, line)
                for text, line in zip(texts, lines, strict=True)
            ],
            strict=True,
        )
    )


def _few_listed_letters(text: str, limit: float) -> bool:
    """Whether ``text`` holds fewer than ``limit`` letters of the Latin or Cyrillic script
    (:data:`_LISTED_SCRIPT_LETTER`). Its ASCII letters, counted without a search, are
    some of them: a line of Latin text with a curly quote is answered by them alone."""
    ascii_part = text.encode("ascii", "ignore")
    if len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS)) >= limit:
        return False
    return len(_LISTED_SCRIPT_LETTER.findall(text)) < limit


def _is_notice(text: str, lowered: str) -> bool:
    """A copyright notice or a gallery counter (:attr:`LineFeatures.is_notice`);
    ``lowered`` is ``text.lower()``."""
    # _COPYRIGHT matches only around a sign ("©", "ⓒ" or its capital, which lower()
    # turns into it), a "(" or the word "copyright" in any case (caseless_lower): most
    # lines are passed over without the case-insensitive search. A gallery counter opens
    # with a decimal digit.
    if (
        "(" not in text
        and "©" not in text
        and "ⓒ" not in lowered
        and "copyright" not in caseless_lower(lowered)
    ):
        return text[0].isdecimal() and bool(_GALLERY_COUNTER.match(text))
    return bool(_COPYRIGHT.search(text) or _GALLERY_COUNTER.match(text))


def _is_form_field(text: str, line: str) -> bool:
    """Whether ``text`` is a short form label marked as required with a final asterisk."""
    return (
        text.endswith(" *")
        and len(text.split()) <= FORM_FIELD_MAX_WORDS + 1
        and not is_list_item(line)
    )


def _is_glued_headline(text: str) -> bool:
    """Whether ``text`` opens with a title-case headline glued to the following text."""
    if not _GLUED_HINT.search(text, 0, GLUED_HEADLINE_MAX_CHARS):
        return False  # no junction can match: most lines, found without look-behinds
    for junction in _GLUED_BLOCKS.finditer(text, 0, GLUED_HEADLINE_MAX_CHARS):
        head = text[: junction.start()]
        if len(head.split()) >= TITLE_CASE_MIN_WORDS and _is_title_case(head):
            return True
    return False


def _is_title_case(text: str) -> bool:
    """Whether most content words of ``text`` start with a capital letter."""
    return is_title_case(
        text, min_words=TITLE_CASE_MIN_WORDS, share=TITLE_CASE_SHARE, skip=FUNCTION_WORDS
    )

"""Fields of one listing card: title, outlet, time or date, byline, read from its lines.

Reads the lines of one card's header and trailer (found by :mod:`analysis.clean.card_blocks`);
returns :class:`~analysis.clean.page_metadata.FieldSpan` objects, the exact character span
of each value in its line, so that the segmenter labels those characters and every other
character of the card stays accounted for as card chrome.

Where an outlet is read from, first cue first:

1. a source cue: ``Source: X``, ``Quelle: X``, ``From X:``, ``X reports:``;
2. a meta line's name part: ``X · 3h``, ``14:05 | X``, ``X — 26 mins ago``,
   ``Author for X``, ``by Author · X · 5h ago``, ``— X, 08.09.2016``;
3. the headline line itself: ``Title | X``, ``Title - X``, ``Title (X)``, ``Title :: X``;
4. a short name line under the headline (or above it, when it names the card's web
   domain: ``THE X`` over ``thex.com › story``);
5. a URL crumb's or a lone line's web domain (``x.com › story``);
6. ``No. 1: X: Title``, ``• X: Title``: ``X`` after a rank number or a bullet mark, where
   every such card of the page prints one there (:func:`analysis.clean.card_roles.read_cards`);
7. a short name line above the headline, where a kicker (the section) sits (before 6.
   on a page that prints its outlets there: ``1. Senator Smith: I Will Vote`` under
   ``THE CITY POST``).

A colon prefix without a rank number or a bullet is part of the title (``Analysis: Title``,
``Mayor: We will act``, ``'No choice': Title``): headlines print kickers and speakers
so; a rule reading it as the outlet made a fake outlet of 94 of 475 real headlines
printed as a site's own listing, and no benchmark card prints its outlet so.

The title is the headline line without a rank number (``3) ``, ``#3``, ``No. 3:``), a
bracketed date prefix, quotation marks or the outlet part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from analysis.clean.byline_words import BY_WORDS, NAME_LIKE_BY_WORDS
from analysis.clean.bylines import is_person_name
from analysis.clean.card_lines import (
    CAPTION_CUES,
    DANGLING_SEPARATOR,
    DOMAIN,
    FOREIGN_BYLINE,
    RESULT_COUNT,
    SOURCE_CUE,
    SOURCE_CUE_WORD,
    find_time,
    footer_head,
    glued_age,
    is_signature,
    is_signed_quotation,
    is_url_crumb,
    media_label_end,
)
from analysis.clean.dates import (
    DATE_LABEL,
    HEBREW_CALENDAR_DATE,
    find_date_span,
    find_dates,
    find_published_date,
)
from analysis.clean.header_lines import FOREIGN_BYLINE_CUES, find_name_below_cue, is_role_line
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.clean.page_metadata import FieldSpan, find_byline, line_value_span
from analysis.clean.pattern_starts import starting_at
from analysis.clean.title_separators import BRACKET_LABEL, MIN_LABELLED_TITLE
from analysis.clean.weekdays import is_weekday_name
from analysis.text import (
    FIELD_LABEL,
    LETTER_RUN,
    bullet_end,
    count_words,
    is_bullet,
    is_lower_case,
    opens_upper_case,
    remembered_across_pages,
)

#: A note in brackets after a name: ``Valley Courier (daily)``, ``(Online News)``.
BRACKETED_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
#: Most words of an outlet name.
MAX_OUTLET_WORDS = 6
#: Most words of a time or date written after a headline.
MAX_TIME_WORDS = 6
#: Letters from which a lower-case word is a common word, not a name's linking word
#: (``of``, ``the``, ``de``, ``la``: shorter words link the words of a name).
MIN_COMMON_WORD_LETTERS = 4
#: Longer lower-case words that link the words of a name (``Corriere della Sera``).
NAME_LINKING_WORDS = frozenset(
    {"della", "delle", "dello", "degli", "dalla", "from", "with", "über", "sobre", "pour", "avec"}
)
# Ranks of outlet candidates (lower wins; the module docstring's order): a web domain,
# and a name line above the headline (a kicker's place), after every other candidate.
DOMAIN_RANK = 5
ABOVE_HEADLINE_RANK = 7

# A rank number or a bracketed date, or both ("3. [Aug. 21] "), before a headline; a
# rank may be printed as keycap emoji ("1️⃣ ", "1️⃣0️⃣ ": a digit, an optional variation
# selector, the combining enclosing keycap; "🔟"), as a newsletter's numbered items are.
_RANK_PREFIX = re.compile(
    r"^\s*(?:(?:#\s?\d{1,2}\b[.:)]?|no\.\s?\d{1,2}\s*[:.)]|\d{1,2}\s*[.):]"
    r"|(?:\d\ufe0f?\u20e3){1,2}|\U0001f51f|\[[^\]]{1,20}\])\s*){1,2}",
    re.I,
)
# A document's number before a headline and a separator: a decision's, a release's
# ("Qərar № 45/2026 · ", "Decision No. 12/2026 – ", "Nr. 7-2026 | "), one label word
# or none before the number sign. No part of the headline.
_NUMBERED_DOCUMENT = re.compile(
    r"^\s*(?:[^\W\d_]+\.?\s+)?(?:№|no\.|nr\.|n°|nº)\s?\d+(?:[/-]\d+)+\s*[·•|–—]\s+(?=\S)", re.I
)
# A document's reference number, one token of letters, digits and a slash ("PR-2026/114",
# "7Co/214/2026"): a meta line printing one names a document's kind beside it ("Press
# release · PR-2026/114 · 3 December 2026"), no outlet.
_REFERENCE_NUMBER = re.compile(r"(?<!\S)(?=[^\s/]*[^\W\d_])(?=\S*\d)[^\W_][\w.-]*/[\w/-]*\d(?!\S)")
_DIGIT = re.compile(r"\d")
# What parts a date opening a headline line from the headline: space, a bar, a dot, a dash.
_DATE_LEAD_SEPARATOR = re.compile(r"[\s|·•—–-]*")
# A contents page's leader and page number after a headline ("Title ........ 14",
# "Title . . . . 6", "Title ____ 3"): the page the story is printed on, no part of it.
_PAGE_LEADER = starting_at(r"\s*(?:\.{4,}|(?:\.\s){3,}\.?|…{2,}|_{4,})\s*\d{1,4}\s*$")
_RANK_NUMBER = re.compile(r"\d{1,2}")
_QUOTES = "\"'“”‘’„«»"
# Quotation marks that open and close one quotation.
_QUOTE_PAIRS = frozenset({('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("„", "“"), ("«", "»")})
_OPENING_QUOTES = "\"'“‘„«"
_CLOSING_QUOTES = "\"'”’“»"
# East Asian brackets a chat or portal sets a whole headline in ("【Headline】"), a pair each.
_TITLE_BRACKETS = frozenset({("【", "】"), ("〖", "〗"), ("「", "」"), ("『", "』")})
_TITLE_SUFFIX = re.compile(
    r"\s(?:\||-|–|—|::)\s(?P<outlet>[^|–—]{2,50}?)\s*$|\s\((?P<paren>[^()]{2,50})\)\s*$"
)
_OUTLET_PREFIX = re.compile(r"^(?P<outlet>[^:]{2,40}?):\s+(?=\S)")
# A match's score closing a result line ("Team B 2-0", "Team B 1:1").
_SCORE_END = re.compile(r"\s\d{1,3}\s?[-–:]\s?\d{1,3}\s*$")
_OUTLET_DASH_PREFIX = re.compile(r"^(?P<outlet>[^|–—]{2,40}?)\s(?:\||–|—)\s(?=\S)")
# The marks that set a card's outlet off a labelled value on its meta line.
_STRONG_SEPARATOR = re.compile(r"\s[·|—–•]\s|\t")
# The spaced marks between the parts of a name-like text ("Page 2 — News").
_NAME_PARTS = re.compile(r"\s+[·|—–-]\s+")
# (a middle dot or a bullet glued to the word before it, as adjacent inline elements
# render "Outlet· 3h")
_PART_SEPARATOR = re.compile(r"\s+[·|/—–•-]\s+|(?<=\w)[·•]\s+|\t+|,\s+|\s+for\s+|^\s*[—–-]\s*")
_AUTHOR_FOR = re.compile(
    r"^\s*(?:by\s+)?(?P<author>[^\W\d_][^,:;!?]{1,40}(?:,[^,:;!?]{2,40})?)\s+for\s+"
    r"(?P<outlet>[^\W\d_][^:;!?]{1,50}?)\s*$"
)
# A dash or an ellipsis between a time opening a line and the text after it.
_TIME_BEFORE_TEXT = re.compile(r"\s+(?:[—–-]|\.\.\.|…)\s+(?=\S)")
_BYLINE_PART = re.compile(
    rf"^(?:by|words by|posted by|{'|'.join(FOREIGN_BYLINE_CUES)})\b", re.IGNORECASE
)


@dataclass(frozen=True)
class CardHeader:
    """The fields found in one card's non-body lines.

    Attributes
    ----------
    fields : tuple of FieldSpan
        Title, title repeats, outlet, byline, time or date spans.
    has_cue : bool
        Whether anything besides the title marks the lines as a card: an outlet, a time
        or date, a byline, a rank number.
    """

    fields: tuple[FieldSpan, ...]
    has_cue: bool


@remembered_across_pages  # (each line is compared at each reading of the page's cards)
def normalized(text: str) -> str:
    """Text for comparing headline repeats: no rank, quotes, case or extra space.

    Parameters
    ----------
    text : str
        A headline as printed.

    Returns
    -------
    str
        Lower case, one space between words, without a leading bullet mark, rank number
        or bracketed date and without outer quotes.
    """
    text = _RANK_PREFIX.sub("", text[bullet_end(text) :])
    return " ".join(text.strip().strip(_QUOTES).lower().split())


def title_span(
    line: str,
) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None]:
    """Split a headline line into the title's span, an inline outlet's and a time's.

    Parameters
    ----------
    line : str
        A card's headline line, without its line end.

    Returns
    -------
    title : (int, int)
        The title's span in ``line``.
    outlet : (int, int) or None
        An outlet written on the same line (``Title | X``, ``Title (X)``, ``X — Title``,
        and ``X: Title`` after a rank number, a bracketed date or a bullet mark:
        ``No. 1: X: Title``, ``• X: Title``).
    time : (int, int) or None
        A time or date around the title (``Title — 3 hours ago``, ``Title (Aug. 21)``,
        ``[Aug. 21] Title``).
    """
    start, end = line_value_span(line)
    if (label := media_label_end(line)) and start <= label < end:
        start = label  # "Video, 02:45 Title": the promo's media label and length
    if (leader := _PAGE_LEADER.search(line, start, end)) and leader.start() > start:
        end = leader.start()  # a contents page's leader and page number
    time = None
    # a rank number, a bracketed date or a bullet mark leads the line: a list item
    listed = is_bullet(line) and start < end
    prefix = _RANK_PREFIX.match(line[start:end])
    if prefix and (date := _numeric_date_lead(line[start:end], prefix.end())):
        # a numeric date opening the line ("03.12.2026 Title"), not two rank numbers
        time, start, prefix = (start + date[0], start + date[1]), start + date[2], None
    if prefix and prefix.end() < end - start:
        listed = True
        if find_time(prefix.group()):
            # the bracketed date, without a rank number before it
            time = (start + max(0, prefix.group().find("[")), start + prefix.end())
        start += prefix.end()
    if numbered := _NUMBERED_DOCUMENT.match(line[start:end]):
        start += numbered.end()  # a decision's number before its headline
    if (label := BRACKET_LABEL.match(line, start, end)) and end - label.end() >= MIN_LABELLED_TITLE:
        start = label.end()  # "【地域】Title": a section's or a flash's label, not the title
    if time is None and (dated := _time_suffix(line, start, end)):
        time, end = dated
    outlet = None
    prefix = _outlet_prefix(line[start:end])
    suffix = _TITLE_SUFFIX.search(line[start:end])
    suffix_name = suffix and suffix.group("outlet" if suffix.group("outlet") else "paren")
    colon = _OUTLET_PREFIX.match(line[start:end]) if listed else None
    if suffix_name and (
        not is_outlet_name(suffix_name) or _signs_quotation(line[start:end], suffix)
    ):
        suffix = None
    # Both sides of "A | B" name-like: the outlet is the shorter side (a headline is
    # longer than a name), the end on a tie ("Title | Outlet" is the usual order).
    if prefix and suffix and count_words(prefix.group("outlet")) < count_words(suffix_name):
        suffix = None
    if suffix:
        group = "outlet" if suffix.group("outlet") else "paren"
        outlet = (start + suffix.start(group), start + suffix.end(group))
        end = start + suffix.start()
    elif prefix:
        outlet = (start + prefix.start("outlet"), start + prefix.end("outlet"))
        start += prefix.end()
    elif colon and is_outlet_name(colon.group("outlet")):
        outlet = (start + colon.start("outlet"), start + colon.end("outlet"))
        start += colon.end()
    start, end = _unquoted(line, start, end)
    return (start, end), outlet, time


def is_list_item(line: str) -> bool:
    """True when a rank number, a bracketed date or a bullet mark leads a headline line
    (``3. Title``, ``No. 3: X: Title``, ``[Aug. 21] Title``, ``• X: Title``): where
    :func:`title_span` reads a ``X: `` prefix as the outlet.

    Parameters
    ----------
    line : str
        A card's headline line.

    Returns
    -------
    bool
        Whether the prefix leads some text.
    """
    start, end = line_value_span(line)
    return _rank_prefix(line) is not None or (is_bullet(line) and start < end)


def _rank_prefix(line: str) -> str | None:
    """The rank number or bracketed date leading some text of a headline line, or None."""
    start, end = line_value_span(line)
    prefix = _RANK_PREFIX.match(line[start:end])
    if prefix is None or _numeric_date_lead(line[start:end], prefix.end()):
        return None
    return prefix.group() if prefix.end() < end - start else None


def _numeric_date_lead(text: str, prefix_end: int) -> tuple[int, int, int] | None:
    """The span of a date opening ``text`` whose day and month :data:`_RANK_PREFIX` reads
    as rank numbers (``03.12.2026 Title``: "03." and "12."), and where the text after it
    and its separator starts; None when no date opens the text past ``prefix_end``."""
    date = find_date_span(text[: prefix_end + 12])
    if date is None or text[: date[0]].strip() or date[1] <= prefix_end:
        return None
    rest = _DATE_LEAD_SEPARATOR.match(text, date[1])
    return (date[0], date[1], rest.end()) if rest.end() < len(text) else None


def rank_number(line: str) -> int | None:
    """The rank number leading a headline line (``3. Title``, ``3) Title``, ``#3 Title``,
    ``No. 3: Title``), or None (no rank, or a bracketed date alone: ``[Aug. 21] Title``).

    Parameters
    ----------
    line : str
        The headline line of a card, as printed (a bullet mark may open it).

    Returns
    -------
    int or None
        The number, when a rank number leads some text (``1. [Oct. 29] Title``: 1).
    """
    prefix = _rank_prefix(line)
    number = prefix and _RANK_NUMBER.search(re.sub(r"\[[^\]]*\]", "", prefix))
    return int(number.group()) if number else None


# A whole numeric date, its year of four digits, closing a headline line after a space
# (``04/12/2026``, ``4.12.2026``, ``2026-12-04``): no headline ends with one.
_NUMERIC_DATE_END = re.compile(
    r"\s+(?P<date>(?:[0-3]?\d([./-])[01]?\d\2|[01]?\d([./-])[0-3]?\d\3)(?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)\s*$"
)


def _time_suffix(line: str, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """A time or date closing ``line[start:end]`` after a separator or in brackets
    (``Title — 3 hours ago``, ``Title (Aug. 21)``), or a whole numeric date after a space
    (``Title 04/12/2026``: a list whose link holds the headline's and the date's elements
    side by side): its span, and where the rest ends."""
    suffix = _TITLE_SUFFIX.search(line[start:end])
    if suffix is None:
        numeric = _NUMERIC_DATE_END.search(line, start, end)
        if numeric is None or count_words(line[start : numeric.start()]) < 2:
            return None
        return numeric.span("date"), numeric.start()
    group = "outlet" if suffix.group("outlet") else "paren"
    part = suffix.group(group)
    if count_words(part) <= MAX_TIME_WORDS and find_time(part):
        return (start + suffix.start(group), start + suffix.end(group)), start + suffix.start()
    return None


def _outlet_prefix(text: str) -> re.Match | None:
    """``Outlet — Title``: a name before a dash or bar, a headline (not a clause) after;
    not a match's result, a name on both sides and the score after them (``Team A –
    Team B 2-0``)."""
    prefix = _OUTLET_DASH_PREFIX.match(text)
    if prefix is None or not is_outlet_name(prefix.group("outlet")):
        return None
    rest = text[prefix.end() :]
    if (score := _SCORE_END.search(rest)) is not None and is_outlet_name(rest[: score.start()]):
        return None  # the other side's name and the score: a result, no outlet
    return None if is_lower_case(rest[:1]) else prefix


def name_span(line: str) -> tuple[int, int]:
    """A name line's span without a trailing arrow (``Outlet ›``).

    Parameters
    ----------
    line : str
        A line of a card.

    Returns
    -------
    tuple of int
        ``(start, end)`` of its text without outer space and a trailing ``› » > →``.
    """
    start, end = line_value_span(line)
    while end > start and line[end - 1] in "›»>→ ":
        end -= 1
    return start, end


def _signs_quotation(text: str, suffix: re.Match) -> bool:
    """Whether ``text``'s suffix after its dash signs a quotation rather than naming an
    outlet (:func:`~analysis.clean.card_lines.is_signed_quotation`)."""
    return suffix.group("outlet") is not None and is_signed_quotation(text)


def _unquoted(line: str, start: int, end: int) -> tuple[int, int]:
    """The span without one pair of quotation marks (or of the brackets of
    :data:`_TITLE_BRACKETS`) around the whole of it."""
    if end - start > 2 and line[start] in _OPENING_QUOTES and line[end - 1] in _CLOSING_QUOTES:
        return start + 1, end - 1
    if end - start > 2 and (line[start], line[end - 1]) in _TITLE_BRACKETS:
        inner = line[start + 1 : end - 1]
        if line[start] not in inner and line[end - 1] not in inner:
            return start + 1, end - 1
    return start, end


def is_outlet_name(text: str) -> bool:
    """True for text that can be an outlet's name: :func:`is_name_shaped`, and the words
    of a name (a web domain, or no word of :data:`MIN_COMMON_WORD_LETTERS` letters or more
    in lower case but a name's linking word: ``Voter turnout``, ``Our original post`` are
    phrases, ``Corriere della Sera`` is a name).

    Parameters
    ----------
    text : str
        A candidate, e.g. the part of a line before ``|``; outer space is ignored.

    Returns
    -------
    bool
        Whether it passes every test named above. A name in sentence case (``Вечерний
        курьер``, ``Gazeta wyborcza``: languages that write a name's later words in
        lower case) does not; where the page prints it decides
        (:func:`analysis.clean.card_roles.read_cards`).
    """
    text = text.strip()
    return is_name_shaped(text) and (bool(DOMAIN.fullmatch(text)) or not _common_words(text))


#: A subscribers-only mark printed on a card beside or over its headline: a letter or two
#: of the site's initials and a plus sign ("S+", "F+", "SZ+"), as the German-language
#: press marks paid stories. Two letters at most: a broadcaster's or a streaming brand's
#: name ending in "+" spells a word ("Canal+", "Disney+").
MEMBERS_MARK = re.compile(r"[^\W\d_]{1,2}\s?\+")


def is_name_shaped(text: str) -> bool:
    """True for text shaped like a name: 1 to :data:`MAX_OUTLET_WORDS` words, a first letter
    that is not lower case (a capital, or a letter of a script without case: Arabic,
    Chinese, Japanese) or a web domain, a number only between its words and no time or
    date (``Il Sole 24 Ore``; not ``3 hours ago``, ``Episode 29``, ``Grand Prix 2019``,
    ``Page 2 — News``: a number ends no part of a name; nor a Hebrew calendar date),
    no ``: ; ! ?`` or currency sign and no caption cue.

    Parameters
    ----------
    text : str
        A candidate; outer space is ignored.

    Returns
    -------
    bool
        Whether it passes every test named above.
    """
    text = text.strip()
    first = text[:1]
    if not 1 <= count_words(text) <= MAX_OUTLET_WORDS:
        return False
    if not (first.isalpha() and not is_lower_case(first)) and not DOMAIN.fullmatch(text):
        return False
    if re.search(r"[:;!?£$€]", text) or CAPTION_CUES.search(text):
        return False
    if MEMBERS_MARK.fullmatch(text):  # "S+", "F+": a subscribers' story, no outlet
        return False
    if HEBREW_CALENDAR_DATE.search(text):  # a date in Hebrew numerals: no digit, no name
        return False
    if not _DIGIT.search(text):
        return True
    # a number between a part's words only: "Page 2 — News", a print edition's page
    # label, ends a part with its number as "Episode 29" ends
    ends = [(words[0], words[-1]) for words in map(str.split, _NAME_PARTS.split(text)) if words]
    return not any(_DIGIT.search(first + last) for first, last in ends) and find_time(text) is None


def _common_words(text: str) -> bool:
    """True when ``text`` holds a lower-case word that is no name's linking word."""
    return any(
        len(word) >= MIN_COMMON_WORD_LETTERS
        and is_lower_case(word)
        and word not in NAME_LINKING_WORDS
        for word in LETTER_RUN.findall(text)
    )


def meta_fields(line_no: int, line: str) -> list[FieldSpan]:
    """Outlet, byline and time or date spans on a meta line.

    Parameters
    ----------
    line_no : int
        The line's 0-based index, copied into each span.
    line : str
        A meta line of a card.

    Returns
    -------
    list of FieldSpan
        A lone byline, a cued source or a domain crumb alone; else a time or date, a
        byline and an outlet, in that order, each when found.
    """
    fields: list[FieldSpan] = []
    if (head := footer_head(line)) is not None:
        line = head  # a post's footer: its tags and comment count name no one
    bulleted = is_bullet(line)
    if bulleted:  # "• Jane Roe · 3 December 2026": the bullet no part of a name
        line = " " * bullet_end(line) + line[bullet_end(line) :]
    if byline := _dangling_byline(line):
        return [FieldSpan(line_no, *byline, "byline")]
    if cue := source_cue(line):
        group = "name" if cue.group("name") else "name2"
        start, end = cue.span(group)
        # a date after the source's name on its line ("Source: X | Dec 2, 2026") is the
        # card's date, and the name stops before it
        time = find_time(line)
        if time is not None and start < time[0] and (time[0] < end or cue.endpos < len(line)):
            head = line[start : time[0]]
            separator = _PART_SEPARATOR.search(head)
            name_end = start + len(head[: separator.start() if separator else None].rstrip())
            if name_end > start:
                outlet = FieldSpan(line_no, start, name_end, "outlet")
                return [_time_span(line_no, line, time), outlet]
        return [FieldSpan(line_no, start, _without_note(line, start, end), "outlet")]
    if is_url_crumb(line):
        domain = DOMAIN.search(line)
        return [FieldSpan(line_no, domain.start("domain"), domain.end("domain"), "outlet")]
    taken: list[tuple[int, int]] = []
    if time := find_time(line):
        if (published := _published_span(line, time)) != time:
            taken.append(time)  # the other date: the update's, no name
            fields.append(FieldSpan(line_no, *published, "published"))
        else:
            fields.append(_time_span(line_no, line, time))
        taken.append(published)
    byline = find_byline(line)
    if byline is None and (foreign := FOREIGN_BYLINE.match(line)):
        byline = foreign.span("name")
    if byline is None:
        byline = _byline_part(line, taken)
    if byline:
        fields.append(FieldSpan(line_no, *byline, "byline"))
        taken.append(byline)
    if bulleted:
        return fields  # a date's list item: a word beside it is a status ("● Ended"), no outlet
    outlet = _name_part(line, taken)
    if outlet and not byline and (paper := _paper_after_signer(line, taken, outlet)):
        # "3. Dezember 2026 · Jakob Schneider · Hunsrik Zeitung": the author, then the paper
        fields.append(FieldSpan(line_no, *outlet, "byline"))
        byline, outlet = outlet, paper
    if (
        outlet
        and (byline or not _in_labelled_value(line, outlet[0]))
        and not _REFERENCE_NUMBER.search(line)
        and not (byline and _role_after_name(line, byline, outlet))
    ):
        fields.append(FieldSpan(line_no, *outlet, "outlet"))
    return fields


def _role_after_name(line: str, byline: tuple[int, int], part: tuple[int, int]) -> bool:
    """Whether the name part after a card's byline, a comma between, is the author's role
    (``Jane Roe, Reporter • 7 December 2026``, ``Jane Roe, Rural Reporter``:
    :func:`~analysis.clean.header_lines.is_role_line`), which names a desk, no outlet.

    >>> _role_after_name("Ana Ruiz, Reporter • 7 Dec 2026", (0, 8), (10, 18))
    True
    """
    return line[byline[1] : part[0]].strip() == "," and is_role_line(line[part[0] : part[1]])


def _paper_after_signer(
    line: str, taken: list[tuple[int, int]], first: tuple[int, int]
) -> tuple[int, int] | None:
    """The span of a news outlet's name after a person's on a meta line holding a date
    (``DATE · AUTHOR · PAPER``): the next name part after ``first`` holds a word the
    languages put in an outlet's name
    (:func:`analysis.clean.newspaper_words.holds_newspaper_word`) and ``first`` reads as a
    person's (:func:`_reads_as_signer`); else None."""
    if not taken or not _reads_as_signer(line[first[0] : first[1]]):
        return None
    after = _name_part(line, [*taken, first])
    if after is None or after[0] < first[1]:
        return None
    return after if holds_newspaper_word(line[after[0] : after[1]]) else None


def _in_labelled_value(line: str, start: int) -> bool:
    """Whether a name at ``start`` goes on the value of the field label opening the
    line, only commas between: the place of an event's date ("Service: Saturday,
    December 5, 11 a.m., St. Brendan's Church"), no outlet; a name set off by a stronger
    mark ("Updated: Dec 3, 2026 | Example News") is one."""
    label = FIELD_LABEL.match(line, len(line) - len(line.lstrip()))
    if label is None or label.end() > start:
        return False
    between = line[label.end() : start]
    return between.rstrip().endswith(",") and _STRONG_SEPARATOR.search(between) is None


def _published_span(line: str, time: tuple[int, int]) -> tuple[int, int]:
    """The span of the date a card's line gives as its publication when it prints two
    (``Updated: 04.12.2026 · Published: 02.12.2026``, or the same two dates with labels
    in a language no table knows): the one a "Published" label marks, else the earliest
    no "Updated" label marks (:func:`analysis.clean.dates.find_published_date`: a page is
    changed after it is published, never before); ``time`` (:func:`find_time`'s) when
    the line prints one date or ``time`` is no date."""
    date = find_date_span(line)
    if date is None or date[0] != time[0] or len(find_dates(line)) < 2:
        return time
    found = find_published_date(line)
    if found is None or found[0].start == time[0]:
        return time
    return found[0].start, found[0].end


def _time_span(line_no: int, line: str, time: tuple[int, int]) -> FieldSpan:
    """The span of a time :func:`find_time` found: ``published`` for a date, else
    ``relative_time``."""
    date = find_date_span(line)
    field = "published" if date and date[0] == time[0] else "relative_time"
    return FieldSpan(line_no, *time, field)


def leading_time(line_no: int, line: str) -> list[FieldSpan]:
    """A date or time opening a card's text before a dash or an ellipsis, as a search
    result prints its page's date (``Mar 3, 2026 — The council ...``, ``Nov 5, 2017 ...
    The bill ...``, ``3 days ago — ...``): its span and the text's after the mark.

    Parameters
    ----------
    line_no : int
        The line's 0-based index, copied into each span.
    line : str
        A card's first body line.

    Returns
    -------
    list of FieldSpan
        The time or date (``published`` or ``relative_time``) and the rest of the line
        (``body``); empty when the line does not open so.
    """
    # the mark after the time is in the line: most snippets hold none and are not
    # searched for times (the same spans: the mark is matched where the time ends)
    if _TIME_BEFORE_TEXT.search(line) is None:
        return []
    time = find_time(line)
    if time is None or line[: time[0]].strip():
        return []
    mark = _TIME_BEFORE_TEXT.match(line, time[1])
    if mark is None:
        return []
    return [_time_span(line_no, line, time), FieldSpan(line_no, mark.end(), len(line), "body")]


def holds_headline(line: str) -> bool:
    """Whether a meta line holds a headline as well as its outlet.

    A line does when it has two or more text parts (between value separators: ``·``,
    ``|``, ``—``, tab …) besides its time and byline: ``Outlet — Title — 3 hours ago``
    and ``Outlet⇥Title⇥Feb. 25, 2020`` do; ``The Daily Post · Oct. 14`` does not.

    Parameters
    ----------
    line : str
        One line of a listing page, without its line ending.

    Returns
    -------
    bool
        True when at least two parts hold letters and are neither the line's time nor
        a byline.
    """
    time = find_time(line)
    texts = 0
    for start, end in _parts(line):
        text = line[start:end].strip()
        if not LETTER_RUN.search(text) or _BYLINE_PART.match(text):
            continue
        if time and start < time[1] and time[0] < end:
            continue
        texts += 1
    return texts >= 2


def _without_note(line: str, start: int, end: int) -> int:
    """Where a cued source's name ends before a note in brackets after it (``Source:
    Valley Courier (Online News)``: the clip's media type), when a name is left."""
    name = BRACKETED_NOTE.sub("", line[start:end])
    return start + len(name) if any(c.isalnum() for c in name) else end


def _parts(line: str) -> list[tuple[int, int]]:
    """Spans of a line's parts between value separators (``·``, ``|``, ``—``, tab …)."""
    cuts = [0]
    for match in _PART_SEPARATOR.finditer(line):
        cuts += [match.start(), match.end()]
    if len(cuts) == 1 and (glued := glued_age(line)):  # "Harbour Courier5h": name, age
        cuts += [glued[0], glued[0]]
    cuts.append(len(line))
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]


def _byline_part(line: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the name in a part of a meta line (outside the spans already taken)
    that is a byline of its own, when the whole line is none: a cue in a language's own
    word for "by" after the date (``3 de diciembre de 2026 | Por Javier Moreno``,
    ``vor 35 Minuten · von Katrin Weber``) or a reporter's role after the name before a
    time (``김민지 기자 · 5분 전``); else None. A part opening with a date taken
    already is read from the date's end when a word for "by" follows it with no mark
    between (``3 ta' Diċembru 2026 Minn Marija Farrugia``: a card's ``<time>`` and
    author elements joined on one line)."""
    for start, end in _parts(line):
        if any(s < end and start < e for s, e in taken):
            if (after := _after_opening_date(line, start, end, taken)) is None:
                continue
            cued = _cued_name(line[after:end])
            if cued is not None:
                return after + cued[0], after + cued[1]
            continue
        part = line[start:end]
        if (found := find_byline(part)) is not None:
            return start + found[0], start + found[1]
        k = len(part) - len(part.lstrip())
        # (the cue capitalized as it opens its part: "Por Javier Moreno")
        if found := FOREIGN_BYLINE.match(part[:k] + part[k : k + 1].lower() + part[k + 1 :]):
            return start + found.start("name"), start + found.end("name")
        if taken and (found := _name_like_cued(part)) is not None:
            return start + found[0], start + found[1]
    return None


def _after_opening_date(
    line: str, start: int, end: int, taken: list[tuple[int, int]]
) -> int | None:
    """Where a part's text after the date opening it begins: the part starts with a span
    taken (only blanks before it) and more than blanks follow its end; else None."""
    inside = [(s, e) for s, e in taken if s < end and start < e]
    if len(inside) != 1 or line[start : inside[0][0]].strip() or inside[0][1] >= end:
        return None
    after = inside[0][1]
    return after if line[after:end].strip() and line[after : after + 1].isspace() else None


def _cued_name(part: str) -> tuple[int, int] | None:
    """The span of the name after a language's word for "by" opening ``part`` (the cue
    capitalized or not: "Minn Marija Farrugia", "von Katrin Weber"); else None."""
    k = len(part) - len(part.lstrip())
    if found := FOREIGN_BYLINE.match(part[:k] + part[k : k + 1].lower() + part[k + 1 :]):
        return found.span("name")
    return _name_like_cued(part)


def _name_like_cued(part: str) -> tuple[int, int] | None:
    """The name's span after a word for "by" that is also a name (byline_words.
    NAME_LIKE_BY_WORDS: "Per Joan Delmas" beside the card's date): two or three
    capitalized name words after it, a person either way, never the outlet. The words
    that are also articles opening outlets' names ("Le", "Ka") are left out."""
    match = _NAME_LIKE_CUED.fullmatch(part)
    if match is None or not is_name_line(match.group("name")):
        return None
    return match.span("name")


# A name-like word for "by" (not an article) and a name of two or three capitalized words.
_NAME_LIKE_CUED = re.compile(
    r"\s*(?:"
    + "|".join(
        sorted({w.capitalize() for ws in NAME_LIKE_BY_WORDS.values() for w in ws} - {"Le", "Ka"})
    )
    + r")\s+(?P<name>[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){1,2})\s*"
)


# A span of years in brackets closing a name: the years a paper appeared ("(1921-1944)",
# "(1868–)"), as a library's archive prints them after its name.
_YEARS_NOTE = re.compile(r"\s*\(\s*\d{4}\s*[-–—]\s*(?:\d{4})?\s*\)$")


# A news agency's story slug, its keyword line in capitals: a country or desk code and
# words joined by hyphens, then a slash and the story's word ("LBY-TRIPOLI/ROADS",
# "USA-ELECTION/COUNT"), as a wire's item header prints it beside its time and priority;
# two agencies credited together ("AFP/REUTERS") join no words by a hyphen.
_WIRE_SLUG = re.compile(r"[A-Z]{2,}(?:-[A-Z]+)+/[A-Z]+(?:[-/][A-Z]+)*")


def _name_part(line: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first name-like part of a meta line outside the spans already taken."""
    parts = _parts(line)
    for start, end in parts:
        text = line[start:end]
        while text and text[0] in " ([":  # "(Example Herald, 4 Dec 2026)": no bracket
            start, text = start + 1, text[1:]
        text = text.rstrip(" :/")  # (a wiki source's italics mark "//" closing the line)
        label = FIELD_LABEL.match(text)
        if label is not None:  # "pubDate: Mon": a field's label names no one
            start, text = start + label.end(), text[label.end() :]
        # the years a paper appeared, after its name on an archive's hit ("Bote (1921-1944)")
        text = _YEARS_NOTE.sub("", text)
        end = start + len(text)
        if not text or any(s < end and start < e for s, e in taken):
            continue
        if _BYLINE_PART.match(text) or not 1 <= count_words(text) <= MAX_OUTLET_WORDS:
            continue
        if re.search(r"\d", text) or (is_lower_case(text) and "." not in text):
            continue
        if is_weekday_name(text):  # a day's name ("Rabu, 02 Des 2026"), no outlet
            continue
        if _labelled_section(text):  # "3 December 2026 - Posted in News": no outlet
            continue
        if HEBREW_CALENDAR_DATE.search(text):  # a date in Hebrew numerals, no outlet
            continue
        if _WIRE_SLUG.fullmatch(text):  # a wire's story slug ("LBY-TRIPOLI/ROADS")
            continue
        return start, end
    return None


def _labelled_section(text: str) -> bool:
    """Whether a meta line's part is a date label's word and the value it places the
    post in, a preposition's lower-case word between (``Posted in News``, ``Geplaatst in
    Nieuws``): the post's section, its date elsewhere on the line."""
    label = DATE_LABEL.match(text)
    if label is None or label["publish"] is None:
        return False
    after = text[label.end() :].split()
    return (
        len(after) >= 2
        and is_lower_case(after[0])
        and after[0].casefold() not in _BY_WORDS  # "Published by X": a credit, read so
        and not is_lower_case(after[1][:1])
    )


# The languages' one-word "by" (BY_WORDS' single words, and English's).
_BY_WORDS = frozenset(
    {"by"} | {word for words in BY_WORDS.values() for word in words if " " not in word}
)


def card_header(
    lines: Sequence[str],
    kinds: Sequence[str],
    title_line: int,
    others: Sequence[int],
    trailer: Sequence[int] = (),
    sections: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
    colon_outlets: bool = True,
    dash_outlets: bool = True,
) -> CardHeader:
    """Read a card's fields from its title line and its other header and trailer lines.

    Parameters
    ----------
    lines, kinds : sequence of str
        The page's lines and their kinds (analysis.clean.card_lines.line_kinds).
    title_line : int
        Index of the headline line.
    others : sequence of int
        Indices of the card's other non-blank header lines.
    trailer : sequence of int
        Indices of the lines right after the body (only meta lines there count).
    sections : frozenset of str
        The site's section names (:func:`normalized`;
        :func:`analysis.clean.card_roles.read_cards`): a name line or a meta line's name
        part holding one is the card's section (kicker, a ``category`` field that marks
        the card), never its outlet.
    names : frozenset of str
        Names (:func:`normalized`) the page prints where its cards print their outlets
        (:func:`analysis.clean.card_roles.read_cards`): a name line holding one is a
        name though :func:`is_outlet_name` would not read it so (sentence case).
    colon_outlets : bool
        Whether a ranked headline's ``X: `` prefix (``No. 1: X: Title``) may name the
        card's outlet; False where the page's cards do not all print one
        (:func:`analysis.clean.card_roles.read_cards`): ``X`` is then the headline's.
    dash_outlets : bool
        Whether a name a dash sets off the headline (``X — Title``, ``Title — X``) may
        name the card's outlet; False where one card of several prints one
        (:func:`analysis.clean.card_roles.read_cards`): a headline with a dash.

    Returns
    -------
    CardHeader
    """
    line = lines[title_line]
    fields, inline, has_cue = _title_line_fields(
        line, title_line, kinds[title_line], colon_outlets, dash_outlets
    )
    span = next((f.start, f.end) for f in fields if f.field == "title")
    title_key = normalized(line[span[0] : span[1]])
    outlets: list[tuple[float, FieldSpan]] = []
    if inline is not None:
        # "No. 1: X: Title" reads X late (6. in the module docstring)
        colon = line[inline.end : inline.end + 1] == ":"
        rank = 6 if colon else 3
        outlets.append((rank, inline))
    for i in [*others, *_trailer_lines(lines, kinds, trailer)]:
        if i == signature_line(lines, kinds, trailer):
            # a signature under the text (a reader's letter): the writer's name the byline
            start = len(lines[i]) - len(lines[i].lstrip())
            fields.append(FieldSpan(i, start, lines[i].index(","), "byline"))
            has_cue = True
            continue
        line_fields, line_outlets, cue = _header_line_fields(
            lines, kinds, i, title_line, title_key, sections, names
        )
        fields += line_fields
        outlets += line_outlets
        has_cue = has_cue or cue
    outlets = _domain_display_names(lines, outlets)
    outlet_value = None
    if outlets:
        chosen = min(outlets, key=lambda o: (o[0], o[1].line_no))[1]
        fields.append(chosen)
        outlet_value = lines[chosen.line_no][chosen.start : chosen.end]
        if inline is not None and chosen is not inline:
            fields = _keep_title_whole(line, fields, inline, outlet_value)
    fields += _outlet_repeats(lines, kinds, others, fields, outlet_value)
    fields += _category(lines, kinds, title_line, others, fields, outlet_value)
    return CardHeader(tuple(sorted(fields, key=lambda f: (f.line_no, f.start))), has_cue)


def _reads_as_signer(name: str) -> bool:
    """Whether a name on a card's date line reads as a person's, not an outlet's: a
    person's name (:func:`analysis.clean.bylines.is_person_name`) holding no word the
    languages put in a news outlet's name
    (:func:`analysis.clean.newspaper_words.holds_newspaper_word`) and no web domain.

    >>> _reads_as_signer("Lucia Ferrandi"), _reads_as_signer("Jornal Alpin")
    (True, False)
    """
    name = name.strip()
    return (
        is_person_name(name.split())
        and not holds_newspaper_word(name)
        and DOMAIN.fullmatch(name) is None
    )


def signature_line(
    lines: Sequence[str], kinds: Sequence[str], trailer: Sequence[int]
) -> int | None:
    """The line of a card's trailer that signs its text: the trailer's first line (right
    under the text) when it is a signature, a name and a place
    (:func:`~analysis.clean.card_lines.is_signature`: "Jana Nováková, Brno-Líšeň"), over
    a meta line (the letter's date); else None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    kinds : sequence of str
        Their kinds.
    trailer : sequence of int
        The lines under the card's text, the first right under it.

    Returns
    -------
    int or None
        ``trailer[0]``, or None.
    """
    if len(trailer) > 1 and kinds[trailer[1]] == "meta" and is_signature(lines[trailer[0]]):
        return trailer[0]
    return None


def _trailer_lines(lines: Sequence[str], kinds: Sequence[str], trailer: Sequence[int]) -> list[int]:
    """The trailer lines read as the card's fields: its meta lines, and a name line
    right over a meta line (``The Harbor Ledger`` over ``17 November 2026``: a publisher
    and its date printed under the teaser), or a signature (:func:`signature_line`)."""
    signed = signature_line(lines, kinds, trailer)
    return [
        i
        for k, i in enumerate(trailer)
        if kinds[i] == "meta"
        or i == signed
        or (k + 1 < len(trailer) and kinds[trailer[k + 1]] == "meta" and is_name_line(lines[i]))
    ]


def _domain_display_names(
    lines: Sequence[str], outlets: list[tuple[float, FieldSpan]]
) -> list[tuple[float, FieldSpan]]:
    """A name line that names the card's web domain (``THE HILL`` over ``thehill.com ›
    ...``) is that domain's display name: it ranks as a name line under the headline."""
    domains = [lines[f.line_no][f.start : f.end] for rank, f in outlets if rank == DOMAIN_RANK]
    out = []
    for rank, f in outlets:
        name = lines[f.line_no][f.start : f.end]
        if rank > ABOVE_HEADLINE_RANK and any(
            name_matches_domain(name, d, word_starts=True) for d in domains
        ):
            rank = 4 + rank - ABOVE_HEADLINE_RANK
        out.append((rank, f))
    return out


def _title_line_fields(
    line: str, title_line: int, kind: str, colon_outlets: bool = True, dash_outlets: bool = True
) -> tuple[list[FieldSpan], FieldSpan | None, bool]:
    """The headline line's own fields: its title, a time or date on it, and an outlet
    written on it (returned apart: another line's outlet may win over it); and whether
    the line alone marks a card (a one-line header, an inline outlet or time). Without
    ``colon_outlets``, a ranked headline's ``X: `` prefix stays in its title; without
    ``dash_outlets``, a name a dash sets off does (:func:`is_dash_outlet`)."""
    if kind == "meta" or "\t" in line.strip():
        fields = [f for f in meta_fields(title_line, line) if f.field != "outlet"]
        span = _title_part(line, fields)
        fields.append(FieldSpan(title_line, *span, "title"))
        outlet = _name_part(line, [(f.start, f.end) for f in fields])
        inline = FieldSpan(title_line, *outlet, "outlet") if outlet else None
        return fields, inline, True
    span, outlet, time = title_span(line)
    fields = [FieldSpan(title_line, *span, "title")]
    inline = FieldSpan(title_line, *outlet, "outlet") if outlet else None
    if inline is not None and not colon_outlets and line[inline.end : inline.end + 1] == ":":
        # the headline's own kicker or speaker ("3. Budget: Council votes")
        fields, inline = _keep_title_whole(line, fields, inline, ""), None
    if inline is not None and not dash_outlets and is_dash_outlet(line, inline, span):
        # a headline with a dash ("The Votes Are In — The Media Lost the Election")
        fields, inline = _keep_title_whole(line, fields, inline, ""), None
    if time:
        date = find_date_span(line[time[0] : time[1]])
        fields.append(FieldSpan(title_line, *time, "published" if date else "relative_time"))
    return fields, inline, inline is not None or time is not None


def is_dash_outlet(line: str, outlet: FieldSpan, title: tuple[int, int]) -> bool:
    """Whether a headline line's outlet is set off from its title by a dash alone
    (``X — Title``, ``Title — X``; not ``Title | X``, ``Title (X)``, ``3. X: Title``).

    Parameters
    ----------
    line : str
        The headline line.
    outlet : FieldSpan
        The outlet read on it.
    title : tuple of int
        The title's span on it.

    Returns
    -------
    bool
        Whether only spaces and one dash stand between the outlet and the title.
    """
    between = (
        line[outlet.end : title[0]] if outlet.end <= title[0] else line[title[1] : outlet.start]
    )
    return between.strip() in _DASHES


#: The dashes that set an outlet off a headline on its line.
_DASHES = frozenset("—–-")


def source_cue(line: str) -> re.Match[str] | None:
    """The source cue of a card's meta line (:data:`~analysis.clean.card_lines.SOURCE_CUE`:
    ``Source: X``, ``via X``), or None; read up to the line's date when the line goes on
    after the name (``via X Nov 18, 2026 +2 more sources``: the date's comma and the
    words after it are no part of a name).

    Parameters
    ----------
    line : str
        A meta line of a card.

    Returns
    -------
    re.Match or None
        The cue's match (its group ``name`` or ``name2`` the source's name).
    """
    if cue := SOURCE_CUE.match(line):
        return cue
    time = find_time(line) if SOURCE_CUE_WORD.match(line) else None
    return SOURCE_CUE.match(line, 0, time[0]) if time is not None and time[0] > 0 else None


def _header_line_fields(
    lines: Sequence[str],
    kinds: Sequence[str],
    i: int,
    title_line: int,
    title_key: str,
    sections: frozenset[str],
    names: frozenset[str],
) -> tuple[list[FieldSpan], list[tuple[float, FieldSpan]], bool]:
    """The fields of one header or trailer line other than the headline, its outlet
    candidates ranked (lower first: the module docstring's order), and whether it is a
    card cue."""
    line = lines[i]
    key = normalized(line)
    if key == title_key or (title_key and title_key in key):
        return [FieldSpan(i, *line_value_span(line), "title_repeat")], [], False
    if kinds[i] == "meta":
        found = [
            replace(f, field="category")
            if f.field == "outlet" and normalized(line[f.start : f.end]) in sections
            else f
            for f in meta_fields(i, line)
        ]  # "POLITICS | 3h": the card's section, no outlet
        rank = 1 if source_cue(line) else DOMAIN_RANK if is_url_crumb(line) else 2
        outlets = [(rank, f) for f in found if f.field == "outlet"]
        return [f for f in found if f.field != "outlet"], outlets, bool(found)
    if i > 0 and (below := find_name_below_cue(lines, i - 1)) is not None and below[0] == i:
        # "Author:" alone on the line above (a CMS's field label in an element of its
        # own): the name is the card's byline, not its outlet
        return [FieldSpan(i, below[1], below[2], "byline")], [], True
    if kinds[i] == "title" and (spans := author_for(line)):
        byline = FieldSpan(i, *spans[0], "byline")
        return [byline], [(2, FieldSpan(i, *spans[1], "outlet"))], True
    start, end = name_span(line)
    value = line[start:end]
    named = bool(names) and normalized(value) in names
    if kinds[i] == "label" or (kinds[i] == "title" and (named or is_name_line(line))):
        if not (named or is_outlet_name(value)):
            return [], [], False
        if normalized(value) in sections:  # the card's kicker: its section, no outlet
            return [FieldSpan(i, start, end, "category")], [], True
        if DOMAIN.fullmatch(value):
            return [], [(DOMAIN_RANK, FieldSpan(i, start, end, "outlet"))], True
        # the nearest name line to the headline; one above it (where a kicker, the
        # section, sits) only when the card names no outlet elsewhere
        near = abs(i - title_line) / 100
        rank = ABOVE_HEADLINE_RANK + near if i < title_line else 4 + near
        return [], [(rank, FieldSpan(i, start, end, "outlet"))], True
    return [], [], False


def _keep_title_whole(
    line: str, fields: list[FieldSpan], inline: FieldSpan, outlet: str
) -> list[FieldSpan]:
    """The title with its "outlet" part back when another line names a different outlet:
    ``Walking Into Fog — and Memory`` under ``14:05 | Outlet`` is one headline."""
    if normalized(line[inline.start : inline.end]) == normalized(outlet):
        return fields
    out = []
    for f in fields:
        if f.field == "title" and f.line_no == inline.line_no:
            start, end = f.start, f.end
            if start > 0 and end < len(line) and (line[start - 1], line[end]) in _QUOTE_PAIRS:
                start, end = start - 1, end + 1  # the title part's quotes, taken off with it
            start, end = _unquoted(line, min(start, inline.start), max(end, inline.end))
            f = FieldSpan(f.line_no, start, end, "title")
        out.append(f)
    return out


def _outlet_repeats(
    lines: Sequence[str],
    kinds: Sequence[str],
    others: Sequence[int],
    fields: Sequence[FieldSpan],
    outlet: str | None,
) -> list[FieldSpan]:
    """Bullets that repeat the card's outlet (``  • Outlet``) are outlet spans too."""
    taken = {f.line_no for f in fields}
    repeats = []
    for i in others:
        start, end = line_value_span(lines[i])
        if kinds[i] == "bullet" and i not in taken and outlet and lines[i][start:end] == outlet:
            repeats.append(FieldSpan(i, start, end, "outlet"))
    return repeats


def _category(
    lines: Sequence[str],
    kinds: Sequence[str],
    title_line: int,
    others: Sequence[int],
    fields: Sequence[FieldSpan],
    outlet: str | None,
) -> list[FieldSpan]:
    """The first bullet, or short label above the headline, that is not the outlet nor a
    search page's count of results (:data:`~analysis.clean.card_lines.RESULT_COUNT`)."""
    taken = {f.line_no for f in fields}
    for i in others:
        if i in taken:
            continue
        start, end = line_value_span(lines[i])
        value = lines[i][start:end]
        above_label = kinds[i] == "label" and i < title_line
        if RESULT_COUNT.match(value):
            continue  # a search page's "12 results" over its first card
        if (kinds[i] == "bullet" or above_label) and value != outlet and end > start:
            return [FieldSpan(i, start, end, "category")]
    return []


def _dangling_byline(line: str) -> tuple[int, int] | None:
    """The name's span of ``Jane Doe |``: a name and a separator with nothing after it
    (the author's slot of a ``Name | date`` byline whose date the card leaves out)."""
    dangling = DANGLING_SEPARATOR.search(line)
    if dangling is None:
        return None
    start, _ = line_value_span(line)
    name = line[start : dangling.start()]
    if name.rstrip().endswith((":", "：")):  # "Author: —": a label over an empty value
        return None
    return (start, dangling.start()) if name and is_name_line(name) else None


def author_for(line: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The author's and the outlet's spans of ``Author for Outlet`` (both name-shaped:
    ``Sam Carter for The Morning Ledger``, ``Jo Bloggs, CITY POST for CITY POST``),
    else None.

    Parameters
    ----------
    line : str
        A card line.

    Returns
    -------
    tuple of (int, int) or None
        ``(author span, outlet span)`` in ``line``.
    """
    match = _AUTHOR_FOR.match(line)
    if match is None:
        return None
    author, outlet = match.group("author"), match.group("outlet")
    if not (is_name_line(author.split(",")[0]) and is_name_line(outlet)):
        return None
    return match.span("author"), match.span("outlet")


def is_name_line(line: str) -> bool:
    """A short line of capitalized words only (``The Evening Courier``), or of words of a
    script without case (``أخبار الميناء``, ``港口日报``).

    Parameters
    ----------
    line : str
        Any text; its letter runs are the words tested.

    Returns
    -------
    bool
        True for 1 to :data:`MAX_OUTLET_WORDS` words, none starting with a lower-case
        letter; where a word is of a script without case, also 1 to
        :data:`MAX_OUTLET_WORDS` words as :func:`~analysis.text.count_words` counts them
        (a character of Chinese or Japanese each: a headline is longer).
    """
    words = LETTER_RUN.findall(line)
    if not 0 < len(words) <= MAX_OUTLET_WORDS or any(is_lower_case(w[0]) for w in words):
        return False
    return all(opens_upper_case(w) for w in words) or count_words(line) <= MAX_OUTLET_WORDS


def _title_part(line: str, taken: Sequence[FieldSpan]) -> tuple[int, int]:
    """The longest part of a one-line header (``Outlet — Title — 3 hours ago``)."""
    parts = _parts(line)
    free = [
        (s, e)
        for s, e in parts
        if line[s:e].strip() and not any(f.start < e and s < f.end for f in taken)
    ]
    if not free:
        return line_value_span(line)
    start, end = max(free, key=lambda p: count_words(line[p[0] : p[1]]))
    text = line[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    return _unquoted(line, start, end)

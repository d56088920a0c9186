"""Article metadata found around the body: title, byline, dates, category, outlet, source.

Every finder returns :class:`FieldSpan` objects: a field name and the exact character
span of its value inside one line, so the segmenter can label those characters as
title or metadata and the rest of the line as boilerplate. Values are read back from the
span's text with :func:`field_value` (dates are turned into ISO ``yyyy-mm-dd``).

Cues are layout cues, not site names:

- title: the best-scored headline-shaped line among the substantive lines above the
  body (bylines, dates, captions, share bars and mastheads are not candidates), scored
  by :mod:`analysis.clean.headline` with cross-validated weights: it recurs elsewhere on
  the page, a byline or date sits next to it, a standfirst follows it, its words are
  the body's, it does not end in a photo credit, it is near the body;
- category: a short label line right above the title, else the breadcrumb step before
  the title (``Home»World»Title``);
- byline: ``By NAME`` (also glued to a preceding word, as in ``RoomBy Name``, after a
  date as ``... 7:45 am PST by Name``, or "By" alone with the name on the next line),
  ``Written by``, ``Posted by``, ``Author:``, another language's word for "by" or
  author label ("Par NAME", "Автор: NAME", "Yazar: NAME"), a reporter's role noun
  beside a name in Korean, Japanese and Chinese ("홍길동 기자", "记者 王小明"; the
  words: :mod:`analysis.clean.byline_words`); else a name printed alone under the
  headline with a mark of authorship (a handle, a role, a date line beside it, an
  author box below the body: :mod:`analysis.clean.bylines`), else an opinion column's
  author box over the headline (a name line over a role line, ``Columnist``);
- published: the first date in the header (the lines from just above the title, or
  above its first copy when a gallery repeats it, to the body), a date labelled
  "Published"/"Posted" winning over an earlier one labelled "Updated", in the forms of
  :mod:`analysis.clean.dates` (the day as printed, whatever zone is written; a date
  line without the year, "Posted Nov 18, 8:19 PM", in the year of the page's
  copyright notice unless a date on the page is later; a numeric date both orders
  make a date of, "04/03/2026", in the page's order:
  :func:`analysis.clean.page_date_order.numeric_day_first`); when the header has none, a short
  date line above the body's second paragraph (a standfirst may come first), else the
  nearest date line a few lines above the header (:data:`DATE_LINES_ABOVE_HEADER`; a
  headline chosen too low leaves its date above);
  none of these when the page dates itself relatively (a relative time in the header),
  and a calendar date above the title gives way to a relative time under it (it is a
  related item's);
- relative time: ``13 hours ago``, ``a day ago``, ``yesterday``, ``just now``,
  ``Monday 5:30PM``;
- outlet (site name): where :mod:`analysis.clean.site_name` finds the page's own name
  (a masthead, naming cues, a copyright notice), unless that line is body or another
  field;
- credited source: near the end of the body, ``Follow NAME on…``, ``Source: NAME``,
  ``Originally published by/in NAME``, ``Republished from NAME``, ``Via NAME`` (and
  the same note in other languages: ``Article publié initialement dans NAME``,
  ``Zuerst erschienen bei NAME``); else a
  press release's issuer under "NEWS PROVIDED BY" above the body; else an
  agency's signature or rights notice closing the story, on its last line or the next
  ("(ats/afp)", "Copyright 2026 X. All rights reserved. This material may not be
  published ...": :func:`analysis.clean.closing_notes.agency_credit`); else the
  holder of a copyright notice there that another holder's notice follows (an agency's
  notice under its story, the site's own closing the page).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from analysis.clean.byline_words import NAME_LIKE_BY_WORDS, by_words
from analysis.clean.bylines import (
    credit_after_byline,
    find_author_box_byline,
    find_closing_bracket_byline,
    find_name_line_byline,
    find_newsroom_byline,
    find_site_reporter_byline,
    publication_beside_byline,
)
from analysis.clean.capture_marks import capture_line_index
from analysis.clean.closing_box import BOX_BODY_LINES, closing_box_name
from analysis.clean.closing_notes import agency_credit, closing_bio_names, is_opinion_label
from analysis.clean.dates import (
    DateMatch,
    find_date,
    find_date_span,
    find_dates,
    find_published_date,
    is_day_range,
    labelled_dates,
    names_month_by_language,
    parse_date,
    writes_year_first,
)
from analysis.clean.fact_box import is_fact_box_line
from analysis.clean.header_lines import (
    CAPTION,
    RELATED_LABEL,
    STAFF_WORDS,
    find_byline,
    find_name_below_cue,
    interviewer_credit,
    is_doubled,
    is_label_like,
    is_menu_line,
    is_meta_line,
    is_role_line,
    provider_name_line,
    without_reporting_cues,
)
from analysis.clean.headline import (
    TITLE_SEARCH_LINES,
    find_title_line,
    headline_lines,
    is_dated_teaser,
    is_site_staff_credit,
    spans_years,
)
from analysis.clean.interface_words import INTERFACE_WORDS
from analysis.clean.month_names import DAY_WORDS
from analysis.clean.name_forms import compact_name
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.clean.page_date_order import numeric_day_first, page_languages
from analysis.clean.programme_labels import is_episode_label
from analysis.clean.reader_view_byline import reader_view_credits, reader_view_site_line
from analysis.clean.relative_times import find_relative_time
from analysis.clean.scraper_header import (
    header_byline,
    header_date,
    header_value_span,
    saved_date_lines,
)
from analysis.clean.site_name import SiteName, page_site_name
from analysis.clean.title_separators import without_bracket_label
from analysis.clean.trail_dates import weekday_trail_date
from analysis.clean.weekdays import is_weekday_name, printed_weekdays, weekdays_beside
from analysis.clean.yearless_dates import find_yearless_dates, page_year, yearless_iso
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    FIELD_LABEL,
    LETTER_RUN,
    bullet_end,
    clean_name,
    count_words,
    is_blank,
    is_lower_case,
    is_upper_case,
    opens_upper_case,
)
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

__all__ = [
    "FIND_SITE",
    "METADATA_FIELDS",
    "DateMatch",
    "FieldSpan",
    "KnownSite",
    "article_page_fields",
    "field_value",
    "find_breadcrumb",
    "find_byline",
    "find_credited_source",
    "find_date",
    "find_relative_time",
    "find_site_name",
    "find_title_line",
    "parse_date",
]

#: Field names a FieldSpan may carry (see analysis.clean.segment for the full block field set).
METADATA_FIELDS = (
    "title",
    "title_repeat",
    "outlet",
    "byline",
    "published",
    "relative_time",
    "category",
    "credited_source",
)

# How far after the body's last line a credited source is looked for, in lines.
SOURCE_SEARCH_LINES = 12
#: When the header has no date: how many lines above it a date line is still taken.
#: Chosen from 0/5/10/20 by 5-fold cross-validation by site on the metadata benchmark
#: (``benchmarks/metadata_benchmark.py`` prints the held-out figure next to the all-dev
#: one; one dev site needs it; 20 lines also takes a masthead's date).
DATE_LINES_ABOVE_HEADER = 10
#: Lines above the title (or its first copy) where the header's byline and date may sit.
HEADER_LINES_ABOVE_TITLE = 3
#: How far above the title line an exact copy of it is taken as the same headline (a
#: gallery or a sticky bar repeats it above the body): the header then starts there.
TITLE_COPY_REACH = 60


@dataclass(frozen=True)
class FieldSpan:
    """A metadata value's place in the page.

    Attributes
    ----------
    line_no : int
        0-based line index.
    start, end : int
        Character offsets of the value within the line (without its ``\\n``).
    field : str
        One of :data:`METADATA_FIELDS`.
    """

    line_no: int
    start: int
    end: int
    field: str


class _Unknown(enum.Enum):
    FIND = "find"


#: Passed as ``site`` when the page's site name is not known yet: it is found in the
#: lines. A page's site name is found once per page (``analysis.clean.page_rows``
#: finds it and passes it down); :data:`KnownSite` is what the callers pass.
FIND_SITE = _Unknown.FIND
#: A page's site name as :func:`analysis.clean.site_name.page_site_name` gives it for
#: the page's whole text (None: nothing names the site), or :data:`FIND_SITE`.
KnownSite = SiteName | None | Literal[_Unknown.FIND]


_BREADCRUMB_SEPARATORS = re.compile(r"\s*[»›>|/]\s*")


def next_nonblank(lines: Sequence[str], start: int) -> int | None:
    """Index of the first non-blank line at or after ``start``, or None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    start : int
        First index looked at; past the end gives None.

    Returns
    -------
    int or None
        A line index (:func:`analysis.text.is_blank` decides blank).
    """
    for j in range(start, len(lines)):
        if not is_blank(lines[j]):
            return j
    return None


def previous_nonblank(lines: Sequence[str], start: int) -> int | None:
    """Index of the last non-blank line at or before ``start``, or None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    start : int
        Last index looked at; past the end means the last line.

    Returns
    -------
    int or None
        A line index, searching backwards.
    """
    for j in range(min(start, len(lines) - 1), -1, -1):
        if not is_blank(lines[j]):
            return j
    return None


def line_value_span(line: str) -> tuple[int, int]:
    """Span of a line's text without surrounding whitespace, a leading bullet and a
    scraper header's "Title:" label (an e-mail's "Subject:").

    Parameters
    ----------
    line : str
        One line, without its line end.

    Returns
    -------
    tuple of int
        ``(start, end)`` in ``line``; ``(0, 0)`` when nothing is left.
    """
    start = bullet_end(line)
    label = TITLE_LABEL.match(line, start)
    if label is not None:  # "Title: Council approves ...", as scrapers print their header
        start = label.end()
    end = len(line.rstrip())
    if (
        label is not None
        and label.group("toml")
        and end - start > 2
        and line[end - 1] == line[start]
    ):
        start, end = start + 1, end - 1  # TOML's 'title = "..."': the text inside the quotes
    return (start, end) if end > start else (0, 0)


#: The label a scraper's header or a feed dump prints before a title ("Title: ...",
#: "headline: ..."), an e-mail's ("Subject: ...", a newsletter saved as text), and TOML
#: front matter's key before a quoted value ('title = "..."', group ``toml``).
TITLE_LABEL = re.compile(
    r"(?:title|headline|subject)\s*(?::\s+(?=\S)|(?P<toml>=\s*(?=[\"'])))", re.I
)


def find_breadcrumb(lines: Sequence[str], title_line: int, search_lines: int = 6):
    """Return (line_no, category span, title span) of a breadcrumb ending in the title.

    A breadcrumb is a line above the title made of separator-joined steps whose last step
    is the title ("Home»World»Title"). The category is the step before the title unless
    that is the first step (usually "Home").

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The title's line.
    search_lines : int
        How many lines above the title are looked at, nearest first.

    Returns
    -------
    tuple or None
        ``(line_no, (start, end), (start, end))``, spans within that line.
    """
    title = lines[title_line].strip()
    for j in range(title_line - 1, max(-1, title_line - search_lines - 1), -1):
        line = lines[j].rstrip()
        if j == title_line or not line.endswith(title) or line.strip() == title:
            continue
        head = line[: len(line) - len(title)]
        steps = [m for m in re.finditer(r"[^»›>|/]+", head) if m.group().strip()]
        if not _BREADCRUMB_SEPARATORS.search(head) or len(steps) < 2:
            continue
        step = steps[-1]
        offset = len(step.group()) - len(step.group().lstrip())
        category = (step.start() + offset, step.start() + len(step.group().rstrip()))
        return j, category, (len(line) - len(title), len(line))
    return None


def find_site_name(lines: Sequence[str], site: KnownSite = FIND_SITE) -> FieldSpan | None:
    """Return the span of the page's own site name, or None.

    The name and its place come from :func:`analysis.clean.site_name.page_site_name`
    (the one site-name finder); ``site`` is its result for these lines when the caller
    has it already (default: found here).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    site : KnownSite
        The site name already found, None for none, or :data:`FIND_SITE` to find it.

    Returns
    -------
    FieldSpan or None
        An ``outlet`` span; None also for a name with no place on the page.
    """
    if site is FIND_SITE:
        site = page_site_name(lines)
    if site is None or site.end <= site.start:
        return None
    return FieldSpan(site.line_no, site.start, site.end, "outlet")


# A republishing note: "Source: X", "Original source: X" (an aggregator's line under a
# partner's story, review h450), "Originally published on X", "This article first
# appeared on X and is republished here with permission", "This article is republished
# from X under a Creative Commons license", "Read the original article on X"; an
# aggregator's or a portal's note under a story it re-hosts: "Continue reading on X", "Read
# the full story on X", "Provided by X", "Read more from X" (a capitalized name: not "Read
# more from our archive"); in other languages, that the article was first published in X ("Article
# publié initialement dans X", "Zuerst erschienen bei X", "Publicado originalmente en
# X"): the name, then at most a clause on the terms ("and is ...", "under ...", "with
# permission", "et ...", "avec ...") or the day ("on 3 March 2026", "le 2 décembre").
_FIRST_PUBLISHED_ELSEWHERE = (
    # French
    r"|(?:Cet\s+article\s+(?:a\s+été\s+|est\s+)?|Article\s+)?"
    r"(?:(?:initialement|originellement|d['’]abord)\s+(?:publié|paru)e?"
    r"|(?:publié|paru)e?\s+(?:initialement|originellement|à\s+l['’]origine|d['’]abord"
    r"|pour\s+la\s+première\s+fois))\s+(?:dans|sur|par|chez)"
    r"|Cet\s+article\s+a\s+(?:initialement|d['’]abord)\s+été\s+publié\s+(?:dans|sur|par)"
    # German
    r"|(?:Dieser\s+(?:Artikel|Beitrag)\s+)?erschien\s+(?:zuerst|ursprünglich|erstmals)"
    r"\s+(?:in|im|bei|auf)|(?:Zuerst|Ursprünglich|Erstmals)\s+(?:erschienen|veröffentlicht)"
    r"\s+(?:in|im|bei|auf)"
    # Spanish, Portuguese, Italian
    r"|(?:Est[ea]\s+(?:artículo|artigo|nota|matéria)\s+(?:fue\s+|foi\s+)?)?"
    r"(?:publicad[oa]\s+originalmente|originalmente\s+publicad[oa])\s+(?:en|por|em|no|na|pel[oa])"
    r"|(?:Questo\s+articolo\s+(?:è\s+stato\s+)?)?pubblicato\s+(?:originariamente|"
    r"originalmente|inizialmente|per\s+la\s+prima\s+volta)\s+(?:su|da|in|sul|sulla|nel|nella)"
    # Dutch
    r"|(?:Dit\s+artikel\s+)?(?:verscheen|is)\s+(?:eerder|oorspronkelijk|eerst)\s+"
    r"(?:verschenen\s+)?(?:in|op|bij)|(?:Eerder|Oorspronkelijk)\s+verschenen\s+(?:in|op|bij)"
)
_REPUBLISHING_NOTE = re.compile(
    r"^\s*(?:(?:Original\s+)?Sources?|Originally published (?:by|in|on|at)|Provided by"
    r"|Republished (?:from|with permission (?:from|of))"
    r"|This (?:article|story) (?:was |is )?(?:originally |first )?"
    r"(?:appeared|published|republished|ran) (?:first )?(?:in|on|by|at|from)"
    r"|(?P<onward>Read the (?:original|full|whole|complete) (?:article|story) (?:in|on|at)"
    r"|Continue reading (?:on|at)|Read more from(?=\s+(?-i:[A-Z])))"
    rf"|Via|Courtesy(?: of)?{_FIRST_PUBLISHED_ELSEWHERE})\s*:?\s+"
    # a note sending the reader on may name the original's domain ("on example.com")
    r"(?P<name>(?(onward)(?:[^.:;]|\.(?=\w))+?|[^.:;]+?))"
    r"(?:,?\s+(?:(?:and|et|und|y|e|en)\s+(?-i:[a-z])|(?:under|with|sous|avec|unter|mit|bajo"
    r"|con|com|sotto|met|onder)\b|(?:on|le|am|el|il|em|op)\s+\d)[^:;]*)?"
    # a sentence after the note's ("... by The Basin Current. Sign up for their newsletter.")
    r"(?P<more>\.\s+(?-i:[A-Z])[^\n]*)?\.?"
    # a link's arrow after the name ("Read the full story at Example Times ›")
    r"(?:\s*[›»→]+)?\s*$",
    re.IGNORECASE,
)
# A note's cue that says the text was published elsewhere first (not "Via", "Source:"):
# after it a capitalized name may be followed by another sentence.
_PUBLISHED_FIRST_CUE = re.compile(r"publi|appear|\bran\b|erschien|verscheen|paru", re.IGNORECASE)
_SOURCE_CUES = (re.compile(r"^\s*Follow\s+(?P<name>.+?)\s+on"), _REPUBLISHING_NOTE)
#: How many lines above the body's first line a republishing note is looked for.
NOTE_ABOVE_LINES = 4
_NOT_A_SOURCE = {"us", "me", "our", "them", "him", "her", "the author", "this author"}
MAX_SOURCE_WORDS = 6


def find_credited_source(
    lines: Sequence[str],
    body_lines: Sequence[int],
    notices: Sequence[tuple[int, int, int]] = (),
) -> list[FieldSpan]:
    """Return the span(s) of an original source credited at the end of the body or above it.

    Looks at the body's last line and the :data:`SOURCE_SEARCH_LINES` lines after it for
    a source cue, then at the body's first line and the :data:`NOTE_ABOVE_LINES` lines
    above it for a republishing note ("This article first appeared on X and is
    republished here with permission"); a line right after the cue that repeats the name
    (a logo caption) and another note crediting the same name are returned too. The line
    of a span is no body line (:mod:`analysis.clean.segment` drops a line with a value).
    Without a cue, the first of ``notices`` there is the credit (an agency's notice under
    its story, the site's own notice closing the page below it).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_lines : sequence of int
        The article's body lines, ascending; none gives no span.
    notices : sequence of tuple of int
        (line, start, end) of the holders of notices other than the site's own, above
        the page's closing notice (:attr:`~analysis.clean.site_name.SiteName.credits`).

    Returns
    -------
    list of FieldSpan
        ``credited_source`` spans: none, the name, or the name and its repeats.
    """
    if not body_lines:
        return []
    first, last = body_lines[0], body_lines[-1]
    body = set(body_lines)
    below = [
        (i, _SOURCE_CUES)
        for i in range(last, min(len(lines), last + SOURCE_SEARCH_LINES + 1))
        if i not in body or i == last
    ]
    # above the body only a republishing note ("Follow X on" there is the site's chrome)
    above = [(i, (_REPUBLISHING_NOTE,)) for i in range(max(0, first - NOTE_ABOVE_LINES), first + 1)]
    for i, cues in [*below, *above]:
        for cue in cues:
            match = cue.search(lines[i])
            if not match:
                continue
            name = match.group("name").strip()
            if name.lower() in _NOT_A_SOURCE or not 0 < count_words(name) <= MAX_SOURCE_WORDS:
                continue
            if match.groupdict().get("more") and not (
                opens_upper_case(name)
                and _PUBLISHED_FIRST_CUE.search(match.string, 0, match.start("name"))
                and not _opens_with_date(match.string[match.start("name") :])
            ):
                continue  # "Via the app users can pay. ...", "... on July 12, 2020. It ..."
            start = match.start("name") + match.group("name").index(name)
            spans = [FieldSpan(i, start, start + len(name), "credited_source")]
            following = next_nonblank(lines, i + 1)
            if following is not None and lines[following].strip() == name:
                s, e = line_value_span(lines[following])
                spans.append(FieldSpan(following, s, e, "credited_source"))
            # the same credit's other note ("Read the original article on X" under the
            # story, "This article first appeared on X" above it), also a body line's
            for j in range(max(0, first - NOTE_ABOVE_LINES), below[-1][0] + 1):
                other = _REPUBLISHING_NOTE.search(lines[j]) if j != i else None
                if other and other.group("name").strip().casefold() == name.casefold():
                    at = other.start("name") + other.group("name").index(other["name"].strip())
                    spans.append(FieldSpan(j, at, at + len(name), "credited_source"))
            return spans
    # a press release's issuer, under "NEWS PROVIDED BY" above the story
    issuer = provider_name_line(lines, first - NOTE_ABOVE_LINES - 2, first)
    if issuer is not None:
        return [FieldSpan(issuer, *line_value_span(lines[issuer]), "credited_source")]
    # the agency's signature or rights notice closing the story, or on the line after it
    after = next_nonblank(lines, last + 1)
    for i in (last, *((after,) if after is not None and after not in body else ())):
        if named := agency_credit(lines[i]):
            return [FieldSpan(i, *named, "credited_source")]
    for line_no, start, end in notices:
        if last <= line_no <= last + SOURCE_SEARCH_LINES and (
            line_no not in body or line_no == last
        ):
            return [FieldSpan(line_no, start, end, "credited_source")]
    return []


def _opens_with_date(text: str) -> bool:
    """True when ``text`` opens with a date ("July 12, 2020. It was updated ...")."""
    found = find_date_span(text)
    return found is not None and found[0] == 0


def header_meta_spans(lines: Sequence[str], first: int, stop: int) -> list[FieldSpan]:
    """Return byline, published and relative-time spans in lines ``first`` to ``stop - 1``.

    Only the first byline, the first date and the first relative time are kept, except
    that a date labelled as an update ("Updated", "Modified") gives way to a date
    labelled as the publication ("Published", "Posted") in the same or a later line, or
    to an earlier day without a label on a later date line (the publication, whatever
    its language calls it: a page is changed after it is published; a caption's day is
    no date line's); and a date without a label gives way to a later one labelled as
    the publication (an obituary's "Born: March 14, 1931" or a review's release day over
    "Published December 3, 2026": the label says which day is the page's).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    first, stop : int
        The header's lines, ``stop`` excluded; clipped to the page. A blank line or one
        of more than 30 words is skipped.

    Returns
    -------
    list of FieldSpan
        At most one span of each field, in the order found.
    """
    spans: list[FieldSpan] = []
    found: set[str] = set()
    updated_only = False  # the published span so far is a date labelled "Updated"
    updated_iso = ""  # ... and its day
    unlabelled = False  # the published span so far is a date without a label
    phrase: FieldSpan | None = None  # the first date ending a phrase, not a sentence
    for i in range(max(0, first), min(stop, len(lines))):
        line = lines[i]
        if is_blank(line) or count_words(line) > 30:
            continue
        if "byline" not in found and (byline := find_byline(line)):
            spans.append(FieldSpan(i, *byline, "byline"))
            found.add("byline")
        elif "byline" not in found and (below := find_name_below_cue(lines, i)):
            if below[0] < stop:
                spans.append(FieldSpan(*below, "byline"))
                found.add("byline")
        dated = None
        if "published" not in found or updated_only or unlabelled:
            dated = (
                find_published_date(line)
                or _yearless_published(lines, line)
                or _ordered_published(lines, line)
            )
        if dated is not None and (
            _dates_something_else(line, dated[1])
            or (is_dated_teaser(line) and not is_episode_label(line))
            or is_day_range(line, dated[0])
            or (dated[1] is None and is_fact_box_line(lines, i))
        ):
            dated = None  # a photo's date, another item's ("Other story — Dec. 1, 2026"),
            # an event's days ("LANTERN FESTIVAL · JUNE 12–15, 2026"), a review's fact
            # box's row ("Uscita: 4 dicembre 2026": the album's release, h388); an
            # episode's label with its air date is the page's ("Show — épisode 57 — 3
            # décembre 2026", no other story's teaser)
        if dated is not None and _dated_phrase(line):
            # the day of a phrase: an event's in a sentence ("The final vote is set for
            # Dec. 15, 2026.") or running into it ("Polls open Dec. 15, 2026"), none;
            # else (set off: "Édition du mercredi 2 décembre 2026", "The Example Daily
            # print edition, December 2, 2026") the page's if the header has no other
            if phrase is None and not _names_events_day(line, dated[0]):
                phrase = FieldSpan(i, dated[0].start, dated[0].end, "published")
            dated = None
        if dated is not None and (
            "published" not in found
            or dated[1] == "publish"
            or (dated[1] is None and dated[0].iso < updated_iso and is_meta_line(line))
        ):
            date, label = dated
            spans = [s for s in spans if s.field != "published"]
            spans.append(FieldSpan(i, date.start, date.end, "published"))
            found.add("published")
            updated_only = label == "update"
            updated_iso = date.iso if updated_only else ""
            unlabelled = label is None
        rel = find_relative_time(line) if "relative_time" not in found else None
        if rel and _is_sentence_of_prose(line):
            rel = None  # a lead paragraph that says "yesterday" is no date line
        if rel and not any(s.line_no == i and s.start < rel[1] and rel[0] < s.end for s in spans):
            spans.append(FieldSpan(i, *rel, "relative_time"))
            found.add("relative_time")
    if phrase is not None and "published" not in found:
        spans.append(phrase)
    return spans


def _yearless_published(lines: Sequence[str], line: str) -> tuple[DateMatch, str | None] | None:
    """The published date of a date ``line`` that prints it without a year, labelled or
    with its clock time ("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM" gives Nov 18:
    :func:`analysis.clean.yearless_dates.find_yearless_dates`), in the year of the page's
    copyright notice (:func:`analysis.clean.yearless_dates.page_year`); None without such a date,
    on a line of more than :data:`DATE_LINE_MAX_WORDS` words, without a notice year, or
    when the line names a weekday that day of that year is not ("jueves 3 de diciembre"
    under a stale notice's year: no year is guessed)."""
    dates = find_yearless_dates(line)
    if not dates or count_words(line) > DATE_LINE_MAX_WORDS:
        return None
    date = next((d for d in dates if d.label != "update"), dates[0])
    year = page_year("\n".join(lines))
    iso = date.iso(year) if year is not None else None
    named = printed_weekdays(line)
    if (
        iso is not None
        and named is not None
        and dt.date.fromisoformat(iso).weekday() not in named.days
    ):
        return None
    return (DateMatch(date.start, date.end, iso), date.label) if iso is not None else None


def _ordered_published(lines: Sequence[str], line: str) -> tuple[DateMatch, str | None] | None:
    """The published date of a date ``line`` whose numeric date reads either way
    ("04/03/2026"), in the page's order (:func:`analysis.clean.page_date_order.numeric_day_first`),
    or whose month's name two languages print as two months ("3. listopada 2026"), in
    the page's language (:func:`analysis.clean.page_date_order.page_languages`); None without
    such a date or when nothing on the page decides it."""
    if find_date_span(line) is None:  # (a date in either order or language: remembered)
        return None
    page = "\n".join(lines)
    day_first = numeric_day_first(page, line)
    languages = page_languages(page) if names_month_by_language(line) else None
    if day_first is None and languages is None:
        return None
    return find_published_date(line, day_first, languages)


def published_value(text: str, page: str, line: str | None = None) -> str | None:
    """The ISO date of a ``published`` span's ``text``: :func:`field_value`'s; for a
    date the ``page`` decides, in its order of day and month (or its ``line``'s words
    do: :func:`analysis.clean.page_date_order.numeric_day_first`) or with a month's name of its
    language (:func:`_ordered_published`); for a date printed without its year
    (:func:`_yearless_published`) the day in the year of the page's copyright notice.

    Parameters
    ----------
    text : str
        The span's text.
    page : str
        The whole page's text.
    line : str, optional
        The line the span is printed on ("Publié le 3/12/2026 à 08:45"); default the
        span itself.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None for a span that holds no date.
    """
    iso = parse_date(text)
    if iso is not None and line is not None and line != text and writes_year_first(line):
        # a span cut from a line in a script whose dates put the year first ("26.12.04
        # 09:12" of "입력 26.12.04 09:12"): its date as the whole line reads it
        at = line.find(text)
        iso = next((d.iso for d in find_dates(line) if d.start <= at < d.end), iso)
    if iso is None and find_date_span(text) is not None:  # its page decides which day
        day_first = numeric_day_first(page, text if line is None else line)
        languages = page_languages(page) if names_month_by_language(text) else None
        dates = find_dates(text, day_first, languages)
        return dates[0].iso if dates else None
    if iso is None and line is not None and line != text:
        iso = _date_its_line_reads(text, line)
    if iso is None and (year := page_year(page)) is not None:
        iso = yearless_iso(text, year)
    if iso is None:
        iso = _compact_iso(text)
    return iso


# A date written as eight digits, year first ("20261203": a news database's "일자"
# column, a data export's date key).
_COMPACT_DATE = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)")


def _compact_iso(text: str) -> str | None:
    """The date of a ``published`` span that is eight digits, year, month and day
    ("20261203" -> "2026-12-03"), a valid day; else None. Only a span a date's label or
    column names is read so (eight digits elsewhere are an id or a count)."""
    found = _COMPACT_DATE.fullmatch(text.strip())
    if found is None:
        return None
    try:
        day = dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
    return day.isoformat()


def _date_its_line_reads(text: str, line: str) -> str | None:
    """The date of the span ``text`` as its ``line`` reads it, where the span alone reads
    none: a date read by the weekday printed beside it ("woensdag 02-12-26":
    :mod:`analysis.clean.weekday_short_dates`), outside the span."""
    at = line.find(text.strip())
    if at < 0:
        return None
    return next((date.iso for date in find_dates(line) if date.start <= at < date.end), None)


# A photo credit: "Name/Agency" (letters on both sides of the slash, no space).
_SLASH_CREDIT = re.compile(r"[^\W\d_]/[A-Z]")
#: A line of more words than this (its dates left out) holds a date of the page only
#: beside a date label or a byline, or when most of its words are not lower-case
#: ones: else it is prose (the bound of :func:`is_meta_line`).
DATE_LINE_MAX_WORDS = 12


def _is_sentence_of_prose(line: str) -> bool:
    """A line longer than a date line (:data:`DATE_LINE_MAX_WORDS`) ending as a sentence
    ends: prose, whatever time words it holds ("... voted yesterday to recall him.")."""
    return count_words(line) > DATE_LINE_MAX_WORDS and strip_closing_marks(line.rstrip()).endswith(
        tuple(SENTENCE_MARKS)
    )


def _dates_something_else(line: str, label: str | None) -> bool:
    """True when the date of a header ``line`` (with its ``label``: "publish",
    "update" or None) is not the page's: the line is a photo caption or credit
    (:func:`_is_photo_caption`), a span of years without a date label
    (:func:`~analysis.clean.headline.spans_years`), or prose
    (:func:`_is_prose_around_dates`) without a date label or a byline. An honest "no
    date" beats a photo's date."""
    if _is_photo_caption(line):
        return True
    if label is None and spans_years(line):
        return True  # a life's or a term's span ("Born ... 1938 ...; died ... 2026 ...")
    return label is None and _is_prose_around_dates(line) and not find_byline(line)


def _dated_phrase(line: str) -> bool:
    """True for a header line whose first date ends a phrase of the line's own ("The
    final vote is set for Dec. 15, 2026.", "Polls open Dec. 15, 2026"): two words or
    more before it (a subject and its verb), one of them a lower-case word that is no
    function word, and no byline or date label on the line (a date line names the day
    with a label, a byline, a weekday or a site's name: "Posted on ...", "By Jo Doe on
    ...", "Harbour Times, Wednesday December 2"). Perhaps an event's day: in a sentence,
    or running into the phrase's words, it is never the page's (:func:`_names_events_day`),
    and otherwise only when the header prints no other date ("Édition du mercredi 2
    décembre 2026" alone is the page's; :func:`header_meta_spans`). A weekday's name
    before a comma opening the line is the date's, no phrase's ("Ku wa kane, itariki 3
    ...": Kirundi's Thursday, of three words). No tuned value."""
    dated = labelled_dates(line)
    if not dated or any(label for _, label in dated) or find_byline(line):
        return False
    if is_episode_label(line):  # "Show — épisode 57 — 42 min — 3 décembre 2026": air date
        return False
    before = line[: dated[0][0].start]
    weekday, comma, rest = before.partition(",")
    if comma and is_weekday_name(weekday):  # "Ku wa kane, itariki 3 ...": no phrase's
        before = rest
    words = LETTER_RUN.findall(before)
    return len(words) >= 2 and any(
        is_lower_case(word) and word not in FUNCTION_WORDS and word not in _DATES_OWN_WORDS
        for word in words
    )


# The words a date line prints before its day that are the date's own, no phrase's
# ("Kemis, kaping 3 Désémber 2026", "Thứ Năm, ngày 3 tháng 12 năm 2026").
# A clock time's marks are the date's too ("6:02 pm on 24 November 2026", a broadcaster's
# stamp of the time first).
_DATES_OWN_WORDS = frozenset(DAY_WORDS) | {"am", "pm"}


def _names_events_day(line: str, date: DateMatch) -> bool:
    """True for a phrase's ``date`` (:func:`_dated_phrase`) that is an event's day: the
    line is a sentence, or the date runs into the phrase's words (not
    :func:`_date_set_off`)."""
    return _dated_phrase(line) and (_is_sentence_line(line) or not _date_set_off(line, date))


# What sets a date line's field off from the words before it.
_FIELD_SEPARATORS = (",", "，", "،", "-", "–", "—", "|", "·", "•", "/", ":")


def _date_set_off(line: str, date: DateMatch) -> bool:
    """True when a phrase's date is set off from its words as a date line's field is:
    after a comma or a separator ("The Example Daily print edition, December 2, 2026",
    "By admin - 2018-09-16") or named with its weekday ("Édition du mercredi 2 décembre
    2026"). A phrase running into its date
    ("Polls open Dec. 15, 2026", "Hearing set for December 15, 2026") names an event's
    day. No tuned value."""
    if line[: date.start].rstrip().endswith(_FIELD_SEPARATORS):
        return True
    return weekdays_beside(line, date.start, date.end) is not None


def _is_sentence_line(line: str) -> bool:
    """True for a line closed by a sentence mark (a closing quotation mark aside)."""
    return strip_closing_marks(line.rstrip()).endswith(tuple(SENTENCE_MARKS))


def _is_photo_caption(line: str) -> bool:
    """True for a line with a caption word (photo, image, credit, ...) or a
    "Name/Agency" credit ("... in Springfield, March 3, 2019. Jo Bloggs/Agency")."""
    return bool(CAPTION.search(line) or _SLASH_CREDIT.search(line))


def _is_prose_around_dates(line: str) -> bool:
    """True when, its dates left out, ``line`` has more than
    :data:`DATE_LINE_MAX_WORDS` words and most of them are lower-case words (a
    sentence: "Officials wait to enter the hall on Tuesday, June 4, 2019, in the
    rain"; not a date line's labels and times, nor a script without case)."""
    rest, end = [], 0
    for date in find_dates(line):
        rest.append(line[end : date.start])
        end = date.end
    words = " ".join([*rest, line[end:]]).split()
    lower = sum(1 for word in words if is_lower_case(word))
    return len(words) > DATE_LINE_MAX_WORDS and 2 * lower > len(words)


def article_page_fields(
    lines: Sequence[str], body_lines: Sequence[int], site: KnownSite = FIND_SITE
) -> list[FieldSpan]:
    """Return the metadata spans of the single article of an article page.

    Parameters
    ----------
    lines : sequence of str
        The page's lines (no line endings).
    body_lines : sequence of int
        Sorted indices of the article's body lines (from analysis.clean.body).
    site : SiteName or None, optional
        The page's site name (:func:`analysis.clean.site_name.page_site_name` of
        ``lines``) when the caller has found it; default: found here.

    Returns
    -------
    list of FieldSpan
        Title (and its repeats above the body), category, byline, published, relative
        time, outlet (site name) and credited source, as found; sorted by position.
    """
    if not body_lines:
        return []
    body_start = body_lines[0]
    spans: list[FieldSpan] = []
    if site is FIND_SITE:
        site = page_site_name(lines)
    site_name = site.name if site else None
    title_line = find_title_line(lines, body_start, site_name=site_name)
    opening = site.masthead if site is not None else None
    if (
        opening
        and title_line is not None
        and (
            compact_name(lines[title_line]) == compact_name(opening)
            or is_site_staff_credit(lines[title_line], opening)
        )
    ):
        # the masthead a page named by its notice opens with ("Example Daily" over the
        # menu, "© 2026 The Example Daily Group" below) is no headline, nor the staff
        # credit naming it ("KTLM Staff" under a station's "KTLM 12" masthead)
        title_line = find_title_line(lines, body_start, site_name=opening)
    header_first = max(0, body_start - TITLE_SEARCH_LINES)
    headline = []  # the title's lines: a headline printed over two lines or more
    if title_line is not None:
        headline = headline_lines(lines, title_line, body_start, site_name)
        spans += [
            FieldSpan(i, *(header_value_span(lines, i) or line_value_span(lines[i])), "title")
            for i in headline
        ]
        spans += _title_repeats(lines, title_line, body_start)
        spans += _category(lines, headline[0], site_name)
        header_first = _first_copy_above(lines, title_line) - HEADER_LINES_ABOVE_TITLE
        header_first = min(header_first, headline[0] - HEADER_LINES_ABOVE_TITLE)
    header_lines = [i for i in range(header_first, body_start) if i not in headline]
    taken = {s.line_no for s in spans}
    spans += [
        s
        for s in _header_meta_beside_masthead(lines, header_first, body_start, site)
        if s.line_no in header_lines and s.line_no not in taken
    ]
    if title_line is not None and not any(s.field == "byline" for s in spans):
        body_end = body_lines[-1]
        first_copy = _first_copy_above(lines, title_line)
        # the site's name printed over the headline, never its author's; on a page its
        # chain's notice names, the masthead it opens with (review h427: "Karen Holt" /
        # "Millbrook Sentinel" / "Published ..." under "The Millbrook Sentinel" and
        # "© 2026 Garnet Media Co.": the paper's line, not a second author)
        masthead = site_name if site is not None and site.line_no < first_copy else None
        if masthead is None and site is not None and site.masthead:
            masthead = site.masthead
        named = find_name_line_byline(lines, title_line, body_start, body_end, masthead, site_name)
        if named is not None and named[0] == reader_view_site_line(lines, title_line, body_start):
            named = None  # a reader view's credits naming the site, no author
        if named is None and first_copy < title_line:  # a gallery repeats the headline
            named = find_name_line_byline(lines, first_copy, title_line, body_end, masthead)
        below = [i for i in body_lines if i > title_line]
        if named is None and len(below) > 1:
            # under a standfirst the body detector took in, above the next paragraph
            named = find_name_line_byline(lines, below[0], below[1], body_end, masthead)
        if named is None:  # a reader view's credits line, in a script without case too
            named = reader_view_credits(lines, title_line, body_start)
        if named is None:  # the newsroom signing in the name's place ("Redacción")
            named = find_newsroom_byline(lines, headline[-1], body_start)
        if named is None:  # "Laporan Wartawan SITE, NAME": the site named before its reporter
            named = find_site_reporter_byline(lines, headline[-1], body_start)
        if named is None:  # an opinion column's author box over the headline
            named = find_author_box_byline(lines, first_copy, masthead)
        if named is None:  # the site's staff credited without "By" under the headline
            named = next(
                (
                    (i, *line_value_span(lines[i]))
                    for i in range(headline[-1] + 1, body_start)
                    if is_site_staff_credit(lines[i], site_name)
                ),
                None,
            )
        # the name's line may hold its date ("Sanne Bakker · 3 dec 2026"), not another field
        if named is not None and not any(
            s.line_no == named[0] and s.start < named[2] and named[1] < s.end for s in spans
        ):
            spans.append(FieldSpan(*named, "byline"))
        elif named is None:  # the authors' biographies closing the body, under "About
            # the authors": each name is a byline's (the article's value joins them)
            opinion = any(
                s.field == "category" and is_opinion_label(lines[s.line_no][s.start : s.end])
                for s in spans
            )  # a guest writer's biography of any post closes an opinion piece
            closing = closing_bio_names(lines, body_lines, opinion)
            # a columnist's box under the story, its sentence perhaps the body's last
            # paragraphs but one (a disclaimer under it: "Os artigos de opinião não ...")
            box_from = body_lines[-BOX_BODY_LINES - 1] if len(body_lines) > 3 else body_end
            if not closing and (boxed := closing_box_name(lines, box_from)) is not None:
                closing = [boxed]
            # an interview's closing credit of its interviewer ("Das Gespräch führte NAME.")
            if not closing and (asked := interviewer_credit(lines[body_end])) is not None:
                closing = [(body_end, *asked)]
            spans += [FieldSpan(*name, "byline") for name in closing]
    spans = _without_related_date(spans, body_start if title_line is None else title_line)
    if title_line is not None:
        spans = _trail_dated(lines, title_line, spans)
    dated = {s.field for s in spans} & {"published", "relative_time"}
    # a page dated relatively ("5 hours ago", "Monday 5:30PM") has no calendar date to
    # look for beyond its header: a date there is another item's
    found = {s.field for s in spans} | ({"published"} if dated else set())
    spans += _meta_at_body_start(lines, body_start, found)
    if any(find_date_span(lines[i]) for i in header_lines if i >= 0):
        found = found | {"published"}  # a header date, read or undecided, is the page's
    spans += _meta_after_body(lines, body_lines[-1], {s.field for s in spans} | found)
    if not dated:
        spans += _date_line_above(lines, header_first, {s.line_no for s in spans})
    if not ({s.field for s in spans} & {"published", "relative_time"}):
        taken = {s.line_no for s in spans}
        spans += _undecided_date(lines, [i for i in header_lines if i >= 0 and i not in taken])
    if not ({s.field for s in spans} & {"published", "relative_time"}):
        spans += _published_below(lines, body_lines)
    site_span = find_site_name(lines, site)
    taken = {s.line_no for s in spans} | set(body_lines)
    if site_span is not None and site_span.line_no not in taken:
        spans.append(site_span)
    spans += find_credited_source(lines, body_lines, site.credits if site else ())
    spans += _byline_credit(lines, spans)
    spans = _header_block_byline(lines, _header_block_dates(lines, spans))
    return sorted(spans, key=lambda s: (s.line_no, s.start))


def _header_meta_beside_masthead(
    lines: Sequence[str], first: int, stop: int, site: SiteName | None
) -> list[FieldSpan]:
    """:func:`header_meta_spans`, the site's masthead read as no byline: a name opening
    with a word that is "by" in another language ("Na Rarama Viti", Fijian "the", is
    Hawaiian and Swahili "by") is the site's, and the byline is looked for on the other
    header lines."""
    spans = header_meta_spans(lines, first, stop)
    if site is None or not 0 <= site.line_no < len(lines):
        return spans
    masthead = compact_name(lines[site.line_no])
    if not any(
        s.field == "byline" and s.line_no == site.line_no and masthead == compact_name(site.name)
        for s in spans
    ):
        return spans
    blanked = [*lines[: site.line_no], "", *lines[site.line_no + 1 :]]
    others = [s for s in spans if s.field != "byline"]
    return others + [s for s in header_meta_spans(blanked, first, stop) if s.field == "byline"]


def _trail_dated(lines: Sequence[str], title_line: int, spans: list[FieldSpan]) -> list[FieldSpan]:
    """The spans with the header's weekday and time ("Thursday 14:05", a relative time)
    giving way to the date closing the breadcrumb trail over the headline on that
    weekday ("Home > Local > 3 December 2026":
    :func:`~analysis.clean.trail_dates.weekday_trail_date`), when no calendar date is
    read."""
    relative = [s for s in spans if s.field == "relative_time"]
    if len(relative) != 1 or any(s.field == "published" for s in spans):
        return spans
    trail = weekday_trail_date(lines, title_line, relative[0].line_no)
    if trail is None:
        return spans
    return [s for s in spans if s is not relative[0]] + [FieldSpan(*trail, "published")]


def _byline_credit(lines: Sequence[str], spans: list[FieldSpan]) -> list[FieldSpan]:
    """The ``credited_source`` span of an agency's initials after the byline's name ("Por
    Ana Ruiz | EFE": :func:`~analysis.clean.bylines.credit_after_byline`), or of a
    publication's name beside it ("Story by Jane Roe • The Shelby Herald", "The Kelso
    Valley News / by Jane Roe": :func:`~analysis.clean.bylines.publication_beside_byline`),
    when the page credits no other source."""
    if any(s.field == "credited_source" for s in spans):
        return []
    byline = next((s for s in spans if s.field == "byline"), None)
    if byline is None:
        return []
    line = lines[byline.line_no]
    credit = credit_after_byline(line, byline.end) or publication_beside_byline(
        line, byline.start, byline.end
    )
    return [FieldSpan(byline.line_no, *credit, "credited_source")] if credit else []


def _published_below(lines: Sequence[str], body_lines: Sequence[int]) -> list[FieldSpan]:
    """The ``published`` span of a date line under the body that a publication label
    marks ("Published: 2 December 2026", "Veröffentlicht am 02.12.26"), for a page with
    no date above it: a site printing its date only in the story's footer. The first
    date of the :data:`SOURCE_SEARCH_LINES` lines after the body decides: unlabelled, or
    labelled as a change, it is another item's or no publication's, and none is taken;
    so is a date in prose (a line of more than :data:`DATE_LINE_MAX_WORDS` words)."""
    last, body = body_lines[-1], set(body_lines)
    for i in range(last, min(len(lines), last + SOURCE_SEARCH_LINES + 1)):
        line = lines[i]
        if (i in body and i != last) or find_date_span(line) is None:
            continue
        dated = find_published_date(line)
        if (
            dated is None
            or dated[1] != "publish"
            or count_words(line) > DATE_LINE_MAX_WORDS
            or _is_photo_caption(line)
        ):
            return []
        return [FieldSpan(i, dated[0].start, dated[0].end, "published")]
    return []


def _undecided_date(lines: Sequence[str], header_lines: Sequence[int]) -> list[FieldSpan]:
    """The ``published`` span of the first date line of ``header_lines`` whose date reads
    either way ("04/03/2026" on a page that decides no order), for a page with no other
    date: no date of its own, but the outlet's other pages may decide its order
    (:mod:`analysis.clean.date_order`). A line of more than 30 words, or one whose date
    dates something else, is none."""
    for i in header_lines:
        line = lines[i]
        if is_blank(line) or count_words(line) > 30:
            continue
        dated = find_published_date(line, day_first=True)
        if (
            dated is not None
            and not _dates_something_else(line, dated[1])
            and not is_dated_teaser(line)
            and not _names_events_day(line, dated[0])
        ):
            return [FieldSpan(i, dated[0].start, dated[0].end, "published")]
    return []


def _header_block_dates(lines: Sequence[str], spans: list[FieldSpan]) -> list[FieldSpan]:
    """The spans with a scraper header's dates put right: the day a page was saved
    ("created: ...", "Saved: ...": :func:`~analysis.clean.scraper_header.saved_date_lines`)
    dates nothing, and the header's publication date ("published: ...") is the story's,
    read from the page's metadata as a manifest's would be. So does a save tool's dated
    line over the page ("Saved to Later · Saturday, December 5, 2026 at 9:14 AM":
    :func:`~analysis.clean.capture_marks.capture_line_index`)."""
    saved = saved_date_lines(lines) | {capture_line_index(lines)}
    spans = [s for s in spans if not (s.line_no in saved and s.field in _DATE_FIELDS)]
    given = header_date(lines)
    date = find_date_span(lines[given[0]][given[1] : given[2]]) if given else None
    if given is None or date is None:
        return spans
    line, start, _ = given
    published = FieldSpan(line, start + date[0], start + date[1], "published")
    return [s for s in spans if s.field not in _DATE_FIELDS] + [published]


_DATE_FIELDS = frozenset({"published", "relative_time"})


def _header_block_byline(lines: Sequence[str], spans: list[FieldSpan]) -> list[FieldSpan]:
    """The spans with a scraper header's author as the byline ("author: Jane Doe", a web
    clipper's front matter: :func:`~analysis.clean.scraper_header.header_byline`), read
    from the page's metadata as a manifest's would be."""
    given = header_byline(lines)
    if given is None:
        return spans
    return [s for s in spans if s.field != "byline"] + [FieldSpan(*given, "byline")]


def _without_related_date(spans: list[FieldSpan], anchor: int) -> list[FieldSpan]:
    """The header's spans without its calendar date when a relative time sits between
    the ``anchor`` (the title line) and the body and the calendar date above the title:
    the page dates itself relatively under its headline, as bylines are placed, and the
    calendar date is a related item's."""
    published = [s.line_no for s in spans if s.field == "published"]
    relative = [s.line_no for s in spans if s.field == "relative_time"]
    if published and relative and published[0] < anchor < relative[0]:
        return [s for s in spans if s.field != "published"]
    return spans


def _date_line_above(lines: Sequence[str], header_first: int, taken: set[int]) -> list[FieldSpan]:
    """The nearest date line (a short meta line with a date) in the
    :data:`DATE_LINES_ABOVE_HEADER` lines above the header, when the header has none."""
    for j in range(header_first - 1, max(-1, header_first - DATE_LINES_ABOVE_HEADER - 1), -1):
        if j in taken or not is_meta_line(lines[j]) or _is_photo_caption(lines[j]):
            continue
        if is_dated_teaser(lines[j]):
            continue  # another item's headline with its date
        date = find_date_span(lines[j])
        if date is not None:
            return [FieldSpan(j, *date, "published")]
    return []


def _first_copy_above(lines: Sequence[str], title_line: int) -> int:
    """The first line within :data:`TITLE_COPY_REACH` lines above the title that holds
    the title's text alone; the title line itself when there is none."""
    title = lines[title_line].strip()
    for j in range(max(0, title_line - TITLE_COPY_REACH), title_line):
        if lines[j].strip() == title:
            return j
    return title_line


def _meta_at_body_start(lines: Sequence[str], body_start: int, found: set[str]) -> list[FieldSpan]:
    """Byline and date lines at the body's start, for fields the header lacks.

    Some pages print the byline and date under the standfirst, where the body detector
    has already started the body: the short meta lines (:func:`is_meta_line`) above
    the body's second paragraph (its second line that is no meta line) count. The
    bound is the layout's, not a tuned line count: the standfirst may come first, the
    article's text follows.
    """
    stop, paragraphs = body_start, 0
    while stop < len(lines):
        if not is_blank(lines[stop]) and not is_meta_line(lines[stop]):
            paragraphs += 1
            if paragraphs == 2:
                break
        stop += 1
    return [
        s
        for s in header_meta_spans(lines, body_start, stop)
        if s.field not in found and is_meta_line(lines[s.line_no])
    ]


def _meta_after_body(lines: Sequence[str], body_end: int, found: set[str]) -> list[FieldSpan]:
    """Byline and date lines right after the body's last line, for fields the header
    lacks: a wire story's "Reporting by NAME; Editing by NAME", a print view's "By NAME,
    Staff writer", "Published: 12 November 2026" closing the story. Only the run of meta
    lines (:func:`is_meta_line`) the body's end opens counts, blank lines aside: the
    first other line (a related item's headline, the footer, a web address, whose date
    is its path's) ends it, but a labelled line after a meta line of the run ("Posted:
    October 2, 2026" / "Filed under: Schools" / "Author: NAME": a post's details box)
    does not, nor does a signature right under the body ("— The Example Times Editorial
    Board" over "November 2, 2026": :func:`_is_signature`), nor a news agency desk's
    initials signing a story of its subscribers' feed over the time it was sent ("lf/rg"
    over "04/12/2026 15:42", "/NTB/ak": :func:`_is_desk_initials`); a date labelled as an
    update is none. A Japanese story's writer in brackets closing it ("（松田由美）":
    :func:`~analysis.clean.bylines.find_closing_bracket_byline`) is its byline. No tuned
    value.
    """
    stop, meta = body_end + 1, False
    while stop < len(lines) and (
        is_blank(lines[stop])
        or ("://" not in lines[stop] and is_meta_line(lines[stop]))
        or (meta and FIELD_LABEL.match(lines[stop].strip()) is not None)
        or (not meta and _is_signature(lines[stop]))
        or (not meta and _is_desk_initials(lines[stop]))
    ):
        meta = meta or not is_blank(lines[stop])
        stop += 1
    spans = []
    for s in header_meta_spans(lines, body_end + 1, stop):
        if s.field in found or s.field == "relative_time":
            continue
        dated = find_published_date(lines[s.line_no]) if s.field == "published" else None
        if dated is not None and dated[1] == "update":
            continue
        spans.append(s)
    if "byline" not in found and not any(s.field == "byline" for s in spans):
        signed = next(
            (named for i in range(body_end + 1, stop) if (named := _staff_signature(lines, i))),
            None,
        )
        spans += [signed] if signed is not None else []
    if "byline" not in found and not any(s.field == "byline" for s in spans):
        bracketed = find_closing_bracket_byline(lines, body_end)  # "（松田由美）"
        spans += [FieldSpan(*bracketed, "byline")] if bracketed is not None else []
    if "byline" not in found and not any(s.field == "byline" for s in spans):
        capitals = _capitals_credit(lines, body_end)  # "TRẦN MINH KHOA", "— JANE DOE"
        spans += [capitals] if capitals is not None else []
    return spans


# An agency desk's initials signing a story of its feed: two to four groups of one to
# four lower-case letters joined by slashes ("lf/rg", "mpl/jbo/ab", "ав/ел"), after the
# agency's name between slashes maybe ("/NTB Sverige/ak").
_DESK_AGENCY = re.compile(r"\s*/[^\W\d_][^/]{0,40}(?=/)")
#: The most letters of one editor's initials, and the most editors signing.
MAX_INITIALS_LETTERS = 4
MAX_DESK_EDITORS = 4


def _is_desk_initials(line: str) -> bool:
    """Whether ``line`` is an agency desk's initials alone (:data:`_DESK_AGENCY`)."""
    agency = _DESK_AGENCY.match(line)
    groups = line[agency.end() if agency else 0 :].strip().strip("/").split("/")
    return (
        (agency is not None or len(groups) >= 2)
        and len(groups) <= MAX_DESK_EDITORS
        and all(
            0 < len(group) <= MAX_INITIALS_LETTERS and group.isalpha() and group.islower()
            for group in groups
        )
    )


# A name in capitals closing a story: a dash before it maybe, a role after a bar or a
# comma maybe ("— JANE DOE", "JANE DOE | Staff writer").
_CAPITALS_CREDIT = re.compile(
    r"\s*(?:(?:[—–]|--)\s*)?(?P<name>[^\W\d_][^|,]*?)\s*(?:[|,]\s*(?P<role>.+?))?\s*$"
)
# The words for "by" written as one word ("por", "von"; those that are names too, Hausa
# "daga"), in lower case: one opens a signature in capitals ("DAGA AMINU SANI DANTATA")
# only before two name words or more.
_ONE_WORD_BY = frozenset(
    word
    for word in (*by_words(), *(w for row in NAME_LIKE_BY_WORDS.values() for w in row))
    if " " not in word
)


def _capitals_credit(lines: Sequence[str], body_end: int) -> FieldSpan | None:
    """The ``byline`` span of a reporter's name in capitals on the first line with text
    under the story, a blank line or the page's end under it ("TRẦN MINH KHOA", "— JANE
    DOE", "-- JANE DOE", "JANE DOE | Staff writer", Hausa "DAGA NAME": Vietnamese,
    Nigerian and other papers sign so; a one-word "by" before three words or more left
    out): two to four
    words of letters in capitals, none a function word ("THE END", "MORE FROM THE
    COAST") or a control's ("MORE VIDEOS"), no related-stories label ("RELATED
    STORIES"), no newspaper word ("LATEST NEWS"), none printed elsewhere on the page in
    lower case (a label's words), a name by :func:`find_byline`'s shape once written in
    title case; a role after it is one (:func:`is_role_line`). No tuned value."""
    index = next((j for j in range(body_end + 1, len(lines)) if not is_blank(lines[j])), None)
    if index is None or (index + 1 < len(lines) and not is_blank(lines[index + 1])):
        return None
    line = lines[index]
    found = _CAPITALS_CREDIT.match(line)
    if found is None or (found["role"] and not is_role_line(found["role"])):
        return None
    name, start = found["name"], found.start("name")
    words = name.split()
    if len(words) > 2 and words[0].casefold() in _ONE_WORD_BY:  # "DAGA NAME NAME"
        start += name.index(words[1])
        name, words = name[name.index(words[1]) :], words[1:]
    if not (
        2 <= len(words) <= 4
        and is_upper_case(name)
        and all(LETTER_RUN.fullmatch(word) for word in words)
        and not any(
            w.casefold() in FUNCTION_WORDS or w.casefold() in INTERFACE_WORDS for w in words
        )
        and not RELATED_LABEL.match(name)  # "RELATED STORIES", "TIN LIÊN QUAN"
    ):
        return None
    lowered = {word.casefold() for word in words}
    for j, other in enumerate(lines):
        if j != index and not lowered.isdisjoint(
            w for w in LETTER_RUN.findall(other) if is_lower_case(w)
        ):
            return None  # a word of it in lower case elsewhere: a label's, not a name's
    titled = " ".join(word[:1] + word[1:].casefold() for word in words)
    named = find_byline("By " + titled)
    if named is None or named[1] - named[0] != len(titled) or holds_newspaper_word(titled):
        return None  # ("LATEST NEWS": a section's label)
    return FieldSpan(index, start, start + len(name), "byline")


def _staff_signature(lines: Sequence[str], index: int) -> FieldSpan | None:
    """The ``byline`` span of a newsroom's or a board's signature on line ``index`` under
    the story (:func:`_is_signature`: "— The Example Times Editorial Board"), read as "By
    ..." is (:func:`find_byline`: its leading article left out); a person's signature is
    not taken (a dash and a name also close a quotation or a letter's sender)."""
    line = lines[index]
    dash = _SIGNATURE.match(line)
    if dash is None or not _is_signature(line):
        return None
    at = dash.end() - 1  # the name's first letter
    named = find_byline("By " + line[at:].rstrip())
    if named is None:
        return None
    start, end = at + named[0] - 3, at + named[1] - 3  # ("By " is 3 characters)
    if line[start:end].split()[-1].casefold() not in STAFF_WORDS:
        return None
    return FieldSpan(index, start, end, "byline")


# A signature closing a story: a dash (not a hyphen: a list's mark) and a name.
_SIGNATURE = re.compile(r"\s*[—–]\s*[^\W\d_]")
#: The most words of a signature under a story ("— The Example Times Editorial Board").
SIGNATURE_MAX_WORDS = 8


def _is_signature(line: str) -> bool:
    """A line signing the story: an em or en dash, then at most
    :data:`SIGNATURE_MAX_WORDS` words not closed as a sentence ("— Jane Roe", "— The
    Example Times Editorial Board"). Not tuned: a name with its paper's."""
    return (
        _SIGNATURE.match(line) is not None
        and count_words(line) <= SIGNATURE_MAX_WORDS
        and not line.rstrip().endswith((".", "!", "?"))
    )


def _title_repeats(lines: Sequence[str], title_line: int, body_start: int) -> list[FieldSpan]:
    """Exact repeats of the title line in the header above it (stacked headings)."""
    title = lines[title_line].strip()
    repeats = []
    for j in range(max(0, title_line - TITLE_SEARCH_LINES), body_start):
        if j != title_line and lines[j].strip() == title:
            repeats.append(FieldSpan(j, *line_value_span(lines[j]), "title_repeat"))
    return repeats


def _category(
    lines: Sequence[str], title_line: int, site_name: str | None = None
) -> list[FieldSpan]:
    """The spans of the story's section: the label over the headline ("Politics"), else
    the section closing the breadcrumb trail over it; never the site's own name printed
    right over the headline (its masthead, with or without "The")."""
    spans: list[FieldSpan] = []
    crumb = find_breadcrumb(lines, title_line)
    if crumb is not None:
        j, _, title_span = crumb
        spans.append(FieldSpan(j, *title_span, "title_repeat"))
    above = previous_nonblank(lines, title_line - 1)
    if (
        above is not None
        and (crumb is None or above != crumb[0])
        and is_label_like(lines[above])
        and not is_menu_line(lines[above])  # "Home | World | Sport": the site's menu
        and not is_meta_line(lines[above])
        and not is_doubled(lines[above].strip())
        and not (site_name and compact_name(lines[above]) == compact_name(site_name))
    ):
        spans.append(FieldSpan(above, *line_value_span(lines[above]), "category"))
    elif crumb is not None and crumb[1][1] > crumb[1][0]:
        spans.append(FieldSpan(crumb[0], *crumb[1], "category"))
    return spans


def field_value(field: str, text: str) -> str | None:
    """Return a metadata field's value from the text of its span.

    ``published`` gives the ISO date; the other fields give the text without surrounding
    whitespace (None when empty), a title without the bracketed label opening it
    (:func:`analysis.clean.title_separators.without_bracket_label`: "【独自】").

    Parameters
    ----------
    field : str
        One of :data:`METADATA_FIELDS`.
    text : str
        The text of the field's span.

    Returns
    -------
    str or None
        An outlet's name also loses its invisible characters (:func:`clean_name`); None
        for a date that does not parse.
    """
    if field == "published":
        return parse_date(text)
    # an outlet's name without invisible characters: "C\u200bNN" is "CNN"
    value = clean_name(text) if field == "outlet" else " ".join(text.split())
    if field == "byline":
        value = without_reporting_cues(value)
    if field == "title":
        value = without_bracket_label(value)  # "【独自】Headline": a kicker
    return value or None


def onward_source(lines: Sequence[str]) -> str | None:
    """The site a note sending the reader on to the story names ("Read the full story at
    X ›", "Continue reading on X"), the last such note of the page; None for none.

    An app's share page (a news app's short link) prints the story's opening under the
    app's name and sends the reader on to the paper: the paper is the story's site
    (:func:`analysis.clean.outlet.decide_outlet` reads it only for a page whose URL names
    no page of its own host).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        The note's name, at most :data:`MAX_SOURCE_WORDS` words.
    """
    for line in reversed(lines):
        if "ead" not in line and "ontinue" not in line:
            continue
        match = _REPUBLISHING_NOTE.search(line)
        if match is None or match.group("onward") is None or match.group("more"):
            continue
        name = match.group("name").strip()
        if name.lower() not in _NOT_A_SOURCE and 0 < count_words(name) <= MAX_SOURCE_WORDS:
            return name
    return None

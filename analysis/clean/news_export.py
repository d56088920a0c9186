"""News database exports: a file of many stories, each with its fields printed as labels.

Researchers get most of their articles from news databases, saved many stories to a
file with the publication, date, byline and headline printed as fields. Such a text is
read here as its stories (:func:`read_export`), never as one page; each story's outlet,
title, date and byline are its fields (source ``export`` in the articles table), its
body the story's text without the field lines. Four plain-text layouts are known,
told apart by their lines, never by the file name:

``Nexis Uni`` (LexisNexis Advance: its ``.docx`` export, read by
:mod:`analysis.clean.word_document`, its ``.rtf`` export, read by
:mod:`analysis.clean.rtf_document`, or ``.txt``; a ``.pdf`` export saved as text)
    headline, publication, date line, then labelled fields (``Copyright``,
    ``Section:``, ``Length: N words``, ``Byline:``, ``Dateline:``, ``Highlight:``), a
    line ``Body``, the story, then ``Classification``, ``Language:``,
    ``Load-Date:`` ... and a line ``End of Document`` closing each story (counted as a
    story's end under such a field line, or when another story's ``Body`` line
    follows before the next such line: a story quoting the words on a line of their
    own is not cut). A cover page (``Date and Time:``, ``Job Number:``, the
    list of headlines) before the first story belongs to no story.
``LexisNexis Academic`` (the older ``N of M DOCUMENTS`` form)
    each story opens with a line ``N of M DOCUMENTS``; then the publication, the date
    line, an edition line, the headline (unlabelled, or ``HEADLINE:``), upper-case
    fields (``BYLINE:``, ``SECTION:``, ``LENGTH: N words``, ``DATELINE:``), the story,
    and upper-case fields after it (``LOAD-DATE:``, ``LANGUAGE:``,
    ``PUBLICATION-TYPE:``, ``GRAPHIC:``, ``URL:``); a copyright notice above or below.
``Factiva`` (its ``.rtf`` export, or saved as text, or its ``.html`` page's text)
    headline, optional byline (``By ...``) and credit, ``N words``, date line, optional
    time, source name, source code, edition and page, language, copyright notice, the
    story, and a line ``Document CODE`` closing each story.
``Factiva with indexing`` (the display "Full Article/Report plus Indexing")
    each field under its code, alone on its line or before its value after a tab:
    ``HD`` headline, ``BY`` byline, ``WC`` words, ``PD`` date, ``SN`` source name,
    ``SC``, ``LA``, ``CY``, ``LP`` lead paragraphs and ``TD`` the rest of the text
    (the body), the indexing codes (``CO``, ``IN``, ``NS``, ``RE``, ``IPD`` ...) and
    ``AN`` with its ``Document CODE`` closing the story; the codes are put on lines of
    their own before the story is read (:attr:`NewsExport.lines`). A copy whose tabs
    became single spaces (``HD Title``, ``PD 3 December 2026``) is read too, its codes
    found by the story's shape (head of codes, text, indexing, ``AN``).

Two more layouts, ProQuest's full text and Europresse's, are read by
:mod:`analysis.clean.fulltext_exports` (tried after these four).

A text is an export when it holds at least one story's closing (or opening) line with
the layout's fields around it; any other page is read as before. A story whose fields
cannot be read (no date under the publication, no ``Body`` line ...) is an
:class:`ExportStory` with a ``problem`` naming its number, the rest of the file is read.

Not read: PDF files (save the export as plain text: see :mod:`analysis.clean.read`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.clean.dates import parse_date
from analysis.clean.header_lines import find_byline
from analysis.text import is_blank

#: A story's fields that fill the articles table (the others are printed metadata).
STORY_FIELDS = ("title", "outlet", "published", "byline")

# --- Nexis Uni -------------------------------------------------------------------------
_NEXIS_END = re.compile(r"^\s*End of Document\s*$", re.IGNORECASE)
_NEXIS_BODY = re.compile(r"^\s*Body\s*$")
_NEXIS_HEAD_FIELD = re.compile(
    r"^\s*(?:Section|Length|Byline|Dateline|Highlight|Edition|Column|Series|Type|"
    r"Correction|Author)\s*:",
    re.IGNORECASE,
)
_NEXIS_TAIL_FIELD = re.compile(
    r"^\s*(?:Load-Date|Language|Publication-Type|Subject|Geographic|Industry|Organization|"
    r"Person|Company|Ticker|Graphic|Notes|Correction-Date|Journal-Code|Document-Type|URL"
    r")\s*:|^\s*Classification\s*$",
    re.IGNORECASE,
)
_BYLINE_FIELD = re.compile(r"^\s*Byline\s*:\s*(?P<value>.*\S)", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(?:Copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)

# --- LexisNexis Academic ---------------------------------------------------------------
_ACADEMIC_START = re.compile(r"^\s*(?:FOCUS - )?\d+ of \d+ DOCUMENTS?\s*$")
_ACADEMIC_HEAD_FIELD = re.compile(
    r"^\s*(?:HEADLINE|BYLINE|SECTION|LENGTH|DATELINE|HIGHLIGHT|EDITION|SOURCE|ABSTRACT|"
    r"COLUMN|SERIES|TYPE)\s*:"
)
_ACADEMIC_TAIL_FIELD = re.compile(
    r"^\s*(?:LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|GRAPHIC|URL|CORRECTION-DATE|NOTES|SUBJECT|"
    r"ORGANIZATION|PERSON|GEOGRAPHIC|COMPANY|TICKER|INDUSTRY|JOURNAL-CODE|DOCUMENT-TYPE|"
    r"CITY|STATE|COUNTRY|DISTRIBUTION)\s*:"
)
_ACADEMIC_LENGTH = re.compile(r"^\s*LENGTH\s*:\s*\d[\d,.]*\s+\w+")
_LABEL_VALUE = re.compile(r"^\s*[A-Za-z][A-Za-z-]*\s*:\s*(?P<value>.*\S)?")

# --- Factiva ---------------------------------------------------------------------------
_FACTIVA_END = re.compile(r"^[ \t]*(?:Document|Dokument|Documento)[ \t]+[A-Za-z0-9]{16,40}[ \t]*$")
_FACTIVA_WORDS = re.compile(
    r"^\s*\d[\d,.\u00a0 ]*\s+(?:words|Wörter|mots|palabras|parole|woorden|palavras)\s*$",
    re.IGNORECASE,
)
_FACTIVA_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|ET))?\s*$")
_FACTIVA_BY = re.compile(r"^\s*(?:By|Von|Par|Por|Di|Door)\s+\S", re.IGNORECASE)
#: The language line of a Factiva story (one word; the languages its sources print in).
_FACTIVA_LANGUAGE = re.compile(
    r"^\s*(?:English|German|Deutsch|French|Français|Spanish|Español|Italian|Italiano|Dutch|"
    r"Nederlands|Portuguese|Português|Swedish|Danish|Norwegian|Finnish|Polish|Russian|"
    r"Chinese|Japanese|Korean|Arabic|Turkish|Czech|Hungarian|Greek)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ExportStory:
    """One story of an export, placed in the export's lines.

    Attributes
    ----------
    number : int
        Its position in the file, from 1.
    first_line, last_line : int
        Its extent in the file's lines (inclusive), closing line included.
    fields : dict of int to str
        Line index -> what the line is: one of :data:`STORY_FIELDS`, or ``export``
        (a field of the database: length, section, load date, language, copyright,
        the opening or closing line).
    body_lines : tuple of int
        The story's text, line indices in order (blank lines between paragraphs too).
    title, outlet, published, byline : str or None
        The fields' values (``published`` as ``yyyy-mm-dd``).
    problem : str or None
        Why the story cannot be read (its fields are then not trusted), else None.
    """

    number: int
    first_line: int
    last_line: int
    fields: dict[int, str] = field(default_factory=dict)
    body_lines: tuple[int, ...] = ()
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None
    problem: str | None = None


@dataclass(frozen=True)
class NewsExport:
    """A text read as a news database export: its layout, its lines (as the stories'
    line numbers count them: the text's, except that Factiva's field codes are put on
    lines of their own) and its stories, in order; ``item_page`` when a file of one
    story is that story's page, named as the file (a reference manager's report printed
    from one item, :mod:`analysis.clean.reference_report`), not a database's file of
    stories that holds one."""

    layout: str
    lines: tuple[str, ...]
    stories: tuple[ExportStory, ...]
    item_page: bool = False


def read_export(text: str) -> NewsExport | None:
    """The stories of a news database export, or None for any other text.

    Parameters
    ----------
    text : str
        A page's normalized text (analysis.clean.read).

    Returns
    -------
    NewsExport or None
        None unless the text holds at least one story in one of the layouts of this
        module's docstring; else every story, a story that cannot be read with its
        ``problem`` set.
    """
    if not _may_be_export(text):
        return None
    from analysis.clean import fulltext_exports as more  # (it imports ExportStory)

    lines = text.split("\n")
    indexed = _indexed_lines(lines)
    for layout, layout_lines, spans, parse in (
        ("Nexis Uni", lines, _nexis_spans, _nexis_story),
        ("LexisNexis Academic", lines, _academic_spans, _academic_story),
        ("Factiva with indexing", indexed, _indexed_spans, _indexed_story),
        ("Factiva", lines, _factiva_spans, _factiva_story),
        ("ProQuest", lines, more.proquest_spans, more.proquest_story),
        ("Europresse", lines, more.europresse_spans, more.europresse_story),
    ):
        found = spans(layout_lines) if layout_lines is not None else []
        if not found:
            continue
        stories = tuple(
            parse(layout_lines, number, first, last)
            for number, (first, last) in enumerate(found, 1)
        )
        if any(story.problem is None for story in stories):
            if layout == "ProQuest":  # a story's first line is its text, not the label
                layout_lines = more.proquest_lines(layout_lines)
            return NewsExport(layout, tuple(layout_lines), stories)
    return None


# Spaces and tabs only, never \s: a line's pattern must not run over line ends (a run
# of a million blank lines would be scanned again from each of them).
_EXPORT_HINT = re.compile(
    r"^[ \t]*(?:End of Document|(?:FOCUS - )?\d+ of \d+ DOCUMENTS?|"
    r"(?:AN[ \t]+)?(?:Document|Dokument|Documento)[ \t]+[A-Za-z0-9]{16,40}|"
    r"_{40,}|[a-z]{2,12}·\d{8}·[A-Za-z0-9]{1,16}·[A-Za-z0-9]{3,40}"  # fulltext_exports.py
    r")[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _may_be_export(text: str) -> bool:
    """A cheap first test: some line is a layout's opening or closing line."""
    return _EXPORT_HINT.search(text) is not None


def _broken(number: int, first: int, last: int, reason: str) -> ExportStory:
    """A story that cannot be read, and why."""
    return ExportStory(number, first, last, problem=f"story {number}: {reason}")


def _nonblank(lines: Sequence[str], first: int, last: int) -> list[int]:
    return [i for i in range(first, last + 1) if not is_blank(lines[i])]


def _paragraph_lines(lines: Sequence[str], first: int, last: int) -> tuple[int, ...]:
    """Lines ``first..last`` without the blank lines at either end."""
    kept = _nonblank(lines, first, last)
    return tuple(range(kept[0], kept[-1] + 1)) if kept else ()


def _value(line: str) -> str:
    return " ".join(line.split())


def _byline_value(text: str) -> str:
    """A byline field's names: after the "By" cue when there is one
    (:func:`analysis.clean.header_lines.find_byline`), else the field as printed."""
    text = _value(text)
    span = find_byline(text)
    return text[span[0] : span[1]] if span else text


# --- Nexis Uni -------------------------------------------------------------------------


def _nexis_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each story: from after the previous story's end to its
    ``End of Document`` line, which counts under a field line (Load-Date: ...), or when
    a line ``Body`` follows before the next such line (a story printing no field under
    its text); the words quoted on a line of their own inside a story are neither."""
    ends = [i for i, line in enumerate(lines) if _NEXIS_END.match(line)]
    bodies = [i for i, line in enumerate(lines) if _NEXIS_BODY.match(line)]
    spans = []
    start = 0
    for k, i in enumerate(ends):
        above = next((j for j in range(i - 1, start - 1, -1) if not is_blank(lines[j])), None)
        under_field = above is not None and _NEXIS_TAIL_FIELD.match(lines[above]) is not None
        following = ends[k + 1] if k + 1 < len(ends) else len(lines)
        next_story = bisect.bisect_left(bodies, i) < bisect.bisect_left(bodies, following)
        if under_field or next_story:
            spans.append((start, i))
            start = i + 1
    return spans


def _nexis_story(lines: Sequence[str], number: int, first: int, last: int) -> ExportStory:
    body_at = next((i for i in range(first, last) if _NEXIS_BODY.match(lines[i])), None)
    if body_at is None:
        return _broken(number, first, last, "no line 'Body' above its text")
    head = _nonblank(lines, first, body_at - 1)
    labelled = next(
        (
            k
            for k, i in enumerate(head)
            if _NEXIS_HEAD_FIELD.match(lines[i]) or _COPYRIGHT.match(lines[i])
        ),
        len(head),
    )
    if labelled < 2:
        return _broken(number, first, last, "no publication and date line above its fields")
    date_line, outlet_line = head[labelled - 1], head[labelled - 2]
    published = parse_date(lines[date_line])
    if published is None:
        return _broken(
            number,
            first,
            last,
            f"no date in the line above its fields ({_value(lines[date_line])!r})",
        )
    fields = {outlet_line: "outlet", date_line: "published"}
    # the headline: every line above the publication (a headline over two lines), but
    # in the first story only the line above it: a cover page is no story's
    title_lines = head[: labelled - 2] if number > 1 else head[max(0, labelled - 3) : labelled - 2]
    for i in title_lines:
        fields[i] = "title"
    title = _value(" ".join(lines[i] for i in title_lines)) or None
    first = title_lines[0] if title_lines else outlet_line
    byline = None
    for i in head[labelled:]:
        match = _BYLINE_FIELD.match(lines[i])
        if match and byline is None:
            fields[i], byline = "byline", _byline_value(match["value"])
        else:
            fields.setdefault(i, "export")
    fields[body_at] = "export"
    end = last  # the body ends at the first field line of the story's foot
    for i in range(body_at + 1, last):
        if _NEXIS_TAIL_FIELD.match(lines[i]):
            end = i
            break
    for i in _nonblank(lines, end, last):
        fields[i] = "export"
    return ExportStory(
        number,
        first,
        last,
        fields,
        _paragraph_lines(lines, body_at + 1, end - 1),
        title,
        _value(lines[outlet_line]),
        published,
        byline,
    )


# --- LexisNexis Academic ---------------------------------------------------------------


def _academic_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each story: from its ``N of M DOCUMENTS`` line to the line
    before the next one; a story without a ``LENGTH:`` field is no story."""
    starts = [i for i, line in enumerate(lines) if _ACADEMIC_START.match(line)]
    spans = []
    for k, start in enumerate(starts):
        end = starts[k + 1] - 1 if k + 1 < len(starts) else len(lines) - 1
        spans.append((start, end))
    if not any(_ACADEMIC_LENGTH.match(lines[i]) for s, e in spans for i in range(s, e + 1)):
        return []
    return spans


def _paragraphs(lines: Sequence[str], first: int, last: int) -> list[list[int]]:
    """The blank-separated runs of lines ``first..last``."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i in range(first, last + 1):
        if is_blank(lines[i]):
            if current:
                runs.append(current)
            current = []
        else:
            current.append(i)
    if current:
        runs.append(current)
    return runs


def _academic_story(lines: Sequence[str], number: int, first: int, last: int) -> ExportStory:
    runs = _paragraphs(lines, first + 1, last)
    labelled = next(
        (k for k, run in enumerate(runs) if _ACADEMIC_HEAD_FIELD.match(lines[run[0]])), None
    )
    if labelled is None:
        return _broken(number, first, last, "no LENGTH: or other field line")
    fields = {first: "export"}
    head = []  # the lines above the fields but the copyright notice
    for run in runs[:labelled]:
        for i in run:
            if _COPYRIGHT_OR_RIGHTS.match(lines[i]):
                fields[i] = "export"
            else:
                head.append(i)
    dated = next((k for k, i in enumerate(head) if k and parse_date(lines[i])), None)
    if dated is None:
        return _broken(number, first, last, "no publication and date line above its fields")
    outlet_line, date_line = head[0], head[dated]
    # the headline: the last run above the fields, under the date and the edition's line
    # (centred, so indented, when no blank line parts them)
    below = [[i for i in run if i in head] for run in runs[:labelled] if run[-1] > date_line]
    title_lines = [i for i in below[-1] if i > date_line] if below else []
    title_lines = [i for i in title_lines if not _indented(lines[i])] or title_lines
    for i in head:
        fields[i] = "title" if i in title_lines else "export"
    fields[outlet_line], fields[date_line] = "outlet", "published"
    title = _value(" ".join(lines[i] for i in title_lines)) or None
    byline = None
    k = labelled
    while k < len(runs) and _ACADEMIC_HEAD_FIELD.match(lines[runs[k][0]]):
        run = runs[k]
        label, _, value = lines[run[0]].partition(":")
        value = _value(" ".join([value, *(lines[i] for i in run[1:])]))
        role = "export"
        if label.strip() == "HEADLINE":  # a labelled headline wins over the unlabelled line
            role, title = "title", value or title
            for i in title_lines:
                fields[i] = "export"
        elif label.strip() == "BYLINE" and byline is None:
            role, byline = "byline", _byline_value(value)
        for i in run:
            fields[i] = role
        k += 1
    body_runs = []
    for run in runs[k:]:
        if _ACADEMIC_TAIL_FIELD.match(lines[run[0]]) or _COPYRIGHT_OR_RIGHTS.match(lines[run[0]]):
            break
        body_runs.append(run)
    if not body_runs:
        return _broken(number, first, last, "no text under its fields")
    for run in runs[k + len(body_runs) :]:
        for i in run:
            fields[i] = "export"
    return ExportStory(
        number,
        first,
        last,
        fields,
        tuple(range(body_runs[0][0], body_runs[-1][-1] + 1)),
        title,
        _value(lines[outlet_line]),
        parse_date(lines[date_line]),
        byline,
    )


_COPYRIGHT_OR_RIGHTS = re.compile(
    r"^\s*(?:Copyright\b|©|\(c\)\s*\d{4}|All Rights Reserved)", re.IGNORECASE
)


def _indented(line: str) -> bool:
    return line[:1].isspace()


# --- Factiva ---------------------------------------------------------------------------


def _factiva_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each story: from after the previous story's ``Document``
    line to its own; a story without an ``N words`` line is no story."""
    spans = []
    start = 0
    for i, line in enumerate(lines):
        if _FACTIVA_END.match(line):
            if any(_FACTIVA_WORDS.match(lines[j]) for j in range(start, i)):
                spans.append((start, i))
            start = i + 1
    return spans


def _factiva_story(lines: Sequence[str], number: int, first: int, last: int) -> ExportStory:
    shown = _nonblank(lines, first, last - 1)
    words = next((k for k, i in enumerate(shown) if _FACTIVA_WORDS.match(lines[i])), None)
    if words is None or words == 0:
        return _broken(number, first, last, "no headline above 'N words'")
    fields = {last: "export", shown[words]: "export"}
    title_line = shown[0]
    fields[title_line] = "title"
    byline = None
    for i in shown[1:words]:
        if byline is None and _FACTIVA_BY.match(lines[i]):
            fields[i], byline = "byline", _byline_value(lines[i])
        else:
            fields[i] = "export"
    after = shown[words + 1 :]
    if not after or parse_date(lines[after[0]]) is None:
        return _broken(number, first, last, "no date line under 'N words'")
    fields[after[0]] = "published"
    k = 1
    if k < len(after) and _FACTIVA_TIME.match(lines[after[k]]):
        fields[after[k]] = "export"
        k += 1
    if k >= len(after):
        return _broken(number, first, last, "no source name under its date")
    outlet_line = after[k]
    fields[outlet_line] = "outlet"
    closing = next(
        (j for j in range(k + 1, min(k + 8, len(after))) if _COPYRIGHT.match(lines[after[j]])),
        None,
    )
    if closing is None:
        closing = next(
            (
                j
                for j in range(k + 1, min(k + 6, len(after)))
                if _FACTIVA_LANGUAGE.match(lines[after[j]])
            ),
            None,
        )
    if closing is None:
        return _broken(number, first, last, "no language or copyright line under its source name")
    for j in range(k + 1, closing + 1):
        fields[after[j]] = "export"
    body = _paragraph_lines(lines, after[closing] + 1, last - 1)
    if not body:
        return _broken(number, first, last, "no text")
    return ExportStory(
        number,
        title_line,
        last,
        fields,
        body,
        _value(lines[title_line]),
        _value(lines[outlet_line]),
        parse_date(lines[after[0]]),
        byline,
    )


# --- Factiva, the display with indexing ------------------------------------------------

#: A field code of Factiva's display "with indexing", alone on its line or before its
#: value after a tab or two spaces (a story's own line never starts so: the code is
#: upper case and followed by a tab).
_INDEXED_CODE = re.compile(
    r"^[ \t]*(?P<code>HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|"
    r"AN|SE|CX|ART|VOL)(?:\t+|[ ]{2,}|[ \t]*$)"
)
_INDEXED_FIELDS = {"HD": "title", "BY": "byline", "PD": "published", "SN": "outlet"}
_INDEXED_BODY = ("LP", "TD")


def _indexed_lines(lines: Sequence[str]) -> list[str] | None:
    """The lines of a text in Factiva's display with indexing, each code on a line of
    its own (``HD\\tTitle`` becomes ``HD`` and ``Title``), or None for any other text.

    A copy whose tabs became single spaces (``HD Title``) is read by its stories'
    shape instead (:func:`_spaced_code_lines`): a capital word and a space open many
    lines of prose."""
    if not any(_INDEXED_CODE.match(line) and line.split()[0] == "HD" for line in lines):
        return _spaced_code_lines(lines)
    split: list[str] = []
    for line in lines:
        match = _INDEXED_CODE.match(line)
        if match is None:
            split.append(line)
            continue
        split.append(match["code"])
        if rest := line[match.end() :].strip():
            split.append(rest)
    return split


#: A field code and its value after one space (``PD 3 December 2026``), as a copy of the
#: display with indexing prints it when its tabs became spaces.
_SPACED_CODE = re.compile(
    r"^[ \t]*(?P<code>HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|"
    r"PUB|SE|CX|ART|VOL)(?:[ ](?=\S)|[ \t]*$)"
)
#: The accession number closing a story, after its code: ``AN Document CODE``.
_SPACED_END = re.compile(
    r"^[ \t]*AN[ \t]+(?:Document|Dokument|Documento)[ \t]+[A-Za-z0-9]{16,40}[ \t]*$"
)
_SPACED_HEAD_NEEDS = frozenset({"HD", "PD", "SN"})


def _split_code(line: str, match: re.Match[str]) -> list[str]:
    """``CODE value`` as two lines, ``CODE`` and ``value`` (the code alone when no value)."""
    rest = line[match.end() :].strip()
    return [match["code"], rest] if rest else [match["code"]]


def _spaced_code_lines(lines: Sequence[str]) -> list[str] | None:
    """The lines of a copy of Factiva's display with indexing whose codes are followed by
    one space, each code on a line of its own, or None for any other text.

    Only a story's shape makes a line a code: from its ``HD`` line, each line of its
    head (a code with its value, or a value's next line) up to its text's ``LP`` or
    ``TD``; in its text, the first ``TD`` after ``LP``; under its text, the run of code
    lines right above its closing ``AN Document CODE``. A story is read so only when
    its head holds ``HD``, ``PD`` and ``SN`` and its closing line follows; a text with
    no such story is None, so a paragraph opening "IN BRIEF" or "BY the way" on any
    other page is never a code.
    """
    split: list[str] = []
    start = 0
    found = False
    for end, line in enumerate(lines):
        if not _SPACED_END.match(line):
            continue
        story = _spaced_story(lines[start:end])
        if story is None:
            split.extend(lines[start:end])
        else:
            split.extend(story)
            found = True
        split.extend(["AN", line.split(None, 1)[1].strip()])
        start = end + 1
    split.extend(lines[start:])
    return split if found else None


def _spaced_story(lines: Sequence[str]) -> list[str] | None:
    """One story's lines (its closing line not among them) with its codes on lines of
    their own, or None when its head is not ``HD`` ... ``PD`` ... ``SN`` ... then
    ``LP`` or ``TD``."""
    codes = [_SPACED_CODE.match(line) for line in lines]
    head_at = next((i for i, m in enumerate(codes) if m and m["code"] == "HD"), None)
    if head_at is None:
        return None
    text_at = next(
        (i for i in range(head_at, len(lines)) if codes[i] and codes[i]["code"] in _INDEXED_BODY),
        None,
    )
    if text_at is None:
        return None
    head = [codes[i]["code"] for i in range(head_at, text_at) if codes[i]]
    if not set(head) >= _SPACED_HEAD_NEEDS:
        return None
    foot = len(lines)  # the indexing's code lines right above the closing line
    while foot > text_at + 1 and (is_blank(lines[foot - 1]) or _foot_code(lines[foot - 1])):
        foot -= 1
    while foot < len(lines) and is_blank(lines[foot]):
        foot += 1
    split = list(lines[:head_at])
    for i in range(head_at, len(lines)):
        match = codes[i]
        in_text = text_at < i < foot
        if match is None or is_blank(lines[i]) or (in_text and not _second_text_code(codes, i)):
            split.append(lines[i])
        else:
            split.extend(_split_code(lines[i], match))
    return split


#: The codes printed under a story's text, and those of them whose value is a list of
#: ``code : Name`` entries (``RE nor : Norway | eurz : Europe``).
_FOOT_CODES = frozenset({"TD", "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB"})
_FOOT_LISTS = frozenset({"CO", "IN", "NS", "RE"})
_CODE_NAME = re.compile(r"\S[ \t]+:[ \t]+\S")


def _foot_code(line: str) -> bool:
    """Whether a line under a story's text is one of its indexing's codes: a code
    printed there, with its ``code : Name`` list when it is one (a last paragraph
    opening "IN BRIEF" is none)."""
    match = _SPACED_CODE.match(line)
    if match is None or match["code"] not in _FOOT_CODES:
        return False
    return match["code"] not in _FOOT_LISTS or _CODE_NAME.search(line) is not None


def _second_text_code(codes: Sequence[re.Match[str] | None], at: int) -> bool:
    """Whether the code at ``at``, in a story's text, is the ``TD`` after its ``LP``
    (the first such line only)."""
    match = codes[at]
    if match is None or match["code"] != "TD":
        return False
    before = [m["code"] for m in codes[:at] if m is not None]
    return "LP" in before and "TD" not in before[before.index("HD") :]


def _indexed_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each story: from after the previous story's ``Document``
    line to its own, for a story holding the code ``HD``."""
    spans = []
    start = 0
    for i, line in enumerate(lines):
        if _FACTIVA_END.match(line):
            if any(lines[j].strip() == "HD" for j in range(start, i)):
                spans.append((start, i))
            start = i + 1
    return spans


def _indexed_story(lines: Sequence[str], number: int, first: int, last: int) -> ExportStory:
    codes = [i for i in range(first, last + 1) if _INDEXED_CODE.match(lines[i])]
    values: dict[str, list[int]] = {}
    fields = {last: "export"}
    for k, at in enumerate(codes):
        code = lines[at].strip()
        following = codes[k + 1] if k + 1 < len(codes) else last
        kept = _nonblank(lines, at + 1, following - 1)
        values.setdefault(code, kept)
        fields[at] = "export"
        role = _INDEXED_FIELDS.get(code, "body" if code in _INDEXED_BODY else "export")
        for i in kept:
            if role != "body":
                fields[i] = role
    missing = [code for code in ("HD", "PD", "SN") if not values.get(code)]
    if missing:
        return _broken(number, first, last, f"no {' or '.join(missing)} field")
    body = [
        i
        for code in _INDEXED_BODY
        if values.get(code)
        for i in range(values[code][0], values[code][-1] + 1)
    ]
    if not body:
        return _broken(number, first, last, "no LP or TD field (its text)")
    published = parse_date(" ".join(lines[i] for i in values["PD"]))
    if published is None:
        return _broken(number, first, last, "no date in its PD field")
    byline = _byline_value(" ".join(lines[i] for i in values["BY"])) if values.get("BY") else None
    start = codes[0] if codes else first
    return ExportStory(
        number,
        start,
        last,
        fields,
        tuple(body),
        _value(" ".join(lines[i] for i in values["HD"])),
        _value(" ".join(lines[i] for i in values["SN"])),
        published,
        byline,
    )

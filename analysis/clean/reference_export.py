"""Reference-manager exports: a file of tagged records, one story each.

Media researchers keep the stories they collect in a reference manager (Zotero,
EndNote, Mendeley, Citavi, JabRef) and export them as a tagged text file; saved as
``.txt`` it reaches ``clean`` as a page. Such a text is read as its records, one story
each, as :mod:`analysis.clean.news_export` reads a news database's export (the same
:class:`~analysis.clean.news_export.NewsExport`, source ``export`` in the articles
table): never as one page whose tag lines would be headlines and outlets. Three
layouts, told apart by their lines, never by the file name:

``RIS`` (``.ris``: every manager)
    a line ``TY  - TYPE`` opens a record and ``ER  -`` closes it; each line between is
    ``TG  - value`` (two letters or a letter and a digit, two spaces, a hyphen), a line
    without a tag continuing the field above. ``TI``/``T1`` is the title, ``T2``,
    ``JO``, ``JF``, ``JA`` or ``J2`` the outlet (the periodical), ``AU``/``A1`` the
    authors, ``DA``/``Y1``/``PY`` the date (``2026/12/03``; a year alone is no date),
    ``AB``/``N2`` the abstract, the story's text here.
``EndNote tagged`` (EndNote's and Zotero's "Refer/EndNote")
    a line ``%0 Type`` opens a record, a blank line or the next ``%0`` ends it; ``%T``
    the title, ``%J`` or ``%B`` the outlet, ``%A`` the authors, ``%8`` the full date
    (``%D`` its year), ``%X`` the abstract.
``BibTeX`` (``.bib``: every manager; BibLaTeX's fields too)
    a line ``@type{key,`` opens an entry and a line ``}`` closes it; each field is
    ``name = {value},`` (or ``"value"``), a value may run over several lines.
    ``title``, ``journal``/``journaltitle``/``newspaper`` the outlet, ``author``
    (names joined by ``and``), ``date`` (BibLaTeX) else ``year``, ``month``, ``day``,
    ``abstract``; TeX's braces around words are no text.

Authors printed ``Last, First`` are given as ``First Last``, several joined by ", ".
Every other tag (the type, URL, access date ``Y2``, database ``DB``, keywords ...) is
the export's own field. A text is an export when its records hold more of its
characters than its other lines (a header "Exported from Zotero" is read past): an
article printing one record in a "cite this story" box stays an article. A record with
no title or no outlet is a story that cannot be read
(:attr:`~analysis.clean.news_export.ExportStory.problem`); a record without an abstract
is read with an empty text.

A record's lines are printed without their tags (:attr:`NewsExport.lines`), so a
story's text is its abstract's words only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.news_export import ExportStory, NewsExport

#: A RIS line: its tag and value (``TI  - Title``; one space before the hyphen is read too).
_RIS_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9]) {1,2}-(?: (?P<value>.*))?$")
#: An EndNote tagged line (``%T Title``).
_ENDNOTE_LINE = re.compile(r"^%(?P<tag>[0-9A-Z@!#$&()*+^>~?])(?: (?P<value>.*))?$")

#: A BibTeX field's first line: its name and what follows ``=`` (value, closing
#: brace or quote, comma).
_BIBTEX_LINE = re.compile(r"^\s*(?P<tag>[A-Za-z][A-Za-z-]*)\s*=\s*(?P<value>.*)$")
_BIBTEX_OPEN = re.compile(r"^\s*@(?P<type>[A-Za-z]+)\s*\{\s*[^,\s{}]*\s*,\s*$")
_BIBTEX_CLOSE = re.compile(r"^\s*\}\s*$")
#: BibTeX's month macros (``month = dec``) and numbers.
_BIBTEX_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}

#: Tag -> story field, in the order a field's tags are preferred (first found wins).
_RIS_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("TI", "T1"),
    "outlet": ("T2", "JO", "JF", "JA", "J2"),
    "byline": ("AU", "A1"),
    "published": ("DA", "Y1", "PY"),
    "body": ("AB", "N2"),
}
_ENDNOTE_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("T",),
    "outlet": ("J", "B"),
    "byline": ("A",),
    "published": ("8", "D"),
    "body": ("X",),
}
_BIBTEX_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "outlet": ("journal", "journaltitle", "newspaper"),
    "byline": ("author",),
    "published": ("date",),
    "body": ("abstract",),
    "year": ("year",),
    "month": ("month",),
    "day": ("day",),
}
#: A full date in a date field: ``2026/12/03``, ``2026-12-03`` (RIS adds ``/other``).
_FULL_DATE = re.compile(r"^\s*(?P<y>\d{4})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})\b")


def read_reference_export(text: str) -> NewsExport | None:
    """The records of a RIS, EndNote tagged or BibTeX export; None for other texts.

    Parameters
    ----------
    text : str
        What :mod:`analysis.clean.read` made of the file (its normalized text).

    Returns
    -------
    NewsExport or None
        Every record of the first layout (module docstring) whose records hold most of
        the text and one of which can be read, each a story (one that cannot be read
        names why in ``problem``); None when no layout does.
    """
    lines = text.split("\n")
    for layout, spans, pattern, fields in (
        ("RIS", _ris_spans, _RIS_LINE, _RIS_FIELDS),
        ("EndNote tagged", _endnote_spans, _ENDNOTE_LINE, _ENDNOTE_FIELDS),
        ("BibTeX", _bibtex_spans, _BIBTEX_LINE, _BIBTEX_FIELDS),
    ):
        found = spans(lines)
        if not found or not _mostly_records(lines, found):
            continue
        printed = list(lines)
        stories = tuple(
            _story(lines, printed, number, span, pattern, fields)
            for number, span in enumerate(found, 1)
        )
        if any(story.problem is None for story in stories):
            return NewsExport(layout, tuple(printed), stories)
    return None


def _mostly_records(lines: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """The records hold more of the text's characters (spaces aside) than the rest: the
    file is an export, not a page quoting a record (an article's "cite this story" box)."""
    inside = {i for first, last in spans for i in range(first, last + 1)}
    sizes = [len("".join(line.split())) for line in lines]
    records = sum(sizes[i] for i in inside)
    return records > sum(sizes) - records


def _ris_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each ``TY`` .. ``ER`` record."""
    spans, start = [], None
    for i, line in enumerate(lines):
        match = _RIS_LINE.match(line)
        tag = match.group("tag") if match else None
        if tag == "TY":
            start = i
        elif tag == "ER" and start is not None:
            spans.append((start, i))
            start = None
    return spans


def _endnote_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each record opened by ``%0``, up to a blank line or the
    next ``%0``; every line of a record is tagged (a tagless line ends it)."""
    spans, start = [], None
    for i, line in enumerate([*lines, ""]):
        match = _ENDNOTE_LINE.match(line)
        if start is not None and (match is None or match.group("tag") == "0"):
            spans.append((start, i - 1))
            start = None
        if match is not None and match.group("tag") == "0":
            start = i
    return spans


def _bibtex_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each ``@type{key,`` .. ``}`` entry."""
    spans, start = [], None
    for i, line in enumerate(lines):
        if _BIBTEX_OPEN.match(line):
            start = i
        elif start is not None and _BIBTEX_CLOSE.match(line):
            spans.append((start, i))
            start = None
    return spans


def _story(
    lines: Sequence[str],
    printed: list[str],
    number: int,
    span: tuple[int, int],
    pattern: re.Pattern[str],
    fields: dict[str, tuple[str, ...]],
) -> ExportStory:
    """One record: its tags' lines, printed without the tags into ``printed``."""
    first, last = span
    bibtex = pattern is _BIBTEX_LINE
    inner = range(first + 1, last) if bibtex else range(first, last + 1)  # not @type{ }
    tagged: dict[str, list[list[int]]] = {}  # tag -> each of its fields' lines
    current: list[int] | None = None
    for i in inner:
        match = pattern.match(lines[i])
        if match is None:  # a field wrapped on the next line
            if current is not None and lines[i].strip():
                current.append(i)
            continue
        current = [i]
        tag = match.group("tag").lower() if bibtex else match.group("tag")
        tagged.setdefault(tag, []).append(current)
        printed[i] = match.group("value") or ""
    if bibtex:
        for tag_fields in tagged.values():
            for field_lines in tag_fields:
                _unbrace(printed, field_lines)
    values: dict[str, list[str]] = {}
    story_fields: dict[int, str] = dict.fromkeys((first, last), "export") if bibtex else {}
    body: list[int] = []
    chosen = {}  # tag -> the role it is read for
    for role, tags in fields.items():
        tag = next((t for t in tags if t in tagged), None)
        if tag is not None:
            chosen[tag] = role
    for tag, tag_fields in tagged.items():
        role = chosen.get(tag, "export")  # any other tag: the export's own field
        for field_lines in tag_fields:
            value = " ".join(" ".join(printed[i].split()) for i in field_lines).strip()
            if value and role != "export":
                values.setdefault(role, []).append(value)
            if role == "body":
                body.extend(field_lines)
            else:
                story_fields.update(dict.fromkeys(field_lines, role))
    names = values.get("byline", [])
    if bibtex:
        names = [name for value in names for name in re.split(r"\s+and\s+", value) if name]
        values.setdefault("published", []).extend(_bibtex_date(values))
    missing = [role for role in ("title", "outlet") if role not in values]
    if missing:
        return ExportStory(
            number, first, last, problem=f"story {number}: no {' or '.join(missing)}"
        )
    return ExportStory(
        number,
        first,
        last,
        story_fields,
        tuple(sorted(body)),
        values["title"][0],
        values["outlet"][0],
        _date(values.get("published", [])),
        ", ".join(given_name_first(name) for name in names) or None,
    )


def _unbrace(printed: list[str], field_lines: Sequence[int]) -> None:
    """A BibTeX value as text: without TeX's braces, the quotes around it and the comma
    after it."""
    for i in field_lines:
        printed[i] = printed[i].replace("{", "").replace("}", "")
    end = field_lines[-1]
    printed[end] = printed[end].rstrip().removesuffix(",").rstrip().removesuffix('"')
    printed[field_lines[0]] = printed[field_lines[0]].lstrip().removeprefix('"')


def _bibtex_date(values: dict[str, list[str]]) -> list[str]:
    """A BibTeX entry's ``year``, ``month`` and ``day`` as one date value (none when
    one of them is missing or no number)."""
    year, month, day = (
        values.get(part, [""])[0].strip().lower() for part in ("year", "month", "day")
    )
    month = str(_BIBTEX_MONTHS.get(month[:3], month)) if month else month
    if year.isdigit() and month.isdigit() and day.isdigit():
        return [f"{year}-{month}-{day}"]
    return []


def _date(values: Sequence[str]) -> str | None:
    """The first full date among a record's date fields (a year alone is none)."""
    for value in values:
        match = _FULL_DATE.match(value)
        if match:
            y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
            if 1 <= m <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def given_name_first(name: str) -> str:
    """A name printed ``Last, First`` as ``First Last``; any other form as printed.

    Parameters
    ----------
    name : str
        One person's name as a reference manager writes it ("Kjær, Mette").

    Returns
    -------
    str
        "Mette Kjær"; a name without one comma between two parts, stripped.
    """
    last, comma, given = name.partition(",")
    if comma and last.strip() and given.strip() and "," not in given:
        return f"{given.strip()} {last.strip()}"
    return name.strip()

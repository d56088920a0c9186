"""Two more news database export layouts, read as their stories (see
:mod:`analysis.clean.news_export`, which tries them after its own).

``ProQuest`` (its "Full text" export saved as plain text)
    each story opens with a rule of underscores (and, in some exports, a line
    ``Document N of M``); the headline, ``Author: LAST, FIRST`` (names separated by
    ``;``), ``Publication info:``, ``ProQuest document link``, an optional
    ``Abstract:``, then ``Full text:`` before the story's first paragraph; under the
    text a block of labelled fields (``Subject:``, ``Title:``, ``Publication title:``,
    ``Publication date:``, ``Copyright:``, ``Database:`` ...). The outlet is the
    publication title before its ``;`` (the place of publication after it), the date
    the publication date, the byline the authors in the order a reader writes them
    ("Gitl Rozenblit", :func:`analysis.clean.reference_export.given_name_first`), the
    title the ``Title:`` field (the line under the rule when there is none).
``Europresse`` (a French press database's text or HTML export saved as text)
    each story is closed by its identifier line, ``news·20261203·ABK·0312345``
    (letters, the date, the source code and a number joined by middle dots); above
    the story the source line (``Le Courrier (site web)``, ``Le Courrier, no. 1187``),
    a line holding the section, the date and the length (``Monde, jeudi 3 décembre
    2026 - 08:40 UTC +01:00 312 mots``), the headline and, when one is printed, the
    author alone on a line; under the text a ``©`` line, the legal notice and the
    certificate line. The outlet is the source line without ``(site web)`` or the
    issue number.

A story whose fields cannot be read is returned with its ``problem`` set, as
:mod:`analysis.clean.news_export` does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.bylines import is_name_line
from analysis.clean.dates import parse_date
from analysis.clean.news_export import ExportStory
from analysis.clean.reference_export import given_name_first
from analysis.text import is_blank

# Spaces and tabs only, never \s: a pattern must not run over line ends. (The cheap
# first test, news_export's _EXPORT_HINT, knows the rule and the identifier line.)
# --- ProQuest ----------------------------------------------------------------------------
_RULE = re.compile(r"^[ \t]*_{40,}[ \t]*$")
# The export's labels in the interface's language: English, and the French and Spanish
# interfaces' ("Texte intégral:", "Titre de la publication:", "Date de publication:";
# "Texto completo:", "Título de la publicación:", "Fecha de publicación:", h398).
_FULL_TEXT = re.compile(
    r"^[ \t]*(?:Full[ \t]+text|Texte[ \t]+intégral|Texto[ \t]+completo)[ \t]*:[ \t]*"
)
_FIELD = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_a-z][^\W\d_]*(?:(?:[ \t]*/[ \t]*|[ \t])[^\W\d_-][\w-]*){0,3})"
    r"[ \t]*:[ \t]*(?P<value>.*)$"
)
#: The labels of the block under a story's text that name the story's fields.
_TAIL_FIELDS = {
    "Title": "title",
    "Publication title": "outlet",
    "Publication date": "published",
    "Titre": "title",
    "Titre de la publication": "outlet",
    "Date de publication": "published",
    "Título": "title",
    "Título de la publicación": "outlet",
    "Fecha de publicación": "published",
}
_OUTLET_LABELS = tuple(label for label, role in _TAIL_FIELDS.items() if role == "outlet")
_AUTHOR_LABELS = frozenset({"Author", "Auteur", "Autor"})
_DOCUMENT_NUMBER = re.compile(
    r"^[ \t]*(?:Document|Documento)[ \t]+\d+[ \t]+(?:of|sur|de)[ \t]+\d+[ \t]*$"
)
_LINK_LINE = re.compile(r"^[ \t]*ProQuest[ \t]+document[ \t]+link[ \t]*$")
# --- Europresse --------------------------------------------------------------------------
_ID_LINE = re.compile(r"^[ \t]*[a-z]{2,12}·\d{8}·[A-Za-z0-9]{1,16}·[A-Za-z0-9]{3,40}[ \t]*$")
_LENGTH = re.compile(r"\b\d[\d  .,]*[ \t]+(?:mots|words)\b", re.IGNORECASE)
_SOURCE_TAIL = re.compile(
    r"[ \t]*(?:\((?:site web|web site|website)\)|,[ \t]*(?:no|n°|nr)\.?[ \t]*\d+\S*)[ \t]*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^[ \t]*(?:©|\(c\)[ \t]*\d{4}|Copyright\b)", re.IGNORECASE)


def _nonblank(lines: Sequence[str], first: int, last: int) -> list[int]:
    return [i for i in range(first, last + 1) if not is_blank(lines[i])]


def _value(text: str) -> str:
    return " ".join(text.split())


def _broken(number: int, first: int, last: int, reason: str) -> ExportStory:
    return ExportStory(number, first, last, problem=f"story {number}: {reason}")


def _authors(value: str) -> str:
    """An author field's names in reading order ("Rozenblit, Gitl" -> "Gitl Rozenblit"),
    several (set apart by ``;``) joined by ``, ``."""
    names = (given_name_first(_value(name)) for name in value.split(";"))
    return ", ".join(name for name in names if name)


def proquest_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each story: from a rule to the line before the next rule
    (or the file's end), for a span holding ``Full text:`` and ``Publication title:``.

    Parameters
    ----------
    lines : sequence of str
        The text's lines.

    Returns
    -------
    list of (int, int)
        The stories' spans, in order.
    """
    rules = [i for i, line in enumerate(lines) if _RULE.match(line)]
    spans = []
    for k, start in enumerate(rules):
        end = rules[k + 1] - 1 if k + 1 < len(rules) else len(lines) - 1
        inside = range(start + 1, end + 1)
        if any(_FULL_TEXT.match(lines[i]) for i in inside) and any(
            lines[i].lstrip().startswith(f"{label}:") for i in inside for label in _OUTLET_LABELS
        ):
            spans.append((start, end))
    return spans


def proquest_story(lines: Sequence[str], number: int, first: int, last: int) -> ExportStory:
    """One story of a ProQuest export (the module docstring).

    Parameters
    ----------
    lines : sequence of str
        The text's lines.
    number : int
        The story's position, from 1.
    first, last : int
        Its span (:func:`proquest_spans`).

    Returns
    -------
    ExportStory
        The story, or one with its ``problem`` set.
    """
    shown = _nonblank(lines, first + 1, last)
    text_at = next((i for i in shown if _FULL_TEXT.match(lines[i])), None)
    if text_at is None:
        return _broken(number, first, last, "no 'Full text:' line")
    fields = {first: "export"}
    head = [i for i in shown if i < text_at]
    title_line = next(
        (i for i in head if not _DOCUMENT_NUMBER.match(lines[i]) and not _FIELD.match(lines[i])),
        None,
    )
    byline = None
    for i in head:
        match = _FIELD.match(lines[i])
        if i == title_line:
            fields[i] = "title"
        elif match and match["label"] in _AUTHOR_LABELS and match["value"].strip():
            fields[i], byline = "byline", _authors(match["value"])
        else:
            fields[i] = "export"
    # The field block under the text: the labelled lines from the last line back to the
    # first line that is no field (blank lines between them).
    after = [i for i in shown if i > text_at]
    block_start = len(after)
    while block_start > 0 and _FIELD.match(lines[after[block_start - 1]]):
        block_start -= 1
    tail = after[block_start:]
    values: dict[str, str] = {}
    for i in tail:
        match = _FIELD.match(lines[i])
        role = _TAIL_FIELDS.get(match["label"]) if match else None
        fields[i] = "export"
        if role and role not in values and match["value"].strip():
            values[role] = match["value"]
    if "outlet" not in values:
        return _broken(number, first, last, "no 'Publication title:' field under its text")
    published = parse_date(values.get("published", ""))
    body_end = tail[0] - 1 if tail else last
    first_text = _FULL_TEXT.sub("", lines[text_at])
    body = [i for i in range(text_at, body_end + 1)]
    while body and is_blank(lines[body[-1]]):
        body.pop()
    if not body or (len(body) == 1 and is_blank(first_text)):
        return _broken(number, first, last, "no text after 'Full text:'")
    title = _value(values["title"]) if "title" in values else None
    if title is None and title_line is not None:
        title = _value(lines[title_line])
    return ExportStory(
        number,
        first,
        last,
        fields,
        tuple(body),
        title,
        _value(values["outlet"].split(";")[0]),
        published,
        byline,
    )


def proquest_lines(lines: Sequence[str]) -> list[str]:
    """The text's lines with each ``Full text:`` label taken off its paragraph (the
    story's first line is its text).

    Parameters
    ----------
    lines : sequence of str
        The text's lines.

    Returns
    -------
    list of str
        The same number of lines.
    """
    return [_FULL_TEXT.sub("", line) if _FULL_TEXT.match(line) else line for line in lines]


def europresse_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line of each story: from after the previous story's identifier
    line to its own.

    Parameters
    ----------
    lines : sequence of str
        The text's lines.

    Returns
    -------
    list of (int, int)
        The stories' spans, in order.
    """
    spans = []
    start = 0
    for i, line in enumerate(lines):
        if _ID_LINE.match(line):
            spans.append((start, i))
            start = i + 1
    return spans


def europresse_story(lines: Sequence[str], number: int, first: int, last: int) -> ExportStory:
    """One story of a Europresse export (the module docstring).

    Parameters
    ----------
    lines : sequence of str
        The text's lines.
    number : int
        The story's position, from 1.
    first, last : int
        Its span (:func:`europresse_spans`).

    Returns
    -------
    ExportStory
        The story, or one with its ``problem`` set.
    """
    shown = _nonblank(lines, first, last - 1)
    at = next(
        (
            k
            for k, i in enumerate(shown)
            if k > 0 and _LENGTH.search(lines[i]) and parse_date(lines[i]) is not None
        ),
        None,
    )
    if at is None:
        at = next(
            (k for k, i in enumerate(shown[1:4], 1) if parse_date(lines[i]) is not None), None
        )
    if at is None or at + 2 >= len(shown):
        return _broken(number, first, last, "no date line under a source line")
    source, date_line, title_line = shown[at - 1], shown[at], shown[at + 1]
    fields = {i: "export" for i in shown[: at - 1]}
    fields.update({last: "export", source: "outlet", date_line: "published", title_line: "title"})
    rest = shown[at + 2 :]
    end = next((k for k, i in enumerate(rest) if _COPYRIGHT.match(lines[i])), len(rest))
    for i in rest[end:]:
        fields[i] = "export"
    rest = rest[:end]
    byline = None
    if len(rest) > 1 and len(lines[rest[0]].split()) <= 6 and is_name_line(lines, rest[0]):
        fields[rest[0]], byline = "byline", _value(lines[rest[0]])
        rest = rest[1:]
    if not rest:
        return _broken(number, first, last, "no text under its headline")
    outlet = _SOURCE_TAIL.sub("", _value(lines[source]))
    return ExportStory(
        number,
        first,
        last,
        fields,
        tuple(range(rest[0], rest[-1] + 1)),
        _value(lines[title_line]),
        outlet or None,
        parse_date(lines[date_line]),
        byline,
    )

"""An Org-mode file saved as text, made plain (stage 1, with the text dump's other marks).

Org mode (Emacs) writes a file's settings as ``#+KEYWORD: value`` lines (``#+TITLE:
Reading list``, ``#+STARTUP: overview``), each heading as stars (``** Heading``), maybe
with a task keyword and tags (``** TODO Heading   :economy:``), a link as
``[[https://example.org/a][its text]]``, a task's planning line under its heading
(``CLOSED: [2026-12-04 Fri 09:12]``, ``SCHEDULED: <...>``) and a heading's properties
in a drawer (``:PROPERTIES:`` / ``:OUTLET: Example Post`` / ``:END:``). A researcher's
reading list so kept gives each story a heading, its properties (the outlet, the date,
the author) and a note. :func:`plain_org` reads such a file as its text: the document's
title, each heading without its stars, keyword and tags, each link as its text, and a
heading over a property drawer as a labelled block (``Title: Heading`` over
``Outlet: Example Post`` / ``Published: 2026-12-01``), which a report printing one
article a block is read as (:mod:`analysis.clean.labelled_blocks`). A file is read so
only when it opens with a ``#+KEYWORD:`` line and writes a heading or a drawer under it.
No tuned value.
"""

from __future__ import annotations

import re

from analysis.clean.clipping_table import COLUMN_ROLES

# A setting line: ``#+TITLE: value``, ``#+begin_quote``.
_SETTING = re.compile(r"^[ \t]*#\+(\w+)(?::[ \t]*(.*?))?[ \t]*$")
# A heading: its stars, maybe a task keyword, its text, maybe its tags.
_HEADING = re.compile(
    r"^(\*+)[ \t]+(?:(?P<keyword>[A-Z]{2,})[ \t]+)?(?P<text>.*?)(?P<tags>[ \t]+:[\w@#%:]+:)?[ \t]*$"
)
# A drawer's property line: ``:KEY: value``; its opening and closing lines.
_PROPERTY = re.compile(r"^[ \t]*:([\w-]+):[ \t]*(.*?)[ \t]*$")
_DRAWER_START = re.compile(r"^[ \t]*:PROPERTIES:[ \t]*$", re.IGNORECASE)
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.IGNORECASE)
# A task's planning line: ``CLOSED: [...]``, ``SCHEDULED: <...>``, ``DEADLINE: <...>``.
_PLANNING = re.compile(r"^[ \t]*(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[\[<][^\]>]*[\]>][ \t]*)+$")
# A link: ``[[address][text]]`` (its text) or ``[[address]]`` (the address).
_LINK = re.compile(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\])?\]")
# A timestamp: ``[2026-12-01 Tue]``, ``<2026-12-01 Tue 09:12>``: its date.
_TIMESTAMP = re.compile(r"[\[<](\d{4}-\d\d-\d\d)(?:[ \t][^\]>\n]*)?[\]>]")
# Org's default task keywords, and the line declaring a file's own (``#+TODO: A B | C``).
_DEFAULT_KEYWORDS = frozenset({"TODO", "DONE"})
_KEYWORD_SETTINGS = frozenset({"todo", "seq_todo", "typ_todo"})
# The roles of a property that make its heading an article's labelled block.
_FIELDS = ("outlet", "published", "byline")


def is_org(text: str) -> bool:
    """Whether ``text`` is an Org-mode file: its first line that is not blank is a
    ``#+KEYWORD:`` setting and a heading (``* Heading``) or a property drawer follows.

    Parameters
    ----------
    text : str
        A page's text, maybe an Org file's, its lines split at line feeds.

    Returns
    -------
    bool
        Whether both marks are there.
    """
    lines = text.lstrip().split("\n")
    if not lines or not (opening := _SETTING.match(lines[0])) or opening.group(2) is None:
        return False
    return any(_HEADING.match(line) or _DRAWER_START.match(line) for line in lines[1:])


def plain_org(text: str) -> str:
    """``text`` without Org mode's marks when it is an Org-mode file (:func:`is_org`).

    Parameters
    ----------
    text : str
        A page's text as read (lines split at line feeds); changed only when it
        is an Org file.

    Returns
    -------
    str
        The text with the document's title alone on its line (its other settings and
        block lines, ``#+begin_quote``, taken off), each heading without its stars, task
        keyword and tags, each planning line taken off, each link as its text and each
        timestamp as its date, each property drawer taken off; a heading over a drawer
        naming an article's outlet, date or author is written ``Title: Heading`` over
        those properties as ``Key: value`` lines; any other text as it was.
    """
    if "#+" not in text or not is_org(text):
        return text
    lines = text.split("\n")
    keywords = set(_DEFAULT_KEYWORDS)
    for line in lines:
        setting = _SETTING.match(line)
        if setting and setting.group(1).casefold() in _KEYWORD_SETTINGS and setting.group(2):
            keywords |= {word for word in setting.group(2).split() if word != "|"}
    out: list[str] = []
    in_drawer = labelled = False
    for k, line in enumerate(lines):
        if in_drawer:
            if _DRAWER_END.match(line):
                in_drawer = False
            elif labelled and (field := _field(line)):
                out.append(field)
            continue
        if _DRAWER_START.match(line):
            in_drawer = True
            continue
        if setting := _SETTING.match(line):
            if setting.group(1).casefold() == "title" and setting.group(2):
                out.append(_plain(setting.group(2)))
            continue
        if _PLANNING.match(line):
            continue
        if heading := _HEADING.match(line):
            words = heading.group("text")
            keyword = heading.group("keyword")
            if keyword and keyword not in keywords:
                words = f"{keyword} {words}"
            headline = _plain(words)
            labelled = _over_fields(lines, k)
            out.append(f"Title: {headline}" if labelled else headline)
            continue
        out.append(_plain(line))
    return "\n".join(out)


def _over_fields(lines: list[str], k: int) -> bool:
    """Whether the heading on line ``k`` has a property drawer (maybe under its planning
    line) naming an article's outlet, date or author (:func:`_field`)."""
    start = next(
        (i for i in range(k + 1, min(k + 3, len(lines))) if not _PLANNING.match(lines[i])), None
    )
    if start is None or not _DRAWER_START.match(lines[start]):
        return False
    for line in lines[start + 1 :]:
        if _DRAWER_END.match(line):
            return False
        if _field(line):
            return True
    return False


def _field(line: str) -> str | None:
    """A drawer's property line naming an article's outlet, date or author (its key one
    of a report's column names, :data:`~analysis.clean.clipping_table.COLUMN_ROLES`:
    ``:OUTLET:``, ``:PUBLISHED:``, ``:AUTHOR:``) as a labelled line (``Outlet: Example
    Post``); None for another line or property (``:CUSTOM_ID:``)."""
    found = _PROPERTY.match(line)
    return field_line(found.group(1), _plain(found.group(2))) if found else None


def field_line(key: str, value: str) -> str | None:
    """A note's property as a labelled line (``Outlet: Example Post``) when its key names
    an article's outlet, date or author (one of a report's column names,
    :data:`~analysis.clean.clipping_table.COLUMN_ROLES`, its ``_`` or ``-`` read as a
    space: ``OUTLET``, ``published``, ``pub-date``); None for another key.

    Parameters
    ----------
    key : str
        The property's key, as written.
    value : str
        Its value, made plain.

    Returns
    -------
    str or None
        ``Key: value``, or None.
    """
    name = key.replace("_", " ").replace("-", " ").casefold()
    if not any(name in COLUMN_ROLES[role] for role in _FIELDS):
        return None
    return f"{key.capitalize()}: {value}"


def _plain(text: str) -> str:
    """``text`` with each link as its text (or its address) and each timestamp as its
    date."""
    text = _LINK.sub(lambda link: link.group(2) or link.group(1), text)
    return _TIMESTAMP.sub(r"\1", text)

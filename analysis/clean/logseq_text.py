"""A Logseq page saved as text, made plain (stage 1, with the text dump's other marks).

Logseq (an outliner keeping notes as Markdown files) writes a page as blocks, each a
bullet line (``- ## Heading``, children indented by tabs), a block's properties as
``key:: value`` lines right under its bullet (``author:: [[Jane Roe]]``,
``published:: [[Dec 3rd, 2026]]``), the page's own at the file's top (``title:: Reading
list``), a link to another page as ``[[its name]]`` and a task as a block opening with
its marker (``- TODO ask the editor``). A researcher's clippings page so kept gives each
story a block, its properties (the site, the date, the author) and children holding its
summary. :func:`plain_logseq` reads such a page as its text: the page's title, each
block without its bullet and heading marks, each link as its name, each task block and
its children taken off, and a block over properties naming an article's outlet, date or
author written ``Title: Heading`` over those properties as ``Key: value`` lines (a
property whose value is a web address, ``source:: https://...``, is no outlet's name and
is left out), which a report printing one article a block is read as
(:mod:`analysis.clean.labelled_blocks`), as :mod:`analysis.clean.org_text` writes an
Org heading's drawer. A page is read so only when two lines or more are block
properties and a bullet line opens a block. No tuned value.
"""

from __future__ import annotations

import re

from analysis.clean.org_text import field_line

# A property line: ``key:: value`` (a page's at the top, a block's under its bullet), a
# space or the line's end after the colons (``std::vector`` is code).
_PROPERTY = re.compile(r"^[ \t]*([\w-]+)::(?:[ \t]+(.*?))?[ \t]*$")
# A block's bullet line: its indentation, the bullet, maybe a heading's marks, its text.
_BLOCK = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?:#{1,6}[ \t]+)?(?P<text>.*?)[ \t]*$")
# A task's markers, opening a block's text.
_TASK = re.compile(r"^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED)\b")
# A link to a page: ``[[its name]]``.
_LINK = re.compile(r"\[\[([^\[\]\n]+)\]\]")
_WEB_ADDRESS = re.compile(r"^\s*https?://", re.IGNORECASE)
#: Fewest property lines of a page read as Logseq's.
MIN_PROPERTY_LINES = 2


def is_logseq(text: str) -> bool:
    """Whether ``text`` is a Logseq page: :data:`MIN_PROPERTY_LINES` lines or more are
    ``key:: value`` properties and a bullet line (``- text``) opens a block.

    Parameters
    ----------
    text : str
        A page's text, maybe a Logseq page's, its lines split at line feeds.

    Returns
    -------
    bool
        Whether both marks are there.
    """
    lines = text.split("\n")
    properties = sum(1 for line in lines if _PROPERTY.match(line))
    return properties >= MIN_PROPERTY_LINES and any(_BLOCK.match(line) for line in lines)


def plain_logseq(text: str) -> str:
    """``text`` without Logseq's marks when it is a Logseq page (:func:`is_logseq`).

    Parameters
    ----------
    text : str
        A page's text as read (lines split at line feeds); changed only when it is a
        Logseq page.

    Returns
    -------
    str
        The text with the page's title alone on its line (its other properties taken
        off), each block without its bullet and heading marks, each link as its name, each
        task block and its children taken off; a block over properties naming an
        article's outlet, date or author written ``Title: Heading`` over those properties
        as ``Key: value`` lines, its other properties taken off.
    """
    if "::" not in text or not is_logseq(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    skipped_below: int | None = None  # a task block's indentation: its children go too
    for k, line in enumerate(lines):
        block = _BLOCK.match(line)
        indent = len(block.group("indent")) if block else None
        if skipped_below is not None:
            if block is None or indent > skipped_below:
                continue
            skipped_below = None
        if block is not None:
            words = block.group("text")
            if _TASK.match(words):
                skipped_below = indent
                continue
            headline = _plain(words)
            out.append(f"Title: {headline}" if _over_fields(lines, k) else headline)
            continue
        if prop := _PROPERTY.match(line):
            if prop.group(1).casefold() == "title" and prop.group(2) and not out:
                out.append(_plain(prop.group(2)))  # the page's title
            elif field := _field(prop):
                out.append(field)
            continue
        out.append(_plain(line))
    return "\n".join(out)


def _over_fields(lines: list[str], k: int) -> bool:
    """Whether the block on line ``k`` has properties right under it naming an article's
    outlet, date or author (:func:`_field`)."""
    for line in lines[k + 1 :]:
        prop = _PROPERTY.match(line)
        if prop is None:
            return False
        if _field(prop):
            return True
    return False


def _field(prop: re.Match[str]) -> str | None:
    """A property naming an article's outlet, date or author (``site::``, ``published::``,
    ``author::``: :func:`~analysis.clean.org_text.field_line`) as a labelled line (``Site:
    Example Post``); None for another property or one whose value is a web address."""
    value = prop.group(2) or ""
    if not value or _WEB_ADDRESS.match(value):
        return None
    return field_line(prop.group(1), _plain(value))


def _plain(text: str) -> str:
    """``text`` with each link to a page as the page's name."""
    return _LINK.sub(lambda link: link.group(1), text)

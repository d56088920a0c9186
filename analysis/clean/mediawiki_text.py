"""A MediaWiki source saved as text, made plain (stage 1, with the text dump's other marks).

MediaWiki's markup (a wiki's "Edit source", ``pandoc -t mediawiki``) writes a heading
between runs of ``=`` (``= Title =``, ``== Section ==``), a link as ``[[/path|its text]]``
or ``[[Page]]`` inside the wiki and ``[https://example.org/a its text]`` outside it,
bold and italic as ``'''...'''`` and ``''...''``, a picture as ``[[File:a.jpg|thumb|none|
Its caption]]``, a table as ``{| class="wikitable"`` over ``|-`` row lines and one cell
a line (``! Head``, ``| cell``) closed by ``|}``, a numbered item as ``# item``, and what
it has no mark for as HTML tags (``<blockquote>...</blockquote>``, ``<br />``). Kept,
the marks were read as the text's own: a link's address and its brackets as words, each
table cell as a line of its own, a numbered item as a Markdown heading, a quoted line as
a tag. :func:`plain_mediawiki` takes them off when the page writes a heading so and one
other of these marks: the heading's text alone, a link as its text, a picture as its
caption, a table's row as one line of its cells apart by two spaces (a text printing's
columns), a numbered item as ``1. item``, the tags off. No tuned value: the marks are the
markup's own.
"""

from __future__ import annotations

import re

__all__ = ["is_mediawiki", "plain_mediawiki"]

# A heading: a run of one to six '=', its text, the same run (compared in _heading).
_HEADING = re.compile(
    r"^(?P<marks>={1,6})[ \t]*(?P<text>[^=\n](?:[^\n]*[^=\s])?)[ \t]*(?P=marks)[ \t]*$",
    re.MULTILINE,
)
# The other marks, one of which a MediaWiki source writes beside its headings.
_WIKI_MARK = re.compile(r"\[\[[^\[\]\n]+\]\]|'''[^'\n]+'''|^\{\|", re.MULTILINE)
# A picture: ``[[File:name|option|...|caption]]`` (also ``Image:``).
_FILE = re.compile(r"\[\[(?:File|Image):[^\[\]\n]*?(?:\|(?P<caption>[^|\[\]\n]*))?\]\]")
# An internal link: ``[[target|text]]`` or ``[[target]]``.
_INTERNAL = re.compile(r"\[\[(?P<target>[^|\[\]\n]+)(?:\|(?P<text>[^\[\]\n]*))?\]\]")
# An external link: ``[https://address text]`` or ``[https://address]``.
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\[\]]+(?:[ \t]+(?P<text>[^\[\]\n]*))?\]")
# Bold and italic quotes: two, three or five apostrophes around text.
_QUOTES = re.compile(r"'{5}|'{3}|'{2}(?=\S)|(?<=\S)'{2}")
# The HTML tags a source writes for what it has no mark for.
_TAGS = re.compile(r"</?(?:blockquote|br|center|small|big|poem|div|span)\b[^<>\n]*>", re.IGNORECASE)
# A numbered item: one or more '#', a space, its text.
_NUMBERED = re.compile(r"^#+[ \t]+(?=\S)")


def is_mediawiki(text: str) -> bool:
    """Whether ``text`` is a MediaWiki source: a line is a heading between equal runs of
    ``=`` and a link, a bold text or a table of the markup is written.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    bool
        Whether both marks are there.
    """
    return _HEADING.search(text) is not None and _WIKI_MARK.search(text) is not None


def plain_mediawiki(text: str) -> str:
    """``text`` without MediaWiki's marks when it is such a source (:func:`is_mediawiki`).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each heading as its text, a link as its text (an internal link
        without text as its target), a picture as its caption, bold and italic quotes
        and the HTML tags off, a table's rows one line each (cells apart by two spaces)
        and a numbered item as ``1. item``; other lines as they were.

    Examples
    --------
    >>> plain_mediawiki("= Bridge opens =\\n\\nThe [[/town/|town]] '''cheered'''.\\n")
    'Bridge opens\\n\\nThe town cheered.\\n'
    """
    if "=" not in text or not is_mediawiki(text):
        return text
    text = _HEADING.sub(lambda found: found.group("text"), text)
    text = _FILE.sub(lambda found: (found.group("caption") or "").strip(), text)
    text = _INTERNAL.sub(lambda found: found.group("text") or found.group("target"), text)
    text = _EXTERNAL.sub(lambda found: found.group("text") or "", text)
    text = _TAGS.sub("", _QUOTES.sub("", text))
    return "\n".join(_plain_lines(text.split("\n")))


def _plain_lines(lines: list[str]) -> list[str]:
    """The lines with each table's rows joined and each numbered item renumbered."""
    out: list[str] = []
    row: list[str] | None = None
    table = False
    number = 0
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("{|"):
            table, row = True, None
            continue
        if table:
            if stripped.startswith("|}") or stripped == "|-":
                if row:
                    out.append("  ".join(row))
                row = None
                table = not stripped.startswith("|}")
                continue
            if stripped[:1] in ("|", "!"):
                cells = re.split(r"\|\||!!", stripped[1:])
                row = (row or []) + [cell.strip() for cell in cells]
                continue
        number = number + 1 if _NUMBERED.match(line) else 0
        out.append(_NUMBERED.sub(f"{number}. ", line) if number else line)
    if row:
        out.append("  ".join(row))
    return out

"""A screen reader's speech log saved as text (NVDA's Speech Viewer): the page as read.

NVDA's Speech Viewer prints each utterance on a line. Reading a web page with 'say all'
in browse mode, it speaks the page line by line, a line of at most 100 characters (its
"Maximum number of characters on one line"), and announces the roles of the elements it
enters before their text, two spaces apart: ``link  Home``, ``heading  level 2  Title``,
``list  with 5 items  bullet  First``, ``out of list``, ``main landmark``, ``button
Share``, ``clickable  Advertisement``, ``graphic  Logo``, ``block quote  ...  out of block
quote``. Read as it is, each paragraph is cut into lines with no blank line between
paragraphs, and the role words are words of the text: a paragraph's lines read as short
lines of chrome, a heading's text glued to "heading level 2".

:func:`plain_speech_log` tells such a log by its announcements (:data:`MIN_ROLE_LINES`
lines opening with a role word and two spaces, or a landmark or "out of" line alone)
and prints it as a text dump: the announcements taken off, a heading, a list's items, a
link, a button, a clickable element and a region each a block of its own lines, a
graphic's label dropped (as a text browser's image labels are), and the lines of running
text the reader cut at its width joined into their paragraph (the next line's first word
would not have fitted on the line: measured against the log's longest line of text).
The role words are NVDA's in English, the voice most such logs are saved from.
"""

from __future__ import annotations

import re

__all__ = ["plain_speech_log"]

# A role announcement and what follows it, two spaces apart (NVDA's separator).
_SEP = re.compile(r" {2,}")
# Announcements that stand for nothing of the page's text: leaving or entering a
# landmark, the document, an article, a list, a block quote, a frame, a table.
_DROPPED = re.compile(
    r"(?:document|article|frame|section|form|grouping|separator"
    r"|(?:banner|navigation|main|complementary|content info|search|form|region) landmark"
    r"|out of (?:list|article|block quote|table|frame|form|grouping|region|section"
    r"|(?:banner|navigation|main|complementary|content info|search|form|region) landmark))"
)
# Role words whose next part is a block of the page's text on a line of its own.
_BLOCK_ROLES = frozenset(
    {"link", "visited link", "same page link", "button", "clickable", "region"}
)
# A heading's announcement ("heading", then "level 2").
_LEVEL = re.compile(r"level \d")
# A list's announcement ("list", then "with 5 items") and its items' marks.
_LIST_COUNT = re.compile(r"with \d+ items?")
_ITEM_MARK = re.compile(r"bullet|\d+\.")
# A line opening with an announcement: what makes a text a speech log.
_ROLE_LINE = re.compile(
    r"^(?:(?:visited |same page )?link|heading|list|button|clickable|graphic|block quote"
    r"|region|bullet) {2}\S"
    rf"|^{_DROPPED.pattern}(?: {{2}}|$)",
    re.MULTILINE,
)
#: The least number of lines opening with an announcement: a menu's links alone give
#: more, and no page of prose opens five lines with "link" or "heading" and two spaces.
MIN_ROLE_LINES = 5


def plain_speech_log(text: str) -> str:
    """``text`` as a text dump when it is a screen reader's speech log, else unchanged.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The log's page text (see the module's note): blocks apart by blank lines, the
        reader's cut lines joined; ``text`` itself when it holds fewer than
        :data:`MIN_ROLE_LINES` announcement lines.

    Examples
    --------
    >>> log = "\\n".join(
    ...     [
    ...         "banner landmark",
    ...         "navigation landmark  list  with 2 items  link  Home",
    ...         "link  Sport",
    ...         "out of list  out of navigation landmark",
    ...         "main landmark",
    ...         "heading  level 1  Ferry fares rise",
    ...         "The ferry company will raise fares by ten per cent from April, it said on",
    ...         "Monday.",
    ...         "button  Share",
    ...     ]
    ... )
    >>> print(plain_speech_log(log))
    Home
    Sport
    <BLANKLINE>
    Ferry fares rise
    <BLANKLINE>
    The ferry company will raise fares by ten per cent from April, it said on Monday.
    <BLANKLINE>
    Share
    """
    if "  " not in text or len(_ROLE_LINE.findall(text)) < MIN_ROLE_LINES:
        return text
    blocks: list[tuple[str, list[str]]] = []  # (kind, lines)
    quoted = False
    for line in text.split("\n"):
        parts = [part for part in _SEP.split(line.strip()) if part]
        if not parts:
            continue
        if not _is_role(parts[0]):
            kind = "quote" if quoted else "text"
            text_line = " ".join(_without_roles(parts))
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(text_line)
            else:
                blocks.append((kind, [text_line]))
            quoted = quoted and "out of block quote" not in parts
            continue
        quoted = _read_announced(parts, blocks, quoted)
    # the reader's width: its longest line of running text (in a block of two lines or
    # more: a line alone, as the window's title over the page, may be longer)
    width = max(
        (
            len(line)
            for kind, lines in blocks
            if kind in ("text", "quote") and len(lines) > 1
            for line in lines
        ),
        default=0,
    )
    printed: list[str] = []
    for kind, lines in blocks:
        body = _joined(lines, width) if kind in ("text", "quote") else lines
        if printed:
            printed.append("")
        printed.extend(body)
    return "\n".join(printed) + ("\n" if text.endswith("\n") else "")


def _is_role(part: str) -> bool:
    """Whether a line's first part is an announcement, not the page's text."""
    return bool(
        _DROPPED.fullmatch(part)
        or part in _BLOCK_ROLES
        or part in ("heading", "list", "graphic", "block quote", "bullet")
    )


def _without_roles(parts: list[str]) -> list[str]:
    """A line of text's parts without the announcements inside it ("Read also:  link
    Title": the link's text goes on the line)."""
    return [part for part in parts if not (_DROPPED.fullmatch(part) or part in _BLOCK_ROLES)]


def _read_announced(parts: list[str], blocks: list[tuple[str, list[str]]], quoted: bool) -> bool:
    """Add a line of announcements and the texts they announce to ``blocks``; whether a
    block quote is open after it."""
    index = 0
    while index < len(parts):
        part = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else None
        if part == "out of block quote":
            quoted = False
        elif _DROPPED.fullmatch(part) or _LIST_COUNT.fullmatch(part) or _LEVEL.fullmatch(part):
            pass
        elif part == "graphic":
            index += 1  # the image's label: no text of the page
        elif part == "block quote":
            quoted = True
            if following is not None and not _is_role(following):
                blocks.append(("quote", [following]))
                index += 1
        elif part == "heading":
            # "heading  level 2  link  Title": the level and a link's role go before it
            while following is not None and (_LEVEL.fullmatch(following) or _is_role(following)):
                index += 1
                following = parts[index + 1] if index + 1 < len(parts) else None
            if following is not None:
                blocks.append(("heading", [following]))
                index += 1
        elif part in ("list", "bullet") or _ITEM_MARK.fullmatch(part):
            pass  # the item's text follows: a line of the list's block
        elif part in _BLOCK_ROLES:
            if following is not None and not _is_role(following):
                kind = "item" if index and _ITEM_MARK.fullmatch(parts[index - 1]) else "lines"
                _add_line(blocks, "lines" if kind == "item" else kind, following)
                index += 1
        else:  # the page's text after an announcement (a list item's, a region's)
            above = parts[index - 1] if index else ""
            marked = bool(_ITEM_MARK.fullmatch(above)) or above == "list"
            _add_line(blocks, "lines" if marked else "text", part)
        index += 1
    return quoted


def _add_line(blocks: list[tuple[str, list[str]]], kind: str, line: str) -> None:
    """Add ``line`` to the last block when it is of ``kind``, else open a block."""
    if blocks and blocks[-1][0] == kind:
        blocks[-1][1].append(line)
    else:
        blocks.append((kind, [line]))


def _joined(lines: list[str], width: int) -> list[str]:
    """A text block's paragraphs, blank lines between them: a line goes on the line above
    when the reader cut that line before it (its first word would have overflowed
    ``width``, the log's longest cut line)."""
    out: list[str] = []
    before = ""
    for line in lines:
        words = line.split()
        if out and before and words and len(before) + 1 + len(words[0]) > width:
            out[-1] = f"{out[-1]} {line}"
        else:
            if out:
                out.append("")
            out.append(line)
        before = line
    return out

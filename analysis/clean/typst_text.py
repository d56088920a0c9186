"""A Typst source saved as text, made plain (stage 1, with the text dump's other marks).

Typst (a typesetting language, a newer LaTeX) writes a document's settings as rules on
lines of their own (``#set page(paper: "a5")``, ``#show link: underline``,
``#let accent = rgb("#224")``, ``#import "@preview/x:0.1.0": *``), a heading as ``=``
marks (``== Heading``), a call on content as ``#name(arguments)[content]``
(``#link("https://example.org/a")[its text]``, ``#text(18pt)[*Masthead*]``,
``#align(center)[...]``), strong text as ``*text*``, emphasis as ``_text_``, a line
break as a backslash and a comment as ``// ...``. A newsletter or a bulletin kept as
Typst and saved as text reads as its text only once these are off: :func:`plain_typst`
takes them off when the page is a Typst source (:func:`is_typst`: a line holds a rule,
``#set NAME(``, ``#show ...:``, ``#let NAME =`` or ``#import "``, and a second Typst
mark follows, another rule, a heading or a call on content), so a hashtag or a Markdown
heading elsewhere leaves a page as it is. Each call on content is its content (innermost
first), a link without content its address, a line that only calls a function without
content (``#line(length: 100%)``, ``#v(1em)``, ``#pagebreak()``) nothing. No tuned value.
"""

from __future__ import annotations

import re

# A rule line: ``#set NAME(``, ``#show SELECTOR:``, ``#let NAME =`` / ``#let NAME(...) =``,
# ``#import "..."``, ``#include "..."``.
_RULE = re.compile(
    r"^[ \t]*#(?:set[ \t]+[\w.]+\(|show\b[^\n]*:|let[ \t]+\w[\w-]*(?:\([^)\n]*\))?[ \t]*="
    r"|import[ \t]+\"|include[ \t]+\")"
)
# A second mark: a heading, or a call on content (``#name(...)[`` / ``#name[``).
_MARK = re.compile(r"^[ \t]*=+[ \t]+\S|#[a-z][\w.-]*(?:\([^()\n]*\))?\[", re.MULTILINE)
# A call on content with no call inside: ``#name(arguments)[content]``, ``#name[content]``.
_CALL = re.compile(r"#[a-z][\w.-]*(?:\([^()\n]*\))?\[([^\[\]]*)\]")
# A link without content: ``#link("ADDRESS")``.
_BARE_LINK = re.compile(r"#link\(\"([^\"\n]*)\"\)(?!\[)")
# A line that only calls a function without content.
_CALL_LINE = re.compile(r"^[ \t]*#[a-z][\w.-]*\([^\[\]\n]*\)[ \t]*$")
# A comment line.
_COMMENT = re.compile(r"^[ \t]*//")
# A heading's marks.
_HEADING = re.compile(r"^([ \t]*)=+[ \t]+(?=\S)", re.MULTILINE)
# Strong text and emphasis, inside a line.
_STRONG = re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
# A forced line break: a backslash between spaces or at a line's end.
_BREAK = re.compile(r"[ \t]+\\(?:[ \t]+|$)", re.MULTILINE)
# An escaped mark: ``\#``, ``\*``, ``\_``.
_ESCAPE = re.compile(r"\\([#*_\[\]$@<=\\])")


def is_typst(text: str) -> bool:
    """Whether ``text`` is a Typst source: a line holds a rule (``#set page(...)``,
    ``#show link: underline``, ``#let x = ...``, ``#import "..."``) and another rule, a
    heading (``== Heading``) or a call on content (``#link("...")[text]``) is there too.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    bool
        Whether both marks are there.
    """
    if "#" not in text:
        return False
    rules = 0
    for line in text.split("\n"):
        if _RULE.match(line):
            rules += 1
            if rules >= 2:
                return True
    return rules == 1 and _MARK.search(text) is not None


def _rule_lines(lines: list[str]) -> set[int]:
    """The indexes of the rule lines, a rule's arguments that go on over the next lines
    (an open parenthesis) with it."""
    taken: set[int] = set()
    k = 0
    while k < len(lines):
        if _RULE.match(lines[k]):
            depth = lines[k].count("(") - lines[k].count(")")
            taken.add(k)
            while depth > 0 and k + 1 < len(lines):
                k += 1
                taken.add(k)
                depth += lines[k].count("(") - lines[k].count(")")
        k += 1
    return taken


def _plain(text: str) -> str:
    """A Typst source's text, its rule lines off, without its other marks (a call's
    content may go on over lines, so the calls are taken off the whole text)."""
    text = _BARE_LINK.sub(r"\1", _HEADING.sub(r"\1", text))
    while True:
        plain = _CALL.sub(r"\1", text)
        if plain == text:
            break
        text = plain
    text = _EMPHASIS.sub(r"\1", _STRONG.sub(r"\1", text))
    return _ESCAPE.sub(r"\1", _BREAK.sub("\n", text))


def plain_typst(text: str) -> str:
    """``text`` without Typst's marks when it is a Typst source (:func:`is_typst`).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text without its rule lines, comment lines and lines that only call a
        function without content; each heading without its ``=`` marks, each call on
        content as its content, a link without content as its address, strong text and
        emphasis without their marks, a forced line break as a line end and an escaped
        mark as the mark; any other text as it was.
    """
    if not is_typst(text):
        return text
    lines = text.split("\n")
    taken = _rule_lines(lines)
    kept = [
        line
        for k, line in enumerate(lines)
        if k not in taken and not _COMMENT.match(line) and not _CALL_LINE.match(line)
    ]
    return _plain("\n".join(kept))

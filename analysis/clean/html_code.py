"""Code blocks of an HTML page: one printed line per line of code, as a browser shows them.

A technical story prints commands and code in a ``<pre>`` element, most often with the
code in a ``<code>`` (or ``<samp>``, ``<kbd>``, highlighted ``<span>`` elements) inside
it: ``<pre><code>x = load("a.toml")\\ny = 2</code></pre>``. The block is the article's
(docs/metrics.md: what the body holds), and two tools lost it:

- inscriptis renders an element its style sheet does not name with ``white-space:
  normal``, so an inline element inside ``<pre>`` joined the code's lines into one and
  squeezed its spaces (a browser's inline elements inherit ``pre``):
  :func:`inherit_whitespace` makes the inline elements inherit their parent's
  white-space, as CSS says (``white-space`` is an inherited property);
- trafilatura's text writes no line break after a ``<code>`` block it keeps, so the
  block's last line is glued to the next paragraph ("... // 1969From version 6"), and
  neither line matched a rendered line: :func:`code_ends_apart` breaks the line there.

No tuned value: the markup says what is code.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["INLINE_TAGS", "code_ends_apart", "inherit_whitespace"]

#: Inline elements HTML allows inside ``<pre>`` (phrasing content) that a code block
#: wraps its text in: the code itself, a sample's output, a key, a variable, a syntax
#: highlighter's spans and links, emphasis.
INLINE_TAGS = (
    "code",
    "samp",
    "kbd",
    "var",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "mark",
    "u",
    "s",
    "del",
    "ins",
    "small",
    "sub",
    "sup",
    "font",
    "tt",
)


def inherit_whitespace(css: dict[str, Any]) -> dict[str, Any]:
    """Return an inscriptis style sheet whose inline elements inherit white-space.

    Parameters
    ----------
    css : dict
        An inscriptis CSS profile (tag -> ``HtmlElement``), e.g. a copy of the strict one.

    Returns
    -------
    dict
        The same mapping, changed in place: every tag of :data:`INLINE_TAGS` displayed
        inline has no white-space of its own (``None``: inscriptis then takes its
        parent's), so inside ``<pre>`` it keeps the line breaks and spaces; elsewhere
        its parent's ``normal`` applies as before.
    """
    from inscriptis.html_properties import Display
    from inscriptis.model.html_element import HtmlElement

    for tag in INLINE_TAGS:
        element = css.get(tag)
        if element is None:
            element = HtmlElement(tag=tag)
        elif element.display != Display.inline:
            continue
        else:
            element = element.__copy__()
        element.whitespace = None
        css[tag] = element
    return css


def code_ends_apart(text: str, tree: _Element | None) -> str:
    """Return trafilatura's main text with each kept code block's last line ended.

    Parameters
    ----------
    text : str
        trafilatura's main text (its ``text``).
    tree : lxml element or None
        trafilatura's main-text tree (its ``body``), whose ``code`` elements are the
        blocks it kept.

    Returns
    -------
    str
        ``text`` with a line break after the last line of every code block where the
        next paragraph's text followed it on the same line; unchanged without a tree or
        a block.
    """
    if tree is None:
        return text
    for block in tree.iter("code"):
        if block.getparent() is not None and block.getparent().tag == "code":
            continue  # the inner element of trafilatura's <code><code>: its outer one
        code = "".join(block.itertext()).rstrip()
        last = code.rsplit("\n", 1)[-1].strip()
        if not last:
            continue
        # the block's last line, opening a line of the text and glued to what follows
        glued = re.compile(r"(?m)^(\s*" + re.escape(last) + r")(?=[^\n\s])")
        text = glued.sub(lambda match: match.group(1) + "\n", text)
    return text

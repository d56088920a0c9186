"""Headings in a page's markup as a reader sees them: words apart where styles part them.

A headline's markup often runs two pieces of text together that the page's styles set
apart: a kicker in a span of its own (``<h1><span class=kicker>Exclusive</span>Council
approves ...</h1>``: the style puts the kicker on its own line or in a box), a topic
label inside a card's link (``<a><span>Politics</span><span>Headline</span></a>``), or
a display headline broken in two (``<h1>Council approves the harbour<br>budget after a
long debate</h1>``). A text extraction of the markup glues the words
("ExclusiveCouncil", "harbourbudget"), so the title is no longer the headline's words.

:func:`space_glued_headings` puts a space where an element's edge inside a heading
glues two words a reader sees apart: a lower-case letter against an upper-case one
("Exclusive|Council": no word changes case there) or a closing mark of a clause
(``, : ; . ! ?``) against a letter ("budget:|council"). An edge inside a word with no
change of case ("<b>T</b>he", "Trump</a>'s") is left as it is. :func:`heading_text` is a
heading's text with its line breaks read as spaces (the title of a two-line headline);
:func:`headline_of` leaves a glued kicker out when the page's ``<title>`` prints the
headline without it. No value is tuned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from analysis.text import is_lower_case, is_upper_case

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "HEADINGS",
    "break_dated_headings",
    "heading_text",
    "headline_of",
    "space_glued_headings",
]

#: Heading elements.
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Marks that close a clause: a word after one, written against it, is another word.
_CLAUSE_END = ",:;.!?"


def space_glued_headings(root: HtmlElement) -> int:
    """Put a space where an inline element's edge inside a heading glues two words.

    A word the page prints glued elsewhere too ("SmartNews" in its menu, a brand styled
    in two colours in the heading) is left whole.

    Parameters
    ----------
    root : lxml.html.HtmlElement
        A parsed page (or part of one); changed in place.

    Returns
    -------
    int
        The number of spaces put in.
    """
    added = 0
    page_text: str | None = None  # the whole document's text, read once when needed
    for heading in root.iter(*HEADINGS):
        previous = ""  # the last non-empty text before the edge
        for element, slot in _text_slots(heading):
            value = getattr(element, slot) or ""
            if not value:
                continue
            if previous and _glued(previous[-1], value[0]):
                if page_text is None:
                    page_text = heading.getroottree().getroot().text_content()
                word = _WORD_END.search(previous)[0] + _WORD_START.match(value)[0]
                if page_text.count(word) < 2:
                    setattr(element, slot, " " + value)
                    value = " " + value
                    added += 1
            previous = value
    return added


def break_dated_headings(root: HtmlElement) -> int:
    """Put a line break after a date that opens a heading in an element of its own.

    A press-release wire's list prints each release's date and time in a small element
    at the head of the headline's heading (``<h3><small>Dec 03, 2026, 10:00 ET</small>
    <a>Headline</a></h3>``), which its styles set on a line of its own. A text
    extraction glues them ("10:00 ETHeadline"): the card's headline is no longer a line
    of its own and the page read as one article. The break puts the date on its line
    over the headline, the shape of a dated card. Only an element that is the heading's
    first text and holds a date and nothing else but a time of day and a time zone
    (:data:`_DATE_TAIL`), with the headline's text after it.

    Parameters
    ----------
    root : lxml.html.HtmlElement
        A parsed page (or part of one); changed in place.

    Returns
    -------
    int
        The number of breaks put in.
    """
    from lxml.html import Element

    from analysis.clean.dates import find_date_span

    added = 0
    for heading in root.iter(*HEADINGS):
        if (heading.text or "").strip() or not len(heading):
            continue
        first = heading[0]
        if not isinstance(first.tag, str) or first.tag == "br":
            continue
        date = " ".join(first.text_content().split())
        rest = (first.tail or "") + "".join(
            (child.text_content() if isinstance(child.tag, str) else "") + (child.tail or "")
            for child in heading[1:]
        )
        span = find_date_span(date) if date else None
        if span is None or span[0] != 0 or not _DATE_TAIL.fullmatch(date, span[1]):
            continue
        if len(rest.split()) < 2:
            continue
        br = Element("br")
        br.tail, first.tail = first.tail, None
        first.addnext(br)
        added += 1
    return added


# What may follow a date in a heading's date element: a time of day and a time zone
# ("Dec 03, 2026, 10:00 ET", "3.12.2026 14:30 CET", "2026-12-03 09:15 +01:00").
_DATE_TAIL = re.compile(
    r"[,\s]*(?:(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    r"\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|UTC[+-]\d{1,2})?\s*"
)
# The word characters ending and starting the texts on either side of an edge.
_WORD_END = re.compile(r"\S*$")
_WORD_START = re.compile(r"\S*")


def heading_text(heading: HtmlElement) -> str:
    """A heading's text, its line breaks (``<br>``) read as spaces and its whitespace
    runs as one space.

    Parameters
    ----------
    heading : lxml.html.HtmlElement
        A heading element (its glued words already spaced: :func:`space_glued_headings`).

    Returns
    -------
    str
        The text, without spaces at its ends.
    """
    parts = []
    for element, slot in _text_slots(heading):
        if slot == "tail" and element.tag == "br":
            parts.append(" ")
        parts.append(getattr(element, slot) or "")
    return " ".join("".join(parts).split())


def headline_of(heading: HtmlElement, page_title: str | None = None) -> str:
    """A heading's headline: its text as shown (:func:`heading_text`), without a kicker
    glued to it in the markup when the page's ``<title>`` prints the headline alone.

    Parameters
    ----------
    heading : lxml.html.HtmlElement
        A heading element; its glued words are spaced in place
        (:func:`space_glued_headings`).
    page_title : str, optional
        The text of the page's ``<title>`` ("Council approves the harbour budget |
        Harbour Daily").

    Returns
    -------
    str
        The heading's text from the first edge that glued two words when the
        ``<title>`` holds that tail as a part of its own and not the whole text
        ("ExclusiveCouncil approves ..." under that ``<title>``: "Council approves
        the harbour budget"); else its whole text.
    """
    glued = " ".join(heading.text_content().split())
    space_glued_headings(heading)
    shown = heading_text(heading)
    title = " ".join((page_title or "").split())
    if title and shown != glued and not _is_part(shown, title):
        for tail in _glued_tails(glued, shown):
            if _is_part(tail, title):
                return tail
    return shown


def _is_part(text: str, title: str) -> bool:
    """True when ``text`` is a whole part of a page's ``<title>``: all of it, or a part
    set off by a mark ("Headline | Site", "Site - Headline")."""
    edge = r"(?:^|(?<=[^\w\s])\s*)"
    return bool(re.search(rf"{edge}{re.escape(text)}\s*(?:$|(?=[^\w\s]))", title))


def _glued_tails(glued: str, shown: str) -> Iterator[str]:
    """The tails of ``glued`` after each place ``shown`` (the same text) has a space it
    lacks, longest first."""
    j = 0
    for character in shown:
        if j < len(glued) and character == glued[j]:
            j += 1
        elif character == " " and 0 < j < len(glued):
            yield glued[j:]


def _glued(before: str, after: str) -> bool:
    """True when ``before`` ends one word and ``after`` starts another a reader sees
    apart (see the module docstring)."""
    if before.isspace() or after.isspace():
        return False
    if is_lower_case(before) and is_upper_case(after):
        return True
    return before in _CLAUSE_END and after.isalpha()


def _text_slots(element: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """The rendered text places inside ``element`` in document order, as (element,
    ``"text"`` or ``"tail"``); an element's edge lies between two consecutive ones.
    Comments and processing instructions give only their tail."""
    if isinstance(element.tag, str):
        yield element, "text"
        for child in element:
            yield from _text_slots(child)
            yield child, "tail"

"""A story in IPTC's News Industry Text Format (NITF, ``<nitf>``, ``.xml``): one HTML
article page.

NITF (https://iptc.org/standards/nitf/) is the XML newsrooms and archives keep single
stories in: an agency's or a newspaper system's export, a licensed news corpus (one
``.xml`` file per article, as a newspaper's annotated archive is sold to researchers).
Its ``<head>`` holds the ``<title>``, ``<meta name=... content=...>`` pairs, the
``<docdata>`` (``<date.issue norm="20261204T081500+0300">``, ``<doc.copyright
holder=...>``) and the ``<pubdata>`` (the publication's ``name``, its
``date.publication`` and the story's address as ``ex-ref``). Its ``<body>`` holds the
``<body.head>`` (``<hedline><hl1>`` the headline, ``<hl2>`` a deck; ``<byline>``, with
the names in ``<person>`` elements or as text, a printed "By NAME" beside a catalogued
"Last, First" one; ``<dateline>``; ``<abstract>``), the ``<body.content>`` (``<p>``
paragraphs, in ``<block>`` elements or not: an archive's ``<block class="lead_paragraph">``
repeats the opening of its ``<block class="full_text">``, which is then read alone) and
the ``<body.end>`` (a tagline).

The story is written as an HTML page the HTML reader reads as any other: the headline as
``<title>`` and ``<h1>``, the publication as ``og:site_name``, the byline's names as the
``author`` meta tag (the printed byline, "By" and all, when it names no ``<person>``),
the issue or publication date as ``article:published_time`` (NITF's ISO 8601 basic form
written in the extended form), the abstract as the description, and the paragraphs of
the text; a paragraph that is one link and nothing else (a block of related stories'
headlines) is a link, not the story's text, and is left out. Every value is escaped:
the file's text never becomes markup, and the address is kept only when it is an
``http(s)`` URL.
"""

from __future__ import annotations

import re
from html import escape
from xml.etree.ElementTree import Element

from analysis.clean.saved_document import SavedDocument, web_url
from analysis.clean.xml_elements import child, children, local_name

__all__ = ["NITF_ROOT", "nitf_document"]

#: The root element of an NITF file (its local name).
NITF_ROOT = "nitf"
# NITF's dates in ISO 8601's basic form: "20261204T081500+0300", "20070101T000000",
# "20261204".
_BASIC_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?(Z|[+-]\d\d:?\d\d)?)?")
# The archive's printed byline, read before its catalogued "Last, First" one.
_PRINT_BYLINE = "print_byline"
# The archive's block of the story's whole text, which its lead-paragraph block repeats.
_FULL_TEXT = "full_text"


def nitf_document(root: Element) -> SavedDocument | None:
    """An NITF story as an HTML article page (see the module doc).

    Parameters
    ----------
    root : Element
        The parsed file's root (``<nitf>``, matched by local name).

    Returns
    -------
    SavedDocument or None
        The article page (UTF-8) and the story's address; None when the root is no
        ``<nitf>`` or its text holds no paragraph.
    """
    if local_name(root.tag) != NITF_ROOT:
        return None
    head, body = child(root, "head"), child(root, "body")
    body_head = child(body, "body.head")
    paragraphs = _paragraphs(child(body, "body.content"))
    if not paragraphs:
        return None
    title = _flat(child(child(body_head, "hedline"), "hl1")) or _flat(child(head, "title"))
    pubdata = child(head, "pubdata")
    docdata = child(head, "docdata")
    metas = {m.get("name", ""): m.get("content", "") for m in children(head, "meta")}
    site = _attribute(pubdata, "name") or " ".join(metas.get("source-name", "").split())
    if not site:
        site = _attribute(child(docdata, "doc.copyright"), "holder")
    date = next(
        (
            iso
            for value in (
                _attribute(child(docdata, "date.issue"), "norm"),
                _attribute(pubdata, "date.publication"),
                _attribute(child(child(body_head, "dateline"), "story.date"), "norm"),
            )
            if (iso := _iso(value))
        ),
        None,
    )
    url = web_url(_attribute(pubdata, "ex-ref"))
    head_html = ['<meta charset="utf-8">']
    if title:
        head_html.append(f"<title>{escape(title)}</title>")
    if url is not None:
        head_html.append(f'<link rel="canonical" href="{escape(url)}">')
    for attribute, key, value in (
        ("property", "og:site_name", site),
        ("name", "author", _byline(body_head)),
        ("property", "article:published_time", date or ""),
        ("name", "description", _flat(child(body_head, "abstract"))),
    ):
        if value:
            head_html.append(f'<meta {attribute}="{key}" content="{escape(value)}">')
    text = [f"<h1>{escape(title)}</h1>"] if title else []
    text.extend(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = (
        "<!DOCTYPE html><html><head>"
        + "".join(head_html)
        + "</head><body><article>"
        + "\n".join(text)
        + "</article></body></html>"
    )
    return SavedDocument(page.encode("utf-8"), "utf-8", url)


def _paragraphs(content: Element | None) -> list[str]:
    """The text's paragraphs: those of the full-text block when the file has one (its
    lead-paragraph block repeats them), else every ``<p>`` of the content; a paragraph
    that is one link alone is left out."""
    if content is None:
        return []
    blocks = [b for b in children(content, "block") if b.get("class") == _FULL_TEXT]
    scope = blocks[0] if blocks else content
    found = []
    for element in scope.iter():
        if local_name(element.tag) != "p" or not (text := _flat(element)):
            continue
        links = [c for c in element if local_name(c.tag) == "a"]
        if len(links) == 1 and _flat(links[0]) == text:
            continue
        found.append(text)
    return found


def _byline(body_head: Element | None) -> str:
    """The byline's names (its ``<person>`` elements, joined by ", "), else the printed
    byline's text; '' when the story has none."""
    bylines = children(body_head, "byline")
    bylines.sort(key=lambda b: b.get("class") != _PRINT_BYLINE)
    for byline in bylines:
        persons = [
            name for p in byline.iter() if local_name(p.tag) == "person" and (name := _flat(p))
        ]
        if persons:
            return ", ".join(persons)
    return _flat(bylines[0]) if bylines else ""


def _iso(value: str) -> str | None:
    """A date in NITF's ISO 8601 basic form in the extended form ("2026-12-04T08:15:00+03:00");
    None for anything else."""
    match = _BASIC_DATE.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    if hour is None:
        return f"{year}-{month}-{day}"
    zone = zone or ""
    if len(zone) == 5:
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone}"


def _attribute(element: Element | None, name: str) -> str:
    return " ".join((element.get(name) or "").split()) if element is not None else ""


def _flat(element: Element | None) -> str:
    """An element's text, its spaces folded; '' for None."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""

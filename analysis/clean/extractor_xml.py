"""An article an extractor saved as XML (trafilatura's ``--xml`` and ``--xml-tei``): one
HTML article page.

Researchers run trafilatura over their crawls and keep its XML: ``--xml`` writes a
``<doc>`` whose attributes are the page's metadata (``title``, ``author``, ``date``,
``sitename``, ``url``, ``hostname``, ``description``), the article in ``<main>`` and the
readers' comments in ``<comments>``; ``--xml-tei`` writes a ``<TEI>`` whose
``<teiHeader>`` holds the same metadata (``titleStmt``'s title and author, the
publisher, the date, the source's ``ptr`` or ``idno``) and whose ``<text><body>`` holds
the article in a ``<div type="entry">`` and the comments in a ``<div type="comments">``.
Both share one vocabulary for the text: ``<p>``, ``<head rend="h2">``, ``<list>`` of
``<item>``, ``<table>`` of ``<row>`` of ``<cell>``, ``<quote>``, ``<code>``, ``<hi>``,
``<ref>``, ``<lb/>``.

The article is written as an HTML page the HTML reader reads as any other: the metadata
as the ``<head>``'s tags (title, canonical link, ``og:site_name``, author, published
time, description), the headline as the ``<h1>``, each element of the text as its HTML
kin (``<h2>``, ``<ul>``/``<ol>``, ``<table>``, ``<blockquote>``, ``<pre>``). The comments
are no part of the article and are not written. Every value is escaped: the file's text
never becomes markup, and a link keeps its target only when it is an ``http(s)`` URL.
"""

from __future__ import annotations

from html import escape
from xml.etree.ElementTree import Element

from analysis.clean.saved_document import SavedDocument, web_url
from analysis.clean.xml_elements import child, children, local_name

__all__ = ["EXTRACTOR_ROOTS", "extractor_document"]

#: The roots of trafilatura's two XML printings.
EXTRACTOR_ROOTS = ("doc", "TEI")

# The text's elements and their HTML kin (``head`` and ``list`` are decided by their rend).
_BLOCKS = {
    "p": "p",
    "item": "li",
    "table": "table",
    "row": "tr",
    "cell": "td",
    "quote": "blockquote",
    "code": "pre",
    "del": "del",
}
# ``hi``'s renditions: bold, italic, underlined, sub- and superscript.
_HI = {"#b": "b", "#i": "i", "#u": "u", "#sub": "sub", "#sup": "sup", "#t": "code"}


def extractor_document(root: Element) -> SavedDocument | None:
    """trafilatura's XML article as an HTML page (see the module doc).

    Parameters
    ----------
    root : Element
        The parsed file's root (``<doc>`` or ``<TEI>``, matched by local name).

    Returns
    -------
    SavedDocument or None
        The article page (UTF-8) and its source URL; None when the root is neither or
        holds no text (another program's ``<doc>``).
    """
    kind = local_name(root.tag)
    if kind == "doc":
        meta = {key: (root.get(key) or "").strip() for key in _META_KEYS}
        text = child(root, "main")
    elif kind == "TEI":
        meta = _tei_meta(root)
        body = child(child(root, "text"), "body")
        entries = [d for d in children(body, "div") if d.get("type") != "comments"]
        text = entries[0] if entries else None
    else:
        return None
    if text is None or not "".join(text.itertext()).strip():
        return None
    url = web_url(meta["url"])
    head = ['<meta charset="utf-8">']
    if meta["title"]:
        head.append(f"<title>{escape(meta['title'])}</title>")
    if url is not None:
        head.append(f'<link rel="canonical" href="{escape(url)}">')
    for attribute, key, value in (
        ("property", "og:site_name", meta["sitename"]),
        ("name", "author", meta["author"]),
        ("property", "article:published_time", meta["date"]),
        ("name", "description", meta["description"]),
    ):
        if value:
            head.append(f'<meta {attribute}="{key}" content="{escape(value)}">')
    body_html = [f"<h1>{escape(meta['title'])}</h1>"] if meta["title"] else []
    body_html.append(_inner(text))
    page = (
        "<!DOCTYPE html><html><head>"
        + "".join(head)
        + "</head><body><article>"
        + "\n".join(body_html)
        + "</article></body></html>"
    )
    return SavedDocument(page.encode("utf-8"), "utf-8", url)


_META_KEYS = ("title", "author", "date", "sitename", "url", "description")


def _tei_meta(root: Element) -> dict[str, str]:
    """The metadata a TEI file's header gives, by the keys ``<doc>``'s attributes use."""
    header = child(root, "teiHeader")
    desc = child(header, "fileDesc")
    stmt = child(desc, "titleStmt")
    titles = children(stmt, "title")
    main = [t for t in titles if t.get("type") == "main"] or titles
    meta = {key: "" for key in _META_KEYS}
    meta["title"] = _flat(main[0]) if main else ""
    meta["author"] = _flat(child(stmt, "author"))
    # the source's own publication: publisher (the site), date and address
    source = child(child(desc, "sourceDesc"), "biblFull")
    for pub in (child(source, "publicationStmt"), child(desc, "publicationStmt")):
        if pub is None:
            continue
        meta["sitename"] = meta["sitename"] or _flat(child(pub, "publisher"))
        date = child(pub, "date")
        meta["date"] = meta["date"] or (date.get("when") or _flat(date) if date is not None else "")
        for ptr in children(pub, "ptr"):
            meta["url"] = meta["url"] or (ptr.get("target") or "").strip()
        for idno in children(pub, "idno"):
            if idno.get("type") == "URL":
                meta["url"] = meta["url"] or _flat(idno)
    notes = child(child(desc, "notesStmt"), "note")
    if notes is not None and notes.get("type") == "summary":
        meta["description"] = _flat(notes)
    return meta


def _flat(element: Element | None) -> str:
    """An element's text, its spaces folded; '' for None."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _inner(element: Element) -> str:
    """The HTML of ``element``'s content: its text and its children's, escaped."""
    parts = [escape(element.text or "")]
    for sub in element:
        parts.append(_element(sub))
        parts.append(escape(sub.tail or ""))
    return "".join(parts)


def _element(element: Element) -> str:
    """One element of the text as HTML (an unknown one: its content alone)."""
    name = local_name(element.tag)
    rend = (element.get("rend") or "").strip()
    if name == "lb":
        return "<br>"
    if name in ("graphic", "note", "fw"):  # an image's place, an aside, a running head
        return ""
    if name == "head":
        level = rend[1:] if rend[:1] == "h" and rend[1:] in ("2", "3", "4", "5", "6") else "2"
        tag = f"h{level}"
    elif name == "list":
        tag = "ol" if rend == "ol" else "ul"
    elif name == "hi":
        tag = _HI.get(rend, "span")
    elif name == "ref":
        target = web_url(element.get("target"))
        if target is None:
            return _inner(element)
        return f'<a href="{escape(target)}">{_inner(element)}</a>'
    elif name == "cell" and element.get("role") == "head":
        tag = "th"
    elif name in _BLOCKS:
        tag = _BLOCKS[name]
    else:
        return _inner(element)
    if tag == "table":
        return f"<table>{_inner(element)}</table>"
    return f"<{tag}>{_inner(element)}</{tag}>"

"""A news app's article document (Apple News Format's ``article.json``) as a story record.

A publisher that sends its stories to a news app writes each as one JSON document: a
``components`` list, each component a ``role`` (``title``, ``byline``, ``intro``,
``body``, ``heading1``-``heading6``, ``quote``, ``pullquote``, ``photo``, ``caption``,
``divider`` ...) and its ``text`` (plain, or ``"format": "html"`` / ``"markdown"``),
and a ``metadata`` object (``authors``, ``datePublished``, ``canonicalURL``,
``excerpt``). The story is its title component (else the document's ``title``), its
text components in order, its metadata's date, authors and address
(:func:`news_app_record`). The components after the text that only link to other
stories (a "read also" list: text components whose words are all their links' words,
and the heading and divider over them) are no text of the story; nor are photos,
captions, a byline's line (its authors are the metadata's), layouts and styles. Markup
in a component is read as its text only, never rendered or run.
"""

from __future__ import annotations

import re
from html import unescape

__all__ = ["TEXT_ROLES", "news_app_record"]

#: The components whose text is the story's: its opening, its paragraphs, its
#: subheadings and quotations.
TEXT_ROLES = frozenset(
    {"intro", "body", "quote", "pullquote", "blockquote"}
    | {f"heading{n}" for n in range(1, 7)}
    | {"heading"}
)
# Components between the text and a closing list of links: a rule, a heading over it.
_SEPARATING = frozenset({"divider"} | {f"heading{n}" for n in range(1, 7)} | {"heading"})
_TAG = re.compile(r"<[^<>]*>")
_LINK = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_MARKS = re.compile(r"[*_`#>]+")


def _text(component: dict) -> str:
    """A component's text without its markup, spaces collapsed."""
    text = component.get("text")
    if not isinstance(text, str):
        return ""
    if component.get("format") == "html":
        text = unescape(_TAG.sub(" ", text))
    elif component.get("format") == "markdown":
        text = _MARKDOWN_MARKS.sub("", _MARKDOWN_LINK.sub(r"\1", text))
    return " ".join(text.split())


def _links_only(component: dict) -> bool:
    """Whether a text component holds only links (a related story's headline linked)."""
    text = component.get("text")
    if not isinstance(text, str):
        return False
    if component.get("format") == "html":
        linked = " ".join(unescape(_TAG.sub(" ", m)) for m in _LINK.findall(text))
    elif component.get("format") == "markdown":
        linked = " ".join(_MARKDOWN_LINK.findall(text))
    else:
        return False
    return bool(linked.split()) and linked.split() == _text(component).split()


def _story_components(components: list[dict]) -> list[dict]:
    """The text components of the story: its roles' components, without the closing
    run of components that only link elsewhere and the rule and heading over it."""
    kept = [c for c in components if c.get("role") in TEXT_ROLES | {"divider"}]
    end = len(kept)
    while end and (_links_only(kept[end - 1]) or kept[end - 1].get("role") == "divider"):
        end -= 1
    if end < len(kept):  # a closing list of links: its heading and rule go too
        while end and kept[end - 1].get("role") in _SEPARATING:
            end -= 1
    return [c for c in kept[:end] if c.get("role") != "divider"]


def _is_document(record: object) -> bool:
    """Whether ``record`` is a news app's article document: a list of components, each
    an object with a role, one of them the story's text."""
    components = record.get("components") if isinstance(record, dict) else None
    return (
        isinstance(components, list)
        and bool(components)
        and all(isinstance(c, dict) and isinstance(c.get("role"), str) for c in components)
        and any(c["role"] in TEXT_ROLES for c in components)
    )


def news_app_record(record: object) -> dict | None:
    """A news app's article document as a page record (a page table's columns).

    Parameters
    ----------
    record : object
        One parsed JSON value.

    Returns
    -------
    dict or None
        ``title``, ``text`` (the story's components, one a paragraph), ``published``,
        ``byline`` (the metadata's authors, joined by ", ") and ``url`` where the
        document gives them; None for a value that is no such document or holds no
        text.
    """
    if not _is_document(record):
        return None
    assert isinstance(record, dict)
    components = record["components"]
    paragraphs = [text for c in _story_components(components) if (text := _text(c))]
    if not paragraphs:
        return None
    title = next((_text(c) for c in components if c.get("role") == "title" and _text(c)), None)
    if title is None and isinstance(record.get("title"), str):
        title = " ".join(record["title"].split()) or None
    metadata = record.get("metadata") if isinstance(record.get("metadata"), dict) else {}
    authors = metadata.get("authors")
    names = (
        [" ".join(a.split()) for a in authors if isinstance(a, str) and a.strip()]
        if isinstance(authors, list)
        else []
    )
    fields = {
        "title": title,
        "text": "\n\n".join(paragraphs),
        "published": metadata.get("datePublished"),
        "byline": ", ".join(names),
        "url": metadata.get("canonicalURL"),
    }
    return {key: value for key, value in fields.items() if isinstance(value, str) and value}

"""A fediverse account's outbox (ActivityPub's ActivityStreams JSON): its posts.

A news outlet's account on Mastodon or another ActivityPub server publishes its stories
as posts; its outbox (``/users/NAME/outbox?page=true``, fetched with ``Accept:
application/activity+json``) is an ``OrderedCollection`` (or one of its pages) whose
``orderedItems`` are activities: a ``Create`` wraps the account's own post (an
``object`` of type ``Note``, or ``Article`` / ``Page``), an ``Announce`` shares another
account's post (its ``object`` that post's address). Saved as text, it is one block of
JSON whose posts have no title field: a ``Note``'s headline is the opening of its
``content`` (HTML), so the shared field names (:mod:`analysis.clean.app_state`) find
no story.

:func:`outbox_posts` reads it as data (parsed JSON, never run; the content's markup is
read as text by pattern, never as HTML): each post the account created is a story. Its
title is its ``name`` (an ``Article``'s), else the bold run that opens its content, else
its first paragraph; its teaser the paragraphs after it, less those made of links only
(the story's link, hashtags); its date its ``published`` day; its link the first link
of its content that is no hashtag or mention, else its own ``url``. A post of one
paragraph (a greeting, "follow us") is no story, as a Telegram post of one line is not
(:mod:`analysis.clean.telegram_export`); nor is a post shared from another account.
"""

from __future__ import annotations

import re
from html import unescape

from analysis.clean.feed_xml import FeedItem, iso_date
from analysis.clean.saved_document import web_url

__all__ = ["outbox_posts"]

#: The collection types an outbox, or a page of it, is.
COLLECTION_TYPES = frozenset(
    {"OrderedCollection", "OrderedCollectionPage", "Collection", "CollectionPage"}
)
#: The object types that are posts (a ``Question``, an ``Image`` alone is none).
POST_TYPES = frozenset({"Note", "Article", "Page"})
_ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams"
# A paragraph of the content (Mastodon writes one <p> a paragraph, <br> within one).
_PARAGRAPH = re.compile(r"<p\b[^>]{0,200}>(.*?)</p\s*>", re.I | re.S)
_BREAK = re.compile(r"<br\b[^>]{0,200}>", re.I)
# A bold run opening a paragraph: its headline.
_BOLD_OPENING = re.compile(r"^\s*<(strong|b)\b[^>]{0,200}>(.*?)</\1\s*>(.*)$", re.I | re.S)
_LINK = re.compile(r"<a\b([^>]{0,1000})>(.*?)</a\s*>", re.I | re.S)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# A hashtag's or a mention's link (Mastodon's classes), no story's.
_TAG_LINK = re.compile(r"""\bclass\s*=\s*["'][^"']*\b(?:mention|hashtag)\b""", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def outbox_posts(value: object) -> list[FeedItem] | None:
    """The posts of an ActivityPub outbox that are stories; None when ``value`` is no
    ActivityStreams collection.

    Parameters
    ----------
    value : object
        A JSON text as parsed (an outbox or a page of it, or any other).

    Returns
    -------
    list of FeedItem or None
        One item per story the account created, in the collection's order (title,
        link, date, teaser); None when ``value`` is no collection of the ActivityStreams
        vocabulary (its ``@context``) with an ``orderedItems`` or ``items`` list.
    """
    if not isinstance(value, dict) or value.get("type") not in COLLECTION_TYPES:
        return None
    context = value.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if _ACTIVITY_STREAMS not in contexts:
        return None
    entries = value.get("orderedItems", value.get("items"))
    if not isinstance(entries, list):
        return None
    posts = []
    for entry in entries:
        # a Create activity wraps the account's post; a post may also be listed bare
        if isinstance(entry, dict) and entry.get("type") == "Create":
            entry = entry.get("object")
        if isinstance(entry, dict) and (post := _post(entry)) is not None:
            posts.append(post)
    return posts


def _post(node: dict) -> FeedItem | None:
    """One post as a story; None for a post that is none (see the module doc)."""
    if node.get("type") not in POST_TYPES:
        return None
    content = node.get("content")
    content = content if isinstance(content, str) else ""
    paragraphs = _paragraphs(content)
    name = _plain(node.get("name")) if isinstance(node.get("name"), str) else ""
    if name:
        title, rest = name, paragraphs
    elif paragraphs:
        title, rest = paragraphs[0], paragraphs[1:]
    else:
        return None
    teaser = [text for markup in rest if (text := _words(markup))]
    title = _plain(title)
    if not title or not (teaser or name):
        return None
    published = node.get("published") if isinstance(node.get("published"), str) else None
    return FeedItem(title, _link(content, node), published, iso_date(published), " ".join(teaser))


def _paragraphs(content: str) -> list[str]:
    """The content's paragraphs as markup; a bold run opening the first is one of its
    own (the headline), the rest of that paragraph the next."""
    found = [m.group(1) for m in _PARAGRAPH.finditer(content)] or [content]
    lines = [line for paragraph in found for line in _BREAK.split(paragraph) if _plain(line)]
    if lines and (bold := _BOLD_OPENING.match(lines[0])) is not None and _plain(bold.group(3)):
        lines[:1] = [bold.group(2), bold.group(3)]
    return lines


def _words(markup: str) -> str:
    """A paragraph's text; "" for one of links only (the story's link, hashtags)."""
    if not _plain(_LINK.sub(" ", markup)).strip(" .,;:·|-–—"):
        return ""
    return _plain(markup)


def _link(content: str, node: dict) -> str | None:
    """The story's link: the content's first link that is no hashtag or mention, else
    the post's own address."""
    for attributes, _ in _LINK.findall(content):
        if _TAG_LINK.search(attributes):
            continue
        href = _HREF.search(attributes)
        if href is not None and (url := web_url(unescape(href.group(1) or href.group(2)))):
            return url
    return web_url(node.get("url"))


def _plain(markup: object) -> str:
    """Markup as text: tags out, references decoded, spaces collapsed."""
    if not isinstance(markup, str):
        return ""
    return " ".join(unescape(_TAG.sub(" ", markup)).split())

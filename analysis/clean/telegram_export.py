"""A Telegram channel's JSON export (Telegram Desktop's ``result.json``): its posts.

Researchers collect news channels' posts with Telegram Desktop's "Export chat history"
in JSON: one object naming the chat (``name``, ``type``: ``public_channel`` ...) with
its ``messages``, each a post (``"type": "message"``, its ``date``, its ``text``: a
string or a list of plain strings and entity objects ``{"type": "bold", "text": ...}``)
or a service note (``"type": "service"``: the channel created, a post pinned). Saved as
``.txt`` (or renamed), read as a page it is one block of JSON; no field is named as a
story's title, so the shared field names (:mod:`analysis.clean.app_state`) find none.

:func:`telegram_posts` reads it as data (parsed JSON, never run): each post with a
first line and text under it is a story; its first line (a news channel's headline,
often the post's bold opening) the title, the other lines that are not a bare address
(nor a call to read on before one) the teaser
(:func:`analysis.clean.text_posts.post_story`), its ``date`` the date, its first address
the link, and the chat's name (a channel's) or the ``forwarded_from`` name of a post
forwarded from another channel its outlet (printed on every card when one post is
forwarded). A post of one line (a greeting, "subscribe to us") or a photo alone is no
story. A group's or a person's chat is not read here: its senders are people.
"""

from __future__ import annotations

from analysis.clean.feed_xml import FeedItem
from analysis.clean.text_posts import post_story

__all__ = ["telegram_posts"]

#: The chat types of a channel's export (a group's senders are people, not outlets).
CHANNEL_TYPES = frozenset({"public_channel", "private_channel"})


def telegram_posts(value: object) -> tuple[str, list[FeedItem]] | None:
    """The channel's name and its posts that are stories, when ``value`` is a
    Telegram channel's export; None otherwise.

    Parameters
    ----------
    value : object
        A parsed JSON text.

    Returns
    -------
    tuple of (str, list of FeedItem) or None
        The channel's name and one item per story post, in the export's order (title,
        first address, date, teaser, the channel a post was forwarded from); None when
        ``value`` is no channel's export (no ``messages`` list, no channel type, no name).
    """
    if not isinstance(value, dict) or value.get("type") not in CHANNEL_TYPES:
        return None
    name, messages = value.get("name"), value.get("messages")
    if not isinstance(name, str) or not name.strip() or not isinstance(messages, list):
        return None
    items = [
        item
        for message in messages
        if isinstance(message, dict) and (item := _post(message)) is not None
    ]
    name = " ".join(name.split())
    if any(item.source for item in items):  # every card names its outlet, as forwarded ones do
        items = [item if item.source else item._replace(source=name) for item in items]
    return name, items


def _post(message: dict) -> FeedItem | None:
    """One post as a story; None for a service note or a post that is no story."""
    if message.get("type") != "message":
        return None
    date = message.get("date") if isinstance(message.get("date"), str) else None
    forwarded = message.get("forwarded_from")
    source = " ".join(forwarded.split()) if isinstance(forwarded, str) else None
    return post_story(_text(message.get("text")), date, source)


def _text(value: object) -> str:
    """A post's text: a string, or its parts (strings and entities' ``text``) joined."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "".join(parts)

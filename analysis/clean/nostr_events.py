"""Nostr events saved as JSON (a relay's answer, a client's export): the long-form posts.

A Nostr client or a relay's query (``["REQ", ...]`` answered with one event a message)
gives an account's events as JSON objects ``{"id", "pubkey", "created_at", "kind",
"tags", "content", "sig"}``; saved as text, a list of them. A news account publishes its
stories as long-form events (kind 30023, NIP-23): the ``content`` is the story's text
(Markdown), its ``title``, ``summary`` and ``published_at`` (seconds since 1970) are tags,
``["title", "Headline"]``. Its profile is a kind 0 event whose ``content`` is JSON naming
the account (``{"name": ..., "about": ...}``). No field is named as a story's title, so
the shared field names (:mod:`analysis.clean.app_state`) find none.

:func:`nostr_stories` reads such a list as data (parsed JSON, never run; the profile's
JSON parsed too): each long-form event with a title a story, its ``content`` the teaser
(its summary when it has no content), its ``published_at`` its date (else the event's
``created_at``), and the profile's name the site when every story is of the one account
it names. Short notes (kind 1) have no title: no story.
"""

from __future__ import annotations

import json

from analysis.clean.app_state import epoch_day
from analysis.clean.feed_xml import FeedItem

__all__ = ["nostr_stories"]

#: The kind of a long-form event (NIP-23) and of a profile (NIP-01's metadata).
LONG_FORM, PROFILE = 30023, 0
# The keys every event has.
_EVENT_KEYS = frozenset({"pubkey", "kind", "tags", "content"})


def nostr_stories(value: object) -> tuple[str | None, list[FeedItem]] | None:
    """The stories (long-form events) of a list of Nostr events.

    Parameters
    ----------
    value : object
        A parsed JSON text.

    Returns
    -------
    tuple of (str or None, list of FeedItem) or None
        The name the stories' one account's profile gives (None when the list holds no
        such profile) and one item per long-form event with a title, in the list's order
        (title, date, text); None when ``value`` is not a list of events or holds no
        long-form event with a title.
    """
    if not isinstance(value, list) or not value or not all(map(_is_event, value)):
        return None
    items, authors = [], set()
    for event in value:
        if event["kind"] != LONG_FORM:
            continue
        tags = _tags(event)
        title = " ".join(tags.get("title", "").split())
        if not title:
            continue
        text = event["content"] if isinstance(event["content"], str) else ""
        teaser = " ".join(text.split()) or " ".join(tags.get("summary", "").split())
        day = _day(tags.get("published_at")) or _day(event.get("created_at"))
        items.append(FeedItem(title, None, day, day, teaser))
        authors.add(event["pubkey"])
    if not items:
        return None
    names = {_profile_name(event) for event in value if event["pubkey"] in authors}
    names.discard(None)
    site = names.pop() if len(authors) == 1 and len(names) == 1 else None
    return site, items


def _is_event(value: object) -> bool:
    return (
        isinstance(value, dict)
        and value.keys() >= _EVENT_KEYS
        and isinstance(value["kind"], int)
        and isinstance(value["tags"], list)
    )


def _tags(event: dict) -> dict[str, str]:
    """An event's tags as a mapping of name to its first value (the first tag of a
    name kept)."""
    tags: dict[str, str] = {}
    for tag in event["tags"]:
        if isinstance(tag, list) and len(tag) >= 2 and all(isinstance(t, str) for t in tag[:2]):
            tags.setdefault(tag[0], tag[1])
    return tags


def _day(value: object) -> str | None:
    """The day a count of seconds since 1970 names (a number, or digits as text)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return epoch_day(value)
    return None


def _profile_name(event: dict) -> str | None:
    """The name a profile event's content gives; None for another event."""
    if event["kind"] != PROFILE or not isinstance(event["content"], str):
        return None
    try:
        profile = json.loads(event["content"])
    except ValueError:
        return None
    if not isinstance(profile, dict):
        return None
    names = (profile.get(key) for key in ("display_name", "name"))
    return next((" ".join(n.split()) for n in names if isinstance(n, str) and n.strip()), None)

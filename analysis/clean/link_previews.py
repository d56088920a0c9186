"""The link previews a chat export or an embed API's response holds: one story each.

When a link is posted in a chat (Slack, Mattermost, Discord) or asked of an embed API
(oEmbed), the service fetches the page and keeps a preview of it beside the message:
an object with the story's title, its link, a sentence of its text, often its date, and
the name of the site that published it (Slack's attachments: ``title``, ``title_link``,
``text``, ``ts``, ``service_name``; oEmbed's ``title``, ``author_name``,
``provider_name``; Discord's embeds: ``title``, ``url``, ``description``,
``timestamp``, ``provider`` ``{"name"}``). A channel's export saved as text is a list of
messages, people's chat among them, some carrying such previews: no list of stories
that :func:`analysis.clean.app_state.state_stories` reads (the messages have no title).

:func:`link_previews` reads every preview of a parsed JSON value, as data only (never
run): an object with a title, a link and the name of the site it credits, and a date
or a sentence of text (a menu's entry has neither), is a story filed under that site;
the people who posted the links are not its authors (a preview's own ``author_name`` is
the story's). One story posted twice is one. The messages' own words are no story.
"""

from __future__ import annotations

import datetime as dt

from analysis.clean.app_state import epoch_day, json_objects
from analysis.clean.feed_xml import FeedItem
from analysis.clean.saved_document import web_url

__all__ = ["link_previews"]

# A preview's link to the story (Slack's "title_link" and "from_url", oEmbed's and
# Discord's "url", a bot's "original_url").
_LINK_KEYS = ("title_link", "from_url", "original_url", "url")
# The name of the site the story is from: Slack's "service_name", oEmbed's
# "provider_name", Discord's "provider" object.
_PROVIDER_KEYS = ("service_name", "provider_name", "provider")
_TEXT_KEYS = ("text", "description")
# When the story was published: Slack's "ts" (seconds since 1970, a number or a text),
# Discord's "timestamp" (ISO 8601), a feed's "published".
_DATE_KEYS = ("ts", "timestamp", "published", "pubDate", "date")


def link_previews(value: object) -> list[FeedItem]:
    """The stories of the link previews a parsed JSON value holds (see the module doc).

    Parameters
    ----------
    value : object
        A parsed JSON text (a chat channel's export, an embed API's response).

    Returns
    -------
    list of FeedItem
        One item per previewed story, in the order the text gives them (title, link,
        day, text, the site it credits as ``source``, the preview's author); a link
        previewed twice once. Empty when the value holds no preview.
    """
    items: list[FeedItem] = []
    links: set[str] = set()
    for node in json_objects(value):
        item = _preview(node)
        if item is not None and item.link not in links:
            links.add(item.link or "")
            items.append(item)
    return items


def _preview(node: dict) -> FeedItem | None:
    """One preview as a story; None for an object that is none."""
    title = _text(node.get("title"))
    link = next((url for key in _LINK_KEYS if (url := web_url(node.get(key)))), None)
    provider = next((name for key in _PROVIDER_KEYS if (name := _name(node.get(key)))), "")
    if not (title and link and provider):
        return None
    teaser = next((text for key in _TEXT_KEYS if (text := _text(node.get(key)))), "")
    day = next((day for key in _DATE_KEYS if (day := _day(node.get(key)))), None)
    if not (teaser or day):
        return None
    return FeedItem(title, link, day, day, teaser, provider, _text(node.get("author_name")) or None)


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _name(value: object) -> str:
    """A site's name: a text, or an object's ``name``."""
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value)


def _day(value: object) -> str | None:
    """The UTC day (ISO 8601) a date names: seconds (or milliseconds) since 1970 as a
    number or a text (``"1796360400.000200"``, :func:`~analysis.clean.app_state.epoch_day`),
    or an ISO 8601 date; None for anything else."""
    if isinstance(value, str):
        text = value.strip()
        if len(text) >= 10 and text[4] == "-" and text[7] == "-":
            try:
                return dt.date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                return None
        try:
            value = float(text)
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return epoch_day(value)

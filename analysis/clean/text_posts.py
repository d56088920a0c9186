"""A social account's text posts, each a story printed as its headline over its text.

A news account on a network without link cards or titles posts each story as text: its
headline on the first line, a sentence or two under it, and often a line calling to read
on with the story's address (``Read more: https://...``). The network's API gives the
account's posts as JSON (the Threads API's ``{"data": [{"text", "timestamp",
"username", "permalink", ...}], "paging": ...}``, saved as text); a Telegram channel's
export holds such posts too (:mod:`analysis.clean.telegram_export`).

:func:`post_story` reads one post's text: its first line the title, its other lines the
teaser, less a line that is only a web address or a few words before one (the call to
read on); a post of one line (a greeting, "follow us") is no story. :func:`text_posts`
reads a list of posts that each have a ``text``, a ``timestamp`` and a ``username``
(parsed JSON, never run): their stories, dated by the timestamp, and the account's name
the site when every post is one account's. No value is tuned.
"""

from __future__ import annotations

import re

from analysis.clean.feed_xml import FeedItem, iso_date
from analysis.clean.saved_document import web_url

__all__ = ["post_story", "text_posts"]

#: Fewest stories for a list of posts to be read as a listing.
MIN_POSTS = 2
# A line that is a web address, maybe after a few words calling to read on ("Read
# more: https://..."): the post's link, no part of its text.
_ADDRESS_LINE = re.compile(r"^\s*(?:\S+\s+){0,3}https?://\S+\s*$")
_ADDRESS = re.compile(r"https?://[^\s<>\"]+")
# The keys of a post of such a list: its text, its time, its account's name.
_POST_KEYS = ("text", "timestamp", "username")


def post_story(text: str, date: str | None, source: str | None = None) -> FeedItem | None:
    """A post's text as a story (see the module doc).

    Parameters
    ----------
    text : str
        The post's text, lines apart.
    date : str or None
        Its date as written (ISO 8601).
    source : str, optional
        The outlet it credits (a post forwarded from another channel).

    Returns
    -------
    FeedItem or None
        Its first line the title, its other lines but address lines the teaser, its
        first web address the link; None for a post of fewer than two such lines.
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line and not _ADDRESS_LINE.match(line)]
    if len(lines) < 2:
        return None
    link = next((url for url in map(web_url, _ADDRESS.findall(text)) if url), None)
    return FeedItem(lines[0], link, date, iso_date(date), " ".join(lines[1:]), source or None)


def text_posts(value: object) -> tuple[str | None, list[FeedItem]] | None:
    """The stories of a list of an account's text posts.

    Parameters
    ----------
    value : object
        A parsed JSON text: a list of posts, or an object holding one (``{"data":
        [...]}``).

    Returns
    -------
    tuple of (str or None, list of FeedItem) or None
        The one account's name (None when the posts are several accounts') and one item
        per post that is a story, in order; None when ``value`` holds no list of posts
        with a ``text``, a ``timestamp`` and a ``username`` each, or fewer than
        :data:`MIN_POSTS` of them are stories.
    """
    posts = value.get("data") if isinstance(value, dict) else value
    if not isinstance(posts, list) or not all(_is_post(post) for post in posts):
        return None
    items = [
        item
        for post in posts
        if (item := post_story(post["text"], post["timestamp"].strip() or None)) is not None
    ]
    if len(items) < MIN_POSTS:
        return None
    accounts = {" ".join(post["username"].split()) for post in posts}
    site = accounts.pop() if len(accounts) == 1 else None
    return site or None, items


def _is_post(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(key), str) for key in _POST_KEYS)

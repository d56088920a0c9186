"""Social posts sharing links, saved as JSON: the linked stories as a listing.

A newsroom's account on a social network shares each of its stories as a post carrying a
*link card*: the story's headline and summary as the linked page's preview shows them.
The network's API gives a page of such posts as JSON (an account's feed opened in a tab,
or fetched by a researcher's script, and saved as text): Bluesky's AT protocol
(``feed[].post`` with ``embed.external`` ``{uri, title, description}`` and
``record.createdAt``), Mastodon's statuses (``card`` ``{url, title, description}`` and
``created_at``). Neither names its fields as a story's (``headline``, ``summary``,
``publishedAt``), so :func:`analysis.clean.app_state.state_stories` finds no list.
:func:`link_card_posts` reads every post whose link card has a title and a description as
one story: the card's title, description and address, the post's date; the account's
display name, when every post is one account's, is the site. Data only: values are
copied as text, nothing is run.
"""

from __future__ import annotations

from analysis.clean.app_state import state_date
from analysis.clean.feed_xml import FeedItem

__all__ = ["link_card_posts"]

#: Fewest posts with a link card for a file to be read so.
MIN_POSTS = 2
# A post's keys holding its link card, or a record or a rendered view holding one.
_CARD_KEYS = ("card", "external", "embed", "record", "post")
# A link card's keys: its address, its title, its summary.
_CARD_URL_KEYS = ("uri", "url")
# A post's author: the account, its display name.
_ACCOUNT_KEYS = ("author", "account")
_ACCOUNT_NAME_KEYS = ("displayName", "display_name")
# How deep a post's card is looked for (post -> embed -> external: 3).
_MAX_DEPTH = 4


def link_card_posts(value: object) -> tuple[str | None, list[FeedItem]] | None:
    """The stories a JSON list of social posts links to by their link cards.

    Parameters
    ----------
    value : object
        A parsed JSON text: a list of posts, or an object whose one list of posts is
        the page (``{"feed": [...], "cursor": ...}``).

    Returns
    -------
    tuple of (str or None, list of FeedItem) or None
        The one account's display name (None when the posts are several accounts') and
        one item per post whose link card has a title and a description, in order; None
        when fewer than :data:`MIN_POSTS` posts have one.
    """
    posts = _post_list(value)
    if posts is None:
        return None
    items, accounts = [], set()
    for post in posts:
        card = _card(post, _MAX_DEPTH)
        if card is None:
            continue
        link = next((card[key] for key in _CARD_URL_KEYS if isinstance(card.get(key), str)), None)
        day = _post_date(post, _MAX_DEPTH)
        items.append(FeedItem(card["title"].strip(), link, day, day, card["description"].strip()))
        accounts.add(_account_name(post, _MAX_DEPTH))
    if len(items) < MIN_POSTS:
        return None
    site = next(iter(accounts)) if len(accounts) == 1 else None
    return site, items


def _post_list(value: object) -> list | None:
    """The list of posts: the value itself, or an object's only list of objects."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        lists = [
            item
            for item in value.values()
            if isinstance(item, list) and len(item) >= MIN_POSTS and isinstance(item[0], dict)
        ]
        if len(lists) == 1:
            return lists[0]
    return None


def _is_card(value: object) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("title"), str)
        and bool(value["title"].strip())
        and isinstance(value.get("description"), str)
        and bool(value["description"].strip())
        and any(isinstance(value.get(key), str) for key in _CARD_URL_KEYS)
    )


def _card(node: object, depth: int) -> dict | None:
    """The link card inside a post (the first found, the post's own keys first)."""
    if not isinstance(node, dict) or depth <= 0:
        return None
    for key in _CARD_KEYS:
        if _is_card(child := node.get(key)):
            return child
    for key in _CARD_KEYS:
        if (found := _card(node.get(key), depth - 1)) is not None:
            return found
    return None


def _post_date(node: object, depth: int) -> str | None:
    """The post's date (its own, else its record's or its wrapped post's)."""
    if not isinstance(node, dict) or depth <= 0:
        return None
    if (day := state_date(node)) is not None:
        return day
    return next(
        (day for key in ("record", "post") if (day := _post_date(node.get(key), depth - 1))),
        None,
    )


def _account_name(node: object, depth: int) -> str | None:
    """The display name of the account that posted (the post's or its wrapped post's)."""
    if not isinstance(node, dict) or depth <= 0:
        return None
    for key in _ACCOUNT_KEYS:
        account = node.get(key)
        if isinstance(account, dict):
            for name_key in _ACCOUNT_NAME_KEYS:
                if isinstance(name := account.get(name_key), str) and name.strip():
                    return " ".join(name.split())
    return _account_name(node.get("post"), depth - 1)

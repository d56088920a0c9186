"""A feed reader's entry view saved as a page: the feed's site, not the reader's.

A feed reader (a self-hosted FreshRSS-like or Tiny-Tiny-RSS-like app, a hosted one)
shows one entry of a feed it follows inside its own chrome: its name over its menus, the
feeds it follows with their unread counts ("Burnside Examiner – Latest News (12)"), the
feed's title over the entry's headline, a line of the feed's name, the author and the
time ("Burnside Examiner · Angus Perrin · Nov 29"), and its controls ("Mark as read",
"View on Web", "Open original article"). Saved as text, the page's masthead is the
reader's name and its URL the reader's (an app's address, often the researcher's own
server, shared by every site it follows): each site's entries were filed under the
reader, two sites' pages as one outlet (review h314).

:func:`reader_entry_site` reads the feed's site when the page prints
:data:`MIN_CONTROLS` of a reader's controls (:data:`READER_CONTROLS`, English
vocabulary, as the apps print them) and the feed's name in a reader's own way: its title
with a feed's label, alone on a line ("Burnside Examiner – Latest News", "Burnside
Examiner » Community": :func:`~analysis.clean.feed_titles.feed_site_name`), or a name the
page prints alone and again with an unread count or opening the entry's meta line, or a
meta line's first part the page prints with an unread count. No list of readers or of
sites: the controls' words and the lines' shapes decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from analysis.clean.feed_titles import feed_site_name
from analysis.text import LETTER_RUN, count_words

__all__ = [
    "MAX_NAME_WORDS",
    "MIN_CONTROLS",
    "READER_CONTROLS",
    "reader_entry_link",
    "reader_entry_site",
]

#: A feed reader's controls and views, as its menus and an entry's toolbar print them
#: (lower case, without an unread count): English vocabulary of such apps, no app's name.
READER_CONTROLS = frozenset(
    {
        "mark as read",
        "mark as unread",
        "mark all as read",
        "unread",
        "starred",
        "favourites",
        "favorites",
        "all items",
        "main stream",
        "fresh articles",
        "subscription management",
        "view on web",
        "open original",
        "open original article",
        "visit website",
        "read the full article on the site",
        "read original article",
        "view original",
        "all articles",
    }
)
#: Distinct controls a page must print: one such word is a site's menu item as often
#: ("Favourites"), two are a reader's chrome.
MIN_CONTROLS = 2
#: Most words of a feed's name (a site's name, as the feed's title gives it).
MAX_NAME_WORDS = 6

# An unread count after a feed's or a view's name: "(12)".
_COUNT = re.compile(r"\s*\(\d+\)$")
# Items of a menu line, set apart by two spaces or more or a tab.
_ITEMS = re.compile(r"\s{2,}|\t")
# The marks an entry's meta line sets its parts apart by: "NAME · AUTHOR · TIME".
_META_MARK = re.compile(r"\s+[·•]\s+")
# Marks a toolbar's item may open with: "☆ Favourite".
_ITEM_MARKS = " ☆★✓✔•·"
# Any control, in a case-folded line: a line holding an item that is a control holds it
# (case folding maps each character on its own). Speed only: the other lines (nearly
# every line of a page) are not cut into items.
# (longest first, ties in alphabetical order: one pattern text whatever the hash seed)
_LONGEST_FIRST = sorted(READER_CONTROLS, key=lambda control: (-len(control), control))
_HOLDS_CONTROL = re.compile("|".join(map(re.escape, _LONGEST_FIRST)))


# A control printed with the entry's link, as a copy of the view gives it: "Visit
# Website: https://...", "Read original article (https://...)", "View on Web <https://...>".
_CONTROL_LINK = re.compile(
    r"\s*(?P<control>[^\W\d_][^\n:(<]*?)\s*[:(<]?\s*(?P<url>https?://[^\s)>]+)[)>]?\s*"
)


def _controls(lines: Sequence[str]) -> set[str]:
    """The distinct :data:`READER_CONTROLS` the page prints as a menu's or a toolbar's
    items (an item alone, an unread count after it)."""
    controls: set[str] = set()
    # (speed only: a page whose case-folded text holds no control holds none in a line,
    # case folding mapping each character on its own; most pages, answered by one
    # substring test of each control instead of a search of every line)
    folded = "\n".join(lines).casefold()
    if not any(control in folded for control in _LONGEST_FIRST):
        return controls
    for line in lines:
        if _HOLDS_CONTROL.search(line.casefold()) is None:
            continue  # (speed only: an item of it is a control, its folded text holds it)
        for item in _ITEMS.split(line.strip()):
            word = _COUNT.sub("", item.strip(_ITEM_MARKS)).casefold()
            if word in READER_CONTROLS:
                controls.add(word)
            elif (linked := _CONTROL_LINK.fullmatch(item)) and (
                linked.group("control").casefold() in READER_CONTROLS
            ):
                controls.add(linked.group("control").casefold())
    return controls


def reader_entry_link(lines: Sequence[str]) -> str | None:
    """The entry's own link a feed reader's view prints with its control to open it
    ("Visit Website: https://...", "Read original article (https://...)"), when the page
    is such a view: it prints :data:`MIN_CONTROLS` of :data:`READER_CONTROLS`, that one
    among them. The link is the story's page on the feed's site, the page's address; the
    feed's title ("Top Stories", "Latest Headlines") may name no site at all (review
    h362). None when the page prints no such line, or links of two sites so.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        The link, or None.

    Examples
    --------
    >>> reader_entry_link(["Top Stories", "Pier reopens", "Text.", "Mark as read",
    ...                    "Visit Website: https://harbourpost.example/pier"])
    'https://harbourpost.example/pier'
    >>> reader_entry_link(["Pier reopens", "Text.", "Visit Website: https://a.example/x"]) is None
    True
    """
    links = {}
    for line in lines:
        if "://" not in line or _HOLDS_CONTROL.search(line.casefold()) is None:
            continue
        for item in _ITEMS.split(line.strip()):
            linked = _CONTROL_LINK.fullmatch(item)
            if linked and linked.group("control").casefold() in READER_CONTROLS:
                url = linked.group("url")
                links.setdefault(urlsplit(url).hostname or "", url)
    if len(links) != 1 or len(_controls(lines)) < MIN_CONTROLS:
        return None
    return next(iter(links.values()))


def reader_entry_site(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """The feed's site name a feed reader's entry view prints (see the module doc).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        (line, start, end) of the name, or None when the page prints fewer than
        :data:`MIN_CONTROLS` of :data:`READER_CONTROLS` or no feed's name so.

    Examples
    --------
    >>> reader_entry_site(["Reader", "Unread  Starred", "Harbour Post » Sport",
    ...                    "Pier reopens", "Text.", "View on Web"])
    (2, 0, 12)
    >>> reader_entry_site(["Harbour Post", "News  Sport", "Pier reopens", "Text."]) is None
    True
    """
    if len(_controls(lines)) < MIN_CONTROLS:
        return None
    alone: dict[str, int] = {}  # a line's text -> its first line, printed with no count
    counted: set[str] = set()  # names printed with an unread count
    heads: set[str] = set()  # first parts of entries' meta lines
    for no, line in enumerate(lines):
        text = line.strip()
        bare = _COUNT.sub("", text)
        if bare != text:
            counted.add(bare)
        elif text:
            alone.setdefault(text, no)
        parts = _META_MARK.split(text)
        if len(parts) >= 2:
            heads.add(parts[0])
    for text, no in alone.items():  # the feed's title with its label, alone on a line
        name = feed_site_name(text)
        if name and name != text and _is_name(name):
            return _span(lines, no, name)
    for text, no in alone.items():  # a name printed again with a count or its entry
        if (text in counted or text in heads) and _is_name(text):
            return _span(lines, no, text)
    for no, line in enumerate(lines):  # an entry's meta line naming a counted feed
        head = _META_MARK.split(line.strip())[0]
        if head != line.strip() and head in counted and _is_name(head):
            return _span(lines, no, head)
    return None


def _is_name(text: str) -> bool:
    """A feed's name: a letter, at most :data:`MAX_NAME_WORDS` words, no control."""
    return (
        LETTER_RUN.search(text) is not None
        and count_words(text) <= MAX_NAME_WORDS
        and text.casefold() not in READER_CONTROLS
    )


def _span(lines: Sequence[str], no: int, name: str) -> tuple[int, int, int]:
    start = lines[no].index(name)
    return no, start, start + len(name)

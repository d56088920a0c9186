"""A social network's timeline copied as text: each post's link card is a card.

A news outlet's account on a social network (Bluesky, X) posts its stories as link
cards, and a timeline copied from the browser prints each post as its author's name, a
line with the account's handle and the post's date, the post's own words, the card
(the linked site's domain, the story's headline, its description) and the post's
reply, repost and like counts, one number a line::

    Harbour Weekly
    @harbourweekly.example · 3 Dec
    The bridge is open!
    harbourweekly.example
    New bridge over the river opens to traffic
    The road authority opened the two-lane bridge yesterday.
    2
    5
    11

Read as a page, the counts and handles break every card. :func:`post_link_cards` reads
each post holding a link card as a card: the headline its title, the description its
text, the name over the handle its outlet (the account's, as the page prints it), the
date on the handle's line its date. A post without a link card (a person's post, a
repost's note) is no card: the timeline's chrome. Read only when
:data:`~analysis.clean.card_blocks.MIN_CARDS` posts or more hold a card. No value is
tuned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_fields import meta_fields
from analysis.clean.card_lines import DOMAIN, is_prose
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN

__all__ = ["post_link_cards"]

# A post's handle line: the handle, a middle dot, the post's date or age.
_HANDLE_LINE = re.compile(r"^\s*@[\w-]+(?:\.[\w-]+)*\s+·\s+(?P<when>\S.*?)\s*$")
# A count line: a number alone, as a timeline prints its replies, reposts and likes.
_COUNT_LINE = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*[KkMm]?\s*$")
# The fields of a post's date or age.
_DATE_FIELDS = frozenset({"published", "relative_time"})


def post_link_cards(lines: Sequence[str]) -> list[ArticleRegion]:
    """The link cards of a timeline copied as text ([] on another page).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.

    Returns
    -------
    list of ArticleRegion
        One per post holding a link card, in page order: the post's extent from its
        author's name to its last count; its title (the card's headline), outlet (the
        name over the handle), date (on the handle's line) and its text (the card's
        description). Empty when fewer than
        :data:`~analysis.clean.card_blocks.MIN_CARDS` posts hold a card.
    """
    handles = [i for i, line in enumerate(lines) if i > 0 and _is_handle_line(line)]
    if len(handles) < MIN_CARDS:
        return []
    cards = []
    for k, handle in enumerate(handles):
        end = handles[k + 1] - 1 if k + 1 < len(handles) else len(lines)
        card = _post_card(lines, handle, end)
        if card is not None:
            cards.append(card)
    return cards if len(cards) >= MIN_CARDS else []


def _is_handle_line(line: str) -> bool:
    """A post's handle line: the handle, a middle dot and the post's date or age (a
    value holding a digit: "3 Dec", "3. des.", "2h")."""
    match = _HANDLE_LINE.match(line)
    return match is not None and any(c.isdigit() for c in match["when"])


def _post_card(lines: Sequence[str], handle: int, end: int) -> ArticleRegion | None:
    """The card of the post whose handle is on line ``handle`` (its name on the line
    above), its lines up to ``end`` (exclusive); None when it holds no link card: a
    domain line, a headline under it and a description (prose) under that."""
    name = handle - 1
    if not lines[name].strip() or not LETTER_RUN.search(lines[name]):
        return None
    domain = next((i for i in range(handle + 1, end) if DOMAIN.fullmatch(lines[i].strip())), None)
    if domain is None or domain + 2 >= end:
        return None
    title = domain + 1
    body = []
    for i in range(title + 1, end):
        text = lines[i].strip()
        if not text or _COUNT_LINE.match(text):
            break
        body.append(i)
    if not body or not is_prose(lines[body[0]].strip()) or is_prose(lines[title].strip()):
        return None
    last = body[-1]
    while last + 1 < end and _COUNT_LINE.match(lines[last + 1]):
        last += 1
    name_line = lines[name]
    name_start = len(name_line) - len(name_line.lstrip())
    title_line = lines[title]
    title_start = len(title_line) - len(title_line.lstrip())
    when = [f for f in meta_fields(handle, lines[handle]) if f.field in _DATE_FIELDS]
    fields = (
        FieldSpan(name, name_start, len(name_line.rstrip()), "outlet"),
        *when,
        FieldSpan(title, title_start, len(title_line.rstrip()), "title"),
    )
    return ArticleRegion(name, last, tuple(body), fields)

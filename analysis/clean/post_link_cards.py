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
from analysis.text import LETTER_RUN, count_words

__all__ = ["SHORT_AGE", "age_line_posts", "post_link_cards"]

# A post's handle line: the handle, a middle dot, the post's date or age.
_HANDLE_LINE = re.compile(r"^\s*@[\w-]+(?:\.[\w-]+)*\s+·\s+(?P<when>\S.*?)\s*$")
#: A post's age as an app prints it: a number and a unit of one to three letters ("2d",
#: "12h", "1w", "5 h."), in any script.
SHORT_AGE = r"\d{1,3}\s?[^\W\d_]{1,3}\.?"
# A post's age printed alone on its line ("2d", "12h", "1w", "2d •").
_AGE_LINE = re.compile(rf"^\s*{SHORT_AGE}(?:\s*[•·])?\s*$")
# A sentence's end mark followed by a space or the line's end.
_SENTENCE_END = re.compile(r"[.!?。！？।؟](?:\s|$)")
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


def age_line_posts(lines: Sequence[str]) -> list[ArticleRegion]:
    """The link cards of a profile's posts copied as text, each post's age printed alone
    on its line ([] on another page).

    A profile copied logged out (Threads) or a company page's posts (LinkedIn) print no
    ``@handle · age`` line: the handle or the name stands alone, the post's age alone
    under it ("2d", "1w •"), then the post's text (maybe among a visibility line and a
    'Follow' button), then its link card (the linked site's domain and the story's
    headline, in either order, on adjacent lines, maybe no description) and the post's
    counts, the first a number alone on its line. A post is read as a card when such a
    card follows its age: the card's headline its title, the post's text (its line of
    most words, holding a sentence's end mark) its text, its age its relative time; the
    outlet is left to the page (the profile's name). Read only when
    :data:`~analysis.clean.card_blocks.MIN_CARDS` posts or more hold a card. No value is
    tuned: the count line under the card tells a post from a news aggregator's card,
    whose next line is the next card's.

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.

    Returns
    -------
    list of ArticleRegion
        One per post holding a link card, in page order. Empty when fewer than
        :data:`~analysis.clean.card_blocks.MIN_CARDS` posts hold a card.
    """
    ages = [i for i, line in enumerate(lines) if _AGE_LINE.match(line)]
    if len(ages) < MIN_CARDS:
        return []
    cards = []
    for k, age in enumerate(ages):
        end = ages[k + 1] if k + 1 < len(ages) else len(lines)
        card = _aged_post_card(lines, age, end)
        if card is not None:
            cards.append(card)
    return cards if len(cards) >= MIN_CARDS else []


def _aged_post_card(lines: Sequence[str], age: int, end: int) -> ArticleRegion | None:
    """The card of the post whose age is alone on line ``age``, its lines up to ``end``
    (exclusive); None when no link card with a count line under it follows the age, or
    no line of the post's text comes between them."""
    for d in range(age + 1, end):
        if not DOMAIN.fullmatch(lines[d].strip()):
            continue
        title = next(
            (t for t in (d + 1, d - 1) if age < t < end and _is_card_title(lines[t])), None
        )
        if title is None:
            return None
        first, last = min(d, title), max(d, title)
        after = next((i for i in range(last + 1, end) if lines[i].strip()), None)
        if after is None or not _COUNT_LINE.match(lines[after]):
            return None
        text = _post_text(lines, age + 1, first)
        if text is None:
            return None
        while after + 1 < end and (
            not lines[after + 1].strip() or _COUNT_LINE.match(lines[after + 1])
        ):
            after += 1
        age_line, title_line = lines[age], lines[title]
        age_start = len(age_line) - len(age_line.lstrip())
        age_end = age_start + len(age_line.strip().rstrip("•·").rstrip())
        title_start = len(title_line) - len(title_line.lstrip())
        fields = (
            FieldSpan(age, age_start, age_end, "relative_time"),
            FieldSpan(title, title_start, len(title_line.rstrip()), "title"),
        )
        return ArticleRegion(age, after, (text,), fields)
    return None


def _post_text(lines: Sequence[str], start: int, end: int) -> int | None:
    """The line of a post's text between ``start`` and ``end`` (exclusive): the line of
    most words holding a sentence's end mark (a visibility line, a 'Follow' button hold
    none), None when no line holds one."""
    best = None
    for i in range(start, end):
        text = lines[i].strip()
        if not text or not (is_prose(text) or _SENTENCE_END.search(text)):
            continue
        if best is None or count_words(text) > count_words(lines[best]):
            best = i
    return best


def _is_card_title(line: str) -> bool:
    """A link card's headline: words that are no sentence, no domain and no count."""
    text = line.strip()
    return (
        bool(text)
        and LETTER_RUN.search(text) is not None
        and not is_prose(text)
        and not DOMAIN.fullmatch(text)
        and not _COUNT_LINE.match(text)
    )

"""Listing pages: pages that stack several articles as cards, and how to split them.

A card on a listing page (an aggregator's search or tag page) looks like::

    Title                      <- the title, often rendered twice (link + heading)
    Title
    Outlet                     <- a short label: who published the article
    time13 hours ago           <- a relative time or a date
      • Category               <- bullets: category, outlet
      • Outlet
    Title                      <- the title again
    Body paragraph ...         <- the body (a long line, possibly cut short)

Detection uses general cues only. A card is

- a title-like line (3 to 25 words) that recurs within :data:`CARD_WINDOW` non-blank
  lines, with only short lines between its occurrences,
- followed by body text (lines of :data:`MIN_CARD_BODY_WORDS` or more words), possibly
  after up to :data:`MAX_CARD_HEADER_LINES` short header lines (outlet, time, bullets).

A page is a listing when

- at least :data:`MIN_CARDS` cards carry a relative time or a date in their header,
- the card bodies hold at least :data:`MIN_CARD_BODY_SHARE` of the page's long-line
  characters (an article with a "related stories" box stays an article), and
- no card holds more than :data:`MAX_ONE_CARD_SHARE` of the card text (an article whose
  title is rendered twice, followed by such a box, is not a listing either).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.page_metadata import (
    FieldSpan,
    find_date,
    find_relative_time,
    is_blank,
    is_bullet,
    is_label_like,
    line_value_span,
)
from analysis.text import count_words

#: Non-blank lines after a title's first occurrence within which a repeat makes a card.
CARD_WINDOW = 12
#: Minimum and maximum words of a card title.
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 25
#: Minimum words of a line to count as a card's body text.
MIN_CARD_BODY_WORDS = 12
#: Maximum short lines between a card's last title line and its body.
MAX_CARD_HEADER_LINES = 6
#: Minimum number of cards for a listing page.
MIN_CARDS = 2
#: Minimum share of the page's long-line characters that card bodies must hold.
MIN_CARD_BODY_SHARE = 0.5
#: Maximum share of all card body characters that the largest card may hold.
MAX_ONE_CARD_SHARE = 0.75


@dataclass(frozen=True)
class ArticleRegion:
    """One article's place in a page.

    Attributes
    ----------
    first_line, last_line : int
        The article's extent (inclusive line indices): lines inside it that are not
        body or metadata are the article's own boilerplate (promo, card chrome).
    body_lines : tuple of int
        Sorted indices of the body lines.
    fields : tuple of FieldSpan
        Title, repeats and metadata spans.
    """

    first_line: int
    last_line: int
    body_lines: tuple[int, ...]
    fields: tuple[FieldSpan, ...]


def find_cards(lines: Sequence[str]) -> list[ArticleRegion]:
    """Return the article cards of a listing page, in page order ([] if not a listing).

    Parameters
    ----------
    lines : sequence of str
        The page's lines (no line endings).

    Returns
    -------
    list of ArticleRegion
        One per card; empty when the page is not a listing page.
    """
    groups = _title_groups(lines)
    cards: list[ArticleRegion] = []
    for k, occurrences in enumerate(groups):
        next_start = groups[k + 1][0] if k + 1 < len(groups) else len(lines)
        card = _card(lines, occurrences, next_start)
        if card is not None:
            cards.append(card)
    if len(cards) < MIN_CARDS:
        return []
    dated = [c for c in cards if any(f.field in {"relative_time", "published"} for f in c.fields)]
    if len(dated) < MIN_CARDS:
        return []  # cards say when they were published; repeated captions do not
    long_chars = sum(len(line) for line in lines if count_words(line) >= MIN_CARD_BODY_WORDS)
    body_chars = [sum(len(lines[i]) for i in card.body_lines) for card in cards]
    if sum(body_chars) < MIN_CARD_BODY_SHARE * long_chars:
        return []
    if max(body_chars) > MAX_ONE_CARD_SHARE * sum(body_chars):
        return []  # one article with a box of repeated headlines, not a stack of cards
    return cards


def is_listing(lines: Sequence[str]) -> bool:
    """True when the page stacks at least :data:`MIN_CARDS` article cards."""
    return bool(find_cards(lines))


def _title_groups(lines: Sequence[str]) -> list[list[int]]:
    """Occurrence lists of title-like lines that recur within :data:`CARD_WINDOW` lines."""
    nonblank = [i for i, line in enumerate(lines) if not is_blank(line)]
    used: set[int] = set()
    groups: list[list[int]] = []
    for k, i in enumerate(nonblank):
        if i in used or (groups and i < groups[-1][-1]) or not _is_title_candidate(lines[i]):
            continue
        text = lines[i].strip()
        window = nonblank[k + 1 : k + 1 + CARD_WINDOW]
        repeats = [j for j in window if lines[j].strip() == text]
        if not repeats:
            continue
        # Only short header lines (outlet, time, bullets) sit between a card's titles;
        # body text in between means a caption or heading repeated inside an article.
        between = [j for j in range(i + 1, repeats[-1]) if j not in repeats]
        if any(count_words(lines[j]) >= MIN_CARD_BODY_WORDS for j in between):
            continue
        occurrences = [i, *repeats]
        used.update(occurrences)
        groups.append(occurrences)
    return groups


def _is_title_candidate(line: str) -> bool:
    return (
        not is_bullet(line)
        and MIN_TITLE_WORDS <= count_words(line) <= MAX_TITLE_WORDS
        and not find_relative_time(line)
        and not (find_date(line) and count_words(line) <= 6)
    )


def _card(lines: Sequence[str], occurrences: list[int], next_start: int) -> ArticleRegion | None:
    """Build a card from a title's occurrences; None without body text after the title."""
    last_title = occurrences[-1]
    # Short lines (outlet, time, bullets) may also sit between the last title and the body.
    after_title: list[int] = []
    body: list[int] = []
    for i in range(last_title + 1, next_start):
        if is_blank(lines[i]):
            continue
        if count_words(lines[i]) >= MIN_CARD_BODY_WORDS:
            body.append(i)
        elif body:
            break
        else:
            after_title.append(i)
            if len(after_title) > MAX_CARD_HEADER_LINES:
                return None
    if not body:
        return None
    fields = [FieldSpan(occurrences[0], *line_value_span(lines[occurrences[0]]), "title")]
    fields += [FieldSpan(j, *line_value_span(lines[j]), "title_repeat") for j in occurrences[1:]]
    header = [
        i
        for i in range(occurrences[0] + 1, last_title)
        if i not in occurrences and not is_blank(lines[i])
    ] + after_title
    fields += _card_header_fields(lines, header)
    return ArticleRegion(
        first_line=occurrences[0],
        last_line=body[-1],
        body_lines=tuple(body),
        fields=tuple(sorted(fields, key=lambda f: (f.line_no, f.start))),
    )


def _card_header_fields(lines: Sequence[str], header: list[int]) -> list[FieldSpan]:
    """Outlet, relative time / date and category spans among a card's header lines.

    The outlet is the first short label line that is not a bullet, preferring one whose
    text recurs as a bullet; bullets repeating the outlet are outlet repeats, the first
    other bullet is the category.
    """
    fields: list[FieldSpan] = []
    bullets = [i for i in header if is_bullet(lines[i])]
    bullet_values = {lines[i][slice(*line_value_span(lines[i]))] for i in bullets}
    labels = [i for i in header if not is_bullet(lines[i]) and is_label_like(lines[i])]
    labels = [i for i in labels if not find_relative_time(lines[i]) and not find_date(lines[i])]
    outlet_line = next((i for i in labels if lines[i].strip() in bullet_values), None)
    if outlet_line is None and labels:
        outlet_line = labels[0]
    outlet = lines[outlet_line].strip() if outlet_line is not None else None
    if outlet_line is not None:
        fields.append(FieldSpan(outlet_line, *line_value_span(lines[outlet_line]), "outlet"))
    have_time = have_date = have_category = False
    for i in header:
        line = lines[i]
        if i == outlet_line:
            continue
        if is_bullet(line):
            value_span = line_value_span(line)
            if line[slice(*value_span)] == outlet:
                fields.append(FieldSpan(i, *value_span, "outlet"))
            elif not have_category:
                fields.append(FieldSpan(i, *value_span, "category"))
                have_category = True
            continue
        if not have_time and (rel := find_relative_time(line)):
            fields.append(FieldSpan(i, *rel, "relative_time"))
            have_time = True
        elif not have_date and (date := find_date(line)):
            fields.append(FieldSpan(i, date.start, date.end, "published"))
            have_date = True
    return fields

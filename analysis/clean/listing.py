"""Listing pages: pages that stack several articles as cards, and how to split them.

Reads one page's lines; returns one :class:`ArticleRegion` per card (the segmenter,
:mod:`analysis.clean.segment`, turns them into blocks). No layout is assumed: a card is
found from the page's own regularity.

1. Every line gets a kind (:mod:`analysis.clean.card_lines`): prose, title, meta, label, …;
   headlines printed as sentences are re-kinded as titles, and teasers printed as
   headlines as prose, where the page's layout says so
   (:mod:`analysis.clean.listing_headlines`).
2. A *body run* is a stretch of prose lines, blank lines between them allowed, and a
   short label between two prose lines ("Ad" inside a body) bridged
   (:mod:`analysis.clean.card_runs`).
3. Each run's header and trailer make it a card, or a continuation of the card above,
   or page chrome (:mod:`analysis.clean.card_blocks`); the roles of the cards' name lines
   (outlet, section, byline) are read with the whole page (:mod:`analysis.clean.card_roles`).
   The page's first line is its masthead, no card's, unless the page starts at its first
   card (the page read both ways: :func:`_opens_with_card`).
4. A page is a listing when it has at least :data:`MIN_CARDS` cards whose headers have
   the same *shape* (the sequence of line kinds from the headline to the body, and the
   meta lines of the trailer), each sharing a cue kind (outlet, time, byline…) with
   another card, and the page is not one article with look-alike chrome:

   - when one card holds :data:`DOMINANT_SHARE` of the card text and its shape is not
     the shape of the other cards, the others are the article's related box;
   - when the cards are an interview's speakers or a panel's authors, a live blog's
     updates, or lie around the page's own article
     (:mod:`analysis.clean.listing_lookalikes`).

A clipping table (a media-monitoring export, ``Date | Outlet | Headline | Snippet``) is
read by its header row, one article a row (:mod:`analysis.clean.clipping_table`).

Teasers: :func:`analysis.clean.card_teaser.is_teaser`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from analysis.clean.author_page import page_author
from analysis.clean.body.site_prompts import is_site_prompt
from analysis.clean.card_blocks import (
    ECHO_CUE,
    MAX_HEADER_LINES,
    MIN_CARDS,
    ArticleRegion,
    Card,
    regularity,
)
from analysis.clean.card_closers import closed_alike
from analysis.clean.card_fields import is_name_line, leading_time, normalized, rank_number
from analysis.clean.card_frames import with_framed_cards
from analysis.clean.card_lines import COMMENTS_HEADING, LineKinds
from analysis.clean.card_roles import read_cards, without_chrome_outlet
from analysis.clean.card_runs import body_runs
from analysis.clean.card_teaser import is_teaser
from analysis.clean.chat_link_shares import chat_link_rows
from analysis.clean.chat_log import chat_log_rows
from analysis.clean.clipping_table import table_rows
from analysis.clean.dated_headlines import dated_headline_cards
from analysis.clean.dates import find_date_span
from analysis.clean.feed_messages import feed_message_rows
from analysis.clean.feed_reader_list import entry_rows
from analysis.clean.highlights_export import highlight_rows
from analysis.clean.html_cards import letters
from analysis.clean.inline_headlines import inline_cards
from analysis.clean.kindle_clippings import clipping_rows
from analysis.clean.labelled_blocks import labelled_rows
from analysis.clean.list_digest import digest_rows
from analysis.clean.listing_headlines import comment_count_under_body, mark_headlines
from analysis.clean.listing_lookalikes import (
    ENTRIES_OF_ONE_ARTICLE,
    LIVE_UPDATES,
    NUMBERED_PARTS,
    RELATED_PROMOS,
    live_update_lines,
    numbered_parts,
    one_article,
)
from analysis.clean.markup_lines import NO_MARKUP, MarkupLines, mark_kinds
from analysis.clean.mbox_messages import mbox_rows
from analysis.clean.page_metadata import FieldSpan
from analysis.clean.post_link_cards import age_line_posts, post_link_cards
from analysis.clean.scraper_header import header_lines
from analysis.clean.site_candidates import name_words
from analysis.clean.teaser_first import teaser_first_cards
from analysis.clean.vertical_records import vertical_rows
from analysis.text import FIELD_LABEL, LETTER_RUN, count_words

#: Share of all card body characters above which one card may be the page's own article.
DOMINANT_SHARE = 0.6

# The fields of a card's time or date.
_TIME_FIELDS = frozenset({"published", "relative_time"})
# The fields of a card that are no cue (card_blocks.Card.cues).
_NOT_CUE_FIELDS = frozenset({"title", "title_repeat", "body"})
# The kinds of a card's shape that frame it: its headline, the end of its header.
_FRAME_KINDS = frozenset({"title", "|"})
# The kinds of a card's shape of a line read as a name (card_blocks._shape_kind).
_NAME_KINDS = frozenset({"name:outlet", "label"})
# Kinds of a line that may be a card's headline (a one-line header is a meta line).
_CARD_TOP_KINDS = frozenset({"title", "label", "meta"})


def find_cards(
    lines: Sequence[str], detected_body: Callable[[], Sequence[int]] | None = None
) -> list[ArticleRegion]:
    """Return the article cards of a listing page, in page order ([] if not a listing).

    Parameters
    ----------
    lines : sequence of str
        The page's lines (no line endings).
    detected_body : callable, optional
        As for :func:`find_cards_or_updates`.

    Returns
    -------
    list of ArticleRegion
        One per card; empty when the page is not a listing page.
    """
    return find_cards_or_updates(lines, detected_body)[0]


def find_cards_or_updates(
    lines: Sequence[str],
    detected_body: Callable[[], Sequence[int]] | None = None,
    marks: MarkupLines = NO_MARKUP,
) -> tuple[list[ArticleRegion], tuple[int, ...]]:
    """Return the article cards of a listing page, in page order, or a live blog's
    updates.

    Parameters
    ----------
    lines : sequence of str
        The page's lines (no line endings).
    detected_body : callable, optional
        Returns the page's body lines as analysis.clean.body finds them (default: that
        detector). A caller that may need them too passes a memoized one, so that a page
        whose cards are rejected for the body outside them runs the detector once.
    marks : MarkupLines, optional
        What an HTML page's markup says of some of its lines: their kinds
        (:func:`~analysis.clean.markup_lines.mark_kinds`).

    Returns
    -------
    tuple
        The cards, one ArticleRegion each (empty when the page is not a listing page),
        and, on a live blog whose cards are its timed updates or a timeline whose cards
        are its dated entries
        (:data:`~analysis.clean.listing_lookalikes.ENTRIES_OF_ONE_ARTICLE`), the lines of
        the updates' headlines and texts, sorted: the article's body with its
        introduction; on a story with promos of other stories between its paragraphs
        (:data:`~analysis.clean.listing_lookalikes.RELATED_PROMOS`), the lines of its
        opening text (empty otherwise).
    """
    lines = list(lines)
    # Kinds are worked out as read: blank or prose for every line, the rest of a kind
    # only around the body runs (card_lines.LineKinds).
    kinds = LineKinds(lines)
    if rows := (
        table_rows(lines)
        or labelled_rows(lines)
        or vertical_rows(lines)
        or feed_message_rows(lines)
        or mbox_rows(lines)
        or digest_rows(lines)
        or chat_log_rows(lines)
        or chat_link_rows(lines)
        or highlight_rows(lines)
        or clipping_rows(lines)
        or post_link_cards(lines)
        or age_line_posts(lines)
        or teaser_first_cards(lines, kinds)
    ):
        # a clipping table, a labelled report, a table printed one record a block, feed
        # items saved as mail, a mailbox's alerts, a list's digest, a news bot's lines in
        # a chat log, a chat export's shared links, a highlights export, an e-reader's
        # clippings file (one article a title), a timeline's link cards, cards printing
        # their teaser first: one article a row, a block, a record, a message, a message,
        # a line, a message, a post's card, a block
        return rows, ()
    # Cards end where the comment section starts: at a comment count that does not
    # close a body (a count right under a card's text, "57 Comments", is card chrome).
    stop = _comment_section_start(lines, kinds)
    for i in range(stop, len(lines)):
        kinds[i] = "blank"
    header = header_lines(lines)  # a scraper's or an e-mail's header: the page's fields,
    if not any(letters(lines[i]) in marks.card_headlines for i in header):
        for i in header:  # unless the markup names its title a packed card's headline
            kinds[i] = "blank"
    bulleted = mark_headlines(lines, kinds)
    mark_kinds(lines, kinds, marks)  # what an HTML page's markup says of its lines
    plain = not marks.html  # a text dump (closed_alike reads only those)
    first = next((i for i in range(len(kinds)) if kinds.known(i) != "blank"), None)
    first_kind = kinds[first] if first is not None else None
    # the markup names the page's first line a packed card's headline (a feed's or a
    # stories file's items written as cards: no masthead over them)
    headed = first is not None and letters(lines[first]) in marks.card_headlines
    cards = _read_cards(lines, kinds, first, first_kind, plain, headed)
    if bulleted and not set(bulleted) <= {card.title_line for card in cards}:
        # a bulleted list is a list of cards only when every item heads one (a glossary's
        # terms over their definitions inside an article do not all)
        for i in bulleted:
            kinds[i] = "bullet"
        if first is not None:
            kinds[first] = first_kind
        cards = _read_cards(lines, kinds, first, first_kind, plain, headed)
    headlines = marks.card_headlines
    regions, updates = _listing_regions(lines, kinds, cards, detected_body, headlines)
    if (
        not regions
        and not updates
        and len(cards) >= MIN_CARDS
        and first is not None
        and not any(ECHO_CUE in card.cues for card in cards)
    ):
        # Cards marked by a cue, turned down (a rank number's "3. X: Title" reads X as an
        # outlet on two cards of a page of numbered headlines over teasers alone): the
        # page read again with the echo cue, as one whose cards no cue marks.
        kinds[first] = first_kind
        echoed = _echo_reading(lines, kinds, first, first_kind, plain)
        regions, updates = _listing_regions(lines, kinds, echoed, detected_body, headlines)
    if not regions and not updates:
        # no card on a line of its own: cards printed one a line, headline first; or no
        # text under any headline: each headline dated, or a feed reader's entry lines
        regions = inline_cards(lines) or dated_headline_cards(lines, kinds) or entry_rows(lines)
    return [_without_site_prompts(lines, region) for region in regions], updates


def _comment_section_start(lines: list[str], kinds: LineKinds) -> int:
    """The line where the page's comment section starts (its count, ``57 Comments``), or
    the page's length: a count right under body text closes a card
    (:func:`comment_count_under_body`), and so does a count one blank line under it, or
    among the counters printed under it ("12 views", "0 comments": :func:`_in_counters`),
    when the page prints its count that way under :data:`MIN_CARDS` bodies or more, in
    the same words (a comment section's heading is printed once)."""
    counts = {i: match for i, line in enumerate(lines) if (match := COMMENTS_HEADING.match(line))}
    if not counts:
        return len(lines)
    closing = {i for i in counts if comment_count_under_body(lines, kinds, i)}
    spaced = {
        i
        for i in counts
        if i not in closing
        and i > 1
        and (
            (kinds.known(i - 1) == "blank" and kinds.known(i - 2) == "prose")
            or _in_counters(lines, kinds, i)
        )
    }
    if spaced:
        forms = Counter(_count_words(counts[i].group()) for i in closing | spaced)
        closing |= {i for i in spaced if forms[_count_words(counts[i].group())] >= MIN_CARDS}
    return next((i for i in counts if i not in closing), len(lines))


# A number as a card's counter prints it: digits, maybe with thousands' marks.
_NUMBER = re.compile(r"\d[\d,.]*")


def _in_counters(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """Whether line ``i`` closes a strip of counters right under body text: the lines
    between it and the text each hold a number with no more words of letters than
    numbers ("12 views", "♡ 3", "2 min"), or are the card's meta lines a count follows
    (a date line, kind ``meta``: "14:31, 5 DEC 2026"; a name alone, the author's:
    "Gemma Riley", as a UK regional's topic page prints author, time and count); a text
    dump of the page's blocks prints one blank line between each of them ("By NAME" /
    "Updated Dec 7, 2026" / "148 comments"), two blank lines end the strip."""
    j = i - 1
    while j > 0 and kinds.known(j) != "prose":
        if not lines[j].strip():
            if not lines[j - 1].strip():
                return False  # two blank lines: the strip ended above
            j -= 1  # one blank line between two of the strip's lines
            continue
        numbers = len(_NUMBER.findall(lines[j]))
        counters = numbers and len(LETTER_RUN.findall(lines[j])) <= numbers
        if not counters and kinds.known(j) != "meta" and not is_name_line(lines[j]):
            return False
        j -= 1
    return j >= 0 and j < i - 1 and kinds.known(j) == "prose"


def _count_words(count: str) -> str:
    """A comment count's words without its number (``164 Comments``: ``comments``)."""
    return " ".join(LETTER_RUN.findall(count.casefold()))


def _without_site_prompts(lines: Sequence[str], region: ArticleRegion) -> ArticleRegion:
    """A card's region without the site's prompts its text runs into (a consent banner
    or a sign-up box printed between two cards: :func:`is_site_prompt`); they stay in
    its extent, as the card's own chrome. A prompt that is all of a card's text is its
    teaser (a story whose first lines call to sign up): the card stays an article."""
    kept = tuple(i for i in region.body_lines if not is_site_prompt(lines[i]))
    if not kept or len(kept) == len(region.body_lines):
        return region
    return replace(region, body_lines=kept)


def _listing_regions(
    lines: list[str],
    kinds: LineKinds,
    cards: list[Card],
    detected_body: Callable[[], Sequence[int]] | None,
    headlines: frozenset[str] = frozenset(),
) -> tuple[list[ArticleRegion], tuple[int, ...]]:
    """The regions of ``cards`` when they make the page a listing (the module
    docstring's step 4), else []; and a live blog's update lines
    (:func:`find_cards_or_updates`). ``headlines``: the packed cards' headlines an HTML
    page's markup names (:attr:`~analysis.clean.markup_lines.MarkupLines.card_headlines`);
    cards that are all such cards are alike whatever lines they print (of two cards, one
    signed and one not, neither shape recurs)."""
    if len(cards) < MIN_CARDS:
        return [], ()
    read = cards
    shape, n_shape = Counter(card.shape for card in cards).most_common(1)[0]
    largest = max(cards, key=lambda card: card.body_chars)
    total = sum(card.body_chars for card in cards)
    if largest.body_chars > DOMINANT_SHARE * total and largest.shape != shape:
        return [], ()  # one article and a box of look-alike cards (related stories)
    # A card shares a cue with another card: a heading and its intro do not. Cards
    # name different articles: a headline on several "cards" with different bodies is
    # a repeated caption; a story printed twice whole (a home page's "Top stories" and
    # "Latest") is kept at its first printing.
    titles = Counter(card.title for card in cards)
    bodies: dict[str, set[str]] = {}
    for card in cards:
        body = " ".join(lines[i] for i in card.region.body_lines)
        bodies.setdefault(card.title, set()).add(body)
    seen: set[str] = set()
    kept, unshared = [], []
    for card in cards:
        once = titles[card.title] == 1 or (card.title not in seen and len(bodies[card.title]) == 1)
        seen.add(card.title)
        if once and any(card.cues & other.cues for other in cards if other is not card):
            kept.append(card)
        elif once:
            unshared.append(card)
    cards = _with_misread_cards(lines, kept, unshared, shape)
    if n_shape < MIN_CARDS:
        # every card's header reaches into other chrome above it (a chat's messages over
        # each shared link's preview): the cards printed alike from the line over their
        # headline down; or every card names its own fields (an outlet's name over one
        # headline, a byline beside one date): the cards printed alike from the headline
        n_shape = _cards_framed_alike(cards) or _cards_cued_alike(cards)
    if (
        n_shape < MIN_CARDS
        and headlines
        and all(letters(card.title) in headlines for card in cards)
    ):
        n_shape = len(cards)
    if len(cards) < MIN_CARDS or n_shape < MIN_CARDS:
        return [], ()
    verdict = one_article(lines, kinds, cards, detected_body)
    if verdict == LIVE_UPDATES:  # the updates from the first card on; the rest is chrome
        return [], live_update_lines(lines, cards)
    if verdict in ENTRIES_OF_ONE_ARTICLE:
        if verdict == NUMBERED_PARTS:
            cards = numbered_parts(lines, cards)  # (not the next story's preview)
        updates = {i for card in cards for i in (card.title_line, *card.region.body_lines)}
        return [], tuple(sorted(updates))
    if verdict == RELATED_PROMOS:  # the story's opening text is its body's too
        return [], tuple(cards[0].region.body_lines)
    if verdict is not None:
        return [], ()
    # a card whose cue line was not read, laid out like the others
    cards = with_framed_cards(lines, kinds, cards, shape, body_runs(lines, kinds), read)
    cards = without_chrome_outlet(_with_uncued_cards(lines, kinds, cards, shape))
    regions = [_with_leading_time(card.region, lines) for card in cards]
    return _without_body_label(regions, lines), ()


def _with_misread_cards(
    lines: list[str], kept: list[Card], unshared: list[Card], shape: tuple[str, ...]
) -> list[Card]:
    """The cards ``kept`` for a cue they share, with the cards ``unshared`` (no cue shared
    with another card) laid out like the page's most common ``shape`` kept too, in page
    order, without the fields of their cue lines.

    A card of the page's layout (its headline, as many lines between it and its text,
    and as many under it, as the page's cards print) whose one short line reads as a
    name where they print another cue (Hebrew "אתמול", yesterday, read as an outlet where the
    other cards print "לפני 4 שעות") is a card whose cue was misread, not chrome: its
    text would be in no record. Its misread fields are dropped (the page's outlet, not
    a day's name). Kept only beside :data:`~analysis.clean.card_blocks.MIN_CARDS` cards
    of that shape marked by a shared cue; an author page's box (the person's name over
    a role line and a biography, :func:`~analysis.clean.author_page.page_author`) is
    none.
    """
    if not unshared or sum(card.shape == shape for card in kept) < MIN_CARDS:
        return kept
    author = page_author(lines, kept[0].region.first_line)
    # (as many lines between the headline and the text, blank ones too, as a card of the
    # shape prints: a page's tabs over its heading and introduction, each a blank line
    # apart, are no card printed without one)
    spans = {_headline_to_text(card) for card in kept if card.shape == shape}
    misread = [
        _without_cues(card)
        for card in unshared
        if _same_frame(card.shape, shape)
        and _headline_to_text(card) in spans
        and not any(cue.endswith("@title") for cue in card.cues)
        and not _named_elsewhere(lines, card, [*kept, *unshared])
        and not (author and card.region.first_line <= author[0] <= card.region.last_line)
    ]
    return sorted([*kept, *misread], key=lambda card: card.region.first_line)


def _headline_to_text(card: Card) -> int:
    """How many lines down from a card's headline its text starts (blank lines too)."""
    body = card.region.body_lines
    return (body[0] if body else card.region.last_line + 1) - card.title_line


def _with_uncued_cards(
    lines: list[str], kinds: LineKinds, cards: list[Card], shape: tuple[str, ...]
) -> list[Card]:
    """The ``cards`` of a listing page with the items of a ranked list that no cue marks
    and no card holds, in page order: headlines over texts (read with the echo cue)
    opening with the ranks 1 to :data:`MIN_CARDS` or more (a "most read" list under the
    cards, laid out unlike them: :func:`~analysis.clean.card_frames.with_framed_cards`
    does not take it). Such an item would be in no record. Its fields are its headline
    and text only; other blocks with a headline (a sign-up box) stay the page's chrome.
    ``shape``, the page's most common card shape, is no item's.
    """
    runs = body_runs(lines, kinds)
    taken = {i for card in cards for i in range(card.region.first_line, card.region.last_line + 1)}
    if all(taken.intersection(run) for run in runs):
        return cards
    free = [
        card
        for card in read_cards(lines, kinds, runs, echo=True)
        if ECHO_CUE in card.cues
        and card.shape != shape
        and not taken.intersection(range(card.region.first_line, card.region.last_line + 1))
    ]
    found = _ranked_list(lines, free) or _ranks_going_on(lines, cards, free)
    if not found:
        return cards
    stripped = [_without_cues(card) for card in found]
    return sorted([*cards, *stripped], key=lambda card: card.region.first_line)


def _without_cues(card: Card) -> Card:
    """The card with its headline and text as its only fields, marked by no cue."""
    fields = tuple(f for f in card.region.fields if f.field in _NOT_CUE_FIELDS)
    return replace(card, region=replace(card.region, fields=fields), cues=frozenset())


def _ranked_list(lines: list[str], cards: list[Card]) -> list[Card]:
    """The longest run of ``cards`` (in page order) whose headlines open with the ranks
    1, 2, 3 ... (:func:`~analysis.clean.card_fields.rank_number`), when it holds
    :data:`MIN_CARDS` cards or more; else []."""
    best: list[Card] = []
    current: list[Card] = []
    for card in cards:
        rank = rank_number(lines[card.title_line])
        if rank == 1:
            current = [card]
        elif current and rank == len(current) + 1:
            current.append(card)
        else:
            current = []
        if len(current) > len(best):
            best = list(current)
    return best if len(best) >= MIN_CARDS else []


def _ranks_going_on(lines: list[str], cards: list[Card], free: list[Card]) -> list[Card]:
    """The ``free`` cards (no cue marks them) whose headlines go on with the ranks 2, 3 ...
    of a card of ``cards`` whose headline opens with rank 1, before the next card (an
    issue archive's numbered stories under each issue's dated line, the line the first
    story's card was read by), in page order; [] when none does."""
    found: list[Card] = []
    run: list[Card] = []
    for card in sorted([*cards, *free], key=lambda card: card.region.first_line):
        rank = rank_number(lines[card.title_line])
        if card in cards:
            run = [card] if rank == 1 else []
        elif run and rank == len(run) + 1:
            run.append(card)
            found.append(card)
        else:
            run = []
    return found


def _named_elsewhere(lines: list[str], card: Card, cards: list[Card]) -> bool:
    """Whether the name a card's cue line holds is written again on a line no card
    holds (``Latest from Jane Doe`` under an author page's header ``Jane Doe`` /
    ``Science reporter`` / her biography): the page's subject, not a card's misread
    time."""
    inside = {i for c in cards for i in range(c.region.first_line, c.region.last_line + 1)}
    for f in card.region.fields:
        if f.field in _NOT_CUE_FIELDS:
            continue
        name = name_words(lines[f.line_no][f.start : f.end])
        n = len(name)
        if n and any(
            words[k : k + n] == name
            for i, line in enumerate(lines)
            if i not in inside and (words := name_words(line))
            for k in range(len(words) - n + 1)
        ):
            return True
    return False


def _frame_from_headline(shape: tuple[str, ...]) -> tuple[str, ...]:
    """A card's shape from the line over its last headline-kind line before its text."""
    bar = shape.index("|") if "|" in shape else len(shape)
    heads = [k for k in range(bar) if shape[k] == "title"]
    return shape[max(0, heads[-1] - 1) :] if heads else shape


def _cards_framed_alike(cards: list[Card]) -> int:
    """How many of ``cards`` print one frame (:func:`_frame_from_headline`), when
    :data:`MIN_CARDS` + 1 or more do (else 0)."""
    if not cards:
        return 0
    n = Counter(_frame_from_headline(card.shape) for card in cards).most_common(1)[0][1]
    return n if n > MIN_CARDS else 0


def _cue_frame(shape: tuple[str, ...]) -> tuple[str, ...] | None:
    """A card's shape from its last headline-kind line before its text down, its cue
    lines' fields dropped (``meta:byline+published`` is ``meta``), when a cue line stands
    under its text (else None)."""
    bar = shape.index("|") if "|" in shape else len(shape)
    heads = [k for k in range(bar) if shape[k] == "title"]
    if not heads:
        return None
    frame = tuple(kind.split(":")[0] for kind in shape[heads[-1] :])
    return frame if "meta" in frame[frame.index("|") + 1 :] else None


def _cards_cued_alike(cards: list[Card]) -> int:
    """How many of ``cards`` print one frame from their headline down, whatever fields
    their cue line under the text holds (:func:`_cue_frame`), when every card does and
    :data:`MIN_CARDS` + 1 or more are (else 0): a news aggregator's cluster of one
    story, each card its outlet's, some naming a reporter and some not, some printing
    the outlet over the headline and some in the cue line."""
    frames = [_cue_frame(card.shape) for card in cards]
    if None in frames or len(set(frames)) > 1 or len(cards) <= MIN_CARDS:
        return 0
    return len(cards)


def _same_frame(shape: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether a card's ``shape`` is the ``other`` shape but for name lines where the
    other prints other lines: its headline and the end of its header at the same places,
    and where the two differ (they do somewhere), ``shape`` holds a name
    (``name:outlet``, a label). A card whose line of another kind is a time or a byline
    (a page's heading over "Updated 8:12 a.m." and its introduction), or whose cue is in
    its headline line (a newsletter's "The Gazette — Morning Brief" over its greeting,
    the other cards marked by no cue), was read right: not a misread card."""
    return (
        shape != other
        and len(shape) == len(other)
        and all(
            a == b or (a in _NAME_KINDS and b not in _FRAME_KINDS)
            for a, b in zip(shape, other, strict=True)
        )
    )


def _without_body_label(regions: list[ArticleRegion], lines: list[str]) -> list[ArticleRegion]:
    """The cards with the field label opening every card's text (a feed dump's
    ``Description: ...``: :data:`analysis.text.FIELD_LABEL`, the same label on every
    card) cut from their bodies: a label is the dump's, not the story's."""
    firsts = [region.body_lines[0] if region.body_lines else None for region in regions]
    found = [FIELD_LABEL.match(lines[i]) if i is not None else None for i in firsts]
    labels = {m.group("label").casefold() if m else None for m in found}
    if len(labels) != 1 or None in labels:
        return regions
    cut = []
    for region, first, label in zip(regions, firsts, found, strict=True):
        if any(f.line_no == first for f in region.fields):
            cut.append(region)  # (a leading time already splits the line)
            continue
        body = FieldSpan(first, label.end(), len(lines[first]), "body")
        cut.append(
            ArticleRegion(
                region.first_line, region.last_line, region.body_lines, (*region.fields, body)
            )
        )
    return cut


def _with_leading_time(region: ArticleRegion, lines: list[str]) -> ArticleRegion:
    """The card with the date or time opening its text (a search result's ``Mar 3, 2026
    — snippet``: :func:`~analysis.clean.card_fields.leading_time`) cut from its body, and
    its date when no other line of the card gives one (a result's address may date it
    too: ``› news › 2026/12/03/...``, the snippet's date then printed twice)."""
    if not region.body_lines:
        return region
    first = region.body_lines[0]
    spans = leading_time(first, lines[first])
    if any(f.field in _TIME_FIELDS for f in region.fields):
        spans = [span for span in spans if span.field == "body"]
    if not spans:
        return region
    return ArticleRegion(
        region.first_line, region.last_line, region.body_lines, (*region.fields, *spans)
    )


def _read_cards(
    lines: list[str],
    kinds: LineKinds,
    first: int | None,
    first_kind: str | None,
    plain: bool = True,
    headed: bool = False,
) -> list[Card]:
    """The page's cards as :func:`_read_under_masthead` reads them (``first``: the page's
    first non-blank line, of kind ``first_kind``; ``headed``: the markup names it a
    card's headline), read again with the echo cue when
    fewer than :data:`~analysis.clean.card_blocks.MIN_CARDS` are marked by a cue
    (``plain``: a page without markup, :func:`_echo_reading`)."""
    cards = _read_under_masthead(lines, kinds, headed=headed)
    if len(cards) < MIN_CARDS and first is not None:
        kinds[first] = first_kind
        return _echo_reading(lines, kinds, first, first_kind, plain)
    return cards


def _echo_reading(
    lines: list[str], kinds: LineKinds, first: int, first_kind: str | None, plain: bool = True
) -> list[Card]:
    """The page's cards read with the echo cue, or [] when they are not all of one shape
    over a teaser.

    No card marked by an outlet, a time or a byline: headlines over teasers alone, which,
    taken together, their teasers echo (listing_lookalikes: a teaser may repeat no word of
    its headline). With nothing else to mark them, every card has the one shape and a
    teaser's body (an article's headline over its lede, then a subhead over the rest, or
    a listicle's headline over its items, do not), or, on a page without markup
    (``plain``: a text dump), full texts each closed by the same line
    (:func:`~analysis.clean.card_closers.closed_alike`: a newsletter's or a wire's ``Read
    more`` or rule under every story; an HTML page's whole stories under headings are
    read from its markup, :mod:`analysis.clean.html_stories`, which leaves an article's
    subheads alone).
    """
    cards = _without_list_heading(_read_under_masthead(lines, kinds, echo=True))
    if len({card.shape for card in cards}) > 1:
        return []
    if not all(
        is_teaser("\n\n".join(lines[i] for i in card.region.body_lines)) for card in cards
    ) and not (plain and closed_alike(lines, kinds, cards)):
        return []
    return cards


def _without_list_heading(cards: list[Card]) -> list[Card]:
    """The cards, the first one without the lines above its headline when the others
    print none there and share one shape: the list's heading printed right over its
    first item (``Most read`` over ``1. Headline``, no blank line between), no part of
    that card (no kicker: no other card prints one)."""
    if len(cards) <= MIN_CARDS or len({card.shape for card in cards[1:]}) != 1:
        return cards
    top, shape = cards[0], cards[1].shape
    title_line = top.title_line
    if (
        top.shape == shape
        or top.shape[-len(shape) :] != shape
        or any(kind in _FRAME_KINDS for kind in top.shape[: -len(shape)])
        or any(card.region.first_line < card.title_line for card in cards[1:])
    ):
        return cards
    fields = tuple(f for f in top.region.fields if f.line_no >= title_line)
    region = replace(top.region, first_line=title_line, fields=fields)
    dropped = {f.field for f in top.region.fields if f.line_no < title_line}
    return [replace(top, region=region, shape=shape, cues=top.cues - dropped), *cards[1:]]


def _read_under_masthead(
    lines: list[str], kinds: LineKinds, echo: bool = False, headed: bool = False
) -> list[Card]:
    """The page's cards, its first line read as its masthead (site name, logo), not a
    card's, unless the cards read with it as a card's say that the page starts at its
    first card (:func:`_opens_with_card`; ``headed``: the page's markup names that line
    a card's headline). ``kinds`` is left as the reading chosen has
    it; ``echo``: cards marked only by their headline's words count
    (:func:`~analysis.clean.card_blocks.cards_from_runs`)."""
    first = next((i for i in range(len(kinds)) if kinds.known(i) != "blank"), None)
    if first is None:
        return read_cards(lines, kinds, body_runs(lines, kinds), echo)
    kind = kinds[first]
    kinds[first] = "masthead"
    runs = body_runs(lines, kinds)
    cards = read_cards(lines, kinds, runs, echo)
    if kind in _CARD_TOP_KINDS and _within_header_reach(kinds, runs, first):
        kinds[first] = kind  # (a line of these kinds never joins a body run)
        opened = read_cards(lines, kinds, runs, echo)
        if _opens_with_card(lines, opened, cards, first, kind, headed):
            return opened
        kinds[first] = "masthead"
    if kind == "meta" and _is_day_line(lines[first]):
        return _under_dated_masthead(lines, kinds, first, cards, echo)
    return cards


def _within_header_reach(kinds: LineKinds, runs: list[list[int]], first: int) -> bool:
    """Whether the page's first line (``first``, read as the masthead) is near enough to
    the first body run for the cards read with it as a card's line to differ.

    A run's header is drawn from the :data:`~analysis.clean.card_blocks.MAX_HEADER_LINES`
    non-blank lines nearest above it, grown upward by as many lines at most, and a date
    a blank line over its top (:func:`~analysis.clean.card_blocks.cards_from_runs`); the
    lines a reading looks at around a header are no farther than :data:`_HEADER_REACH`
    lines above the farthest of those nearest lines. A first line above that (a page
    opening with its site's chrome) is no card's line in either reading: the cards, and
    every line kind worked out while reading them, are the same, and the page does not
    open with a card (:func:`_opens_with_card`). With no body run there is no card.
    """
    if not runs:
        return False
    nearest = []
    for i in range(runs[0][0] - 1, first, -1):
        if kinds.known(i) not in {"blank", "masthead"}:  # (as card_blocks._header counts)
            nearest.append(i)
            if len(nearest) == MAX_HEADER_LINES:
                return first >= i - _HEADER_REACH
    return True


#: Lines above the farthest header line a reading of the cards may look at: the header
#: grown upward (MAX_HEADER_LINES), a date a blank line over it and the line above that,
#: and one more.
_HEADER_REACH = MAX_HEADER_LINES + 4


def _is_day_line(line: str) -> bool:
    """A line that is a date and at most one other word (``Thursday, March 5, 2026``)."""
    span = find_date_span(line)
    return span is not None and count_words(line[: span[0]]) + count_words(line[span[1] :]) <= 1


def _under_dated_masthead(
    lines: list[str], kinds: LineKinds, first: int, cards: list[Card], echo: bool
) -> list[Card]:
    """The cards of a page whose first line is the day's date (``Thursday, March 5,
    2026`` over the site's name): the masthead is the date and the line under it, unless
    that line heads a card of the page's most common shape (``cards``: read with the
    date alone as the masthead; a page of cards right under its date keeps its first
    card). A date over the masthead made the site's name and tagline a card."""
    below = next((i for i in range(first + 1, len(kinds)) if kinds.known(i) != "blank"), None)
    if below is None or kinds[below] not in _CARD_TOP_KINDS:
        return cards
    kind = kinds[below]
    kinds[below] = "masthead"
    under = read_cards(lines, kinds, body_runs(lines, kinds), echo)
    if under and (
        regularity(under)[0] >= regularity(cards)[0] or _names_the_page(lines, cards, below)
    ):
        return under
    kinds[below] = kind
    return cards


def _names_the_page(lines: list[str], cards: list[Card], below: int) -> bool:
    """True when line ``below`` (the line under a page's date) names the first card
    (``cards``: read with the date alone as the masthead) and that name is printed again
    on a line no card holds (a footer's ``X quotes short excerpts``, ``© 2026 X``): the
    page's own name, its masthead over a tagline and an introduction that read as a
    card of the same shape as the others."""
    if not cards or cards[0].region.first_line != below:
        return False
    name = name_words(lines[below])
    if not name:
        return False
    inside = {i for card in cards for i in range(card.region.first_line, card.region.last_line + 1)}
    n = len(name)
    return any(
        any(words[k : k + n] == name for k in range(len(words) - n + 1))
        for i, line in enumerate(lines)
        if i not in inside and i != below and (words := name_words(line))
    )


def _opens_with_card(
    lines: list[str],
    opened: list[Card],
    cards: list[Card],
    first: int,
    kind: str,
    headed: bool = False,
) -> bool:
    """True when the page starts at its first card, as a scraper keeping only a listing's
    cards prints it: with the first line read as a card's (``opened``), that line is the
    first card's headline (maybe printed twice) or a meta line opening it (``14:05 |
    Outlet``), that card's shape is another card's, and the cards are no less regular
    than with the line read as the masthead (``cards``;
    :func:`~analysis.clean.card_blocks.regularity`). A masthead (a name, maybe over a
    tagline) opens no card this way. When the page's markup names the line a packed
    card's headline (``headed``), the shape need not recur: of two cards, one signed and
    one not, neither shape does."""
    if not opened:
        return False
    top = opened[0]
    headline = top.title_line == first or (
        top.region.first_line == first and normalized(lines[first]) == top.title
    )
    return (
        (headline or (kind == "meta" and top.region.first_line == first))
        and (headed or any(card.shape == top.shape for card in opened[1:]))
        and regularity(opened) >= regularity(cards)
    )


def is_listing(lines: Sequence[str]) -> bool:
    """True when the page stacks at least :data:`MIN_CARDS` article cards.

    Parameters
    ----------
    lines : sequence of str
        Every line of the page; cards may stand anywhere in it.

    Returns
    -------
    bool
        Whether :func:`find_cards` finds cards (it finds none below :data:`MIN_CARDS`).
    """
    return bool(find_cards(lines))

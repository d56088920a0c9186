"""One article whose parts look like cards: the tests that turn a listing down.

Cards of one shape may still be one article's: subheads over its sections (cards marked
only by a headline over a body, whose words recur in the other sections as much as in
their own), an interview's
speakers or a panel's authors (name lines written in the text or opening the cards'
headlines), a live blog's timed updates (a clock time alone marks each, and the bodies
are full texts, or the page's own byline stands above them, or the page prints an update
without a headline too), a timeline's or a live
blog's dated entries (stamp lines that date no card: the cards are the entries under a
subhead), the sections of the article
the page opens with (its paragraphs before the first card), or comments, teasers and
promos around the page's own article (its body, as :mod:`analysis.clean.body` finds it,
lies outside the cards: :data:`MAX_OUTSIDE_BODY_RATIO`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from analysis.clean.body import body_line_indices
from analysis.clean.body.chapter_numbers import roman_value
from analysis.clean.body.numbered_sections import MIN_SECTIONS, SECTION_NUMBER
from analysis.clean.body.rules import HEADING_MAX_WORDS, is_stamp_line
from analysis.clean.card_blocks import ECHO_CUE, MIN_CARDS, Card, content_words
from analysis.clean.card_fields import rank_number
from analysis.clean.card_lines import CLOCK_TIME, LineKinds
from analysis.clean.card_teaser import is_teaser
from analysis.clean.dates import find_date_span
from analysis.clean.header_lines import RELATED_LABEL, byline_above, is_heading_like
from analysis.clean.live_labels import is_live_headline
from analysis.clean.local_day import clock_hour_minute
from analysis.clean.post_embeds import EMBEDDED_POSTS, posts_in_one_article
from analysis.clean.scraper_header import header_byline
from analysis.text import (
    LETTER_RUN,
    RULE_MARKS,
    bullet_end,
    count_words,
    is_bullet,
    is_rule_line,
)

#: Paragraphs of a story printed whole over a box of one-line teasers
#: (:func:`_story_over_a_box`): a card's text is one teaser, or a standfirst and a
#: paragraph (a topic page's lead card), so a third paragraph is more than any card's.
WHOLE_STORY_PARAGRAPHS = 3

#: Most characters of the page's article body (analysis.clean.body) outside the cards,
#: per character of card body, for a listing.
MAX_OUTSIDE_BODY_RATIO = 1.0

# Fields that are no card cue.
_NOT_CUES = frozenset({"title", "title_repeat", "category"})
# A card's cues of its date or time.
_TIME_CUES = frozenset({"published", "relative_time"})


#: :func:`one_article`'s verdict for a live blog: the cards are its timed updates.
TIMED_UPDATES = "timed updates"
#: :func:`one_article`'s verdict for a timeline or a live blog that prints a stamp over
#: every entry: the cards are its entries under a subhead.
DATED_ENTRIES = "dated entries"
#: :func:`one_article`'s verdict for a long read printed in numbered parts: the cards
#: are its parts (:func:`numbered_parts`).
NUMBERED_PARTS = "numbered parts"
#: :func:`one_article`'s verdict for a story with promos of other stories between its
#: paragraphs ("Also Read" over a headline, a date and a teaser): the first card is the
#: story's opening, the other cards are no part of it (:func:`_promos_in_the_story`).
RELATED_PROMOS = "related promos"
#: :func:`one_article`'s verdict for a live page whose updates are the cards from the
#: first on, the page's chrome (comments, teasers) the cards after them
#: (:func:`live_update_lines`).
LIVE_UPDATES = "live updates"
#: The verdicts whose cards' text is the article's (:func:`one_article`).
ENTRIES_OF_ONE_ARTICLE = (TIMED_UPDATES, DATED_ENTRIES, NUMBERED_PARTS)

#: Fewest updates a live headline's page prints stamped with its clock times, in order,
#: for :func:`live_update_lines`: three, so that their order is a sequence (any two
#: times are in one order or the other). No tuned value.
MIN_LIVE_UPDATES = MIN_CARDS + 1

# A headline opening with a word and a number (``Chapter 2``, ``Part II``, ``Teil 3``).
_PART_NUMBER = re.compile(r"^\s*([^\W\d_]{3,})\s+(\d{1,3}|[IVXLC]{1,6})\b")


def one_article(
    lines: list[str],
    kinds: LineKinds,
    cards: list[Card],
    detected_body: Callable[[], Sequence[int]] | None = None,
) -> str | None:
    """Why the page's cards are one article's parts or chrome, not a listing; None when
    they are a listing's cards.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    cards : list of Card
        The page's cards, :data:`~analysis.clean.card_blocks.MIN_CARDS` or more of one
        shape.
    detected_body : callable, optional
        Returns the page's body lines as analysis.clean.body finds them (default: that
        detector, run here).

    Returns
    -------
    str or None
        "subheads" (headlines over sections of one text), "speakers" (an interview's
        speakers or a panel's authors), :data:`TIMED_UPDATES` (a live blog's updates: the
        cards' text is the article's), :data:`LIVE_UPDATES` (a live page's updates from the
        first card on: :func:`live_update_lines`), :data:`DATED_ENTRIES` (a timeline's or a
        live blog's entries, some under a subhead read as a card's headline: the cards' text
        is the article's), :data:`RELATED_PROMOS` (the first card opens the page's story,
        the others are promos set in it), :data:`~analysis.clean.post_embeds.EMBEDDED_POSTS`
        (the posts quoted in the first card's article), "numbered sections" (a listicle's
        numbered sections under its lede), "sections" (the sections of the article the page
        opens with), "chrome" (the cards lie around the page's own article), or None.
    """
    if len(numbered_parts(lines, cards)) >= MIN_CARDS:
        return NUMBERED_PARTS  # a long read's chapters: one article
    if posts_in_one_article(lines, cards):
        return EMBEDDED_POSTS  # posts quoted between the article's paragraphs
    if _shared_vocabulary(lines, cards) and not _ranked_list_opening(lines, kinds, cards):
        return "subheads"  # headlines over sections of one text, not teasers
    if _names_of_the_text(lines, kinds, cards):
        return "speakers"  # an interview's speakers or a panel's authors: one article
    if _timed_updates(lines, kinds, cards):
        return TIMED_UPDATES  # a live blog's updates: one article
    if live_update_lines(lines, cards):
        return LIVE_UPDATES  # a live page's updates, its chrome's cards after them
    if _story_over_a_box(lines, kinds, cards):
        return "related box"  # the page's story and a box of teasers under its heading
    if _promos_in_the_story(lines, cards):
        return RELATED_PROMOS  # "Also Read" boxes set between the story's paragraphs
    body = _page_body(lines, kinds, detected_body)
    if _numbered_sections(lines, body, cards):
        return "numbered sections"  # a listicle's sections under its lede: one article
    if _opens_with_article(lines, body, cards):
        return "sections"  # the cards are the sections of the article the page opens with
    # the page's own article lies outside the cards: they are its chrome
    if _outside_body_ratio(lines, body, cards) > MAX_OUTSIDE_BODY_RATIO and not (
        _topic_introduction(lines, body, cards)
    ):
        return "chrome"
    if _stamps_dating_no_card(lines, kinds, cards) >= MIN_CARDS:
        return DATED_ENTRIES  # a timeline's or a live blog's entries: one article
    return None


def _shared_vocabulary(lines: list[str], cards: list[Card]) -> bool:
    """True when the cards marked only by their headline's words
    (:data:`~analysis.clean.card_blocks.ECHO_CUE`), taken together, find no more of their
    headlines' words in their own bodies than in the other card bodies that hold most
    of each (or fewer than half of them echo their own body at all). A listing's teasers
    are independent stories: each headline's words recur in its own teaser, some also
    in another (a section's stories share topic words); the sections of one article under
    subheads share its vocabulary. Words are compared as printed; when that finds
    subheads among more than :data:`~analysis.clean.card_blocks.MIN_CARDS` such cards, as
    inflected too (:func:`_echoed`: a Hungarian or Finnish teaser prints its headline's
    words with other endings), and the cards are a listing when that finds them one."""
    echo_cards = [k for k, card in enumerate(cards) if card.cues - _NOT_CUES == {ECHO_CUE}]
    if not echo_cards:
        return False
    texts = [" ".join(lines[i] for i in card.region.body_lines) for card in cards]
    headlines = {k: content_words(lines[cards[k].title_line]) for k in echo_cards}
    exact = [content_words(text) for text in texts]
    if not _share(headlines, [(words, set()) for words in exact]):
        return False
    if len(echo_cards) <= MIN_CARDS:
        return True
    return _share(headlines, [_stems(text) for text in texts])


def _share(headlines: dict[int, set[str]], bodies: list[tuple[set[str], set[str]]]) -> bool:
    """:func:`_shared_vocabulary`'s test on the echo cards' ``headlines`` (by card
    index) and every card's ``bodies`` (:func:`_stems`; no starts: words as printed)."""
    own = cross = echoed = 0
    for k, headline in headlines.items():
        shared = _echoed(headline, bodies[k])
        own += shared
        echoed += shared > 0
        cross += max((_echoed(headline, b) for j, b in enumerate(bodies) if j != k), default=0)
    return own <= cross or 2 * echoed <= len(headlines)


#: Letters two words share at their start to be one word inflected ("vonatok" /
#: "vonatot", "kanalları" / "kanalın"), or a word has to be the start of a longer one
#: ("móló" / "mólója", "busz" / "buszjárat") (:func:`_echoed`): agglutinating languages
#: (Hungarian, Finnish, Turkish, Estonian) and affixing ones (Malay, Tagalog) print a
#: headline's word in its teaser with another ending.
MIN_SHARED_START, MIN_STEM_LETTERS = 5, 4


def _stems(text: str) -> tuple[set[str], set[str]]:
    """A text's content words (:func:`~analysis.clean.card_blocks.content_words`) and
    their starts: every start of :data:`MIN_STEM_LETTERS` letters or more of each."""
    words = content_words(text)
    starts = {w[:n] for w in words for n in range(MIN_STEM_LETTERS, len(w) + 1)}
    return words, starts


def _echoed(headline: set[str], body: tuple[set[str], set[str]]) -> int:
    """How many of a headline's content words its ``body`` prints (:func:`_stems`): the
    word itself, or a word of :data:`MIN_STEM_LETTERS` letters or more that starts it or
    that it starts, or a word sharing its first :data:`MIN_SHARED_START` letters."""
    words, starts = body
    if not starts:  # (words as printed)
        return len(headline & words)
    return sum(
        1
        for w in headline
        if w in words
        or (len(w) >= MIN_STEM_LETTERS and w in starts)
        or w[:MIN_SHARED_START] in starts
        or any(w[:n] in words for n in range(MIN_STEM_LETTERS, len(w)))
    )


def numbered_parts(lines: list[str], cards: list[Card]) -> list[Card]:
    """The cards that are one text's numbered parts: their headlines open with one word
    and the numbers that follow one another (``Chapter 1 — 1 March 2024``, ``Chapter
    2: The closure``; ``Part I``, ``Part II``), in page order; [] when fewer than
    :data:`~analysis.clean.card_blocks.MIN_CARDS` cards do. A long read's chapters,
    dated or titled, are its parts, not stories of their own; a card after them (the
    next story's preview) is none.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    cards : list of Card
        The page's cards, in page order.

    Returns
    -------
    list of Card
        The longest run of cards so numbered (by the same word, case folded).
    """
    best: list[Card] = []
    current: list[Card] = []
    previous: tuple[str, int] | None = None
    for card in cards:
        match = _PART_NUMBER.match(lines[card.title_line][bullet_end(lines[card.title_line]) :])
        part = (match.group(1).casefold(), _number(match.group(2))) if match else None
        if part and previous and part == (previous[0], previous[1] + 1):
            current.append(card)
        else:
            current = [card] if part else []
        previous = part
        if len(current) > len(best):
            best = list(current)
    return best if len(best) >= MIN_CARDS else []


def _number(text: str) -> int:
    """A part's number written in digits or in Roman numerals (``II``)."""
    return int(text) if text.isdigit() else roman_value(text)


def _ranked_list_opening(lines: list[str], kinds: LineKinds, cards: list[Card]) -> bool:
    """True when the cards are a ranked list that opens the page's text: every headline
    opens with its rank, 1 to the number of cards in page order (``1. Headline`` over its
    teaser, ``2. Headline`` ...: a "most read" list), and no prose line nor byline stands
    above the first card. A listicle's numbered items follow its lede and its author's
    name; a list of the stories readers read most, whose teasers need not repeat their
    headlines' words, opens under the site's chrome."""
    ranks = [rank_number(lines[card.title_line]) for card in cards]
    if ranks != list(range(1, len(cards) + 1)):
        return False
    top = cards[0].region.first_line
    return not any(kinds.known(i) == "prose" for i in range(top)) and not byline_above(
        lines, 0, top
    )


def _names_of_the_text(lines: list[str], kinds: LineKinds, cards: list[Card]) -> bool:
    """True when every card is marked by a bare name line only, each name also written
    in the page's running text or opening the card's own headline (``Name: Headline``):
    an interview's speakers, an op-ed panel's authors. An aggregator's outlets are not
    all named in its text, and a digest's ``• Outlet: Headline`` (the outlet read from
    a bulleted headline's own line) is no name line; a ranked ``2. Name: Headline``
    among ranked headlines without one is still read as a speaker's."""
    names = []
    for card in cards:
        cues = [f for f in card.region.fields if f.field not in _NOT_CUES]
        if len(cues) != 1 or cues[0].field != "outlet" or kinds[cues[0].line_no] == "meta":
            return False
        if cues[0].line_no == card.title_line and is_bullet(lines[card.title_line]):
            return False
        name = lines[cues[0].line_no][cues[0].start : cues[0].end].lower()
        if not _opens_headline(name, lines[card.title_line]):
            names.append(name)
    prose = "\n".join(lines[i].lower() for i in range(len(lines)) if kinds.known(i) == "prose")
    return all(name in prose for name in names)


def _opens_headline(name: str, headline: str) -> bool:
    """True when every word of ``name`` is a word of the part of ``headline`` before its
    first colon (``Raul A. Reyes: Title`` under a ``Raul Reyes`` line): the headline
    opens with the name, a middle initial or a title more or less."""
    before, colon, _ = headline.partition(":")
    words = set(LETTER_RUN.findall(before.lower()))
    return bool(colon) and set(LETTER_RUN.findall(name)) <= words


def _timed_updates(lines: list[str], kinds: LineKinds, cards: list[Card]) -> bool:
    """True when a clock time is all that marks each card (no outlet, byline or date; a
    ``Name: Headline`` prefix is no outlet here) and the page's byline stands above them,
    or most card bodies are full texts, not teasers, unless each card is its own story
    (:func:`_independent_stories`: a news ticker), or the page prints a clock time alone
    over a text with no headline as well (:func:`_untitled_update`): one article's timed
    updates (a live blog), not a listing. A site's own river of stories prints teasers,
    or dates and bylines, and a headline over every story; an aggregator names the
    outlets. A card whose time is a line of its own right over its headline
    (:func:`_time_over_headline`) is a timed update only under the page's byline."""
    if _stamps_over_next(lines, cards) and _under_a_byline(lines, cards[1].region.first_line):
        return True  # the times were read as the last field of the card above each update
    stamped_over = False
    for card in cards:
        title_line = card.title_line
        timed = False
        for f in card.region.fields:
            text = lines[f.line_no][f.start : f.end]
            if f.field in _NOT_CUES or (
                f.field == "outlet"
                and f.line_no == title_line
                and lines[f.line_no][f.end : f.end + 1] == ":"
            ):
                continue
            if f.field != "relative_time" or not CLOCK_TIME.fullmatch(text.strip()):
                return False
            timed = True
        if not timed:
            if not _time_over_headline(lines, kinds, card):
                return False  # (a card no time marks is no timed update)
            stamped_over = True
    if _under_a_byline(lines, cards[0].region.first_line) or _updated_at_first_card(lines, cards):
        return True
    if stamped_over:
        return False  # (times over the headlines of a river's cards, no article's header)
    if _untitled_update(lines, kinds, cards):
        return True
    full = sum(not is_teaser("\n\n".join(lines[i] for i in c.region.body_lines)) for c in cards)
    return 2 * full > len(cards) and not _independent_stories(lines, cards)


def live_update_lines(lines: list[str], cards: list[Card]) -> tuple[int, ...]:
    """The lines of a live page's updates: the run of cards from the first on (from the
    second when the first is the page's own header, its live headline read as a card's)
    that a clock time alone marks (:func:`_update_time`), :data:`MIN_LIVE_UPDATES` or more,
    their times in order (newest first, or oldest first), under a live headline
    (:func:`~analysis.clean.live_labels.is_live_headline`: "Live updates: ...", "EN
    DIRECT - ...") above the first card; () otherwise. The updates are one article's
    entries, each stamped by the story's one desk (no outlet, byline or link of its own);
    the cards after them (readers' comments under their ages, "More from" teasers) are
    the page's chrome. A site's river of stories stamped with clock times stands under a
    section's name, not a live headline.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    cards : list of Card
        The page's cards, in page order.

    Returns
    -------
    tuple of int
        The updates' lines, sorted: each card's headline, its time's line and its text.
    """
    run: list[Card] = []
    times: list[tuple[int, int]] = []
    # the page's own header (its live headline over its byline and date) read as a card
    header = bool(cards) and is_live_headline(lines[cards[0].title_line])
    for card in cards[header:]:
        time = _update_time(lines, card)
        if time is None:
            break
        run.append(card)
        times.append(time)
    if len(run) < MIN_LIVE_UPDATES or times not in (sorted(times), sorted(times, reverse=True)):
        return ()
    top = run[0].region.first_line
    if not any(not is_bullet(lines[i]) and is_live_headline(lines[i]) for i in range(top)):
        return ()
    return tuple(
        sorted(
            {card.title_line for card in run}
            | {f.line_no for card in run for f in card.region.fields if f.field != "category"}
            | {i for card in run for i in card.region.body_lines}
        )
    )


def _update_time(lines: list[str], card: Card) -> tuple[int, int] | None:
    """The hour and minutes of the clock time that alone marks the card (one
    ``relative_time`` field, a clock time: :data:`~analysis.clean.card_lines.CLOCK_TIME`),
    None when another cue marks it (an outlet, a byline, a date, a relative age). An
    outlet read on the time's own line is the update's heading after its time ("11:15
    a.m. — Schools close early" under a one-sentence paragraph read as a headline)."""
    cues = [f for f in card.region.fields if f.field not in _NOT_CUES]
    stamps = [f for f in cues if f.field == "relative_time"]
    if len(stamps) != 1:
        return None
    stamp = stamps[0]
    if any(f is not stamp and (f.field != "outlet" or f.line_no != stamp.line_no) for f in cues):
        return None
    text = lines[stamp.line_no][stamp.start : stamp.end].strip()
    return clock_hour_minute(text) if CLOCK_TIME.fullmatch(text) else None


def _updated_at_first_card(lines: list[str], cards: list[Card]) -> bool:
    """True when a line above the first card prints a date with the clock time that
    marks that card (``Updated: 4 December 2026 16:45`` in the page's header, ``16:45``
    over the first update): the page was last updated when its newest entry was posted,
    a live page's header over its updates. A river of a site's stories prints the day's
    date over its cards, or the time the page was saved, not its first card's time."""
    first = cards[0]
    times = {
        lines[f.line_no][f.start : f.end].strip()
        for f in first.region.fields
        if f.field == "relative_time"
    }
    times = {t for t in times if CLOCK_TIME.fullmatch(t)}
    return any(
        find_date_span(lines[i]) is not None
        and any(m.group().strip() in times for m in CLOCK_TIME.finditer(lines[i]))
        for i in range(first.region.first_line)
    )


def _stamps_over_next(lines: list[str], cards: list[Card]) -> bool:
    """True when every card ends with a clock time alone on its last line and every card
    but the first is marked by that time only: a live blog's updates stamped over their
    headings (``11:52`` / ``Schools closed`` / its text), each time read as the last
    field of the card above it, the page's own header (its headline, byline and date)
    read as the first card."""
    for k, card in enumerate(cards):
        last = card.region.last_line
        if CLOCK_TIME.fullmatch(lines[last].strip()) is None:
            return False
        cues = [f for f in card.region.fields if f.field not in _NOT_CUES]
        if not any(f.field == "relative_time" and f.line_no == last for f in cues):
            return False
        if k and any(f.field != "relative_time" or f.line_no != last for f in cues):
            return False
    return len(cards) > 1


def _time_over_headline(lines: list[str], kinds: LineKinds, card: Card) -> bool:
    """True when a clock time alone is the line shown right over the card's headline
    (blank lines between them or not): a live page's update stamped over its heading
    (``11:42`` / ``Trains delayed`` / its text), the time a line of its own above the
    card rather than a field of it."""
    above = next(
        (i for i in range(card.region.first_line - 1, -1, -1) if kinds.known(i) != "blank"),
        None,
    )
    return above is not None and CLOCK_TIME.fullmatch(lines[above].strip()) is not None


def _independent_stories(lines: list[str], cards: list[Card]) -> bool:
    """True when no card's headline shares a content word (:func:`content_words`) with
    another card's headline or text: a news ticker's items, each its own story
    ("17:45 – Clinic short of nurses", "15:10 – Christmas market opens"). A live blog's
    updates follow one story, and their headings and texts repeat its names and its
    subject."""
    headlines = [content_words(_headline(lines, card)) for card in cards]
    texts = [
        headlines[k] | content_words(" ".join(lines[i] for i in card.region.body_lines))
        for k, card in enumerate(cards)
    ]
    return not any(
        headlines[k] & texts[other]
        for k in range(len(cards))
        for other in range(len(cards))
        if other != k
    )


def _headline(lines: list[str], card: Card) -> str:
    """The card's headline without the fields its line also holds (its time)."""
    return next(
        (
            lines[f.line_no][f.start : f.end]
            for f in card.region.fields
            if f.field == "title" and f.line_no == card.title_line
        ),
        lines[card.title_line],
    )


def _story_over_a_box(lines: list[str], kinds: LineKinds, cards: list[Card]) -> bool:
    """True when the first card is the page's own story and the others a box of teasers
    under a heading of its own: the first card prints a full text (two paragraphs or more
    from its headline to the box's heading), the box's heading is a line of its own
    between it and the second card ("Related", "You may also like", in any language: no
    word list), and the other cards, of one shape, print teasers; and either the first
    card names its author (:func:`_names_its_author`) in a shape that is not the box's,
    or its own text is a whole story (:data:`WHOLE_STORY_PARAGRAPHS` paragraphs or more)
    over a box whose teasers are a line each (a press release over "Other releases" printed in
    its own header's shape, with no author). A listing's cards are alike (a site's lead
    story printed whole over a heading is read as its article, whose box the teasers
    are); a topic page's lead card prints a teaser or two paragraphs, and a river's
    full story among teasers stands under no heading of its own over them."""
    story, box = cards[0], cards[1:]
    if len({card.shape for card in box}) != 1:
        return False
    top = box[0].region.first_line
    heading = next(
        (i for i in range(top - 1, story.title_line, -1) if kinds.known(i) != "blank"), None
    )
    if heading is None or heading in story.region.body_lines:
        return False
    if kinds[heading] not in {"label", "title", "cue"}:
        return False
    paragraphs = sum(kinds.known(i) == "prose" for i in range(story.title_line + 1, heading))
    if paragraphs < 2 or not all(
        is_teaser("\n\n".join(lines[i] for i in card.region.body_lines)) for card in box
    ):
        return False
    if _names_its_author(story, box) and box[0].shape != story.shape:
        return True
    # its own text (the lines between it and the heading may be cards the split missed)
    own = sum(kinds.known(i) == "prose" for i in story.region.body_lines)
    return own >= WHOLE_STORY_PARAGRAPHS and all(len(card.region.body_lines) == 1 for card in box)


def _names_its_author(story: Card, box: list[Card]) -> bool:
    """Whether the page's story (the first card) names its author: a byline, or a name
    line read as an outlet (a name the page's byline words do not mark, "Farhana
    Islam" under the headline) where no card of the ``box`` prints one."""
    return "byline" in story.cues or (
        "outlet" in story.cues and not any("outlet" in card.cues for card in box)
    )


def _promos_in_the_story(lines: list[str], cards: list[Card]) -> bool:
    """True when every card but the first opens under a related-story label alone on its
    line ("Also Read", "Read also", "Baca juga":
    :data:`~analysis.clean.header_lines.RELATED_LABEL`) right over its headline, and the
    first does not: promos of other stories set between the paragraphs of the page's own
    story, each with its headline, date and teaser, as an Indian paper prints them. A
    listing labels none of its cards so, or all of them."""
    first, promos = cards[0], cards[1:]

    def labelled(card: Card) -> bool:
        return card.title_line > 0 and RELATED_LABEL.match(lines[card.title_line - 1]) is not None

    return not labelled(first) and all(map(labelled, promos))


def _stamps_dating_no_card(lines: list[str], kinds: LineKinds, cards: list[Card]) -> int:
    """The stamp lines (a date or a clock time alone: :func:`is_stamp_line`) from the
    first card on that stand between two texts: no card's field, right under a paragraph
    (the next non-blank line above is prose or a card's text) and over no card (the next
    non-blank line under it is no card's headline or field). A listing's dates are its
    cards' (a card's date line is read as its field, or stands under its headline or
    byline), and a date archive's day heads the day's cards; a timeline or a live blog
    prints a date or a time between every two entries, and only the entries under a
    subhead look like cards (the subhead read as a headline over its date): the other
    entries' stamps date no card. Lines the reader blanked (a comment section's) are
    not counted."""
    heads = {f.line_no for card in cards for f in card.region.fields}
    heads.update(card.title_line for card in cards)
    texts = {i for card in cards for i in card.region.body_lines}
    shown = [i for i in range(cards[0].region.first_line, len(lines)) if kinds.known(i) != "blank"]
    return sum(
        1
        for above, line, below in zip(shown[:-1], shown[1:], [*shown[2:], None], strict=True)
        if line not in heads
        and below not in heads
        and is_stamp_line(lines[line].strip())
        and (above in texts or kinds[above] == "prose")
    )


def _untitled_update(lines: list[str], kinds: LineKinds, cards: list[Card]) -> bool:
    """True when, from the first card on, a clock time alone (as each card's) stands
    right under a text and right over a paragraph that is no card's: a live blog's update
    printed without a headline, its time over its text. A listing's stories each have a
    headline (a time under a card's text and over the next card is that card's or the
    next's field, or heads the next card's headline)."""
    heads = {f.line_no for card in cards for f in card.region.fields}
    heads.update(card.title_line for card in cards)
    texts = {i for card in cards for i in card.region.body_lines}
    shown = [i for i in range(cards[0].region.first_line, len(lines)) if kinds.known(i) != "blank"]
    return any(
        line not in heads
        and below not in heads
        and below not in texts
        and CLOCK_TIME.fullmatch(lines[line].strip()) is not None
        and (above in texts or kinds[above] == "prose")
        and kinds[below] == "prose"
        for above, line, below in zip(shown[:-1], shown[1:], shown[2:], strict=False)
    )


def _under_a_byline(lines: list[str], top: int) -> bool:
    """True when a byline line ("By Jane Smith") stands above line ``top`` (the first
    card), or the header block at the page's top names one author
    (:func:`~analysis.clean.scraper_header.header_byline`: a clipper's front matter,
    ``author: Jane Smith``, over one saved article): the page opens with an article's
    own header, its headline and its author, and cards a clock time alone marks are
    that article's updates, one paragraph each or longer. A listing prints its stories'
    bylines in the cards, not above them."""
    byline = header_byline(lines)
    return byline_above(lines, 0, top) or (byline is not None and byline[0] < top)


def _page_body(
    lines: list[str], kinds: LineKinds, detected_body: Callable[[], Sequence[int]] | None
) -> Sequence[int]:
    """The page's body lines (analysis.clean.body), read with its drawn rule lines
    (``* * *``, ``----``) as blank lines, as the cards are: a page that prints a rule
    between every two blocks is read as one printed with blank lines."""
    if any(line.strip()[:1] in RULE_MARKS and is_rule_line(line.strip()) for line in lines):
        return body_line_indices(["" if is_rule_line(line.strip()) else line for line in lines])
    return detected_body() if detected_body is not None else body_line_indices(lines)


def _numbered_sections(lines: list[str], body: Sequence[int], cards: list[Card]) -> bool:
    """True when :data:`~analysis.clean.body.numbered_sections.MIN_SECTIONS` or more
    cards' headlines are body lines of the page numbered 1, 2, 3 ... in page order, under
    a body line (the lede) that is no card's: analysis.clean.body reads a listicle's
    numbered headings under its lede as its sections
    (:mod:`analysis.clean.body.numbered_sections`). A "Most read" list's ranked
    headlines stand under its label, no lede."""
    in_body = set(body)
    titles = {card.title_line for card in cards}
    # the cards' numbered headlines, and a numbered heading a card's text holds (a
    # listicle's item under a "Read also" line read as one more card's headline)
    ranked = [
        (i, int(number.group(1)))
        for i in sorted(in_body)
        if (number := SECTION_NUMBER.match(lines[i])) is not None
        and (i in titles or _numbered_heading(lines[i]))
    ]
    ranks = [rank for _, rank in ranked]
    if len(ranks) < MIN_SECTIONS or ranks != list(range(1, len(ranks) + 1)):
        return False
    above = ranked[0][0] - 1
    while above >= 0 and (not lines[above].strip() or is_rule_line(lines[above].strip())):
        above -= 1
    in_cards = {i for card in cards for i in range(card.region.first_line, card.title_line + 1)}
    return above in in_body and above not in in_cards


def _numbered_heading(line: str) -> bool:
    """A numbered line of a heading's length ("4. Pawon Simbah"): at most
    :data:`~analysis.clean.body.rules.HEADING_MAX_WORDS` words after its number, closing
    no sentence."""
    text = line.strip()
    return count_words(text) - 1 <= HEADING_MAX_WORDS and text[-1:] not in ".!?;:。！？"


def _opens_with_article(lines: list[str], body: Sequence[int], cards: list[Card]) -> bool:
    """True when :data:`~analysis.clean.card_blocks.MIN_CARDS` or more paragraphs of the
    page's body (analysis.clean.body) come before the first card: the page opens with
    its own article, and the cards below are its sections (an interview's questions over
    the answers, the people it profiles one by one, a numbered argument). A listing's
    cards start under its chrome: a heading, a menu, one line of introduction. A line
    shaped like a heading (:func:`~analysis.clean.header_lines.is_heading_like`:
    "Corrections published in the last 30 days" over the list) is no paragraph, though
    the detector may read it as body."""
    top = cards[0].region.first_line
    return sum(i < top and not is_heading_like(lines[i]) for i in body) >= MIN_CARDS


def _topic_introduction(lines: list[str], body: Sequence[int], cards: list[Card]) -> bool:
    """True when the page's body outside the cards (analysis.clean.body) is one
    paragraph above the first card and no line above that card prints a date: a topic
    page's introduction ("The suspension bridge at ... opened in 2023 ...") over its
    dated cards, not an article of its own, which prints its date in its header (or a
    paragraph more)."""
    top = cards[0].region.first_line
    inside = {i for card in cards for i in card.region.body_lines}
    outside = [i for i in body if i not in inside]
    return (
        len(outside) == 1
        and outside[0] < top
        and any(card.cues & _TIME_CUES for card in cards)
        and not any(find_date_span(lines[i]) for i in range(top))
    )


def _outside_body_ratio(lines: list[str], body: Sequence[int], cards: list[Card]) -> float:
    """Characters of the ``body`` lines (found by analysis.clean.body) outside the cards,
    over the characters of the card bodies."""
    inside = {i for card in cards for i in card.region.body_lines}
    outside = sum(len(lines[i]) for i in body if i not in inside)
    return outside / max(1, sum(card.body_chars for card in cards))


def stamped_headlines(lines: Sequence[str], body: Collection[int]) -> list[int]:
    """The headlines of a live blog's updates that the body misses: each line right under
    a clock time printed alone (``18:40``) and right over a body line, itself no body,
    no clock time and no sentence (blank lines between them or not). The first update,
    or one whose card the card reader did not make, keeps its time over its headline
    over its text as the others do; its headline is the update's as theirs are.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body : collection of int
        The live blog's body lines (its updates' texts and headlines found so far).

    Returns
    -------
    list of int
        The headline lines, in page order.
    """
    found = []
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for k in range(len(nonblank) - 2):
        stamp, headline, text = nonblank[k : k + 3]
        if (
            CLOCK_TIME.fullmatch(lines[stamp].strip())
            and headline not in body
            and text in body
            and not CLOCK_TIME.fullmatch(lines[headline].strip())
            and not _ENDS_SENTENCE.search(lines[headline])
        ):
            found.append(headline)
    return found


# A line closing a sentence (a full stop, a question or exclamation mark, closing marks
# after it): no headline.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")

"""Listing pages: pages that stack several articles as cards, and how to split them.

Reads one page's lines; returns one :class:`ArticleRegion` per card (the segmenter,
:mod:`analysis.clean.segment`, turns them into blocks). No layout is assumed: a card is
found from the page's own regularity.

1. Every line gets a kind (:mod:`analysis.clean.card_lines`): prose, title, meta, label, …
2. A *body run* is a stretch of prose lines, blank lines between them allowed, and a
   short label between two prose lines ("Ad" inside a body) bridged.
3. Each run's *header* is the headline line nearest above it (not farther than
   :data:`MAX_HEADER_LINES` non-blank lines, no prose between) with the non-blank,
   non-prose lines around it up to the run; its *trailer* the non-prose lines directly
   after the run (no blank line between: "Read more", ``Outlet | 3h ago``).
4. A run is a card when its header has a headline and a card cue (an outlet, a time or
   date, a byline, a rank number, a short name line) and no paid-content marker. A
   run without a headline continues the card above it when only blank lines separate
   them; otherwise it is page chrome (an intro, a cookie banner, a comment).
5. A page is a listing when it has at least :data:`MIN_CARDS` cards whose headers have
   the same *shape* (the sequence of line kinds from the headline to the body, and the
   meta lines of the trailer), each sharing a cue kind (outlet, time, byline…) with
   another card, and the page is not one article with look-alike chrome:

   - when one card holds :data:`DOMINANT_SHARE` of the card text and its shape is not
     the shape of the other cards, the others are the article's related box;
   - when the body that :mod:`analysis.clean.body` finds outside the cards outweighs
     the card bodies (:data:`MAX_OUTSIDE_BODY_RATIO`), the page's own article lies
     outside them and they are comments, teasers or promos around it;
   - when the cards' name lines are an interview's speakers or a panel's authors
     (each also written in the page's text or opening its card's headline); when a
     clock time alone marks each card and the bodies are full texts (a live blog's
     updates).

Teasers (:func:`is_teaser`): a card's body cut short (ending in an ellipsis) or a
single paragraph of at most :data:`MAX_TEASER_WORDS` words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from analysis.clean.body import body_line_indices
from analysis.clean.card_fields import (
    CardHeader,
    author_for,
    card_header,
    holds_headline,
    is_name_line,
    meta_fields,
    normalized,
)
from analysis.clean.card_lines import (
    CLOCK_TIME,
    COMMENTS_HEADING,
    MAX_TITLE_WORDS,
    SOURCE_CUE,
    SPONSORED_CUES,
    LineKinds,
)
from analysis.clean.page_metadata import FieldSpan, line_value_span
from analysis.text import LETTER_RUN, RULE_MARKS, count_words, is_rule_line

#: Non-blank lines above a body run within which its headline must sit.
MAX_HEADER_LINES = 6
#: Minimum number of cards of one shape for a listing page.
MIN_CARDS = 2
#: Share of all card body characters above which one card may be the page's own article.
DOMINANT_SHARE = 0.6
#: Most characters of the page's article body (analysis.clean.body) outside the cards,
#: per character of card body, for a listing.
MAX_OUTSIDE_BODY_RATIO = 1.0
#: Words of a single-paragraph body up to which it is a teaser or snippet.
MAX_TEASER_WORDS = 90
#: Most lines of a card's trailer.
MAX_TRAILER_LINES = 3
#: Most meta or name lines (byline, time, outlet) between a sentence-shaped headline and its body.
MAX_META_LINES = 3
#: Words of a meta line that also holds the headline.
ONE_LINE_HEADER_WORDS = 6
#: Most words of a short line bridged inside a body run.
MAX_BRIDGED_WORDS = 3

# Fields that are no card cue.
_NOT_CUES = frozenset({"title", "title_repeat", "category"})
# Kinds that close a card's header block upward.
_CLOSED = frozenset({"blank", "prose", "masthead"})
# Kinds of the lines under a card's body that may close it.
_TRAILER_KINDS = frozenset({"meta", "cue", "label", "sponsored", "title"})
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(more…?\))[\"'”’)\]]*\s*$")


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


@dataclass(frozen=True)
class _Card:
    region: ArticleRegion
    shape: tuple[str, ...]
    body_chars: int
    cues: frozenset[str]
    title: str


def find_cards(
    lines: Sequence[str], detected_body: Callable[[], Sequence[int]] | None = None
) -> list[ArticleRegion]:
    """Return the article cards of a listing page, in page order ([] if not a listing).

    Parameters
    ----------
    lines : sequence of str
        The page's lines (no line endings).
    detected_body : callable, optional
        Returns the page's body lines as analysis.clean.body finds them (default: that
        detector). A caller that may need them too passes a memoized one, so that a page
        whose cards are rejected for the body outside them runs the detector once.

    Returns
    -------
    list of ArticleRegion
        One per card; empty when the page is not a listing page.
    """
    lines = list(lines)
    # Kinds are worked out as read: blank or prose for every line, the rest of a kind
    # only around the body runs (card_lines.LineKinds).
    kinds = LineKinds(lines)
    # Cards end where the comment section starts: at a comment count that does not
    # close a body (a count right under a card's text, "57 Comments", is card chrome).
    stop = next(
        (
            i
            for i, line in enumerate(lines)
            if COMMENTS_HEADING.match(line) and not _comment_count_under_body(lines, kinds, i)
        ),
        len(lines),
    )
    for i in range(stop, len(lines)):
        kinds[i] = "blank"
    _sentence_headlines(lines, kinds)
    _trailer_headlines(lines, kinds)
    # The page's first line is its masthead (site name, logo), never a card's.
    first = next((i for i in range(len(kinds)) if kinds.known(i) != "blank"), None)
    if first is not None:
        kinds[first] = "masthead"
    runs = _body_runs(lines, kinds)
    headers_first = _headers_first(lines, kinds, runs)
    cards = _cards(lines, kinds, runs, headers_first=headers_first)
    if sections := _menu_sections(lines, kinds, cards):
        # a card's name line that the page's own menu lists is its section, not its outlet
        cards = _cards(lines, kinds, runs, sections, headers_first)
    if _outlets_above(kinds, cards):
        cards = _cards(lines, kinds, runs, sections, headers_first, outlets_above=True)
    if len(cards) < MIN_CARDS:
        return []
    cards = _bylines_by_place(lines, kinds, cards)
    shape, n_shape = Counter(card.shape for card in cards).most_common(1)[0]
    largest = max(cards, key=lambda card: card.body_chars)
    total = sum(card.body_chars for card in cards)
    if largest.body_chars > DOMINANT_SHARE * total and largest.shape != shape:
        return []  # one article and a box of look-alike cards (related stories)
    # A card shares a cue with another card: a heading and its intro do not. Cards
    # name different articles: a headline on several "cards" is a repeated caption.
    titles = Counter(card.title for card in cards)
    cards = [
        c
        for c in cards
        if titles[c.title] == 1 and any(c.cues & o.cues for o in cards if o is not c)
    ]
    if len(cards) < MIN_CARDS or n_shape < MIN_CARDS:
        return []
    if _names_of_the_text(lines, kinds, cards):
        return []  # an interview's speakers or a panel's authors: one article
    if _timed_updates(lines, cards):
        return []  # a live blog's updates: one article
    body = _page_body(lines, kinds, detected_body)
    if _outside_body_ratio(lines, body, cards) > MAX_OUTSIDE_BODY_RATIO:
        return []  # the page's own article lies outside the cards: they are its chrome
    return [card.region for card in cards]


def _outlets_above(kinds: LineKinds, cards: list[_Card]) -> bool:
    """True when most cards, :data:`MIN_CARDS` or more, take their outlet from a name
    line above the headline: that is where the page prints its outlets, so a card's
    ``1. X: Title`` reads X as part of its headline when such a line is there."""
    above = sum(
        any(
            f.field == "outlet" and f.line_no < _title_line(card) and kinds[f.line_no] != "meta"
            for f in card.region.fields
        )
        for card in cards
    )
    return above >= MIN_CARDS and 2 * above > len(cards)


def _bylines_by_place(lines: list[str], kinds: LineKinds, cards: list[_Card]) -> list[_Card]:
    """A bare name printed where other cards print their byline is a byline too.

    On an outlet's own section page, ``By Jane Doe`` under one headline and ``John Roe``
    under the next: the place under the headline (the line offset from the title) is the
    byline's on this page, so the bare name is the author, not the card's outlet (the
    page's site then is). Aggregators that print the outlet and the byline on separate
    lines keep their outlet: its place is not the byline's.
    """
    places = {
        f.line_no - _title_line(card)
        for card in cards
        for f in card.region.fields
        if f.field == "byline" and not _holds_outlet(card, f.line_no)
    }
    out = []
    for card in cards:
        fields = card.region.fields
        title_line = _title_line(card)
        if not any(f.field == "byline" for f in fields):
            fields = tuple(
                replace(f, field="byline")
                if f.field == "outlet"
                and f.line_no != title_line
                and f.line_no - title_line in places
                and kinds[f.line_no] in {"label", "title"}
                else f
                for f in fields
            )
        out.append(replace(card, region=replace(card.region, fields=fields)))
    return out


def _menu_sections(lines: list[str], kinds: LineKinds, cards: list[_Card]) -> frozenset[str]:
    """The names the page's menu lists (bullets outside the cards, ``  • Politics``): the
    site's own sections, when a card's outlet is one of them; else none."""
    outlets = {
        normalized(lines[f.line_no][f.start : f.end])
        for card in cards
        for f in card.region.fields
        if f.field == "outlet"
    }
    if not outlets:
        return frozenset()  # no menu name can be an outlet: the menu is not read
    inside = {i for card in cards for i in range(card.region.first_line, card.region.last_line + 1)}
    menu = {
        normalized(lines[i][slice(*line_value_span(lines[i]))])
        for i in range(len(lines))
        if i not in inside and kinds.known(i) == "bullet"
    }
    return frozenset(menu) if menu & outlets else frozenset()


def _names_of_the_text(lines: list[str], kinds: LineKinds, cards: list[_Card]) -> bool:
    """True when every card is marked by a bare name line only, each name also written
    in the page's running text or opening the card's own headline (``Name: Headline``):
    an interview's speakers, an op-ed panel's authors. An aggregator's outlets are not
    all named in its text."""
    names = []
    for card in cards:
        cues = [f for f in card.region.fields if f.field not in _NOT_CUES]
        if len(cues) != 1 or cues[0].field != "outlet" or kinds[cues[0].line_no] == "meta":
            return False
        name = lines[cues[0].line_no][cues[0].start : cues[0].end].lower()
        if not _opens_headline(name, lines[_title_line(card)]):
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


def _timed_updates(lines: list[str], cards: list[_Card]) -> bool:
    """True when a clock time is all that marks each card (no outlet, byline or date; a
    ``Name: Headline`` prefix is no outlet here) and most card bodies are full texts, not
    teasers: one article's timed updates (a live blog), not a listing. A site's own river
    of stories prints teasers, or dates and bylines; an aggregator names the outlets."""
    for card in cards:
        title_line = _title_line(card)
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
    full = sum(not is_teaser("\n\n".join(lines[i] for i in c.region.body_lines)) for c in cards)
    return 2 * full > len(cards)


def _holds_outlet(card: _Card, line_no: int) -> bool:
    return any(f.field == "outlet" and f.line_no == line_no for f in card.region.fields)


def _title_line(card: _Card) -> int:
    return next(f.line_no for f in card.region.fields if f.field == "title")


def _page_body(
    lines: list[str], kinds: LineKinds, detected_body: Callable[[], Sequence[int]] | None
) -> Sequence[int]:
    """The page's body lines (analysis.clean.body), read with its drawn rule lines
    (``* * *``, ``----``) as blank lines, as the cards are: a page that prints a rule
    between every two blocks is read as one printed with blank lines."""
    if any(line.strip()[:1] in RULE_MARKS and is_rule_line(line.strip()) for line in lines):
        return body_line_indices(["" if is_rule_line(line.strip()) else line for line in lines])
    return detected_body() if detected_body is not None else body_line_indices(lines)


def _outside_body_ratio(lines: list[str], body: Sequence[int], cards: list[_Card]) -> float:
    """Characters of the ``body`` lines (found by analysis.clean.body) outside the cards,
    over the characters of the card bodies."""
    inside = {i for card in cards for i in card.region.body_lines}
    outside = sum(len(lines[i]) for i in body if i not in inside)
    return outside / max(1, sum(card.body_chars for card in cards))


def is_listing(lines: Sequence[str]) -> bool:
    """True when the page stacks at least :data:`MIN_CARDS` article cards."""
    return bool(find_cards(lines))


def is_teaser(body: str) -> bool:
    """True for a card body that is a teaser or snippet, not the full article.

    Parameters
    ----------
    body : str
        The card's body, paragraphs separated by a blank line.

    Returns
    -------
    bool
        The body ends in an ellipsis, or is a single paragraph of at most
        :data:`MAX_TEASER_WORDS` words.
    """
    text = body.strip()
    if not text:
        return False
    if _ELLIPSIS_END.search(text):
        return True
    return "\n" not in text and count_words(text) <= MAX_TEASER_WORDS


def _sentence_headlines(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, sentence-shaped headlines ("Set in. Don't succumb.") as titles.

    A prose line is a headline when a blank line (or the page's start) is above it, or
    a kicker (a short label line with a blank line or the page's start above it), a
    meta line or a name line right under it (then meta or name lines,
    :data:`MAX_META_LINES` in all, one of them a meta line: ``Jane Doe`` over
    ``09/29/2016``), and body text after them.
    """
    for i in range(len(kinds)):
        if kinds.known(i) != "prose" or count_words(lines[i]) > MAX_TITLE_WORDS:
            continue
        if (
            (i > 0 and kinds.known(i - 1) != "blank" and not _kicker_above(lines, kinds, i))
            or i + 1 >= len(kinds)
            or not _opens_header(lines, kinds, i + 1)
        ):
            continue
        meta_end = i + 1  # a byline, a time, an outlet name line under it: one header
        limit = min(len(kinds), i + 1 + MAX_META_LINES)
        while meta_end < limit and kinds[meta_end] in {"meta", "label"}:
            meta_end += 1
        if not any(kinds[j] == "meta" for j in range(i + 1, meta_end)):
            continue  # a name line alone under it (a byline without its date) is no header
        after = next((j for j in range(meta_end, len(kinds)) if kinds.known(j) != "blank"), None)
        if after is not None and kinds.known(after) == "prose":
            kinds[i] = "title"
    _packed_sentence_headlines(lines, kinds)


def _packed_sentence_headlines(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, sentence-shaped headlines printed right under the card above
    (no blank line) as titles: a prose line of at most :data:`MAX_TITLE_WORDS` words
    under a non-blank line, over a meta line naming an outlet and a time and over body
    text, when the page prints that meta line's form (the same fields) under
    :data:`MIN_CARDS` or more headline-shaped lines: the page's card header, here
    opened by a headline that reads as a sentence."""
    candidates = {}
    for i in range(1, len(kinds) - 2):
        if (
            kinds.known(i) == "prose"
            and kinds.known(i - 1) != "blank"
            and kinds.known(i + 1) not in {"blank", "prose"}
            and kinds.known(i + 2) == "prose"
            and count_words(lines[i]) <= MAX_TITLE_WORDS
            and (form := _outlet_time_form(lines, kinds, i + 1))
        ):
            candidates[i] = form
    if not candidates:
        return
    headed = Counter(
        form
        for j in range(len(kinds) - 1)
        if kinds.known(j) not in {"blank", "prose"}
        and kinds[j] == "title"
        and kinds.known(j + 1) not in {"blank", "prose"}
        and (form := _outlet_time_form(lines, kinds, j + 1))
    )
    for i, form in candidates.items():
        if headed[form] >= MIN_CARDS:
            kinds[i] = "title"


def _outlet_time_form(lines: list[str], kinds: LineKinds, i: int) -> frozenset[str] | None:
    """The fields of a meta line that names an outlet and a time or date (a card's
    ``Outlet · 3h ago``), else None."""
    if kinds[i] != "meta":
        return None
    fields = frozenset(f.field for f in meta_fields(i, lines[i]))
    return fields if "outlet" in fields and fields & {"relative_time", "published"} else None


def _opens_header(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """True when line ``i``, right under a sentence-shaped line, may open a headline's
    header: a meta line, or a name line (a byline printed without "By")."""
    return kinds[i] == "meta" or (kinds[i] == "label" and is_name_line(lines[i]))


def _trailer_headlines(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, sentence-shaped headlines of cards that print their meta line
    after the body ("Bolton: ‘Vote for Her – Not Indicted, Yet!’", body, ``Outlet |
    19h ago``) as titles.

    A *trailer block* is a headline-shaped line or a prose line of at most
    :data:`MAX_TITLE_WORDS` words with a blank line, the page's start or a kicker above
    it (or the meta line closing the card above), body text right under it, and a meta
    line right under the body that no body text follows. When the page has
    :data:`MIN_CARDS` or more of them, that is its layout, and the prose lines opening
    them are headlines.
    """
    blocks, sentences = 0, []
    for i in range(len(kinds) - 1):
        if kinds.known(i + 1) != "prose" or kinds.known(i) == "blank":
            continue
        if (
            i > 0
            and kinds.known(i - 1) != "blank"
            and not _closes_body(kinds, i - 1)
            and not _kicker_above(lines, kinds, i)
        ):
            continue
        j = i + 1
        while j < len(kinds) and kinds.known(j) == "prose":
            j += 1
        if j == len(kinds) or kinds[j] != "meta":
            continue
        if j + 1 < len(kinds) and kinds.known(j + 1) == "prose":
            continue  # a meta line over body text opens a card, it closes none
        if kinds.known(i) == "prose":
            if count_words(lines[i]) <= MAX_TITLE_WORDS:
                blocks += 1
                sentences.append(i)
        elif kinds[i] == "title":
            blocks += 1
    if blocks >= MIN_CARDS:
        for i in sentences:
            kinds[i] = "title"


def _closes_body(kinds: LineKinds, i: int) -> bool:
    """True when line ``i`` is a meta line right under body text (the card above's)."""
    return i > 0 and kinds.known(i - 1) == "prose" and kinds[i] == "meta"


def _kicker_above(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """True when the lines above line ``i`` are one or two labels opening their block
    (``Politics`` above a headline; a section and a kicker, ``World`` over
    ``ELECTIONS``): a blank line, the page's start or the card above's comment count
    (``164 Comments`` right under its text, :func:`_comment_count_under_body`) above
    them."""
    for top in (i - 1, i - 2):
        if top < 0 or kinds[top] != "label":
            return False
        if top == 0 or kinds.known(top - 1) == "blank":
            return True
        if _comment_count_under_body(lines, kinds, top - 1):
            return True
    return False


def _comment_count_under_body(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """True when line ``i`` is a comment count right under body text: the card above's
    last line (a count that follows no text heads a comment section instead)."""
    return i > 0 and kinds.known(i - 1) == "prose" and COMMENTS_HEADING.match(lines[i]) is not None


def _body_runs(lines: list[str], kinds: LineKinds) -> list[list[int]]:
    """Stretches of prose lines (blank lines and bridged short labels between them)."""
    runs: list[list[int]] = []
    current: list[int] = []
    pending: list[int] = []  # short non-prose lines waiting for prose to bridge them
    for i in range(len(kinds)):
        kind = kinds.known(i)
        if kind == "blank":
            continue
        if kind == "prose":
            if current and pending and _bridgeable(lines, kinds, pending):
                # a quote's introduction is body text; captions and ads are not
                current += [j for j in pending if _quote_introduction(lines, kinds, j)]
                pending = []
            elif current and pending:
                runs.append(current)
                current = []
            current.append(i)
            pending = []
        elif current:
            pending.append(i)
            if len(pending) > 1:
                runs.append(current)
                current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _bridgeable(lines: list[str], kinds: LineKinds, pending: list[int]) -> bool:
    return all(
        kinds[i] == "caption"
        or (kinds[i] in {"label", "sponsored"} and count_words(lines[i]) <= MAX_BRIDGED_WORDS)
        or _quote_introduction(lines, kinds, i)
        for i in pending
    )


def _quote_introduction(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """``Name writes:`` between two prose lines, no blank line around it: the body
    introducing a quotation, not a card's ``Outlet reports:`` line."""
    match = SOURCE_CUE.match(lines[i])
    return (
        match is not None
        and match.group("name2") is not None
        and 0 < i < len(lines) - 1
        and kinds.known(i - 1) == "prose"
        and kinds.known(i + 1) == "prose"
    )


def _headers_first(lines: list[str], kinds: LineKinds, runs: list[list[int]]) -> bool:
    """Whether the lines between two cards printed without a blank line open the next
    card rather than close the one above.

    ``Body / 14:05 | Outlet / Headline / Body``: the time line closes the card above
    (a trailer) or opens the next (a header). The page's own regularity decides: the
    reading whose cards share one shape more often (then: more cards) wins; on a tie,
    and on pages whose cards are set apart by blank lines, the trailer reading. The
    layout must recur: at least :data:`MIN_CARDS` runs with a headline right under them
    (one subhead printed under a paragraph is an article's, not a layout).
    """
    if sum(_touches_headline(lines, kinds, run[-1]) for run in runs) < MIN_CARDS:
        return False
    trailers_first = _cards(lines, kinds, runs)
    headers = _cards(lines, kinds, runs, headers_first=True)
    return _regularity(headers) > _regularity(trailers_first)


def _regularity(cards: list[_Card]) -> tuple[int, int]:
    """Cards of the most common shape, then all cards."""
    if not cards:
        return (0, 0)
    return Counter(card.shape for card in cards).most_common(1)[0][1], len(cards)


def _touches_headline(lines: list[str], kinds: LineKinds, run_end: int) -> bool:
    """True when the non-prose lines right under a run (no blank line between) hold a
    headline-shaped line: the next card may start there."""
    i = run_end + 1
    while i < len(kinds) and kinds[i] in _TRAILER_KINDS:
        if _holds_headline(lines, kinds, i):
            return True
        i += 1
    return False


def _holds_headline(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """A headline-shaped line, a meta line holding a headline too (a one-line header
    whose parts besides the time are two or more: outlet and headline), or a one- or
    two-word headline over its outlet's meta line (:func:`_short_headline`)."""
    return (
        kinds[i] == "title"
        or (_one_line_header(lines, kinds, i) and holds_headline(lines[i]))
        or _short_headline(lines, kinds, i, len(kinds))
    )


def _ad_slot(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """A bare paid-content marker (``ADVERTISEMENT``, ``Sponsored Content``: the marker's
    words and nothing else, no sponsor named) right under a card's body: between cards
    printed without blank lines, an ad's place, marking neither card."""
    marker = SPONSORED_CUES.match(lines[i])
    return (
        marker is not None
        and not LETTER_RUN.search(lines[i], marker.end())
        and i > 0
        and kinds.known(i - 1) == "prose"
    )


def _cards(
    lines: list[str],
    kinds: LineKinds,
    runs: list[list[int]],
    sections: frozenset[str] = frozenset(),
    headers_first: bool = False,
    outlets_above: bool = False,
) -> list[_Card]:
    """Cards from body runs: a run with a headline header, or a continuation.

    ``headers_first``: the lines under a run that reach down to a headline (no blank
    line between) are the next card's header, but for link labels ("Read more").
    ``outlets_above``: the page prints its outlets on a name line above the headline
    (:func:`_outlets_above`; analysis.clean.card_fields.card_header).
    """
    cards: list[_Card] = []
    bound = -1  # last line taken by the previous run or its trailer
    previous_card_end = -2
    closed = False  # the previous card's trailer holds a link label: its text ends there
    for run in runs:
        trailer = _trailer(lines, kinds, run[-1])
        if headers_first and _touches_headline(lines, kinds, run[-1]):
            trailer = trailer[: next((k for k, j in enumerate(trailer) if kinds[j] != "cue"), None)]
        header = _header(lines, kinds, bound, run[0])
        end = trailer[-1] if trailer else run[-1]
        if header is None:
            gap = [i for i in range(bound + 1, run[0]) if kinds.known(i) != "blank"]
            if cards and not gap and previous_card_end == bound and not closed:
                cards[-1] = _extend(cards[-1], lines, run, end)
                closed = _link_label_at(kinds, trailer) < len(trailer)
                previous_card_end = end
            bound = end
            continue
        title_line, others = header
        # a paid-content marker under the card's link label marks the next slot, not it
        paid = [
            i
            for i in [*others, *trailer[: _link_label_at(kinds, trailer)]]
            if kinds[i] == "sponsored"
        ]
        # a bare marker between two blocks printed without a blank line: an ad's place
        paid = [
            i
            for i in paid
            if not _ad_slot(lines, kinds, i)
            or not (headers_first or (i + 1 < len(kinds) and kinds.known(i + 1) != "blank"))
        ]
        if paid:
            bound = end
            continue
        found = card_header(lines, kinds, title_line, others, trailer, sections, outlets_above)
        if not found.has_cue:
            bound = end
            continue
        first = min([title_line, *others])
        region = ArticleRegion(first, end, tuple(run), found.fields)
        shape = tuple(_shape_kind(kinds, found, i) for i in sorted({title_line, *others}))
        after = [_shape_kind(kinds, found, i) for i in trailer if kinds[i] == "meta"]
        shape = (*shape, "|", *after)
        body_chars = sum(len(lines[i]) for i in run)
        title = normalized(lines[title_line])
        cards.append(_Card(region, _collapse(shape), body_chars, _cues(found, title_line), title))
        bound = previous_card_end = end
        closed = _link_label_at(kinds, trailer) < len(trailer)
    return cards


def _link_label_at(kinds: LineKinds, trailer: list[int]) -> int:
    """Where the first link label ("Read more") of a card's trailer is (its length when
    none): the card's text ends there, so nothing after it (a paid-content marker, an
    untitled paragraph) is the card's."""
    return next((k for k, i in enumerate(trailer) if kinds[i] == "cue"), len(trailer))


def _cues(found: CardHeader, title_line: int) -> frozenset[str]:
    """What marks a card: its metadata fields, and whether the headline line holds one."""
    return frozenset(
        f.field + ("@title" if f.line_no == title_line else "")
        for f in found.fields
        if f.field not in {"title", "title_repeat"}
    )


def _header(
    lines: list[str], kinds: LineKinds, bound: int, run_start: int
) -> tuple[int, list[int]] | None:
    """The headline line above a run and the header lines around it, or None."""
    # (a kind not known yet is neither blank nor masthead)
    above = [i for i in range(bound + 1, run_start) if kinds.known(i) not in {"blank", "masthead"}]
    above = above[::-1]
    above = above[:MAX_HEADER_LINES]
    titles = [i for i in above if kinds[i] == "title"]
    block = [i for i in titles if titles and _same_block(kinds, i, titles[0])]
    # A headline, not a name line (an outlet printed in Title Case next to it), nor
    # "Author for Outlet" under the headline.
    title_line = next(
        (
            i
            for i in block
            if not is_name_line(lines[i]) and not (i != block[-1] and author_for(lines[i]))
        ),
        None,
    )
    if title_line is None and titles:
        title_line = titles[0]
    if title_line is None:
        # A headline of one or two words ("Quiet Mischief") right above a meta
        # line that names the card's outlet.
        title_line = next((i for i in above if _short_headline(lines, kinds, i, run_start)), None)
    if title_line is None:
        title_line = next((i for i in above if _one_line_header(lines, kinds, i)), None)
    if title_line is None:
        return None
    others = [i for i in above if i > title_line]
    # The headline printed again higher up (image alt, link) opens the card there.
    key = normalized(lines[title_line])
    repeats = [i for i in above if i < title_line and normalized(lines[i]) == key]
    top = min([title_line, *repeats])
    others += [i for i in above if top <= i < title_line]
    # Lines right above the card's top (no blank line between) belong to the card too.
    i = top - 1
    while i > bound and kinds.known(i) not in _CLOSED and top - i <= MAX_HEADER_LINES:
        others.append(i)
        i -= 1
    return title_line, sorted(others)


def _short_headline(lines: list[str], kinds: LineKinds, i: int, run_start: int) -> bool:
    """A label line right above meta lines (a byline first, maybe: :data:`MAX_META_LINES`
    in all) one of which names the card's outlet: a headline of one or two words."""
    if kinds[i] != "label":
        return False
    end = min(run_start, i + 1 + MAX_META_LINES)
    j = i + 1
    while j < end and kinds[j] == "meta":
        if _one_line_header(lines, kinds, j):
            return False  # the meta line holds the headline itself; the label is a kicker
        if any(f.field == "outlet" for f in meta_fields(j, lines[j])):
            return True
        j += 1
    return False


def _same_block(kinds: LineKinds, i: int, j: int) -> bool:
    """True when no blank line separates lines ``i`` and ``j``."""
    return all(kinds.known(k) != "blank" for k in range(min(i, j), max(i, j) + 1))


def _one_line_header(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """A meta line long enough to hold a headline too (``Outlet — Title — 3h ago``)."""
    return kinds[i] == "meta" and count_words(lines[i]) >= ONE_LINE_HEADER_WORDS


def _trailer(lines: list[str], kinds: LineKinds, run_end: int) -> list[int]:
    """Non-prose lines directly under a run's last line ("Read more", ``Outlet | 3h``).

    Meta, cue and label lines join the trailer; a headline-shaped line ("Flag as
    irrelevant", or a meta line holding a headline) only when a blank line or the page's
    end closes the trailer and no body text follows that blank line, so that the next
    card's headline, printed right under the body, stays the next card's.
    """
    trailer = []
    i = run_end + 1
    while i < len(kinds) and kinds[i] in _TRAILER_KINDS:
        trailer.append(i)
        i += 1
    closed = i == len(kinds) or kinds[i] == "blank"
    # ... and not when body text follows that blank line: the headline and what is
    # under it are then the next card's header (cards printed without a blank line).
    after = next((j for j in range(i, len(kinds)) if kinds.known(j) != "blank"), None)
    if after is not None and kinds.known(after) == "prose":
        closed = False
    if not closed or len(trailer) > MAX_TRAILER_LINES:
        trailer = trailer[
            : next((k for k, j in enumerate(trailer) if _holds_headline(lines, kinds, j)), None)
        ]
    return trailer


def _extend(card: _Card, lines: list[str], run: list[int], end: int) -> _Card:
    region = card.region
    grown = ArticleRegion(region.first_line, end, (*region.body_lines, *run), region.fields)
    body_chars = card.body_chars + sum(len(lines[i]) for i in run)
    return _Card(grown, card.shape, body_chars, card.cues, card.title)


def _shape_kind(kinds: LineKinds, found: CardHeader, i: int) -> str:
    """A line's kind, meta lines told apart by the fields they hold; a name line that
    holds the card's outlet is ``name:outlet`` whether its words make it a label or a
    title ("Washington Post" and "The New York Times" are one role)."""
    held = sorted({f.field for f in found.fields if f.line_no == i})
    if kinds[i] in {"label", "title"} and held == ["outlet"]:
        return "name:outlet"
    if kinds[i] != "meta":
        return kinds[i]
    return "meta:" + "+".join(held)


def _collapse(shape: tuple[str, ...]) -> tuple[str, ...]:
    """Collapse runs of the same kind (a headline printed twice is one headline)."""
    out: list[str] = []
    for kind in shape:
        if not out or out[-1] != kind:
            out.append(kind)
    return tuple(out)

"""Cards from body runs: each run's header above it and trailer under it, and its shape.

Each run's *header* is the headline line nearest above it (not farther than
:data:`MAX_HEADER_LINES` non-blank lines, no prose between) with the non-blank,
non-prose lines around it up to the run; its *trailer* the non-prose lines directly
after the run (no blank line between: "Read more", ``Outlet | 3h ago``). A run is a card
when its header has a headline and a card cue (an outlet, a time or date, a byline, a
rank number, a short name line) and no paid-content marker. A run without a headline
continues the card above it when only blank lines separate them; otherwise it is page
chrome (an intro, a cookie banner, a comment).

A card's *shape* is the sequence of line kinds from the headline to the body, and the
meta lines of the trailer: a listing's cards share one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.ad_labels import is_ad_label
from analysis.clean.bylines import is_person_name
from analysis.clean.card_data import STARS_OPENING, is_card_datum
from analysis.clean.card_fields import (
    CardHeader,
    author_for,
    card_header,
    holds_headline,
    is_name_line,
    leading_time,
    meta_fields,
    normalized,
    signature_line,
)
from analysis.clean.card_lines import (
    SPONSORED_CUES,
    LineKinds,
    dated_headline,
    find_time,
)
from analysis.clean.dates import DATE_LABEL
from analysis.clean.day_headings import is_clock_time
from analysis.clean.header_lines import RELATED_LINK
from analysis.clean.page_metadata import FieldSpan
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN, count_words

#: Non-blank lines above a body run within which its headline must sit.
MAX_HEADER_LINES = 6
#: Minimum number of cards of one shape for a listing page.
MIN_CARDS = 2
#: Most lines of a card's trailer.
MAX_TRAILER_LINES = 3
#: Most meta or name lines (byline, time, outlet) between a sentence-shaped headline and its body.
MAX_META_LINES = 3
#: Words of a meta line that also holds the headline.
ONE_LINE_HEADER_WORDS = 6
#: The cue kind of a card marked only by its headline over its body (a listing of
#: headlines and teasers alone), whose words the page's cards, judged together, must
#: repeat in their own bodies (analysis.clean.listing_lookalikes).
ECHO_CUE = "echo"

# Kinds that close a card's header block upward.
_CLOSED = frozenset({"blank", "prose", "masthead"})
# Kinds of a name line (an outlet's, printed alone over a card's date).
_NAME_LINE_KINDS = frozenset({"title", "label"})
# Kinds of the lines of a card's footer printed one a block (card_blocks._spaced_trailer).
_SPACED_TRAILER_KINDS = frozenset({"meta", "label", "cue"})
# Of those, the kinds of a control's or a label's line ("Share", "Read more"): a footer of
# them closing on a clock time alone names no author or day of the card above.
_CONTROL_KINDS = frozenset({"label", "cue"})
# Kinds of the lines under a card's body that may close it.
_TRAILER_KINDS = frozenset({"meta", "cue", "label", "sponsored", "title"})


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
class Card:
    """A card found on the page: its region, its shape, the characters of its body, the
    kinds of cue that mark it (``byline``, ``outlet@title``: held by the headline line)
    and its headline as compared (card_fields.normalized)."""

    region: ArticleRegion
    shape: tuple[str, ...]
    body_chars: int
    cues: frozenset[str]
    title: str

    @property
    def title_line(self) -> int:
        """The line of the card's headline."""
        return next(f.line_no for f in self.region.fields if f.field == "title")


def cards_from_runs(
    lines: list[str],
    kinds: LineKinds,
    runs: list[list[int]],
    sections: frozenset[str] = frozenset(),
    headers_first: bool = False,
    echo: bool = False,
    names: frozenset[str] = frozenset(),
    colon_outlets: bool = True,
    dash_outlets: bool = True,
) -> list[Card]:
    """Cards from body runs: a run with a headline header, or a continuation.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    runs : list of list of int
        The page's body runs (analysis.clean.card_runs.body_runs).
    sections : frozenset of str, optional
        The site's section names: a card's name line among them is its section.
    headers_first : bool, optional
        The lines under a run that reach down to a headline (no blank line between) are
        the next card's header, but for link labels ("Read more")
        (:func:`reads_headers_first`).
    echo : bool, optional
        A headline over a body run marks a card with no other cue (cue kind ``echo``): a
        listing of headlines and teasers alone, whose headlines' words the cards, judged
        together, must repeat in their own teasers
        (:func:`analysis.clean.listing_lookalikes.one_article`).
    names : frozenset of str, optional
        Names the page prints where its cards print their outlets: a card's name line
        among them names its outlet (:func:`~analysis.clean.card_fields.card_header`).
    colon_outlets : bool, optional
        Whether a ranked headline's ``X: `` prefix may name the card's outlet
        (:func:`~analysis.clean.card_fields.card_header`).
    dash_outlets : bool, optional
        Whether a headline's ``X — `` prefix may name the card's outlet (same).

    Returns
    -------
    list of Card
        In page order; a run without a headline grows the card above it. A date or
        time line one blank line under a run (:func:`_detached_trailers`) is its card's
        trailer when every card of that reading has one there (the first aside:
        :func:`_trailers_close`) and the last one opens no
        story under it (:func:`_opens_next_story`: a live blog's times open its updates);
        else a date one blank line above every card (:func:`_date_above`, a day's
        heading) is its header.
    """
    roles = (sections, names, colon_outlets, dash_outlets)
    cards = _read(lines, kinds, runs, roles, headers_first, echo, {})
    if (shape := _footer_under_last(cards)) is not None:
        bare = _read(lines, kinds, runs, roles, headers_first, echo, {}, bare_last=True)
        if len(bare) == len(cards) and bare[-1].shape == shape:
            cards = bare
    # the page's dates open its cards (a date over the first card: a live page's times
    # over its updates), so no footer under a card closes it
    dated_first = _dated_first_card(lines, kinds, runs)
    detached = _detached_trailers(lines, kinds, runs, dated_first)
    if len(detached) >= MIN_CARDS:
        # a footer closes its card when the next headline opens under each
        closing = not dated_first and _headline_under_footers(lines, kinds, runs, detached)
        joined = _read(lines, kinds, runs, roles, headers_first, echo, detached, closing=closing)
        taken = {trailer[-1] for trailer in detached.values()}
        if (
            joined
            and len(joined) >= len(cards)
            and _trailers_close(
                joined,
                taken,
                [lines[trailer[-1]] for trailer in detached.values()],
                last_aside=_last_aside(lines, kinds, joined),
            )
            and (
                _closed_by_footer(lines, detached, joined[-1].region.last_line)
                or not _opens_next_story(lines, kinds, runs, joined[-1].region.last_line)
            )
        ):
            if joined[-1].region.last_line not in taken and joined[0].region.last_line in taken:
                return joined[:-1]  # the page's closing lines, no card (_trailers_close)
            return joined
        # the lines between the cards open the cards under them (a day's heading)
        headed = _read(lines, kinds, runs, roles, headers_first, echo, {}, headed=True)
        if (
            headed
            and len(headed) >= len(cards)
            and all(
                _date_above(lines, kinds, card.region.first_line + 2) is not None for card in headed
            )
        ):
            return headed
    return cards


def _trailers_close(
    cards: list[Card], taken: set[int], trailers: list[str], last_aside: bool = False
) -> bool:
    """True when every card ends on a detached trailer line of ``taken``, the first card
    aside when it alone has none: the page's own headline, byline and intro over the
    cards (a roundup's "Compiled by the desk" lead, then items each closed by its
    "Source: PAPER" line), which no item's trailer closes. The other cards, two at least
    (:data:`MIN_CARDS`), still all end on theirs, and their ``trailers`` open with one
    label: items closed alike (a chat's day heading and a sender's time line under two
    messages are no such items). The last card alone may have none when its shape is
    not the others' (``last_aside``, :func:`_last_aside`): the page's closing lines (a
    pager, a newsletter box, a ranking) read as a card."""
    closed = [card.region.last_line in taken for card in cards]
    if all(closed):
        return True
    if len(closed) > MIN_CARDS and last_aside and all(closed[:-1]):
        return True
    labels = {line.split(maxsplit=1)[0].casefold() for line in trailers if line.split()}
    return len(closed) > MIN_CARDS and all(closed[1:]) and len(labels) == 1


def _last_aside(lines: list[str], kinds: LineKinds, cards: list[Card]) -> bool:
    """Whether the last of ``cards`` is the page's closing lines read as a card
    (:func:`_trailers_close`), by how the other cards close:

    - each on a single trailer line (a date): the last card is headed unlike the cards
      above it, which are all headed alike (:func:`_box_under`: a ranking's heading, a
      members-only notice under a list of dated cards);
    - all on footers printed one block a line (:func:`_spaced_trailer`), no date one
      blank line over the first card: the last card's shape is none of theirs (a pager,
      a newsletter box under bylined cards). A date over the first card opens the cards
      under it instead (a live page's times over its updates; a day's heading, a single
      line, over each card of an archive);
    - a mix of both: no list closed alike, nothing set aside.
    """
    spaced = [
        _spaced_trailer(lines, kinds, card.region.body_lines[-1] + 2) is not None
        for card in cards[:-1]
    ]
    if not any(spaced):
        return _box_under(cards)
    if not all(spaced) or _date_above(lines, kinds, cards[0].region.first_line) is not None:
        return False
    return cards[-1].shape not in {card.shape for card in cards[:-1]}


def _header_shape(card: Card) -> tuple[str, ...]:
    """The kinds of ``card``'s header lines, its shape up to its body."""
    return card.shape[: card.shape.index("|")] if "|" in card.shape else card.shape


def _box_under(cards: list[Card]) -> bool:
    """True when the last of ``cards`` is headed unlike the cards above it, which are
    all headed alike: a box under the list (a ranking's heading over its items, a
    sidebar) read as a card, not the list's last card. A list's last card headed as the
    others are, with nothing under its text, is no such box: its cards' meta lines open
    them (a date over each headline), and the list is read so."""
    above = {_header_shape(card) for card in cards[:-1]}
    return len(above) == 1 and _header_shape(cards[-1]) not in above


def _footer_under_last(cards: list[Card]) -> tuple[str, ...] | None:
    """The shape of the cards above the last one when only the last card prints lines
    under its text, the cards above it none, :data:`MIN_CARDS` or more of them of that
    one shape; else None. The lines right under the last card are then the page's
    closing lines (its share and listen controls, ``Share · Listen (4 min)``), which,
    read as that card's meta line after its text, would give it their name as its
    outlet: :func:`cards_from_runs` reads it again without them, and keeps it so when it
    then has the other cards' shape."""
    above = cards[:-1]
    if not above or cards[-1].shape[-1] == "|" or any(c.shape[-1] != "|" for c in above):
        return None
    shape, n = Counter(card.shape for card in above).most_common(1)[0]
    return shape if n >= MIN_CARDS else None


def _date_above(lines: list[str], kinds: LineKinds, top: int) -> int | None:
    """The line one blank line above line ``top`` (a card's first line) when it holds
    a date or a time (a meta line) with a blank line or the page's start above it: the
    card's date printed apart (a day's heading over the card); else None. A date
    labelled as a change (:func:`_update_stamp`, ``Aktualisiert: 07.12.2026``) is no
    such line: the list's own stamp, printed once over its first card."""
    j = top - 2
    if (
        j >= 0
        and kinds.known(top - 1) == "blank"
        and kinds[j] == "meta"
        and find_time(lines[j])
        and (j == 0 or kinds.known(j - 1) == "blank")
        and not _update_stamp(lines[j])
    ):
        return j
    return None


def _closed_by_footer(lines: list[str], detached: dict[int, tuple[int, ...]], line: int) -> bool:
    """Whether the detached trailer ending on ``line`` is a footer of several lines
    printed one block a line (:func:`_spaced_trailer`: an agency's or an author's name,
    then the date, a blank line between): it closes the card above, as a time line under
    a live blog's update need not, alone, right under the update's "Share" control or
    over the next update's "By NAME" (a footer opening with a time:
    :func:`_opens_next_story`)."""
    return any(
        len(trailer) > 1
        and trailer[1] > trailer[0] + 1
        and trailer[-1] == line
        and not find_time(lines[trailer[0]])
        for trailer in detached.values()
    )


def _opens_next_story(lines: list[str], kinds: LineKinds, runs: list[list[int]], line: int) -> bool:
    """True when the next run's headline follows the meta ``line`` (the last card's
    detached trailer) one blank line under it, or under meta lines set so: the meta
    lines open the stories under them (a live blog's timed updates, the last update left
    without a time under it), not close the ones above, whose last one a listing's date
    would close (a wider gap under it ends the card)."""
    following = next((run for run in runs if run[0] > line), None)
    header = following and _header(lines, kinds, line, following[0])
    return (
        bool(header)
        and kinds.known(line + 2) != "blank"
        and all(kinds.known(i) in {"blank", "meta"} for i in range(line + 1, header[0]))
    )


def _detached_trailers(
    lines: list[str], kinds: LineKinds, runs: list[list[int]], dated_first: bool = False
) -> dict[int, tuple[int, ...]]:
    """Run end -> the meta line (a date, a time, a byline) one blank line under it, with
    a blank line or the page's end under that line (so it opens no next card), or, under
    the last run, any line (the page's footer printed right under the last card's meta
    line, "© 2026 Site": no body run follows, so no card opens there). A link label
    ("Read more", a card's button) right over that meta line is the trailer's too: a
    card's footer printed under its button; and so is a name line right over it (an
    aggregator's card printing its outlet over its date). A footer of several lines
    (:func:`_spaced_trailer`) is read only when the page's dates do not open its cards
    (``dated_first``, :func:`_dated_first_card`)."""
    found, tight = {}, {}
    for run in runs:
        j = run[-1] + 2
        if j >= len(kinds) or kinds.known(j - 1) != "blank":
            continue
        if not dated_first and (spaced := _spaced_trailer(lines, kinds, j)) is not None:
            found[run[-1]] = spaced
            continue
        trailer = (j,)
        if (
            j + 1 < len(kinds)
            and kinds[j + 1] == "meta"
            and (kinds[j] == "cue" or (kinds[j] in _NAME_LINE_KINDS and is_name_line(lines[j])))
        ):
            trailer, j = (j, j + 1), j + 1
        if kinds[j] == "meta":
            if j + 1 == len(kinds) or kinds.known(j + 1) == "blank" or run is runs[-1]:
                found[run[-1]] = trailer
            else:
                tight[run[-1]] = trailer
    if tight and runs and runs[-1][-1] in found and len(found) + len(tight) == len(runs):
        # every run has its meta line one blank line under it, the last one too (under
        # which no card opens): each closes the card above, though the next headline
        # follows it with no blank line (a list's items: "<li>Title / text / date</li>")
        found.update(tight)
    return found


def _headline_under_footers(
    lines: list[str], kinds: LineKinds, runs: list[list[int]], detached: dict[int, tuple[int, ...]]
) -> bool:
    """Whether the next card's headline opens under each detached footer but the last
    (:func:`_detached_trailers`): the footers close the cards over them. A run with no
    headline under each (a teaser under a date line that opens its card: the date line
    then is the card's header, its headline read as text) is no list closed by footers."""
    ends = sorted(trailer[-1] for trailer in detached.values())[:-1]
    for end in ends:
        following = next((run for run in runs if run[0] > end), None)
        if following is None or _header(lines, kinds, end, following[0]) is None:
            return False
    return bool(ends)


def _dated_first_card(lines: list[str], kinds: LineKinds, runs: list[list[int]]) -> bool:
    """Whether the first run with a headline over it has a date one blank line above its
    header (:func:`_date_above`): the page's dates open the cards under them (a wire's
    '12/04/2026 09:00 ET' over each release, a live page's times), so the meta lines
    under a card's text are no footer of several lines (:func:`_spaced_trailer`)."""
    bound = -1
    for run in runs:
        if (header := _header(lines, kinds, bound, run[0])) is not None:
            title_line, others = header
            return _date_above(lines, kinds, min([title_line, *others])) is not None
        bound = run[-1]
    return False


def _update_stamp(text: str) -> bool:
    """Whether ``text`` is a date labelled as a change (``Aktualisiert: 07.12.2026``,
    ``Updated Dec 7``: :data:`~analysis.clean.dates.DATE_LABEL`'s "update" words): the
    time the list was last refreshed, printed once over it, not a card's date opening
    the card under it (a wire's or a live page's stamps over their items print the
    time bare)."""
    label = DATE_LABEL.match(text.strip())
    return label is not None and label.group("update") is not None


def _spaced_trailer(lines: list[str], kinds: LineKinds, j: int) -> tuple[int, ...] | None:
    """The lines of a card's footer printed one block a line from line ``j`` down, a
    blank line between each (a text dump of the page's blocks: ``By NAME`` or the name
    alone, then the date, under the teaser), or None.

    Each line stands alone between blank lines and is a meta, name or link-label line
    (an author's name of three words, headline-shaped, too), or a datum of the card
    stepped over (a rating, a price, ticker chips, one under the other or not:
    :func:`~analysis.clean.card_data.is_card_datum`). They end at the last meta line
    before :data:`MAX_TRAILER_LINES` + 1 lines, a prose line, a headline-shaped line or
    two blank lines, and hold two lines or more, or one under data lines (one meta line
    alone is :func:`_detached_trailers`' single trailer): the card's byline and its date,
    which read one by one would give the date to the card under it as a line over its
    headline.
    """
    chain: list[int] = []
    data = 0  # the card's data lines stepped over
    while j < len(kinds) and len(chain) <= MAX_TRAILER_LINES and data <= MAX_TRAILER_LINES:
        while j + 1 < len(kinds) and is_card_datum(lines[j]) and is_card_datum(lines[j + 1]):
            j += 1  # data lines one under the other ("AAPL +1.2%" / "TSM +0.8%")
            data += 1
        if j + 1 < len(kinds) and kinds.known(j + 1) != "blank":
            break
        if is_card_datum(lines[j]):
            data += 1
        elif kinds[j] in _SPACED_TRAILER_KINDS or (
            kinds[j] == "title" and is_person_name(lines[j].split())
        ):
            chain.append(j)
        else:
            break
        j += 2
    while chain and kinds[chain[-1]] != "meta":
        chain.pop()
    if not chain or len(chain) > MAX_TRAILER_LINES or (len(chain) < 2 and not data):
        return None
    if is_clock_time(lines[chain[-1]]) and all(kinds[k] in _CONTROL_KINDS for k in chain[:-1]):
        return None  # a live page's "Share" under an update, the next update's time over it
    return tuple(chain)


def _spaced(trailer: list[int], run_end: int) -> bool:
    """Whether a card's ``trailer`` is a footer :func:`_spaced_trailer` read: lines a
    blank line apart, or under the card's data lines (more than one blank line under the
    text at ``run_end``)."""
    return bool(trailer) and (
        trailer[0] > run_end + 2 or (len(trailer) > 1 and trailer[1] > trailer[0] + 1)
    )


def _read(
    lines: list[str],
    kinds: LineKinds,
    runs: list[list[int]],
    roles: tuple[frozenset[str], frozenset[str], bool, bool],
    headers_first: bool,
    echo: bool,
    detached: dict[int, tuple[int, ...]],
    headed: bool = False,
    bare_last: bool = False,
    closing: bool = False,
) -> list[Card]:
    """:func:`cards_from_runs`' reading, a run's trailer its ``detached`` line when the run
    has no trailer of its own, a card's header the date one blank line above it
    (:func:`_date_above`) when ``headed``, the last run without a trailer when
    ``bare_last`` (:func:`_footer_under_last`), a card closed by its ``detached`` line
    when ``closing`` (the text under it, no headline over it, is none of the card's: a
    disclaimer, a box under the list); ``roles``: its ``sections``, ``names``,
    ``colon_outlets`` and ``dash_outlets``."""
    cards: list[Card] = []
    bound = -1  # last line taken by the previous run or its trailer
    previous_card_end = -2
    closed = False  # the previous card's trailer holds a link label: its text ends there
    for run in runs:
        trailer = _trailer(lines, kinds, run[-1]) or list(detached.get(run[-1], ()))
        if bare_last and run is runs[-1]:
            trailer = []
        if headers_first and _touches_headline(lines, kinds, run[-1]):
            trailer = trailer[: next((k for k, j in enumerate(trailer) if kinds[j] != "cue"), None)]
        header = _header(lines, kinds, bound, run[0])
        end = trailer[-1] if trailer else run[-1]
        if header is None:
            gap = [
                i
                for i in range(bound + 1, run[0])
                if kinds.known(i) != "blank" and not _story_promo(lines, kinds, i)
            ]
            if cards and not gap and previous_card_end == bound and not closed:
                cards[-1] = _extend(cards[-1], lines, run, end)
                closed = _closes_text(lines, kinds, trailer)
                previous_card_end = end
            bound = end
            continue
        title_line, others = header
        above = _date_above(lines, kinds, min([title_line, *others])) if headed else None
        if above is not None and above > bound:
            others = [*others, above]
        # a paid-content marker under the card's link label marks the next slot, not it
        paid = [
            i
            for i in [*others, *trailer[: _link_label_at(kinds, trailer)]]
            if kinds[i] == "sponsored"
        ]
        paid = [
            i
            for i in paid
            if not _ad_place(lines, kinds, i, headers_first) and not _slot_under(lines, trailer, i)
        ]
        if paid:
            bound = end
            continue
        found = _card_header(lines, kinds, title_line, others, trailer, roles)
        # a search result's date opening its snippet ("3 Δεκ 2026 — ..."): the card's own
        leading = frozenset(
            f.field for f in leading_time(run[0], lines[run[0]]) if f.field != "body"
        )
        echoed = echo and not found.has_cue and not leading
        if not found.has_cue and not leading and not echoed:
            bound = end
            continue
        first = min([title_line, *others])
        region = ArticleRegion(first, end, tuple(run), found.fields)
        shape = tuple(_shape_kind(kinds, found, i) for i in sorted({title_line, *others}))
        after = [_shape_kind(kinds, found, i) for i in trailer if kinds[i] == "meta"]
        shape = (*shape, "|", *after)
        body_chars = sum(len(lines[i]) for i in run)
        title = normalized(lines[title_line])
        cues = _cues(found, title_line) | leading | ({ECHO_CUE} if echoed else set())
        cards.append(Card(region, _collapse(shape), body_chars, cues, title))
        bound = previous_card_end = end
        # a footer printed one block a line under the text, or under its data lines,
        # closes it (_spaced_trailer)
        closed = (
            _closes_text(lines, kinds, trailer)
            or _spaced(trailer, run[-1])
            or (closing and bool(trailer) and tuple(trailer) == detached.get(run[-1]))
        )
    return cards


def _card_header(
    lines: list[str],
    kinds: LineKinds,
    title_line: int,
    others: list[int],
    trailer: list[int],
    roles: tuple[frozenset[str], frozenset[str], bool, bool],
) -> CardHeader:
    """:func:`~analysis.clean.card_fields.card_header`, worked out once per page for its
    lines and their kinds (it reads no other kind) and the ``roles``: the page's
    readings (masthead or not, echo cue or not, roles) share most cards."""
    header_lines = (title_line, *others, *trailer)
    key = (header_lines, len(others), tuple(kinds[i] for i in header_lines), roles)
    found = kinds.readings.get(key)
    if found is None:
        found = kinds.readings[key] = card_header(lines, kinds, title_line, others, trailer, *roles)
    return found  # type: ignore[return-value]


def content_words(text: str) -> set[str]:
    """The text's words that are not function words (:data:`~analysis.stopwords.FUNCTION_WORDS`),
    case folded.

    Parameters
    ----------
    text : str
        A headline or a card's body.

    Returns
    -------
    set of str
        Its letter runs with their combining marks (a Hindi word whole:
        :data:`~analysis.text.patterns.LETTER_RUN`), case folded, without function
        words.
    """
    return {w for w in LETTER_RUN.findall(text.casefold()) if w not in FUNCTION_WORDS}


def shared_vocabulary(texts: Sequence[str]) -> float:
    """How much vocabulary texts share: the mean, over the texts, of the share of each
    one's content words (:func:`content_words`) found in any of the others.

    One story's paragraphs repeat its names and its subject; independent cards (quotes,
    teasers) share little beyond a topic word.

    Parameters
    ----------
    texts : sequence of str
        Two texts or more (paragraphs, card bodies).

    Returns
    -------
    float
        From 0 (no word shared) to 1 (every content word in another text); 0 for fewer
        than two texts.
    """
    if len(texts) < 2:
        return 0.0
    words = [content_words(text) for text in texts]
    seen = Counter(word for text_words in words for word in text_words)
    shares = [
        sum(seen[word] > 1 for word in text_words) / len(text_words) if text_words else 0.0
        for text_words in words
    ]
    return sum(shares) / len(shares)


def reads_headers_first(lines: list[str], kinds: LineKinds, runs: list[list[int]]) -> bool:
    """Whether the lines between two cards printed without a blank line open the next
    card rather than close the one above.

    ``Body / 14:05 | Outlet / Headline / Body``: the time line closes the card above
    (a trailer) or opens the next (a header). The page's own regularity decides: the
    reading whose cards share one shape more often (then: more cards) wins; on a tie,
    and on pages whose cards are set apart by blank lines, the trailer reading. The
    layout must recur: at least :data:`MIN_CARDS` runs with a headline right under them
    (one subhead printed under a paragraph is an article's, not a layout).

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    runs : list of list of int
        The page's body runs.

    Returns
    -------
    bool
        True for the header reading (:func:`cards_from_runs`' ``headers_first``).
    """
    if sum(_touches_headline(lines, kinds, run[-1]) for run in runs) < MIN_CARDS:
        return False
    trailers_first = cards_from_runs(lines, kinds, runs)
    headers = cards_from_runs(lines, kinds, runs, headers_first=True)
    return regularity(headers) > regularity(trailers_first)


def regularity(cards: list[Card]) -> tuple[int, int]:
    """How regular a reading of a page's cards is: the cards of its most common shape,
    then all its cards (compared as a tuple, higher is more regular).

    Parameters
    ----------
    cards : list of Card
        One reading's cards.

    Returns
    -------
    (int, int)
        Cards of the most common shape, cards.
    """
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


def _ad_place(lines: list[str], kinds: LineKinds, i: int, headers_first: bool) -> bool:
    """A bare paid-content marker (:func:`_ad_slot`) between two blocks printed without a
    blank line (the next block right under it, or the page read headers first): an ad's
    place between two cards, marking neither."""
    return _ad_slot(lines, kinds, i) and (
        headers_first or (i + 1 < len(kinds) and kinds.known(i + 1) != "blank")
    )


def _slot_under(lines: list[str], trailer: list[int], i: int) -> bool:
    """Whether line ``i`` is an ad slot's own label (``Advertisement``, ``Anzeige``,
    ``Publicidad``: :func:`~analysis.clean.ad_labels.is_ad_label`, the word alone) in a
    card's trailer, under its text and meta lines: the slot the page sets after the card
    (a rendered page prints it right under the card's date, no blank line between), not
    the card's mark; a paid card is marked over its title or names its sponsor ("Ad ·
    BRAND")."""
    return i in trailer and is_ad_label(lines[i])


def _story_promo(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """Whether line ``i`` is a promo of another story set between two paragraphs ("Read
    also: Headline", "اقرأ أيضا: ...", "Baca juga: ...":
    :data:`~analysis.clean.header_lines.RELATED_LINK`): the story's text goes on under it."""
    return kinds[i] == "cue" and RELATED_LINK.match(lines[i]) is not None


def _closes_text(lines: list[str], kinds: LineKinds, trailer: list[int]) -> bool:
    """Whether a card's trailer holds its own link label ("Read more"), so that its
    text ends there (a promo of another story, :func:`_story_promo`, does not)."""
    return any(kinds[i] == "cue" and not _story_promo(lines, kinds, i) for i in trailer)


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
    """The headline line above a run and the header lines around it, or None; worked out
    once per page for the kinds set (:meth:`~analysis.clean.card_lines.LineKinds.state`):
    the page's readings look for each run's header again."""
    key = ("header", bound, run_start, kinds.state())
    found = kinds.readings.get(key, kinds)  # (kinds: not found; None is an answer)
    if found is kinds:
        found = kinds.readings[key] = _read_header(lines, kinds, bound, run_start)
    return None if found is None else (found[0], list(found[1]))  # type: ignore[index]


def _read_header(
    lines: list[str], kinds: LineKinds, bound: int, run_start: int
) -> tuple[int, list[int]] | None:
    """:func:`_header` worked out. Which lines it reads around the run depends on the
    kinds only (a kind not worked out yet, ``kinds.known(i)`` None, counts as one that
    is neither blank, prose nor masthead, as each is), so its answer too."""
    # (a kind not known yet is neither blank nor masthead)
    if kinds.banner_lines:  # a cookie banner's lines, blank, end the lines a header reads
        bound = max([bound, *(j for j in kinds.banner_lines if j < run_start)])
    above = [i for i in range(bound + 1, run_start) if kinds.known(i) not in {"blank", "masthead"}]
    above = above[::-1]
    above = above[:MAX_HEADER_LINES]
    titles = [i for i in above if kinds[i] == "title"]
    if titles and _timed_headline(lines, kinds, above[0], run_start, titles[0]):
        titles = []  # (a heading over the page's stories, not this card's headline)
    block = [i for i in titles if titles and _same_block(kinds, i, titles[0])]
    # A headline, not a name line (an outlet printed in Title Case next to it), nor
    # "Author for Outlet" under the headline.
    title_line = next(
        (
            i
            for i in block
            if not is_name_line(lines[i])
            and not (i != block[-1] and author_for(lines[i]))
            and not STARS_OPENING.match(lines[i])  # a rating, no headline
        ),
        None,
    )
    if title_line is None and titles:
        title_line = _headline_over_names(lines, kinds, titles, block, run_start) or titles[0]
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
    # Lines right above the card's top (no blank line between) belong to the card too,
    # up to a list of bullets (a menu printed with its list marks: not the card's).
    i = top - 1
    while (
        i > bound
        and kinds.known(i) not in _CLOSED
        and top - i <= MAX_HEADER_LINES
        and not _in_bullet_list(kinds, i)
    ):
        others.append(i)
        i -= 1
    return title_line, sorted(others)


def _in_bullet_list(kinds: LineKinds, i: int) -> bool:
    """Whether line ``i`` is a list item (kind ``bullet``) with another right above or
    under it: a list of two items or more (a menu, a pager, printed with its list marks,
    as resiliparse's ``list_bullets`` prints every ``<li>``) is the page's chrome, while
    one bulleted line over a headline may be its card's kicker."""
    return kinds.known(i) == "bullet" and any(
        0 <= j < len(kinds) and kinds.known(j) == "bullet" for j in (i - 1, i + 1)
    )


def _timed_headline(lines: list[str], kinds: LineKinds, i: int, run_start: int, title: int) -> bool:
    """Whether line ``i``, right above a run, is a ticker's time and headline
    (``17:45 – Clinic short of nurses``: a time opening a meta line before a dash,
    :func:`~analysis.clean.card_fields.leading_time`) with a blank line between it and the
    headline-shaped line ``title`` above: that line heads the page's stories
    ("Newsticker: the day's news"), the time line is this card's headline."""
    return (
        i == run_start - 1
        and _one_line_header(lines, kinds, i)
        and not _same_block(kinds, i, title)
        and (bool(leading_time(i, lines[i])) or dated_headline(lines[i]))
    )


def _headline_over_names(
    lines: list[str], kinds: LineKinds, titles: list[int], block: list[int], run_start: int
) -> int | None:
    """The headline one blank line above a block of name lines only (``The New York
    Times`` over the body: the header of a card printed with a blank line under its
    headline, as a browser's text view or an HTML-to-text tool prints a heading), or
    None. ``titles``: the title lines above the run, nearest first; ``block``: those of
    them in the nearest one's block, every one a name line, and no meta line of that
    block names the card's outlet (``Slate · 18 hours ago`` under ``Is This Real?``:
    the name line is the headline), and that block is the last above the body run
    (starting at ``run_start``). The headline has more words than the name lines (a
    page's heading over a short Title Case headline has not)."""
    if len(titles) == len(block):
        return None
    top = min(block)
    while top > 0 and kinds.known(top - 1) != "blank":
        top -= 1
    # the names' block, one blank line, then the headline's block
    line = titles[len(block)]
    if top < 2 or not _same_block(kinds, line, top - 2) or is_name_line(lines[line]):
        return None
    if count_words(lines[line]) <= max(count_words(lines[i]) for i in block):
        return None  # a heading over a short headline ("Topic: elections" over "Obama Wins")
    end = top
    while end < len(kinds) and kinds.known(end) not in {"blank", "prose"}:
        if kinds[end] == "meta" and any(f.field == "outlet" for f in meta_fields(end, lines[end])):
            return None  # a meta line names the outlet: the name line is the headline
        end += 1
    if any(kinds.known(i) != "blank" for i in range(end, run_start)):
        return None  # more lines under the names (a time): a section's label, no outlet
    return line


def _short_headline(lines: list[str], kinds: LineKinds, i: int, run_start: int) -> bool:
    """A label line right above meta lines (a byline first, maybe: :data:`MAX_META_LINES`
    in all) one of which names the card's outlet: a headline of one or two words."""
    if kinds[i] != "label":
        return False
    j = i + 1
    if j < run_start and kinds.known(j) == "blank":
        j += 1  # (a blank line under the headline, as a browser's text view prints one)
    end = min(run_start, j + MAX_META_LINES)
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
        # (a signature right under the text over a date line signs it: a reader's letter
        # signed "Name, Place", not the next card's headline)
        signed = signature_line(lines, kinds, trailer) is not None
        trailer = trailer[
            : next(
                (
                    k
                    for k, j in enumerate(trailer)
                    if _holds_headline(lines, kinds, j) and not (signed and k == 0)
                ),
                None,
            )
        ]
    return trailer


def _extend(card: Card, lines: list[str], run: list[int], end: int) -> Card:
    region = card.region
    grown = ArticleRegion(region.first_line, end, (*region.body_lines, *run), region.fields)
    body_chars = card.body_chars + sum(len(lines[i]) for i in run)
    return Card(grown, card.shape, body_chars, card.cues, card.title)


#: Fields one place of a card's shape holds alike (:func:`_shape_kind`).
_SHAPE_FIELDS = {"relative_time": "published"}


def _shape_kind(kinds: LineKinds, found: CardHeader, i: int) -> str:
    """A line's kind, meta lines told apart by the fields they hold; a name line that
    holds the card's outlet is ``name:outlet`` whether its words make it a label or a
    title ("Washington Post" and "The New York Times" are one role); a date and a
    relative time hold one field (a river prints "3 hours ago" on its newest cards and
    "Dec 2" on older ones in the same place)."""
    held = sorted({_SHAPE_FIELDS.get(f.field, f.field) for f in found.fields if f.line_no == i})
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

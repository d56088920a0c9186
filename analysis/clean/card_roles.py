"""Cards read with the whole page: the role of the name lines a card header holds.

A name line next to a headline may be the card's outlet, the site's section (the page's
menu lists it, it sits where a listed section sits, every card's name is a common
phrase of the page, or every card's name is one topic word: ``Politik``, ``ESTERI |
3 dicembre``, or a header in a section's form over a run of cards, the cards under it
naming none: ``NEWS`` over two cards) or a byline (where the page prints its bylines):
the page's other cards and its menu decide. A section is the card's ``category``; the
card is then filed under the page's own site (its URL, markup or masthead), not under
its section.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import pairwise

from analysis.clean.bylines import GAELIC_SURNAME_PARTICLES, is_newsroom_name, is_person_name
from analysis.clean.card_blocks import MIN_CARDS, Card, cards_from_runs, reads_headers_first
from analysis.clean.card_fields import (
    is_dash_outlet,
    is_list_item,
    is_name_shaped,
    is_outlet_name,
    name_span,
    normalized,
)
from analysis.clean.card_lines import DOMAIN, SOURCE_CUE, LineKinds
from analysis.clean.header_lines import MENU_MARK, is_label_like, menu_items
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.name_forms import compact_name
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.clean.page_metadata import line_value_span
from analysis.clean.site_candidates import name_words
from analysis.clean.site_features import PageText
from analysis.stopwords import FUNCTION_WORDS, FUNCTION_WORDS_BY_LANGUAGE, function_word_languages
from analysis.text import (
    LETTER_RUN,
    has_unspaced_script,
    is_bullet,
    is_lower_case,
    is_upper_case,
    remembered_across_pages,
    shows_no_case,
)


def read_cards(
    lines: list[str], kinds: LineKinds, runs: list[list[int]], echo: bool = False
) -> list[Card]:
    """The page's cards from its body runs, their name lines read with the whole page.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    runs : list of list of int
        The page's body runs (:func:`analysis.clean.card_runs.body_runs`).
    echo : bool, optional
        Cards marked only by their headline's words in their body count
        (:func:`~analysis.clean.card_blocks.cards_from_runs`).

    Returns
    -------
    list of Card
        In page order: a name line in sentence case where the cards print their
        outlets (:func:`names_by_place`) is the card's outlet; a name line that is one
        of the site's sections (:func:`_menu_sections`) is the card's section, not its
        outlet; a ranked headline's ``X: `` prefix (``3. X: Title``) is its outlet only
        where every card prints one (:func:`_colon_outlets`) and none is a section; a
        bare name where the page prints its bylines is a byline.
    """
    headers_first = reads_headers_first(lines, kinds, runs)
    cards = cards_from_runs(lines, kinds, runs, headers_first=headers_first, echo=echo)
    prefixes = _colon_outlets(lines, cards)
    colon = None not in prefixes or not any(prefixes)
    if not colon:
        # "3. Budget: Council votes" among ranked headlines without a prefix: a kicker
        cards = cards_from_runs(
            lines, kinds, runs, headers_first=headers_first, echo=echo, colon_outlets=False
        )
    if names := names_by_place(lines, kinds, cards):
        # sentence-case names where the cards print their outlets are outlets
        cards = cards_from_runs(
            lines,
            kinds,
            runs,
            headers_first=headers_first,
            echo=echo,
            names=names,
            colon_outlets=colon,
        )
    if sections := _menu_sections(lines, kinds, cards):
        # a card's name line (or its ranked headline's prefix) that is the site's
        # section is no outlet
        colon = colon and not sections.intersection(_colon_outlets(lines, cards))
        cards = cards_from_runs(lines, kinds, runs, sections, headers_first, echo, names, colon)
    if _lone_dash_headline(lines, cards):
        # "X — Title" on one card of several: a headline with a dash, no publisher
        cards = cards_from_runs(
            lines, kinds, runs, sections, headers_first, echo, names, colon, dash_outlets=False
        )
    if len(cards) < MIN_CARDS:
        return cards
    return _without_count_suffixes(lines, _bylines_by_place(lines, kinds, cards))


# A count in brackets closing a headline: its comments ("Council votes (47)"); a year in
# brackets ("Casablanca (1942)") is no count.
_COUNT_SUFFIX = re.compile(r"\s+\((?!(?:19|20)\d\d\))\d{1,6}\)\s*$")


def _without_count_suffixes(lines: list[str], cards: list[Card]) -> list[Card]:
    """``cards`` with the bracketed count that closes every card's headline taken off
    it ("Council votes (47)", "Bridge opens (3)": the comments each card has drawn, a
    figure the site prints after every headline); unchanged when a headline has none."""
    found = []
    for card in cards:
        span = next((f for f in card.region.fields if f.field == "title"), None)
        if span is None:
            return cards
        count = _COUNT_SUFFIX.search(lines[span.line_no], span.start, span.end)
        if count is None or count.end() < span.end:
            return cards
        found.append((span, count.start()))
    return [
        replace(
            card,
            region=replace(
                card.region,
                fields=tuple(
                    replace(field, end=end) if field is span else field
                    for field in card.region.fields
                ),
            ),
        )
        for card, (span, end) in zip(cards, found, strict=True)
    ]


def names_by_place(lines: list[str], kinds: LineKinds, cards: list[Card]) -> frozenset[str]:
    """Names in sentence case printed where the page's cards print a name under the
    headline: the outlet's place of an aggregator in a language that writes a name's
    later words in lower case (``Вечерний курьер``, ``Gazeta wyborcza``), which
    :func:`~analysis.clean.card_fields.is_outlet_name` alone reads as a phrase.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    cards : list of Card
        The page's cards as first read.

    Returns
    -------
    frozenset of str
        The sentence-case names (:func:`~analysis.clean.card_fields.normalized`) on the
        name lines (name-shaped, no field but an outlet read from them) at one place under the
        headline (the same line offset) on more than half of the cards, where the names
        differ from card to card (a link label printed on every card names no one) and
        one of them is printed on two cards or more (an aggregator's outlets recur; a
        short deck under each headline does not). Empty when there are none.
    """
    found: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for card in cards:
        taken = {f.line_no for f in card.region.fields if f.field != "outlet"}
        for i in range(card.title_line + 1, card.region.body_lines[0]):
            if i in taken or kinds[i] not in {"label", "title"}:
                continue
            value = lines[i][slice(*name_span(lines[i]))]
            if is_name_shaped(value):
                found[i - card.title_line].append((normalized(value), not is_outlet_name(value)))
    names: set[str] = set()
    for place in found.values():
        printed = Counter(name for name, _ in place)
        if 2 * len(place) > len(cards) and len(printed) > 1 and max(printed.values()) > 1:
            names.update(name for name, sentence_case in place if sentence_case)
    return frozenset(names)


def _dash_outlets(lines: list[str], cards: list[Card]) -> list[tuple[int, str]]:
    """(headline line, name) of each card naming its outlet by a name a dash sets off its
    headline (``X — Title``, ``Title — X``: :func:`~analysis.clean.card_fields.is_dash_outlet`).

    An aggregator that prints its publishers so prints them on its cards; a site's
    page of its own stories (an infinite scroll's, two full stories) prints a dash in
    one headline ("The Votes Are In — The Media Lost the Election"): one such card of
    several, whose name the page writes on no other line, is a headline's dash
    (:func:`_lone_dash_headline`).
    """
    found = []
    for card in cards:
        title = next(
            (
                (f.start, f.end)
                for f in card.region.fields
                if f.field == "title" and f.line_no == card.title_line
            ),
            None,
        )
        found += [
            (f.line_no, lines[f.line_no][f.start : f.end])
            for f in card.region.fields
            if title is not None
            and f.field == "outlet"
            and f.line_no == card.title_line
            and is_dash_outlet(lines[f.line_no], f, title)
        ]
    return found


def _lone_dash_headline(lines: list[str], cards: list[Card]) -> bool:
    """Whether one card only of several names its outlet by a dash on its headline
    (:func:`_dash_outlets`) and the page writes that name on no other line: a dash in a
    headline, no publisher (a site's own name, "The Example Daily — Morning Brief" over a
    newsletter that signs with it, is written again)."""
    found = _dash_outlets(lines, cards)
    if len(cards) < MIN_CARDS or len(found) != 1:
        return False
    line_no, name = found[0]
    folded = name.casefold()
    return not any(folded in line.casefold() for i, line in enumerate(lines) if i != line_no)


def _colon_outlets(lines: list[str], cards: list[Card]) -> list[str | None]:
    """Per card whose headline is a list item (a rank number leads it:
    :func:`~analysis.clean.card_fields.is_list_item`), the outlet read from its ``X: ``
    prefix (:func:`~analysis.clean.card_fields.normalized`), or None.

    An aggregator's numbered round-up names every card's outlet there; a site's own
    numbered list prints a colon in some headlines only, the headline's kicker or
    speaker (``3. Budget: Council votes``, ``4. Mayor: We will act``).
    """
    return [
        next(
            (
                normalized(lines[f.line_no][f.start : f.end])
                for f in card.region.fields
                if f.field == "outlet"
                and f.line_no == card.title_line
                and lines[f.line_no][f.end : f.end + 1] == ":"
            ),
            None,
        )
        for card in cards
        if is_list_item(lines[card.title_line])
    ]


def _bylines_by_place(lines: list[str], kinds: LineKinds, cards: list[Card]) -> list[Card]:
    """A bare name printed where other cards print their byline is a byline too.

    On an outlet's own section page, ``By Jane Doe`` under one headline and ``John Roe``
    under the next: the place under the headline (the line offset from the title) is the
    byline's on this page, so the bare name is the author, not the card's outlet (the
    page's site then is). Aggregators that print the outlet and the byline on separate
    lines keep their outlet: its place is not the byline's.
    """
    places = {
        f.line_no - card.title_line
        for card in cards
        for f in card.region.fields
        if f.field == "byline" and not _holds_outlet(card, f.line_no)
    }
    out = []
    for card in cards:
        fields = card.region.fields
        title_line = card.title_line
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


def _menu_sections(lines: list[str], kinds: LineKinds, cards: list[Card]) -> frozenset[str]:
    """The site's own sections, when a card's outlet is one of them; else none.

    The page's menu lists them (:func:`_menu_names`; then a name printed where a card
    prints one of them is a section too), or the cards print them: every
    card's outlet a common phrase of the page (each of its words the page also writes
    in lower case: "Politics" over one card, "politics" in a teaser; no cue names it
    as a source) or one topic word (:func:`_topic_labels_only`), so no card names a
    site; or the names head runs of cards (:func:`_section_headers`)."""
    outlets = {
        normalized(lines[f.line_no][f.start : f.end])
        for card in cards
        for f in card.region.fields
        if f.field == "outlet"
    }
    if not outlets:
        return frozenset()  # no menu name can be an outlet: the menu is not read
    menu = _menu_names(lines, kinds, cards)
    if menu & outlets:
        return menu | _names_in_place(lines, cards, menu)
    if (
        _kickers_only(lines, cards)
        or _topic_labels_only(lines, cards)
        or _one_label_phrase(lines, cards)
        or _section_headers(lines, cards)
    ):
        return frozenset(outlets)
    return frozenset()


def _names_in_place(lines: list[str], cards: list[Card], sections: frozenset[str]) -> set[str]:
    """The outlets printed where a card prints a section (the same line offset from its
    headline): the page's other kickers, which its menu leaves out."""
    found = [
        (f.line_no - card.title_line, normalized(lines[f.line_no][f.start : f.end]))
        for card in cards
        for f in card.region.fields
        if f.field == "outlet" and f.line_no != card.title_line
    ]
    places = {place for place, name in found if name in sections}
    return {name for place, name in found if place in places}


def _menu_names(lines: list[str], kinds: LineKinds, cards: list[Card]) -> frozenset[str]:
    """The names the page's menu lists outside the cards: bullets (``  • Politics``),
    the entries of a menu printed on one line (``Home | Politics | Business``:
    :func:`~analysis.clean.header_lines.menu_items`), and, above the first card, a run
    of three short labels or more one a line (``Home`` / ``Politics`` / ``Business``)."""
    inside = {i for card in cards for i in range(card.region.first_line, card.region.last_line + 1)}
    menu = set()
    for i in _bullet_or_menu_lines(lines, kinds):
        if i in inside:
            continue
        if kinds.known(i) == "bullet":
            menu.add(_bullet_entry(lines[i]))
        menu.update(_menu_entries(lines[i]))
    first = min((card.region.first_line for card in cards), default=0)
    run: list[int] = []
    for i in range(first + 1):
        if i < first and is_label_like(lines[i]):
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            menu.update(normalized(lines[k]) for k in run)
        run = []
    return frozenset(menu)


#: A run of this many short label lines or more is a menu printed one entry a line (two
#: may be a masthead and a heading).
_MENU_RUN = 3


def _bullet_or_menu_lines(lines: list[str], kinds: LineKinds) -> tuple[int, ...]:
    """The lines that may be bullets or hold a menu printed on one line: a bullet's mark
    opens them (a bullet line's kind, or one a bulleted headline's is set back to) or a
    menu separator's mark is in them (a menu line's kind is ``bullet`` too); found once
    per page (the menu is read at each reading of the cards)."""
    key = ("bullet or menu lines",)
    found = kinds.readings.get(key)
    if found is None:
        found = kinds.readings[key] = tuple(
            i for i, line in enumerate(lines) if is_bullet(line) or MENU_MARK.search(line)
        )
    return found  # type: ignore[return-value]


@remembered_across_pages  # (the menu is read at each reading of the cards)
def _menu_entries(line: str) -> tuple[str, ...]:
    """The entries of a menu printed on ``line`` (:func:`menu_items`), normalized."""
    return tuple(map(normalized, menu_items(line)))


@remembered_across_pages
def _bullet_entry(line: str) -> str:
    """A bullet line's text (without its mark), normalized: a menu entry."""
    return normalized(line[slice(*line_value_span(line))])


def _kickers_only(lines: list[str], cards: list[Card]) -> bool:
    """Whether every card's outlet is a common phrase of the page (every word written in
    lower case too), on a line no source cue opens."""
    page = PageText(lines)
    for card in cards:
        names = [f for f in card.region.fields if f.field == "outlet"]
        if not names or any(SOURCE_CUE.match(lines[f.line_no]) for f in names):
            return False
        for f in names:
            words = name_words(lines[f.line_no][f.start : f.end])
            if not words or not all(map(page.writes_lower, words)):
                return False
    return True


def _topic_labels_only(lines: list[str], cards: list[Card]) -> bool:
    """Whether every card (:data:`~analysis.clean.card_blocks.MIN_CARDS` or more) names
    its "outlet" as one topic word (:func:`is_topic_word`), or every card the same word in
    a script without capitals (:func:`_one_uncased_word`), on a line no source cue opens.

    A site's own section, tag or search page prints a section label on its cards
    (``Politik``, ``ESTERI | 3 dicembre``, ``Buitenland · 20 nov``); an aggregator names
    its cards' publishers, and names of two words or more (``The Hill``, ``Fox News``),
    web domains and inner capitals (``HuffPost``) are among them: no listing page of the
    benchmark prints one-word names alone on every card (at most 3 of a page's 4).
    """
    if len(cards) < MIN_CARDS:
        return False
    values = set()
    for card in cards:
        names = [f for f in card.region.fields if f.field == "outlet"]
        if not names or any(SOURCE_CUE.match(lines[f.line_no]) for f in names):
            return False
        values |= {lines[f.line_no][f.start : f.end].strip() for f in names}
    return all(map(is_topic_word, values)) or _one_uncased_word(values)


def _one_label_phrase(lines: list[str], cards: list[Card]) -> bool:
    """Whether every card (:data:`~analysis.clean.card_blocks.MIN_CARDS` or more) names
    the same phrase of two words or more in a label's case, on a line no source cue
    opens: in capitals (``MEDIA STATEMENT · 02/12``) or only its first word capitalized
    (``Press release · 03.12``).

    A press office's or a union's list prints the kind of its items over each (a press
    release, a statement); an aggregator names publishers that differ from card to card,
    and a name of two words or more is written with each word capitalized (``Harbour
    Weekly``) where the script has capitals.
    """
    if len(cards) < MIN_CARDS:
        return False
    printed = set()
    for card in cards:
        names = [f for f in card.region.fields if f.field == "outlet"]
        if not names or any(SOURCE_CUE.match(lines[f.line_no]) for f in names):
            return False
        printed |= {lines[f.line_no][f.start : f.end].strip() for f in names}
    if len({normalized(value) for value in printed}) != 1:
        return False
    return all(map(_label_phrase, printed))


def _label_phrase(value: str) -> bool:
    """Whether ``value`` is two words of letters or more in capitals, or with only its
    first letter a capital."""
    words = value.split()
    if len(words) < 2 or not all(LETTER_RUN.fullmatch(word) for word in words):
        return False
    sentence_case = words[0][0].isupper() and is_lower_case(value[1:])
    return is_upper_case(value) or sentence_case


def _one_uncased_word(values: set[str]) -> bool:
    """Whether the cards' names are one word, the same on every card, in a script without
    capitals that parts its words with spaces (a press office's ``خبر`` "news" over every
    release): a label's form there, where no case tells it from a name; a person's name
    written as one word (Korean ``김서윤``) differs from card to card, and Thai writes a
    whole name as one run."""
    if len(values) != 1:
        return False
    (word,) = values
    return (
        LETTER_RUN.fullmatch(word) is not None
        and not _is_cased(word)
        and not has_unspaced_script(word)
    )


def _section_headers(lines: list[str], cards: list[Card]) -> bool:
    """Whether the cards' names are section headers over runs of cards: some cards, not
    all, name a value, each above the headline on a line no source cue opens, in a
    section's form (one topic word, :func:`is_topic_word`, words in capitals, ``TOP
    STORIES``, or a common phrase of the page, each word written in lower case too), and
    a card naming none follows one that names one (``NEWS`` over two cards, ``POLITICS``
    over the next two).

    An aggregator names every card's publisher; a home page's river prints a section's
    header once, over the first of its cards, and the cards under it name nothing.
    """
    if len(cards) < MIN_CARDS:
        return False
    page = PageText(lines)
    named = []
    for card in cards:
        names = [f for f in card.region.fields if f.field == "outlet"]
        for f in names:
            value = lines[f.line_no][f.start : f.end]
            if f.line_no >= card.title_line or SOURCE_CUE.match(lines[f.line_no]):
                return False
            words = name_words(value)
            if not (
                is_topic_word(value)
                or is_upper_case(value)
                or (words and all(map(page.writes_lower, words)))
            ):
                return False
        named.append(bool(names))
    return any(above and not below for above, below in pairwise(named))


def is_topic_word(text: str) -> bool:
    """True for one word of letters, in title case or in capitals (``Politik``,
    ``ESTERI``, ``Buitenland``, ``USA``): a section label's form. A web domain, a word
    with capitals inside (``HuffPost``, ``TheBlaze``) and two words or more are names'.

    Parameters
    ----------
    text : str
        A card's named value; outer space is ignored.

    Returns
    -------
    bool
        Whether it passes the tests named above.
    """
    word = text.strip()
    if LETTER_RUN.fullmatch(word) is None:
        return False
    return is_upper_case(word) or is_lower_case(word[1:]) or len(word) == 1


def _holds_outlet(card: Card, line_no: int) -> bool:
    return any(f.field == "outlet" and f.line_no == line_no for f in card.region.fields)


def author_named_as_outlet(
    names: list[str | None],
    own_site: str | None,
    lines: list[str],
    dated: list[bool],
    timed: list[bool] | None = None,
) -> bool:
    """Whether a listing's cards name their authors where an aggregator names outlets.

    A newsletter archive, a blog or an author page prints its author on every card's
    meta line (``Dec 1 · Jane Doe``, ``Jane Doe · 4 min read``); a site's own section
    page prints each card's reporter there (``Jane Doe • 3 hours ago``, ``John Roe •
    yesterday``). On a page whose own site is known, cards that all name a person and
    none a news outlet name no per-card publisher: the names are the cards' bylines.
    One outlet's name among them (``Coastal Herald``) makes the page an aggregator;
    several names on cards printing no date or time are kickers over the headlines
    (``City Politics``), no reporters (a reporter's name goes with the story's time).

    Parameters
    ----------
    names : list of str or None
        Each card's outlet as read from it, in page order (None: the card names none).
    own_site : str or None
        The page's own site name, from its markup, URL, masthead or copyright notice
        (:func:`analysis.clean.outlet.decide_outlet` without the cards); None when unknown.
    lines : list of str
        The page's lines.
    dated : list of bool
        Whether each card prints its date or a relative time with its name (on its line,
        or on the line over or under it).
    timed : list of bool, optional
        Whether each card prints its date or a relative time anywhere (a columnist's name
        and role over the headline, the date under the text; a wire's reporter under the
        headline, the time over it): enough for a name written in capitals, which must
        read as a person's; ``dated`` when not given.

    Returns
    -------
    bool
        True when there are :data:`~analysis.clean.card_blocks.MIN_CARDS` cards or more,
        all timed unless they name one value, each naming a value
        (:func:`~analysis.clean.card_fields.normalized`) that is not the site's own name,
        that reads as a person's name (:func:`analysis.clean.bylines.is_person_name`),
        that does not open with a function word (``The Daily Example``), that holds no
        word the languages put in a news outlet's name
        (:func:`analysis.clean.newspaper_words.holds_newspaper_word`: ``Coastal
        Herald``), that does not close with the last word of the site's own name
        (:func:`_ends_as_site`: a language's word for news) and none of whose
        capitalized words the page writes in lower case
        elsewhere (``Fox News`` on every card of a single-publisher aggregator: "news"
        is a word of its text, a person's surname is not). Names in a script without
        capitals (Gujarati, Malayalam, Bengali) cannot read as a person's: there, two
        values or more, each dated (with its card's date), of two words or more
        (:func:`_uncased_author`). Or, some cards naming no value:
        :func:`_signed_cards_among_unsigned`.
    """
    if len(names) < MIN_CARDS or not own_site:
        return False
    page = PageText(lines)
    timed = [a or b for a, b in zip(dated, timed or dated, strict=True)]
    # a card the desk signs ("Redacción · 3/12/2026") names no person and no outlet
    signed = [None if name and is_newsroom_name(name) else name for name in names]
    if None in signed:
        return _signed_cards_among_unsigned(signed, own_site, page, dated, timed)
    values = {normalized(name) for name in names if name}
    cased = any(_is_cased(str(name)) for name in names)
    if len(values) > 1 and not all(timed if cased else dated):
        return False
    if not cased:
        # no capitals to read: several names, each with its card's date
        return len(values) > 1 and all(_uncased_author(str(name), own_site) for name in names)
    return all(_reads_as_author(str(name).strip(), own_site, page) for name in names)


def names_after_shared_cue(names: list[str | None]) -> list[str | None] | None:
    """The cards' names without the words every one of them opens with, when they do.

    A listing in a language no byline table holds prints its word for "by" before each
    reporter's name (``Ka Palesa Mokoena`` / ``Ka Thabo Letsie``, ``Gi-report ni NAME``,
    ``Answered by NAME``): the same words on every card, a different name after them.
    Whether the rest reads as a person's name is :func:`author_named_as_outlet`'s to say.

    Parameters
    ----------
    names : list of str or None
        Each card's outlet as read from it, in page order (None: the card names none).

    Returns
    -------
    list of str or None
        Each name without the leading words all share (one to
        :data:`MAX_CUE_WORDS`, as many as all share, each name keeping two words or
        more after them, the rests not all alike); None when every card names no value,
        fewer than :data:`~analysis.clean.card_blocks.MIN_CARDS` do, or they share
        no opening word.
    """
    named = [name.split() for name in names if name]
    if len(named) < MIN_CARDS or len(named) != len(names):
        return None
    shared = 0
    while (
        shared < MAX_CUE_WORDS
        and all(len(words) > shared + 2 for words in named)
        and len({words[shared] for words in named}) == 1
    ):
        shared += 1
    rests = [" ".join(words[shared:]) for words in named]
    if not shared or len(set(rests)) == 1:
        return None
    return list(rests)


#: The most words a byline's cue in an unknown language is read as (``Gi-report ni``,
#: ``Answered by``, ``Ka``): more shared words are a name's own (a family's outlets).
MAX_CUE_WORDS = 2


def _is_cased(name: str) -> bool:
    """Whether ``name`` is written in a script with capitals (a letter with a case)."""
    return not shows_no_case(name)


def _signed_cards_among_unsigned(
    names: list[str | None], own_site: str, page: PageText, dated: list[bool], timed: list[bool]
) -> bool:
    """Whether the names some cards print are their authors, other cards printing none.

    An aggregator credits every card's publisher; a site's own listing prints a name
    where a reporter signed, and none on an unsigned brief (``2. 12. 2026 | Jane Roe``
    over one card, the date alone over the next) or the desk's word (``Redacción``:
    :func:`analysis.clean.bylines.is_newsroom_name`). So on a page whose own site is
    known, :data:`~analysis.clean.card_blocks.MIN_CARDS` cards or more naming a value, each
    card printing its date or time (on the name's line; apart from it, a wire's reporter
    under the headline and the time over it, for a name written in capitals), and one
    card or more naming none, the values are bylines when
    each reads as a person's name: :func:`_reads_as_author` for a name written in a
    script with capitals; in a script without them (Bengali, Sinhala, Devanagari,
    Hebrew), two words or more, not the site's name, no function word first and no word
    of a news outlet's name (:func:`analysis.clean.newspaper_words.holds_newspaper_word`).
    """
    named = [
        (str(name).strip(), on_line, anywhere)
        for name, on_line, anywhere in zip(names, dated, timed, strict=True)
        if name
    ]
    if len(named) < MIN_CARDS:
        return False
    return all(
        anywhere and _reads_as_author(name, own_site, page)
        if _is_cased(name)
        else on_line and _uncased_author(name, own_site)
        for name, on_line, anywhere in named
    )


def _uncased_author(value: str, own_site: str) -> bool:
    """Whether a name written without capitals may be a person's (see
    :func:`_signed_cards_among_unsigned`)."""
    words = value.split()
    return (
        len(words) >= 2
        and not _is_own_site(value, own_site)
        and words[0].casefold() not in FUNCTION_WORDS
        and not holds_newspaper_word(value)
    )


def _reads_as_author(value: str, own_site: str, page: PageText) -> bool:
    """Whether a card's named value reads as a person's name, not as the page's site or
    a news outlet's (:func:`author_named_as_outlet`)."""
    words = value.split()
    if _is_own_site(value, own_site) or not is_person_name(words):
        return False
    if _ends_as_site(words, own_site):
        return False
    if _opens_as_outlet(words[0], page) or holds_newspaper_word(value):
        return False
    # not "van"; nor a Gaelic surname's particle before the surname ("Ó", "Ní": "ó" and
    # "ní" are words of the language's text)
    capitalized = " ".join(
        word
        for k, word in enumerate(words)
        if not is_lower_case(word[:1])
        and not (k < len(words) - 1 and word.casefold() in GAELIC_SURNAME_PARTICLES)
    )
    # an apostrophe inside a name joins its parts ("Ng'andu", "O'Neil"): the part after it
    # is no word of its own the page could write in lower case ("andu" of the name itself)
    capitalized = _INNER_APOSTROPHE.sub("", capitalized)
    return not any(map(page.writes_lower, name_words(capitalized)))


def _is_own_site(value: str, own_site: str) -> bool:
    """Whether a card's named value is the page's own site: its name, or, where only the
    page's address names the site, a name that address spells (a feed reader's saves
    each naming their feed "Dalską Tiðningą" on dalska-tidninga.se: the site's name
    printed on every card, no reporter's)."""
    if compact_name(value) == compact_name(own_site):
        return True
    return DOMAIN.fullmatch(own_site.strip()) is not None and name_matches_domain(value, own_site)


# The definite articles an outlet's name opens with in the languages of FUNCTION_WORDS
# ("The", "Der" / "Die" / "Das", "Le" / "La" / "Les", "El" / "Los" / "Las", "Il" /
# "Lo" / "Gli", "O" / "Os" / "As", "De" / "Het"): read so on a page in any language (a
# German page's "The Guardian"), where a function word of another kind opens a name
# only in its own language's text.
_NAME_ARTICLES = frozenset(
    {"the", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "gli"}
    | {"o", "os", "as", "de", "het"}
)


def _opens_as_outlet(word: str, page: PageText) -> bool:
    """Whether ``word``, a card's named value's first word, makes the value an outlet's
    name, no person's (:func:`_reads_as_author`): an article ("The", "Le", "Die"), or a
    function word of a language the page's text is written in
    (:func:`~analysis.stopwords.function_word_languages` of the words it writes in lower
    case). A function word of another
    language is a given name there (a Turkish page's "Can", English "can")."""
    folded = word.casefold()
    if folded in _NAME_ARTICLES:
        return True
    if folded not in FUNCTION_WORDS:
        return False
    # the words the page writes in lower case, not the names (reached by few names: a
    # person's name opening with a function word)
    written = " ".join(word for word in LETTER_RUN.findall(page.text) if is_lower_case(word))
    languages = function_word_languages(written)
    return any(folded in FUNCTION_WORDS_BY_LANGUAGE[language] for language in languages)


# An apostrophe between two letters of a word.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


def _ends_as_site(words: list[str], own_site: str) -> bool:
    """Whether a name of two words or more closes with the last word of the page's own
    site name ("Osei Nyansa" on a page of "Akwaaba Nyansa"): the noun the language names
    its outlets by (its word for news), in a language no word table holds
    (:func:`analysis.clean.newspaper_words.holds_newspaper_word`), so another outlet's
    name; a person's surname is rarely a site's last word."""
    site_words = own_site.split()
    return (
        len(words) > 1
        and len(site_words) > 1
        and len(words[-1]) > 2
        and words[-1].casefold() == site_words[-1].casefold()
    )


def without_chrome_outlet(cards: list[Card]) -> list[Card]:
    """The first card without the outlet read above its headline when the other cards
    (:data:`~analysis.clean.card_blocks.MIN_CARDS` of them or more) name none.

    An outlet is a field every card of an aggregator prints in its place; a name only
    over the first headline, between the masthead and the first card, is the page's own
    chrome (a subscribe button, a menu label: ``ASSINE`` over a site's first story), and
    the card is the page's site's, as the others are.

    Parameters
    ----------
    cards : list of Card
        A listing page's cards, in page order, as kept.

    Returns
    -------
    list of Card
        The same cards; the first without that outlet field.
    """
    if not cards:
        return cards
    first, others = cards[0], cards[1:]
    if len(others) < MIN_CARDS or any(
        f.field == "outlet" for card in others for f in card.region.fields
    ):
        return cards
    title_line = first.title_line
    fields = tuple(
        f for f in first.region.fields if not (f.field == "outlet" and f.line_no < title_line)
    )
    return [replace(first, region=replace(first.region, fields=fields)), *others]

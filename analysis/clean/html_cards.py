"""Cards in an HTML page's markup, rendered as one block each.

A saved listing page (a home page, a section, a search result page) prints every
article as a *card*: a repeated element holding a headline and some text of its own
(a teaser, a date, a byline)::

    <article><h2><a href="/a">Headline</a></h2><p>Teaser.</p><time>March 3</time></article>
    <li><a href="/b">Headline</a> <span>Teaser.</span> <span>March 2</span></li>

A browser's text view puts a blank line around every heading and paragraph, or runs the
list item's parts into one line, so the rendered text would read as one article under
subheads, or as one line per card. :func:`pack_cards` finds the cards in the parsed
markup and restyles them (inline ``style`` attributes, which the renderer reads): each
card one block with a blank line around it, each of its parts on a line of its own,
no blank line inside it. The text splitter (:mod:`analysis.clean.listing`) then reads
the cards as it reads a text dump's ``Headline / Teaser / Date`` cards, and decides as
there whether the page is a listing. No value is tuned.

A card is an element that

- has siblings of its tag that are cards too (:data:`~analysis.clean.card_blocks.MIN_CARDS`
  in all under one parent);
- is made of parts: its child elements, no text of its own between them (a paragraph
  with a link in its sentence is no card), descending through a lone child (a card
  wrapped in its link);
- has a headline part (a heading element, or a link that is the part's whole text; a
  link to a place in the page itself, ``href="#..."``, is no story's) and another part
  holding text outside any link (a teaser, a date: a menu entry over its
  submenu of links is no card), or a link whose whole text is prose (a teaser a
  portal's search result links to its story);
- holds no cards itself (a section of cards is not a card).

Cards printed without an element of their own are wrapped in one first (and unwrapped
when the page's cards are left as printed): a linked heading or a ``<dt>`` and the
siblings after it up to the next heading (``<h3><a>..</a></h3><p>..</p>`` repeated,
``<dt>``/``<dd>`` pairs), and a teaser written as bare text after a linked heading.
A table whose rows are cards is rendered as blocks, not columns; a date closing a
teaser's sentence inside a part (``<dd>Teaser. <span>March 3</span></dd>``) gets a line
of its own, as a text dump's card prints it.

A card's exact date is often in its markup only: ``<time datetime="2026-03-03T10:00Z">3h
</time>`` prints "3h", "Tuesday" or "vor 3 Stunden". :func:`card_dates` carries it beside
the card (:class:`CardDate`), leaving the text the blocks are read from as printed; the
articles table gives it to the card whose printed text names no date
(:func:`date_of_card`). Its markup also tells a section label over the headline
(``<span class="kicker">USA</span>``) from an aggregator's publisher line, which the text
prints alike: :func:`card_sections` gives the articles table the labels, each then the
card's category, not its outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.clean.byline_words import author_labels
from analysis.clean.card_blocks import MIN_CARDS
from analysis.clean.card_fields import MAX_OUTLET_WORDS, is_name_line
from analysis.clean.card_lines import READ_MORE_CUES, find_time, is_prose
from analysis.clean.card_link_labels import drop_link_labels
from analysis.clean.dates import find_date
from analysis.clean.html_headings import HEADINGS  # a card's headline is often one
from analysis.clean.markup_dates import stamp_attribute_day
from analysis.clean.markup_words import class_words, has_role
from analysis.text import COMBINING_MARKS, LETTER_RUN

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Elements whose text is never rendered.
_UNRENDERED = frozenset({"script", "style", "template", "noscript", "head", "title", "meta"})
#: Lists whose items are cards render as plain blocks (no bullet, no indentation).
_LISTS = frozenset({"ul", "ol"})
#: Elements that open a card printed as flat siblings (a heading, a term of a <dl>).
_RUN_HEADS = frozenset({*HEADINGS, "dt"})
#: A table's row groups and cells.
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})
#: Fewest words of a headline no heading element marks (a link's whole text): a link
#: label ("Read more", "Les meira") is shorter, a headline seldom is.
MIN_LINKED_HEADLINE_WORDS = 3
#: The attribute marking a heading that opens a whole story (:func:`pack_cards`).
STORY_MARK = "data-newscompare-story"
#: A run of characters that are not ``str.isalnum()``: ``re``'s ``\w`` is exactly the
#: characters ``str.isalnum()`` accepts and the underscore (checked on every code point).
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_MARK = re.compile(f"[{COMBINING_MARKS}]")
#: Inline styles given to a card, to its parts and to what is inside them.
CARD_STYLE = "display: block; margin-top: 1em; margin-bottom: 0em; padding-left: 0em"
PART_STYLE = "display: block; margin-top: 0em; margin-bottom: 0em; padding-left: 0em"
INSIDE_STYLE = "margin-top: 0em; margin-bottom: 0em"


@dataclass(frozen=True)
class CardDate:
    """The date a packed card's markup holds, beside the card's text.

    Attributes
    ----------
    text : str
        The card's letters and digits, case folded (:func:`letters`): the key by which
        a card of the articles table finds it.
    published : str
        The date part (``yyyy-mm-dd``) of the card's first ``<time datetime>`` that
        starts with a full ISO date, as written (no shift of zone).
    """

    text: str
    published: str


def pack_cards(
    root: HtmlElement, main_text: str | None = None, stories: Sequence[HtmlElement] = ()
) -> list[HtmlElement]:
    """Restyle the cards of a parsed page so that each renders as one packed block.

    The cards are left as they are when the page's main text (its article, as the
    extractor finds it) lies mostly outside them: they are then the article's related
    stories, comments or promos, which the page's own article does not share out.

    Parameters
    ----------
    root : lxml.html.HtmlElement
        The page's parsed document; changed in place.
    main_text : str, optional
        The page's main text (:func:`analysis.clean.html_page.html_metadata`'s body),
        paragraphs on lines of their own; None when none was found.
    stories : sequence of lxml.html.HtmlElement
        The headings that open whole stories (:func:`analysis.clean.html_stories.story_headings`):
        each is a card's headline, the story's paragraphs its parts; the main text lies
        in them (a newsletter's table layout runs it into one line).

    Returns
    -------
    list of lxml.html.HtmlElement
        The cards restyled (none: the page is left as it was).
    """
    for heading in stories:
        heading.set(STORY_MARK, "")
    wrappers = _wrap_loose_teasers(root) + _wrap_flat_cards(root)
    cards = find_cards(root)
    if not cards or (not stories and _article_outside(cards, main_text)):
        for wrapper in wrappers:
            wrapper.drop_tag()  # the page as it was
        return []
    for card in cards:
        parent = card.getparent()
        if parent is not None and parent.tag in _LISTS:
            parent.tag = "div"
            _restyle(parent, PART_STYLE)
        if card.tag == "li":
            card.tag = "div"  # no bullet
        if (card.tag == "tr" or card.tag in _CELLS) and (
            table := next(card.iterancestors("table"), None)
        ) is not None:  # rows of cards, or a grid of them a cell each
            _table_as_blocks(table)
        _headline_above_teaser(card)
        drop_link_labels(card)  # "moy" closing the teaser, linked to the headline's story
        _restyle(card, CARD_STYLE)
        for part in _parts(card)[0]:
            _restyle(part, PART_STYLE)
            for inside in part.iterdescendants():
                if isinstance(inside.tag, str):
                    _restyle(inside, INSIDE_STYLE)
            if (closing := _closing_time(part)) is not None:
                _restyle(closing, PART_STYLE)  # a line of its own, as a card's date line
            for value in _abutting_values(part):
                _restyle(value, PART_STYLE)  # "Outlet" and "3 May" not run into one word
    return cards


def _abutting_values(part: HtmlElement) -> list[HtmlElement]:
    """The part's child elements when it holds two or more, each with letters or digits,
    and nothing at all between them, not even a space (minified markup's ``<span>Outlet
    </span><time>3 May</time>``, which a renderer runs into one word), looked for
    through a lone ``<div>`` wrapping them; else []."""
    children = [child for child in part if isinstance(child.tag, str)]
    while (
        len(children) == 1
        and children[0].tag == "div"  # a wrapper, not a heading's link (one headline)
        and not (part.text or "").strip()
        and not (children[0].tail or "").strip()
    ):
        part = children[0]  # through a lone wrapper (<div class="info_group">)
        children = [child for child in part if isinstance(child.tag, str)]
    if len(children) < 2 or (part.text or "").strip():
        return []
    if any(child.tail for child in children[:-1]) or (children[-1].tail or "").strip():
        return []
    if any(_label_over_value(a, b) for a, b in pairwise(children)):
        return []  # "<span>Author: </span><span>Jane Roe</span>": one line
    if not all(any(char.isalnum() for char in child.text_content()) for child in children):
        return []
    return children


def _label_over_value(first: HtmlElement, second: HtmlElement) -> bool:
    """Whether ``first`` is a field's label (its text closing with a colon) set off from
    the value ``second`` prints by a space (Drupal's ``<span class="views-label">Author:
    </span><span>Jane Roe</span>``): the renderer prints them as one line, ``Author: Jane
    Roe``, the label naming what the value is."""
    label, value = first.text_content(), second.text_content()
    spaced = label[-1:].isspace() or value[:1].isspace()
    return spaced and label.rstrip().endswith((":", "："))


def _headline_above_teaser(card: HtmlElement) -> None:
    """Move the card's first heading above the teaser its markup prints before it (a
    grid's ``kicker, dek, headline`` tile; a lead paragraph over the headline inside the
    card's link), so that the card renders as a text dump prints one: headline, then
    its text. The heading's tail text stays where it was. A card without a heading
    element has its headline part moved so (a link that is the part's whole text:
    ``<p>lede</p><div><a>Headline</a></div>``, a CSS grid's order)."""
    heading = next((h for h in card.iterdescendants(*HEADINGS)), None)
    if heading is None:
        heading = _linked_headline(card)
    if heading is None:
        return
    teasers = [
        sibling
        for sibling in heading.itersiblings(preceding=True)
        if isinstance(sibling.tag, str) and is_prose(" ".join(sibling.text_content().split()))
    ]
    if not teasers:
        return
    previous = heading.getprevious()
    if heading.tail and previous is not None:
        previous.tail = (previous.tail or "") + heading.tail
        heading.tail = None
    teasers[-1].addprevious(heading)


def _linked_headline(card: HtmlElement) -> HtmlElement | None:
    """The card's headline part when no heading element marks it: its one part that is
    a link's whole text, of MIN_LINKED_HEADLINE_WORDS words or more, neither a link
    label (``Read more``, :data:`~analysis.clean.card_lines.READ_MORE_CUES`) nor the
    card's last part (where a link label closes a card in a language the cues lack)."""
    parts = _parts(card)[0]
    linked = [part for part in parts[:-1] if _is_headline(part)]
    if len(linked) != 1:
        return None
    text = " ".join(linked[0].text_content().split())
    if len(text.split()) < MIN_LINKED_HEADLINE_WORDS or READ_MORE_CUES.match(text):
        return None
    return linked[0]


def _closing_time(part: HtmlElement) -> HtmlElement | None:
    """The part's last child when it prints only a time or date and closes the part's
    text after a sentence (``<dd>Teaser. <span>March 3, 2026</span></dd>``; not after a
    meta line's ``By Author · Outlet ·``), else None."""
    children = [child for child in part if isinstance(child.tag, str)]
    if not children or LETTER_RUN.search(children[-1].tail or ""):
        return None
    text = " ".join(children[-1].text_content().split())
    time = find_time(text)
    before = part.text_content()[: -len(children[-1].text_content()) or None]
    if time != (0, len(text)) or not is_prose(" ".join(before.split())):
        return None
    return children[-1]


def _wrap_flat_cards(root: HtmlElement) -> list[HtmlElement]:
    """Wrap each card printed as flat siblings in a ``<div>`` of its own, and return the
    wrappers.

    A flat card opens with a headline element (a heading holding its link, or a
    ``<dt>``) and runs up to the next heading or ``<dt>`` among its siblings: ``<h3><a>
    ..</a></h3><p>..</p>`` repeated, ``<dt><a>..</a></dt><dd>..</dd>`` pairs. The last
    card of a parent runs no further than its longest card before it. Cards are wrapped
    where at least :data:`~analysis.clean.card_blocks.MIN_CARDS` runs under one parent
    opened by one tag are cards (a headline and an element with text outside any link).
    """
    wrappers = []
    for parent in list(root.iter()):
        if not isinstance(parent.tag, str) or parent.tag in _UNRENDERED:
            continue
        children = [child for child in parent if isinstance(child.tag, str)]
        opens = [k for k, child in enumerate(children) if child.tag in _RUN_HEADS]
        for tag in dict.fromkeys(children[k].tag for k in opens):
            runs = _flat_runs(children, opens, tag)
            if len(runs) < MIN_CARDS:
                continue
            for run in runs:
                wrapper = parent.makeelement("div", {})
                run[0].addprevious(wrapper)
                wrapper.extend(run)  # (each element's tail text moves with it)
                wrappers.append(wrapper)
            break  # one kind of card a parent
    return wrappers


def _wrap_loose_teasers(root: HtmlElement) -> list[HtmlElement]:
    """Wrap in a ``<span>`` each text written right after a linked heading in an element
    that has no other text of its own (``<div><h3><a>..</a></h3>Teaser <em>date</em>
    </div>``: a teaser part without an element of its own), and return the wrappers."""
    wrappers = []
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in _UNRENDERED:
            continue
        if LETTER_RUN.search(element.text or ""):
            continue
        after = [child for child in element if LETTER_RUN.search(child.tail or "")]
        if not after or not all(child.tag in HEADINGS and _is_headline(child) for child in after):
            continue
        for heading in after:
            wrapper = element.makeelement("span", {})
            wrapper.text, heading.tail = heading.tail, None
            heading.addnext(wrapper)
            wrappers.append(wrapper)
    return wrappers


def _flat_runs(children: list[HtmlElement], opens: list[int], tag: str) -> list[list[HtmlElement]]:
    """The runs of ``children`` opened by a ``tag`` headline that are cards (see
    :func:`_wrap_flat_cards`); ``opens``: the positions of the headings and terms."""
    ends = [*opens[1:], len(children)]
    runs = [
        children[start:end]
        for start, end in zip(opens, ends, strict=True)
        if children[start].tag == tag
    ]
    if len(runs) > 1:
        runs[-1] = runs[-1][: max(len(run) for run in runs[:-1])]
    return [
        run
        for run in runs
        if len(run) > 1
        and _is_headline(run[0])
        and any(_text_outside_links(element) for element in run[1:])
    ]


def _table_as_blocks(table: HtmlElement) -> None:
    """Render a table whose rows are cards as blocks: the table, its row groups, rows
    and cells become ``<div>`` elements (the renderer lays table cells out in columns,
    whatever their style)."""
    for group in [table, *(child for child in table if child.tag in _ROW_GROUPS)]:
        for row in (child for child in group if child.tag == "tr"):
            for cell in (child for child in row if child.tag in _CELLS):
                cell.tag = "div"
            row.tag = "div"
        group.tag = "div"


#: Words of a class or id that mark a card's section label, the kicker over its headline
#: (``<span class="kicker">``, ``teaser__dachzeile``, ``card-category``), in the languages
#: of the pages read: English, German, French, Italian, Spanish, Portuguese, Dutch,
#: Swedish, Polish, Turkish, Indonesian; and a column's name (``column-name``) on an
#: opinion page.
SECTION_CLASS_WORDS = frozenset(
    {
        "kicker",
        "eyebrow",
        "overline",
        "category",
        "section",
        "topic",
        "rubric",
        "dachzeile",
        "spitzmarke",
        "kategorie",
        "rubrik",
        "ressort",
        "rubrique",
        "surtitre",
        "categorie",
        "occhiello",
        "categoria",
        "sezione",
        "rubrica",
        "antetitulo",
        "cintillo",
        "seccion",
        "editoria",
        "secao",
        "rubriek",
        "kategori",
        "kategoria",
        "dzial",
        "column",  # a column's name over its columnist's card (an opinion page)
    }
)


#: Words of a class or id naming a card's author element (``card__author``,
#: ``teaser-autor``): the author labels of every language
#: (:data:`analysis.clean.byline_words.AUTHOR_LABELS`) but those that are also a word
#: for a news item or a text (Turkish "haber", Russian "текст", Finnish "teksti": a
#: ``haber-kaynak`` element holds the story's source). Not ``byline``: an aggregator's
#: card prints its publisher and date in a ``byline`` element ("Outlet | May 4").
AUTHOR_CLASS_WORDS = frozenset(author_labels()) - {"haber", "текст", "teksti"}


def card_sections(cards: list[HtmlElement]) -> frozenset[str]:
    """The section labels the cards' markup names so: the text of an element inside a
    card whose class or id holds a word of :data:`SECTION_CLASS_WORDS`, holding no
    heading and no more words than an outlet's name
    (:data:`~analysis.clean.card_fields.MAX_OUTLET_WORDS`).

    A site's own section page prints each card's section over its headline (``USA``,
    ``Weißes Haus``); its text view shows it as a name line, where an aggregator prints
    its card's publisher. The markup tells them apart.

    Parameters
    ----------
    cards : list of lxml.html.HtmlElement
        Cards (:func:`pack_cards`).

    Returns
    -------
    frozenset of str
        The labels' letters and digits, case folded (:func:`letters`).
    """
    return frozenset(
        _marked_texts(cards, lambda e: not SECTION_CLASS_WORDS.isdisjoint(class_words(e)))
    )


def card_authors(cards: list[HtmlElement]) -> frozenset[str]:
    """The names the cards' markup marks as their authors: the text of an element inside
    a card that is the schema.org ``author`` property (``itemprop="author"``) or whose
    class or id holds an author label
    (:data:`AUTHOR_CLASS_WORDS`), holding no heading and no more words than an outlet's
    name (:data:`~analysis.clean.card_fields.MAX_OUTLET_WORDS`).

    A site's own section page prints each card's author as a bare name under its teaser
    (``<span itemprop="author">Jane Roe</span>``); its text view shows a name line where
    an aggregator prints its card's publisher. The markup tells them apart.

    Parameters
    ----------
    cards : list of lxml.html.HtmlElement
        Cards (:func:`pack_cards`).

    Returns
    -------
    frozenset of str
        The names' letters and digits, case folded (:func:`letters`).
    """
    return frozenset(_marked_texts(cards, _is_author_element) - {""})


def author_beside_date(before: str, after: str, authors: frozenset[str]) -> str | None:
    """The name a card's date line prints beside its date, when the card's markup marks
    it as an author (:func:`card_authors`): before it (``Jane Roe Dec 3, 2026``, the
    author's and the date's elements run into one line), else right after it (``Dec 3,
    2026 Jane Roe Comments (0)``: a blog theme's date, author and comment-count elements
    so run); None for other words.

    Parameters
    ----------
    before, after : str
        The date line's text before and after its date.
    authors : frozenset of str
        The marked authors' letters (:func:`letters`).

    Returns
    -------
    str or None
        The name as printed, without the separators around it: all of ``before``, or the
        fewest words opening ``after`` whose letters are a marked author's, at most
        :data:`~analysis.clean.card_fields.MAX_OUTLET_WORDS`.
    """
    name = before.strip().strip(_NAME_SEPARATORS).strip()
    if name and letters(name) in authors:
        return name
    words = after.strip().lstrip(_NAME_SEPARATORS).split()
    for count in range(1, min(len(words), MAX_OUTLET_WORDS) + 1):
        name = " ".join(words[:count]).strip(_NAME_SEPARATORS)
        if name and letters(name) in authors:
            return _AUTHOR_LABEL.sub("", name, count=1) or name
    return None


def author_after_label(text: str, authors: frozenset[str]) -> str | None:
    """The name the markup marks as an author (:func:`card_authors`) when ``text`` is
    that name after an author label of any language
    (:func:`~analysis.clean.byline_words.author_labels`), run into it or set apart by a
    space or a colon: a theme's visually hidden label ("<span
    class='screen-reader-text'>作者</span>") glued to the author's link ("作者林怡君",
    "AutorJan Nowak"); None for other text.

    Parameters
    ----------
    text : str
        A card's name line.
    authors : frozenset of str
        The marked authors' letters (:func:`letters`).

    Returns
    -------
    str or None
        The name as printed, without the label.
    """
    if not authors:
        return None
    for label in author_labels():
        if text[: len(label)].casefold() == label:
            name = text[len(label) :].lstrip(_NAME_SEPARATORS + " ：")
            if name and letters(name) in authors:
                return name
    return None


#: A label of one or two words and its colon opening an author element's text ("Qore:
#: NAME", "رپورٹ: NAME": the language's word for writer or report); a name holds no colon.
_AUTHOR_LABEL = re.compile(r"^[^\W\d_][^\s:：]*(?:\s[^\s:：]+)?\s?[:：]\s+")


#: The separators a date line may print between a name and its date.
_NAME_SEPARATORS = "·|•—–-,:"


def marked_authors(markup: str) -> frozenset[str]:
    """The names a page's markup marks as authors anywhere (see :func:`card_authors`),
    packed into cards or not: a feed's or an application state's listing page, which
    marks each story's author (:func:`analysis.clean.feed_xml.listing_html`).

    Parameters
    ----------
    markup : str
        A page's markup.

    Returns
    -------
    frozenset of str
        The names' letters and digits, case folded (:func:`letters`).
    """
    from lxml import html as lxml_html

    return card_authors([lxml_html.document_fromstring(markup)])


def _is_author_element(element: HtmlElement) -> bool:
    """Whether an element is the ``author`` property of schema.org (microdata's
    ``itemprop``, RDFa's ``property``), a ``rel="author"`` link, or its class or id holds
    an author label (:data:`AUTHOR_CLASS_WORDS`)."""
    return has_role(element, "author") or not AUTHOR_CLASS_WORDS.isdisjoint(class_words(element))


def _marked_texts(cards: list[HtmlElement], is_marked: Callable[[HtmlElement], bool]) -> set[str]:
    """The texts (:func:`letters`) of the elements inside ``cards`` that ``is_marked``
    accepts, each holding no heading and no more words than an outlet's name
    (:data:`~analysis.clean.card_fields.MAX_OUTLET_WORDS`): a card's section label, its
    author."""
    found = set()
    for card in cards:
        for element in card.iter():
            if not isinstance(element.tag, str) or element.tag in HEADINGS:
                continue
            if not is_marked(element) or any(child.tag in HEADINGS for child in element.iter()):
                continue
            text = element.text_content()
            if 0 < len(text.split()) <= MAX_OUTLET_WORDS:
                found.add(letters(text))
    return found


def card_headlines(cards: list[HtmlElement]) -> frozenset[str]:
    """The cards' headlines: each card's first headline part (a heading, a link that is
    the part's whole text).

    A headline of one or two capitalized words (``Authentic Asininity``) reads as a name
    in a text view, a kicker or an outlet; the card's markup says it is the headline.

    Parameters
    ----------
    cards : list of lxml.html.HtmlElement
        Cards (:func:`pack_cards`).

    Returns
    -------
    frozenset of str
        The headlines' letters and digits, case folded (:func:`letters`).
    """
    found = set()
    for card in cards:
        headline = next((part for part in _parts(card)[0] if _is_headline(part)), None)
        if headline is not None:
            found.add(letters(headline.text_content()))
            if (
                headline.tag not in HEADINGS
                and (heading := _kicker_heading(headline, _flat_text)) is not None
            ):
                # a kicker over the heading: the heading's own line is the headline's
                found.add(letters(heading.text_content()))
    return frozenset(found - {""})


def card_closers(cards: list[HtmlElement]) -> frozenset[str]:
    """The name lines that close the cards: a card's last part, under its headline and
    another part, when it prints a name alone (:func:`~analysis.clean.card_fields.is_name_line`).

    A card that prints its outlet under its text and no date (``<h3>Headline</h3><div>
    <p>..</p></div><div>National Review</div>``) renders a name line under a prose line,
    which in a text view may as well head the next card; the card's markup holds it.

    Parameters
    ----------
    cards : list of lxml.html.HtmlElement
        Cards (:func:`pack_cards`).

    Returns
    -------
    frozenset of str
        The names' letters and digits, case folded (:func:`letters`).
    """
    found = set()
    for card in cards:
        parts = _parts(card)[0]
        if len(parts) < 3 or _is_headline(parts[-1]):
            continue
        text = " ".join(parts[-1].text_content().split())
        if is_name_line(text):
            found.add(letters(text))
    return frozenset(found)


def card_dates(cards: list[HtmlElement]) -> tuple[CardDate, ...]:
    """The dates the cards' ``<time datetime="...">`` attributes hold, one per dated card;
    else the schema.org ``datePublished`` property's (``<meta itemprop="datePublished"
    content="...">``, a card's microdata, which prints no date); else a ``title``
    attribute's that opens with a full date (a tooltip over a printed age, ``<span
    title="2026-03-03 10:00">3h</span>``; a link's title is its story's, not read); else
    a data attribute naming a time that holds a Unix time in seconds or milliseconds
    (:func:`analysis.clean.markup_dates.stamp_attribute_day`: a script's relative age).

    Parameters
    ----------
    cards : list of lxml.html.HtmlElement
        Cards (:func:`pack_cards`).

    Returns
    -------
    tuple of CardDate
        In the cards' order; a card without a ``<time>`` whose ``datetime`` starts with
        a full date (``2026-03-03``, ``2026-03-03T10:00:00Z``) nor such a
        ``datePublished`` or ``title`` has none.
    """
    dates = []
    for card in cards:
        published = (
            element.get("content") or element.get("datetime")
            for element in card.iter()
            if isinstance(element.tag, str)
            and "datePublished" in (element.get("itemprop") or "").split()
        )
        values = [moment.get("datetime") for moment in card.iter("time")]
        titled = (  # a date only in a tooltip: <span title="2026-03-03 10:00">3h</span>
            element.get("title")
            for element in card.iter()
            if isinstance(element.tag, str) and element.tag != "a" and element.get("title")
        )
        for value in (*values, *published, *titled):
            value = (value or "").strip()
            found = find_date(value)
            if found is not None and found.start == 0 and value[:10] == found.iso:
                dates.append(CardDate(letters(card.text_content()), found.iso))
                break
        else:
            # a Unix time in a data attribute naming a time, under the age a script
            # prints (<bsp-timestamp data-timestamp="1796365800000">2 hrs ago</...>)
            stamped = next(
                (
                    day
                    for element in card.iter()
                    if isinstance(element.tag, str)
                    for name, value in element.attrib.items()
                    if (day := stamp_attribute_day(name, value)) is not None
                ),
                None,
            )
            if stamped is not None:
                dates.append(CardDate(letters(card.text_content()), stamped))
    return tuple(dates)


def date_of_card(dates: tuple[CardDate, ...], title: str | None, body: str) -> str | None:
    """The markup's date of the card printing ``title`` over ``body``, or None.

    Parameters
    ----------
    dates : tuple of CardDate
        The page's card dates (:func:`card_dates`).
    title : str or None
        The card's title as the articles table has it.
    body : str
        The card's body (paragraphs separated by blank lines).

    Returns
    -------
    str or None
        The date of the cards whose text holds the title and the body's first
        paragraph; None when there is none, or when such cards hold different dates.
    """
    keys = [letters(title or ""), letters(body.split("\n\n", 1)[0])]
    found = {date.published for date in dates if all(key in date.text for key in keys)}
    return found.pop() if len(found) == 1 else None


def _article_outside(cards: list[HtmlElement], main_text: str | None) -> bool:
    """True when more of the main text's letters, digits and combining marks lie in
    paragraphs found in no card than in paragraphs found in one (paragraphs compared by
    their letters and digits only, case folded; a paragraph holding some of a card's parts
    in order, the others left out, is found in it, and so is one holding some of its texts in order,
    an element inside a part left out: an extractor drops a ``<time>`` printed inside the
    headline's link; a table row's cells are compared one by one)."""
    if not main_text:
        return False
    card_texts = [letters(card.text_content()) for card in cards]
    card_parts = [[letters(part.text_content()) for part in _parts(card)[0]] for card in cards]
    card_pieces = [[letters(text) for text in card.itertext()] for card in cards]
    inside = outside = 0
    for paragraph in _cells(main_text.split("\n")):
        found = letters(paragraph)
        # weighed with the vowel signs a script writes as combining marks (Devanagari's
        # matras: a Hindi teaser keeps half its characters as letters, an English
        # cookie notice all)
        weight = len(found) + len(_MARK.findall(paragraph))
        if (
            any(found in text for text in card_texts)
            or any(_some_parts(found, parts) for parts in card_parts)
            or any(_some_parts(found, pieces) for pieces in card_pieces)
        ):
            inside += weight
        else:
            outside += weight
    return outside > inside


def _cells(paragraphs: list[str]) -> list[str]:
    """The paragraphs with each table row the extractor printed as ``| cell | cell |`` cut
    into its cells (a grid of cards, a cell each, is a row of several cards)."""
    out = []
    for paragraph in paragraphs:
        if paragraph.startswith("| "):
            out += [cell for cell in paragraph.strip("| ").split(" | ") if cell.strip()]
        else:
            out.append(paragraph)
    return out


def _some_parts(found: str, parts: list[str]) -> bool:
    """True when ``found`` is two or more of the card's ``parts`` (their letters) in
    their order, others left out: an extractor keeps a list item's headline and teaser
    and drops the publisher between them."""
    taken = 0
    for part in parts:
        if part and found.startswith(part):
            found = found[len(part) :]
            taken += 1
    return taken >= 2 and not found


def card_link(links: tuple[tuple[str, str], ...], title: str | None) -> str | None:
    """A card's own address: the link of the one item titled as the card is.

    Parameters
    ----------
    links : tuple of tuple of str
        ``HtmlMetadata.card_links``: ``(letters of an item's title, its link)``.
    title : str or None
        The card's title.

    Returns
    -------
    str or None
        The link; None without a title, when no item has it, or when items of that
        title link to two addresses (which one is the card's is not known).
    """
    wanted = letters(title) if title else ""
    found = {link for name, link in links if wanted and name == wanted}
    return found.pop() if len(found) == 1 else None


def letters(text: str) -> str:
    """The text's letters and digits, case folded: the text whatever its markup's spaces
    and punctuation.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        Its alphanumeric characters, case folded, in order.
    """
    return _NOT_ALPHANUMERIC.sub("", text.casefold())


def find_cards(root: HtmlElement) -> list[HtmlElement]:
    """The page's card elements, in document order (see the module's docstring).

    Parameters
    ----------
    root : lxml.html.HtmlElement
        The page's parsed document.

    Returns
    -------
    list of lxml.html.HtmlElement
        The cards; none holds another.
    """
    has_letters = _letter_map(root).__getitem__  # one pass, not a text_content() a level
    flat = _FlatTexts().__getitem__  # each element's text once (the tree is not changed)
    groups = []
    for parent in root.iter():
        if not isinstance(parent.tag, str) or parent.tag in _UNRENDERED:
            continue
        by_shape: dict[tuple[str, ...], list[HtmlElement]] = {}
        for child in parent:
            shape = _card_shape(child, has_letters, flat) if isinstance(child.tag, str) else None
            if shape is not None:
                by_shape.setdefault(shape, []).append(child)
        groups += [group for group in by_shape.values() if len(group) >= MIN_CARDS]
    candidates = {card for group in groups for card in group}
    return [
        card
        for group in groups
        for card in group
        if not any(inner in candidates for inner in card.iterdescendants())
    ]


def _letter_map(root: HtmlElement) -> dict[HtmlElement, bool]:
    """Whether each element under ``root`` (itself too) holds letters: a
    :data:`~analysis.text.LETTER_RUN` in its ``text_content()``, found in one bottom-up
    pass over the document (its text, its child elements' and the children's tails; a
    comment's text is not rendered, its tail is). A run opens with one letter, so the
    pieces hold one exactly when their concatenation does."""
    found: dict[HtmlElement, bool] = {}
    for element in reversed(list(root.iter())):  # each element after its descendants
        if not isinstance(element.tag, str):
            continue
        found[element] = bool(LETTER_RUN.search(element.text or "")) or any(
            (isinstance(child.tag, str) and found[child]) or LETTER_RUN.search(child.tail or "")
            for child in element
        )
    return found


class _FlatTexts(dict):
    """Elements' :func:`_flat_text`, each computed when first asked for."""

    def __missing__(self, element: HtmlElement) -> str:
        text = self[element] = _flat_text(element)
        return text


def _flat_text(element: HtmlElement) -> str:
    """The element's text, its runs of white space one space each, stripped."""
    return " ".join(element.text_content().split())


def _has_letters(element: HtmlElement) -> bool:
    """Whether the element's text holds letters (a :data:`~analysis.text.LETTER_RUN`)."""
    return LETTER_RUN.search(element.text_content()) is not None


def _card_shape(
    element: HtmlElement,
    has_letters: Callable[[HtmlElement], bool] = _has_letters,
    flat: Callable[[HtmlElement], str] = _flat_text,
) -> tuple[str, str] | None:
    """The element's tag and its headline part's when it is a card (None when not): a
    headline part and another part with text outside any link. ``has_letters`` and
    ``flat``: as :func:`_has_letters` and :func:`_flat_text` (look-ups in maps of the
    document's elements)."""
    parts, linked = _parts(element, has_letters)
    headlines = [part for part in parts if linked or _is_headline(part, flat)]
    # (a part counts beside another part that is a headline: the cheap test first, so an
    # element without a headline part, most of a page's, is not read for text outside
    # its links; the tests are pure, their order changes no answer)
    if any(
        any(headline is not part for headline in headlines)
        and (_text_outside_links(part) or _prose_link(part, flat))
        for part in parts
    ):
        return element.tag, headlines[0].tag
    return None


def _parts(
    element: HtmlElement, has_letters: Callable[[HtmlElement], bool] = _has_letters
) -> tuple[list[HtmlElement], bool]:
    """The element's child elements holding letters, descending through a lone child
    (empty when the element has text of its own between them: a sentence with a
    link), and whether a link holds them all (a card wrapped in its link).
    ``has_letters``: as :func:`_has_letters`."""
    linked = _is_story_link(element)  # the card itself is its link
    while True:
        if _own_text(element):
            return [], False
        children = [
            child
            for child in element
            if isinstance(child.tag, str) and child.tag not in _UNRENDERED and has_letters(child)
        ]
        if len(children) != 1:
            return children, linked
        element = children[0]
        linked = linked or _is_story_link(element)


def _own_text(element: HtmlElement) -> bool:
    """Letters written directly in the element, not inside a child element."""
    texts = [element.text or ""] + [child.tail or "" for child in element]
    return any(LETTER_RUN.search(text) for text in texts)


def _is_headline(part: HtmlElement, flat: Callable[[HtmlElement], str] = _flat_text) -> bool:
    """A link that is the part's whole text (maybe inside a heading), or a wrapper that
    opens with such a heading (the linked heading and the teaser one level down), or a
    heading that opens a whole story (:data:`STORY_MARK`), or a table cell opening with a
    linked line over more text (:func:`_opens_with_linked_line`). ``flat``: as
    :func:`_flat_text`."""
    if part.get(STORY_MARK) is not None:
        return True
    first = next(
        (child for child in part if isinstance(child.tag, str) and child.tag not in _UNRENDERED),
        None,
    )
    if (
        first is not None
        and first.tag in HEADINGS
        and part.tag not in HEADINGS
        and _is_headline(first, flat)
    ):
        return True
    if first is not None and part.tag not in HEADINGS and _kicked_heading(part, flat):
        return True
    if part.tag in _CELLS and (
        _opens_with_linked_line(part, first) or _opens_with_linked_part(part, first, flat)
    ):
        return True
    links = [part] if part.tag == "a" else list(part.iter("a"))
    text = flat(part)
    return any(_is_story_link(link) and flat(link) == text for link in links)


def _kicked_heading(part: HtmlElement, flat: Callable[[HtmlElement], str]) -> bool:
    """A header wrapper whose linked heading comes after a kicker
    (:func:`_kicker_heading`)."""
    return _kicker_heading(part, flat) is not None


def _kicker_heading(part: HtmlElement, flat: Callable[[HtmlElement], str]) -> HtmlElement | None:
    """The heading of a header wrapper whose linked heading comes after a kicker (None
    when it is no such wrapper): the children before its heading are short labels,
    each of at most :data:`MAX_OUTLET_WORDS` words, a name's length (a section's or
    topic's tag over the headline, BLOX's ``card-label-section`` link "Local News" in
    the ``card-header`` that holds the ``h3`` headline), that heading is a headline,
    and it is the wrapper's last child holding text (a wrapper that goes on with the
    teaser and the meta line is the card's body, whose own parts are the card's)."""
    children = [
        child
        for child in part
        if isinstance(child.tag, str) and child.tag not in _UNRENDERED and flat(child)
    ]
    if len(children) < 2 or children[-1].tag not in HEADINGS:
        return None
    kickers = children[:-1]
    if any(child.tag in HEADINGS for child in kickers):
        return None
    if any(len(LETTER_RUN.findall(flat(child))) > MAX_OUTLET_WORDS for child in kickers):
        return None
    return children[-1] if _is_headline(children[-1], flat) else None


def _opens_with_linked_line(cell: HtmlElement, first: HtmlElement | None) -> bool:
    """A table cell that opens with a link to a story on a line of its own, a line break
    after it, then more text (an archive table's "headline, then its teaser" cell)."""
    if first is None or (cell.text or "").strip() or (first.tail or "").strip():
        return False
    after = first.getnext()
    if not _is_story_link(first) or after is None or after.tag != "br":
        return False
    rest = (after.tail or "") + "".join(
        sibling.text_content() + (sibling.tail or "") for sibling in after.itersiblings()
    )
    return LETTER_RUN.search(rest) is not None


def _opens_with_linked_part(
    cell: HtmlElement, first: HtmlElement | None, flat: Callable[[HtmlElement], str] = _flat_text
) -> bool:
    """A table cell whose first part is a story's link alone (its whole text, in a
    ``<span>`` or ``<div>`` of its own, no heading) over more parts with text (a forum's
    topic list: the topic's linked title, its category badge, its excerpt)."""
    if first is None or first.tag in HEADINGS or (cell.text or "").strip():
        return False
    if (first.tail or "").strip() or first.tag == "a" or not _is_headline(first, flat):
        return False
    return any(
        isinstance(sibling.tag, str)
        and sibling.tag not in _UNRENDERED
        and LETTER_RUN.search(sibling.text_content())
        for sibling in first.itersiblings()
    )


def _is_story_link(element: HtmlElement) -> bool:
    """A link to another page: not one to a place in this page (``href="#u3"``, a live
    blog's update's permalink, a contents entry)."""
    return element.tag == "a" and not (element.get("href") or "").startswith("#")


def _prose_link(part: HtmlElement, flat: Callable[[HtmlElement], str] = _flat_text) -> bool:
    """A part that is a link's whole text and reads as prose: a teaser printed as a
    link to its story (a portal's search result), not a menu's entry. ``flat``: as
    :func:`_flat_text`."""
    text = flat(part)
    links = [part] if part.tag == "a" else list(part.iter("a"))
    return any(_is_story_link(link) and flat(link) == text for link in links) and is_prose(text)


def _text_outside_links(part: HtmlElement) -> bool:
    """Letters in the part that are not a link's text (nor a script's)."""
    hidden = set()  # the links and unrendered elements in the part, and all inside them
    for inner in part.iter():
        parent = inner.getparent()
        if (
            not isinstance(inner.tag, str)
            or inner.tag == "a"
            or inner.tag in _UNRENDERED
            or (inner is not part and parent in hidden)
        ):
            hidden.add(inner)
        elif LETTER_RUN.search(inner.text or ""):
            return True
        if inner is not part and parent not in hidden and LETTER_RUN.search(inner.tail or ""):
            return True
    return False


def _restyle(element: HtmlElement, style: str) -> None:
    """Add ``style`` after the element's own inline style (the later value wins)."""
    own = (element.get("style") or "").strip().rstrip(";")
    element.set("style", f"{own}; {style}" if own else style)

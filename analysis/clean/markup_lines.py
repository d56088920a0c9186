"""Lines of an HTML page's rendered text whose role the markup tells and the text cannot.

The listing splitter (:mod:`analysis.clean.listing`) reads a page's cards from its
rendered text, where some shapes are the same whatever the page: a name line right
under a card's text (``National Review``) may be the card's outlet or the next card's
kicker, and a line between a story's date and its first paragraph (a deck, a photo's
credit, ``Listen to this article · 4 min``) may open the story's text or be the next
card's headline. On an HTML page the markup draws each card's and each story's bounds,
and says which one a line is; :class:`MarkupLines` carries what it says, as the lines'
letters (:func:`~analysis.clean.html_cards.letters`), and :func:`mark_kinds` gives those
lines their kinds. No value is tuned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.clean.bylines import is_person_name
from analysis.clean.card_fields import is_name_line, meta_fields
from analysis.clean.card_lines import LineKinds, ends_like_sentence
from analysis.clean.dates import find_date_span
from analysis.clean.html_cards import letters
from analysis.text import LETTER_RUN

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Kinds of a name line (``National Review`` is a label, ``The Huffington Post`` a title).
_NAME_KINDS = frozenset({"label", "title"})
#: Words a marked headline prints besides its date to be read as one, not as a date
#: line: a label and its noun ("Police blotter"); one word beside a date is a weekday's
#: or a day's heading ("Friday, Dec. 5").
_HEADLINE_WORDS_BESIDE_DATE = 2
#: Kinds a card's section label is misread as (a name line after a word for "by").
_SECTION_MISREAD_KINDS = frozenset({"meta"})
#: Fields of a meta line that are a story's own header (its byline, its date).
_HEADER_FIELDS = frozenset({"byline", "published"})
#: Fields of a story's time.
_TIME_FIELDS = frozenset({"published", "relative_time"})


@dataclass(frozen=True)
class MarkupLines:
    """What an HTML page's markup says about some lines of its rendered text.

    Attributes
    ----------
    story_headlines : frozenset of str
        The headlines of the whole stories the page prints under headings of their own,
        packed as cards (a newsletter's web version:
        :func:`analysis.clean.html_stories.story_headings`).
    story_openers : frozenset of str
        The lines that open a whole story's text under its headline, byline and date
        on a page of several whole stories (:func:`analysis.clean.html_stories.story_openers`).
    card_closers : frozenset of str
        The name lines that close a packed card, under its text
        (:func:`analysis.clean.html_cards.card_closers`): the card's own, its outlet.
    card_headlines : frozenset of str
        The packed cards' headlines (:func:`analysis.clean.html_cards.card_headlines`).
    beside_story : frozenset of str
        The paragraphs the markup sets beside an article's story: links to other stories
        (:func:`analysis.clean.html_links.link_paragraphs`) and notes, captions and boxes
        of links its class names (:func:`analysis.clean.html_asides.aside_paragraphs`),
        a list of notes its text links to and a grid of cards beside it (their shapes:
        :func:`~analysis.clean.html_asides.note_list_paragraphs`,
        :func:`~analysis.clean.html_asides.card_grid_paragraphs`):
        the story's text, continued after its main text's end
        (:func:`analysis.clean.main_text_end.continued_main_text`), passes over them.
    html : bool
        Whether the lines are an HTML page's rendered text (its markup read, whatever it
        says of them): its whole stories under headings are the markup's to tell
        (:mod:`analysis.clean.html_stories`), not the text's.
    menus : frozenset of str
        The texts of the page's menus, two links or more (:func:`menu_texts`): rendered
        inline without separators ("Home News Sport Business"), a menu's line reads as a
        section's label; it is none (:mod:`analysis.clean.segment`).
    card_sections : frozenset of str
        The section labels the packed cards' markup names so
        (:func:`analysis.clean.html_cards.card_sections`: a kicker, a column's name).
    card_authors : frozenset of str
        The names the packed cards' markup marks as their authors
        (:func:`analysis.clean.html_cards.card_authors`).
    card_texts : frozenset of str
        The paragraphs of the stories' texts on a listing page the package wrote from a
        file's stories (a feed's items, a JSON list's records:
        :func:`analysis.clean.feed_xml.item_texts`), which the writer knows to be text
        whatever their length (a ``prose`` line, :func:`mark_kinds`).
    """

    story_headlines: frozenset[str] = frozenset()
    story_openers: frozenset[str] = frozenset()
    card_closers: frozenset[str] = frozenset()
    card_headlines: frozenset[str] = frozenset()
    beside_story: frozenset[str] = frozenset()
    html: bool = False
    menus: frozenset[str] = frozenset()
    card_sections: frozenset[str] = frozenset()
    card_authors: frozenset[str] = frozenset()
    card_texts: frozenset[str] = frozenset()


#: A page whose markup says nothing of its lines (a text page).
NO_MARKUP = MarkupLines()

#: The fewest links of a menu (:func:`menu_texts`): one link is a breadcrumb's section.
MENU_MIN_LINKS = 2


def menu_texts(tree: HtmlElement) -> frozenset[str]:
    """The texts of a page's menus: each ``<nav>`` element's (or an element whose
    ``role`` is ``navigation``) holding :data:`MENU_MIN_LINKS` links or more, as their
    letters (:func:`~analysis.clean.html_cards.letters`).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The page as :func:`analysis.clean.html_page.rendered_page` parses it.

    Returns
    -------
    frozenset of str
        One text a menu, its letters and digits case folded; empty for a page whose
        markup draws no such menu.
    """
    menus = set()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag != "nav" and element.get("role") != "navigation":
            continue
        if sum(1 for _ in element.iter("a")) >= MENU_MIN_LINKS:
            menus.add(letters(element.text_content()))
    return frozenset(menus - {""})


def button_texts(tree: HtmlElement) -> frozenset[str]:
    """The texts of a page's buttons (``<button>``): controls, no paragraph of the story
    ("Continue reading" between the paragraphs an ``<article>`` holds and the rest of
    the story a script shows under it), as their letters
    (:func:`~analysis.clean.html_cards.letters`).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The page as :func:`analysis.clean.html_page.rendered_page` parses it.

    Returns
    -------
    frozenset of str
        One text a button, its letters and digits case folded; empty for a page without
        buttons.
    """
    return frozenset(letters(button.text_content()) for button in tree.iter("button")) - {""}


def mark_kinds(lines: Sequence[str], kinds: LineKinds, marks: MarkupLines) -> None:
    """Give the lines the markup names (``marks``) their kinds, in place.

    - A card closer printed right under a line with text, a blank line (or the page's
      end) under it and no meta line in its block, where a name line (a label, a
      title) stands: a ``meta`` line, the card's trailer, whose name is its outlet
      (:func:`~analysis.clean.card_fields.card_header` reads a trailer's meta lines).
    - A card's headline printed as a label (``Authentic Asininity``: a name's shape, a
      kicker's or an outlet's): a ``title``; so too one read as a meta line for the date
      it names beside its words (a roundup's ``Police blotter: Dec. 5, 2026``), but not
      a date printed alone (a day's heading linked as a card's first part).
    - A card's section label (a kicker, a column's name) read as a meta line (``Minn
      Għawdex``, "From Gozo", opens with a word for "by"): a ``label``, as its other
      cards' labels read. Not a title line: a forum's topic link is marked so too
      (``class="raw-topic-link"``), and a headline-like label reads as a title on
      every card alike.
    - A card's author the markup marks so, printed alone on a line whose words do not
      all open with a capital (``Jimbai anak Sanggau``, Iban "child of", h336) and so
      read as a title: a ``meta`` line, the card's byline (:func:`_is_marked_author`).
    - A story opener that is neither prose nor the story's byline or time (a meta line
      holding one, but a length under the story's date, :func:`_opens_text`): a
      ``caption``, which opens the story's text under its header
      (:func:`analysis.clean.card_runs.body_runs`), whatever its words.
    - A paragraph of a story's text on a listing the package wrote (``card_texts``;
      not a headline) ending as a sentence does: a ``prose`` line, a short sentence
      (``Pupils return on Wednesday.``) read as a headline would open a card of its own
      or be lost. A line that ends otherwise keeps its kind: a web clip's paragraphs
      are its byline and share line too (``S ɣur NAME``, "By NAME": a byline still).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds; changed in place.
    marks : MarkupLines
        What the page's markup says.
    """
    closers, openers, headlines = marks.card_closers, marks.story_openers, marks.card_headlines
    sections = marks.card_sections - headlines
    authors = marks.card_authors - headlines
    texts = marks.card_texts - headlines
    if not any((closers, openers, headlines, sections, authors, texts)):
        return
    for i, line in enumerate(lines):
        if kinds.known(i) in {"blank", "prose"}:
            continue
        found = letters(line)
        if found in texts and ends_like_sentence(line):
            kinds[i] = "prose"
        elif found in closers and kinds[i] in _NAME_KINDS and _closes_block(kinds, i):
            kinds[i] = "meta"
        elif found in headlines and (
            kinds[i] == "label" or (kinds[i] == "meta" and _words_beside_date(line))
        ):
            kinds[i] = "title"
        elif found in sections and kinds[i] in _SECTION_MISREAD_KINDS:
            kinds[i] = "label"
        elif _is_marked_author(line, found, authors, kinds[i]):
            kinds[i] = "meta"
        elif found in openers and _opens_text(lines, kinds, i):
            kinds[i] = "caption"


def _words_beside_date(line: str) -> bool:
    """True when ``line`` prints a date and two words or more besides it (``Police
    blotter: Dec. 5, 2026``), not a date alone (``Dec. 5, 2026``, ``Friday, 5 Dec``)
    nor a line without a date (a link's address printed as a card's headline part is
    read as its meta line, and stays one)."""
    span = find_date_span(line)
    if span is None:  # a meta line for another field (a link's address, a byline)
        return False
    rest = line[: span[0]] + " " + line[span[1] :]
    return len(LETTER_RUN.findall(rest)) >= _HEADLINE_WORDS_BESIDE_DATE


def _is_marked_author(line: str, found: str, authors: frozenset[str], kind: str) -> bool:
    """A line read as a title that the markup marks as a card's author and whose words
    read as a person's name with a lower-case particle (``Jimbai anak Sanggau``): a
    name of capitalized words only is a name line already, and a marked "author" that is
    no name (a notebook app's title property) is left alone."""
    return (
        found in authors
        and kind == "title"
        and not is_name_line(line)
        and is_person_name(line.split())
    )


def _closes_block(kinds: LineKinds, i: int) -> bool:
    """Line ``i`` right under a line with text, a blank line or the page's end under it,
    and no meta line in its block (a card printing its outlet or time elsewhere reads
    them there: its last line is its own, a note's ``Contributing: Ray Locker.``)."""
    if i == 0 or kinds.known(i - 1) == "blank":
        return False
    if i + 1 < len(kinds) and kinds.known(i + 1) != "blank":
        return False
    j = i - 1
    while j >= 0 and kinds.known(j) != "blank":
        if kinds[j] == "meta":
            return False
        j -= 1
    return True


def _opens_text(lines: Sequence[str], kinds: LineKinds, i: int) -> bool:
    """Whether story opener ``i`` opens the story's text: a line that is no meta line, or
    a meta line holding no byline nor date under a header that holds the story's time
    (``Listen to this article · 4 min`` under the date: a length, not the story's time)."""
    header = []
    j = i - 1  # (the header's kinds worked out: body_runs reads the known ones only)
    while j >= 0 and kinds[j] in {"blank", "meta"}:
        header.append(j)
        j -= 1
    if kinds[i] != "meta":
        return True
    if any(f.field in _HEADER_FIELDS for f in meta_fields(i, lines[i])):
        return False  # the story's byline or date
    return any(
        f.field in _TIME_FIELDS
        for k in header
        if kinds[k] == "meta"
        for f in meta_fields(k, lines[k])
    )

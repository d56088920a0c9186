"""Full stories under headings: a newsletter's web version, a digest printing whole texts.

A newsletter's web version (or any page that prints several whole stories) puts each
story under a heading of one level, its paragraphs after it, and no headline of the
page's own above them: the page's top is the site's name and the issue's line::

    <h1>The Harbour Brief</h1><p>Thursday · Issue #212</p>
    <h2>Council approves budget</h2><p>..</p><p>..</p>
    <h2>Ferry resumes on Monday</h2><p>..</p><p>..</p>

A browser's text view reads that as one article under subheads. The markup tells the
two apart: an article's subheads sit under its own headline (a heading above them
that is not the site's name), and its ``<title>`` names that headline or the first
subhead. :func:`story_headings` gives the headings that open whole stories, so that
:mod:`analysis.clean.html_cards` packs each story as a card and the listing splitter
(:mod:`analysis.clean.listing`) reads it as one, its full text being no teaser. No
value is tuned: a story is :data:`MIN_STORY_PARAGRAPHS` prose paragraphs or more (one
paragraph under a heading is a teaser's shape, which the cards read already), and the
page holds :data:`~analysis.clean.card_blocks.MIN_CARDS` of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_lines import is_prose
from analysis.clean.html_cards import letters
from analysis.clean.html_headings import HEADINGS
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN, is_blank

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: The fewest prose paragraphs of a whole story under its heading (a card's teaser is one).
MIN_STORY_PARAGRAPHS = 2
#: Headings that may open a story (an ``<h1>`` is the page's own headline or its name).
_STORY_HEADINGS = tuple(tag for tag in HEADINGS if tag != "h1")


def story_headings(root: HtmlElement) -> list[HtmlElement]:
    """The headings that open whole stories on a page of them, in document order.

    Parameters
    ----------
    root : lxml.html.HtmlElement
        The page's parsed document.

    Returns
    -------
    list of lxml.html.HtmlElement
        Headings of one tag, :data:`~analysis.clean.card_blocks.MIN_CARDS` or more, each
        followed by :data:`MIN_STORY_PARAGRAPHS` prose paragraphs: siblings under one
        parent (a story up to the next heading of that tag), or each opening a wrapper of
        its own among the wrapper's siblings (``<div><h2>..</h2><p>..</p><p>..</p></div>``
        repeated). None when the page shows a headline of its own over them
        (:func:`_no_own_headline`).
    """
    groups: dict[tuple, list[tuple[HtmlElement, list[HtmlElement]]]] = {}
    children_of: dict[HtmlElement, list[HtmlElement]] = {}
    for heading in root.iter(*_STORY_HEADINGS):
        if (parent := heading.getparent()) is None:
            continue
        if (children := children_of.get(parent)) is None:
            children = children_of[parent] = [c for c in parent if isinstance(c.tag, str)]
        opens = [k for k, child in enumerate(children) if child.tag == heading.tag]
        if opens == [0] and (outer := parent.getparent()) is not None:
            key: tuple = (outer, parent.tag, heading.tag)  # a wrapper per story
        else:
            key = (parent, heading.tag)
        at = children.index(heading)
        ends = [k for k in opens if k > at] + [len(children)]
        groups.setdefault(key, []).append((heading, children[at + 1 : ends[0]]))
    for stories in groups.values():  # in the order of their first headings
        if len(stories) >= MIN_CARDS and all(
            _prose_paragraphs(story) >= MIN_STORY_PARAGRAPHS for _, story in stories
        ):
            headings = [heading for heading, _ in stories]
            return headings if _no_own_headline(root, headings) else []
    return []


def _prose_paragraphs(elements: list[HtmlElement]) -> int:
    """How many of ``elements`` are ``<p>`` paragraphs of prose (a sentence, not a label)."""
    return sum(
        element.tag == "p" and is_prose(" ".join(element.text_content().split()))
        for element in elements
    )


def _no_own_headline(root: HtmlElement, headings: list[HtmlElement]) -> bool:
    """True when the page shows no headline of its own over ``headings``.

    The page has a ``<title>`` and it names none of them (else the page is that story's);
    every heading above the first is the site's name (``og:site_name``; any other is the
    page's headline or a section's title over subheads); and no element above the first
    prints a part of the ``<title>`` other than the site's name (an article's headline
    in a ``<div>``, its subheads under it).
    """
    from analysis.clean.html_page import title_parts  # (html_page renders with this module)

    title = " ".join(" ".join(root.xpath("//title//text()")).split())
    if not letters(title) or any(letters(h.text_content()) in letters(title) for h in headings):
        return False
    site = letters(" ".join(root.xpath("//meta[@property='og:site_name']/@content")))
    parts = {letters(part) for part in title_parts(title)} - {site, ""}
    body = root.find("body")
    for element in (body if body is not None else root).iter():
        if element is headings[0]:
            return True
        if not isinstance(element.tag, str):
            continue
        printed = letters(element.text_content())
        if element.tag in HEADINGS and (printed != site or not site):
            return False  # a headline (or a section's title) over the stories
        if printed in parts:
            return False  # the <title>'s headline printed over the stories
    return False


def story_openers(root: HtmlElement) -> frozenset[str]:
    """The lines that open the text of whole stories printed one after another (an
    infinite-scroll page, a site's several stories in ``<article>`` elements).

    A story's *container* is the largest element that holds its heading and no other
    heading of that tag; a page of whole stories holds
    :data:`~analysis.clean.card_blocks.MIN_CARDS` or more sibling containers of one tag,
    each with :data:`MIN_STORY_PARAGRAPHS` prose ``<p>`` paragraphs or more after its
    heading. A story's opener is the last element printing a line between its heading and
    its first prose paragraph (a deck, a photo's credit, ``Listen to this article``),
    under another (the byline, the date), no heading between them (a section's cards),
    and no ``<time>``: in the text view it
    stands where the next card's headline could, and only the markup tells the story's
    text starts there.

    Parameters
    ----------
    root : lxml.html.HtmlElement
        The page's parsed document.

    Returns
    -------
    frozenset of str
        The openers' letters and digits, case folded
        (:func:`~analysis.clean.html_cards.letters`); empty on a page of one story.
    """
    count: dict[tuple[HtmlElement, str], int] = {}
    chains = []
    for heading in root.iter(*HEADINGS):
        chain = [a for a in heading.iterancestors() if a.tag not in {"body", "html"}]
        for ancestor in chain:
            count[ancestor, heading.tag] = count.get((ancestor, heading.tag), 0) + 1
        chains.append((heading, chain))
    groups: dict[tuple[HtmlElement, str], list[tuple[HtmlElement, HtmlElement]]] = {}
    for heading, chain in chains:
        alone = [a for a in chain if count[a, heading.tag] == 1]
        if alone and (parent := alone[-1].getparent()) is not None:
            groups.setdefault((parent, alone[-1].tag), []).append((alone[-1], heading))
    found = set()
    for stories in groups.values():
        if len(stories) < MIN_CARDS:
            continue
        openings = [_opening(container, heading) for container, heading in stories]
        if all(n >= MIN_STORY_PARAGRAPHS for n, _ in openings):
            found |= {letters(o.text_content()) for _, o in openings if o is not None}
    return frozenset(found - {""})


#: Elements that print inside a line of their parent's (a word set in bold, a link).
_INLINE = frozenset(
    {"a", "abbr", "b", "cite", "code", "em", "font", "i", "label", "mark", "q", "s", "small"}
    | {"span", "strong", "sub", "sup", "time", "u"}
)


def _opening(container: HtmlElement, heading: HtmlElement) -> tuple[int, HtmlElement | None]:
    """How many prose ``<p>`` paragraphs follow ``heading`` in ``container``, and the
    story's opener (:func:`story_openers`) or None."""
    inside_heading = set(heading.iter())
    lines: list[HtmlElement] = []  # the elements printing lines between heading and text
    first_prose, n = None, 0
    after = headed = False
    for element in container.iter():
        if element is heading:
            after = True
        if not after or element in inside_heading or not isinstance(element.tag, str):
            continue
        if element.tag == "p" and is_prose(" ".join(element.text_content().split())):
            n += 1
            first_prose = first_prose if first_prose is not None else element
        elif first_prose is None and element.tag in HEADINGS:
            headed = True  # a card's headline under a section's: no story's text yet
        elif first_prose is None and LETTER_RUN.search(element.text or ""):
            while element.tag in _INLINE and (parent := element.getparent()) is not container:
                element = parent  # the line the word prints in
            if not lines or lines[-1] is not element:
                lines.append(element)
    # the opener is under the story's header (its byline, its date), not the header
    # itself (a card's ``Outlet · 3 hours ago`` over its text), nor its date
    if len(lines) < 2 or first_prose is None or headed:
        return n, None
    if lines[-1].tag == "time" or any(True for _ in lines[-1].iter("time")):
        return n, None
    return n, lines[-1]


def story_regions(lines: Sequence[str], stories: frozenset[str]) -> list[ArticleRegion]:
    """One article per whole story the markup packed (:func:`story_headings`), or none.

    A packed story is a block of lines (a blank line around it): its headline, one of
    ``stories``, then its paragraphs; lines after its last prose line (a "Share this
    story" link) are its own chrome, no body.

    Parameters
    ----------
    lines : sequence of str
        The page's rendered lines.
    stories : frozenset of str
        The stories' headlines as letters
        (:attr:`analysis.clean.html_page.HtmlMetadata.story_headlines`).

    Returns
    -------
    list of ArticleRegion
        One per story in page order; none unless every headline opens a block with
        :data:`MIN_STORY_PARAGRAPHS` prose lines.
    """
    regions = []
    for i, line in enumerate(lines):
        if (i and not is_blank(lines[i - 1])) or letters(line) not in stories:
            continue
        end = i + 1
        while end < len(lines) and not is_blank(lines[end]):
            end += 1
        prose = [k for k in range(i + 1, end) if is_prose(lines[k].strip())]
        if len(prose) < MIN_STORY_PARAGRAPHS:
            return []
        body = tuple(range(i + 1, prose[-1] + 1))
        title = FieldSpan(i, len(line) - len(line.lstrip()), len(line.rstrip()), "title")
        regions.append(ArticleRegion(i, end - 1, body, (title,)))
    return regions if len(regions) == len(stories) else []

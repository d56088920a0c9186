"""One outlet's story saved more than once (stage: metrics): each counted once.

A researcher who scrapes an outlet every day saves a story on several days: the pages
differ only in their chrome (a "most read" box, the day's date), so ``clean`` reads each
as an article (:mod:`analysis.clean.duplicates` sets aside only files of the same bytes,
name or manifest URL). Two articles are saves of one story, a *resave*, when

- they are of the same outlet (an article without an outlet is its own),
- their bodies share copy, by the test of :mod:`analysis.stats.copies` (a near-duplicate,
  or one holding most of the other), found by the same search, and
- they are the same story: the same title, case and spacing aside (the body when there
  is no title: :func:`analysis.stats.boilerplate_lines.story_of`, the story of an
  outlet's repeated lines), or article pages with the same URL (a manifest's, or an HTML
  page's canonical URL; fragment aside: :func:`analysis.clean.page_urls.url_key`, as
  :mod:`analysis.clean.duplicates` compares manifest URLs), or a teaser at an article
  page's URL (below). A listing card's URL is its page's, not its story's, unless it
  is the card's own link (:func:`own_links`: a feed's item, a news API's story, each
  card of its page at an address of its own; a site's listing page's cards all share
  the page's).

A teaser (a listing card's snippet, a paywalled save) is held in its story's full text
but is often too short for the copy test's floor of shared shingles (a one-sentence
card); :func:`teaser_links` links it to a full text of its outlet with the same title
whose shingles hold :data:`~analysis.stats.copies.CONTAINMENT_THRESHOLD` of its own, the
same title and outlet standing for the floor (a weekly column's card is not held in
another week's text), or published on the same day (a news API's story beside the
same story saved without its address: its summary is written apart), and to an
article page of its outlet at its own address (a news API's story or a feed's item,
whose card is its own link, beside the page saved: the API's summary is written apart
from the story's text and its headline may differ, but one address of one outlet is one
story).

The saves of one story are the connected articles (A and B saves of one story, B and C
too: A, B and C are); the one kept is the first of them: a full text before a teaser
(a paywalled save, a card), then the first page in ``clean``'s order of a page's files
(:func:`analysis.clean.save_order.save_order`: the shortest file name, so that a save
again, ``story (1).html`` or ``story-updated.txt``, never displaces ``story.html`` when
it is added to the folder later, then the first by name), then the first on its page.
Every other is a resave of it (``article_metrics.resave_of``, the kept article's id):
it stays in every per-article table, and the outlet's statistics leave it out
(``outlet_metrics.n_resaves`` counts them). No value here is tuned.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from analysis.clean.page_urls import url_key
from analysis.clean.save_order import save_order
from analysis.stats.boilerplate_lines import story_of
from analysis.stats.copies import CONTAINMENT_THRESHOLD, components, overlap, shingles


class Save(NamedTuple):
    """What tells an outlet's saves of one story apart from its other articles.

    ``story`` is :func:`~analysis.stats.boilerplate_lines.story_of` the article;
    ``url`` an article page's URL as compared, or a card's own link (None for another
    card, or a page without one);
    ``first`` sorts the saves of a story, the smallest kept.
    """

    story: int
    url: str | None
    first: tuple[bool, tuple[int, str], int]


def save_of(
    title: str | None,
    body: str,
    url: str | None,
    layout: str,
    page: str,
    article_index: int,
    is_teaser: bool,
    *,
    own_link: bool = False,
) -> Save:
    """The :class:`Save` of one article from its columns.

    Parameters
    ----------
    title : str or None
        ``articles.title``.
    body : str
        The body the copy search compared (the outlet's repeated lines removed).
    url : str or None
        ``articles.url``: the page's URL, or a data listing's card's own link; read for
        an article page, and for a card whose own link it is (``own_link``).
    layout : str
        ``"article"`` or ``"listing"``.
    page : str
        The page's file name.
    article_index : int
        The article's position on its page.
    is_teaser : bool
        Whether the body is a teaser (not the full text).
    own_link : bool, optional
        Whether a listing card's ``url`` is its own link (:func:`own_links`), compared
        as an article page's is.

    Returns
    -------
    Save
        Its story, its URL as compared (None when it has none, or is a card's page's),
        its order.
    """
    compared = url_key(url) if (layout == "article" or own_link) and isinstance(url, str) else ""
    return Save(
        story_of(title, body),
        compared or None,
        (bool(is_teaser), save_order(str(page)), int(article_index)),
    )


def find_resaves(
    links: Iterable[tuple[list[str], list[str]]], save_of_article: Callable[[str], Save]
) -> dict[str, str]:
    """Every resave, with the article kept for its story.

    Parameters
    ----------
    links : iterable of tuple of list of str
        :attr:`analysis.stats.copies.CopySearch.same_outlet`: two lists of article ids of
        one outlet, each of the first sharing copy with each of the second, and each
        list's articles with each other (one group of identical bodies).
    save_of_article : callable
        article_id -> its :class:`Save`; called once per article of ``links``.

    Returns
    -------
    dict of str to str
        The id of each resave -> the id of the save kept, in id order; empty when no two
        articles are saves of one story.
    """
    saves: dict[str, Save] = {}
    joined: list[tuple[str, str]] = []  # each article to the first of its link with its key
    for left, right in links:
        ids = left if left is right else [*left, *right]
        first_of: dict[tuple[str, object], str] = {}
        for article_id in ids:
            if article_id not in saves:
                saves[article_id] = save_of_article(article_id)
            save = saves[article_id]
            keys = [("story", save.story)] + ([("url", save.url)] if save.url else [])
            joined.extend((first_of.setdefault(key, article_id), article_id) for key in keys)
    stories: dict[str, list[str]] = {}
    for article_id, first in components(joined).items():
        stories.setdefault(first, []).append(article_id)
    resaves: dict[str, str] = {}
    for members in stories.values():
        kept = min(members, key=lambda article_id: (saves[article_id].first, article_id))
        resaves.update((article_id, kept) for article_id in members if article_id != kept)
    return dict(sorted(resaves.items()))


#: One article as :func:`teaser_links` reads it: its id, outlet, title and whether its
#: body is a teaser (``articles.is_teaser``).
TeaserRow = tuple[str, str | None, str | None, bool]


#: Where an article is, as :func:`teaser_links` compares teasers and pages: its
#: ``articles.url`` when it is an article page's or a card's own link (:func:`own_links`),
#: else None, and its layout (``"article"`` or ``"listing"``).
Address = tuple[str | None, str]


def own_links(rows: Iterable[tuple[str, str, str, str | None]]) -> frozenset[str]:
    """The listing cards whose ``url`` is their own link, not their page's.

    A feed's or a news API's card is its story's link (``articles.url``,
    :func:`analysis.clean.feed_xml.item_links`); a site's listing page's cards all carry
    the page's URL. A card is its own link when its page has two cards or more and no
    other card of the page has its URL (a page of one card cannot tell).

    Parameters
    ----------
    rows : iterable of tuple
        ``(article_id, page, layout, url)`` of every article.

    Returns
    -------
    frozenset of str
        The ids of those cards.
    """
    pages: dict[str, list[tuple[str, str]]] = {}
    for article_id, page, layout, url in rows:
        if layout == "listing":
            key = url_key(url) if isinstance(url, str) else ""
            pages.setdefault(str(page), []).append((str(article_id), key))
    own: set[str] = set()
    for cards in pages.values():
        if len(cards) >= 2:
            counts = Counter(key for _, key in cards)
            own.update(article_id for article_id, key in cards if key and counts[key] == 1)
    return frozenset(own)


def teaser_links(
    rows: Callable[[], Iterable[TeaserRow]],
    body_of: Callable[[str], str],
    address_of: Callable[[str], Address] | None = None,
    days_of: Callable[[set[str]], Mapping[str, str | None]] | None = None,
) -> list[tuple[list[str], list[str]]]:
    """Links of each teaser to the full texts of its outlet and title that hold it, and
    to the article pages of its outlet at its address.

    Parameters
    ----------
    rows : callable
        Returns the articles' :data:`TeaserRow` afresh on each call (read twice: the
        teasers' outlets and titles first, then the full texts of those only, so that
        no more than they are held).
    body_of : callable
        article_id -> the body the copy search compared.
    address_of : callable, optional
        article_id -> its :data:`Address`; called for the teasers and for the full
        texts of their outlets only. None: no article is linked by its address.
    days_of : callable, optional
        Some article ids -> each one's ``articles.published`` (None when undated);
        called once, with the teasers and the full texts of their outlets and titles.
        None: a teaser is linked by its title only to a full text holding it.

    Returns
    -------
    list of tuple of list of str
        ``([teaser], [full text])`` for each teaser whose 5-word shingles are held at
        least :data:`~analysis.stats.copies.CONTAINMENT_THRESHOLD` in the full text of
        an article of its outlet with its title, case and spacing aside (the
        containment of :func:`analysis.stats.copies.overlap`, without the copy test's
        floor), or published on its day (``days_of``: a news API's or a feed's summary
        is written apart from the story, and a weekly column's other week is another
        day), as :attr:`analysis.stats.copies.CopySearch.same_outlet` links them, in
        the order of the titles' stories, then the rows'; then for each teaser whose
        URL (:func:`analysis.clean.page_urls.url_key`) is an article page's of its
        outlet that is no teaser, in the rows' order (a card whose URL is its page's
        has no address of its own: :data:`Address`).
    """
    teasers: dict[tuple[str, int], list[str]] = {}
    for article_id, outlet, title, is_teaser in rows():
        key = _titled_story(outlet, title)
        if is_teaser and key is not None:
            teasers.setdefault(key, []).append(article_id)
    full_texts: dict[tuple[str, int], list[str]] = {}
    for article_id, outlet, title, is_teaser in rows() if teasers else ():
        key = _titled_story(outlet, title)
        if not is_teaser and key in teasers:
            full_texts.setdefault(key, []).append(article_id)  # type: ignore[index]
    links: list[tuple[list[str], list[str]]] = []
    days: Mapping[str, str | None] = {}
    if days_of is not None and full_texts:
        days = days_of({i for key in full_texts for i in (*full_texts[key], *teasers[key])})
    for key in sorted(full_texts):
        held_in = [(full, shingles(body_of(full))) for full in full_texts[key]]
        for teaser in teasers[key]:
            held = shingles(body_of(teaser))
            day = days.get(teaser)
            links.extend(
                ([teaser], [full])
                for full, text in held_in
                if (day is not None and days.get(full) == day)
                or overlap(held, text).containment >= CONTAINMENT_THRESHOLD
            )
    return links + (_address_links(rows, address_of) if address_of is not None else [])


def _address_links(
    rows: Callable[[], Iterable[TeaserRow]], address_of: Callable[[str], Address]
) -> list[tuple[list[str], list[str]]]:
    """``([teaser], [article page])`` for each teaser and each article page (no teaser)
    of its outlet at its URL, in the rows' order (see :func:`teaser_links`)."""
    at: dict[tuple[str, str], list[str]] = {}  # (outlet, URL) -> the teasers there
    for article_id, outlet, _, is_teaser in rows():
        if is_teaser and isinstance(outlet, str) and outlet:
            url, _ = address_of(article_id)
            if isinstance(url, str) and (key := url_key(url)):
                at.setdefault((outlet, key), []).append(article_id)
    outlets = {outlet for outlet, _ in at}
    links: list[tuple[list[str], list[str]]] = []
    for article_id, outlet, _, is_teaser in rows() if at else ():
        if is_teaser or outlet not in outlets:
            continue
        url, layout = address_of(article_id)
        if layout == "article" and isinstance(url, str):
            links.extend(([teaser], [article_id]) for teaser in at.get((outlet, url_key(url)), ()))
    return links


def _titled_story(outlet: str | None, title: str | None) -> tuple[str, int] | None:
    """The outlet and story of an article with an outlet and a title; None otherwise."""
    if not outlet or not isinstance(outlet, str) or not isinstance(title, str):
        return None
    return (outlet, story_of(title, "")) if title.strip() else None

"""A saved RSS or Atom feed (``.xml``, ``.rss``, ``.atom``): a listing, one card per item.

The feed is parsed with defusedxml (no DTD, no entity declaration, nothing fetched: a
feed declaring entities is refused) and written as a small HTML listing page that the
HTML reader reads as any other: each item an ``<article>`` holding its title as a
linked heading, its date (``<time datetime>``, RSS's RFC 822 ``pubDate`` as ISO 8601
with its own offset), the publisher an aggregator's item credits (``<source>``) as its
"Source:" line (the card's outlet; a title ending in " - PUBLISHER" loses that end) and
its description or summary (markup taken off) as the teaser, else its full text
(``<content:encoded>``, RSS's content module: a WordPress feed or WXR export whose
description is empty).
Every value is escaped: the feed's text never becomes markup. The channel's link is the
page's canonical URL (the outlet's key), and the part of the channel's title that names
that link's domain ("Example Star" of "Example Star - News") its site name; a channel
with no link (a podcast's feed) is named by its whole title, the only name it gives of
itself. Each item's author (``<itunes:author>`` too, matched by local name) is its
card's byline, marked so in the listing's markup whether its cards are packed or not
(:class:`~analysis.clean.saved_document.SavedDocument`'s ``listing``).

RSS 2.0 and 0.9x (``<rss><channel><item>``), RSS 1.0 (``<rdf:RDF>``: items beside the
channel) and Atom (``<feed><entry>``) are read; elements are matched by local name.
A news sitemap (``<urlset>`` whose ``<url>`` entries hold a ``<news:news>`` with its
``<news:title>``) is a listing too: each entry a card, its ``<loc>`` the link, its
``<news:publication_date>`` the date, no teaser; the ``<news:name>`` of its
``<news:publication>`` the site's name when every entry names the same, else each
card's "Source:" line. A sitemap of addresses only (no titles) is no listing. A news
agency's NewsML-G2 file (``<newsMessage>`` or ``<newsItem>``) is a listing of its text
items (:mod:`analysis.clean.newsml`).
An article trafilatura saved as XML (``<doc>``, ``<TEI>``) is one article page
(:mod:`analysis.clean.extractor_xml`), and so is a story in NITF (``<nitf>``:
:mod:`analysis.clean.nitf`).
"""

from __future__ import annotations

import email.utils
import re
from html import escape, unescape
from typing import NamedTuple
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from analysis.clean.domains import registered_domain
from analysis.clean.extractor_xml import EXTRACTOR_ROOTS, extractor_document
from analysis.clean.link_forms import redirect_target
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.newsml import NEWSML_ROOTS, newsml_items, newsml_site
from analysis.clean.nitf import NITF_ROOT, nitf_document
from analysis.clean.saved_document import PAGE_FORMATS, SavedDocument, web_url
from analysis.clean.xml_elements import child as _child
from analysis.clean.xml_elements import local_name as _local
from analysis.clean.xml_records import Record, record_items
from analysis.errors import PageReadError

# RSS's content module (``<content:encoded>``: an item's full text as markup).
_CONTENT_MODULE = "{http://purl.org/rss/1.0/modules/content/}encoded"
# An item's content markup opening with a page's header, and the header's headline.
_CONTENT_HEADER = re.compile(r"\s*<header\b[^>]*>(.*?)</header\s*>", re.I | re.S)
_HEADLINE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)

#: File name endings of saved feeds (``feed.xml``, ``index.rss``, ``news.atom``).
FEED_SUFFIXES = (".xml", ".rss", ".atom")

_NOT_A_PAGE = f"not a page ({PAGE_FORMATS}; a table of page metadata is given with --manifest)"
# What separates a site's name from a section in a feed's title: "Site - News".
_TITLE_PARTS = re.compile(r"\s+[-|–—:·»]\s+")
_TAG = re.compile(
    r"<!--.*?-->|<(?:script|style)\b.*?</(?:script|style)\s*>|</?[A-Za-z][^<>]*>", re.I | re.S
)


class FeedItem(NamedTuple):
    """One item of a feed, as plain text.

    Attributes
    ----------
    title : str
        The item's title.
    link : str or None
        Its ``http(s)`` link.
    date : str or None
        Its date as written.
    iso_date : str or None
        The date as ISO 8601 (for ``<time datetime>``), None when unread.
    teaser : str
        Its description or summary, without markup.
    source : str or None
        The publisher an aggregator's item credits (RSS ``<source>``, Atom's
        ``<source><title>``), None when it credits none.
    author : str or None
        The item's author (Atom's ``<author><name>``, Dublin Core's ``<dc:creator>``,
        RSS's ``<author>`` without its e-mail address), None when it names none.
    paragraphs : tuple of str
        The item's text as the blocks its markup writes, one paragraph each, printed
        instead of ``teaser`` when given (a clip's date, byline and text lines:
        :mod:`analysis.clean.evernote_export`).
    """

    title: str
    link: str | None
    date: str | None
    iso_date: str | None
    teaser: str
    source: str | None = None
    author: str | None = None
    paragraphs: tuple[str, ...] = ()


def feed_document(data: bytes, name: str) -> SavedDocument:
    """A saved RSS or Atom feed as an HTML listing page (see the module doc).

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        The file, for errors.

    Returns
    -------
    SavedDocument
        The listing page (UTF-8) and the channel's link.

    Raises
    ------
    PageReadError
        Not well-formed XML, a DTD or entity declaration, a root that is no feed, or
        a feed without items.
    """
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as err:
        raise PageReadError(name, f"XML declaring a DTD or entities, not read ({err})") from err
    except ParseError as err:
        raise PageReadError(name, f"XML that is not well-formed ({err}), {_NOT_A_PAGE}") from err
    kind = _local(root.tag)
    if kind == "urlset" and (sitemap := _news_sitemap(root)) is not None:
        return sitemap
    if kind in NEWSML_ROOTS and (agency := _newsml_listing(root)) is not None:
        return agency
    if kind in EXTRACTOR_ROOTS and (article := extractor_document(root)) is not None:
        return article  # trafilatura's XML of one article
    if kind == NITF_ROOT and (story := nitf_document(root)) is not None:
        return story  # a story in NITF, as a newsroom or an archive keeps one
    if kind not in ("rss", "RDF", "feed"):
        if records := record_items(root):  # an archive's Dublin Core records (OAI-PMH)
            return _records_listing(records)
        raise PageReadError(
            name, f"XML that is no RSS or Atom feed (its root is <{kind}>), {_NOT_A_PAGE}"
        )
    channel = _child(root, "channel") if kind != "feed" else root
    channel = root if channel is None else channel
    entries = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    items = [item for e in entries if (item := _item(e)) is not None]
    if not items:
        raise PageReadError(name, f"{'Atom' if kind == 'feed' else 'RSS'} feed without items")
    items = [_redirect_credited(item) for item in items]
    url = _link(channel)
    title = _text(_child(channel, "title"))
    # a feed naming no site's address (a podcast's): its title is the only name it gives
    site = title.strip() or None if url is None else None
    page = listing_html(title, url, items, site)
    return SavedDocument(page.encode("utf-8"), "utf-8", url, listing=True)


def _redirect_credited(item: FeedItem) -> FeedItem:
    """An item whose link goes through a redirector to another site's page (an alerts
    feed's ``https://www.google.com/url?rct=j&url=TARGET&...``), crediting no source:
    credited to the target's host without ``www.`` (each item its own site, as an
    aggregator's ``<source>`` names it); any other item as it is."""
    if item.source or not item.link:
        return item
    parts = urlsplit(item.link)
    target = redirect_target(parts.query)
    host = urlsplit(target).hostname if target else None
    if not host or host == parts.hostname:
        return item
    return item._replace(source=host.removeprefix("www."))


def _news_sitemap(root: Element) -> SavedDocument | None:
    """A news sitemap's listing page (see the module doc); None for a sitemap whose
    entries carry no news title."""
    items, names = [], []
    for entry in root:
        news = _child(entry, "news") if _local(entry.tag) == "url" else None
        title = _text(_child(news, "title")) if news is not None else ""
        if not title:
            continue
        publication = _child(news, "publication")
        names.append(_text(_child(publication, "name")) if publication is not None else "")
        date = _text(_child(news, "publication_date")) or None
        link = web_url(_text(_child(entry, "loc")))
        items.append(FeedItem(title, link, date, iso_date(date), ""))
    if not items:
        return None
    site = names[0] if names[0] and len(set(names)) == 1 else None
    if site is None:  # publications differ: each card credits its own
        items = [
            item._replace(source=name or None) for item, name in zip(items, names, strict=True)
        ]
    # the site's address: the one scheme and host of every entry's link
    hosts = sorted({urlsplit(item.link)[:2] for item in items if item.link is not None})
    url = f"{hosts[0][0]}://{hosts[0][1]}/" if len(hosts) == 1 else None
    page = listing_html("", url, items, site=site)
    return SavedDocument(page.encode("utf-8"), "utf-8", url)


def _records_listing(records: list[Record]) -> SavedDocument:
    """The listing page of an XML export's records (:mod:`analysis.clean.xml_records`),
    each credited to its publisher."""
    items = [
        FeedItem(r.title, web_url(r.link), r.date, iso_date(r.date), r.teaser, r.source, r.author)
        for r in records
    ]
    page = listing_html("", None, items)
    return SavedDocument(page.encode("utf-8"), "utf-8", None, listing=True)


def _newsml_listing(root: Element) -> SavedDocument | None:
    """A NewsML-G2 file's listing page (:mod:`analysis.clean.newsml`); None when no item
    gives a headline."""
    items = [
        FeedItem(item.title, None, item.date, iso_date(item.date), item.teaser, None, item.author)
        for item in newsml_items(root)
    ]
    if not items:
        return None
    page = listing_html("", None, items, newsml_site(root))
    return SavedDocument(page.encode("utf-8"), "utf-8", None, listing=True)


def _text(element: Element | None) -> str:
    """An element's text, markup taken off (a description may hold escaped HTML)."""
    if element is None:
        return ""
    text = "".join(element.itertext())
    if "<" in text:  # HTML in the text: its text, its character references decoded
        text = unescape(_TAG.sub(" ", text))
    return " ".join(text.split())


def _link(element: Element) -> str | None:
    """RSS's ``<link>URL</link>`` or Atom's ``<link href>`` (its alternate link)."""
    for link in element:
        if _local(link.tag) != "link":
            continue
        if link.get("href") is None:
            if (url := web_url(_text(link))) is not None:
                return url
        elif link.get("rel", "alternate") == "alternate" and (url := web_url(link.get("href"))):
            return url
    return None


def _item(entry: Element) -> FeedItem | None:
    """One ``<item>`` or ``<entry>``; None without a title (a ``<title>``, or the
    ``<h1>`` of the header its content's markup opens with)."""
    title = _text(_child(entry, "title"))
    headed = None if title else _headed_content(entry)
    if headed is not None:
        title, story_text = headed
    if not title:
        return None
    date = next(
        (
            text
            for field in ("pubDate", "date", "published", "updated")
            if (text := _text(_child(entry, field)))
        ),
        None,
    )
    teaser = next(
        (
            text
            for field in ("description", "summary", "content")
            if (text := _text(_child(entry, field)))
        ),
        # no description: the item's full text (an export's excerpt:encoded is no text)
        _text(entry.find(_CONTENT_MODULE)),
    )
    if headed is not None:
        teaser = story_text  # the story's markup without its page header
    source_element = _child(entry, "source")
    source = _text(source_element) if source_element is not None else ""
    if web_url(source) is not None:
        source = ""  # the story's own address (a Turbo feed's <turbo:source>), no publisher
    if source_element is not None and _child(source_element, "title") is not None:
        source = _text(_child(source_element, "title"))  # Atom: the source feed's title
    if source and title.endswith(f" - {source}"):  # "Headline - Publisher" (aggregators)
        title = title[: -len(source) - 3].rstrip()
    return FeedItem(
        title, _link(entry), date, iso_date(date), teaser, source or None, _author(entry)
    )


def _headed_content(entry: Element) -> tuple[str, str] | None:
    """The headline and text of an item that has no ``<title>`` but content markup
    opening with a page's header (a Turbo-pages feed: ``<turbo:content>`` holds the page,
    ``<header><h1>headline</h1><figure>...</figure><menu>...</menu></header>`` over the
    story's paragraphs): the ``<h1>``'s text, and the markup's text after the header
    (its photo, caption and menu are the page's chrome); None for another item."""
    for child in entry:
        if _local(child.tag) not in {"content", "encoded"}:
            continue
        markup = "".join(child.itertext())
        header = _CONTENT_HEADER.match(markup)
        headline = _HEADLINE.search(header.group(1)) if header else None
        if header is None or headline is None:
            continue
        title = " ".join(unescape(_TAG.sub(" ", headline.group(1))).split())
        text = " ".join(unescape(_TAG.sub(" ", markup[header.end() :])).split())
        if title:
            return title, text
    return None


def _author(entry: Element) -> str | None:
    """An item's author: Atom's ``<author><name>``, ``<dc:creator>`` or RSS's
    ``<author>`` ("jane@site.example (Jane Roe)": the name in brackets; an address alone
    names no one)."""
    element = _child(entry, "author")
    if element is not None and _child(element, "name") is not None:
        return _text(_child(element, "name")) or None
    creator = _text(_child(entry, "creator"))
    if creator:
        return creator
    text = _text(element)
    if bracketed := re.search(r"\(([^()@]+)\)\s*$", text):
        text = bracketed.group(1).strip()
    return text or None if "@" not in text else None


def iso_date(date: str | None) -> str | None:
    """An RFC 822 date (RSS) as ISO 8601 with its own offset; ISO dates as they are.

    Parameters
    ----------
    date : str or None
        An item's date as the feed writes it.

    Returns
    -------
    str or None
        The date as ISO 8601, None when it is missing or unread.
    """
    if not date:
        return None
    if re.match(r"\d{4}-\d\d-\d\d", date):
        return date
    try:
        return email.utils.parsedate_to_datetime(date).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _site_name(title: str, url: str | None) -> str | None:
    """The part of the channel's title naming the domain of its link."""
    domain = registered_domain(url) if url else None
    if not domain:
        return None
    return next((p for p in _TITLE_PARTS.split(title) if name_matches_domain(p, domain)), None)


def listing_html(
    title: str,
    url: str | None,
    items: list[FeedItem],
    site: str | None = None,
    credited: bool = False,
) -> str:
    """The listing page: one ``<article>`` per item; the channel's title is printed
    nowhere (it would be a one-item feed's headline), only its site name is given.

    Parameters
    ----------
    title : str
        The feed's title.
    url : str or None
        The feed's site (its channel's link, JSON Feed's ``home_page_url``).
    items : list of FeedItem
        The items, in the feed's order.
    site : str or None
        The site's name as the file declares it (a news sitemap's publication); None:
        the part of ``title`` naming ``url``'s domain, if any.
    credited : bool
        Whether the items credited a source the caller made the site (one publisher
        every story names): the author of the one item naming one is printed after
        "By", as on a source's card, though its source line is left out.

    Returns
    -------
    str
        The page's markup, every value escaped; each item's author, when two items
        or more name one, as a card's author element on its date's line (``class="author"``:
        :func:`analysis.clean.html_cards.card_authors`); an item crediting a source
        (whose name line is the source's) prints its author after "By", signed or not.
    """
    head = []  # the channel's title is no item's: a feed of one item is one card
    if url is not None:
        head.append(f'<link rel="canonical" href="{escape(url)}">')
    if (site := site or _site_name(title, url)) is not None:
        head.append(f'<meta property="og:site_name" content="{escape(site)}">')
    body = ["<main>"]
    # the items' authors where two items or more name one (an API's story whose author
    # is null among signed ones): one card's name alone, where the others print none,
    # reads as an article's header over the first card; a feed of one item (an API's
    # response holding one story) prints its author, there being no other card
    signed = sum(1 for item in items if item.author) >= min(2, len(items))
    for item in items:
        heading = escape(item.title)
        if item.link is not None:
            heading = f'<a href="{escape(item.link)}">{heading}</a>'
        card = [f"<article><h2>{heading}</h2>"]
        if item.source:  # an aggregator's item: its publisher, as a card's source line
            card.append(f"<p>Source: {escape(item.source)}</p>")
        # the item's author on its date's line, marked as the card's author
        # (:func:`analysis.clean.html_cards.card_authors`): a name line of its own over
        # the teaser would open an article's header
        author = ""
        if signed and item.author:
            author = f' · <span class="author">{escape(item.author)}</span>'
        # the name line is the source's (or, for the one signed item, was: the source
        # now the site): "By" marks the author
        if item.author and (item.source or (credited and not signed)):
            author = f' · By <span class="author">{escape(item.author)}</span>'

        if item.date:
            when = f' datetime="{escape(item.iso_date)}"' if item.iso_date else ""
            card.append(f"<p><time{when}>{escape(item.date)}</time>{author}</p>")
        elif author:
            card.append(f"<p>{author[3:]}</p>")
        # the item's text, each paragraph marked as such (:func:`item_texts`): a short
        # sentence on a line of its own ("Pupils return on Wednesday.") reads as a
        # headline in the text, the next card's or a card of its own
        texts = [item.teaser] if item.teaser else []
        card.extend(
            f"<p {ITEM_TEXT_MARK}>{escape(text)}</p>" for text in [*texts, *item.paragraphs]
        )
        body.append("".join(card) + "</article>")
    body.append("</main>")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        + "".join(head)
        + "</head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


#: The attribute :func:`listing_html` marks an item's paragraphs of text with (its teaser
#: and its text's paragraphs; not its source, date or author lines).
ITEM_TEXT_MARK = "data-item-text"
# An item's paragraph of text and an item's heading as :func:`listing_html` writes them
# (values escaped: no "<" inside).
_ITEM_TEXT = re.compile(rf"<p {ITEM_TEXT_MARK}>([^<]*)</p>")
_ANY_HEADING = re.compile(r"<article><h2>(?:<a [^<>]*>)?([^<]*)(?:</a>)?</h2>")

# An item's linked heading as :func:`listing_html` writes it (values escaped).
_ITEM_HEADING = re.compile(r'<article><h2><a href="([^"<>]*)">([^<]*)</a></h2>')


def item_links(markup: str) -> tuple[tuple[str, str], ...]:
    """Each linked item's title and link, of a listing page :func:`listing_html` wrote:
    the story's own address, which the page's (the channel's link) is not.

    Parameters
    ----------
    markup : str
        A listing page's markup, as :func:`listing_html` returned it.

    Returns
    -------
    tuple of tuple of str
        ``(title, link)`` per item with a link, in the items' order, references
        decoded; empty for markup of another writer.
    """
    return tuple((unescape(title), unescape(link)) for link, title in _ITEM_HEADING.findall(markup))


def item_texts(markup: str) -> frozenset[str]:
    """The paragraphs of the items' texts (teasers and paragraphs) of a listing page
    :func:`listing_html` wrote, references decoded, but any that is also an item's
    headline (a feed's description repeating its title: the line stays the headline it
    reads as).

    Parameters
    ----------
    markup : str
        A listing page's markup, as :func:`listing_html` returned it.

    Returns
    -------
    frozenset of str
        The paragraphs; empty for markup of another writer.
    """
    texts = {unescape(text) for text in _ITEM_TEXT.findall(markup)}
    return frozenset(texts - {unescape(title) for title in _ANY_HEADING.findall(markup)})

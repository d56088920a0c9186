"""The page's own article in its JSON-LD data: its headline, its published day (its
``dateCreated`` when it gives no ``datePublished``) and the people its ``creator`` names
when it names no ``author``.

trafilatura takes a page's title from OpenGraph before JSON-LD, and htmldate the first
``datePublished`` the markup holds, whichever object it belongs to. A page's own
article is the object of an article type at a JSON-LD script's top level (alone, in a
list, in an ``@graph``, or as a web page's ``mainEntity``); an object nested in another
property is something else (an ``ItemList`` of related stories, a ``hasPart``): its
headline and date are not the page's. The article's ``publisher``
or ``sourceOrganization`` names the site (:func:`article_organizations`), for a page
whose other markup names none. The data is parsed as JSON, never run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "JSON_LD",
    "LdArticle",
    "article_organizations",
    "graph_articles",
    "json_ld_values",
    "live_update_headlines",
    "nested_days",
    "own_articles",
    "page_article",
    "source_organizations",
    "website_names",
    "without_comments",
]

#: A JSON-LD script element; its text is group 1.
JSON_LD = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json\b[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
# schema.org's article kinds that are not named "...Article" (NewsArticle, ReportageNewsArticle,
# OpinionNewsArticle, ... all are), and a podcast episode's, the page's own object on an
# episode's page (its "author" the host, h279).
_POSTINGS = frozenset(
    {"BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "PodcastEpisode"}
)
_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?![\d])")
# How deep the search for nested dates goes in one JSON-LD value.
_MAX_DEPTH = 8


@dataclass(frozen=True)
class LdArticle:
    """One article object of a page's JSON-LD.

    Attributes
    ----------
    headline : str or None
        Its ``headline``, spaces collapsed.
    published : str or None
        The day of its ``datePublished`` (else its ``dateCreated``) as written
        (``YYYY-MM-DD``, the time zone the page gives kept: no conversion).
    creators : tuple of str
        The people its ``creator`` names when it gives no ``author`` (a name, a list of
        names, a ``Person`` object's ``name``; an organization is no byline).
    url : str or None
        Its ``url``, else its ``mainEntityOfPage`` (a URL or an object's ``@id``).
    authors : tuple of str
        The people its ``author`` names, as :attr:`creators` reads them.
    episode : bool
        Whether it is a ``PodcastEpisode`` (whose author trafilatura does not read).
    """

    headline: str | None
    published: str | None
    creators: tuple[str, ...] = ()
    url: str | None = None
    authors: tuple[str, ...] = ()
    episode: bool = False


def json_ld_values(markup: str) -> Iterator[object]:
    """Each JSON-LD script's value, parsed as JSON (a script's comments and closing
    commas left out when it is not valid JSON with them: :func:`without_comments`; a
    script that is not valid JSON without them either is passed over).

    Parameters
    ----------
    markup : str
        The decoded markup.

    Yields
    ------
    object
        A script's value (a dict or a list, mostly).
    """
    if "ld+json" not in markup and "LD+JSON" not in markup:  # a cheap test first
        return
    for match in JSON_LD.finditer(markup):
        try:
            yield json.loads(match.group(1), strict=False)
        except ValueError:
            relaxed = without_comments(match.group(1))
            try:
                yield json.loads(relaxed, strict=False)
            except ValueError:
                continue


# A comma closing an object or an array (JavaScript allows it, JSON not), or a
# comment, or a string (kept as it is: a URL's "//" is no comment).
_JS_EXTRAS = re.compile(r'"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/|,(?=\s*[}\]])', re.DOTALL)


def without_comments(script: str) -> str:
    """A JSON-LD script's text without what JavaScript allows and JSON not: ``//`` and
    ``/* */`` comments and a comma closing an object or an array (hand-written or
    templated scripts hold them, and browsers' JSON-LD readers skip them; the text
    inside strings is kept).

    Parameters
    ----------
    script : str
        The script element's text.

    Returns
    -------
    str
        The text to parse as JSON.
    """
    return _JS_EXTRAS.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", script)


def own_articles(markup: str) -> list[LdArticle]:
    """The page's own article objects (see the module's note), in the markup's order.

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    list of LdArticle
        Empty when the page has no JSON-LD article at a script's top level.
    """
    found = []
    for value in json_ld_values(markup):
        for item in _top_level(value):
            if _is_article(item):
                headline = item.get("headline")
                headline = " ".join(headline.split()) if isinstance(headline, str) else None
                found.append(
                    LdArticle(
                        headline or None,
                        # the day it was made when it gives no publication day
                        # (schema.org's dateCreated, as some CMSs write it alone)
                        _day(item.get("datePublished") or item.get("dateCreated")),
                        _creators(item),
                        _url(item),
                        _people(item.get("author")),
                        "PodcastEpisode" in _kinds(item),
                    )
                )
    return found


def page_article(articles: list[LdArticle], url: str | None, printed: str | None) -> int:
    """Which of a page's own articles (:func:`own_articles`) is the page's story when it
    has several (a related story's object written first, in a script of its own): the
    one whose URL is the page's, else the one whose headline is the one it prints.

    Parameters
    ----------
    articles : list of LdArticle
        The page's own articles, in the markup's order.
    url : str or None
        The page's URL (its canonical link).
    printed : str or None
        The headline the page prints (its ``<h1>``).

    Returns
    -------
    int
        The article's index; 0 (the first) when no single one is told apart so.
    """
    if len(articles) < 2:
        return 0
    for test, value in ((_same_url, url), (_same_headline, printed)):
        if value:
            hits = [i for i, article in enumerate(articles) if test(article, value)]
            if len(hits) == 1:
                return hits[0]
    return 0


def _same_url(article: LdArticle, url: str) -> bool:
    """Whether an article's URL is ``url``, scheme and a closing slash aside."""
    return article.url is not None and _bare_url(article.url) == _bare_url(url)


def _bare_url(url: str) -> str:
    """A URL without its scheme, fragment and closing slash."""
    return re.sub(r"^https?://", "", url.split("#")[0].strip()).rstrip("/").casefold()


def _same_headline(article: LdArticle, printed: str) -> bool:
    """Whether an article's headline is ``printed``, spaces and case aside."""
    return article.headline is not None and (
        " ".join(article.headline.split()).casefold() == " ".join(printed.split()).casefold()
    )


def _url(item: dict) -> str | None:
    """An article object's ``url``, else its ``mainEntityOfPage`` (a URL, or an
    object's ``@id`` or ``url``)."""
    for value in (item.get("url"), item.get("mainEntityOfPage")):
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and "://" in value:
            return value.strip()
    return None


def live_update_headlines(markup: str) -> dict[str, str]:
    """The headlines of a live blog's updates, each with the live blog's own: a
    ``LiveBlogPosting``'s ``liveBlogUpdate`` items (trafilatura reads the updates in the
    blog's place, so the first update's headline was the page's title).

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    dict of str to str
        Each update's ``headline`` (spaces collapsed) to the ``headline`` of the
        ``LiveBlogPosting`` holding it; empty without a live blog that has both.
    """
    found: dict[str, str] = {}
    for blog, updates in _live_blogs(markup):
        own = blog.get("headline")
        if not isinstance(own, str) or not own.strip():
            continue
        for update in updates:
            headline = update.get("headline")
            if isinstance(headline, str) and headline.strip():
                found.setdefault(" ".join(headline.split()), " ".join(own.split()))
    return found


def live_update_authors(markup: str) -> tuple[str, ...]:
    """The authors of a live blog's updates who are not the blog's own authors: a
    ``LiveBlogPosting``'s ``liveBlogUpdate`` items each name the colleague who posted it
    (trafilatura reads their ``author`` as the page's: a colleague's name for a blog by
    its named author).

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    tuple of str
        The updates' authors (as :func:`own_articles` reads authors), those the blog
        names as its own left out, in the markup's order; empty without a live blog
        naming its own authors.
    """
    found: list[str] = []
    for blog, updates in _live_blogs(markup):
        own = {name.casefold() for name in _people(blog.get("author"))}
        if not own:
            continue
        for update in updates:
            for name in _people(update.get("author")):
                if name.casefold() not in own and name not in found:
                    found.append(name)
    return tuple(found)


def _live_blogs(markup: str) -> Iterator[tuple[dict, list[dict]]]:
    """Each ``LiveBlogPosting`` at a script's top level with its ``liveBlogUpdate``
    objects."""
    for value in json_ld_values(markup):
        for item in _top_level(value):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if "LiveBlogPosting" not in kinds:
                continue
            updates = item.get("liveBlogUpdate")
            updates = updates if isinstance(updates, list) else [updates]
            yield item, [update for update in updates if isinstance(update, dict)]


def _creators(item: dict) -> tuple[str, ...]:
    """The people an article object's ``creator`` names, when it has no ``author``
    (schema.org's wider property, which some sites fill instead): strings and
    ``Person`` objects' names, spaces collapsed; an ``Organization`` is not taken."""
    if item.get("author"):
        return ()
    return _people(item.get("creator"))


def _people(value: object) -> tuple[str, ...]:
    """The people a JSON-LD ``author`` or ``creator`` value names: strings and ``Person``
    objects' names, spaces collapsed; an ``Organization`` and a URL are not taken."""
    names = []
    for one in value if isinstance(value, list) else [value]:
        if isinstance(one, dict) and one.get("@type") in (None, "Person"):
            one = one.get("name")
        if isinstance(one, str) and (name := " ".join(one.split())) and "://" not in name:
            names.append(name)
    return tuple(names)


def nested_days(markup: str) -> set[str]:
    """The ``datePublished`` days of JSON-LD objects that are not the page's own
    articles: a related story's in an ``ItemList``, and a ``WebPage``'s or a
    ``WebSite``'s beside the article in an ``@graph`` (the day the CMS made the page
    object, which htmldate may take as the older one).

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    set of str
        ``YYYY-MM-DD`` days.
    """
    days: set[str] = set()
    for value in json_ld_values(markup):
        for item in _top_level(value):
            if isinstance(item, dict):
                if not _is_article(item) and (day := _day(item.get("datePublished"))):
                    days.add(day)
                for key, child in item.items():
                    if key not in ("@graph", "mainEntity"):
                        _collect_days(child, days, _MAX_DEPTH)
    return days


def website_names(markup: str) -> list[str]:
    """The ``name`` of each ``WebSite`` object at a JSON-LD script's top level (alone, in
    a list, in an ``@graph``): the site's brand, which the ``Organization`` beside it may
    give as the company's legal name ("Example Verlagsgesellschaft mbH").

    Parameters
    ----------
    markup : str
        The page's decoded markup (its JSON-LD scripts are read).

    Returns
    -------
    list of str
        Spaces collapsed, in the markup's order; empty without one.
    """
    names = []
    for value in json_ld_values(markup):
        for item in _top_level(value):
            name = item.get("name")
            if "WebSite" in _kinds(item) and isinstance(name, str) and name.strip():
                names.append(" ".join(name.split()))
    return names


def _kinds(item: dict) -> list[object]:
    """A JSON-LD object's ``@type`` as a list (a name or a list of names)."""
    kinds = item.get("@type")
    return kinds if isinstance(kinds, list) else [kinds]


#: The properties of an article naming the organization behind it, in the order read:
#: the publisher, then the organization its creator works for (schema.org's
#: ``sourceOrganization``).
ORGANIZATION_KEYS = ("publisher", "sourceOrganization")


def article_organizations(markup: str) -> list[str]:
    """The names of the organizations the page's own articles (:func:`_top_level`
    objects of an article kind) give as their ``publisher`` or ``sourceOrganization``:
    the site, when no site-name tag names it (trafilatura reads a ``publisher`` but not
    a ``sourceOrganization``, nor a publisher beside a script it cannot parse).

    Parameters
    ----------
    markup : str
        The page's decoded markup, whose JSON-LD scripts are read.

    Returns
    -------
    list of str
        Each name once (an object's ``name``, or the value when it is a name), spaces
        collapsed: every article's ``publisher`` before any ``sourceOrganization``, in
        the markup's order; a ``Person`` is none; empty without one.
    """
    found: dict[str, list[str]] = {key: [] for key in ORGANIZATION_KEYS}
    for value in json_ld_values(markup):
        for item in _top_level(value):
            if _is_article(item):
                for key in ORGANIZATION_KEYS:
                    found[key].extend(_organization_names(item.get(key)))
    return list(dict.fromkeys(name for key in ORGANIZATION_KEYS for name in found[key]))


def source_organizations(markup: str) -> list[tuple[str, str]]:
    """The ``sourceOrganization`` the page's own articles give beside a ``publisher`` of
    another name: a group's site printing a story of one of its papers (the group the
    publisher, the paper the source).

    Parameters
    ----------
    markup : str
        The page's decoded markup, whose JSON-LD scripts are read.

    Returns
    -------
    list of tuple of str
        ``(publisher, source)`` name pairs, spaces collapsed, in the markup's order; empty
        without an article giving both, or where they are one name (case aside).
    """
    pairs: list[tuple[str, str]] = []
    for value in json_ld_values(markup):
        for item in _top_level(value):
            if not _is_article(item):
                continue
            for publisher in _organization_names(item.get("publisher")):
                for source in _organization_names(item.get("sourceOrganization")):
                    if source.casefold() != publisher.casefold():
                        pairs.append((publisher, source))
    return list(dict.fromkeys(pairs))


def _organization_names(value: object) -> list[str]:
    """The names a ``publisher`` value gives: a name, an object's ``name`` (not a
    ``Person``'s), or those of a list's items."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            if "Person" in _kinds(item):
                continue
            item = item.get("name")
        if isinstance(item, str) and item.strip():
            names.append(" ".join(item.split()))
    return names


def _top_level(value: object) -> Iterator[dict]:
    """The objects at a script's top level: the value, a list's items, an ``@graph``'s
    items, a web page's ``mainEntity``."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, dict):
            continue
        yield item
        graph = item.get("@graph")
        if isinstance(graph, list):
            yield from (part for part in graph if isinstance(part, dict))
        main = item.get("mainEntity")
        if isinstance(main, dict):
            yield main


def graph_articles(value: object) -> list[dict]:
    """The article objects of a JSON-LD value's ``@graph``.

    Parameters
    ----------
    value : object
        One JSON-LD script's value (:func:`json_ld_values`).

    Returns
    -------
    list of dict
        The objects of its ``@graph`` (or of each ``@graph`` of a list's objects) whose
        ``@type`` is an article kind (``NewsArticle``, ``BlogPosting`` ...), in order:
        a section page may describe its stories so, beside its ``WebPage`` and
        ``Organization``; empty when there is none.
    """
    items = value if isinstance(value, list) else [value]
    found: list[dict] = []
    for item in items:
        graph = item.get("@graph") if isinstance(item, dict) else None
        if isinstance(graph, list):
            found.extend(part for part in graph if _is_article(part))
    return found


def _is_article(item: object) -> bool:
    """Whether a JSON-LD object's ``@type`` (a name or a list of names) is an article's."""
    if not isinstance(item, dict):
        return False
    return any(
        isinstance(kind, str) and (kind.endswith("Article") or kind in _POSTINGS)
        for kind in _kinds(item)
    )


def _day(value: object) -> str | None:
    """The ``YYYY-MM-DD`` a date value opens with, or None."""
    found = _DAY.match(value) if isinstance(value, str) else None
    return found.group(1) if found else None


def _collect_days(value: object, days: set[str], depth: int) -> None:
    """Add every ``datePublished`` day inside ``value`` to ``days``."""
    if depth <= 0:
        return
    if isinstance(value, dict):
        day = _day(value.get("datePublished"))
        if day is not None:
            days.add(day)
        children = list(value.values())
    elif isinstance(value, list):
        children = value
    else:
        return
    for child in children:
        if isinstance(child, (dict, list)):
            _collect_days(child, days, depth - 1)

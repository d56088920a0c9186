"""The story, or the list of stories, a script framework's application state holds.

A page a script renders and that was saved without running its scripts shows only its
shell; Next.js and other frameworks leave the page's data in the markup as JSON
(``<script id="__NEXT_DATA__">``, ``window.__INITIAL_STATE__ = {...}``; the App
Router's "flight" chunks, ``self.__next_f.push([1,"..."])``, whose strings joined are
lines ``ID:JSON``; an Astro island's ``props`` attribute, each value a ``[type, value]``
pair; Inertia.js's page object, HTML-escaped JSON in the root element's ``data-page``
attribute). Each site
shapes that data its own way, but the objects a story is made of are named by the
field names content systems share (schema.org's, JSON Feed's, the CMSs' own):
``headline`` or ``title``, a ``body``/``content``/``articleBody``, a ``summary``, a
``publishedAt``/``datePublished``, an ``author`` (CSL-JSON's too, a reference manager's
export: ``abstract``, ``issued`` ``date-parts``, ``author`` ``given`` and ``family``;
a story's ``container-title`` or ``publisher`` name is its outlet, as an aggregator's
``source``). Read here, as data only (parsed as
JSON, never run; every value becomes text):

- :func:`state_article`: the object with a title and the longest body, which is not
  one of a list of its kind (a card among cards); its site the one it names, else the
  one the object holding it names beside it (Next.js ``pageProps``: ``site`` beside
  ``article``);
- :func:`state_stories`: the longest list of at least two objects that each have a
  title and a date or a summary (a menu's entries have a title and a link only);
- :func:`state_header`: the first object, not one of a list, with a title and a date
  (a page that prints its story and keeps only its headline, date and authors in the
  state; a date may be a number, seconds or milliseconds since 1970).

A state that is not JSON (a script's code, an object literal with unquoted names) is
not read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from html import unescape
from urllib.parse import urljoin

from analysis.clean.clipping_table import COLUMN_ROLES
from analysis.clean.dates import parse_date
from analysis.clean.feed_xml import FeedItem, iso_date
from analysis.clean.graph_refs import resolve_refs
from analysis.clean.record_keys import key_role, key_words
from analysis.clean.response_envelope import resolved_resources
from analysis.clean.saved_document import web_url
from analysis.text import LETTER_RUN

__all__ = [
    "StateArticle",
    "app_state_data",
    "json_objects",
    "state_article",
    "state_date",
    "state_header",
    "state_site_names",
    "state_stories",
    "state_story",
    "state_title_suffix_site",
]

# Next.js's state: the whole script element's text is JSON.
_NEXT_DATA = re.compile(
    r"""<script\b[^>]*\bid\s*=\s*["']?__NEXT_DATA__\b[^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
# Other frameworks' state, assigned in a script: JSON when the framework wrote it so.
_WINDOW_STATE = re.compile(
    r"\bwindow\.(?:__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__|__NUXT__"
    r"|__remixContext|__reactRouterContext)\s*=\s*"
    # Arc XP's Fusion: the page's content (a section's stories) assigned in its metadata
    r"|\bFusion\.globalContent\s*=\s*"
)
# Angular's transfer state: a JSON script element whose id is the app's id and "-state"
# ("ng-state" since Angular 16, "serverApp-state" before), the older versions escaping
# the JSON's quotes and markup characters as "&q;", "&a;", "&s;", "&l;", "&g;".
_SCRIPT_STATE = re.compile(
    r"""<script\b(?=[^>]*\btype\s*=\s*["']?application/json)[^>]*"""
    r"""\bid\s*=\s*["']?[\w-]*-state["'\s>][^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
# SvelteKit's responses fetched while the page was rendered on the server, each kept
# for the browser in a JSON script element marked ``data-sveltekit-fetched`` (its
# status, headers and the response's ``body`` as a JSON text).
_SVELTEKIT_FETCHED = re.compile(
    r"""<script\b(?=[^>]*\bdata-sveltekit-fetched\b)[^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
# Inertia.js's page object: the root element's ``data-page`` attribute, HTML-escaped JSON
# (its component, props, URL and version).
_INERTIA_PAGE = re.compile(r"""<div\b[^>]*?\sdata-page\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_ANGULAR_ESCAPES = {"&q;": '"', "&s;": "'", "&l;": "<", "&g;": ">", "&a;": "&"}
_ANGULAR_ESCAPE = re.compile("|".join(_ANGULAR_ESCAPES))
# Next.js App Router's flight chunks: a JSON string each (the data chunks, type 1).
_NEXT_FLIGHT = re.compile(r"""self\.__next_f\.push\(\[\s*1\s*,\s*("(?:[^"\\\n]|\\.)*")\s*\]\)""")
# A flight line holding JSON: its row id (hex), a colon, then an array or object (a
# row typed by a letter, "I[...]" a module or "T12,text" a text, is no data).
_FLIGHT_ROW = re.compile(r"^[0-9a-f]+:(?=[\[{])", re.MULTILINE)
# An Astro island's props (the component's data, rendered on the client only, or again
# there): an attribute of JSON, each value a [type, value] pair.
_ASTRO_PROPS = re.compile(r"""<astro-island\b[^>]*?\sprops\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# Astro's serialised types whose value is read: 0 a value or an object of pairs, 1 an
# array of pairs, 3 a date (ISO 8601 text); the others (a RegExp, a Map, a typed array
# ...) are kept as they are written.
_ASTRO_VALUE, _ASTRO_ARRAY = 0, 1
# A tag in a rendered value (script and style elements with their content).
_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|</?[A-Za-z][^<>]*>", re.I | re.S)
# The count of the characters a news API cut off a story's text, closing it (NewsAPI's
# "… [+1840 chars]", GNews's "... [1840 chars]"), with the ellipsis before it.
_CLIPPED_END = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+?\d[\d,.]*\s*chars?\]\s*$", re.IGNORECASE)
# Where a body's markup ends a paragraph: a closing block element, or two line breaks.
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)\s*>|<br\s*/?>\s*<br\s*/?>", re.I)
# "heading" is a Vue / Nuxt store's word for it; "preamble" and "ingress" its summary.
_TITLE_KEYS = ("headline", "title", "heading", "headlines")
# IPTC ninjs 1.x (an agency's API) names its text "body_text" (or "body_html") and its
# summary "description_text"; ninjs 2 "bodies" and "descriptions", lists of renditions.
_BODY_KEYS = (
    "articleBody",
    "body",
    "bodyHtml",
    "content",
    "contentHtml",
    "content_html",
    "bodies",
    "body_text",
    "body_html",
)
_SUMMARY_KEYS = (
    "summary",
    "description",
    "description_text",
    "excerpt",
    "teaser",
    "dek",
    "standfirst",
    "subtitle",
    "lead",
    "intro",
    "abstract",
    "preamble",
    "ingress",
    "deck",
)
# The keys of a listed story's text when it names no summary or body: a notification's
# "text" or "message" under its title (a news app's notification history).
_MESSAGE_KEYS = ("text", "message")
# A listed story's body keys: the body keys, then a record's plain "text" (a crawler's
# export of the spider's own items, a scraper library's record: the story's text, a
# text or a list of paragraphs); news-please's records' "maintext" (their "description"
# is the page's meta description, a sentence); a blog platform's "html" (Ghost's posts,
# whose "excerpt" is the opening cut); a news corpus's "article" column (a dataset's rows:
# "headline" / "article", h398).
_LISTED_BODY_KEYS = (*_BODY_KEYS, "text", "maintext", "html", "article")
# (a headless CMS's "author_name" beside an "author" link to the author's document)
_AUTHOR_KEYS = (
    "author",
    "authors",
    "byline",
    "by",
    "creator",
    "creators",
    "author_name",
    "authorName",
)
_URL_KEYS = ("url", "canonicalUrl", "permalink", "link")
_SITE_KEYS = ("siteName", "site_name", "publisher", "site")
# A listed story's own site, named as text (a read-later reader's API names each saved
# document's site: "site_name")
_OWN_SITE_KEYS = ("site_name", "siteName")
# The keys of a person's or a site's name in an object.
_NAME_KEYS = ("name", "displayName", "fullName", "display_name", "full_name")
# The keys of a person's given and family names, read as one name (CSL-JSON's; a headless
# CMS's user object's, Directus's and others').
_NAME_PARTS = (("given", "family"), ("first_name", "last_name"), ("firstName", "lastName"))
# A reference's periodical (CSL-JSON's "container-title", a reference manager's export),
# a news API's or a scrape's publisher named as text ("source_name"), an agency
# API's rights holder (IPTC ninjs's "copyrightholder"), a Chinese portal's rolling-news
# API's credited paper ("media_name": the 媒体 each item is reprinted from): the story's
# outlet, as an aggregator's "source" is.
_PERIODICAL_KEYS = (
    "container-title",
    "source_name",
    "sourceName",
    "copyrightholder",
    "media_name",
    "mediaName",
)
# A key naming when the story was published ("publishedAt", "datePublished",
# "publish_date", "pubDate", Event Registry's "dateTimePub", a newspaper content API's
# "webPublicationDate", "date", "createdAt", IPTC
# ninjs's "firstcreated"; a news app's notification history's "sent_at" / "sentAt", when
# the alert went out with the story; a flash-briefing feed's "updateDate", its item's
# only date, read after every other), and an ISO 8601 value.
_DATE_KEY = re.compile(
    r"publish|publication_?(?:date|time)|^(?:pub_?)?date$|^date_?time_?pub$"
    r"|^(?:first_?)?created(?:_?at)?$|^c_?time$|^issued$|^sent_?at$|^post_?date$|^update_?date$",
    re.IGNORECASE,
)
# A date key naming the publication itself, read before a bare "date" (Event Registry's
# "date" is the day its crawler found the story, "dateTimePub" the story's own).
_PUBLICATION_KEY = re.compile(r"publish|publication|pub(?:_?date)?$", re.IGNORECASE)
# The end of a summary cut from its story's text: an ellipsis or a full stop.
_SUMMARY_CUT = re.compile(r"[….\s]+$")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
# An RFC 822 date, as RSS and HTTP write it ("Thu, 03 Dec 2026 00:00:00 GMT"): an
# extraction API's or a feed converter's stories keep their feed's dates so.
_RFC822_DATE = re.compile(
    r"(?:[A-Z][a-z]{2},[ \t]*)?\d{1,2}[ \t]+[A-Z][a-z]{2}[ \t]+\d{4}[ \t]+\d\d?:\d\d"
)
# The longest text under a date key read for a date written otherwise ("03.12.2026",
# "Thursday, 3 December 2026 08:12"): a date and a time, not a sentence naming one.
_MAX_DATE_TEXT = 40
# A date's seconds or milliseconds since 1970 written as text (a portal API's "ctime":
# "1796266800"): ten or thirteen digits, no day written YYYYMMDD.
_EPOCH_TEXT = re.compile(r"\d{10}|\d{13}")
# A date given as a number: seconds since 1970 (from 1973 on) or milliseconds.
_FIRST_SECONDS, _FIRST_MILLISECONDS = 10**8, 10**11
# The key of a text given as an object holding its markup: WordPress's REST API
# ({"rendered": ...}), the Google Reader API's ({"direction": "ltr", "content": ...}),
# Arc XP's content format (ANS: {"headlines": {"basic": ...}, "description": {"basic"}}).
_MARKUP_KEYS = ("rendered", "content", "basic")
# A block's text in a body given as a list of blocks ({"type": "p", "text": ...}).
_BLOCK_TEXT_KEYS = ("text", "content", "html", "value")
# The key of the story a list's entry wraps: a JSON-LD ListItem's, a GraphQL edge's, a
# headless CMS's or a database API's record ({"sys": {...}, "fields": {...}}, Contentful's
# and Airtable's), a search engine's hit (Elasticsearch's and OpenSearch's
# {"_index", "_id", "_score", "_source": {...}}), a JSON:API resource's ({"type", "id",
# "attributes": {...}}, Strapi's too), a link aggregator's post view (Lemmy's {"post":
# {...}, "creator", "community", "counts"}), a dataset viewer's row ({"row_idx", "row":
# {...}, "truncated_cells"}: a news corpus's rows as a hub's /rows API returns them).
_WRAPPER_KEYS = ("item", "node", "fields", "_source", "attributes", "post", "row")
# The keys of a document's fields beside its address and dates (Prismic's API: {"id", "uid",
# "url", "first_publication_date", "data": {"title": [...], "body": [slices]}}; Storyblok's
# content delivery API: {"name", "slug", "published_at", "content": {"component", "title",
# "body": {rich text}}}); read only for an entry with no title of its own, whose "data"
# or "content" object holds one.
_DATA_KEYS = ("data", "content")
# A body slice's fields (Prismic's {"slice_type": "text", "primary": {"text": [blocks]}}),
# and the rich-text block types that are the story's text (its headings are a slice's
# chrome as often: a sign-up slice's heading).
_SLICE_FIELDS = "primary"
_TEXT_BLOCK_TYPES = frozenset({"paragraph", "list-item", "o-list-item", "preformatted"})
# The key of a crawler's page record's metadata (a website content crawler's dataset:
# {"url", "text", "metadata": {"title", "description", "author", "openGraph": [...]}}):
# read with the record's own fields, its meta tags' pairs as keys (_meta_pairs).
_PAGE_METADATA_KEY = "metadata"
# The most meta tags' pairs read of one list (a page's head holds a few dozen).
_MAX_META_PAIRS = 200
# The keys of a related object a JSON:API relationship or a headless CMS's populated
# relation wraps ({"data": {"id": 4, "attributes": {"name": ...}}}).
_RELATION_KEYS = ("data", "attributes")
# How deep the search goes, and how many objects it looks at in one state.
_MAX_DEPTH = 12
_MAX_NODES = 20000
# A JSON text kept as a text inside the JSON (a browser's network log, HAR, keeps each
# response's body as its "content": {"text": "{\"items\": [...]}"}; a message queue's
# payload): an object or an array, searched too; at most this many in one state.
_JSON_TEXT = re.compile(r"\s*(?:\{\s*\"|\[\s*[\[{])")
_MAX_DECODED = 50


@dataclass(frozen=True)
class StateArticle:
    """The story an application state holds.

    Attributes
    ----------
    title : str
        Its headline, spaces collapsed.
    body_parts : tuple of str
        Its body as the state gives it: paragraphs, or one text (plain or markup).
    published : str or None
        Its publication date as written (ISO 8601), None when it has none.
    byline : str or None
        Its authors' names, comma-separated, None when it names none.
    site_name : str or None
        The site or publisher it names (``siteName``, ``publisher``), or the object
        holding it names beside it (``pageProps.site``), None when none.
    """

    title: str
    body_parts: tuple[str, ...]
    published: str | None
    byline: str | None
    site_name: str | None = None


def app_state_data(markup: str) -> object | None:
    """The application state a page's markup holds, parsed as JSON.

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    object or None
        The ``__NEXT_DATA__`` script's JSON, else the first ``window.__..._STATE__ =``
        (or ``__NUXT__``, Remix's ``__remixContext``, React Router's
        ``__reactRouterContext``, Arc XP's ``Fusion.globalContent``) assignment whose
        value is JSON, else the list of the JSON rows of the App Router's flight chunks,
        else the list of the page's Astro islands' props (their ``[type, value]`` pairs
        read as the values), else an Angular transfer state's JSON (``<script
        id="ng-state">``), else an Inertia.js page object (``<div id="app"
        data-page="...">``), else the responses a SvelteKit page kept (``<script
        data-sveltekit-fetched>``); None when there is none. A normalized GraphQL cache
        (Apollo's ``{"__ref": "Article:70"}``) is read with its references resolved
        (analysis.clean.graph_refs).
    """
    decoder = json.JSONDecoder()
    if (match := _NEXT_DATA.search(markup)) is not None:
        try:
            return json.loads(match.group(1))
        except ValueError:
            return None
    for match in _WINDOW_STATE.finditer(markup):
        try:
            return resolve_refs(decoder.raw_decode(markup, match.end())[0])
        except ValueError:
            continue
    return (
        _flight_rows(markup)
        or _astro_props(markup)
        or _transfer_state(markup)
        or _inertia_page(markup)
        or _sveltekit_fetched(markup)
    )


def _sveltekit_fetched(markup: str) -> list[object] | None:
    """The responses a SvelteKit page kept for the browser (``<script
    type="application/json" data-sveltekit-fetched>``), parsed; their ``body`` texts
    are searched as the JSON they hold (:func:`_values`). None when there is none."""
    found = []
    for match in _SVELTEKIT_FETCHED.finditer(markup):
        try:
            found.append(json.loads(match.group(1)))
        except ValueError:
            continue
    return found or None


def _inertia_page(markup: str) -> object | None:
    """The page object an Inertia.js page writes in its root element's ``data-page``
    attribute (its markup escapes undone); None when there is none that is JSON."""
    for match in _INERTIA_PAGE.finditer(markup):
        try:
            return json.loads(unescape(match.group(1) or match.group(2) or ""))
        except ValueError:
            continue
    return None


def _transfer_state(markup: str) -> object | None:
    """The JSON of an Angular page's transfer state script (``<script id="ng-state"
    type="application/json">``, its older escapes undone); None when there is none."""
    for match in _SCRIPT_STATE.finditer(markup):
        raw = _ANGULAR_ESCAPE.sub(lambda m: _ANGULAR_ESCAPES[m.group()], match.group(1))
        try:
            return json.loads(raw)
        except ValueError:
            continue
    return None


def _astro_props(markup: str) -> list[object] | None:
    """The props of a page's Astro islands (``<astro-island props="...">``) as plain
    values; None when the page has no island with props that are JSON."""
    found = []
    for match in _ASTRO_PROPS.finditer(markup):
        try:
            props = json.loads(unescape(match.group(1) or match.group(2) or ""))
        except ValueError:
            continue
        if isinstance(props, dict):
            found.append({key: _astro_value(value, 0) for key, value in props.items()})
    return found or None


def _astro_value(pair: object, depth: int) -> object:
    """One ``[type, value]`` pair of Astro's serialisation as its value."""
    if not (isinstance(pair, list) and len(pair) == 2) or depth > _MAX_DEPTH:
        return pair
    kind, value = pair
    if kind == _ASTRO_ARRAY and isinstance(value, list):
        return [_astro_value(item, depth + 1) for item in value]
    if kind == _ASTRO_VALUE and isinstance(value, dict):
        return {key: _astro_value(item, depth + 1) for key, item in value.items()}
    return value


def _flight_rows(markup: str) -> list[object] | None:
    """The JSON rows of a Next.js App Router page's flight chunks (their strings joined:
    a row may be split over two chunks); None when the page has no such row."""
    chunks = []
    for match in _NEXT_FLIGHT.finditer(markup):
        try:
            chunk = json.loads(match.group(1))
        except ValueError:
            continue
        if isinstance(chunk, str):
            chunks.append(chunk)
    flight = "".join(chunks)
    decoder = json.JSONDecoder()
    rows = []
    for row in _FLIGHT_ROW.finditer(flight):
        try:
            rows.append(decoder.raw_decode(flight, row.end())[0])
        except ValueError:
            continue
    return rows or None


def state_article(data: object) -> StateArticle | None:
    """The story an application state holds (see the module doc).

    Parameters
    ----------
    data : object
        A parsed state (:func:`app_state_data`).

    Returns
    -------
    StateArticle or None
        The object with a title and the longest body; None when no object outside a
        list of stories has both.
    """
    in_lists = {id(item) for items in _story_lists(data) for item in items}
    best: tuple[int, dict, StateArticle] | None = None
    for node in json_objects(data):
        title = _title(node)
        if title is None or id(node) in in_lists:
            continue
        parts = _body_parts(node)
        size = sum(len(part) for part in parts)
        if size and (best is None or size > best[0]):
            article = StateArticle(title, parts, _date(node), _authors(node), _site(node))
            best = (size, node, article)
    if best is None:
        return None
    _, node, article = best
    if article.site_name is None and (site := _holder_site(data, node)):
        article = replace(article, site_name=site)
    return article


def _site(node: dict) -> str | None:
    """The site an object names under a site key (:data:`_SITE_KEYS`), its first name."""
    return next((names[0] for key in _SITE_KEYS if (names := _names(node.get(key)))), None)


def _holder_site(data: object, story: dict) -> str | None:
    """The site the object holding the story names beside it: a page's props giving the
    site and the article side by side (Next.js ``pageProps``: ``{"site": {"name": X},
    "article": {...}}``)."""
    for node in json_objects(data):
        if any(value is story for value in node.values()):
            return _site(node)
    return None


def state_stories(data: object, page_url: str | None = None) -> list[FeedItem]:
    """The stories of the longest list of stories an application state holds.

    Parameters
    ----------
    data : object
        A parsed state (:func:`app_state_data`).
    page_url : str, optional
        The page's address, which a story's link relative to the site is read against.

    Returns
    -------
    list of FeedItem
        One item per story, in the list's order (title, link, date, summary, authors);
        empty when the state holds no list of two or more stories.
    """
    # a JSON:API collection: each resource read with its page's address and its author
    lists = _story_lists(resolved_resources(data))
    if not lists:
        return []
    stories = max(lists, key=len)  # the first of the longest
    return [_item(node, page_url) for node in stories]


def state_story(data: object) -> FeedItem | None:
    """The one story a content API's single-document response wraps: an object whose
    one object value is a story (a title, a date or summary, and a text), beside
    values that are no objects (a headless CMS's ``{"story": {...}, "cv": 1, "rels":
    [], "links": []}``, Storyblok's; the document's fields under its ``content`` read as
    a listed story's are).

    Parameters
    ----------
    data : object
        A parsed JSON value.

    Returns
    -------
    FeedItem or None
        The story; None for any other value (a list, an object of two objects or
        none, a wrapped object that is no story or gives no text).
    """
    if not isinstance(data, dict):
        return None
    inner = [value for value in data.values() if isinstance(value, dict)]
    if len(inner) != 1:
        return None
    node = _listed(inner[0])
    if not isinstance(node, dict) or not _is_story(node) or not _body_text(node, _LISTED_BODY_KEYS):
        return None
    return _item(node, None)


def _story_lists(data: object) -> list[list[dict]]:
    """Every list of two or more objects that each have a title and a date or summary;
    objects of the list with no title at all beside them (a reader app's highlight or
    note, a child of a saved document, h336) are passed over, when the stories are at
    least half the list."""
    found = []
    for value in _values(data):
        if isinstance(value, list) and len(value) >= 2:
            stories = [_listed(entry) for entry in value]
            kept = [story for story in stories if _is_story(story)]
            untitled = all(
                _is_story(story) or (isinstance(story, dict) and _title(story) is None)
                for story in stories
            )
            if len(kept) >= 2 and 2 * len(kept) >= len(stories) and untitled:
                found.append(kept)
    return found


#: The field each of a story record's keys in another language names, by the column
#: names of a table of stories (analysis.clean.clipping_table.COLUMN_ROLES: Malay
#: "tajuk" / "ringkasan" / "penulis" / "tarikh_terbit", Turkish "başlık" ...), as the
#: English key this module reads for it.
_COLUMN_KEYS = {"title": "title", "body": "summary", "byline": "author", "published": "published"}


def _in_english(node: dict) -> dict:
    """A record keyed in another language (no English title key, one whose words are a
    headline column's name) with the English keys of its fields added
    (:data:`_COLUMN_KEYS`; a key named by its letter runs, "tarikh_terbit" as "tarikh
    terbit"); the record unchanged otherwise."""
    if _title(node) is not None:
        return node
    found: dict[str, object] = {}
    for key, value in node.items():
        if not isinstance(key, str):
            continue
        name = " ".join(LETTER_RUN.findall(key.casefold()))
        field = next((f for f, words in COLUMN_ROLES.items() if name in words), None)
        if field in _COLUMN_KEYS and _COLUMN_KEYS[field] not in node:
            found.setdefault(_COLUMN_KEYS[field], value)
    return {**node, **found} if "title" in found else node


def _listed(entry: object) -> object:
    """A list's entry, or the story it wraps (a JSON-LD ``ListItem``'s ``item``, a
    GraphQL connection's edge's ``node``); an entry with a title whose text, authors or
    outlet sit in a wrapped object (a newspaper's content API: ``{"webTitle": ...,
    "fields": {"bodyText": ..., "byline": ...}}``) is read with that object's fields
    where it has none of its own."""
    if not isinstance(entry, dict):
        return entry
    entry = _in_english(entry)
    titled = _title(entry) is not None
    if (
        not titled
        and isinstance(page := entry.get(_PAGE_METADATA_KEY), dict)
        and _title({**page, **_meta_pairs(page)}) is not None
    ):
        # a crawler's page record: the page's metadata beside its address and text (a
        # headless CMS's "metadata": {"tags": []} beside its "fields" is none, h375)
        rest = {k: v for k, v in entry.items() if k != _PAGE_METADATA_KEY}
        return {**page, **_meta_pairs(page), **rest}
    for key in _WRAPPER_KEYS:
        if isinstance(inner := entry.get(key), dict):
            if not titled:
                return inner
            return {**inner, **{k: v for k, v in entry.items() if k != key}}
    for key in () if titled else _DATA_KEYS:
        if isinstance(data := entry.get(key), dict) and _title(data):
            # a headless CMS's document: its fields under "data" or "content", its
            # address and dates beside them (Prismic's {"uid", "url",
            # "first_publication_date", "data": {...}}, Storyblok's "content")
            return {**data, **{k: v for k, v in entry.items() if k != key}}
    return entry


def _meta_pairs(page: dict) -> dict[str, str]:
    """The meta tags a page record lists as property / content pairs (a crawler's
    ``"openGraph": [{"property": "og:site_name", "content": X}, ...]``), each keyed by
    its property's last part (``site_name``, ``title``, ``published_time``): the share
    card's title, the site's name, the story's time, read as a story's own keys."""
    found: dict[str, str] = {}
    for value in page.values():
        if not isinstance(value, list):
            continue
        for pair in value[:_MAX_META_PAIRS]:
            if not isinstance(pair, dict) or not isinstance(pair.get("content"), str):
                continue
            name = pair.get("property", pair.get("name"))
            if isinstance(name, str) and (key := name.rpartition(":")[2]):
                found.setdefault(key, pair["content"])
    return found


def _is_story(value: object) -> bool:
    return (
        isinstance(value, dict)
        and _title(value) is not None
        and (_date(value) is not None or bool(_summary(value)))
    )


def _item(node: dict, page_url: str | None) -> FeedItem:
    """A story of a list as a feed's item."""
    date = _date(node)
    link = None
    for key in (*_URL_KEYS, *_role_keys(node, "link")):
        if isinstance(value := node.get(key), str) and value.strip():
            # a path on the page's own site ("/section/story") is read against the page
            absolute = urljoin(page_url, value.strip()) if page_url else value
            link = web_url(absolute)
            break
    title = suffix_free_title(node, _title(node) or "")
    # a publisher the story credits, as an aggregator's item does ("source": {"name"}),
    # or a feed reader's item its feed ("origin": {"title"}, the Google Reader API's;
    # "feed": {"title"}, a self-hosted reader's API's)
    source = (
        # its name, or its title (Event Registry's {"uri": domain, "title": name})
        next(iter(_names(node.get("source")) or _site_titles(node.get("source"))), None)
        if isinstance(node.get("source"), dict)
        else _first_text(node, _PERIODICAL_KEYS)
        or next(iter(_names(node.get("publisher") or node.get("publication"))), None)
        or _origin_title(node.get("origin"))
        or _origin_title(node.get("feed"))
        # the site a read-later reader's document was saved from ("site_name", h336)
        or _first_text(node, _OWN_SITE_KEYS)
    )
    # (last, a listed story's "text" or "message": a notification's text under its
    # title, as a news app's notification history gives it; read on a listed story only)
    summary = _summary(node)
    body = _body_text(node, _LISTED_BODY_KEYS)
    if summary and (_opens(body, summary) or _fuller(body, summary)):
        # a teaser cut from the story's text, or a shorter summary of it (a headless
        # CMS's "excerpt" beside its "content"): the record holds the story whole
        summary = ""
    # no summary: the story's body, in the paragraphs it writes (a news API's full text,
    # Event Registry's "body"), else as one text
    paragraphs = () if summary else _body_paragraphs(node, _LISTED_BODY_KEYS)
    if not paragraphs:
        summary = summary or body or _first_text(node, _MESSAGE_KEYS)
    if paragraphs:
        paragraphs = (*paragraphs[:-1], _unclipped(paragraphs[-1]))
    summary = _unclipped(summary)
    return FeedItem(title, link, date, date, summary, source, _authors(node), paragraphs)


def suffix_free_title(node: dict, title: str) -> str:
    """A story's headline without the site's name its page title closes with: where
    another title field of the story holds the title's text up to a separator and a name
    (a crawler's page record: ``"title": "HEADLINE - Site"`` beside ``"ogTitle"`` or
    ``"softTitle": "HEADLINE"``), that field's text; ``title`` unchanged otherwise (the
    name is the site's, read from every story's title by
    :func:`state_title_suffix_site`).

    Parameters
    ----------
    node : dict
        A story's record.
    title : str
        The headline read from it.

    Returns
    -------
    str
        The headline without the suffix, or ``title``.

    Examples
    --------
    >>> story = {"title": "A ferry - Bay News", "ogTitle": "A ferry"}
    >>> suffix_free_title(story, story["title"])
    'A ferry'
    """
    for key, value in node.items():
        if not (isinstance(key, str) and isinstance(value, str) and _is_title_key(key)):
            continue
        head = " ".join(value.split())
        if (
            head
            and len(head) < len(title)
            and title.startswith(head)
            and _TITLE_SUFFIX.fullmatch(title[len(head) :])
        ):
            return head
    return title


def _opens(body: str, summary: str) -> bool:
    """Whether a story's text is longer than its summary and opens with it (a content
    API's ``trailText`` is its ``bodyText``'s first sentence; a summary cut short may
    end in an ellipsis)."""
    opening = _SUMMARY_CUT.sub("", summary)
    return len(body) > len(summary) and bool(opening) and body.startswith(opening)


def _fuller(body: str, summary: str) -> bool:
    """Whether a story's text is its whole text beside a shorter summary: longer than
    the summary and not cut short by a news API (NewsAPI's "… [+1840 chars]", whose
    summary is the researcher's better text)."""
    return len(body) > len(summary) and not _CLIPPED_END.search(body)


def _unclipped(text: str) -> str:
    """A story's text without the count a news API writes where it cut the text short
    (NewsAPI's "… [+1840 chars]", GNews's "... [1840 chars]"), closed by an ellipsis
    instead, so that the card reads as a teaser cut short
    (:data:`analysis.clean.card_teaser.ELLIPSIS_REASON`) and the count is no words of
    its body; the text unchanged when it ends otherwise."""
    return _CLIPPED_END.sub("…", text)


def _values(data: object) -> list[object]:
    """Every list and object inside ``data``, depth first, within the search's bounds;
    a text that is itself a JSON object or array is searched as the value it encodes."""
    found: list[object] = []
    stack: list[tuple[object, int]] = [(data, 0)]
    decoded = 0
    while stack and len(found) < _MAX_NODES:
        value, depth = stack.pop()
        if isinstance(value, str) and decoded < _MAX_DECODED and _JSON_TEXT.match(value):
            decoded += 1
            value = _decoded(value)
        if not isinstance(value, (dict, list)) or depth > _MAX_DEPTH:
            continue
        found.append(value)
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in reversed(list(children)))
    return found


def _decoded(text: str) -> object:
    """The value a JSON text encodes, or None when it is no JSON (parsed as data only)."""
    try:
        return json.loads(text)
    except ValueError:
        return None


def json_objects(data: object) -> list[dict]:
    """Every object inside a parsed JSON value, in the text's order (depth first),
    within the search's bounds (12 levels deep, 20,000 values).

    Parameters
    ----------
    data : object
        A parsed JSON text or state.

    Returns
    -------
    list of dict
        The objects, ``data`` first when it is one.
    """
    return [value for value in _values(data) if isinstance(value, dict)]


def _title(node: dict) -> str | None:
    return (
        _first_text(node, _TITLE_KEYS)
        or _first_text(node, _role_keys(node, "title"))
        or _named_story_title(node)
        or None
    )


def _named_story_title(node: dict) -> str:
    """The ``name`` of a record that writes no title key but a story's link and its day
    (a scraper's export naming each selected text by the tool's default, ParseHub's
    ``name``: ``{"name": HEADLINE, "url": ..., "date": ...}``); "" otherwise. A person's
    or a site's object (``{"name", "url"}``) gives no publication day, an event's its
    ``startDate`` (no publication key): neither is a story."""
    if not _first_text(node, _URL_KEYS) or _date(node) is None:
        return ""
    return _first_text(node, ("name",))


def _role_keys(node: dict, role: str) -> tuple[str, ...]:
    """The keys of ``node`` whose words name a story's ``role`` field ("title",
    "summary", "body": ``webTitle``, ``post_excerpt``, ``bodyText``;
    :func:`analysis.clean.record_keys.key_role`), in the object's order."""
    return tuple(key for key in node if isinstance(key, str) and key_role(key) == role)


def _summary(node: dict) -> str:
    """The story's summary; one that opens with a tag is the markup of a feed's
    description, passed on as the feed wrote it (an rss-to-JSON API's): its text."""
    text = _first_text(node, _SUMMARY_KEYS) or _first_text(node, _role_keys(node, "summary"))
    if _TAG.match(text):
        text = " ".join(unescape(_TAG.sub(" ", text)).split())
    return text


def _body_text(node: dict, keys: tuple[str, ...] = _BODY_KEYS) -> str:
    """A story's body as one text, its markup's text (a read-later export's or a feed
    reader's item that gives the story's whole text and no summary), read under
    ``keys`` and the keys whose words name a body; "" for none."""
    text = " ".join(_body_parts(node, keys))
    return " ".join(unescape(_TAG.sub(" ", text)).split())


def _body_paragraphs(node: dict, keys: tuple[str, ...] = _BODY_KEYS) -> tuple[str, ...]:
    """A listed story's body as the paragraphs it writes: a plain text's lines, a
    markup's blocks (``</p>``, a closing ``div``, heading, list item or quotation, two
    line breaks), each its text; () when the body gives fewer than two (it is then
    :func:`_body_text`, one text); read under ``keys`` as :func:`_body_parts` is."""
    found = []
    for part in _body_parts(node, keys):
        pieces = _BLOCK_END.split(part) if _TAG.search(part) else part.split("\n")
        found.extend(
            text for piece in pieces if (text := " ".join(unescape(_TAG.sub(" ", piece)).split()))
        )
    return tuple(found) if len(found) >= 2 else ()


def _first_text(node: dict, keys: tuple[str, ...]) -> str:
    """The first of ``keys`` whose value is a text that is not blank, spaces
    collapsed; "" for none. A value ``{"rendered": "<p>markup</p>"}`` (WordPress's REST
    API) or ``{"content": "<p>markup</p>"}`` (the Google Reader API's, a feed reader's
    export) is its markup's text."""
    for key in keys:
        value = node.get(key)
        if isinstance(value, list) and value:  # IPTC ninjs's [{"role": "main", "value": X}]
            value = _block_text(value[0], 0)
        if isinstance(value, dict):
            markup = next((v for k in _MARKUP_KEYS if isinstance(v := value.get(k), str)), None)
            if markup is not None:
                value = unescape(_TAG.sub(" ", markup))
            elif isinstance(value.get(key), str):
                # a headless CMS's long text field, an object holding the text under the
                # field's own name ({"description": {"description": "text"}}, h336)
                value = value[key]
        if isinstance(value, str) and (text := " ".join(value.split())):
            return text
    return ""


def _origin_title(value: object) -> str | None:
    """The feed a feed reader's item came from (the Google Reader API's ``origin``,
    ``{"streamId": ..., "title": "Feed name"}``), None when it names none."""
    if isinstance(value, dict) and isinstance(title := value.get("title"), str):
        return " ".join(title.split()) or None
    return None


def state_date(node: dict) -> str | None:
    """The date an object of a state gives when it was published.

    Parameters
    ----------
    node : dict
        One object of a parsed state.

    Returns
    -------
    str or None
        The value of its first key naming a publication or creation date
        (``publishedAt``, ``datePublished``, ``createdAt``, ``created_at`` ...): ISO 8601
        text as written, an RFC 822 date as ISO 8601 with its own offset, a number of
        seconds or milliseconds since 1970 as its day, a CSL-JSON ``date-parts`` day;
        None when it has none.
    """
    return _date(node)


def _date(node: dict) -> str | None:
    # a key naming the publication before one naming the record's creation (a read-later
    # export's "created_at" is when it was saved, its "published_at" the story's day)
    keys = sorted((key for key in node if _DATE_KEY.search(key)), key=_date_key_rank)
    for key in keys:
        value = node[key]
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            return value
        if isinstance(value, str) and _RFC822_DATE.match(value) and (iso := iso_date(value)):
            return iso
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return epoch_day(value)
        if isinstance(value, str) and _EPOCH_TEXT.fullmatch(value):
            return epoch_day(int(value))  # seconds or milliseconds written as text
        if isinstance(value, dict) and (day := _date_parts(value.get("date-parts"))):
            return day
        if isinstance(value, str) and len(value) <= _MAX_DATE_TEXT and (day := parse_date(value)):
            return day  # a day as a scraper's record writes it ("03.12.2026", "3 Dec 2026")
    return None


def _created_key(key: str) -> bool:
    """Whether a date's key names a creation (``createdAt``; a portal API's ``ctime``,
    its item's creation time as UNIX seconds), not a publication."""
    folded = key.casefold()
    return ("created" in folded and "publish" not in folded) or _CTIME_KEY.fullmatch(
        folded
    ) is not None


_CTIME_KEY = re.compile(r"c_?time")


def _date_key_rank(key: str) -> tuple[bool, bool, bool]:
    """The order date keys are read in: one naming the publication (``publishedAt``,
    ``dateTimePub``) first, one naming the record's creation (``createdAt``) after, an
    update's (``updateDate``) last."""
    update = key.casefold().startswith("update")
    return (update, _created_key(key), not _PUBLICATION_KEY.search(key))


def _date_parts(value: object) -> str | None:
    """CSL-JSON's date (``{"date-parts": [[2026, 12, 3]]}``) as ISO 8601; None for a
    year or a month alone (no day), or anything else."""
    if not (isinstance(value, list) and value and isinstance(value[0], list)):
        return None
    parts = value[0]
    if len(parts) < 3 or not all(isinstance(p, (int, str)) and str(p).isdigit() for p in parts[:3]):
        return None
    try:
        return dt.date(*(int(p) for p in parts[:3])).isoformat()
    except ValueError:
        return None


def epoch_day(value: float) -> str | None:
    """The UTC day a count of seconds or milliseconds since 1970 names.

    Parameters
    ----------
    value : float
        A number a state or an export gives as a date.

    Returns
    -------
    str or None
        The day (ISO 8601); None for a number that is neither (a year, an id).
    """
    seconds = value / 1000 if value >= _FIRST_MILLISECONDS else value
    if not _FIRST_SECONDS <= seconds < _FIRST_MILLISECONDS:
        return None
    moment = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    return moment.date().isoformat()


def state_header(data: object) -> StateArticle | None:
    """The story's headline, date and authors an application state holds without its
    body: the first object, not one of a list of stories, with a title and a date (see
    the module doc).

    Parameters
    ----------
    data : object
        A parsed state (:func:`app_state_data`).

    Returns
    -------
    StateArticle or None
        With no body parts; None when no such object is found.
    """
    in_lists = {id(item) for items in _story_lists(data) for item in items}
    for node in json_objects(data):
        title = _title(node)
        if title is None or id(node) in in_lists or (day := _date(node)) is None:
            continue
        return StateArticle(title, (), day, _authors(node), _site(node))
    return None


def state_site_names(data: object) -> set[str]:
    """The names an application state gives its site (a ``site``, ``siteName`` or
    ``publisher`` value, or its ``name``, or a site object's ``title``:
    :func:`_site_titles`), spaces collapsed.

    Parameters
    ----------
    data : object
        A parsed state (:func:`app_state_data`).

    Returns
    -------
    set of str
        Empty when the state names none.
    """
    return {
        name
        for node in json_objects(data)
        for key in _SITE_KEYS
        for name in _names(node.get(key)) or _site_titles(node.get(key))
    }


# A site's name after a story's headline in an SEO or share title ("HEADLINE | Site").
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—·:｜]\s+(?P<name>\S.{0,60}?)\s*")


def state_title_suffix_site(data: object, titles: list[str], least: int = 2) -> str | None:
    """The site a JSON text's stories name after their headlines in a title field of
    their own (a CMS's SEO plugin's ``"meta": {"title": "HEADLINE | Site"}``): the one
    name every story's such title closes with.

    No tuned value: every headline must be followed so, by one name.

    Parameters
    ----------
    data : object
        A parsed JSON text.
    titles : list of str
        Its stories' headlines.
    least : int, optional
        How many headlines must be followed so: two for a list (one story's title
        might close with its section's name), one for a response holding one story
        (:func:`state_story`), whose own title field is all there is to read.

    Returns
    -------
    str or None
        The name, or None when a story has no such title or two names differ.

    Examples
    --------
    >>> data = [{"title": t, "meta": {"title": t + " | The Valley Times"}} for t in "AB"]
    >>> state_title_suffix_site(data, ["A", "B"])
    'The Valley Times'
    """
    if len(titles) < max(least, 1):
        return None
    texts = [
        " ".join(value.split())
        for node in json_objects(data)
        for key, value in node.items()
        if isinstance(value, str) and isinstance(key, str) and _is_title_key(key)
    ]
    names = set()
    for title in titles:
        found = {
            match["name"]
            for text in texts
            if text.startswith(title) and (match := _TITLE_SUFFIX.fullmatch(text[len(title) :]))
        }
        if len(found) != 1:
            return None
        names |= found
    return names.pop() if len(names) == 1 else None


def _is_title_key(key: str) -> bool:
    """Whether a key names a title: a headline's (:data:`_TITLE_KEYS`, ``webTitle``) or
    a search engine's or share card's (``metaTitle``, ``seo_title``, ``og:title``)."""
    return (
        key in _TITLE_KEYS
        or key.casefold().rstrip("s").endswith("title")
        or "title" in key_words(key)  # news-please's "title_page", "title_rss"
    )


def _site_titles(value: object) -> list[str]:
    """A site object's title when it names no ``name``: a GraphQL site query's
    ``{"site": {"title": X}}``, or Gatsby's ``{"site": {"siteMetadata": {"title": X}}}``."""
    if not isinstance(value, dict):
        return []
    for holder in (value, value.get("siteMetadata")):
        if isinstance(holder, dict) and isinstance(title := holder.get("title"), str):
            return [name] if (name := " ".join(title.split())) else []
    return []


def _authors(node: dict) -> str | None:
    """The story's authors; under HAL's ``_embedded`` (WordPress's REST API with
    ``_embed``) when the story's own author is an id, or under ANS's ``credits``
    (Arc XP's ``{"credits": {"by": [{"name": ...}]}}``)."""
    nested = [node.get(key) for key in ("_embedded", "credits")]
    for where in (node, *(value for value in nested if isinstance(value, dict))):
        for key in _AUTHOR_KEYS:
            names = _names(where.get(key))
            if names:
                return ", ".join(names)
    return None


def _names(value: object) -> list[str]:
    """An author value's names: a string, an object's ``name`` (or its given and family
    names: CSL-JSON's ``given`` and ``family``, a headless CMS user's ``first_name`` and
    ``last_name``; or the object it wraps under :data:`_RELATION_KEYS`), or a list of
    those."""
    if isinstance(value, str):
        return [name] if (name := " ".join(value.split())) else []
    if isinstance(value, dict):
        for pair in _NAME_PARTS:
            parts = [value.get(key) for key in pair]
            if isinstance(parts[1], str) and all(isinstance(p, str) for p in parts if p):
                return _names(" ".join(p for p in parts if p))
        named = next((names for key in _NAME_KEYS if (names := _names(value.get(key)))), [])
        if not named and (related := next(filter(None, map(value.get, _RELATION_KEYS)), None)):
            return _names(related) if isinstance(related, dict | list) else []
        return named
    if isinstance(value, list):
        return [
            name for entry in value[:20] if not isinstance(entry, list) for name in _names(entry)
        ]
    return []


def _body_parts(node: dict, keys: tuple[str, ...] = _BODY_KEYS) -> tuple[str, ...]:
    """A story object's body: a text, a list of texts or blocks, or one block (a JSON:API
    text field's ``{"value": "<p>...</p>", "format": ...}``, Drupal's), under one of
    ``keys`` or a key whose words name a body."""
    for key in (*keys, *_role_keys(node, "body")):
        value = node.get(key)
        if isinstance(value, dict) and (blocks := _rich_text_blocks(value)) is not None:
            value = blocks
        if isinstance(value, dict):
            value = _block_text(value, 0)
        if isinstance(value, str) and value.strip():
            return (value,)
        if isinstance(value, list):
            parts = tuple(part for block in value if (part := _block_text(block, 0)).strip())
            if parts:
                return parts
    return ()


def _block_text(block: object, depth: int) -> str:
    """One block of a body: a text, a block's own text, its spans' texts joined, or a
    slice's text blocks (Prismic's: one line each)."""
    if isinstance(block, str):
        return block
    if not isinstance(block, dict) or depth > 3:
        return ""
    for key in _BLOCK_TEXT_KEYS:
        if isinstance(value := block.get(key), str):
            return value
    if "slice_type" in block and isinstance(fields := block.get(_SLICE_FIELDS), dict):
        return "\n".join(
            text
            for value in fields.values()
            if isinstance(value, list)
            for part in value
            if isinstance(part, dict)
            and part.get("type") in _TEXT_BLOCK_TYPES
            and isinstance(text := part.get("text"), str)
            and text.strip()
        )
    spans = block.get("children")
    if not isinstance(spans, list):
        spans = block.get("content")  # ProseMirror's / Tiptap's node
    if isinstance(spans, list):
        return "".join(_block_text(span, depth + 1) for span in spans)
    return ""


def _rich_text_blocks(value: dict) -> list | None:
    """The blocks of a rich-text document a body field holds as a tree: Lexical's
    ``{"root": {"children": [paragraph, ...]}}``, ProseMirror's and Tiptap's ``{"type":
    "doc", "content": [paragraph, ...]}``; each block's text is its spans' texts
    (:func:`_block_text`). None for another object."""
    root = value.get("root") if isinstance(value.get("root"), dict) else value
    if any(isinstance(root.get(key), str) for key in _BLOCK_TEXT_KEYS):
        return None
    for key in ("children", "content"):
        if (
            isinstance(blocks := root.get(key), list)
            and blocks
            and all(isinstance(block, dict) for block in blocks)
        ):
            return blocks
    return None

"""A feed saved under a page's name: RSS, Atom or JSON Feed told by the file's content.

A browser saves a feed it shows as XML under the name the user types (``news.html``,
``feed.txt``), and a JSON Feed (``feed.json``, https://jsonfeed.org) opened in a tab is
saved as text. Read as a page, such a file is one block of markup or JSON, not a listing.
:func:`saved_feed` tells a feed by its opening (an XML declaration, comments and
processing instructions, then an ``<rss>``, ``<feed>``, ``<rdf:RDF>`` or a news
sitemap's ``<urlset>`` root, the browser's XML view's notice line over it when the
shown tree was saved as text; or a JSON object whose ``version`` is JSON Feed's) and
reads it as
:func:`analysis.clean.feed_xml.feed_document` reads a ``.xml`` feed: a listing page, one
card per item. Other JSON saved as text (an API's response opened in a tab: a
WordPress site's ``/wp-json/wp/v2/posts``, a news API's ``articles``; a reference
manager's CSL-JSON; JSON Lines, one object a line; a bookmark service's export in
Delicious's fields, read by :func:`analysis.clean.bookmark_file.delicious_bookmarks`;
Nostr events, read by :mod:`analysis.clean.nostr_events`; a Telegram channel's export, read by
:mod:`analysis.clean.telegram_export`; a fediverse account's outbox, read by
:mod:`analysis.clean.activity_streams`; a chat channel's export, whose messages carry
previews of the links posted, read by :mod:`analysis.clean.link_previews`; a social
account's posts sharing links by their link cards, read by
:mod:`analysis.clean.link_card_posts`, or posting each story as text, a headline line over
it, read by :mod:`analysis.clean.text_posts`; a Python session's printing of such a list,
its prompts and ``repr`` read by :mod:`analysis.clean.python_repr`) is read as the
list of stories it holds, by the field names content systems share
(:func:`analysis.clean.app_state.state_stories`), when it holds one: a listing page
too. A feed or JSON text saved with what was printed over it is read the same: an
HTTP response's head (``curl -i``: the status line and the header lines, then a blank
line), the request an HTTP client printed over that head (its method and target line,
header lines and body: HTTPie's printing of the exchange), the shell command printed
over it (``$ curl -s URL``) and the line numbers of a ``cat -n`` printing
(:func:`analysis.clean.line_numbers.drop_line_numbers`) are taken off
first. JSON is
parsed as data only (never run); every value is escaped by
:func:`analysis.clean.feed_xml.listing_html`.
"""

from __future__ import annotations

import json
import re
from html import unescape

from analysis.clean.activity_streams import outbox_posts
from analysis.clean.app_state import (
    state_site_names,
    state_stories,
    state_story,
    state_title_suffix_site,
)
from analysis.clean.bookmark_file import delicious_bookmarks
from analysis.clean.database_json import plain_object, solr_documents
from analysis.clean.feed_xml import FeedItem, feed_document, iso_date, listing_html
from analysis.clean.line_numbers import drop_line_numbers
from analysis.clean.link_card_posts import link_card_posts
from analysis.clean.link_previews import link_previews
from analysis.clean.nostr_events import nostr_stories
from analysis.clean.python_repr import python_value, session_opening
from analysis.clean.saved_document import SavedDocument, web_url
from analysis.clean.telegram_export import telegram_posts
from analysis.clean.text_posts import text_posts
from analysis.clean.video_records import video_stories
from analysis.clean.web_snapshot import link_host
from analysis.errors import PageReadError

#: How far into the file its opening is looked for (bytes).
SNIFF_BYTES = 2048
# An XML feed's opening: a byte-order mark, space, the XML declaration, comments and
# processing instructions (a stylesheet), then the feed's root element (a news
# sitemap's ``<urlset>`` too: analysis.clean.feed_xml); before them, the one line of
# text a browser's XML view prints over the tree when a shown feed is saved as text
# ("This XML file does not appear to have any style information ...", in the
# browser's language), dropped before the XML is parsed.
_XML_FEED_OPENING = re.compile(
    rb"^(?:\xef\xbb\xbf)?(?P<notice>[ \t]*[^<\s][^<\n]{0,400}\n)?"
    rb"\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]*\?>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF|urlset)[\s>]",
    re.S,
)
# A JSON Feed's opening: an object, its "version" naming the format's address.
_JSON_FEED_OPENING = re.compile(
    rb'^(?:\xef\xbb\xbf)?\s*\{.*?"version"\s*:\s*"https?://jsonfeed\.org/', re.S
)
# An HTTP response's head printed over its body (``curl -i``, an HTTP client's copy of
# the response with its headers): the status line, "Name: value" lines, a blank line.
_HTTP_HEAD = re.compile(
    rb"^(?:\xef\xbb\xbf)?HTTP/\d(?:\.\d)? \d{3}\b[^\n]*\n"
    rb"(?:[A-Za-z0-9!#$%&'*+.^_`|~-]+:[^\n]*\n)*\r?\n"
)
# The request an HTTP client prints over the response it got (HTTPie's printing of the
# exchange, an editor's ``.http`` file run): the request line (a method and its
# target), then its header lines and body, up to the response's status line.
_HTTP_REQUEST = re.compile(
    rb"^(?:\xef\xbb\xbf)?(?:GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD) \S+(?: HTTP/\d(?:\.\d)?)?\r?\n"
    rb"(?:.*?\n)??(?=HTTP/\d(?:\.\d)? \d{3}\b)",
    re.S,
)
# A shell's prompt and the command printed over its output (``$ curl -s URL``, ``% jq .
# file``), when the output's JSON opens the next line.
_COMMAND_LINE = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t]*[$%][ \t]+\S[^\n]*\n(?=\s*[\[{])")
# A ``cat -n`` printing's first line: spaces, the number 1, a tab.
_FIRST_NUMBERED = re.compile(rb"^(?:\xef\xbb\xbf)?\s*1\t")
# Any other JSON text's opening: an array or an object.
_JSON_OPENING = re.compile(rb"^(?:\xef\xbb\xbf)?\s*[\[{]")
_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|</?[A-Za-z][^<>]*>", re.I | re.S)


def saved_feed(data: bytes, name: str) -> SavedDocument | None:
    """The listing page of a feed saved under another format's name; None for a file
    that does not open as a feed, or whose feed cannot be read (it is then read as the
    page its name says).

    Parameters
    ----------
    data : bytes
        What the file holds; only its first :data:`SNIFF_BYTES` are looked at first.
    name : str
        The file as errors name it (a feed that cannot be read names none: None).

    Returns
    -------
    SavedDocument or None
        The listing page (UTF-8) and the feed's site address.
    """
    data = _printed_body(data)
    head = data[:SNIFF_BYTES]
    try:
        if opening := _XML_FEED_OPENING.match(head):
            return feed_document(data[opening.end("notice") :] if opening["notice"] else data, name)
        if _JSON_FEED_OPENING.match(head):
            return json_feed_document(data, name)
    except PageReadError:
        return None
    if _JSON_OPENING.match(head) or session_opening(head.decode("utf-8", "replace")):
        return json_stories_document(data)
    return None


def _printed_body(data: bytes) -> bytes:
    """``data`` without the shell command printed over it, an HTTP response's head over
    it and a ``cat -n`` printing's line numbers (see the module doc); unchanged when it
    has none of them."""
    if command := _COMMAND_LINE.match(data):
        data = data[command.end() :]
    if request := _HTTP_REQUEST.match(data[:SNIFF_BYTES]):
        data = data[request.end() :]
    if head := _HTTP_HEAD.match(data):
        data = data[head.end() :]
    if _FIRST_NUMBERED.match(data):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data
        data = drop_line_numbers(text).encode("utf-8")
    return data


def json_stories_document(data: bytes) -> SavedDocument | None:
    """The listing page of the stories a JSON text lists (an API's response saved as
    text); None when it is no JSON or lists no two stories.

    Parameters
    ----------
    data : bytes
        What the file holds (UTF-8 JSON, as the format says; or a Python session's
        printing of a value: :func:`analysis.clean.python_repr.python_value`).

    Returns
    -------
    SavedDocument or None
        The listing page (UTF-8), one card per story of the longest list of stories
        (:func:`analysis.clean.app_state.state_stories`: a title and a date or a
        summary each); no address.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        value = json.loads(text, object_hook=plain_object)
    except ValueError:
        if (value := _json_lines(text)) is None and (value := python_value(text)) is None:
            return None
    # a database's dialects: Extended JSON's wrappers (mongoexport's {"$date": ...}) read
    # as their values, a Solr response's documents with their fields' type suffixes off
    return stories_document(solr_documents(value))


def story_document(data: bytes) -> SavedDocument | None:
    """The page of the one story a content API's single-document response wraps
    (:func:`analysis.clean.app_state.state_story`: a headless CMS's ``{"story": {...}}``,
    whose list response ``{"stories": [...]}`` :func:`json_stories_document` reads), a
    listing of one card; None for any other file.

    Parameters
    ----------
    data : bytes
        What the file holds (UTF-8 JSON).

    Returns
    -------
    SavedDocument or None
        The page (UTF-8), its site the one the response names (a site field, else the
        name its title field closes the headline with: "HEADLINE | Site"); no address.
    """
    try:
        value = json.loads(data.decode("utf-8-sig"), object_hook=plain_object)
    except ValueError:  # (a UnicodeDecodeError is one)
        return None
    if (item := state_story(value)) is None:
        return None
    names = state_site_names(value)
    site = names.pop() if len(names) == 1 else None
    if site is None and not item.source:
        site = state_title_suffix_site(value, [item.title], least=1)
    page = listing_html("", None, [item], site)
    return SavedDocument(page.encode("utf-8"), "utf-8", None, listing=True)


def stories_document(value: object) -> SavedDocument | None:
    """The listing page of the stories a parsed value lists (see
    :func:`json_stories_document`: a JSON text's value, a table's rows as objects).

    Parameters
    ----------
    value : object
        A parsed JSON value, or a list of records (a table's rows, name -> value).

    Returns
    -------
    SavedDocument or None
        The listing page (UTF-8), one card per story; None when it lists no two.
    """
    if (videos := video_stories(value)) is not None:  # a video downloader's lines
        value = [_story_fields(video) for video in videos]
    if (channel := telegram_posts(value)) is not None:  # a Telegram channel's export
        site, items = channel
        if not items:
            return None
        page = listing_html("", None, items, site)
        return SavedDocument(page.encode("utf-8"), "utf-8", None, listing=True)
    site = None
    items = outbox_posts(value)  # a fediverse account's outbox
    if items is None and (events := nostr_stories(value)) is not None:
        site, items = events  # a Nostr account's long-form posts
    if items is None:  # a bookmark service's export (Pinboard's), else a list of stories
        items = delicious_bookmarks(value)
    if items is None:
        items = state_stories(value)
    if len(items) < 2:  # a chat channel's export: the previews of the links posted
        items = link_previews(value)
    if len(items) < 2 and (shared := link_card_posts(value)) is not None:
        site, items = shared  # a social account's posts, each sharing a story's link card
    if len(items) < 2 and (posted := text_posts(value)) is not None:
        site, items = posted  # a social account's text posts, each a headline over its text
    if len(items) < 2:
        return None
    if site is None and len(names := state_site_names(value)) == 1:
        site = names.pop()  # the response names one site ("site": X, {"data": {"site": ...}})
    credited = False
    if site is None and len(sources := {item.source for item in items}) == 1 and all(sources):
        # every story credits one publisher (a newspaper's content API's "publication"):
        # the site, not a source per card; a story that is the only signed one keeps
        # its author printed after "By" (dropped else, with no source line beside it)
        site = sources.pop()
        credited = True
        items = [item._replace(source=None) for item in items]
    if site is None and not any(item.source for item in items):
        # every story's SEO title names the site after its headline ("HEADLINE | Site")
        site = state_title_suffix_site(value, [item.title for item in items])
    if site is None:
        items = _hosts_credited(items)
    title, url = _feed_header(value)
    page = listing_html(title, url, items, site, credited=credited)
    return SavedDocument(page.encode("utf-8"), "utf-8", url, listing=True)


#: A page record's columns (analysis.clean.page_table) as the story fields the lists of
#: stories are read by (analysis.clean.app_state.state_stories): the outlet a story
#: names is its own site's name.
_STORY_FIELDS = {
    "title": "title",
    "text": "body",
    "published": "published",
    "outlet": "site_name",
    "url": "url",
}


def _story_fields(record: dict) -> dict:
    """A page record (:func:`analysis.clean.video_records.video_record`) as a story."""
    return {_STORY_FIELDS[key]: value for key, value in record.items() if key in _STORY_FIELDS}


def _hosts_credited(items: list[FeedItem]) -> list[FeedItem]:
    """Items linking to the stories of two sites or more and crediting none, each
    credited to its link's host without ``www.`` (a read-later service's export: the
    stories a reader saved from many sites); the items unchanged otherwise."""
    hosts = [link_host(item.link or "").removeprefix("www.") for item in items]
    if any(item.source for item in items) or not all(hosts) or len(set(hosts)) < 2:
        return items
    return [item._replace(source=host) for item, host in zip(items, hosts, strict=True)]


def _feed_header(value: object) -> tuple[str, str | None]:
    """The title and site address of the feed a feed-to-JSON API's response converts
    (rss2json's and its kind's top-level ``"feed": {"title", "link"}``); ("", None) for
    another JSON text."""
    feed = value.get("feed") if isinstance(value, dict) else None
    if not isinstance(feed, dict) or not isinstance(feed.get("title"), str):
        return "", None
    return " ".join(feed["title"].split()), web_url(feed.get("link"))


def _json_lines(text: str) -> list[object] | None:
    """JSON Lines (a scraper's or an API client's output: one JSON value a line) as the
    list of its values; None when a line that is not blank is no JSON."""
    values = []
    for line in text.splitlines():
        if line.strip():
            try:
                values.append(json.loads(line, object_hook=plain_object))
            except ValueError:
                return None
    return values


def json_feed_document(data: bytes, name: str) -> SavedDocument:
    """A JSON Feed (version 1 or 1.1) as an HTML listing page.

    Parameters
    ----------
    data : bytes
        What the file holds: JSON in UTF-8, as the format says.
    name : str
        The file as errors name it.

    Returns
    -------
    SavedDocument
        The listing page and the feed's ``home_page_url``.

    Raises
    ------
    PageReadError
        Not JSON, no object at its top, or no item with a title.
    """
    try:
        feed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as err:
        raise PageReadError(name, f"a JSON Feed that is not JSON ({err})") from err
    if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
        raise PageReadError(name, "a JSON Feed without items")
    items = [item for entry in feed["items"] if (item := _json_item(entry)) is not None]
    if not items:
        raise PageReadError(name, "a JSON Feed without items")
    url = web_url(_string(feed.get("home_page_url")))
    page = listing_html(_string(feed.get("title")), url, items)
    return SavedDocument(page.encode("utf-8"), "utf-8", url, listing=True)


def _json_item(entry: object) -> FeedItem | None:
    """One item of a JSON Feed; None without a title."""
    if not isinstance(entry, dict):
        return None
    title = " ".join(_string(entry.get("title")).split())
    if not title:
        return None
    teaser = _string(entry.get("summary")) or _string(entry.get("content_text"))
    if not teaser and (html := _string(entry.get("content_html"))):
        teaser = unescape(_TAG.sub(" ", html))
    date = _string(entry.get("date_published")) or _string(entry.get("date_modified"))
    link = web_url(_string(entry.get("url"))) or web_url(_string(entry.get("external_url")))
    teaser = " ".join(teaser.split())
    return FeedItem(title, link, date or None, iso_date(date), teaser, None, _json_author(entry))


def _json_author(entry: dict) -> str | None:
    """The item's author: the names of JSON Feed 1.1's ``authors`` or 1.0's ``author``."""
    authors = entry.get("authors")
    if not isinstance(authors, list):
        authors = [entry.get("author")]
    names = [_string(a.get("name")).strip() for a in authors if isinstance(a, dict)]
    names = [n for n in names if n]
    return ", ".join(names) or None


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""

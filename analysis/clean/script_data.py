"""The story a script-rendered page holds in its data, not in its visible markup.

A page saved without running its scripts (by curl, wget, requests, a crawler without a
browser) from a site whose pages a script renders shows only its masthead, menu and
footer: the story is in the markup's data. Two kinds are read here, as data only (the
text is parsed as JSON, never run, and never becomes markup):

- **JSON-LD** (``<script type="application/ld+json">``): the ``articleBody`` of an
  object (schema.org's Article and its kinds are the objects with that property),
  anywhere in the data (a list, an ``@graph``); the longest when there are several.
  :func:`article_body` gives it as plain text, one paragraph a line.
- **application state** (``__NEXT_DATA__`` of Next.js, ``__NUXT__`` and
  ``__NUXT_DATA__`` of Nuxt, Remix's ``__remixContext``, Angular's transfer state
  ``<script id="ng-state">``, Inertia.js's ``data-page`` attribute, the
  ``__INITIAL_STATE__``, ``__PRELOADED_STATE__`` and ``__APOLLO_STATE__`` of other
  script frameworks): each site shapes it its own way;
  the story or the list of stories it holds under the field names content systems
  share is read by analysis.clean.app_state (a story as the body, with its title,
  date and authors; a list as a listing page, :data:`HtmlMetadata.script_listing`);
  :func:`app_state_name` says a state is there, for the reason a page without an
  article gives (analysis.clean.page_rows).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from analysis.clean.app_state import (
    app_state_data,
    state_article,
    state_header,
    state_site_names,
    state_stories,
)
from analysis.clean.dump_text import decode_references, drop_invisible
from analysis.clean.feed_xml import listing_html
from analysis.clean.html_page import HtmlMetadata, prints_opening
from analysis.clean.jsonld_article import graph_articles, json_ld_values

# The forms a script framework's application state takes in a page, in the order they
# are told apart (:func:`app_state_name`); each holds one group, the state's name. The
# forms opening with a word are matched from that word, the boundary before it looked at
# apart (:data:`_AFTER_WORD_CHAR`): a search for a word boundary, case folded, at every
# character of a page of a megabyte cost more than the rest of the patterns together.
# Their first letter is a class of the characters that fold to it, matched without
# folding (``(?-i:[wW])``; "ſ", the long s, folds to "s"), so the search runs from one
# such character to the next, as it does to each "<" of the other forms, instead of
# trying the folded word at every character (the same matches, a fifth of the time).
_APP_STATE_FORMS = tuple(
    re.compile(form, re.IGNORECASE)
    for form in (
        r"""<script\b[^>]*\bid\s*=\s*["']?(__NEXT_DATA__|__NUXT_DATA__)\b""",
        r"(?-i:[wW])indow\.(__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__"
        r"|__remixContext|__reactRouterContext)\s*=",
        r"(?-i:[sSſ])elf\.(__next_f)\.push\(",
        r"(?-i:[fF])usion\.(globalContent)\s*=",
        r"<(astro-island)\b[^>]*?\sprops\s*=",
        r"""<script\b(?=[^>]*\btype\s*=\s*["']?application/json)[^>]*\bid\s*=\s*["']?([\w-]*-state)\b""",
        r"""<div\b[^>]*?\s(data-page)\s*=\s*["']\{""",
        r"""<script\b[^>]*\s(data-sveltekit-fetched)\b""",
    )
)
# The forms above that open with a word, which a word character must not precede.
_WORD_OPENING_FORMS = frozenset(_APP_STATE_FORMS[1:4])
_AFTER_WORD_CHAR = re.compile(r"\w")
# A <noscript> element and its content: what a browser shows when the script is off.
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"<[^<>]*>")
# A cheap first look: the markup names a state as one of the above does.
_MAY_HOLD_STATE = re.compile(
    r"__|astro-island|-state\b|data-page|globalContent|data-sveltekit-fetched"
)
# An articleBody written as markup by its CMS: a paragraph or line-break tag ends a
# line, every other tag is taken out (as text, by pattern: it is never parsed as HTML).
_BREAK_TAG = re.compile(r"<(?:/?p|br|/?div|/?h[1-6]|/?li|/?blockquote)\b[^<>]{0,200}>", re.I)
_OTHER_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
# How deep the search for an articleBody goes in one JSON-LD value.
_MAX_DEPTH = 8


def with_script_data(metadata: HtmlMetadata, markup: str, text: str) -> HtmlMetadata:
    """An HTML page's metadata with what its script data holds that its text lacks.

    Parameters
    ----------
    metadata : HtmlMetadata
        What the markup says (analysis.clean.html_page.html_metadata).
    markup : str
        The decoded markup.
    text : str
        The page as rendered (analysis.clean.html_page.render_text).

    Returns
    -------
    HtmlMetadata
        ``metadata`` with ``script_body``, the JSON-LD article body
        (:func:`article_body`) when ``text`` does not print its opening words
        (analysis.clean.html_page.prints_opening; a page that prints its story carries
        no second copy), and ``app_state`` (:func:`app_state_name`).
    """
    body = article_body(markup) if "articleBody" in markup else None
    if body is not None and prints_opening(text, body):
        body = None
    state = app_state_name(markup) if _MAY_HOLD_STATE.search(markup) else None
    if body is None and state is None:
        if "itemListElement" in markup or "@graph" in markup:
            return _with_item_list(metadata, markup, text)
        return metadata
    metadata = replace(metadata, script_body=body, app_state=state)
    if body is None and state is not None:
        metadata = _with_state_story(metadata, markup, text)
    return metadata


def _with_state_story(metadata: HtmlMetadata, markup: str, text: str) -> HtmlMetadata:
    """The metadata with the story, or the list of stories, of the page's application
    state that its rendered text does not print (analysis.clean.app_state)."""
    data = app_state_data(markup)
    if data is None:
        return metadata
    article = state_article(data)
    if article is not None:
        body = _plain("\n".join(article.body_parts))
        if not body or prints_opening(text, body):
            return _with_state_header(metadata, data)
        day = article.published[:10] if article.published else None
        return replace(
            metadata,
            script_body=body,
            title=article.title,
            byline=metadata.byline or article.byline,
            site_name=metadata.site_name or article.site_name,
            published=metadata.published or day,
        )
    stories = state_stories(data, metadata.url)
    if not stories:
        return _with_state_header(metadata, data)
    if any(prints_opening(text, story.title) for story in stories):
        return metadata
    title = metadata.site_name or metadata.page_title or ""
    # the page's declared site name is the listing's, with or without a canonical link
    site = metadata.site_name or _state_site(data, metadata.page_title)
    listing = listing_html(title, metadata.url, stories, site=site)
    return replace(
        metadata, script_listing=listing, script_shell=prints_noscript_only(markup, text)
    )


def prints_noscript_only(markup: str, text: str) -> bool:
    """Whether a page's rendered text prints only what its ``<noscript>`` elements hold.

    Parameters
    ----------
    markup : str
        The decoded markup.
    text : str
        The page as rendered (analysis.clean.html_page.render_text).

    Returns
    -------
    bool
        True when the text has words and each is a word of the ``<noscript>`` elements'
        content (its tags taken out, its references decoded): the notice a page saved
        without running its script shows, whatever its language ("This page needs
        JavaScript", in a language no word table holds).
    """
    words = Counter(text.split())
    if not words:
        return False
    shown = " ".join(_ANY_TAG.sub(" ", part) for part in _NOSCRIPT.findall(markup))
    return words <= Counter(decode_references(shown).split())


def _with_item_list(metadata: HtmlMetadata, markup: str, text: str) -> HtmlMetadata:
    """The metadata with the stories of the page's JSON-LD ``ItemList`` (or of the
    article objects of its ``@graph``, two or more) as its listing, when the page prints
    their headlines only: every story has a summary, the text prints every headline and
    no summary."""
    values = list(json_ld_values(markup))
    values += [articles for value in values if (articles := graph_articles(value))]
    stories = state_stories(values, metadata.url)
    if not stories or not all(story.teaser for story in stories):
        return metadata
    if not all(story.title in text for story in stories):
        return metadata
    if any(prints_opening(text, story.teaser) for story in stories):
        return metadata
    title = metadata.site_name or metadata.page_title or ""
    listing = listing_html(title, metadata.url, stories, site=metadata.site_name)
    return replace(metadata, script_listing=listing)


def _state_site(data: object, page_title: str | None) -> str | None:
    """The one site name the application state gives, when the page's ``<title>`` prints
    it too (a state's name the page never shows may be a section's or a partner's)."""
    names = state_site_names(data)
    if len(names) != 1 or not page_title:
        return None
    name = next(iter(names))
    return name if name in page_title else None


def _with_state_header(metadata: HtmlMetadata, data: object) -> HtmlMetadata:
    """The metadata with the headline, date and authors of the application state's story
    (analysis.clean.app_state.state_header) when the markup's title is only the site's
    name (a ``<title>`` naming the site, the state holding the story's headline); the
    markup's own date, byline and site name kept. When the state's story is the page's
    own (its headline the markup's title, spaces and case aside), its authors and date
    fill the markup's missing ones: a Next.js page printing its headline and text but
    its byline only from ``pageProps`` (the authors' names the page's scripts render)."""
    title = metadata.title
    if title is not None and (metadata.byline is None or metadata.published is None):
        own = state_header(data)
        if own is not None and own.title.casefold().split() == title.casefold().split():
            return replace(
                metadata,
                byline=metadata.byline or own.byline,
                published=metadata.published or (own.published or "")[:10] or None,
            )
    if title is None or title not in {metadata.site_name, *state_site_names(data)}:
        return metadata
    header = state_header(data)
    if header is None or header.title == title:
        return metadata
    return replace(
        metadata,
        title=header.title,
        byline=metadata.byline or header.byline,
        site_name=metadata.site_name or header.site_name or title,
        published=metadata.published or (header.published or "")[:10] or None,
    )


def article_body(markup: str) -> str | None:
    """The longest JSON-LD ``articleBody`` of a page, as plain text.

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    str or None
        One paragraph a line (the body's own line breaks, or its ``<p>``/``<br>`` tags),
        spaces collapsed, HTML character references decoded, invisible characters
        removed; None when no JSON-LD value holds a non-empty ``articleBody`` (a script
        that is not valid JSON is passed over).
    """
    bodies: list[str] = []
    for value in json_ld_values(markup):
        _collect_bodies(value, bodies, _MAX_DEPTH)
    texts = [text for text in map(_plain, bodies) if text]
    return max(texts, key=len) if texts else None


def _collect_bodies(value: object, bodies: list[str], depth: int) -> None:
    """Append every string ``articleBody`` inside ``value`` to ``bodies``."""
    if depth <= 0:
        return
    if isinstance(value, dict):
        body = value.get("articleBody")
        if isinstance(body, str):
            bodies.append(body)
        children = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return
    for child in children:
        if isinstance(child, (dict, list)):
            _collect_bodies(child, bodies, depth - 1)


def _plain(body: str) -> str:
    """An articleBody as plain text, one paragraph a line (see :func:`article_body`)."""
    text = _OTHER_TAG.sub("", _BREAK_TAG.sub("\n", body))
    text = drop_invisible(decode_references(text)).replace("\r", "\n")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def app_state_name(markup: str) -> str | None:
    """The name of the application state a script framework left in the page, if any.

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    str or None
        ``__NEXT_DATA__``, ``__NUXT_DATA__``, ``__NUXT__``, ``__INITIAL_STATE__``,
        ``__PRELOADED_STATE__``, ``__APOLLO_STATE__``, ``__remixContext``,
        ``__reactRouterContext``, ``__next_f`` (Next.js App Router's flight chunks),
        ``globalContent`` (Arc XP's ``Fusion.globalContent``),
        ``astro-island`` (an Astro island with props), an Angular transfer state's
        script id (``ng-state``), ``data-page`` (an Inertia.js page object) or
        ``data-sveltekit-fetched`` (SvelteKit's kept responses; the first found in
        the markup, the first of the forms above where two start at one place), or None.
    """
    found: tuple[int, int, str] | None = None  # (where, which form, name)
    for at, form in enumerate(_APP_STATE_FORMS):
        match = form.search(markup)
        while (
            match is not None
            and form in _WORD_OPENING_FORMS
            and match.start() > 0
            and _AFTER_WORD_CHAR.match(markup, match.start() - 1)
        ):
            match = form.search(markup, match.start() + 1)
        if match is not None and (found is None or match.start() < found[0]):
            found = (match.start(), at, match.group(1))
    return found[2] if found is not None else None

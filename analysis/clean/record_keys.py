"""What a story record's field is, read from the words of its name.

Content systems and news APIs name a story's fields in their own words, joined in
camelCase or snake_case: a newspaper's content API ``webTitle`` and ``bodyText`` (its
summary ``trailText``), WordPress's ``post_title`` / ``post_excerpt`` / ``post_content``,
other exports ``articleTitle``, ``fullText``, ``story_body``. The last word says what the
field is (a title, a body, a text, an excerpt), a first word sometimes which (a
``trail`` or ``lead`` text is a summary, a ``body`` or ``full`` text the story).
A "text" whose first word is "title" (a flash-briefing feed's ``titleText``) is the
headline's text. A name that says whose title it is (``subTitle``, ``siteTitle``, ``sectionTitle``,
``seoTitle``, ``pageTitle``) names no headline. Used where the exact names
:mod:`analysis.clean.app_state` knows give none.
"""

from __future__ import annotations

import re

__all__ = ["key_role", "key_words"]

# A camelCase or snake_case name's words: "webPublicationDate" -> web, publication, date.
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Last words naming a headline.
_TITLE_WORDS = frozenset({"title", "headline"})
# Words before "title" saying it is not the story's headline: a subtitle, the site's,
# section's, feed's, series' or page's title, a search engine's or a share card's
# title (which add the site's name).
_NOT_HEADLINE = frozenset(
    {
        "sub",
        "site",
        "section",
        "category",
        "feed",
        "channel",
        "series",
        "show",
        "page",
        "seo",
        "meta",
        "og",
        "social",
        "share",
        "tab",
        "nav",
        "menu",
        "browser",
        "window",
    }
)
# Last words naming a summary.
# A link card's "embed_description" / "og_description" (Lemmy's post view) is the linked
# story's summary too; a site's, channel's or feed's description is not (_NOT_HEADLINE).
_SUMMARY_WORDS = frozenset({"excerpt", "summary", "teaser", "standfirst", "abstract", "dek"})
_CARD_SUMMARY_FIRST = frozenset({"embed", "og", "card", "link", "preview"})
# First words of a "...text" or "...content" field that is the summary, not the story:
# a "trail", "lead", "teaser", "intro", "short", "preview" text.
_SUMMARY_FIRST = frozenset({"trail", "lead", "teaser", "intro", "short", "preview", "summary"})
# First words of a "...text" / "...content" / "...body" field that is the story's text;
# a newsletter platform's "truncated_body_text" (Substack's archive) is the post's text
# as far as the listing gives it, longer than its subtitle.
_BODY_FIRST = frozenset(
    {
        "body",
        "full",
        "main",
        "article",
        "post",
        "story",
        "plain",
        "clean",
        "news",
        "item",
        "truncated",
    }
)
_TEXT_WORDS = frozenset({"text", "content", "body"})
# Last words naming an address, and the first words saying it is the story's own page
# (a headless CMS's ``canonical_url``, a content API's ``webUrl``, ``article_link``), not
# an image's, a feed's or an author's.
_LINK_WORDS = frozenset({"url", "link", "permalink"})
_STORY_LINK_FIRST = frozenset(
    {
        "canonical",
        "web",
        "article",
        "story",
        "post",
        "page",
        "item",
        "news",
        "public",
        "full",
        # a flash-briefing feed's "redirectionUrl": the story's page a listener is sent to
        "redirection",
    }
)


def key_words(key: str) -> tuple[str, ...]:
    """The lower-cased words of a field's name.

    Parameters
    ----------
    key : str
        A JSON field's name (``webTitle``, ``post_excerpt``).

    Returns
    -------
    tuple of str
        Its words in order (``("web", "title")``); () for a name of no letters.
    """
    return tuple(word.casefold() for word in _WORD.findall(key))


def key_role(key: str) -> str | None:
    """What a story field named ``key`` of two words or more holds.

    Parameters
    ----------
    key : str
        A JSON field's name.

    Returns
    -------
    str or None
        "title", "summary", "body" or "link" (the story's own address); None for a
        name of one word (the exact names are read elsewhere) or one that names none
        of them.
    """
    words = key_words(key)
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    if last in _TITLE_WORDS:
        return None if _NOT_HEADLINE.intersection(words[:-1]) else "title"
    if last in _SUMMARY_WORDS or (last == "description" and first in _CARD_SUMMARY_FIRST):
        return "summary"
    if last in _TEXT_WORDS:
        if first in _TITLE_WORDS and len(words) == 2:
            return "title"  # a headline's text (a flash-briefing feed's "titleText")
        if first in _SUMMARY_FIRST:
            return "summary"
        if first in _BODY_FIRST or last == "body":
            return "body"
    if last in _LINK_WORDS and first in _STORY_LINK_FIRST:
        return "link"
    return None

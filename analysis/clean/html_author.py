"""An HTML page's author in markup that trafilatura does not read: a class named in
another language, an RDFa ``property="author"``, a site builder's ``data-hook``, Drupal's
author field (``field--name-uid``).

trafilatura finds the author in elements whose class or id is English ("author",
"byline", "writer"); a page of another language names the element in its own words:
``<span class="autor">``, ``<div class="haber-muhabir">``, ``<p class="penulis">``. Those
words are the author labels of :data:`analysis.clean.byline_words.AUTHOR_LABELS` (one
table of the byline's words for every reader), English "by" (``<div class="by">``,
which trafilatura does not read) and Spanish and Italian "firma" (``<div
class="firma">``). An element so named is the byline when its text reads as a person's
name (:func:`analysis.clean.bylines.is_person_name`), so a class named "autor" holding
a list of links or a biography is no byline; and only between the page's first
``<h1>`` (its top when it has none) and the story's first sentence, where a byline is
printed: a comment's author (``comment-author``), a related story's or an author box's
below the story are not the article's.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING

import lxml.html
from lxml import etree

from analysis.clean.byline_words import author_labels
from analysis.clean.bylines import is_person_name
from analysis.clean.header_lines import author_field_name, is_role_line
from analysis.clean.labelled_byline import labelled_names
from analysis.clean.markup_words import class_words, has_role

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drupal_author", "hooked_author", "labelled_author"]

#: The story's opening is matched on this many of its first words.
OPENING_WORDS = 8
#: At most this many words in a named element's text (a name, or two, and a cue).
MAX_AUTHOR_WORDS = 8

#: The class words read: the author labels of more than two letters (Sundanese "ku" is
#: also a language's code, a switcher's class), English "by" (``<div class="by">``;
#: the other English class words, "author", "byline", are trafilatura's), and Spanish and
#: Italian "firma" (signature: the byline's element in their newspapers' templates,
#: ``<div class="firma">``, review h361; a Polish or German "firma", a company, holds no
#: person's name).
_LABELS = frozenset(label for label in author_labels() if len(label) > 2) | {"by", "firma"}


def labelled_author(tree: HtmlElement, opening: str) -> str | None:
    """The name an element whose class or id is an author label holds above the story.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    opening : str
        The story's first sentence line
        (:func:`analysis.clean.html_page.first_sentence_line`): the search stops at the
        element whose text starts with it.

    Returns
    -------
    str or None
        The first such element's text after the page's first ``<h1>`` (from the top
        when it has none) and before ``opening``, its byline cue left out
        (:func:`analysis.clean.header_lines.author_field_name`) and a writer's role
        after a comma too ("Hannah Brook, Health Reporter":
        :func:`analysis.clean.header_lines.is_role_line`), or a label no table holds
        before a colon ("Ajámjamu: NAME": :func:`analysis.clean.labelled_byline.labelled_names`),
        when it reads as a person's name; else None (also when ``opening`` is not found).
    """
    opening = " ".join(opening.split()[:OPENING_WORDS])
    heading = next(tree.iter("h1"), None)
    after_heading = heading is None
    found = None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element is heading:
            after_heading = True
            continue
        text = " ".join(element.text_content().split())
        if opening and text.startswith(opening):
            return found
        if found is not None or not after_heading or not _named_author(element):
            continue
        if not text or len(text.split()) > MAX_AUTHOR_WORDS:
            continue
        name = author_field_name(text)
        head, comma, role = name.partition(", ")
        if comma and is_role_line(role):
            name = head  # "Hannah Brook, Health Reporter": the name and the writer's role
        if not is_person_name(name.split()) and (span := labelled_names(text)) is not None:
            name = text[span[0] : span[1]]  # "Ajámjamu: NAME": a label no table holds
        if is_person_name(name.split()):
            found = name
    return None


def _named_author(element: HtmlElement) -> bool:
    """Whether a word of the element's class or id is an author label, or its markup
    gives it the ``author`` role (RDFa's ``property="author"``, :func:`has_role`)."""
    return has_role(element, "author") or any(word in _LABELS for word in class_words(element))


#: A site builder's blog post names its writer in an element the builder's scripts hook
#: by a data attribute, not a class: Wix's ``<span data-hook="user-name">`` in the post's
#: header (its avatar beside it, the date in ``data-hook="time-ago"``).
_USER_NAME_HOOK = re.compile(
    r"""<[a-z]+\b[^<>]*\bdata-hook=["']user-name["'][^<>]*>([^<]{1,120})<"""
)


# Drupal's (8 to 11) field of a node's author, its user account ("uid"), in the node's
# meta line: "By <span class="field field--name-uid ..."><a ...>NAME</a></span>".
_DRUPAL_UID = "//*[contains(concat(' ', normalize-space(@class), ' '), ' field--name-uid ')]"
#: The most words of a name in Drupal's author field (a display name, or a user name).
MAX_UID_WORDS = 4


def drupal_author(html: str) -> str | None:
    """The author Drupal's node prints in its author field (``field--name-uid``), the
    first such field of the page (a comment's, below the story, comes after it): the
    account's display name, or its user name as printed ("hanne.brockmann": the name a
    reader sees and a researcher records).

    Parameters
    ----------
    html : str
        The page's decoded markup.

    Returns
    -------
    str or None
        The name, spaces collapsed; None without the field, or when it holds no name
        (more than :data:`MAX_UID_WORDS` words, or no letter).

    Examples
    --------
    >>> drupal_author('<span>By <span class="field field--name-uid"><a href="/user/9">'
    ...               'Aminata Maïga</a></span></span>')
    'Aminata Maïga'
    """
    if "field--name-uid" not in html:
        return None
    try:
        fields = lxml.html.fromstring(html).xpath(_DRUPAL_UID)
    except (etree.ParserError, ValueError):  # an empty or undecodable document
        return None
    if not fields:
        return None
    name = " ".join(fields[0].text_content().split())
    words = name.split()
    if not words or len(words) > MAX_UID_WORDS or not any(c.isalpha() for c in name):
        return None
    return name


def hooked_author(html: str) -> str | None:
    """The writer's name in the first element hooked as a post's user name (Wix's
    ``data-hook="user-name"``), when it reads as a person's name; comments below hook
    their authors so too, and come after it.

    Parameters
    ----------
    html : str
        The page's decoded markup.

    Returns
    -------
    str or None
        The name, spaces collapsed; None without such an element or a name in it.
    """
    found = _USER_NAME_HOOK.search(html) if "user-name" in html else None
    if found is None:
        return None
    name = " ".join(unescape(found.group(1)).split())
    return name if is_person_name(name.split()) else None

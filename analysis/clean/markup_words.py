"""The words an HTML element's class and id are made of.

Readers that know an element by what the page's markup calls it (an author's element,
a card's section label) read the words of its ``class`` and ``id`` attributes:
``article-autor__name`` -> ``article``, ``autor``, ``name``; ``teaserKicker`` ->
``teaser``, ``kicker``; and the role a vocabulary gives it (:func:`has_role`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["class_words", "has_role"]

# A word boundary inside camel case ("autorName"), and what separates words otherwise.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_LETTER = re.compile(r"[\W\d_]+")


def class_words(element: HtmlElement) -> list[str]:
    """The lower-case words of the element's ``class`` and ``id`` attributes.

    Parameters
    ----------
    element : lxml.html.HtmlElement
        Any element.

    Returns
    -------
    list of str
        The letter runs of both attributes, camel case split, in order (empty strings
        where a value opens or ends with a separator).
    """
    value = f"{element.get('class', '')} {element.get('id', '')}"
    return _NOT_LETTER.split(_CAMEL.sub(" ", value).lower())


#: Attributes whose value names an element's role in a vocabulary: microdata's
#: ``itemprop``, RDFa's ``property`` and HTML's link type ``rel`` (``rel="author"``: a
#: link to the author's page, its text the author's name).
ROLE_ATTRIBUTES = ("itemprop", "property", "rel")


def has_role(element: HtmlElement, role: str) -> bool:
    """Whether the element's markup gives it ``role`` in a vocabulary
    (:data:`ROLE_ATTRIBUTES`): ``itemprop="author"``, ``property="author"``,
    ``rel="author"``.

    Parameters
    ----------
    element : lxml.html.HtmlElement
        Any element.
    role : str
        A lower-case property or link type ("author").

    Returns
    -------
    bool
        True when one of the attributes' space-separated values is ``role`` (case
        folded).
    """
    return any(role in (element.get(name) or "").lower().split() for name in ROLE_ATTRIBUTES)

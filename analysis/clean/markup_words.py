"""The words an HTML element's class and id are made of.

Readers that know an element by what the page's markup calls it (an author's element,
a card's section label) read the words of its ``class`` and ``id`` attributes:
``article-autor__name`` -> ``article``, ``autor``, ``name``; ``teaserKicker`` ->
``teaser``, ``kicker``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["class_words"]

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

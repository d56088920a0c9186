"""A Web Component's slotted parts rendered as blocks, as its shadow template places them.

A custom element (``<story-card>``) whose content is its light-DOM children, each naming
the slot of the component's template it goes to (``<span slot="headline">``,
``<time slot="date">``), shows them where the template puts them: a heading, a date
line, a paragraph. Saved without its template run (or with a declarative
``<template shadowrootmode>`` the renderer drops), the children are read inline one
after another, and the headline ran into the date ("Harbour opens3 March 2026"). Each
child of a custom element carrying a ``slot`` attribute is rendered as a block of its
own here; its text and the elements inside it are unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["separate_slotted_parts"]


def separate_slotted_parts(tree: HtmlElement) -> int:
    """Render each slotted child of a custom element of ``tree`` as a block, in place.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    int
        How many parts were so rendered.
    """
    parts = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.get("slot") is not None
        and (parent := element.getparent()) is not None
        and isinstance(parent.tag, str)
        and "-" in parent.tag
    ]
    for part in parts:
        part.tag = "div"
    return len(parts)

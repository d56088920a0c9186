"""An XML element's name and children matched by local name (a feed's or a news
agency's file: the namespaces differ from one version or one producer to the next)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

__all__ = ["child", "children", "local_name"]


def local_name(tag: object) -> str:
    """An element's name without its namespace.

    Parameters
    ----------
    tag : object
        The element's tag (``{namespace}name`` or ``name``).

    Returns
    -------
    str
        The name.
    """
    return str(tag).rsplit("}", 1)[-1]


def children(element: Element | None, *names: str) -> list[Element]:
    """The children of ``element`` whose local name is one of ``names``.

    Parameters
    ----------
    element : Element or None
        The parent (None: no children).
    *names : str
        The local names looked for.

    Returns
    -------
    list of Element
        In the document's order.
    """
    if element is None:
        return []
    return [c for c in element if local_name(c.tag) in names]


def child(element: Element | None, name: str) -> Element | None:
    """The first child of ``element`` whose local name is ``name``.

    Parameters
    ----------
    element : Element or None
        The parent (None: no child).
    name : str
        The local name looked for.

    Returns
    -------
    Element or None
        None when it has none.
    """
    return next(iter(children(element, name)), None)

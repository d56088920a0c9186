"""Tab panels a page does not show: taken out before the page is rendered.

A tab widget (the ARIA pattern: a ``role="tablist"`` of buttons over ``role="tabpanel"``
sections) shows one panel; the others carry the ``hidden`` attribute until their tab is
chosen. A news page's widget pairs its 'Latest' list with a 'Most read' or 'Popular'
one that repeats some of its stories and adds older ones: a browser prints only the
panel shown, while inscriptis, reading no ``hidden`` attribute, prints every panel, so
the hidden list's stories read as more cards of the page. A panel both marked a tab
panel and hidden is dropped; the ``hidden`` attribute alone is not followed (a story's
text a "Read more" button reveals is hidden so too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_hidden_tab_panels"]


def drop_hidden_tab_panels(tree: HtmlElement) -> int:
    """Take out the tab panels the page hides (see the module docstring).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page; changed in place.

    Returns
    -------
    int
        How many panels were taken out.
    """
    hidden = [
        panel
        for panel in tree.iter()
        if isinstance(panel.tag, str)
        and panel.get("hidden") is not None
        and (panel.get("role") or "").strip().casefold() == "tabpanel"
    ]
    for panel in hidden:
        parent = panel.getparent()
        if parent is not None:
            panel.drop_tree()  # (its tail, text after it, stays)
    return len(hidden)

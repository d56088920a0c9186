"""Tab panels and prompt boxes a page does not show: taken out before the page is rendered.

A tab widget (the ARIA pattern: a ``role="tablist"`` of buttons over ``role="tabpanel"``
sections) shows one panel; the others carry the ``hidden`` attribute until their tab is
chosen. A news page's widget pairs its 'Latest' list with a 'Most read' or 'Popular'
one that repeats some of its stories and adds older ones: a browser prints only the
panel shown, while inscriptis, reading no ``hidden`` attribute, prints every panel, so
the hidden list's stories read as more cards of the page. A panel both marked a tab
panel and hidden is dropped; the ``hidden`` attribute alone is not followed (a story's
text a "Read more" button reveals is hidden so too). A box the page hides whose whole
text is a site's prompt (:func:`analysis.clean.body.site_prompts.is_site_prompt`: a
consent notice a script shows to new visitors, a sign-up box) is dropped too: a browser
prints none of it, and rendered it reads as the page's first lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.body.site_prompts import is_site_prompt

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_hidden_prompts", "drop_hidden_tab_panels"]


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


def drop_hidden_prompts(tree: HtmlElement) -> int:
    """Take out the boxes the page hides whose text is a site's prompt (see the module
    docstring).

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page; changed in place.

    Returns
    -------
    int
        How many boxes were taken out.
    """
    hidden = [
        box
        for box in tree.iter()
        if isinstance(box.tag, str)
        and box.get("hidden") is not None
        and box.getparent() is not None
        and is_site_prompt(" ".join(box.text_content().split()))
    ]
    for box in hidden:
        box.drop_tree()  # (its tail, text after it, stays)
    return len(hidden)

"""The headline two of an HTML page's titles agree on, over a third that differs.

A page states its headline up to three times: the visible ``<h1>``, the ``<title>`` (the
headline and the site's name, "Headline | Site") and the social card's ``og:title``.
trafilatura takes ``og:title`` first; a newsroom often writes it as a variant for the
share card ("BREAKING: Two schools to shut after 5-4 vote") while the ``<h1>`` and the
``<title>`` print the story's headline ("School board votes to close two elementary
schools"). :func:`title_agreed_with_heading` gives the ``<h1>``'s headline when the
``<title>`` holds it as one of its parts and not the title read: two of the page's
statements over one. A reader sees the ``<h1>``; the metadata benchmark's gold accepts
the ``<title>`` as well as ``og:title``, so the ``<h1>`` the ``<title>`` repeats is the
gold's too.

An ``<h1>`` that a link of the page also names ("Politics", a menu's section the CMS
prints as the heading of the story's page, "Politics | Site" its ``<title>``) is a
section's label, not a headline: it is passed over, as an ``<h1>`` drawn as a link to the
site's home page (:func:`~analysis.clean.html_logo.names_home`). No tuned value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.html_headings import headline_of
from analysis.clean.html_logo import names_home
from analysis.clean.name_forms import compact_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

__all__ = ["title_agreed_with_heading"]


def title_agreed_with_heading(
    title: str | None, tree: HtmlElement | None, parts: Sequence[str], written: str | None
) -> str | None:
    """The page's first ``<h1>`` headline when the ``<title>`` repeats it and not ``title``.

    Parameters
    ----------
    title : str or None
        The title read (trafilatura's: ``og:title`` when the page has one).
    tree : lxml.html.HtmlElement or None
        The parsed page.
    parts : sequence of str
        The ``<title>``'s parts (:func:`analysis.clean.html_page.title_parts`).
    written : str or None
        The ``<title>`` as written.

    Returns
    -------
    str or None
        The ``<h1>``'s headline (:func:`~analysis.clean.html_headings.headline_of`); None
        when ``title`` is the ``<title>`` or one of its parts, when the first ``<h1>`` that
        is no link home is not a part of the ``<title>``, or is a link's text too.

    Examples
    --------
    >>> from lxml import html
    >>> page = html.fromstring(
    ...     "<html><body><h1>Board votes to close two schools</h1><p>Text.</p></body></html>"
    ... )
    >>> title_agreed_with_heading(
    ...     "BREAKING: Two schools to shut",
    ...     page,
    ...     ("Board votes to close two schools", "Daily Star"),
    ...     "Board votes to close two schools | Daily Star",
    ... )
    'Board votes to close two schools'
    """
    if title is None or tree is None or not parts:
        return None
    told = {compact_name(part) for part in (*parts, written or "")} - {""}
    if compact_name(title) in told:
        return None
    heading = next((h for h in tree.iter("h1") if not names_home(h)), None)
    if heading is None:
        return None
    shown = headline_of(heading, written)
    folded = compact_name(shown)
    if not folded or folded not in told or folded == compact_name(title):
        return None
    if any(compact_name(link.text_content()) == folded for link in tree.iter("a")):
        return None  # a menu's section label printed as the story page's heading
    return shown

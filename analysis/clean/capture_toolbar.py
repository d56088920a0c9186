"""A web archive's toolbar printed on top of a text copy of a snapshot (its text taken off).

A browser's text copy or "Save Page As ... Text" of a Wayback Machine snapshot opens with
the archive's toolbar, not the saved page: its title line ("The Wayback Machine -
https://web.archive.org/web/TIMESTAMP/URL"), the address box and 'Go', the count of
captures and their range, the calendar's month, day and year cells, and the "About this
capture" panel (who collected it, the collection's blurb, a 'TIMESTAMPS' label closing
it). The blurb is a long English sentence, so the body detector read the panel as the
page's prose (a Somali obituary's page gave the blurb as its article). The toolbar is the
archive's interface, not the page: :func:`drop_capture_toolbar` takes its lines off and
keeps the title line, which gives the page's address
(:func:`analysis.clean.scraper_header.header_url`).

The rule is the toolbar's shape: a first line that is a capture's title line
(:func:`analysis.clean.scraper_header.is_capture_title`), and the panel's closing label
among the lines under it (:data:`TOOLBAR_LINES` at most: the toolbar's own lines, not a
page's). A copy without the label (the panel closed) is left as it is.
"""

from __future__ import annotations

import re

from analysis.clean.scraper_header import is_capture_title

__all__ = ["TOOLBAR_LINES", "drop_capture_toolbar"]

#: How many lines under the title line the toolbar may take: its cells and panel are
#: about twenty lines (a calendar row a line), twice that leaves room for a longer panel.
TOOLBAR_LINES = 40
# The label closing the toolbar's "About this capture" panel (the archive's interface is
# in English whatever the saved page's language).
_PANEL_END = re.compile(r"^\s*timestamps\s*$", re.IGNORECASE)


def drop_capture_toolbar(text: str) -> str:
    """``text`` without the web archive's toolbar lines printed on top of it.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, the toolbar's lines under its title line taken off; ``text`` itself
        when it does not open with a snapshot's toolbar.
    """
    if "timestamps" not in text[:4000].lower():
        return text
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not is_capture_title(lines[first].strip()):
        return text
    window = range(first + 1, min(len(lines), first + 1 + TOOLBAR_LINES))
    ends = [n for n in window if _PANEL_END.match(lines[n])]
    if not ends:
        return text
    return "\n".join(lines[: first + 1] + lines[ends[-1] + 1 :])

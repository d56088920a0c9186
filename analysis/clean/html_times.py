"""The texts of an HTML page's ``<time>`` elements, which trafilatura's main text drops.

trafilatura removes every ``<time>`` element with its text before it reads the main text
(its ``MANUALLY_CLEANED`` tags), so a paragraph or a list item printing a date or a day
in one ("At a meeting on <time>Tuesday</time> the council agreed ...", a timeline's
"<li><time>2016</time> — Storm damage closes the pool.</li>") is in the main text
without those words, and the rendered line holding them matched no paragraph of it: the
line was lost from the body (review h213). :func:`time_texts` gives the texts, so the
line is compared without them too (:func:`analysis.clean.html_page.body_lines_of`). No
tuned value.
"""

from __future__ import annotations

import html as html_lib
import re

__all__ = ["time_texts", "without_time_texts"]

# A <time> element holding text and no other element (what a page prints in one).
_TIME = re.compile(r"<time\b[^>]*>([^<]+)</time\s*>", re.IGNORECASE)


def time_texts(html: str) -> frozenset[str]:
    """The texts of a page's ``<time>`` elements, references decoded, spaces collapsed.

    Parameters
    ----------
    html : str
        The decoded markup.

    Returns
    -------
    frozenset of str
        The non-empty texts; empty when the markup holds no ``<time>`` element.
    """
    if "<time" not in html and "<TIME" not in html:
        return frozenset()
    texts = (" ".join(html_lib.unescape(m.group(1)).split()) for m in _TIME.finditer(html))
    return frozenset(text for text in texts if text)


def without_time_texts(line: str, texts: frozenset[str]) -> str | None:
    """A rendered line without the ``<time>`` texts it prints, or None when it prints none.

    Parameters
    ----------
    line : str
        A line of the rendered page.
    texts : frozenset of str
        The page's ``<time>`` texts (:func:`time_texts`).

    Returns
    -------
    str or None
        The line with each text it holds taken out (longest first: "2 December 2026"
        before "2026"), or None when it holds none.
    """
    found = [text for text in texts if text in line]
    if not found:
        return None
    for text in sorted(found, key=len, reverse=True):
        line = line.replace(text, " ")
    return line

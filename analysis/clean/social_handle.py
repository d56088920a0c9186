"""A site name that is a social account's handle, written as the page prints the name.

With no site-name tag, trafilatura names an HTML page's site by its ``twitter:site``
handle ("@PeninsulaHoy" -> "PeninsulaHoy"): an account name, its words glued and its
accents dropped, where the page's masthead prints "Península Hoy". The name the page
prints is the site's when its letters are the handle's (case, spaces and accents aside);
a handle the page prints no such name for stays as it is. No tuned value.
"""

from __future__ import annotations

import re
from html import unescape

from analysis.clean.outlet import accentless, compact_name
from analysis.text import count_words

#: The most words of a printed name compared with a handle (a longer text is prose).
MAX_NAME_WORDS = 6

# The text between two tags ("<div class=x>Península Hoy</div>": "Península Hoy").
_TEXT_RUN = re.compile(r">([^<>]{2,120})<")
_HANDLE_TAG = re.compile(
    r"""<meta\b[^>]*\b(?:name|property)\s*=\s*["']twitter:(?:site|creator)["'][^>]*>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""\bcontent\s*=\s*["']@?([^"']+)["']""", re.IGNORECASE)


def printed_handle_name(site_name: str | None, html: str) -> str | None:
    """``site_name`` as the page's text writes it when it is a ``twitter:site`` handle.

    Parameters
    ----------
    site_name : str or None
        The site name read from the markup.
    html : str
        The decoded markup.

    Returns
    -------
    str or None
        The first text of the page (between two tags, of 2 to :data:`MAX_NAME_WORDS`
        words) whose letters are the handle's, case and accents aside, when
        ``site_name`` is one word a ``twitter:site`` or ``twitter:creator`` tag writes
        (its "@" and edge underscores aside); else ``site_name`` as given.
    """
    if site_name is None or " " in site_name or not _is_handle(site_name, html):
        return site_name
    key = accentless(compact_name(site_name))
    if not key:
        return site_name
    for match in _TEXT_RUN.finditer(html):
        text = " ".join(unescape(match.group(1)).split())
        if (
            1 < count_words(text) <= MAX_NAME_WORDS
            and len(text) < 4 * len(site_name)
            and accentless(compact_name(text)) == key
        ):
            return text
    return site_name


def _is_handle(site_name: str, html: str) -> bool:
    """Whether a ``twitter:site`` or ``twitter:creator`` tag of ``html`` writes
    ``site_name`` as its handle."""
    for tag in _HANDLE_TAG.finditer(html):
        content = _CONTENT.search(tag.group())
        if content is not None and _bare(content.group(1)) == _bare(site_name):
            return True
    return False


def _bare(handle: str) -> str:
    """A handle without its "@", its edges' underscores and spaces, case folded."""
    return handle.strip().lstrip("@").strip("_ ").casefold()

"""A site name that is a social account's handle, written as the page prints the name.

With no site-name tag, trafilatura names an HTML page's site by its ``twitter:site``
handle ("@PeninsulaHoy" -> "PeninsulaHoy"): an account name, its words glued and its
accents dropped, where the page's masthead prints "Península Hoy". The name the page
prints is the site's when its letters are the handle's (case, spaces and accents aside),
or when the handle shortens it, leaving letters out in order ("@WattleCreekWkly");
a handle the page prints no such name for stays as it is.

A manifest's or a table's ``outlet`` column may hold the account's handle too (a
social-listening export's "@HarwoodBeacon"): :func:`handle_display` shows it by the
words its capitals mark ("Harwood Beacon") when no printed name is given.
"""

from __future__ import annotations

import re
from html import unescape

from analysis.clean.name_forms import accentless, compact_name
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
    texts = [
        text
        for match in _TEXT_RUN.finditer(html)
        if 1 < count_words(text := " ".join(unescape(match.group(1)).split())) <= MAX_NAME_WORDS
        and len(text) < 4 * len(site_name)
    ]
    for text in texts:
        if accentless(compact_name(text)) == key:
            return text
    for text in texts:
        if _shortens(key, accentless(compact_name(text))):
            return text
    return site_name


#: The least share of a printed name's letters its handle keeps when it shortens it
#: ("wattlecreekwkly" of "wattlecreekweekly": 15 of 17).
MIN_KEPT_SHARE = 0.75


def _shortens(handle: str, name: str) -> bool:
    """Whether ``handle`` is ``name`` with letters left out, as accounts shorten a site's
    name to fit ("@WattleCreekWkly" for "Wattle Creek Weekly"): the same first and last
    letters, the handle's letters in the name's order, at least :data:`MIN_KEPT_SHARE`
    of them kept."""
    if not handle or not name or len(handle) >= len(name):
        return False
    if handle[0] != name[0] or handle[-1] != name[-1]:
        return False
    if len(handle) < MIN_KEPT_SHARE * len(name):
        return False
    letters = iter(name)
    return all(letter in letters for letter in handle)


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


# A social account's handle as a column writes it: "@" and one word of letters, digits
# and underscores ("@HarwoodBeacon", "@harwoodbeacon", "@Radio_Meridia").
_HANDLE = re.compile(r"^@[^\W_][\w]*$")
# A word its capitals mark: a capital and lower-case letters, a run of capitals before
# another word or at the end ("EN"), or digits.
_HANDLE_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+")


def is_handle(name: str) -> bool:
    """Whether ``name`` is a social account's handle: "@" and one word.

    Parameters
    ----------
    name : str
        A name as given.

    Returns
    -------
    bool
        True for "@HarwoodBeacon", "@harwood_beacon"; False for "Harwood Beacon".
    """
    return _HANDLE.match(name.strip()) is not None


def handle_display(handle: str) -> str:
    """A handle shown by the words its capitals or underscores mark, else as written.

    Parameters
    ----------
    handle : str
        A handle (:func:`is_handle`), or a name written as one without its "@".

    Returns
    -------
    str
        "Harwood Beacon" of "@HarwoodBeacon" or "@Harwood_Beacon", "Tauberpost" of
        "@Tauberpost" (one word, capitalized as a name is); a handle whose words are
        not marked ("@harwoodbeacon") stays as it is.

    Examples
    --------
    >>> handle_display("@HarwoodBeacon")
    'Harwood Beacon'
    >>> handle_display("@harwoodbeacon")
    '@harwoodbeacon'
    """
    bare = handle.strip().lstrip("@")
    words = [w for part in bare.split("_") for w in _HANDLE_WORD.findall(part)]
    marked = "_" in bare or any(letter.isupper() for letter in bare)
    if not marked or "".join(words) != bare.replace("_", ""):
        return handle
    if len(words) == 1 and not words[0].istitle():
        return handle
    return " ".join(words)

"""An HTML author field that trafilatura read from the wrong part of the markup.

trafilatura takes the author from an element whose class says "author" and cleans its
text into a name; two shapes give it no person's name (review h398):

- an account's handle, which it capitalizes (a blog platform's entry footer, ``<span
  class="author vcard"><span class="fn">minato-news</span></span>``, read "Minato-News"):
  one word that the page prints only in lower case, never as read, is the account's
  id, not a byline; the name the story itself prints (a closing credit) is read instead;
- the word opening a line that holds a date and then the byline (a CMS's
  ``<div class="sfnewsAuthorAndDate">DAY-WORD DATE <span>BY-WORD NAME</span></div>``,
  read as the day word "ថ្ងៃទី"): the name after the line's byline cue
  (:func:`analysis.clean.header_lines.find_byline`) is the author.

No tuned value: the line is the markup after the field's text up to the next block
element's edge (at most :data:`MAX_LINE_CHARS`).
"""

from __future__ import annotations

import re
from html import unescape

from analysis.clean.header_lines import find_byline

__all__ = ["printed_author"]

#: How far after the author's text its line is read (characters of markup).
MAX_LINE_CHARS = 600
# A block element's edge, where a printed line ends.
_BLOCK_EDGE = re.compile(
    r"<(?:/?(?:div|p|li|td|th|h[1-6]|section|article|header|footer)\b|br\b)", re.I
)
_TAG = re.compile(r"<[^<>]*>")
# A handle's word: letters, digits, hyphens, underscores and dots, no space.
_HANDLE = re.compile(r"[\w.-]+")


def printed_author(author: str, html: str) -> str | None:
    """``author`` as the page prints it: None for an account's handle, the name after
    the byline cue of a line that ``author`` opens, else ``author`` unchanged.

    Parameters
    ----------
    author : str
        The author field trafilatura read (one name).
    html : str
        The page's markup.

    Returns
    -------
    str or None
        The author, the line's named author, or None for a handle.

    Examples
    --------
    >>> printed_author("Minato-News", '<span class="fn">minato-news</span>') is None
    True
    >>> printed_author("Jean-Luc", '<span class="fn">Jean-Luc</span>')
    'Jean-Luc'
    """
    if (
        _HANDLE.fullmatch(author)
        and author != author.lower()
        and author not in html
        and f">{author.lower()}<" in html
    ):
        return None
    start = html.find(f">{author}")
    if start < 0 or not author.strip():
        return author
    start += 1
    window = html[start : start + MAX_LINE_CHARS]
    edge = _BLOCK_EDGE.search(window, len(author))
    line = " ".join(unescape(_TAG.sub(" ", window[: edge.start() if edge else None])).split())
    if not line.startswith(author) or len(line) == len(author):
        return author
    span = find_byline(line)
    if span is None or span[0] < len(author):
        return author
    if not any(char.isdigit() for char in line[len(author) : span[0]]):
        return author  # no date between the word and the byline: a name beside another
    return line[span[0] : span[1]].strip() or author

"""The zero-width non-joiners and joiners that trafilatura's metadata cleaning drops.

Persian writes a zero-width non-joiner (U+200C) inside a word to keep two letters
apart ("مذاکره‌کنندگان", "نیک‌نام"), as do Kurdish, Urdu and the Indic scripts (a
half form: "क्‌ष"); Sinhala and the Indic scripts write a zero-width joiner (U+200D)
for a conjunct or a half form. The characters print nothing but change how the word
is drawn: without them the letters join ("مذاکرهکنندگان" reads as a misspelling).
trafilatura removes every character that is not printable from a title and an author
(``str.isprintable``), so an HTML page's headline and byline lost them while its body,
which trafilatura cleans otherwise, kept them. Where the markup prints the value with
joiners between its letters, the value is given as the markup prints it.
"""

from __future__ import annotations

import html as html_module
import re

__all__ = ["with_joiners"]

#: The zero-width non-joiner and joiner.
JOINERS = "\u200c\u200d"
# A joiner as the markup may write it as an entity (the characters themselves are looked
# for as substrings: one pattern of both, case folded, tried every character of a page,
# 1.2 ms a dev HTML page and three calls a page; :func:`_prints_joiner`).
_JOINER_ENTITY = re.compile(r"&(?:zwn?j|#(?:8204|8205|x200[cd]));", re.I)


def _prints_joiner(html: str) -> bool:
    """Whether the markup holds a joiner, as the character or an entity for it."""
    return any(char in html for char in JOINERS) or _JOINER_ENTITY.search(html) is not None


def with_joiners(value: str | None, html: str) -> str | None:
    """``value`` (a title or an author trafilatura read) with the zero-width
    (non-)joiners the markup prints inside it put back.

    Parameters
    ----------
    value : str or None
        A metadata value as trafilatura gives it.
    html : str
        The page's decoded markup.

    Returns
    -------
    str or None
        ``value`` as the first printing of it in the markup that holds a joiner between
        two of its characters writes it; ``value`` unchanged when it holds a joiner
        already, or the markup prints none (every page of a script that writes none).

    Examples
    --------
    >>> with_joiners("نیکنام", "<span>نیک&zwnj;نام</span>")
    'نیک\\u200cنام'
    """
    if not value or len(value) < 2 or any(c in JOINERS for c in value):
        return value
    if not _prints_joiner(html):
        return value
    text = html_module.unescape(html)
    pattern = f"[{JOINERS}]*".join(r"\s+" if char == " " else re.escape(char) for char in value)
    for match in re.finditer(pattern, text):
        if any(c in JOINERS for c in match.group()):
            return " ".join(match.group().split())
    return value

"""The site a page's newsroom address names: "Got a tip? Email tips@example.org".

A text dump that prints no site name, no URL and no notice may still print the address
its readers write to. When that address is a desk's, not a person's (its local part is a
word of :data:`DESK_WORDS`: "tips", "news", "letters", or a language's word for the
newsroom as an address spells it: "redaktion@", "redaccion@", "redakcja@"), its
registered domain is the site's, and is read only when nothing else names a site
(:func:`analysis.clean.outlet.decide_outlet`). The address is the one the site-name
reader reads too (:data:`analysis.clean.email_addresses.EMAIL_ADDRESS`).
"""

from __future__ import annotations

import unicodedata

from analysis.clean.byline_words import NEWSROOM_WORDS
from analysis.clean.email_addresses import EMAIL_ADDRESS


def _address_spelling(word: str) -> str:
    """A word as an address's local part spells it: accents dropped ("redaccion" of
    "redacción", "redactia" of "redacția"); empty when a letter stays outside a-z."""
    folded = "".join(
        char
        for char in unicodedata.normalize("NFKD", word.casefold())
        if not unicodedata.combining(char)
    )
    return folded if folded.isascii() and folded.isalpha() else ""


#: Local parts of the addresses a newsroom gives its readers (English words for a desk,
#: not any site's): tips, the news desk, letters to the editor, corrections; and each
#: language's one-word name for the newsroom (:data:`~analysis.clean.byline_words.
#: NEWSROOM_WORDS`: "redaktion", "redaccion", "redazione", "redakcja", "toimitus") as an
#: address spells it, in Latin letters without accents.
DESK_WORDS = frozenset(
    {
        "tips", "tip", "news", "newsroom", "newsdesk", "desk", "editor", "editors",
        "letters", "corrections", "feedback", "contact", "info", "hello", "press",
        "newsletter", "newsletters", "stories", "submissions",
    }
) | frozenset(
    spelled
    for words in NEWSROOM_WORDS.values()
    for word in words
    if (spelled := _address_spelling(word))
)  # fmt: skip


def contact_domain(text: str) -> str | None:
    """The registered domain of the page's desk addresses, when they give one.

    Parameters
    ----------
    text : str
        The page's text.

    Returns
    -------
    str or None
        The one registered domain of the addresses whose local part is a
        :data:`DESK_WORDS` word; None when there is none, or more than one domain.

    Examples
    --------
    >>> contact_domain("Got a tip? Email tips@brindle.example.org")
    'example.org'
    >>> contact_domain("Write to jane.doe@example.org") is None
    True
    """
    from analysis.clean.domains import registered_domain

    domains = {
        registered_domain(match.group("domain"))
        for match in EMAIL_ADDRESS.finditer(text)
        if match.group("local").casefold() in DESK_WORDS
    }
    domains.discard(None)
    return domains.pop() if len(domains) == 1 else None

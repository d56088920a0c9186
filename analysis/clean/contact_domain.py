"""The site a page's newsroom address names: "Got a tip? Email tips@example.org".

A text dump that prints no site name, no URL and no notice may still print the address
its readers write to. When that address is a desk's, not a person's (its local part is a
word of :data:`DESK_WORDS`: "tips", "news", "letters"), its registered domain is the
site's, and is read only when nothing else names a site
(:func:`analysis.clean.outlet.decide_outlet`). The address is the one the site-name
reader reads too (:data:`analysis.clean.email_addresses.EMAIL_ADDRESS`).
"""

from __future__ import annotations

from analysis.clean.email_addresses import EMAIL_ADDRESS

#: Local parts of the addresses a newsroom gives its readers (English words for a desk,
#: not any site's): tips, the news desk, letters to the editor, corrections.
DESK_WORDS = frozenset(
    {
        "tips", "tip", "news", "newsroom", "newsdesk", "desk", "editor", "editors",
        "letters", "corrections", "feedback", "contact", "info", "hello", "press",
        "newsletter", "newsletters", "stories", "submissions",
    }
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

"""An e-mail address as pages print it: "tips@example.org", "example.com_legal@host.com".

One definition, read by the rules that take a site from an address: the site-name
reader's domains (:mod:`analysis.clean.site_phrases`, an address's domain and a domain
its local part holds) and a newsroom's desk address as a page's only cue
(:mod:`analysis.clean.contact_domain`).
"""

from __future__ import annotations

import re

__all__ = ["EMAIL_ADDRESS", "address_read_as_name"]

#: An e-mail address: its local part (``local``: letters, digits and ``. + - _``; it may
#: be empty, "@example.com" alone, where a page prints a handle's domain or cut the name
#: off), "@" and its domain (``domain``: labels of letters, digits and hyphens between
#: dots, the last of 2-12 letters). Found left to right, a match's local part starts at
#: the first of its characters, never inside a run of them (a local part is read whole).
EMAIL_ADDRESS = re.compile(
    r"(?P<local>[\w.+-]*)@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\b", re.I
)


def address_read_as_name(author: str, text: str) -> str | None:
    """The e-mail address ``text`` prints that an author field was read from as a name.

    trafilatura's author cleaning takes "@domain" for a social handle and drops it, then
    splits the rest at its dots: a byline that is only an address ("By
    jtravers@example.com") is read "Jtravers Com".

    Parameters
    ----------
    author : str
        The author field as read.
    text : str
        The page's text (its markup will do: the address is searched as printed).

    Returns
    -------
    str or None
        The address whose local part and top-level label, letters and digits only,
        spell ``author``'s letters and digits (case folded); None for any other field.
    """
    spelled = "".join(char for char in author.casefold() if char.isalnum())
    if not spelled or "@" not in text:
        return None
    for match in EMAIL_ADDRESS.finditer(text):
        local, domain = match.group("local"), match.group("domain")
        parts = local + domain.rsplit(".", 1)[-1]
        if local and "".join(char for char in parts.casefold() if char.isalnum()) == spelled:
            return match.group(0)
    return None

"""An e-mail address as pages print it: "tips@example.org", "example.com_legal@host.com".

One definition, read by the rules that take a site from an address: the site-name
reader's domains (:mod:`analysis.clean.site_phrases`, an address's domain and a domain
its local part holds) and a newsroom's desk address as a page's only cue
(:mod:`analysis.clean.contact_domain`).
"""

from __future__ import annotations

import re

__all__ = ["EMAIL_ADDRESS"]

#: An e-mail address: its local part (``local``: letters, digits and ``. + - _``; it may
#: be empty, "@example.com" alone, where a page prints a handle's domain or cut the name
#: off), "@" and its domain (``domain``: labels of letters, digits and hyphens between
#: dots, the last of 2-12 letters). Found left to right, a match's local part starts at
#: the first of its characters, never inside a run of them (a local part is read whole).
EMAIL_ADDRESS = re.compile(
    r"(?P<local>[\w.+-]*)@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\b", re.I
)

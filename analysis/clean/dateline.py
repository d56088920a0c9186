"""The wire dateline credit: the agency a story's dateline names ("LONDON (AP) — ...").

Agency copy, and a local site's reprint of it, opens its first paragraph with a
dateline: the place, in capitals or as a name, an optional date, the agency's short
name in brackets, and a dash::

    HARBOURTOWN (AP) — The council approved ...
    HARBOURTOWN, March 3 (Reuters) - The council approved ...
    Harbourtown, 3 March (dpa) – Der Rat hat ...

The shape is the cue, not a list of agencies: the bracketed name is the story's
credited source. A bracket of one letter, or holding a digit or a hyphen ("Sen. Jo
Doe (D-Maine) — ..."), is no agency's name.
"""

from __future__ import annotations

import re

__all__ = ["MAX_CREDIT_WORDS", "dateline_credit"]

#: The most words of a dateline's bracketed name (agencies print a short name).
MAX_CREDIT_WORDS = 3

_NAME_WORD = r"[A-ZÀ-Þ][\w.'’]*"
_DATELINE = re.compile(
    # the place: one to four capitalised words, with commas between ("ST. LOUIS",
    # "WASHINGTON, D.C.", "Frankfurt am Main" reads "Frankfurt" ... "Main")
    rf"^\s*{_NAME_WORD}(?:,?\s+(?:{_NAME_WORD}|am|an|de|del|la|le|sur)){{0,3}}"
    # an optional date after a comma ("March 3", "3 March", "3. März 2026")
    r"(?:,\s*[^()\n,]{1,30}?)?"
    # the credited name in brackets, then a dash
    r"\s*\((?P<name>[^\W\d_][^\W\d_.&' ]*(?:[ .&'][^\W\d_.&' ]*)*)\)\s*[—–-]{1,2}\s+\S"
)


def dateline_credit(body: str) -> str | None:
    """The name a wire dateline at the start of ``body`` credits, or None.

    Parameters
    ----------
    body : str
        An article's body (its first paragraph is looked at).

    Returns
    -------
    str or None
        The bracketed name ("AP", "Reuters", "dpa") of a dateline that opens the
        body: a place, an optional date, the name, a dash.
    """
    match = _DATELINE.match(body)
    if match is None:
        return None
    name = match.group("name").strip()
    if len(name) < 2 or len(name.split()) > MAX_CREDIT_WORDS:
        return None
    return name

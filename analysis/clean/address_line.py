"""The site a footer's postal-address line names ("The Example Ledger · 214 W. Main St.").

Local papers and stations on chain platforms print their own name where their contact
block gives the newsroom's street address ("Example Ledger · 214 W. Main St., Marlow,
IA 52301 · 319-555-0148", "KXYZ 7 · 1100 Broadcast Way, ..."), while the copyright
notice under it names the company that owns the chain ("© 2026 Example Media, Inc."),
the same on every paper of the group, and the masthead is an image, absent from a text
dump. :func:`address_site` finds such a line: a name, a separator, then a street address
(a house number before words ending in a street word, the German street word before its
number, or a post-office box). :func:`analysis.clean.site_name.page_site_name` prefers its
name to a company's notice. The street words are a vocabulary of the languages' address
forms; no tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.company_names import is_company_word
from analysis.clean.name_forms import compact_name

# street words after the street's name ("Main St.", "Broadcast Way", "Rua X", "Calle X"
# open with theirs and are read below): English, abbreviated and written out
_STREET_WORDS = (
    r"St|Street|Ave|Avenue|Rd|Road|Way|Blvd|Boulevard|Dr|Drive|Ln|Lane|Sq|Square|Pl|Place"
    r"|Pkwy|Parkway|Hwy|Highway|Ct|Court|Cir|Circle|Ter|Terrace|Pike|Plaza|Row|Crescent"
)
# a house number and up to four words of the street's name before a street word
# ("214 W. Main St.", "9 Mill Race Rd."), a Romance street word before its name and
# number ("Rua das Flores, 120", "Calle Mayor 12", "12 rue de la Paix"), a German street
# before its number ("Hauptstraße 12"), a post-office box
_ADDRESS = (
    rf"(?:\d{{1,5}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[^\W\d_][\w'.-]*\s+){{0,4}}(?:{_STREET_WORDS})\b"
    r"|\d{1,5}[A-Za-z]?,?\s+(?:rue|avenue|boulevard|place|chemin|allée)\s"
    r"|(?:Rua|Avenida|Av\.|Calle|Carrera|Praça|Plaza|Paseo|Via|Viale|Piazza)\s+[^,]{2,40},?\s+\d{1,5}"
    r"|[^\W\d_][\w-]*(?:straße|strasse|str\.|weg|platz|gasse|allee|ring)\s+\d{1,4}"
    r"|P\.?\s?O\.?\s+Box\s+\d+)"
)
# the name (one to six words opening with a letter or a digit, no sentence's stop in
# them), a separator, the address
_ADDRESS_LINE = re.compile(
    r"^\s*(?P<site>[^\W_][^\s.!?:;|·•,]*(?:\s+[^\s.!?:;|·•,]+){0,5})"
    rf"\s*(?:[·•|,–—]|\s-)\s*(?:{_ADDRESS})",
    re.IGNORECASE,
)


def _name_words(name: str) -> set[str]:
    """A name's words, compacted ("the" and marks dropped), its company words aside."""
    words = {compact_name(word) for word in name.split() if not is_company_word(word)}
    return words - {"", "the"}


def address_site(lines: Sequence[str], holder: str) -> tuple[int, int, int] | None:
    """Where a line that opens with a name and goes on to a street address names the
    site, when that name shares no word with the copyright ``holder``'s (a chain's or an
    owner's company named unlike its papers: "The Example Ledger · 214 W. Main St.,
    Marlow" under "© 2026 Kessock Media, Inc."; a holder that shares a word, "The
    Herald, 2 Quay Street" under "© Northfold Herald Newspapers", is the paper's own
    publisher, whose longer name tells same-name papers apart) and the page prints it on
    another line too (a name printed only in an address is a place's the story lists,
    "Harbin's Hardware, 118 Linden Avenue").

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    holder : str
        The copyright holder the page would be filed under.

    Returns
    -------
    tuple of (int, int, int) or None
        The line's index and the name's span in it, for the last such line (a footer's);
        None when no line is one.

    Examples
    --------
    >>> lines = ["Marlow Ledger", "Marlow Ledger · 214 W. Main St., Marlow",
    ...          "© 2026 Kessock Media, Inc."]
    >>> address_site(lines, "Kessock Media")
    (1, 0, 13)
    >>> address_site(lines, "Marlow Ledger") is None
    True
    >>> address_site(lines, "Marlow Ledger Newspapers") is None
    True
    """
    held = _name_words(holder)
    found = None
    for line_no, line in enumerate(lines):
        match = _ADDRESS_LINE.match(line)
        if match is None or not (match["site"][0].isupper() or match["site"][0].isdigit()):
            continue
        site = compact_name(match["site"])
        if not site or not held.isdisjoint(_name_words(match["site"])):
            continue
        if any(site in compact_name(other) for n, other in enumerate(lines) if n != line_no):
            found = (line_no, match.start("site"), match.end("site"))
    return found

"""A masthead line with the reader's account links set at its right ("PIRKANMAAN SANOMAT
<wide gap> Kirjaudu | Tilaa"): the name is the part before the gap.

A text browser (w3m, links) or a print of the page lays the header's row out in columns: the
logo's text at the left, the sign-in and subscribe links floated right, a wide run of spaces
between. Read whole, the line is no name; its left part is. So is a row whose right part is
the site's menu, opening with the home page's entry ("بوابة الدلتا <wide gap> الرئيسية
محافظات اقتصاد", "Gaceta Municipal <wide gap> Inicio  Contacto":
:data:`~analysis.clean.html_logo.HOME_WORDS`), however many its entries. Nothing here
knows a site.
"""

from __future__ import annotations

import re

from analysis.clean.html_logo import HOME_WORDS
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.clean.paywall_words import WAY_IN, WAY_IN_PATTERN, word_start_pattern

#: The fewest spaces between the name and the links: a column gap, twice the widest gap a
#: menu's entries leave in a text browser's row ("News   Business   Sign in": three).
MIN_COLUMN_GAP = 6
#: The most links in the corner (sign in, subscribe, an e-paper, a search: four at most)
#: and the most words of one ("Abone Ol", "Se connecter", "Mag-login").
MAX_LINKS = 4
MAX_LINK_WORDS = 3

# The way in: the English (and five more languages') pattern, the other languages' rows.
_WAY_IN = re.compile(rf"\b(?:{WAY_IN_PATTERN})\b|{word_start_pattern(WAY_IN)}", re.IGNORECASE)
# Log in as a header's link says it in Portuguese / Spanish, Italian and French ("Entrar",
# "Accedi", "Se connecter"), words a sentence uses too ("entrar": to enter): counted in a
# short row of links only (:func:`is_account_row`), never in a paywall's text.
_LOG_IN = re.compile(r"\b(?:entrar|accedi|se connecter)\b", re.IGNORECASE)
_GAP = re.compile(rf" {{{MIN_COLUMN_GAP},}}")
# The links' separators: a bar, a middle dot, a bullet, brackets around a button, two spaces.
_LINK_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s*\]\s*\[\s*|\s{2,}")


def left_of_account_links(line: str) -> str:
    """``line`` cut before its account links, when it holds them at its right after a
    column gap (see the module doc); else ``line`` itself.

    Parameters
    ----------
    line : str
        One of a page's top lines, as printed.

    Returns
    -------
    str
        The part before the gap (a prefix of ``line``, so spans in it are the line's),
        when the part after it is :data:`MAX_LINKS` links at most, each of
        :data:`MAX_LINK_WORDS` words at most, one of them the way in (sign in,
        subscribe: :data:`~analysis.clean.paywall_words.WAY_IN`), or links the first of
        which is the home page's (the site's menu).
    """
    stripped = line.rstrip()
    gaps = list(_GAP.finditer(stripped))
    if not gaps or not stripped[: gaps[-1].start()].strip():
        return line
    gap = next(g for g in gaps if stripped[: g.start()].strip())
    right = stripped[gap.end() :].strip(" []")
    if _GAP.search(right):
        return line  # columns farther on: a row of cells, not a corner of links
    links = [link for link in _LINK_SEPARATOR.split(right) if link.strip(" []")]
    if links and links[0].strip(" []").casefold() in HOME_WORDS:
        return line[: gap.start()]  # the site's menu set right, from its home page's entry
    if not links or len(links) > MAX_LINKS:
        return line
    if any(len(link.split()) > MAX_LINK_WORDS for link in links):
        return line
    if not any(_WAY_IN.search(link) for link in links):
        return line
    return line[: gap.start()]


#: The most words of a header's row of account links printed as one line ("Subscribe
#: Sign in Give a gift subscription": three links of one to four words; a headline that
#: names two ways in is longer).
MAX_ACCOUNT_ROW_WORDS = 8


def is_account_row(line: str) -> bool:
    """Whether a line is a header's row of the reader's account links printed as one
    line, the links joined by a space as a text dump joins inline links ("Subscribe Sign
    in Give a gift subscription", "Abonnieren Anmelden Abo verschenken", "Zaprenumeruj
    Zaloguj się Podaruj prenumeratę"): the site's chrome over its masthead, never its
    name (review h438).

    Parameters
    ----------
    line : str
        One of a page's top lines, as printed.

    Returns
    -------
    bool
        True when the line has :data:`MAX_ACCOUNT_ROW_WORDS` words at most, ends with no
        sentence's stop and names the way in (subscribe, sign in, register:
        :data:`~analysis.clean.paywall_words.WAY_IN`) twice or more; or, of
        :data:`MAX_LINK_WORDS` words at most, once, holding no newspaper's word (one of
        the row's links on its own line).

    Examples
    --------
    >>> is_account_row("Subscribe Sign in Give a gift subscription")
    True
    >>> is_account_row("Zaprenumeruj")
    True
    >>> is_account_row("The Harbor Review")
    False
    >>> is_account_row("Premium Times")
    False
    """
    stripped = line.strip()
    if not stripped or len(stripped.split()) > MAX_ACCOUNT_ROW_WORDS or stripped[-1] in ".!?":
        return False
    found = len(_WAY_IN.findall(stripped)) + len(_LOG_IN.findall(stripped))
    if found == 1 and len(stripped.split()) <= MAX_LINK_WORDS:
        # one link of the row on its own line ("Zaprenumeruj", "Zaloguj się", "Podaruj
        # prenumeratę": a dump printing each element on a line), but a masthead's name
        # holding a newspaper's word ("Premium Times")
        return not holds_newspaper_word(stripped)
    return found >= 2

"""A footer line signing the site with its name beside links to its legal pages:
"Example Anzeiger · Impressum · Datenschutz", "Example Post | Privacy | Terms".

The line's first part is a name (its shape checked by the caller,
:mod:`analysis.clean.site_phrases`) and every other part, after a spaced middle dot, bar
or bullet, is a legal page's name in a language (:data:`LEGAL_PAGE_WORDS`: an imprint, a
privacy policy, terms of use): a footer printing the site's name before them signs the
page as a copyright notice does.
No tuned value.
"""

from __future__ import annotations

import re

#: The names the languages give a site's legal pages in its footer, case-folded: the
#: imprint, the privacy and cookie policies, the terms of use, the contact page; and the
#: pages about the site listed beside them ("About us", "Sitemap").
LEGAL_PAGE_WORDS = frozenset(
    {
        # en
        "imprint",
        "privacy",
        "privacy policy",
        "privacy notice",
        "cookies",
        "cookie policy",
        "terms",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "legal",
        "legal notice",
        "accessibility",
        "contact",
        "contact us",
        # de
        "impressum",
        "datenschutz",
        "datenschutzerklärung",
        "agb",
        "nutzungsbedingungen",
        "kontakt",
        "barrierefreiheit",
        # fr
        "mentions légales",
        "confidentialité",
        "politique de confidentialité",
        "cgu",
        # es, it, pt
        "aviso legal",
        "privacidad",
        "política de privacidad",
        "note legali",
        "política de privacidade",
        "termos de uso",
        # nl, sv, da, no
        "colofon",
        "privacybeleid",
        "integritetspolicy",
        "privatlivspolitik",
        "personvern",
        # the pages about the site a footer lists beside them
        "about",
        "about us",
        "sitemap",
        "advertise",
        "careers",
        "über uns",
        "à propos",
        "quiénes somos",
        "chi siamo",
        "over ons",
        "om oss",
    }
)

# The spaced separators between a footer's parts.
_PARTS = re.compile(r"\s+[·|•]\s+")


def legal_footer_head(line: str) -> tuple[int, int] | None:
    """The span of a footer line's first part when every other part names a legal page.

    Parameters
    ----------
    line : str
        A line of the page ("Example Anzeiger · Impressum · Datenschutz").

    Returns
    -------
    tuple of int or None
        (start, end) of the first part, stripped, when the line has two parts or more
        split by a spaced middle dot, bar or bullet and each part after the first is one
        of :data:`LEGAL_PAGE_WORDS` (case aside); None otherwise.
    """
    first = _PARTS.search(line)
    if first is None:
        return None
    second = _PARTS.search(line, first.end())
    if not _names_a_legal_page(line[first.end() : second.start() if second else len(line)]):
        return None  # (most lines: the part after the first cut is no legal page's name)
    cuts = list(_PARTS.finditer(line))
    ends = [cut.start() for cut in cuts] + [len(line)]
    starts = [cut.end() for cut in cuts]
    if not all(
        _names_a_legal_page(line[start:end]) for start, end in zip(starts, ends[1:], strict=True)
    ):
        return None
    head = line[: ends[0]]
    if not head.strip() or _names_a_legal_page(head):
        return None
    start = len(head) - len(head.lstrip())
    return start, len(head.rstrip())


def _names_a_legal_page(part: str) -> bool:
    """Whether a footer's part is one of :data:`LEGAL_PAGE_WORDS` (its spaces and case
    aside)."""
    return " ".join(part.split()).casefold() in LEGAL_PAGE_WORDS

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
    cuts = list(_PARTS.finditer(line))
    if not cuts:
        return None
    ends = [cut.start() for cut in cuts] + [len(line)]
    starts = [cut.end() for cut in cuts]
    if any(
        " ".join(line[start:end].split()).casefold() not in LEGAL_PAGE_WORDS
        for start, end in zip(starts, ends[1:], strict=True)
    ):
        return None
    head = line[: ends[0]]
    if not head.strip() or " ".join(head.split()).casefold() in LEGAL_PAGE_WORDS:
        return None
    start = len(head) - len(head.lstrip())
    return start, len(head.rstrip())

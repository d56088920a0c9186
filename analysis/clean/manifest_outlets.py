"""The names a manifest gives one site: a short form joins the site, other splits are named.

A manifest outlet with a URL is keyed by the URL's registered domain when the name is
the domain's name, else by the name (:func:`analysis.clean.outlet.manifest_key`): two
newsletters of one publishing host stay two outlets. Hand-made and merged manifests
also write one site in several ways ("The Washington Post" and "WaPo" on
washingtonpost.com). :func:`join_short_forms` reads the whole manifest once:

- a name the domain's name test refuses, but whose compact form is spelled by the starts
  of the words of a name the manifest gives on the same domain that the test accepts
  ("wapo" of "Washington Post", "nyt" of "New York Times"; at least
  :data:`~analysis.clean.name_forms.MIN_SHORT_FORM` letters), is that site's: its rows are
  keyed by the domain (:attr:`ManifestEntry.outlet_of_url`);
- every domain whose rows still make two or more outlets gets a line naming the names
  and their page counts, so a split is never silent;
- a name (by its compact form) the manifest gives to rows of two or more registered
  domains, or only to rows without a URL (whose pages' own addresses may be of several
  domains), is one outlet keyed by the name (:attr:`ManifestEntry.outlet_by_name`): a
  paper that moved domain stays one row; the URLs stay in the ``url`` column. A name
  given with the URLs of one domain is keyed as above.

- a name that is a company's (:func:`company_names_of`: "Example Media Ltd", "PT Example",
  "Grupo Example", or "Example Media" where another row writes "Example Media Ltd") is the owner a
  researcher's sheet often gives in the outlet column, not a site: a row of it with a URL
  is filed as a page at the URL is (:attr:`ManifestEntry.outlet_is_company`), so the
  sites of one owner stay apart and each joins its own pages.

Only the manifest's own rows are compared: the domain ties the names, no name is known
in advance.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping

from analysis.clean.company_names import (
    LEADING_COMPANY_WORDS,
    is_company_word,
    without_legal_form,
)
from analysis.clean.domains import domain_of_name, registered_domain
from analysis.clean.link_forms import names_no_site
from analysis.clean.manifest import ManifestEntry
from analysis.clean.name_domain import spelled_by_word_starts
from analysis.clean.name_forms import MIN_SHORT_FORM, compact_name
from analysis.clean.outlet import manifest_key
from analysis.text import LETTER_RUN


def join_short_forms(
    entries: Mapping[str, ManifestEntry],
) -> tuple[dict[str, ManifestEntry], list[str]]:
    """Mark the rows whose outlet is a short form of their domain's name; name the splits.

    Parameters
    ----------
    entries : mapping of str to ManifestEntry
        The manifest's rows by file name (:func:`analysis.clean.manifest.load_manifest`).

    Returns
    -------
    tuple of (dict of str to ManifestEntry, list of str)
        The rows, those with a short form marked ``outlet_of_url``; and one line per
        domain whose rows still name two or more outlets (in domain order).
    """
    names_on: dict[str, Counter[str]] = {}  # domain -> outlet name -> rows
    for entry in entries.values():
        if not entry.outlet or not entry.url or names_no_site(entry.url):
            continue  # a shortener's link names no site (analysis.clean.link_forms)
        if domain := registered_domain(entry.url):
            names_on.setdefault(domain, Counter())[entry.outlet] += 1
    short: set[tuple[str, str]] = set()  # (domain, name) keyed by the domain
    notes = []
    for domain, counts in sorted(names_on.items()):
        full = [name for name in counts if manifest_key(name, domain) == domain]
        for name in counts:
            if manifest_key(name, domain) != domain and any(
                is_short_form(name, other) for other in full
            ):
                short.add((domain, name))
        outlets: dict[str, Counter[str]] = {}
        for name, n in counts.items():
            key = domain if (domain, name) in short else manifest_key(name, domain)
            outlets.setdefault(key, Counter())[name] += n
        if len(outlets) > 1:
            notes.append(_split_note(domain, outlets))
    by_name = _names_of_several_sites(entries)
    companies = company_names_of(entry.outlet for entry in entries.values() if entry.outlet)
    marked = {
        file: dataclasses.replace(
            entry,
            outlet_of_url=bool(
                entry.outlet and entry.url and (registered_domain(entry.url), entry.outlet) in short
            ),
            outlet_by_name=bool(entry.outlet and manifest_key(entry.outlet, None) in by_name),
            outlet_is_company=bool(
                entry.outlet and compact_name(without_legal_form(entry.outlet)) in companies
            ),
        )
        for file, entry in entries.items()
    }
    return marked, notes


def company_names_of(names: Iterable[str]) -> set[str]:
    """The compact forms of the companies among a manifest's outlet names.

    Parameters
    ----------
    names : iterable of str
        The outlet names as the manifest writes them.

    Returns
    -------
    set of str
        For each name written with a legal form
        (:data:`~analysis.clean.company_names.LEGAL_FORMS`, "Example Media Ltd", "PT
        Example Media"), the compact form of the name without it: the company's name,
        whether a row writes it with its form or, elsewhere, without ("Example Media").
        A site's name carries no legal form; its company's does. So for a name opening
        with a company word (:data:`~analysis.clean.company_names.LEADING_COMPANY_WORDS`:
        "Grupo Example Comunicações", "Groupe Example"), of two words or more.

    Examples
    --------
    >>> sorted(company_names_of(["Fenwold Local Media Ltd", "Ashby Clarion", "Tisza Média Kft."]))
    ['fenwoldlocalmedia', 'tiszamédia']
    """
    companies = set()
    for name in names:
        bare = " ".join(without_legal_form(name).split())
        words = bare.split()
        opens_company = len(words) >= 2 and is_company_word(words[0], LEADING_COMPANY_WORDS)
        if (bare != " ".join(name.split()) or opens_company) and (compact := compact_name(bare)):
            companies.add(compact)
    return companies


def _names_of_several_sites(entries: Mapping[str, ManifestEntry]) -> set[str]:
    """The name keys of the outlets the manifest gives to rows of two or more registered
    domains, or only to rows without a URL (a shortener's link counts as none). An
    outlet written as an address ("www.example.co.uk") is none: the address names its
    site (:func:`~analysis.clean.domains.domain_of_name`), keyed as a page there is."""
    sites: dict[str, set[str]] = {}
    for entry in entries.values():
        if entry.outlet and domain_of_name(entry.outlet) is None:
            url = entry.url if entry.url and not names_no_site(entry.url) else None
            domains = sites.setdefault(manifest_key(entry.outlet, None), set())
            if url and (domain := registered_domain(url)):
                domains.add(domain)
    return {key for key, domains in sites.items() if len(domains) != 1}


def is_short_form(short: str, name: str) -> bool:
    """Whether ``short`` is written with the starts of ``name``'s words, in order.

    Parameters
    ----------
    short, name : str
        Two names as written ("WaPo", "The Washington Post").

    Returns
    -------
    bool
        True when the compact form of ``short`` (at least
        :data:`~analysis.clean.name_forms.MIN_SHORT_FORM` letters and shorter than
        ``name``'s) is a start of the first word followed by starts of later words, a
        leading "the" left out ("wapo", "nyt", "nytimes" of "New York Times").

    Examples
    --------
    >>> is_short_form("WaPo", "The Washington Post"), is_short_form("ESPN", "ABC News")
    (True, False)
    """
    own = compact_name(short)
    words = [word.casefold() for word in LETTER_RUN.findall(name)]
    if words and words[0] == "the":
        words = words[1:]
    return (
        MIN_SHORT_FORM <= len(own) < len(compact_name(name))
        and bool(words)
        and spelled_by_word_starts(own, words)
    )


def _split_note(domain: str, outlets: Mapping[str, Counter[str]]) -> str:
    """ "example.com: 'A' (2 pages) and 'B' (1) kept apart as 2 outlets; ..." """
    shown = []
    for key in sorted(outlets, key=lambda key: (-sum(outlets[key].values()), key)):
        names = " / ".join(repr(name) for name in sorted(outlets[key]))
        shown.append(f"{names} ({sum(outlets[key].values())} page(s))")
    return (
        f"manifest: {domain}: {', '.join(shown)} kept apart as {len(outlets)} outlets "
        "(the names are not one another's short forms); give one outlet name if they "
        "are one site"
    )

"""The name each outlet is shown by in the tables, charts and reports.

One display name per outlet key, distinct keys never sharing one; an outlet nothing names
is shown as ``unknown site (PAGE)`` (:func:`unknown_site`).
"""

from __future__ import annotations

from collections.abc import Mapping

from analysis.clean.company_names import company_head
from analysis.clean.domains import domain_of_name
from analysis.clean.name_forms import compact_name
from analysis.clean.name_printings import pooled_printings
from analysis.clean.social_handle import handle_display, is_handle
from analysis.text import is_upper_case, opens_upper_case

_UNKNOWN_PREFIX = "unknown site"


def unknown_site(page: str) -> str:
    """The display name of the outlet of a page that names no site.

    Parameters
    ----------
    page : str
        The page's file name.

    Returns
    -------
    str
        ``"unknown site (PAGE)"``: plainly not an outlet's name, and unique per page.
    """
    return f"{_UNKNOWN_PREFIX} ({page})"


def is_unknown(outlet: str) -> bool:
    """True for the display name of an unknown outlet (:func:`unknown_site`).

    Parameters
    ----------
    outlet : str
        A display name from the tables.

    Returns
    -------
    bool
        Whether it has the form :func:`unknown_site` gives.
    """
    return outlet.startswith(f"{_UNKNOWN_PREFIX} (")


def outlet_display_names(keys: list[str], names: list[str]) -> dict[str, str]:
    """One display name per outlet key, distinct keys never sharing a name.

    Pages of one outlet may name it differently (one page gives the site's own name,
    another only its domain, a third its masthead in capitals): every key gets its most
    frequent name that is neither an address (its bare domain or a host name such as
    "blog.daily.com", :func:`analysis.clean.domains.domain_of_name`) nor written all in
    capitals ("The Daily" over "THE DAILY": capitals are a masthead's typography; ties:
    the first in code-point order), else its most frequent name in capitals ("ABC"), else
    its domain (a key that is a domain is shown as itself rather than as one of its host
    names). When two keys would show the same name, the name is followed by the key ("News
    (a.com)").

    Parameters
    ----------
    keys, names : list of str
        Aligned outlet keys and display names (one pair per article or page).

    Returns
    -------
    dict of str to str
        Display name by key.
    """
    counts: dict[tuple[str, str], int] = {}
    for pair in zip(keys, names, strict=True):
        counts[pair] = counts.get(pair, 0) + 1
    return outlet_display_names_of_counts(counts)


def brands_over_companies(forms: Mapping[str, int]) -> dict[str, int]:
    """An outlet's printed names, a name that is another of them with company words
    counted as that other: the brand over its publisher's name ("Harbour Times Media" of
    a notice counted as the "Harbour Times" the markup or masthead prints, "港口新聞社"
    as "港口新聞"), however many pages only the notice names. A name whose head no other
    printing spells stays (a group's name over its titles).

    Parameters
    ----------
    forms : mapping of str to int
        Printed name -> how many articles and pages gave it.

    Returns
    -------
    dict of str to int
        The same counts, each company's moved to the brand its head spells.
    """
    by_compact = {compact_name(name): name for name in forms if compact_name(name)}
    pooled = dict(forms)
    for name in sorted(forms):
        head = company_head(name)
        brand = by_compact.get(compact_name(head)) if head else None
        if brand is not None and brand != name and brand in pooled and name in pooled:
            pooled[brand] += pooled.pop(name)
    return pooled


def _all_capitals(name: str) -> bool:
    """True for a name whose letters are all capitals ("THE DAILY", "ABC")."""
    return is_upper_case(name)


def _without_running_article(name: str) -> str:
    """A name as running text prints it after English's article in lower case, without
    that article ("the BBC" of "the BBC reported": "BBC"); a masthead writes its own "The"
    in capitals ("The Example Post"), which stays."""
    rest = name[4:]
    return rest if name.startswith("the ") and opens_upper_case(rest) else name


def _handles(forms: Mapping[str, int]) -> set[str]:
    """The forms that are a social account's handle, and each handle's word written
    without its "@" ("HarwoodBeacon" beside "@HarwoodBeacon")."""
    handles = {n for n in forms if is_handle(n)}
    bare = {n.strip()[1:].casefold() for n in handles}
    return handles | {n for n in forms if n.strip().casefold() in bare}


def outlet_display_names_of_counts(pairs: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """:func:`outlet_display_names` of ``(key, name)`` pairs given with their counts.

    The same names as from the pairs repeated that many times, without a Python object
    per article or page (``metrics`` counts them with a group-by). A name printed after a
    sentence's "the" in lower case counts without it ("the BBC" as "BBC"); its printings
    without its accents count as its accented printing's ("Le Reveil" as "Le Réveil":
    :func:`analysis.clean.name_printings.pooled_printings`). A social account's handle
    (a manifest's or a table's outlet "@HarwoodBeacon", and the same word without its
    "@") comes after every other name but an address, and is shown by the words its
    capitals mark (:func:`analysis.clean.social_handle.handle_display`).

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> how many articles and pages gave it.

    Returns
    -------
    dict of str to str
        Outlet key -> display name; no two keys share one.
    """
    counts: dict[str, dict[str, int]] = {}
    for (key, name), n in pairs.items():
        forms = counts.setdefault(key, {})
        name = _without_running_article(name)
        forms[name] = forms.get(name, 0) + n
    chosen: dict[str, str] = {}
    for key, printed in counts.items():
        forms = brands_over_companies(pooled_printings(printed))
        addresses = {n for n in forms if n == key or domain_of_name(n) is not None}
        handles = _handles(forms)
        ranked = sorted(
            forms, key=lambda n: (n in addresses, n in handles, _all_capitals(n), -forms[n], n)
        )
        best = ranked[0]
        if best in handles:
            best = handle_display(best if is_handle(best) else f"@{best}")
        chosen[key] = key if best in addresses and ":" not in key else best
    owners: dict[str, list[str]] = {}
    for key, name in chosen.items():
        owners.setdefault(name, []).append(key)
    for name, shared in owners.items():
        if len(shared) > 1:
            for key in shared:
                label = key.split(":", 1)[1] if ":" in key else key
                chosen[key] = name if label == name else f"{name} ({label})"
    return chosen

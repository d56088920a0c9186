"""A host that is an outlet of its own: the pages of its URLs keyed by their domain join it.

``clean`` keys a page with a URL by its registered domain, or by its whole host when the
page names its site by the host's first label (:func:`analysis.clean.outlet.own_host`:
"Harbour News" at harbournews.example-hub.com, a publication on a shared host). A page
of the same host that prints no site name (a text dump of the body alone, a scraper's
export of the article text) cannot show that, and is keyed by the domain: one site was
two outlets, the host's and the domain's, by nothing but which pages printed the name.
:func:`file_url_hosts` files such pages, one by one, under the host's outlet when the
run holds that host's own key; a page of another host of the domain, or of the domain
itself, stays the domain's. The run's own keys decide: no host is known in advance.
So for a site in a folder of the domain (``hub.example/oh/ashford``, a network's town
site: :mod:`analysis.clean.folder_sites`): the domain's pages whose URL lies under the
folder join it, the longest such folder of the run first; and a page whose URL's first
folder is the slug of the name, of two words or more, of one outlet of the run
(``write.as/kowhai-notes/...`` of "Kōwhai Notes", a blog on a platform, its export
naming only the platform) joins that outlet, as a host's label spelling one does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.clean.domains import sub_host
from analysis.clean.folder_sites import folder_key_of, url_folders
from analysis.clean.name_forms import compact_name, unaccented
from analysis.clean.url_slugs import is_slug

if TYPE_CHECKING:
    from analysis.clean.outlet_merge import OutletIdentities


def host_pages_of_urls(
    rows: Mapping[str, tuple[str, str]],
    keys: Mapping[str, str],
    filed: Mapping[str, object],
    labels: Mapping[str, frozenset[str]] | None = None,
) -> dict[str, tuple[str, str]]:
    """The pages keyed by a domain whose URL's host is a key of the run, or whose host's
    first label one outlet's name spells (``labels``: "saltmarshreview" of
    saltmarshreview.hostedblogs.example, the outlet of "The Saltmarsh Review").

    Parameters
    ----------
    rows : mapping of str to (str, str)
        Page -> its domain key and its URL (``clean``'s ``outlet_key`` and ``url``).
    keys : mapping of str to str
        Every key of the run -> its final key (:attr:`OutletIdentities.key_of`).
    filed : mapping
        Pages filed one by one already: they stay where they are.
    labels : mapping of str to frozenset of str, optional
        A host label -> the final keys of the outlets whose name of two words or more
        spells it (:func:`analysis.clean.outlet_merge.label_outlets`); a label with one
        files its pages.

    Returns
    -------
    dict of str to (str, str)
        Page -> (its domain key, the final key of its host's outlet), in page order.

    Examples
    --------
    >>> host_pages_of_urls(
    ...     {"a": ("hub.org", "https://News.hub.org/1"), "b": ("hub.org", "https://hub.org/2")},
    ...     {"hub.org": "hub.org", "news.hub.org": "news.hub.org"},
    ...     {},
    ... )
    {'a': ('hub.org', 'news.hub.org')}
    """
    found = {}
    for page, (key, url) in sorted(rows.items()):
        try:
            host = sub_host(url, key)
        except ValueError:  # an address urlsplit refuses ("http://[x/") names no host
            continue
        if page in filed:
            continue
        if (folder := folder_key_of(key, url, keys)) is not None:
            found[page] = (key, keys[folder])  # a site in a folder of the domain
            continue
        if len(slugged := _slug_outlets(url, labels)) == 1:
            found[page] = (key, next(iter(slugged)))  # a blog's folder on a platform
            continue
        if host is None:
            continue
        named = (labels or {}).get(host.split(".")[0].replace("-", ""), frozenset())
        if host in keys:
            found[page] = (key, keys[host])
        elif len(named) == 1:
            found[page] = (key, next(iter(named)))
    return found


def _slug_outlets(url: str, labels: Mapping[str, frozenset[str]] | None) -> frozenset[str]:
    """The outlets whose name of two words or more the URL's first folder spells as a
    slug, accents aside (``write.as/kowhai-notes/...`` of "Kōwhai Notes"): a blog's or a
    publication's folder on a platform, its page printing only the platform's name (a
    scraper's export). A one-word folder ("/news/") is a section's as often."""
    folders = url_folders(url)
    if not labels or not folders or not is_slug(folders[0]):
        return frozenset()
    spelled = unaccented(compact_name(folders[0]))
    return frozenset(
        final
        for label, finals in labels.items()
        if unaccented(label) == spelled
        for final in finals
    )


def file_url_hosts(
    found: OutletIdentities,
    articles_path: Path,
    pages_path: Path,
    labels: Mapping[str, frozenset[str]] | None = None,
) -> OutletIdentities:
    """``found`` with each page keyed by a domain whose URL's host is a key of the run,
    or a host whose label one outlet's name spells, filed under that host's outlet
    (:func:`host_pages_of_urls`); a domain key every page of which is filed so is emptied.

    Parameters
    ----------
    found : OutletIdentities
        The run's identities (:func:`analysis.clean.outlet_merge.identities_of_run`).
    articles_path, pages_path : Path
        The run's articles table (page, ``outlet_key``, ``url``) and pages table (page,
        ``site_key``).
    labels : mapping of str to frozenset of str, optional
        :func:`analysis.clean.outlet_merge.label_outlets` of the run.

    Returns
    -------
    OutletIdentities
        ``found``, or a copy with those pages in ``page_key_of``.

    Raises
    ------
    TableError
        An articles table that cannot be read (one line naming it).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.errors import TableError

    domains = _parents(found.key_of)
    if not domains and not labels:  # no host of the run is an outlet of its own
        return found
    try:
        table = pq.read_table(articles_path, columns=["page", "outlet_key", "url"]).to_pydict()
        sites = pq.read_table(pages_path, columns=["page", "site_key"]).to_pydict()
    except (OSError, KeyError, pa.ArrowException) as err:
        raise TableError(
            f"{articles_path}, {pages_path}: cannot read the pages' URLs: {err}"
        ) from err
    rows: dict[str, tuple[str, str]] = {}
    pages: dict[str, set[str]] = {}  # a domain key -> its pages (its articles' and sites')
    for page, key in zip(sites["page"], sites["site_key"], strict=True):
        pages.setdefault(key, set()).add(page)
    for page, key, url in zip(table["page"], table["outlet_key"], table["url"], strict=True):
        pages.setdefault(key, set()).add(page)
        if (key in domains or (labels and ":" not in key)) and url and page not in rows:
            rows[page] = (key, url)
    moved = host_pages_of_urls(rows, found.key_of, found.page_key_of, labels)
    if not moved:
        return found
    counts = Counter(key for key, _ in moved.values())
    emptied = {key for key, n in counts.items() if n == len(pages[key])}
    key_of, display = _follow_emptied(found, moved, emptied)
    return replace(
        found,
        key_of=key_of,
        display=display,
        page_key_of={**found.page_key_of, **moved},
        emptied=found.emptied | emptied,
    )


def _follow_emptied(
    found: OutletIdentities, moved: Mapping[str, tuple[str, str]], emptied: set[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """``found``'s ``key_of`` and ``display`` with each key filed under an emptied domain
    whose pages all went to one outlet filed there too: a name key the run filed under
    the domain by its label (the platform's name, "LiveJournal", that a journal's dump
    prints beside it) is of the one site the domain's pages were; left where it was, it
    would be a row of its own, the domain's, holding no page of the domain."""
    targets: dict[str, set[str]] = {}
    for key, final in moved.values():
        targets.setdefault(key, set()).add(final)
    followed = {
        key: next(iter(targets[final]))
        for key, final in found.key_of.items()
        if final in emptied and key != final and len(targets[final]) == 1
    }
    if not followed:
        return found.key_of, found.display
    key_of = {**found.key_of, **followed}
    display = {**found.display, **{key: found.display[to] for key, to in followed.items()}}
    return key_of, display


def _parents(keys: Mapping[str, str]) -> set[str]:
    """The address keys (hosts and domains, not ``name:`` or ``unknown:``) of which
    another key of the run is a host or a folder: ``example.com`` of ``news.example.com``
    and of ``example.com/oh/ashford``."""
    found = set()
    for key in keys:
        if ":" in key:
            continue
        if "/" in key:
            if (domain := key.split("/", 1)[0]) in keys:
                found.add(domain)
            continue
        parts = key.split(".")
        found.update(p for i in range(1, len(parts) - 1) if (p := ".".join(parts[i:])) in keys)
    return found

"""Files of the raw folder that hold a page already in it: each page is read once.

A researcher's scrape often holds one page twice: saved again (``story (1).txt``),
gzipped next to the original (``story.html`` and ``story.html.gz``), or as both its
text dump and the HTML it came from (``story.txt`` and ``story.html``). Read twice, the
page would count twice in every statistic of its outlet. ``clean`` reads each such page
once and lists every other file of it in ``skipped.csv``, naming the file that was read,
so nothing is dropped silently. Two files are the same page when

- their content is the same bytes (a ``.gz`` file's once gunzipped), whatever their
  names; or
- their names differ only in the format ending: ``.txt``, ``.html`` or ``.htm``, each
  with or without ``.gz`` (``story.txt``, ``story.html``, ``story.HTML.gz``); or
- their manifest rows give the same URL (fragment aside): one article crawled twice,
  whose dumps differ in their chrome (a "most read" list, an ad), counts once.

The same bytes that the manifest says two sites served (rows naming two outlets, or URLs
of two registered domains: :func:`stated_source`) are two pages: one agency's story
carried word for word by two papers, saved as its text alone, is each paper's article
(and the shared copy ``metrics`` measures); a file of those bytes without such a row is
the first site's copy.

Saves of one story on other days (other chrome, no manifest row) are other pages here:
``metrics`` counts them once, by their bodies, titles and URLs
(:mod:`analysis.stats.resaves`, URLs compared as here:
:func:`analysis.clean.page_urls.url_key`).

Of a group of files holding one page, the file read is the first of: one with a
manifest row (the researcher's metadata is kept), an HTML page (its markup names the
URL, title and date; the text dump does not), then the first in
:func:`~analysis.clean.save_order.save_order`: the shortest file name (``story.txt``
before its copy ``story (1).txt``; with ``clean --recursive`` the name's last part, so
that the folders' names do not choose), then the first by name (the earliest folder of
a crawl saved a folder per day: ``2026-12-03/site/story.txt``).

Only files that share a content size with another are read here, and hashed: a
``.gz`` file's size is the one its gzip trailer states (a multi-member gzip file whose
trailer understates it is compared by name only).
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping

from analysis.clean.domains import registered_domain
from analysis.clean.name_forms import compact_name
from analysis.clean.page_urls import url_key
from analysis.clean.read import HTML_SUFFIXES, MAX_PAGE_BYTES, RawEntry, gunzip_page
from analysis.clean.save_order import save_order
from analysis.errors import PageReadError

#: Format endings that name the same page in another form (after ``.gz`` is removed).
FORMAT_SUFFIXES = (*HTML_SUFFIXES, ".txt")


def stated_source(url: str | None, outlet: str | None) -> str | None:
    """The site a manifest row (or a page table's row) says served the page: its outlet's
    compact name, else its URL's registered domain; None when it says neither.

    Parameters
    ----------
    url, outlet : str or None
        The row's ``url`` and ``outlet`` values.

    Returns
    -------
    str or None
        ``name:`` + the compact outlet name, or the URL's registered domain.
    """
    if outlet and (compact := compact_name(outlet)):
        return f"name:{compact}"
    return registered_domain(url) if url else None


def duplicate_files(
    entries: Iterable[RawEntry],
    manifest_files: Container[str],
    manifest_urls: Mapping[str, str] | None = None,
    manifest_sources: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Files that repeat a page of another file, each with the reason naming that file.

    Parameters
    ----------
    entries : iterable of RawEntry
        The files to read (no skip reason), in name order.
    manifest_files : container of str
        Names of the files that have a manifest row.
    manifest_urls : mapping of str to str, optional
        File name to the URL its manifest row gives (files without one left out).
    manifest_sources : mapping of str to str, optional
        File name to the site its manifest row names (:func:`stated_source`; files
        without one left out): files of the same bytes from two sites are two pages.

    Returns
    -------
    dict
        File name to its ``skipped.csv`` reason, for every file not to read; the file of
        each page that is read is not in it.
    """
    entries = list(entries)
    groups = _UnionFind([entry.name for entry in entries])
    by_stem: dict[str, str] = {}
    for entry in entries:
        stem = format_stem(entry.name)
        if stem is not None:
            groups.join(by_stem.setdefault(stem, entry.name), entry.name)
    digests = _content_digests(entries)
    _join_same_bytes(groups, digests, manifest_sources or {})
    urls = {
        entry.name: url_key(manifest_urls[entry.name])
        for entry in entries
        if manifest_urls and entry.name in manifest_urls
    }
    by_url: dict[str, str] = {}
    for name, url in urls.items():
        groups.join(by_url.setdefault(url, name), name)
    reasons: dict[str, str] = {}
    for members in groups.groups():
        if len(members) < 2:
            continue
        kept = min(members, key=lambda name: _read_first_key(name, manifest_files))
        for name in members:
            if name != kept:
                reasons[name] = _reason(name, kept, members, digests, urls)
    return reasons


def _join_same_bytes(
    groups: _UnionFind, digests: Mapping[str, str], sources: Mapping[str, str]
) -> None:
    """Join the files of the same bytes, those of each site the manifest names apart;
    a file without a site joins the first file of the first site (by name)."""
    by_digest: dict[str, list[str]] = defaultdict(list)
    for name in sorted(digests):
        by_digest[digests[name]].append(name)
    for names in by_digest.values():
        firsts: dict[str, str] = {}
        for name in names:
            if name in sources:
                groups.join(firsts.setdefault(sources[name], name), name)
        anchor = min(firsts.values()) if firsts else names[0]
        for name in names:
            if name not in sources:
                groups.join(anchor, name)


def format_stem(name: str) -> str | None:
    """``name`` without its format ending (:data:`FORMAT_SUFFIXES`, optionally ``.gz``).

    None for a name with another ending: it is compared by content only.

    Parameters
    ----------
    name : str
        A raw file's name (not a path); endings are matched in any case.

    Returns
    -------
    str or None
        The name as written up to the ending; None also when nothing is left before it.
    """
    stem = name[:-3] if name.lower().endswith(".gz") else name
    for suffix in FORMAT_SUFFIXES:
        if stem.lower().endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)]
    return None


def _read_first_key(
    name: str, manifest_files: Container[str]
) -> tuple[bool, bool, tuple[int, str]]:
    """Sort key: the file of a group that is read comes first (see the module doc)."""
    stem = name[:-3] if name.lower().endswith(".gz") else name
    return (
        name not in manifest_files,
        not stem.lower().endswith(HTML_SUFFIXES),
        save_order(name),
    )


def _reason(
    name: str, kept: str, members: list[str], digests: dict[str, str], urls: dict[str, str]
) -> str:
    """The skipped.csv reason of ``name``, a file of the page read from ``kept``."""
    if name in digests and digests[name] == digests.get(kept):
        how = "same content"
    elif name in urls and urls[name] == urls.get(kept):
        how = "same URL in the manifest"
    elif format_stem(name) is not None and format_stem(name) == format_stem(kept):
        how = "same name in another format"
    else:
        others = ", ".join(m for m in members if m not in (name, kept))
        how = f"same page, through {others}"
    return f"duplicate of {kept} ({how}): only {kept} is read, so the page counts once"


def _content_digests(entries: list[RawEntry]) -> dict[str, str]:
    """SHA-256 of the content of every file whose content size another file shares."""
    by_size: dict[int, list[RawEntry]] = defaultdict(list)
    for entry in entries:
        size = _content_size(entry)
        if size is not None:
            by_size[size].append(entry)
    digests = {}
    for same_size in by_size.values():
        if len(same_size) < 2:
            continue
        for entry in same_size:
            content = _content(entry)
            if content is not None:
                digests[entry.name] = hashlib.sha256(content).hexdigest()
    return digests


def _is_gzip(entry: RawEntry) -> bool:
    return entry.name.lower().endswith(".gz")


def _content_size(entry: RawEntry) -> int | None:
    """The size of the file's content (a gzip file's from its trailer); None if unreadable."""
    try:
        if not _is_gzip(entry):
            size = entry.path.stat().st_size
        else:
            with open(entry.path, "rb") as file:
                if file.seek(0, os.SEEK_END) < 18:  # no room for a gzip header and trailer
                    return None
                file.seek(-4, os.SEEK_END)
                size = int.from_bytes(file.read(4), "little")
    except OSError:
        return None
    return size if size <= MAX_PAGE_BYTES else None  # clean skips it with the reason


def _content(entry: RawEntry) -> bytes | None:
    """The file's content (gunzipped); None when it cannot be read (clean says why)."""
    try:
        data = entry.path.read_bytes()
        return gunzip_page(data, entry.name) if _is_gzip(entry) else data
    except (OSError, PageReadError):
        return None


class _UnionFind:
    """Groups of names joined pairwise (union-find with path halving)."""

    def __init__(self, names: list[str]) -> None:
        self._parent = {name: name for name in names}
        self._order = names

    def _root(self, name: str) -> str:
        while self._parent[name] != name:
            self._parent[name] = self._parent[self._parent[name]]
            name = self._parent[name]
        return name

    def join(self, a: str, b: str) -> None:
        root_a, root_b = self._root(a), self._root(b)
        if root_a != root_b:
            self._parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> list[list[str]]:
        """Every group, its names in input order."""
        members: dict[str, list[str]] = defaultdict(list)
        for name in self._order:
            members[self._root(name)].append(name)
        return list(members.values())

"""A host's public suffix and the name under it, from tldextract's bundled list, offline.

tldextract (pinned) ships a snapshot of the Public Suffix List; the outlet code only
ever reads that snapshot (no URL, no cache folder). Importing tldextract also imports
``requests`` and its HTTP stack (~0.1 CPU-s in every process that files an outlet:
``metrics``' command before its first chunk, ``clean``'s workers), for fetching the list
it is never asked to fetch. This module reads the same snapshot file without importing
the package and looks a host up exactly as ``tldextract.TLDExtract(suffix_list_urls=(),
cache_dir=None, include_psl_private_domains=True)`` does (the host read leniently from a
URL, the labels matched from the right with wildcards and exceptions, ``xn--`` labels
decoded, IP addresses left whole); ``tests/test_public_suffix.py`` compares the two on
every suffix of the list and on hosts of every shape. Should the snapshot not be a file
(a zipped install), tldextract itself is used.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable, Iterable
from ipaddress import AddressValueError, IPv6Address
from pathlib import Path
from urllib.parse import scheme_chars

from analysis.gc_pause import collection_paused

#: The snapshot's name inside the tldextract package.
SNAPSHOT = ".tld_set_snapshot"
#: Where the list's private section begins (tldextract's ``suffix_list``).
_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
_SUFFIX = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)
_IPV4 = re.compile(
    r"^(?:(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.)"
    r"{3}(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$",
    re.ASCII,
)
_SCHEME_CHARS = frozenset(scheme_chars)


class _Node:
    """A node of the suffix trie: the labels under it (right to left)."""

    __slots__ = ("end", "is_private", "matches")

    def __init__(self) -> None:
        self.matches: dict[str, _Node] = {}
        self.end = False
        self.is_private = False

    def add(self, suffix: str, is_private: bool = False) -> None:
        node = self
        for label in reversed(suffix.split(".")):
            if label not in node.matches:
                node.matches[label] = _Node()
            node = node.matches[label]
        node.end = True
        node.is_private = is_private


def domain_and_suffix(url: str) -> tuple[str, str]:
    """The name under the public suffix and the suffix of a URL's or a name's host.

    Parameters
    ----------
    url : str
        A URL, a host name, or any text (read as tldextract reads it).

    Returns
    -------
    tuple of str
        tldextract's ``domain`` and ``suffix`` (private suffixes included: a blog on a
        shared host is its own site); the suffix is ``""`` when the host has none.
    """
    return _lookup()(url)


def is_platform_site(host: str) -> bool:
    """True when ``host``'s public suffix is one of the list's private section: a
    platform that gives each of its users' sites a host of its own
    (``halvard-notes.github.io``, ``name.blogspot.com``, ``name.netlify.app``).

    Such a host's label is what its owner chose when signing up (a handle), not the
    name the site shows, which its owner may change at will ("Field Notes" at
    ``halvard-notes.github.io``).

    Parameters
    ----------
    host : str
        A URL, a host name, or a registered domain.

    Returns
    -------
    bool
        Whether the host lies under a private suffix of tldextract's bundled list.
    """
    lookup = _lookup()
    name, suffix = lookup(host)
    if not name or not suffix:
        return False
    if not isinstance(lookup, functools.partial):  # tldextract itself (a zipped install)
        return bool(_tldextract()(host).is_private)
    node = lookup.args[0]
    for label in reversed(suffix.split(".")):
        decoded = _decode_punycode(label)
        node = node.matches.get(decoded) or node.matches.get("*")
        if node is None:
            return False
    return node.is_private


@functools.lru_cache(maxsize=1)
@collection_paused  # ~17,000 trie nodes, no cycle: no full collection of the process
def _lookup() -> Callable[[str], tuple[str, str]]:
    text = _snapshot_text()
    if text is None:
        return _tldextract_lookup()
    public_text, _, private_text = text.partition(_PRIVATE_SECTION)
    public = [match.group("suffix") for match in _SUFFIX.finditer(public_text)]
    private = [match.group("suffix") for match in _SUFFIX.finditer(private_text)]
    root = _trie(frozenset(public), frozenset(private))
    return functools.partial(_domain_and_suffix, root)


def _snapshot_text() -> str | None:
    """The bundled list's text, read without importing tldextract (None if not a file)."""
    spec = importlib.util.find_spec("tldextract")
    for folder in (spec and spec.submodule_search_locations) or ():
        path = Path(folder) / SNAPSHOT
        if path.is_file():
            return path.read_bytes().decode("utf-8")
    return None


@functools.lru_cache(maxsize=1)
def _tldextract() -> Callable:
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def _tldextract_lookup() -> Callable[[str], tuple[str, str]]:
    extract = _tldextract()

    def lookup(url: str) -> tuple[str, str]:
        parts = extract(url)
        return parts.domain, parts.suffix

    return lookup


def _trie(public: Iterable[str], private: Iterable[str]) -> _Node:
    root = _Node()
    for suffix in public:
        root.add(suffix)
    for suffix in private:
        root.add(suffix, is_private=True)
    return root


def _domain_and_suffix(root: _Node, url: str) -> tuple[str, str]:
    netloc = _lenient_netloc(url).replace("\u3002", ".").replace("\uff0e", ".")
    netloc = netloc.replace("\uff61", ".")
    if len(netloc) >= 4 and netloc[0] == "[" and netloc[-1] == "]" and _is_ipv6(netloc[1:-1]):
        return netloc, ""
    labels = netloc.split(".")
    index = _suffix_index(root, labels)
    if index is None:
        if len(labels) == 4 and netloc[0].isdecimal() and _IPV4.fullmatch(netloc):
            return netloc, ""
        return labels[-1], ""
    return (labels[index - 1] if index > 0 else ""), ".".join(labels[index:])


def _suffix_index(root: _Node, labels: list[str]) -> int | None:
    """The index of the public suffix's first label, or None when there is none."""
    node = root
    suffix = position = len(labels)
    for label in reversed(labels):
        decoded = _decode_punycode(label)
        if decoded in node.matches:
            position -= 1
            node = node.matches[decoded]
            if node.end:
                suffix = position
            continue
        if "*" in node.matches:
            return position if "!" + decoded in node.matches else position - 1
        break
    return None if suffix == len(labels) else suffix


def _decode_punycode(label: str) -> str:
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna

        try:
            return idna.decode(lowered)
        except (UnicodeError, IndexError):
            pass
    return lowered


def _lenient_netloc(url: str) -> str:
    """The host of a URL-like text, read as leniently as tldextract reads it."""
    authority = _schemeless(url).partition("/")[0].partition("?")[0].partition("#")[0]
    after_userinfo = authority.rpartition("@")[-1]
    if after_userinfo and after_userinfo[0] == "[":
        maybe_ipv6 = after_userinfo.partition("]")
        if maybe_ipv6[1] == "]":
            return f"{maybe_ipv6[0]}]"
    return after_userinfo.partition(":")[0].strip().rstrip(".\u3002\uff0e\uff61")


def _schemeless(url: str) -> str:
    slashes = url.find("//")
    if slashes == 0:
        return url[2:]
    if slashes < 2 or url[slashes - 1] != ":" or set(url[: slashes - 1]) - _SCHEME_CHARS:
        return url
    return url[slashes + 2 :]


def _is_ipv6(text: str) -> bool:
    try:
        IPv6Address(text)
    except AddressValueError:
        return False
    return True

"""File-name slugs for outlet reports: readable in any script, safe, stable.

Reads outlet names (any text) and writes nothing: :func:`assign_slugs` maps every
outlet name to the stem of its report files (``reports/outlets/STEM.html`` ...), and
:func:`resolve_outlet` maps what a user typed (a name in any case, or a stem) back to
the outlet.

A stem keeps the letters, digits and marks of the name in any script, lower-cased
after Unicode NFKC normalization (``Le Café`` -> ``le-café``, ``Новая газета`` ->
``новая-газета``, ``東京新聞`` -> ``東京新聞``); every run of other characters
(spaces, punctuation, ``/``, ``.``, symbols) becomes one ``-``, and leading and
trailing ``-`` go. So a stem has no path separator, no ``..``, no leading dot and
no control character, and is at most :data:`MAX_SLUG_LENGTH` characters. A name with
nothing left becomes ``outlet``.

Two names with the same stem (``A B`` and ``a-b``) each get ``-`` and a short hash
of the full name appended (:data:`HASH_LENGTH` hex digits of its SHA-1): a stem
depends only on the name and on which other names share its stem, so adding an
outlet changes no other outlet's stem unless the two names differ only in case,
spacing or punctuation.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Mapping

from analysis.errors import ReportError

MAX_SLUG_LENGTH = 60
HASH_LENGTH = 6
EMPTY_SLUG = "outlet"
#: Unicode categories kept in a stem: letters, marks (accents, vowel signs), digits.
_KEPT_CATEGORIES = ("L", "M", "N")


def slug_base(name: str) -> str:
    """Return the readable stem of a name, before any collision suffix.

    Parameters
    ----------
    name : str
        The outlet name, any text.

    Returns
    -------
    str
        NFKC-normalized, lower-cased letters, marks and digits, other runs as ``-``,
        at most :data:`MAX_SLUG_LENGTH` characters; ``outlet`` if nothing is left.
    """
    text = unicodedata.normalize("NFKC", str(name)).lower()
    text = unicodedata.normalize("NFKC", text)
    kept = [ch if unicodedata.category(ch)[0] in _KEPT_CATEGORIES else "-" for ch in text]
    stem = "-".join(part for part in "".join(kept).split("-") if part)
    # A stem must not start with a mark (it would combine with the character before it).
    while stem and unicodedata.category(stem[0])[0] == "M":
        stem = stem[1:].lstrip("-")
    stem = stem[:MAX_SLUG_LENGTH].strip("-")
    return stem or EMPTY_SLUG


def name_hash(name: str) -> str:
    """A short, stable hash of the full name (hex digits of its UTF-8 SHA-1).

    Parameters
    ----------
    name : str
        An outlet name, full (not a slug).

    Returns
    -------
    str
        :data:`HASH_LENGTH` lowercase hex digits.
    """
    return hashlib.sha1(str(name).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def assign_slugs(names: Iterable[str]) -> dict[str, str]:
    """Map each outlet name to its file-name stem.

    A name whose :func:`slug_base` no other name shares keeps it; names sharing a
    base get ``BASE-HASH`` (the base shortened so the stem stays within
    :data:`MAX_SLUG_LENGTH` + 1 + :data:`HASH_LENGTH` characters).

    Parameters
    ----------
    names : iterable of str
        Outlet names (duplicates are ignored).

    Returns
    -------
    dict
        Name to stem, in name order; the stems are unique.

    Raises
    ------
    analysis.errors.ReportError
        Two names get the same stem (a hash collision).
    """
    unique = sorted(set(map(str, names)))
    bases = {name: slug_base(name) for name in unique}
    sharing: dict[str, int] = {}
    for base in bases.values():
        sharing[base] = sharing.get(base, 0) + 1
    slugs = {}
    for name in unique:
        base = bases[name]
        if sharing[base] > 1:
            base = f"{base[:MAX_SLUG_LENGTH].rstrip('-')}-{name_hash(name)}"
        slugs[name] = base
    if len(set(slugs.values())) != len(slugs):  # a hash collision: vanishingly rare
        raise ReportError("two outlet names give the same file name; rename one of them")
    return slugs


def resolve_outlet(given: str, slugs: Mapping[str, str]) -> str:
    """Return the outlet a user means: exact name, name in any case, or file-name stem.

    Parameters
    ----------
    given : str
        What the user typed.
    slugs : mapping
        Every outlet name to its stem (:func:`assign_slugs`).

    Returns
    -------
    str
        The outlet name.

    Raises
    ------
    ReportError
        Nothing matches, or several names match in a case-insensitive comparison; the
        one-line message lists the valid names.
    """
    if given in slugs:
        return given
    folded = unicodedata.normalize("NFKC", given).casefold().strip()
    matches = sorted(
        name for name in slugs if unicodedata.normalize("NFKC", name).casefold() == folded
    )
    if len(matches) == 1:
        return matches[0]
    by_slug = [name for name, slug in slugs.items() if slug == given.strip()]
    if by_slug:
        return by_slug[0]
    if matches:
        raise ReportError(
            f"outlet {given!r} is ambiguous: it matches {', '.join(map(repr, matches))}"
        )
    valid = ", ".join(repr(name) for name in sorted(slugs, key=str.casefold))
    raise ReportError(f"unknown outlet {given!r}; valid outlets: {valid or 'none'}")

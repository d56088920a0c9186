"""Shared copy across outlets: near-duplicate bodies grouped with MinHash LSH.

Two articles share copy (the same wire story, a reprint, an aggregator's copy) when they
come from different outlets and the sets of 5-word shingles of their bodies have a
Jaccard similarity of at least :data:`SIMILARITY_THRESHOLD`, or one holds at least
:data:`CONTAINMENT_THRESHOLD` of the other's shingles, and at least
:data:`MIN_SHARED_SHINGLES` of them (a wire story cut to its top half, under a local
lede: :func:`shares_copy`).

- Shingles: the body's words (analysis.text: whitespace tokens with a letter or digit;
  in scripts written without spaces each ideograph or kana, each word of a Thai run),
  casefolded and stripped of every character that is not a letter or digit, so that the
  same text printed with curly or straight quotes, or different dashes, shingles alike;
  then every run of :data:`SHINGLE_WORDS` consecutive words. A body of fewer words than
  that has no shingles and never shares copy.
- Candidates: MinHash signatures of the shingles, banded as datasketch's MinHashLSH with
  a lower threshold than the final one (LSH_THRESHOLD), so few true pairs are lost to
  the estimate; computed in bulk, value for value as datasketch does, in
  :mod:`analysis.stats.minhash`.
- Verification: each candidate pair's exact overlap (Jaccard similarity, containment,
  shared shingles: :func:`overlap`) is computed from the two shingle sets (recomputed
  for candidates only, so memory does not grow with every article's shingles); the
  exact Jaccard similarity is the reported ``similarity``, so results do not depend on
  the estimate.
- Groups: the connected components of the accepted pairs; each is named ``"copy-"`` +
  the smallest article_id in it (stable when other articles are added elsewhere).

Articles with no outlet are treated as each being their own outlet. The same search
links the articles of one outlet that share copy (:class:`CopySearch`), of which
:mod:`analysis.stats.resaves` takes the saves of one story.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from analysis.parallel import Engine, as_engine, chunked
from analysis.stats.minhash import LSH_THRESHOLD, candidate_pairs, minhash_signature
from analysis.text import has_unspaced_script, iter_word_spans

if TYPE_CHECKING:
    import pandas as pd

SHINGLE_WORDS = 5
SIMILARITY_THRESHOLD = 0.5
#: A pair whose Jaccard similarity is lower shares copy when one body holds at least this
#: share of the other's shingles (its containment) and at least MIN_SHARED_SHINGLES of
#: them. Both chosen by leave-one-outlet-out cross-validation on made-up cut reprints
#: and on independent write-ups of the same stories (benchmarks/copy_containment.py).
CONTAINMENT_THRESHOLD = 0.7
MIN_SHARED_SHINGLES = 50
#: Candidate pairs verified per task (their bodies travel with them).
CHUNK_PAIRS = 256

# What normalization deletes from the text: [\W_] except whitespace.
_NOT_ALPHANUMERIC_OR_SPACE = re.compile(r"[^\w\s]+|_+")
# The one character that is not a letter or digit but casefolds to one (see tests).
_CASEFOLDS_TO_LETTER = "\u0345"


def _cleaned_words(body: str) -> str:
    """The body's normalized words (see :func:`normalized_words`), whitespace-separated.

    Equal to casefolding each word and deleting its ``[\\W_]`` characters, done on the
    whole text at once. ``str.casefold`` maps character by character and maps no
    character to whitespace unless it is whitespace, which it leaves alone; no
    whitespace is ``\\w``. So the casefolded text has the same whitespace-separated
    tokens, each casefolded, and deleting ``[\\W_]`` but not whitespace leaves each
    token's normalized form; a token without a letter or digit is left empty, and
    splitting on whitespace drops it. Two catches take the slower way (the words are
    found first with :func:`analysis.text.iter_word_spans`, then normalized):

    - a token must hold a letter or digit *before* casefolding, and U+0345 (a combining
      mark, not a letter) casefolds to a letter: the only such character (checked by
      the tests over all of Unicode);
    - in a script written without spaces (Chinese, Japanese, Thai) a token holds many
      words (each ideograph or kana, each word of a Thai run), so that such a body
      shingles by words as a spaced one does.
    """
    if not body.isascii() and (_CASEFOLDS_TO_LETTER in body or has_unspaced_script(body)):
        body = " ".join(body[start:end] for start, end in iter_word_spans(body))
    return _NOT_ALPHANUMERIC_OR_SPACE.sub("", body.casefold())


def normalized_words(body: str) -> list[str]:
    """Return the body's words casefolded, with every non-alphanumeric character removed.

    Parameters
    ----------
    body : str
        Article body.

    Returns
    -------
    list of str
        One entry per word of ``body`` (analysis.text definition), never empty.
    """
    return _cleaned_words(body).split()


def encoded_shingles(body: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """Return the UTF-8 bytes of each ``size``-word shingle of ``body``, in text order.

    ``frozenset(encoded_shingles(body))`` is ``{s.encode() for s in shingles(body)}``:
    the words are joined by single spaces, encoded once and split on ASCII whitespace,
    which is exact because words hold only ``\\w`` characters (none is whitespace) and
    UTF-8 encodes every non-ASCII character with bytes >= 0x80. UTF-8 is one-to-one, so
    sets of encoded shingles have the same sizes, intersections and unions as sets of
    shingles.

    Parameters
    ----------
    body : str
        Article body.
    size : int, optional
        Words per shingle, at least 1.

    Returns
    -------
    list of bytes
        One entry per position (repeated shingles repeat); empty when the body has
        fewer than ``size`` words.

    Raises
    ------
    ValueError
        ``size`` is below 1.
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    return _shingles_of_words(normalized_bytes(body), size)


def normalized_bytes(body: str) -> bytes:
    """The body's normalized words (:func:`normalized_words`), space-joined, as UTF-8.

    Two bodies with the same normalized bytes have the same shingles: they are the
    same copy (similarity 1.0) whatever their quotes, dashes or case.

    Parameters
    ----------
    body : str
        An article body; only its words matter.

    Returns
    -------
    bytes
        Empty when the body has no words.
    """
    return " ".join(_cleaned_words(body).split()).encode("utf-8")


def _shingles_of_words(words: bytes, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The ``size``-word shingles of space-joined normalized words (see encoded_shingles)."""
    split = words.split()
    return list(map(b" ".join, zip(*(split[i:] for i in range(size)), strict=False)))


def shingles(body: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """Return the set of ``size``-word shingles of ``body``.

    Parameters
    ----------
    body : str
        Article body.
    size : int, optional
        Words per shingle, at least 1.

    Returns
    -------
    frozenset of str
        Each shingle is its normalized words joined by single spaces; empty when the
        body has fewer than ``size`` words.

    Raises
    ------
    ValueError
        ``size`` is below 1, as in :func:`encoded_shingles`.
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    words = normalized_words(body)
    return frozenset(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


class Overlap(NamedTuple):
    """How much of two shingle sets is shared (see :func:`overlap`)."""

    jaccard: float
    containment: float
    shared: int


def overlap(a: frozenset, b: frozenset) -> Overlap:
    """Exact Jaccard similarity, containment and shared count of two shingle sets.

    Parameters
    ----------
    a, b : frozenset
        Two shingle sets.

    Returns
    -------
    Overlap
        ``jaccard`` |a & b| / |a | b| (0.0 when both are empty), ``containment``
        |a & b| / min(|a|, |b|) (the share of the smaller set found in the other; 0.0
        when either is empty) and ``shared`` |a & b|.
    """
    shared = len(a & b)
    smaller = min(len(a), len(b))
    union = len(a) + len(b) - shared
    return Overlap(shared / union if union else 0.0, shared / smaller if smaller else 0.0, shared)


def jaccard(a: frozenset, b: frozenset) -> float:
    """Exact Jaccard similarity of two shingle sets.

    Parameters
    ----------
    a, b : frozenset
        Two shingle sets.

    Returns
    -------
    float
        ``overlap(a, b).jaccard``: |a & b| / |a | b|, 0.0 when both are empty.
    """
    return overlap(a, b).jaccard


def shares_copy(found: Overlap, threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """Whether two bodies of this overlap share copy (when of different outlets).

    A near-duplicate (Jaccard similarity at least ``threshold``), or a reprint cut
    short: the smaller shingle set is at least :data:`CONTAINMENT_THRESHOLD` in the
    other, with at least :data:`MIN_SHARED_SHINGLES` shingles shared (so that a short
    text, a card or a quoted statement, is not held in a story by a few phrases).

    Parameters
    ----------
    found : Overlap
        From :func:`overlap`.
    threshold : float, optional
        Minimum Jaccard similarity of a near-duplicate.

    Returns
    -------
    bool
        True when the pair shares copy.
    """
    return found.jaccard >= threshold or (
        found.containment >= CONTAINMENT_THRESHOLD and found.shared >= MIN_SHARED_SHINGLES
    )


#: How :func:`_outlet_key` marks a named outlet's key (else the key is one article's).
_NAMED_OUTLET = "\x01"


def _outlet_key(article_id: str, outlet: str | None) -> str:
    """Outlet used to decide 'different outlets'; a missing outlet is unique to its article."""
    if outlet is None or (isinstance(outlet, float) and math.isnan(outlet)):
        return "\x00" + article_id
    return _NAMED_OUTLET + outlet


def components(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each article_id in ``pairs`` to the smallest article_id of its component.

    Parameters
    ----------
    pairs : iterable of tuple of str
        Linked articles (the links' connected components are found).

    Returns
    -------
    dict of str to str
        Each article_id named in a pair -> the smallest article_id connected to it.
    """
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in pairs:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    return {item: find(item) for item in parent}


class Fingerprint(NamedTuple):
    """What the copy search keeps of one article: no body, a fixed size per article.

    ``digest`` is the SHA-256 of the body's :func:`normalized_bytes` (equal digests:
    identical shingles); ``signature`` its MinHash (None for a body without shingles,
    which never shares copy).
    """

    article_id: str
    outlet: str | None
    digest: bytes
    signature: np.ndarray | None


def fingerprints(rows: Iterable[tuple[str, str | None, str]]) -> Iterator[Fingerprint]:
    """The :class:`Fingerprint` of each ``(article_id, outlet, body)``, in order.

    Computed per chunk, in any process. A body whose normalized words were already seen
    in this call reuses that signature (the same object): copies cost a hash, not a
    MinHash.

    Parameters
    ----------
    rows : iterable of tuple
        ``(article_id, outlet, body)``; ``outlet`` may be None.

    Yields
    ------
    Fingerprint
        One per row; ``signature`` None for a body too short to have a shingle.
    """
    seen: dict[bytes, np.ndarray | None] = {}
    for article_id, outlet, body in rows:
        words = normalized_bytes(body)
        digest = hashlib.sha256(words).digest()
        if digest not in seen:
            items = _shingles_of_words(words)
            seen[digest] = minhash_signature(items) if items else None
        yield Fingerprint(article_id, outlet, digest, seen[digest])


def find_copy_pairs(
    articles: pd.DataFrame,
    threshold: float = SIMILARITY_THRESHOLD,
    lsh_threshold: float = LSH_THRESHOLD,
) -> pd.DataFrame:
    """Find near-duplicate bodies across different outlets.

    Parameters
    ----------
    articles : pandas.DataFrame
        Columns ``article_id`` (unique str), ``outlet`` (str or None) and ``body``.
    threshold : float, optional
        Minimum exact Jaccard similarity of a near-duplicate (a reprint cut short is
        found by its containment as well: :func:`shares_copy`).
    lsh_threshold : float, optional
        Threshold of the LSH index that proposes candidate pairs (lower than
        ``threshold`` so the estimate loses few true pairs).

    Returns
    -------
    pandas.DataFrame
        The ``copy_pairs`` table: copy_group, article_id_a, article_id_b, outlet_a,
        outlet_b, similarity; one row per accepted pair, ``article_id_a <
        article_id_b``, sorted by copy_group, article_id_a, article_id_b.
    """
    rows = articles[["article_id", "outlet", "body"]]
    bodies = dict(zip(rows["article_id"], rows["body"], strict=True))
    found = fingerprints(rows.itertuples(index=False))
    return copy_pairs_from_fingerprints(found, bodies.__getitem__, threshold, lsh_threshold)


def copy_pairs_from_fingerprints(
    fingerprints: Iterable[Fingerprint],
    body_of: Callable[[str], str],
    threshold: float = SIMILARITY_THRESHOLD,
    lsh_threshold: float = LSH_THRESHOLD,
    engine: int | Engine = 1,
) -> pd.DataFrame:
    """The ``copy_pairs`` table from every article's fingerprint (see find_copy_pairs).

    :func:`search_copies`' pairs; its arguments and errors.

    Parameters
    ----------
    fingerprints : iterable of Fingerprint
        One per article, in any order; article ids unique.
    body_of : callable
        article_id -> body, called only for articles standing for a candidate group.
    threshold, lsh_threshold : float, optional
        As in :func:`find_copy_pairs`.
    engine : int or Engine, optional
        As in :func:`search_copies`.

    Returns
    -------
    pandas.DataFrame
        The validated ``copy_pairs`` table.
    """
    return search_copies(fingerprints, body_of, threshold, lsh_threshold, engine).pairs


class CopySearch(NamedTuple):
    """What the copy search finds: shared copy across outlets, and within one.

    ``pairs`` is the validated ``copy_pairs`` table. ``same_outlet`` links articles of
    one outlet that share copy (the same test as across outlets): each entry is two
    lists of article ids of one outlet, every article of the first sharing copy with
    every article of the second; an entry whose lists are the same object links every
    two of its articles (identical bodies). :mod:`analysis.stats.resaves` reads them.
    """

    pairs: pd.DataFrame
    same_outlet: list[tuple[list[str], list[str]]]


def search_copies(
    fingerprints: Iterable[Fingerprint],
    body_of: Callable[[str], str],
    threshold: float = SIMILARITY_THRESHOLD,
    lsh_threshold: float = LSH_THRESHOLD,
    engine: int | Engine = 1,
) -> CopySearch:
    """Shared copy from every article's fingerprint, across outlets and within one.

    Articles with identical normalized bodies form one group, searched once: its
    smallest article_id stands for it in the LSH index, and its members pair with each
    other at similarity 1.0 (one outlet's copies pair with none), so a body printed m
    times costs m, not m squared candidate pairs. Each candidate pair of groups is
    verified once on exact shingle sets, read back through ``body_of`` for those few
    articles only; its similarity holds for every pair of their members. The pairs are
    the same as comparing every article's signature on its own.

    Parameters
    ----------
    fingerprints : iterable of Fingerprint
        One per article, in any order; article ids unique.
    body_of : callable
        article_id -> body, called only for articles standing for a candidate group.
    threshold, lsh_threshold : float, optional
        As in :func:`find_copy_pairs`.
    engine : int or Engine, optional
        Where the LSH bands are compared and the candidate pairs verified, in chunks
        of :data:`CHUNK_PAIRS` pairs (analysis.parallel; default this process): the
        same pairs on any engine.

    Returns
    -------
    CopySearch
        The validated ``copy_pairs`` table (pairs of different outlets) and the links
        between articles of one outlet that share copy.

    Raises
    ------
    ValueError
        Two fingerprints have the same article_id.
    """
    outlets: dict[str, str | None] = {}
    # digest -> outlet key -> (article_id, signature); members of a digest share a signature
    groups: dict[bytes, dict[str, list[tuple[str, np.ndarray]]]] = {}
    for item in fingerprints:
        if item.article_id in outlets:
            raise ValueError("article_id must be unique")
        outlets[item.article_id] = item.outlet
        if item.signature is not None:
            by_outlet = groups.setdefault(item.digest, {})
            by_outlet.setdefault(_outlet_key(item.article_id, item.outlet), []).append(
                (item.article_id, item.signature)
            )
    signatures: dict[str, np.ndarray] = {}
    members: dict[str, dict[str, list[str]]] = {}
    accepted: list[tuple[str, str, float]] = []
    same_outlet: list[tuple[list[str], list[str]]] = []
    for by_outlet in groups.values():
        ids = {key: sorted(a for a, _ in found) for key, found in by_outlet.items()}
        representative = min(found[0] for found in ids.values())
        signatures[representative] = next(iter(by_outlet.values()))[0][1]
        members[representative] = ids
        accepted.extend(_cross_outlet_pairs(ids, ids, 1.0))
        same_outlet.extend(same_outlet_links(ids, ids))

    candidates = candidate_pairs(signatures, lsh_threshold, engine)
    engine = as_engine(engine).sized_for(-(-len(candidates) // CHUNK_PAIRS))
    work = (
        [(body_of(a), body_of(b)) for a, b in chunk] for chunk in chunked(candidates, CHUNK_PAIRS)
    )
    overlaps = itertools.chain.from_iterable(engine.map_chunks(pair_overlaps, work))
    for (rep_a, rep_b), found in zip(candidates, overlaps, strict=True):
        if shares_copy(found, threshold):
            accepted.extend(_cross_outlet_pairs(members[rep_a], members[rep_b], found.jaccard))
            same_outlet.extend(same_outlet_links(members[rep_a], members[rep_b]))
    return CopySearch(_pairs_table(accepted, outlets), same_outlet)


def pair_overlaps(pairs: list[tuple[str, str]]) -> list[Overlap]:
    """The exact :func:`overlap` of each ``(body_a, body_b)`` pair's shingle sets.

    One task of the copy search's verification (any process); a body in several pairs
    of the chunk is shingled once.

    Parameters
    ----------
    pairs : list of tuple of str
        Two bodies per pair.

    Returns
    -------
    list of Overlap
        :func:`overlap` of each pair, in the order given.
    """
    shingle_sets: dict[str, frozenset[bytes]] = {}

    def shingle_set(body: str) -> frozenset[bytes]:
        if body not in shingle_sets:
            shingle_sets[body] = frozenset(encoded_shingles(body))
        return shingle_sets[body]

    return [overlap(shingle_set(a), shingle_set(b)) for a, b in pairs]


def _cross_outlet_pairs(
    left: dict[str, list[str]], right: dict[str, list[str]], similarity: float
) -> Iterator[tuple[str, str, float]]:
    """Every pair of a left and a right article of different outlets, ``a < b``.

    ``left`` and ``right`` map outlet keys to article ids; when they are the same group,
    each unordered pair is given once. Work grows with the pairs given and the outlets,
    never with same-outlet pairs.
    """
    same = left is right
    for key_a, ids_a in left.items():
        for key_b, ids_b in right.items():
            if key_a == key_b or (same and key_a > key_b):
                continue
            for a in ids_a:
                for b in ids_b:
                    yield (a, b, similarity) if a < b else (b, a, similarity)


def same_outlet_links(
    left: dict[str, list[str]], right: dict[str, list[str]]
) -> Iterator[tuple[list[str], list[str]]]:
    """The articles of one outlet in a left and a right group that share copy.

    Parameters
    ----------
    left, right : dict of str to list of str
        Outlet keys (:func:`_outlet_key`) to article ids, of two groups of articles whose
        every left article shares copy with every right one; the same object when it is
        one group (identical bodies).

    Yields
    ------
    tuple of list of str
        ``(left ids, right ids)`` of each outlet found in both (a named outlet: an
        article without one is its own outlet); for one group, only an outlet with at
        least two articles, as ``(ids, ids)``.
    """
    same = left is right
    for key, ids in left.items():
        if not key.startswith(_NAMED_OUTLET) or key not in right:
            continue
        if not same:
            yield ids, right[key]
        elif len(ids) > 1:
            yield ids, ids


def _pairs_table(
    accepted: list[tuple[str, str, float]], outlets: dict[str, str | None]
) -> pd.DataFrame:
    """The validated ``copy_pairs`` table of accepted ``(a, b, similarity)`` pairs."""
    # Imported here: the per-article work (fingerprints, similarities) runs in worker
    # processes that load neither pandas nor pandera (analysis.stats.article_work).
    import pandas as pd

    from analysis.tables import COPY_PAIR_COLUMNS, validate

    group_of = components((a, b) for a, b, _ in accepted)
    table = pd.DataFrame(
        {
            "copy_group": ["copy-" + group_of[a] for a, _, _ in accepted],
            "article_id_a": [a for a, _, _ in accepted],
            "article_id_b": [b for _, b, _ in accepted],
            "outlet_a": [outlets[a] for a, _, _ in accepted],
            "outlet_b": [outlets[b] for _, b, _ in accepted],
            "similarity": [s for _, _, s in accepted],
        },
        columns=COPY_PAIR_COLUMNS,
    ).astype({"copy_group": str, "article_id_a": str, "article_id_b": str, "similarity": float})
    table = table.sort_values(["copy_group", "article_id_a", "article_id_b"], kind="stable")
    return validate(table.reset_index(drop=True), "copy_pairs")


def copy_groups(article_ids: pd.Series, copy_pairs: pd.DataFrame) -> pd.DataFrame:
    """Return each article's copy group and its highest similarity to another outlet.

    Parameters
    ----------
    article_ids : pandas.Series
        Every article_id to report on.
    copy_pairs : pandas.DataFrame
        From :func:`find_copy_pairs`.

    Returns
    -------
    pandas.DataFrame
        Columns article_id, copy_group (str or None when the article shares no copy) and
        copy_max_similarity (float, NaN when none), one row per input id, same order.
    """
    import pandas as pd  # here, as in _pairs_table

    group, best = copy_group_maps(copy_pairs)
    ids = list(article_ids)
    return pd.DataFrame(
        {
            "article_id": ids,
            "copy_group": pd.Series([group.get(i) for i in ids], dtype=object),
            "copy_max_similarity": [best.get(i, math.nan) for i in ids],
        }
    )


def copy_group_maps(copy_pairs: pd.DataFrame) -> tuple[dict[str, str], dict[str, float]]:
    """Each paired article's copy group, and its highest similarity (see copy_groups).

    Parameters
    ----------
    copy_pairs : pandas.DataFrame
        The COPY_PAIRS table.

    Returns
    -------
    group : dict of str to str
        article_id -> ``copy_group``, for each article in some pair.
    best : dict of str to float
        article_id -> the highest ``similarity`` of its pairs.
    """
    group: dict[str, str] = {}
    best: dict[str, float] = {}
    for row in copy_pairs.itertuples(index=False):
        for article_id in (row.article_id_a, row.article_id_b):
            group[article_id] = row.copy_group
            best[article_id] = max(best.get(article_id, 0.0), row.similarity)
    return group, best

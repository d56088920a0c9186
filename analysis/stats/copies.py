"""Shared copy across outlets: near-duplicate bodies grouped with MinHash LSH.

Two articles share copy (the same wire story, a reprint, an aggregator's copy) when the
sets of 5-word shingles of their bodies have a Jaccard similarity of at least
:data:`SIMILARITY_THRESHOLD` and they come from different outlets.

- Shingles: the body's words (analysis.text: whitespace tokens with a letter or digit),
  casefolded and stripped of every character that is not a letter or digit, so that the
  same text printed with curly or straight quotes, or different dashes, shingles alike;
  then every run of :data:`SHINGLE_WORDS` consecutive words. A body of fewer words than
  that has no shingles and never shares copy.
- Candidates: datasketch MinHash signatures (:data:`NUM_PERM` permutations, fixed
  :data:`MINHASH_SEED`, datasketch's SHA-1 based hash, so the same across runs and
  machines), banded as a MinHashLSH with a lower threshold (:data:`LSH_THRESHOLD`) than
  the final one, so few true pairs are lost to the estimate. For speed the signatures
  and the bands are computed here in bulk (:func:`minhash_signature`,
  :func:`candidate_pairs`), value for value as datasketch's MinHash and MinHashLSH do
  (the tests compare them). datasketch itself is not imported to do it: it imports
  scipy (~1.5 CPU-s, a fifth of the ``metrics`` command's serial part), used only to
  choose the LSH bands; the permutations are drawn here as datasketch draws them
  (:func:`_permutations`) and the bands of :data:`LSH_THRESHOLD` are stored
  (:data:`LSH_BANDS`; :func:`lsh_bands`).
- Verification: each candidate pair's exact Jaccard similarity is computed from the two
  shingle sets (recomputed for candidates only, so memory does not grow with every
  article's shingles); that exact value is the reported ``similarity``, so results do
  not depend on the estimate.
- Groups: the connected components of the accepted pairs; each is named ``"copy-"`` +
  the smallest article_id in it (stable when other articles are added elsewhere).

Articles with no outlet are treated as each being their own outlet.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis.parallel import Engine, as_engine, chunked
from analysis.tables import COPY_PAIR_COLUMNS, validate
from analysis.text import WORD_PATTERN

SHINGLE_WORDS = 5
NUM_PERM = 128
MINHASH_SEED = 1
LSH_THRESHOLD = 0.3
SIMILARITY_THRESHOLD = 0.5
#: The (bands, rows per band) datasketch's ``MinHashLSH(threshold=LSH_THRESHOLD,
#: num_perm=NUM_PERM)`` chooses (its ``_optimal_param``: the b x r <= NUM_PERM that
#: minimizes the false positive and negative probabilities, equal weights, integrated
#: with scipy). Stored so that no run imports scipy; tests/test_copies.py checks it.
LSH_BANDS = (37, 3)
#: Candidate pairs verified per task (their bodies travel with them).
CHUNK_PAIRS = 256

# What normalization deletes from the text: [\W_] except whitespace.
_NOT_ALPHANUMERIC_OR_SPACE = re.compile(r"[^\w\s]+|_+")
# The one character that is not a letter or digit but casefolds to one (see tests).
_CASEFOLDS_TO_LETTER = "\u0345"
# datasketch.minhash's constants (2**61 - 1 and 2**32 - 1).
_MERSENNE_BITS = np.uint64(61)
_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_SHA1_WORDS = 5  # a SHA-1 digest is five 4-byte words
_DIGEST = operator.methodcaller("digest")
_BLOCK = 2048  # shingles permuted at once: two buffers of 2048 x NUM_PERM x 8 bytes


def _cleaned_words(body: str) -> str:
    """The body's normalized words (see :func:`normalized_words`), whitespace-separated.

    Equal to casefolding each word and deleting its ``[\\W_]`` characters, done on the
    whole text at once. ``str.casefold`` maps character by character and maps no
    character to whitespace unless it is whitespace, which it leaves alone; no
    whitespace is ``\\w``. So the casefolded text has the same whitespace-separated
    tokens, each casefolded, and deleting ``[\\W_]`` but not whitespace leaves each
    token's normalized form; a token without a letter or digit is left empty, and
    splitting on whitespace drops it. The one catch is the definition of a word: a
    token must hold a letter or digit *before* casefolding, and U+0345 (a combining
    mark, not a letter) casefolds to a letter. The only such character (checked by
    the tests over all of Unicode), so a body holding it takes the slower way: its
    words are found first, then normalized.
    """
    if _CASEFOLDS_TO_LETTER in body:
        body = " ".join(WORD_PATTERN.findall(body))
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
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    return _shingles_of_words(normalized_bytes(body), size)


def normalized_bytes(body: str) -> bytes:
    """The body's normalized words (:func:`normalized_words`), space-joined, as UTF-8.

    Two bodies with the same normalized bytes have the same shingles: they are the
    same copy (similarity 1.0) whatever their quotes, dashes or case.
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
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    words = normalized_words(body)
    return frozenset(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def jaccard(a: frozenset, b: frozenset) -> float:
    """Exact Jaccard similarity |a & b| / |a | b| (0.0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@functools.cache
def _permutations() -> np.ndarray:
    """datasketch's permutation parameters (a, b) for NUM_PERM and MINHASH_SEED.

    Drawn as ``datasketch.MinHash._init_permutations`` draws them (numpy's legacy
    ``RandomState(seed)``, a pair of ``randint`` per permutation, a in [1, p), b in
    [0, p) for the Mersenne prime p), without importing datasketch (see the module).
    """
    generator = np.random.RandomState(MINHASH_SEED)
    prime = int(_MERSENNE_PRIME)
    return np.array(
        [
            (
                generator.randint(1, prime, dtype=np.uint64),
                generator.randint(0, prime, dtype=np.uint64),
            )
            for _ in range(NUM_PERM)
        ],
        dtype=np.uint64,
    ).T


def lsh_bands(lsh_threshold: float = LSH_THRESHOLD) -> list[tuple[int, int]]:
    """The column ranges of the LSH bands, as ``MinHashLSH(...).hashranges`` gives them.

    For :data:`LSH_THRESHOLD` from :data:`LSH_BANDS`; another threshold asks datasketch
    (imported only then).
    """
    if lsh_threshold == LSH_THRESHOLD:
        n_bands, rows = LSH_BANDS
        return [(i * rows, (i + 1) * rows) for i in range(n_bands)]
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM).hashranges


def sha1_hash32_values(items: list[bytes]) -> np.ndarray:
    """Return datasketch's ``sha1_hash32`` of each item, as uint64.

    The value is the first 4 bytes of the SHA-1 digest read as a little-endian
    unsigned 32-bit integer, as ``datasketch.hashfunc.sha1_hash32`` computes it; here
    every digest is taken in C (``map``) and all are converted at once by numpy.

    Parameters
    ----------
    items : list of bytes
        Byte strings (any iterable of bytes).

    Returns
    -------
    numpy.ndarray
        One uint64 per item, in order.
    """
    digests = b"".join(map(_DIGEST, map(hashlib.sha1, items)))
    first_words = np.frombuffer(digests, dtype="<u4").reshape(-1, _SHA1_WORDS)[:, 0]
    return first_words.astype(np.uint64)


def minhash_signature(items: list[bytes]) -> np.ndarray:
    """Return the MinHash signature of the set of ``items``.

    Equal to the ``hashvalues`` of ``datasketch.MinHash(num_perm=NUM_PERM,
    seed=MINHASH_SEED)`` after ``update_batch(items)``: the same hash
    (:func:`sha1_hash32_values`), the same permutations and the same uint64 values as
    ``(hv * a + b) % mersenne_prime & max_hash``, then the minimum per permutation
    (repeated items change no minimum). Two things differ only in speed: the work is
    done in blocks of items, in reused buffers, and ``x % p`` for the Mersenne prime
    ``p = 2**61 - 1`` is computed as ``s = (x & p) + (x >> 61)``, minus ``p`` when
    ``s >= p``. That is exact: ``2**61 = 1 (mod p)`` gives ``x = s (mod p)``, and
    ``0 <= s <= 2**61 + 6 < 2p``.

    Parameters
    ----------
    items : list of bytes
        A non-empty list of shingles' UTF-8 bytes (repeats allowed).

    Returns
    -------
    numpy.ndarray
        NUM_PERM uint64 values.
    """
    if not items:
        raise ValueError("a MinHash signature needs at least one item")
    a, b = _permutations()
    values = sha1_hash32_values(items)
    signature = np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64)
    block = min(len(values), _BLOCK)
    permuted = np.empty((block, NUM_PERM), dtype=np.uint64)
    scratch = np.empty((block, NUM_PERM), dtype=np.uint64)
    for start in range(0, len(values), block):
        hashes = values[start : start + block, np.newaxis]
        x = _permute(hashes, a, b, permuted[: len(hashes)], scratch[: len(hashes)])
        np.minimum(signature, x.min(axis=0), out=signature)
    return signature


def _permute(
    hashes: np.ndarray, a: np.ndarray, b: np.ndarray, out: np.ndarray, scratch: np.ndarray
) -> np.ndarray:
    """``(hashes * a + b) % (2**61 - 1) & (2**32 - 1)`` in uint64, into ``out``.

    ``hashes`` is a column, ``a`` and ``b`` rows; ``out`` and ``scratch`` have their
    broadcast shape. See :func:`minhash_signature` for why the reduction is exact.
    """
    np.multiply(hashes, a, out=out)  # wraps modulo 2**64, as datasketch's does
    out += b
    np.right_shift(out, _MERSENNE_BITS, out=scratch)
    out &= _MERSENNE_PRIME
    out += scratch
    np.greater_equal(out, _MERSENNE_PRIME, out=scratch, casting="unsafe")
    scratch *= _MERSENNE_PRIME
    out -= scratch
    out &= _MAX_HASH
    return out


def candidate_pairs(
    signatures: dict[str, np.ndarray],
    lsh_threshold: float = LSH_THRESHOLD,
    engine: int | Engine = 1,
) -> list[tuple[str, str]]:
    """Return the pairs of keys that datasketch's MinHashLSH makes candidates.

    ``MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)`` cuts a signature into
    bands (its ``hashranges``) and ``query`` returns every key with at least one band
    equal to the query's (its bucket keys are the bands' bytes, so equal keys are equal
    bands). The same bands are compared here directly, one band per task
    (:func:`band_candidates`, on ``engine``: each task gets only its band's columns),
    without building the index or MinHash objects; the union of the bands' pairs is
    the same whichever engine computed them.

    Parameters
    ----------
    signatures : dict of str to numpy.ndarray
        Key -> NUM_PERM uint64 signature (:func:`minhash_signature`).
    lsh_threshold : float, optional
        The index's threshold, which sets its bands.
    engine : int or Engine, optional
        Where the bands are compared (analysis.parallel; default this process).

    Returns
    -------
    list of tuple of str
        Sorted ``(a, b)`` pairs with ``a < b``: exactly the pairs ``a``, ``b`` for
        which ``b`` is in ``MinHashLSH.query`` of ``a``'s signature after every
        signature was inserted.
    """
    keys = sorted(signatures)
    if len(keys) < 2:
        return []
    matrix = np.stack([signatures[key] for key in keys])
    bands = lsh_bands(lsh_threshold)
    engine = as_engine(engine).sized_for(len(bands))
    columns = ([np.ascontiguousarray(matrix[:, start:end])] for start, end in bands)
    codes = [found for (found,) in engine.map_chunks(_band_chunk, columns)]
    # A pair (i, j), i < j, is coded i * n + j: sorted codes are sorted pairs.
    unique = np.unique(np.concatenate(codes)) if codes else np.empty(0, dtype=np.int64)
    first, second = np.divmod(unique, len(keys))
    return [(keys[i], keys[j]) for i, j in zip(first.tolist(), second.tolist(), strict=True)]


def band_candidates(band: np.ndarray) -> np.ndarray:
    """The pairs of rows of one LSH band with equal values, coded ``i * n + j`` (i < j).

    Parameters
    ----------
    band : numpy.ndarray
        n rows (one per key, in key order) of one band's signature values.

    Returns
    -------
    numpy.ndarray
        int64 codes of the pairs (any order, no repeats within the band).
    """
    n = len(band)
    buckets: dict[bytes, list[int]] = {}
    codes: list[int] = []
    for j, row in enumerate(band):
        members = buckets.setdefault(row.tobytes(), [])
        codes.extend(i * n + j for i in members)
        members.append(j)
    return np.array(codes, dtype=np.int64)


def _band_chunk(bands: list[np.ndarray]) -> tuple[np.ndarray]:
    """One task of :func:`candidate_pairs`: the codes of its bands' pairs, joined."""
    found = [band_candidates(band) for band in bands]
    return (np.concatenate(found) if found else np.empty(0, dtype=np.int64),)


def _outlet_key(article_id: str, outlet: str | None) -> str:
    """Outlet used to decide 'different outlets'; a missing outlet is unique to its article."""
    if outlet is None or (isinstance(outlet, float) and math.isnan(outlet)):
        return "\x00" + article_id
    return "\x01" + outlet


def _components(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Map each article_id in ``pairs`` to the smallest article_id of its component."""
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
        Minimum exact Jaccard similarity of the shingle sets.
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
    pandas.DataFrame
        The validated ``copy_pairs`` table.
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
    for by_outlet in groups.values():
        ids = {key: sorted(a for a, _ in found) for key, found in by_outlet.items()}
        representative = min(found[0] for found in ids.values())
        signatures[representative] = next(iter(by_outlet.values()))[0][1]
        members[representative] = ids
        accepted.extend(_cross_outlet_pairs(ids, ids, 1.0))

    candidates = candidate_pairs(signatures, lsh_threshold, engine)
    engine = as_engine(engine).sized_for(-(-len(candidates) // CHUNK_PAIRS))
    work = (
        [(body_of(a), body_of(b)) for a, b in chunk] for chunk in chunked(candidates, CHUNK_PAIRS)
    )
    similarities = itertools.chain.from_iterable(engine.map_chunks(pair_similarities, work))
    for (rep_a, rep_b), similarity in zip(candidates, similarities, strict=True):
        if similarity >= threshold:
            accepted.extend(_cross_outlet_pairs(members[rep_a], members[rep_b], similarity))
    return _pairs_table(accepted, outlets)


def pair_similarities(pairs: list[tuple[str, str]]) -> list[float]:
    """The exact Jaccard similarity of each ``(body_a, body_b)`` pair's shingle sets.

    One task of the copy search's verification (any process); a body in several pairs
    of the chunk is shingled once.
    """
    shingle_sets: dict[str, frozenset[bytes]] = {}

    def shingle_set(body: str) -> frozenset[bytes]:
        if body not in shingle_sets:
            shingle_sets[body] = frozenset(encoded_shingles(body))
        return shingle_sets[body]

    return [jaccard(shingle_set(a), shingle_set(b)) for a, b in pairs]


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


def _pairs_table(
    accepted: list[tuple[str, str, float]], outlets: dict[str, str | None]
) -> pd.DataFrame:
    """The validated ``copy_pairs`` table of accepted ``(a, b, similarity)`` pairs."""
    group_of = _components([(a, b) for a, b, _ in accepted])
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
    """Each paired article's copy group, and its highest similarity (see copy_groups)."""
    group: dict[str, str] = {}
    best: dict[str, float] = {}
    for row in copy_pairs.itertuples(index=False):
        for article_id in (row.article_id_a, row.article_id_b):
            group[article_id] = row.copy_group
            best[article_id] = max(best.get(article_id, 0.0), row.similarity)
    return group, best

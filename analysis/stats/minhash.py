"""MinHash signatures and LSH candidate pairs, value for value as datasketch computes them.

The candidate step of the shared-copy search (:mod:`analysis.stats.copies`): datasketch
MinHash signatures (:data:`NUM_PERM` permutations, fixed :data:`MINHASH_SEED`,
datasketch's SHA-1 based hash, so the same across runs and machines), banded as a
MinHashLSH with threshold :data:`LSH_THRESHOLD`. For speed the signatures and the bands
are computed here in bulk (:func:`minhash_signature`, :func:`candidate_pairs`), value for
value as datasketch's MinHash and MinHashLSH do (tests/test_copies.py compares them).
datasketch itself is not imported to do it: it imports scipy (~1.5 CPU-s, a fifth of the
``metrics`` command's serial part), used only to choose the LSH bands; the permutations
are drawn here as datasketch draws them (:func:`_permutations`) and the bands of
:data:`LSH_THRESHOLD` are stored (:data:`LSH_BANDS`; :func:`lsh_bands`).
"""

from __future__ import annotations

import functools
import hashlib
import operator

import numpy as np

from analysis.parallel import Engine, as_engine

NUM_PERM = 128
MINHASH_SEED = 1
LSH_THRESHOLD = 0.3
#: The (bands, rows per band) datasketch's ``MinHashLSH(threshold=LSH_THRESHOLD,
#: num_perm=NUM_PERM)`` chooses (its ``_optimal_param``: the b x r <= NUM_PERM that
#: minimizes the false positive and negative probabilities, equal weights, integrated
#: with scipy). Stored so that no run imports scipy; tests/test_copies.py checks it.
LSH_BANDS = (37, 3)

# datasketch.minhash's constants (2**61 - 1 and 2**32 - 1).
_MERSENNE_BITS = np.uint64(61)
_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_SHA1_WORDS = 5  # a SHA-1 digest is five 4-byte words
_DIGEST = operator.methodcaller("digest")
_BLOCK = 2048  # shingles permuted at once: two buffers of 2048 x NUM_PERM x 8 bytes


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

    Parameters
    ----------
    lsh_threshold : float
        The Jaccard similarity around which LSH makes two signatures candidates.

    Returns
    -------
    list of tuple of int
        ``(start, stop)`` of each band in a signature of :data:`NUM_PERM` values.
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

    Raises
    ------
    ValueError
        ``items`` is empty.
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

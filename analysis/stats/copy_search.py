"""The shared-copy search of a streaming ``metrics`` run, on compact per-article arrays.

:mod:`analysis.stats.copies` defines shared copy and finds it from one
:class:`~analysis.stats.copies.Fingerprint` object per article. A ``metrics`` run over a
large corpus keeps much less per article in memory here (:class:`CopyIndex`): its
article_id (16 bytes), its outlet (a 4-byte code), the SHA-256 digest of its normalized
words (32 bytes) and whether it has shingles. Each MinHash signature goes to a file in
the run's work folder, one row of ``NUM_PERM`` uint32 per article with shingles (the
values are below 2**32: datasketch masks them), and is read back a few bands at a time,
for the one article that stands for each distinct body. Bodies are read back through
``body_of`` only for the articles of candidate pairs.

The pairs, similarities and groups are those of
:func:`analysis.stats.copies.copy_pairs_from_fingerprints` on the same fingerprints
(tests/test_copy_search.py): identical bodies are one group whose smallest article_id
stands for it, the same LSH bands propose the same candidates, and each candidate pair
is verified on exact shingle sets.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.parallel import Engine, as_engine, chunked
from analysis.stats import copies, minhash
from analysis.stats.copies import Fingerprint

#: Signature rows read from the file at once (NUM_PERM x 4 bytes each).
READ_ROWS = 8192
#: LSH bands whose columns are held in memory at once (each: 3 uint32 per distinct body).
BANDS_AT_ONCE = 8
_ID_BYTES = 16  # article_id: 16 hex digits (analysis.tables)
_DIGEST_BYTES = 32  # SHA-256


class CopyIndex:
    """What the copy search keeps of each article of a run, added chunk by chunk.

    Parameters
    ----------
    work_dir : Path
        A scratch folder of the run; the signatures file is written there.
    """

    def __init__(self, work_dir: Path) -> None:
        self.signature_path = Path(work_dir) / "signatures.u32"
        self._file = self.signature_path.open("wb")
        self._ids: list[np.ndarray] = []
        self._digests: list[np.ndarray] = []
        self._outlets: list[np.ndarray] = []
        self._has_signature: list[np.ndarray] = []
        self._outlet_code: dict[str | None, int] = {}
        self.outlet_names: list[str | None] = []
        self._last_id = b""

    def add(self, found: list[Fingerprint]) -> None:
        """Add one chunk's fingerprints (increasing article_id, after those added before).

        Parameters
        ----------
        found : list of Fingerprint
            One chunk's, from :func:`~analysis.stats.copies.fingerprints`; ids of 16 ASCII
            characters.

        Raises
        ------
        ValueError
            The ids are out of order, not after those added before, or not 16 characters.
        """
        ids = np.array([item.article_id.encode("ascii") for item in found], dtype=f"S{_ID_BYTES}")
        if len(ids) and (
            not bool((ids[1:] > ids[:-1]).all())
            or ids[0] <= self._last_id
            or any(len(item.article_id) != _ID_BYTES for item in found)
        ):
            raise ValueError("fingerprints must come in increasing 16-character article_id order")
        if len(ids):
            self._last_id = ids[-1]
        codes = [
            self._outlet_code.setdefault(item.outlet, len(self._outlet_code)) for item in found
        ]
        self.outlet_names.extend(list(self._outlet_code)[len(self.outlet_names) :])
        self._ids.append(ids)
        self._outlets.append(np.array(codes, dtype=np.int32))
        self._digests.append(np.array([item.digest for item in found], dtype=f"S{_DIGEST_BYTES}"))
        signed = [item.signature for item in found if item.signature is not None]
        self._has_signature.append(np.array([item.signature is not None for item in found]))
        if signed:
            self._file.write(np.stack(signed).astype("<u4").tobytes())

    def copy_pairs(
        self,
        body_of: Callable[[str], str],
        threshold: float = copies.SIMILARITY_THRESHOLD,
        lsh_threshold: float = minhash.LSH_THRESHOLD,
        engine: int | Engine = 1,
    ) -> pd.DataFrame:
        """The validated ``copy_pairs`` table of every article added (:meth:`search`).

        Parameters
        ----------
        body_of : callable
            article_id -> body, called only for articles standing for a candidate group.
        threshold, lsh_threshold : float, optional
            As in :func:`analysis.stats.copies.find_copy_pairs`.
        engine : int or Engine, optional
            As in :meth:`search`.

        Returns
        -------
        pandas.DataFrame
            The COPY_PAIRS table; the index can take no more fingerprints afterwards.
        """
        return self.search(body_of, threshold, lsh_threshold, engine).pairs

    def search(
        self,
        body_of: Callable[[str], str],
        threshold: float = copies.SIMILARITY_THRESHOLD,
        lsh_threshold: float = minhash.LSH_THRESHOLD,
        engine: int | Engine = 1,
    ) -> copies.CopySearch:
        """The copy search of every article added (:func:`~analysis.stats.copies.search_copies`).

        Parameters
        ----------
        body_of : callable
            article_id -> body, called only for articles standing for a candidate group.
        threshold, lsh_threshold : float, optional
            As in :func:`analysis.stats.copies.find_copy_pairs`.
        engine : int or Engine, optional
            Where the bands are compared and the candidates verified (the same pairs on
            any engine).

        Returns
        -------
        CopySearch
            The COPY_PAIRS table and the links within outlets, as
            :func:`~analysis.stats.copies.search_copies` gives them; the index can take
            no more fingerprints afterwards.
        """
        self._file.close()
        ids = _joined(self._ids, f"S{_ID_BYTES}")
        outlets = _joined(self._outlets, np.int32)
        groups = _DigestGroups(
            _joined(self._digests, f"S{_DIGEST_BYTES}"), _joined(self._has_signature, bool)
        )
        self._ids = self._digests = self._outlets = self._has_signature = []

        def members(group: int) -> dict[str, list[str]]:
            by_outlet: dict[str, list[str]] = {}
            for position in groups.members(group).tolist():
                article_id = ids[position].decode("ascii")
                outlet = self.outlet_names[outlets[position]]
                by_outlet.setdefault(copies._outlet_key(article_id, outlet), []).append(article_id)
            return by_outlet

        accepted: list[tuple[str, str, float]] = []
        same_outlet: list[tuple[list[str], list[str]]] = []
        for group in np.flatnonzero(groups.counts > 1).tolist():
            found = members(group)
            accepted.extend(copies._cross_outlet_pairs(found, found, 1.0))
            same_outlet.extend(copies.same_outlet_links(found, found))
        candidates = self._candidates(groups, lsh_threshold, engine)
        standing = groups.representatives
        pairs = [
            (ids[standing[a]].decode("ascii"), ids[standing[b]].decode("ascii"))
            for a, b in candidates
        ]
        engine = as_engine(engine).sized_for(-(-len(pairs) // copies.CHUNK_PAIRS))
        work = (
            [(body_of(a), body_of(b)) for a, b in chunk]
            for chunk in chunked(pairs, copies.CHUNK_PAIRS)
        )
        overlaps = itertools.chain.from_iterable(engine.map_chunks(copies.pair_overlaps, work))
        for (group_a, group_b), found in zip(candidates, overlaps, strict=True):
            if copies.shares_copy(found, threshold):
                left, right = members(group_a), members(group_b)
                accepted.extend(copies._cross_outlet_pairs(left, right, found.jaccard))
                same_outlet.extend(copies.same_outlet_links(left, right))
        named = sorted({a for pair in accepted for a in pair[:2]})
        positions = np.searchsorted(ids, np.array(named, dtype=f"S{_ID_BYTES}"))
        outlet_of = {
            a: self.outlet_names[outlets[i]] for a, i in zip(named, positions.tolist(), strict=True)
        }
        return copies.CopySearch(copies._pairs_table(accepted, outlet_of), same_outlet)

    def _candidates(
        self, groups: _DigestGroups, lsh_threshold: float, engine: int | Engine
    ) -> list[tuple[int, int]]:
        """Candidate pairs of groups (i < j), sorted, as minhash.candidate_pairs gives them."""
        n = groups.n
        if n < 2:
            return []
        bands = minhash.lsh_bands(lsh_threshold)
        engine = as_engine(engine).sized_for(len(bands))
        columns = ([band] for band in self._band_columns(groups.representative_rows, bands))
        codes = [found for (found,) in engine.map_chunks(minhash._band_chunk, columns)]
        unique = np.unique(np.concatenate(codes)) if codes else np.empty(0, dtype=np.int64)
        first, second = np.divmod(unique, n)
        return list(zip(first.tolist(), second.tolist(), strict=True))

    def _band_columns(self, rows: np.ndarray, bands: list[tuple[int, int]]) -> Iterator[np.ndarray]:
        """Each band's columns of the signature rows ``rows`` (ascending), band by band.

        The file is read once per :data:`BANDS_AT_ONCE` bands, :data:`READ_ROWS` rows at
        a time, so memory holds a few bands of the distinct bodies, not their signatures.
        """
        width = minhash.NUM_PERM
        for first in range(0, len(bands), BANDS_AT_ONCE):
            group = bands[first : first + BANDS_AT_ONCE]
            low, high = group[0][0], group[-1][1]
            parts = []
            with self.signature_path.open("rb") as handle:
                for start in itertools.count(0, READ_ROWS):
                    block = np.frombuffer(handle.read(READ_ROWS * width * 4), dtype="<u4")
                    if not len(block):
                        break
                    block = block.reshape(-1, width)
                    wanted = rows[(rows >= start) & (rows < start + len(block))] - start
                    parts.append(block[wanted, low:high].astype(np.uint32))
            matrix = np.concatenate(parts) if parts else np.empty((0, high - low), np.uint32)
            for start, end in group:
                yield np.ascontiguousarray(matrix[:, start - low : end - low])


class _DigestGroups:
    """Articles with shingles grouped by digest; group g's representative is its first.

    Attributes
    ----------
    n : int
        Number of groups (distinct bodies with shingles), in order of their first article.
    counts : numpy.ndarray
        Articles per group.
    representatives : numpy.ndarray
        Position (in article order) of each group's first article.
    representative_rows : numpy.ndarray
        Its row in the signatures file (ascending).
    """

    def __init__(self, digests: np.ndarray, has_signature: np.ndarray) -> None:
        signed = np.flatnonzero(has_signature)
        _, first, inverse, counts = np.unique(
            digests[signed], return_index=True, return_inverse=True, return_counts=True
        )
        # Number the groups in order of their first article (np.unique sorts by digest).
        order = np.argsort(first, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        self.n = len(first)
        self.counts = counts[order]
        self.representative_rows = first[order]
        self.representatives = signed[self.representative_rows]
        self._signed = signed
        self._group_of_signed = rank[inverse]
        self._sorted = np.argsort(self._group_of_signed, kind="stable")
        self._starts = np.concatenate([[0], np.cumsum(self.counts)])

    def members(self, group: int) -> np.ndarray:
        """Positions of the group's articles, ascending."""
        rows = self._sorted[self._starts[group] : self._starts[group + 1]]
        return self._signed[rows]


def _joined(parts: list[np.ndarray], dtype: object) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0, dtype=dtype)

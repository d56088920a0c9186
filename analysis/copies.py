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
  machines) indexed in a MinHashLSH with a lower threshold (:data:`LSH_THRESHOLD`) than
  the final one, so few true pairs are lost to the estimate.
- Verification: each candidate pair's exact Jaccard similarity is computed from the two
  shingle sets; that exact value is the reported ``similarity``, so results do not
  depend on the estimate.
- Groups: the connected components of the accepted pairs; each is named ``"copy-"`` +
  the smallest article_id in it (stable when other articles are added elsewhere).

Articles with no outlet are treated as each being their own outlet.
"""

from __future__ import annotations

import math
import re

import pandas as pd
import pandera.pandas as pa
from datasketch import MinHash, MinHashLSH

from analysis.text import iter_word_spans

SHINGLE_WORDS = 5
NUM_PERM = 128
MINHASH_SEED = 1
LSH_THRESHOLD = 0.3
SIMILARITY_THRESHOLD = 0.5

_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")

COPY_PAIRS_SCHEMA = pa.DataFrameSchema(
    {
        "copy_group": pa.Column(str, pa.Check.str_startswith("copy-")),
        "article_id_a": pa.Column(str),
        "article_id_b": pa.Column(str),
        "outlet_a": pa.Column(str, nullable=True),
        "outlet_b": pa.Column(str, nullable=True),
        "similarity": pa.Column(float, pa.Check.in_range(0.0, 1.0)),
    },
    checks=pa.Check(lambda df: (df["article_id_a"] < df["article_id_b"]).all(), name="a<b"),
    strict=True,
    ordered=True,
)
COPY_PAIR_COLUMNS = list(COPY_PAIRS_SCHEMA.columns)


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
    words = (
        _NOT_ALPHANUMERIC.sub("", body[start:end].casefold())
        for start, end in iter_word_spans(body)
    )
    return [word for word in words if word]


def shingles(body: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """Return the set of ``size``-word shingles of ``body``.

    Parameters
    ----------
    body : str
        Article body.
    size : int, optional
        Words per shingle.

    Returns
    -------
    frozenset of str
        Each shingle is its normalized words joined by single spaces; empty when the
        body has fewer than ``size`` words.
    """
    words = normalized_words(body)
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Exact Jaccard similarity |a & b| / |a | b| (0.0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _minhash(shingle_set: frozenset[str]) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    signature.update_batch(sorted(s.encode("utf-8") for s in shingle_set))
    return signature


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
    rows = articles[["article_id", "outlet", "body"]].sort_values("article_id", kind="stable")
    if rows["article_id"].duplicated().any():
        raise ValueError("article_id must be unique")
    shingle_sets: dict[str, frozenset[str]] = {}
    outlets: dict[str, str | None] = {}
    for article_id, outlet, body in rows.itertuples(index=False):
        outlets[article_id] = outlet
        shingle_set = shingles(body)
        if shingle_set:
            shingle_sets[article_id] = shingle_set

    lsh = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)
    signatures = {article_id: _minhash(s) for article_id, s in shingle_sets.items()}
    for article_id, signature in signatures.items():
        lsh.insert(article_id, signature)

    accepted: list[tuple[str, str, float]] = []
    for article_id_a, signature in signatures.items():
        for article_id_b in sorted(lsh.query(signature)):
            if article_id_b <= article_id_a:
                continue
            key_a = _outlet_key(article_id_a, outlets[article_id_a])
            if key_a == _outlet_key(article_id_b, outlets[article_id_b]):
                continue
            similarity = jaccard(shingle_sets[article_id_a], shingle_sets[article_id_b])
            if similarity >= threshold:
                accepted.append((article_id_a, article_id_b, similarity))

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
    return COPY_PAIRS_SCHEMA.validate(table.reset_index(drop=True))


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
    group: dict[str, str] = {}
    best: dict[str, float] = {}
    for row in copy_pairs.itertuples(index=False):
        for article_id in (row.article_id_a, row.article_id_b):
            group[article_id] = row.copy_group
            best[article_id] = max(best.get(article_id, 0.0), row.similarity)
    ids = list(article_ids)
    return pd.DataFrame(
        {
            "article_id": ids,
            "copy_group": pd.Series([group.get(i) for i in ids], dtype=object),
            "copy_max_similarity": [best.get(i, math.nan) for i in ids],
        }
    )

"""Shared copy: shingles, pairs across outlets only, stable groups, seeds, BASIL."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.copies import (
    COPY_PAIR_COLUMNS,
    SIMILARITY_THRESHOLD,
    copy_groups,
    find_copy_pairs,
    jaccard,
    shingles,
)

BASIL = config.SHARED_DIR / "corpora" / "basil" / "articles.jsonl"
VOCABULARY = [f"w{i}" for i in range(400)] + ["the", "a", "of", "said", "and", "in"]


def story(seed: int, n_words: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(VOCABULARY) for _ in range(n_words)) + "."


def edited(text: str, seed: int, n_edits: int) -> str:
    """Replace ``n_edits`` words of ``text`` with other words (a lightly edited reprint)."""
    rng = random.Random(seed)
    words = text.split()
    for index in rng.sample(range(len(words)), n_edits):
        words[index] = "changed"
    return " ".join(words)


def frame(rows: list[tuple[str, str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "outlet", "body"])


def test_shingles_ignore_quote_style_case_and_punctuation() -> None:
    curly = "Pyongyang called it a “political provocation,” the agency’s report said."
    straight = "pyongyang called it a 'political provocation,' the agency's report said"
    assert shingles(curly) == shingles(straight)
    assert len(shingles(curly)) == 10 - 5 + 1
    assert shingles("too short to shingle") == frozenset()


def test_jaccard() -> None:
    assert jaccard(frozenset("ab"), frozenset("bc")) == pytest.approx(1 / 3)
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_reprints_across_outlets_pair_and_same_outlet_or_independent_do_not() -> None:
    wire = story(1)
    articles = frame(
        [
            ("b-reprint", "Outlet B", edited(wire, 2, 3)),
            ("a-wire", "Outlet A", wire),
            ("c-own", "Outlet C", story(3)),
            ("d-same-outlet", "Outlet A", edited(wire, 4, 2)),
        ]
    )
    pairs = find_copy_pairs(articles)
    assert list(pairs.columns) == COPY_PAIR_COLUMNS
    found = set(zip(pairs["article_id_a"], pairs["article_id_b"], strict=True))
    # a-wire/d-same-outlet are one outlet: never a pair, but d reprints b's copy too
    assert found == {("a-wire", "b-reprint"), ("b-reprint", "d-same-outlet")}
    assert set(pairs["copy_group"]) == {"copy-a-wire"}  # one component, named by its min id
    exact = jaccard(shingles(wire), shingles(articles.loc[0, "body"]))
    row = pairs[pairs["article_id_b"] == "b-reprint"].iloc[0]
    assert row["similarity"] == exact
    assert SIMILARITY_THRESHOLD <= row["similarity"] < 1.0


def test_heavier_rewrites_fall_below_the_threshold() -> None:
    wire = story(5)
    pairs = find_copy_pairs(frame([("a", "X", wire), ("b", "Y", edited(wire, 6, 60))]))
    assert pairs.empty


def test_missing_outlets_count_as_different() -> None:
    wire = story(7)
    pairs = find_copy_pairs(frame([("a", None, wire), ("b", None, wire)]))
    assert len(pairs) == 1
    assert pairs.loc[0, "similarity"] == 1.0


def test_groups_are_deterministic_and_independent_of_row_order() -> None:
    wire = story(8)
    rows = [(f"id{i}", f"Outlet {i}", edited(wire, 10 + i, 2)) for i in range(5)]
    rows += [(f"own{i}", f"Outlet {i}", story(100 + i)) for i in range(5)]
    first = find_copy_pairs(frame(rows))
    second = find_copy_pairs(frame(list(reversed(rows))))
    pd.testing.assert_frame_equal(first, second)
    assert set(first["copy_group"]) == {"copy-id0"}
    assert len(first) == 10  # 5 outlets, all pairs


def test_copy_groups_per_article() -> None:
    wire = story(9)
    articles = frame([("a", "X", wire), ("b", "Y", wire), ("c", "Z", story(10))])
    groups = copy_groups(articles["article_id"], find_copy_pairs(articles))
    assert groups["copy_group"].tolist() == ["copy-a", "copy-a", None]
    assert groups["copy_max_similarity"].iloc[:2].tolist() == [1.0, 1.0]
    assert pd.isna(groups["copy_max_similarity"].iloc[2])


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="unique"):
        find_copy_pairs(frame([("a", "X", story(1)), ("a", "Y", story(1))]))


@pytest.fixture(scope="module")
def seed_articles(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """The seed pages' articles, cleaned by ``analysis.clean``."""
    from analysis.clean import run_clean

    out = tmp_path_factory.mktemp("seed_clean")
    assert run_clean(seed_dir, out) == 0
    return pd.read_parquet(out / "articles.parquet")


def test_seed_copies(seed_articles: pd.DataFrame) -> None:
    pairs = find_copy_pairs(seed_articles)
    outlet_pairs = {
        frozenset((a, b)) for a, b in zip(pairs["outlet_a"], pairs["outlet_b"], strict=True)
    }
    assert outlet_pairs == {
        frozenset(("The Politic Review", "Russia Today")),
        frozenset(("Hans India", "Korea Herald")),
    }
    assert pairs["copy_group"].nunique() == 2
    assert (pairs["similarity"] > 0.8).all()


def test_basil_independent_write_ups_are_not_copies() -> None:
    if not BASIL.is_file():
        pytest.skip("BASIL corpus is not available in ../shared")
    rows = [json.loads(line) for line in BASIL.read_text(encoding="utf-8").splitlines()]
    # BASIL's own article_id is not unique ("empty" repeats): the source file is.
    articles = pd.DataFrame(
        {
            "article_id": [r["file"] for r in rows],
            "outlet": [r["outlet"] for r in rows],
            "body": [r["body"] for r in rows],
        }
    )
    pairs = find_copy_pairs(articles)
    triplet = {r["file"]: r["triplet_id"] for r in rows}
    cross_event = [
        (a, b)
        for a, b in zip(pairs["article_id_a"], pairs["article_id_b"], strict=True)
        if triplet[a] != triplet[b]
    ]
    assert cross_event == []
    assert len(pairs) <= 1  # 300 mostly independent write-ups: measured 0 false pairs

"""Shared copy: shingles, pairs across outlets only, stable groups, seeds, BASIL."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from benchmark_modules import load_benchmark
from datasketch import MinHash, MinHashLSH

from analysis import config
from analysis.stats.copies import (
    CONTAINMENT_THRESHOLD,
    MIN_SHARED_SHINGLES,
    SHINGLE_WORDS,
    SIMILARITY_THRESHOLD,
    Overlap,
    copy_groups,
    encoded_shingles,
    find_copy_pairs,
    jaccard,
    normalized_words,
    overlap,
    shares_copy,
    shingles,
)
from analysis.stats.minhash import (
    LSH_THRESHOLD,
    MINHASH_SEED,
    NUM_PERM,
    _permutations,
    candidate_pairs,
    lsh_bands,
    minhash_signature,
)
from analysis.tables import COPY_PAIR_COLUMNS
from analysis.text import iter_word_spans

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


# Characters where doing the normalization in bulk could go wrong: casefolding that
# changes length (ß, ﬁ, İ) or turns a non-word character into a letter (U+0345),
# underscores, non-breaking and other spaces, marks, digits of other scripts.
AWKWARD = [
    "\u0345", "ß", "İ", "ﬁ", "_", " ", "\u00a0", "\u2009", "\n", "\x1c", "Σ", "A", "a", "1",
    "—", "“", "’", ".", "\u0301", "٣", "ǅ", "\u3000", "ᾳ", "\u200b", "x_y", "U.S.", "don't",
    "港", "の", "カ", "。", "ภาษา", "ไทย",
]  # fmt: skip


def awkward_text(seed: int, n_chars: int = 300) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(AWKWARD) for _ in range(n_chars))


def reference_words(body: str) -> list[str]:
    """The definition, word by word: casefold, then delete every [\\W_] character."""
    words = (re.sub(r"[\W_]+", "", body[a:b].casefold()) for a, b in iter_word_spans(body))
    return [word for word in words if word]


def reference_shingles(body: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    words = reference_words(body)
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("with_u0345", [True, False])
def test_bulk_normalization_equals_the_word_by_word_definition(seed: int, with_u0345: bool) -> None:
    body = awkward_text(seed)
    body = body if with_u0345 else body.replace("\u0345", "")
    assert normalized_words(body) == reference_words(body)
    for size in (1, 2, SHINGLE_WORDS):
        assert shingles(body, size) == reference_shingles(body, size)
        encoded = encoded_shingles(body, size)
        assert frozenset(encoded) == {s.encode("utf-8") for s in reference_shingles(body, size)}


def test_only_u0345_casefolds_from_non_word_to_word_character() -> None:
    """The bulk normalization's one exception (analysis.stats.copies._cleaned_words)."""
    word_character = re.compile(r"[^\W_]")
    changed = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and bool(word_character.match(chr(code)))
        != bool(word_character.search(chr(code).casefold()))
    ]
    assert changed == ["\u0345"]


def test_normalization_keeps_words_apart_and_drops_empty_ones() -> None:
    assert normalized_words("U.S. — “Don’t” \u0345 x_y ΣΑΣ 2025") == [
        "us", "dont", "xy", "σασ", "2025",
    ]  # fmt: skip
    assert normalized_words("a \u0345 b\u0345") == ["a", "bι"]  # "\u0345" alone: no word
    assert encoded_shingles("a b\u00a0c\x1cd", size=2) == [b"a b", b"b c", b"c d"]
    with pytest.raises(ValueError, match="at least 1"):
        shingles("a b c", size=0)


# Made-up stories in scripts written without spaces: (story, one of its sentences, that
# sentence as a reprint rewrites it, an unrelated story of the same script).
UNSPACED_STORIES = {
    "zh": (
        "山城县议会周三投票通过了新的公交计划，六条线路将在明年春天改为每十分钟一班。"
        "县长在会后对记者说，这笔钱来自省里的交通基金，不会增加居民的负担。"
        "反对的议员认为车站太少，郊区的老人仍然要走很远的路才能坐上车。"
        "计划还包括两座新的换乘站和一条通往医院的夜间线路。",
        "县长在会后对记者说，这笔钱来自省里的交通基金，不会增加居民的负担。",
        "县长表示资金由省里承担。",
        "今年夏天雨水偏少，河谷里的果农担心苹果的收成会比去年差很多。"
        "农业站的技术员正在教大家用滴灌的办法节约用水，效果比预想的好。",
    ),
    "ja": (
        "北川町の議会は水曜日、新しいバス路線の計画を賛成多数で可決した。"
        "町長は会見で、費用は県の交通基金でまかなうため町民の負担は増えないと説明した。"
        "反対した議員は停留所が少なすぎると指摘し、高齢者の移動が難しいままだと述べた。"
        "計画には病院へ向かう夜間の便と二つの乗り換え拠点も含まれている。",
        "町長は会見で、費用は県の交通基金でまかなうため町民の負担は増えないと説明した。",
        "町長は費用を県が出すと話した。",
        "今年の夏は雨が少なく、谷のりんご農家は収穫が去年より落ちるのではと心配している。"
        "農協の担当者は点滴かんがいで水を節約する方法を教えており、効果は予想以上だという。",
    ),
    "th": (
        "สภาเทศบาลเมืองลงมติเมื่อวันพุธให้เปิดเส้นทางรถประจำทางใหม่หกสายในฤดูใบไม้ผลิปีหน้า "
        "นายกเทศมนตรีกล่าวว่าเงินทุนมาจากกองทุนคมนาคมของจังหวัดและจะไม่เพิ่มภาระให้ประชาชน "
        "สมาชิกสภาที่คัดค้านกล่าวว่าจำนวนป้ายรถยังน้อยเกินไปสำหรับผู้สูงอายุในชานเมือง "
        "แผนนี้ยังรวมถึงสถานีเปลี่ยนรถสองแห่งและรถกลางคืนไปยังโรงพยาบาล",
        "นายกเทศมนตรีกล่าวว่าเงินทุนมาจากกองทุนคมนาคมของจังหวัดและจะไม่เพิ่มภาระให้ประชาชน",
        "นายกเทศมนตรียืนยันว่าจังหวัดจะจ่ายเงิน",
        "ฤดูร้อนปีนี้ฝนตกน้อยทำให้ชาวสวนผลไม้ในหุบเขากังวลว่าผลผลิตจะลดลงมากกว่าปีที่แล้ว "
        "เจ้าหน้าที่เกษตรกำลังสอนการให้น้ำแบบหยดเพื่อประหยัดน้ำซึ่งได้ผลดีกว่าที่คาดไว้",
    ),
}


@pytest.mark.parametrize("language", sorted(UNSPACED_STORIES))
def test_scripts_without_spaces_share_copy_as_spaced_ones_do(language: str) -> None:
    original, sentence, rewritten, unrelated = UNSPACED_STORIES[language]
    reprint = original.replace(sentence, rewritten)
    assert reprint != original
    # words as analysis.text counts them, not one per sentence or paragraph
    assert len(normalized_words(original)) == len(iter_word_spans(original)) > 40
    assert 0.5 < jaccard(shingles(original), shingles(reprint)) < 1.0
    assert jaccard(shingles(original), shingles(unrelated)) < 0.05
    articles = frame([("a", "X", original), ("b", "Y", reprint), ("c", "Z", unrelated)])
    pairs = find_copy_pairs(articles)
    assert list(zip(pairs["article_id_a"], pairs["article_id_b"], strict=True)) == [("a", "b")]


def datasketch_signature(items: list[bytes]) -> np.ndarray:
    signature = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    signature.update_batch(items)
    return signature.hashvalues


@pytest.mark.parametrize("n_items", [1, 7, 2048, 2049, 5000])
def test_signature_equals_datasketch_minhash(n_items: int) -> None:
    rng = random.Random(n_items)
    items = [f"{rng.random()} {rng.choice(AWKWARD)}".encode() for _ in range(n_items)]
    items += items[: n_items // 3]  # repeats change nothing
    expected = datasketch_signature(items)
    assert np.array_equal(minhash_signature(items), expected)
    assert minhash_signature(items).dtype == expected.dtype
    with pytest.raises(ValueError, match="at least one"):
        minhash_signature([])


def test_permutation_equals_datasketch_arithmetic_at_the_extremes() -> None:
    from analysis.stats.minhash import _permute

    prime = np.uint64((1 << 61) - 1)
    hashes = np.array([[0], [1], [(1 << 32) - 1], [1 << 31]], dtype=np.uint64)
    a = np.array([1, prime - 1, prime, 1 << 32, 1 << 60, (1 << 61) + 5], dtype=np.uint64)
    b = np.array([0, prime - 1, prime - 2, 7, 1 << 60, prime], dtype=np.uint64)
    a, b = np.concatenate([a, a]), np.concatenate([b, b[::-1]])
    out, scratch = (np.empty((len(hashes), len(a)), dtype=np.uint64) for _ in range(2))
    expected = (hashes * a + b) % prime & np.uint64((1 << 32) - 1)  # datasketch's formula
    assert np.array_equal(_permute(hashes, a, b, out, scratch), expected)


def test_permutations_and_bands_equal_datasketch_s() -> None:
    expected = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED).permutations
    assert _permutations().dtype == expected.dtype
    assert np.array_equal(_permutations(), expected)
    for threshold in (LSH_THRESHOLD, 0.5):
        assert lsh_bands(threshold) == MinHashLSH(threshold=threshold, num_perm=NUM_PERM).hashranges


def test_metrics_imports_no_scipy() -> None:
    # datasketch imports scipy (seconds of a run's serial part) only to choose bands.
    code = (
        "import sys, analysis.stats.metrics_stream, analysis.stats.copy_search; "
        "sys.exit(int(any(m.split('.')[0] in ('scipy', 'datasketch') for m in sys.modules)))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_candidate_pairs_equal_minhash_lsh_queries() -> None:
    wire = story(20)
    bodies = {f"id{i:02d}": edited(wire, 30 + i, 5 * i) for i in range(16)}
    bodies |= {f"own{i}": story(200 + i) for i in range(6)}
    signatures = {key: minhash_signature(encoded_shingles(b)) for key, b in bodies.items()}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = {key: MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED) for key in bodies}
    for key, body in bodies.items():
        hashes[key].update_batch(s.encode("utf-8") for s in shingles(body))
        lsh.insert(key, hashes[key])
    expected = sorted((a, b) for a in bodies for b in lsh.query(hashes[a]) if a < b)
    found = candidate_pairs(signatures)
    assert found == expected
    assert 0 < len(found) < len(bodies) * (len(bodies) - 1) // 2  # some, not all


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


def paragraphs(seed: int, n_paragraphs: int = 10, words: int = 40) -> list[str]:
    return [story(seed * 100 + i, words) for i in range(n_paragraphs)]


def test_a_story_cut_to_its_top_half_under_a_local_lede_shares_copy() -> None:
    wire = paragraphs(11)
    lede, close = story(12, 30), story(13, 30)
    regional = "\n\n".join([lede, *wire[:5], close])
    articles = frame([("a-wire", "Wire", "\n\n".join(wire)), ("b-regional", "Courier", regional)])
    found = overlap(shingles(articles.loc[0, "body"]), shingles(regional))
    assert found.jaccard < SIMILARITY_THRESHOLD <= CONTAINMENT_THRESHOLD <= found.containment
    pairs = find_copy_pairs(articles)  # the LSH stage proposes it, the rule accepts it
    assert list(zip(pairs["article_id_a"], pairs["article_id_b"], strict=True)) == [
        ("a-wire", "b-regional")
    ]
    assert pairs.loc[0, "similarity"] == found.jaccard  # the reported value stays Jaccard


def test_a_short_text_held_in_a_story_is_no_shared_copy() -> None:
    """A card or a quoted statement: all of it in the story, too few shingles shared."""
    wire = "\n\n".join(paragraphs(14))
    quoted = " ".join(wire.split()[100 : 100 + MIN_SHARED_SHINGLES])  # shingles: 4 fewer
    found = overlap(shingles(wire), shingles(quoted))
    assert found.containment == 1.0 and found.shared < MIN_SHARED_SHINGLES
    assert find_copy_pairs(frame([("a", "X", wire), ("b", "Y", quoted)])).empty


def test_overlap_and_the_rule_at_their_bounds() -> None:
    a, b = frozenset(range(100)), frozenset(range(60, 200))
    assert overlap(a, b) == (40 / 200, 40 / 100, 40)
    assert overlap(a, frozenset()) == (0.0, 0.0, 0)
    assert overlap(frozenset(), frozenset()) == (0.0, 0.0, 0)
    shared = MIN_SHARED_SHINGLES
    assert shares_copy(Overlap(SIMILARITY_THRESHOLD, 0.0, 0))
    assert shares_copy(Overlap(0.0, CONTAINMENT_THRESHOLD, shared))
    assert not shares_copy(Overlap(0.0, CONTAINMENT_THRESHOLD, shared - 1))
    assert not shares_copy(Overlap(0.0, CONTAINMENT_THRESHOLD - 0.01, shared))
    assert not shares_copy(Overlap(0.49, 0.69, 10**6))


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


def _scale_benchmark():
    """benchmarks/outlets_copies_scale.py, which keeps the replaced code as its baseline."""
    return load_benchmark("outlets_copies_scale")


def test_identical_bodies_give_the_same_pairs_as_every_article_on_its_own() -> None:
    wire, other = story(20), story(21)
    rows = [(f"w{i:02d}", f"Outlet {i % 4}", wire) for i in range(12)]
    # the same words printed with other quotes, case and punctuation: one exact group
    rows += [("w-variant", "Outlet 9", wire.upper().replace(".", "!"))]
    rows += [(f"e{i}", f"Outlet {i}", edited(wire, 30 + i, 4)) for i in range(3)]
    rows += [(f"o{i}", None, other) for i in range(3)] + [("o-x", "Outlet 1", other)]
    rows += [("short", "Outlet 5", "too short"), ("short2", "Outlet 6", "too short")]
    articles = frame(rows)
    found = find_copy_pairs(articles)
    expected = _scale_benchmark().find_copy_pairs_per_article(articles)
    pd.testing.assert_frame_equal(found, expected)
    # 13 copies of wire over 5 outlets, 3 edits, 4 copies of other with 4 outlet keys
    assert len(found) > 60 and set(found["copy_group"]) == {"copy-e0", "copy-o-x"}


def test_a_bucket_of_copies_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.stats.copies as copies_module

    inserted, verified, signed = [], [], []
    original_pairs, original_overlap = copies_module.candidate_pairs, copies_module.overlap
    original_signature = copies_module.minhash_signature

    def recording_pairs(signatures, *args):
        inserted.append(len(signatures))
        return original_pairs(signatures, *args)

    def recording_overlap(a, b):
        verified.append(1)
        return original_overlap(a, b)

    def recording_signature(items):
        signed.append(1)
        return original_signature(items)

    monkeypatch.setattr(copies_module, "candidate_pairs", recording_pairs)
    monkeypatch.setattr(copies_module, "overlap", recording_overlap)
    monkeypatch.setattr(copies_module, "minhash_signature", recording_signature)
    wire = story(40)
    rows = [(f"a{i:03d}", "Outlet A", wire) for i in range(200)]
    rows += [("b", "Outlet B", edited(wire, 41, 3))]
    pairs = find_copy_pairs(frame(rows))
    # two distinct bodies: two signatures, two LSH entries, one verified candidate pair
    assert (inserted, len(verified), len(signed)) == ([2], 1, 2)
    assert len(pairs) == 200 and set(pairs["article_id_b"]) == {"b"}


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="unique"):
        find_copy_pairs(frame([("a", "X", story(1)), ("a", "Y", story(1))]))


@pytest.fixture(scope="module")
def seed_articles(seed_tables: dict[str, Path]) -> pd.DataFrame:
    """The seed pages' articles (cleaned once per session: conftest.py)."""
    return pd.read_parquet(seed_tables["articles"])


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


def test_the_containment_benchmark_chooses_with_a_margin() -> None:
    """benchmarks/copy_containment.py: the most reprints found with no false pair
    accepted by the rule or by the rule one grid step looser."""
    bench = load_benchmark("copy_containment")

    def pair(jaccard: float, containment: float, shared: int, kind: str) -> object:
        return bench.Pair(("x",), kind, jaccard, containment, shared, True, "")

    reprints = [pair(0.28, 0.95, 200, "first 1/2")] * 3
    reprints += [pair(0.25, 0.75, 200, "first 1/2"), pair(0.2, 0.65, 200, "first 1/3")]
    # an independent pair at containment 0.55: 0.6 has no margin, 0.7 has
    assert bench.choose(reprints, [pair(0.2, 0.55, 150, "basil")]) == bench.Rule(0.5, 0.7, 100)
    # none close: 0.6 (the one more reprint it finds) is chosen
    assert bench.choose(reprints, [pair(0.1, 0.3, 150, "basil")]) == bench.Rule(0.5, 0.6, 100)
    assert bench.Rule(0.5, 0.7, 50).looser() == bench.Rule(0.5, 0.6, 50)
    assert bench.Rule(0.4, bench.NEVER, 0).looser() == bench.Rule(0.35, bench.NEVER, 0)

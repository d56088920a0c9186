"""The outlet table's final phase holds no Python object per article
(analysis.stats.outlet_inputs): it reads the article and quote files as Arrow and numpy
arrays and counts quoted speakers per outlet. Counted, not timed: the most Python
objects alive at any call or return, for two corpus sizes."""

from __future__ import annotations

import gc
import hashlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import analysis
from analysis.stats import metrics_stream
from analysis.stats.outlet_inputs import ARTICLE_COLUMNS, QUOTE_COLUMNS, read_outlet_inputs
from analysis.stats.outlets import outlet_metrics, outlet_table
from analysis.tables import READABILITY_COLUMNS

OUTLETS = 12
SPEAKERS = ("Ann Lee", "Cy Moss", "he", "Bo Diaz")
ROW_GROUP = 500
PROJECT = str(Path(analysis.__file__).parent)


def _write_corpus(folder: Path, n_articles: int) -> tuple[Path, Path, pa.Table]:
    """article_metrics and quotes files of ``n_articles`` articles (OUTLETS outlets)."""
    folder.mkdir()
    ids = sorted(hashlib.sha256(f"a{i}".encode()).hexdigest()[:16] for i in range(n_articles))
    n_words = [50 + (i * 37) % 400 for i in range(n_articles)]
    articles = {
        "article_id": ids,
        "page": [f"p{i // 2:06d}.txt" for i in range(n_articles)],  # two articles a page
        "outlet": [f"Outlet {i % OUTLETS}" for i in range(n_articles)],
        "layout": ["article"] * n_articles,
        "is_teaser": [i % 9 == 4 for i in range(n_articles)],
        "language": ["en" if i % 5 else "de" for i in range(n_articles)],
        "n_words": n_words,
        "n_quotes": [i % 4 for i in range(n_articles)],
        "quoted_words": [(i % 4) * 5 for i in range(n_articles)],
        "quoted_words_all": [(i % 4) * 6 for i in range(n_articles)],
        "quote_share": [(i % 4) * 5 / w for i, w in zip(range(n_articles), n_words, strict=True)],
        **{
            name: [None if i % 7 == 0 else float((i * k) % 90) for i in range(n_articles)]
            for k, name in enumerate(READABILITY_COLUMNS, start=3)
        },
        "unit_chars": [w * 6 for w in n_words],
        "boilerplate_chars": [w for w in n_words],
        "copy_group": [None] * n_articles,
        # every 11th article from the second round of outlets repeats its outlet's story
        "resave_of": [
            ids[i - OUTLETS] if i % 11 == 5 and i >= OUTLETS else None for i in range(n_articles)
        ],
    }
    table = pa.table(articles)
    table = table.set_column(
        table.schema.get_field_index("copy_group"), "copy_group", pa.nulls(n_articles, pa.string())
    )
    article_path = folder / "article_metrics.parquet"
    pq.write_table(table.select(list(ARTICLE_COLUMNS)), article_path, row_group_size=ROW_GROUP)
    quotes = {
        "article_id": [ids[i] for i in range(n_articles) for _ in range(2)],
        "speaker": [SPEAKERS[(i + k) % 4] for i in range(n_articles) for k in range(2)],
        "is_scare": [k == 1 and i % 3 == 0 for i in range(n_articles) for k in range(2)],
        "attributed": [True] * (2 * n_articles),
    }
    quotes_path = folder / "quotes.parquet"
    pq.write_table(pa.table(quotes), quotes_path, row_group_size=ROW_GROUP)
    pages = pa.table(
        {
            "page": sorted(set(articles["page"])),
            "n_chars": [1000] * len(set(articles["page"])),
            "layout": ["article"] * len(set(articles["page"])),
            "site": ["Outlet"] * len(set(articles["page"])),
            "site_key": ["outlet.example"] * len(set(articles["page"])),
        }
    )
    return article_path, quotes_path, pages


#: Blocks above the highest count so far that make a sample a new peak, counted again
#: after a collection (a collection a sample would slow every return).
NEW_PEAK_BLOCKS = 100


def _most_objects_alive(work: Callable[[], object]) -> int:
    """The most Python objects (interpreter memory blocks) alive at any call or return
    of ``work``, above those alive before it; numpy's and Arrow's buffers are not
    objects, a list of N strings is N + 1."""
    gc.collect()
    before = sys.getallocatedblocks()
    most = before

    def sample(frame: FrameType, event: str, arg: object) -> None:
        # Counted when the project's code returns or gets a value back from a call:
        # what it holds is counted (counting costs ~0.1 ms: not inside libraries). A
        # new peak is counted again after a collection: cyclic garbage awaiting the
        # collector is not held, and when collections fall moved a peak by ~700 blocks.
        nonlocal most
        if event in ("return", "c_return") and PROJECT in frame.f_code.co_filename:
            alive = sys.getallocatedblocks()
            if alive > most + NEW_PEAK_BLOCKS:
                gc.collect()
                alive = sys.getallocatedblocks()
            most = max(most, alive)

    sys.setprofile(sample)
    try:
        work()
    finally:
        sys.setprofile(None)
    return most - before


def _final_phase(article_path: Path, quotes_path: Path, pages: pa.Table) -> pd.DataFrame:
    read = metrics_stream._pages_read_by_outlets(pages, article_path)
    no_pairs = pd.DataFrame(columns=["article_id_a", "article_id_b"])
    return outlet_table(read_outlet_inputs(article_path, quotes_path, read, no_pairs))


def _from_frames(article_path: Path, quotes_path: Path, pages: pa.Table) -> pd.DataFrame:
    return outlet_metrics(
        pd.read_parquet(article_path),
        pd.read_parquet(quotes_path, columns=list(QUOTE_COLUMNS)).assign(outlet=None),
        pages.to_pandas(),
        pd.DataFrame(columns=["article_id_a", "article_id_b"]),
    )


def test_the_outlet_phase_holds_no_python_object_per_article(tmp_path: Path) -> None:
    small = _write_corpus(tmp_path / "small", 500)
    large = _write_corpus(tmp_path / "large", 2_500)
    _final_phase(*small)  # imports and caches, once
    alive_small = _most_objects_alive(lambda: _final_phase(*small))
    alive_large = _most_objects_alive(lambda: _final_phase(*large))
    # 2,000 more articles: a per-article list alone would be 2,000 more objects.
    assert alive_large - alive_small < 200, (alive_small, alive_large)
    # The count sees per-article objects: the frames the outlet table read before.
    held_small = _most_objects_alive(lambda: _from_frames(*small))
    held_large = _most_objects_alive(lambda: _from_frames(*large))
    assert held_large - held_small > 2_000, (held_small, held_large)


def test_the_file_phase_gives_the_table_of_the_frames(tmp_path: Path) -> None:
    article_path, quotes_path, pages = _write_corpus(tmp_path / "corpus", 600)
    streamed = _final_phase(article_path, quotes_path, pages)
    pd.testing.assert_frame_equal(streamed, _from_frames(article_path, quotes_path, pages))
    assert len(streamed) == OUTLETS
    resaves = pd.read_parquet(article_path, columns=["outlet", "resave_of"]).dropna()
    assert streamed["n_resaves"].sum() == len(resaves) > 0
    assert streamed["n_articles"].sum() == 600 - len(resaves)
    # Outlet 6 quotes only "he" and, in scare quotes, "Bo Diaz": nobody.
    assert streamed.set_index("outlet")["top_speakers"].eq("").to_dict() == {
        f"Outlet {k}": k == 6 for k in range(OUTLETS)
    }
    assert not streamed["top_speakers"].str.contains(r"\bhe\b").any()

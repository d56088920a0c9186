"""``metrics`` streamed in bounded memory (analysis.stats.metrics_stream): same tables as
the whole-corpus functions, in any bucket, chunk and row-group size; resumes after a
failure with the same bytes; the copy search on compact arrays finds the same pairs."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.clean.articles import article_id as make_article_id
from analysis.errors import TableError
from analysis.io import write_parquet, write_parquet_atomic
from analysis.stats import (
    article_work,
    copies,
    copy_search,
    metrics,
    metrics_inputs,
    metrics_stream,
    outlets,
)
from analysis.stats.metrics import article_metrics, one_name_per_outlet, write_metrics
from analysis.stats.metrics_stream import CHUNKS_FOLDER
from analysis.stats.outlets import outlet_metrics

OUTPUTS = ("article_metrics", "quotes", "copy_pairs", "outlet_metrics")
COPIES = 4  # copies of the seed pages, each under other page names and outlets


def _variant(tables: dict[str, pd.DataFrame], k: int) -> dict[str, pd.DataFrame]:
    """The seed tables as another crawl: page k_NAME, outlets 'NAME k', a body shortened."""
    pages, blocks, articles = (tables[name].copy() for name in ("pages", "blocks", "articles"))
    rename = {page: f"k{k}_{page}" for page in pages["page"]}
    pages["page"] = pages["page"].map(rename)
    blocks["page"] = blocks["page"].map(rename)
    articles["page"] = articles["page"].map(rename)
    for frame, name, key in ((pages, "site", "site_key"), (articles, "outlet", "outlet_key")):
        frame[name] = frame[name] + f" {k}"
        frame[key] = f"v{k}." + frame[key]
        if k == COPIES:  # pages without a URL naming variant 1's site: filed under it
            named = frame[key] == f"v{k}.name:politicreview"
            frame.loc[named, name] = "The Politic Review 1"
            frame.loc[named, key] = "name:politicreview1"
    if k % 2:  # a near copy: the first body loses its last tenth
        body = articles.at[0, "body"]
        articles.at[0, "body"] = body[: len(body) * 9 // 10]
        articles.at[0, "n_body_chars"] = len(articles.at[0, "body"])
    articles["article_id"] = [
        make_article_id(page, int(index), f"{title}")
        for page, index, title in articles[["page", "article_index", "title"]].itertuples(
            index=False
        )
    ]
    return {"pages": pages, "blocks": blocks, "articles": articles}


@pytest.fixture(scope="module")
def corpus(seed_tables: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed pages' clean tables and COPIES variants of them, in one processed folder."""
    seeds = {name: pd.read_parquet(seed_tables[name]) for name in ("pages", "blocks", "articles")}
    parts = [seeds, *(_variant(seeds, k) for k in range(1, COPIES + 1))]
    folder = tmp_path_factory.mktemp("stream_corpus")
    for name in ("pages", "blocks", "articles"):
        table = pd.concat([part[name] for part in parts], ignore_index=True)
        write_parquet_atomic(table, folder / f"{name}.parquet")
    return folder


def _copy_inputs(corpus: Path, to: Path) -> Path:
    to.mkdir(parents=True, exist_ok=True)
    for name in ("pages", "blocks", "articles"):
        (to / f"{name}.parquet").write_bytes((corpus / f"{name}.parquet").read_bytes())
    return to


@pytest.fixture(scope="module")
def whole_corpus_tables(corpus: Path) -> dict[str, pd.DataFrame]:
    """The tables of the whole-corpus functions (everything in memory)."""
    articles, pages, merged = one_name_per_outlet(
        pd.read_parquet(corpus / "articles.parquet"), pd.read_parquet(corpus / "pages.parquet")
    )
    per_article, quotes, pairs = article_metrics(
        articles, pd.read_parquet(corpus / "blocks.parquet")
    )
    return {
        "article_metrics": per_article,
        "quotes": quotes,
        "copy_pairs": pairs,
        "outlet_metrics": outlet_metrics(per_article, quotes, pages, pairs, merged),
    }


def test_streamed_tables_are_the_whole_corpus_bytes(
    corpus: Path, whole_corpus_tables: dict[str, pd.DataFrame], tmp_path: Path
) -> None:
    written = write_metrics(_copy_inputs(corpus, tmp_path / "run"), tmp_path / "reports")
    assert len(whole_corpus_tables["copy_pairs"]) > 10  # copies across outlets were found
    merged = whole_corpus_tables["outlet_metrics"].set_index("outlet")["merged_from"]
    assert merged.get("The Politic Review 1") == "name:politicreview1"
    for name in OUTPUTS:
        write_parquet(whole_corpus_tables[name], tmp_path / f"{name}.parquet")
        assert written[name].read_bytes() == (tmp_path / f"{name}.parquet").read_bytes(), name
    assert not (tmp_path / "run" / CHUNKS_FOLDER).exists()
    assert not [p for p in (tmp_path / "run").iterdir() if p.name.startswith(".metrics")]


def test_batches_of_chunks_keep_the_row_groups_and_bytes(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    # The rows are built a batch of chunks at a time and written chunk by chunk: the
    # row groups end where a table built per chunk ends them.
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 3)
    monkeypatch.setattr(metrics_stream, "ROW_GROUP_ROWS", 5)
    written = {}
    for batch in (1, 7):
        monkeypatch.setattr(metrics_stream, "BATCH_ARTICLES", batch)
        run = tmp_path / f"batch{batch}"
        written[batch] = write_metrics(_copy_inputs(corpus, run), run / "reports")
    assert pq.ParquetFile(written[7]["quotes"]).num_row_groups > 2
    for name in OUTPUTS:
        assert written[1][name].read_bytes() == written[7][name].read_bytes(), name


def test_small_buckets_chunks_and_row_groups_give_the_same_tables(
    corpus: Path, whole_corpus_tables: dict[str, pd.DataFrame], tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(metrics_stream, "BUCKET_ARTICLES", 4)
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 3)
    monkeypatch.setattr(metrics_stream, "ROW_GROUP_ROWS", 5)
    monkeypatch.setattr(metrics_stream, "BATCH_ARTICLES", 7)
    monkeypatch.setattr(metrics_inputs, "READ_BATCH_ROWS", 7)
    monkeypatch.setattr(metrics_inputs, "BLOCK_TASK_ROWS", 7)
    monkeypatch.setattr(copy_search, "READ_ROWS", 4)
    monkeypatch.setattr(copy_search, "BANDS_AT_ONCE", 5)
    written = write_metrics(_copy_inputs(corpus, tmp_path / "run"), tmp_path / "reports")
    assert pq.ParquetFile(written["article_metrics"]).num_row_groups >= 4  # 30 rows
    assert pq.ParquetFile(written["quotes"]).num_row_groups > 2
    for name in OUTPUTS:
        pd.testing.assert_frame_equal(
            pd.read_parquet(written[name]), whole_corpus_tables[name], check_dtype=True
        )


@pytest.mark.parametrize("task_rows", [7, 50, 100_000])
def test_unit_characters_of_block_slices_are_those_of_the_whole_blocks(
    corpus: Path, task_rows: int, monkeypatch
) -> None:
    """Pages and cards cut across slices (a listing page's cards among them) add up to
    what unit_boilerplate gives on the whole blocks table."""
    monkeypatch.setattr(metrics_inputs, "BLOCK_TASK_ROWS", task_rows)
    articles = pd.read_parquet(corpus / "articles.parquet")
    assert (articles["layout"] == "listing").any() and (articles["layout"] == "article").any()
    units = metrics_inputs.UnitCharacters(corpus, metrics.BLOCKS_USED)
    slices = 1
    while units.step():
        slices += 1
    n_blocks = pq.ParquetFile(corpus / "blocks.parquet").metadata.num_rows
    assert slices == -(-n_blocks // task_rows)
    found = units.finish().of_articles(
        pa.Table.from_pandas(articles[["page", "article_index", "layout"]])
    )
    expected = metrics.unit_boilerplate(articles, pd.read_parquet(corpus / "blocks.parquet"))
    assert found[0].tolist() == expected["unit_chars"].tolist()
    assert found[1].tolist() == expected["boilerplate_chars"].tolist()
    # a page or card without blocks counts none
    missing = pa.table({"page": ["none.txt", "none.txt"], "article_index": [0, 3],
                        "layout": ["article", "listing"]})  # fmt: skip
    assert [values.tolist() for values in units.of_articles(missing)] == [[0, 0], [0, 0]]


def test_the_blocks_are_summed_after_the_first_chunk_is_handed_out(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    """No chunk needs the blocks' sums: the first chunk starts before they are read,
    and they are summed a slice at a time between chunks."""
    events: list[str] = []
    real_sums, real_chunk = metrics_inputs.block_sums, metrics_stream.analyse_chunk

    def block_sums(task):
        events.append("blocks")
        return real_sums(task)

    def analyse_chunk(articles):
        events.append("chunk")
        return real_chunk(articles)

    monkeypatch.setattr(metrics_inputs, "block_sums", block_sums)
    monkeypatch.setattr(metrics_stream, "analyse_chunk", analyse_chunk)
    monkeypatch.setattr(metrics_inputs, "BLOCK_TASK_ROWS", 50)
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 4)
    write_metrics(_copy_inputs(corpus, tmp_path / "run"), tmp_path / "reports")
    assert events[0] == "chunk"
    assert events.count("blocks") > 2
    assert "chunk" in events[events.index("blocks") + 1 :]  # interleaved, not all at once


def test_the_parent_process_does_no_per_article_work_with_two_jobs(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    """With --jobs 2 the text statistics, quotes and signatures are all computed in the
    workers; this process only reads, writes and searches copies among candidates."""
    calls: list[int] = []
    real = article_work.analyse_articles

    def counted(rows):
        calls.append(len(rows))
        return real(rows)

    monkeypatch.setattr(article_work, "analyse_articles", counted)
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 4)
    one = write_metrics(_copy_inputs(corpus, tmp_path / "one"), tmp_path / "r1", jobs=1)
    n_articles = pq.ParquetFile(one["article_metrics"]).metadata.num_rows
    assert sum(calls) == n_articles
    calls.clear()
    two = write_metrics(_copy_inputs(corpus, tmp_path / "two"), tmp_path / "r2", jobs=2)
    assert calls == []  # the workers run their own (unpatched) copy
    for name in OUTPUTS:
        assert one[name].read_bytes() == two[name].read_bytes(), name


def test_one_worker_pool_serves_every_phase_of_a_run(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    """With --jobs 2 the lines the outlets' boilerplate is counted on (first), the
    per-article chunks, the LSH bands and the candidate pairs all go to one pool, started
    once for them (not once per phase); the outlets' bootstrap intervals go to a pool of
    fresh workers, after the idle ones have stopped."""
    from concurrent.futures import ProcessPoolExecutor

    from analysis import parallel

    started: list[int] = []
    mapped: list[str] = []

    class CountedPool(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(1)
            super().__init__(*args, **kwargs)

    real_map = parallel._map_on_pool

    def recorded(executor, function, chunks, jobs):
        # a chunk saved for resuming runs as partial(_computed_and_saved, folder, work, ...)
        work = function.args[1] if isinstance(function, functools.partial) else function
        mapped.append(work.__name__)
        return real_map(executor, function, chunks, jobs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(parallel, "_map_on_pool", recorded)
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 4)
    monkeypatch.setattr(metrics_inputs, "BLOCK_TASK_ROWS", 50)
    monkeypatch.setattr(copies, "CHUNK_PAIRS", 1)
    monkeypatch.setattr(outlets, "INTERVAL_CHUNK_UNITS", 4)
    one = write_metrics(_copy_inputs(corpus, tmp_path / "one"), tmp_path / "r1", jobs=1)
    assert started == [] and mapped == []
    two = write_metrics(_copy_inputs(corpus, tmp_path / "two"), tmp_path / "r2", jobs=2)
    # the blocks are summed in this process (pandera, which the workers do not load)
    assert sorted(set(mapped)) == [
        "_band_chunk",
        "analyse_chunk",
        "intervals_of_requests",
        "pair_overlaps",
        "text_line_keys",
    ]
    assert mapped[0] == "text_line_keys" and mapped[-1] == "intervals_of_requests"
    assert started == [1, 1]
    for name in OUTPUTS:
        assert one[name].read_bytes() == two[name].read_bytes(), name


class InjectedFailureError(Exception):
    """Stands for Ctrl-C or a crash in the middle of a run."""


def test_an_interrupted_metrics_resumes_and_writes_the_same_bytes(
    corpus: Path, tmp_path: Path, monkeypatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 4)
    reference = write_metrics(_copy_inputs(corpus, tmp_path / "whole"), tmp_path / "r0")
    expected = {name: reference[name].read_bytes() for name in OUTPUTS}
    n_chunks = -(-pq.ParquetFile(reference["article_metrics"]).metadata.num_rows // 4)

    run = _copy_inputs(corpus, tmp_path / "run")
    real = metrics_stream.analyse_chunk
    done: list[int] = []

    def failing_after(n_chunks: int):
        def analyse_chunk(articles):
            if len(done) == n_chunks:
                raise InjectedFailureError
            done.append(len(articles))
            return real(articles)

        return analyse_chunk

    monkeypatch.setattr(metrics_stream, "analyse_chunk", failing_after(3))
    with pytest.raises(InjectedFailureError):
        write_metrics(run, tmp_path / "r1")
    assert not (run / "article_metrics.parquet").exists()  # nothing half-written
    assert len(list((run / CHUNKS_FOLDER).glob("*.json"))) == 3
    done.clear()
    monkeypatch.setattr(metrics_stream, "analyse_chunk", failing_after(10**6))
    with caplog.at_level("INFO", logger="analysis.stats.metrics_stream"):
        written = write_metrics(run, tmp_path / "r1")
    assert len(done) == n_chunks - 3  # the three saved chunks were not computed again
    # ... and the command says so, as clean does
    assert "metrics: 3 chunks of an interrupted run reused" in caplog.text
    assert {name: written[name].read_bytes() for name in OUTPUTS} == expected
    assert not (run / CHUNKS_FOLDER).exists()


def test_duplicate_article_ids_are_one_error_naming_the_file(corpus: Path, tmp_path: Path) -> None:
    run = _copy_inputs(corpus, tmp_path / "run")
    articles = pd.read_parquet(run / "articles.parquet")
    articles.loc[1, "article_id"] = articles.loc[0, "article_id"]
    write_parquet_atomic(articles, run / "articles.parquet")
    with pytest.raises(TableError, match=r"articles\.parquet: does not match.*article_id"):
        write_metrics(run, tmp_path / "reports")


def _body(words: list[str]) -> str:
    return " ".join(words) + "."


def test_the_compact_copy_search_finds_the_pairs_of_the_fingerprint_search(tmp_path) -> None:
    """Identical bodies in several outlets, near copies, one outlet's own copies, bodies
    too short to shingle and outlets left unknown: the same copy_pairs table."""
    vocabulary = [f"w{i}" for i in range(400)]
    stories = [vocabulary[i * 40 : i * 40 + 60] for i in range(8)]
    rows = []
    for n in range(120):
        story = stories[n % len(stories)]
        words = story if n % 3 else story[: 60 - (n % 7)]  # near copies
        body = _body(words) if n % 11 else "Too short."
        outlet = None if n % 13 == 0 else f"outlet {n % 5}"
        article_id = hashlib.sha1(str(n).encode()).hexdigest()[:16]
        rows.append((article_id, outlet, body))
    # a story and its top half under a local lede: shared copy by containment alone
    long_story = [f"v{(i * 37) % 997}" for i in range(240)]
    rows.append(("f" * 16, "outlet 1", _body(long_story)))
    rows.append(("e" * 16, "outlet 2", _body(vocabulary[300:330] + long_story[:120])))
    rows.sort()
    found = list(copies.fingerprints(rows))
    bodies = {article_id: body for article_id, _, body in rows}
    expected = copies.copy_pairs_from_fingerprints(found, bodies.__getitem__)
    index = copy_search.CopyIndex(tmp_path)
    for start in range(0, len(found), 16):
        index.add(found[start : start + 16])
    result = index.copy_pairs(bodies.__getitem__)
    assert len(expected) > 50
    cut = expected[expected["article_id_a"] == "e" * 16]
    assert len(cut) == 1 and cut["similarity"].iloc[0] < copies.SIMILARITY_THRESHOLD
    pd.testing.assert_frame_equal(result, expected)


def test_the_copy_index_refuses_fingerprints_out_of_order(tmp_path) -> None:
    found = list(copies.fingerprints([("b" * 16, "x", "one two"), ("a" * 16, "y", "three")]))
    with pytest.raises(ValueError, match="increasing"):
        copy_search.CopyIndex(tmp_path).add(found)


def test_a_corpus_without_articles_gives_the_whole_corpus_bytes(
    corpus: Path, tmp_path: Path
) -> None:
    run = _copy_inputs(corpus, tmp_path / "run")
    articles = pd.read_parquet(run / "articles.parquet").iloc[:0]
    write_parquet_atomic(articles, run / "articles.parquet")
    written = write_metrics(run, tmp_path / "reports")
    pages = pd.read_parquet(run / "pages.parquet")
    articles, pages, merged = one_name_per_outlet(articles, pages)
    per_article, quotes, pairs = article_metrics(articles, pd.read_parquet(run / "blocks.parquet"))
    expected = {
        "article_metrics": per_article,
        "quotes": quotes,
        "copy_pairs": pairs,
        "outlet_metrics": outlet_metrics(per_article, quotes, pages, pairs, merged),
    }
    for name in OUTPUTS:
        write_parquet(expected[name], tmp_path / f"{name}.parquet")
        assert written[name].read_bytes() == (tmp_path / f"{name}.parquet").read_bytes(), name
    assert len(expected["outlet_metrics"]) > 0  # the sites of the pages still get a row


def test_releasing_freed_memory_frees_a_batch_held_only_by_cycles() -> None:
    """A frame kept alive by a reference cycle (as pandas frames and the contract's checks
    make) is freed at each release, not at the collector's next full collection."""
    import gc
    import weakref

    class Batch:
        pass

    gc.disable()  # no automatic collection in between: only the release may free it
    try:
        batch = Batch()
        batch.frame = pd.DataFrame({"body": ["x" * 100] * 10})
        batch.itself = batch
        alive = weakref.ref(batch)
        del batch
        assert alive() is not None
        metrics_inputs.release_freed_memory()
        assert alive() is None
    finally:
        gc.enable()


def test_metrics_chunks_that_cannot_be_saved_are_reported_and_the_tables_written(
    corpus: Path, tmp_path: Path, monkeypatch, caplog
) -> None:
    """A chunk folder that cannot be made (a file in its place): one warning naming the
    folder and the reason, one at the end counting the chunks not saved, however many
    chunks; the tables are those of a run that saved its chunks."""
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 4)
    reference = write_metrics(_copy_inputs(corpus, tmp_path / "whole"), tmp_path / "r0")
    n_chunks = -(-pq.ParquetFile(reference["article_metrics"]).metadata.num_rows // 4)
    run = _copy_inputs(corpus, tmp_path / "run")
    (run / CHUNKS_FOLDER).write_text("not a folder", encoding="utf-8")
    with caplog.at_level("WARNING", logger="analysis.clean.resume"):
        written = write_metrics(run, tmp_path / "r1")
    for name in OUTPUTS:
        assert written[name].read_bytes() == reference[name].read_bytes(), name
    warned = [r.getMessage() for r in caplog.records if r.name == "analysis.clean.resume"]
    assert n_chunks > 2 and len(warned) == 2, warned
    folder = str((run / CHUNKS_FOLDER).resolve())
    assert folder in warned[0] and "FileExistsError" in warned[0], warned
    assert f"{n_chunks} of {n_chunks} chunks" in warned[1] and folder in warned[1], warned


def test_the_first_lines_go_out_before_the_outlet_names_are_worked_out(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    """The first chunk of the line pass needs no outlet name: it is handed out (here
    computed: one process) before the pages are read and the outlets' names worked out,
    which then run beside it."""
    events: list[str] = []
    real_lines, real_identities = metrics_stream.text_line_keys, metrics_stream.identities_of_run

    def text_line_keys(articles):
        events.append("lines")
        return real_lines(articles)

    def identities_of_run(*args):
        events.append("identities")
        return real_identities(*args)

    monkeypatch.setattr(metrics_stream, "text_line_keys", text_line_keys)
    monkeypatch.setattr(metrics_stream, "identities_of_run", identities_of_run)
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 4)
    write_metrics(_copy_inputs(corpus, tmp_path / "run"), tmp_path / "reports")
    assert events[0] == "lines" and events.count("identities") == 1
    assert "lines" in events[events.index("identities") + 1 :]


class _WindowEngine:
    """An engine that runs here but hands chunks out as a pool does: ``in_flight`` (at
    least 2) taken from the caller before it computes the first; records the order."""

    distributed = False

    def __init__(self, events: list[str]) -> None:
        self.events = events

    def map_chunks(self, function, chunks, in_flight: int = 0):
        pending: list = []
        for chunk in chunks:
            self.events.append("handed out")
            pending.append(chunk)
            if len(pending) >= max(2, in_flight):
                yield function(pending.pop(0))
        for chunk in pending:
            yield function(chunk)

    def sized_for(self, n_chunks: int) -> _WindowEngine:
        return self


def test_a_read_batch_s_line_chunks_are_all_handed_out_before_the_outlet_names(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    """The line pass hands out every chunk of a read batch before the command works the
    outlets' names out: the workers have them all to go on with meanwhile (with the
    engine's few chunks per worker they ran dry, and the batch's other chunks waited)."""
    events: list[str] = []
    real_identities = metrics_stream.identities_of_run

    def identities_of_run(*args):
        events.append("identities")
        return real_identities(*args)

    monkeypatch.setattr(metrics_stream, "identities_of_run", identities_of_run)
    run = _copy_inputs(corpus, tmp_path / "run")
    n_articles = pq.read_metadata(run / "articles.parquet").num_rows
    assert 2 * 2 < n_articles <= metrics_stream.READ_BATCH_ROWS  # one read batch, many chunks
    metrics_stream.write_metrics_streamed(run, tmp_path / "reports", _WindowEngine(events), 2)
    line_chunks = -(-n_articles // 2)
    assert events.index("identities") >= line_chunks
    assert events[:line_chunks] == ["handed out"] * line_chunks


def test_a_body_column_of_numbers_is_the_contracts_error_not_a_crash(
    corpus: Path, tmp_path: Path
) -> None:
    """A batch whose body is not text is validated before its lines are read: the error
    names the file and the column, with one process as with two."""
    for jobs in (1, 2):
        run = _copy_inputs(corpus, tmp_path / f"run{jobs}")
        articles = pd.read_parquet(run / "articles.parquet")
        articles["body"] = range(len(articles))
        write_parquet(articles, run / "articles.parquet")
        with pytest.raises(TableError, match=r"articles\.parquet: does not match.*'body'"):
            write_metrics(run, tmp_path / f"reports{jobs}", jobs=jobs)

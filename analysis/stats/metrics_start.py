"""Start the ``metrics`` workers' pool server first thing, before this process's imports.

With ``--jobs N`` (N > 1) the pool's server imports the per-article modules and loads
the readability dictionary and the language model (:mod:`analysis.stats.worker_models`,
about 5 CPU-s) before it can fork the first worker. Started when the command begins,
that happens on another core while this process imports pandas, pandera and the
copy search (about 2.5 CPU-s) and reads and sorts the articles, instead of after them.
This module imports only :mod:`analysis.parallel` and pyarrow's Parquet reader.
"""

from __future__ import annotations

from pathlib import Path

from analysis.parallel import Engine, as_engine, start_workers_early

#: The module the worker pool's server imports (:mod:`analysis.stats.worker_models`).
WORKER_MODULE = "analysis.stats.worker_models"


def start_metrics_workers(processed_dir: Path, engine: int | Engine) -> bool:
    """Start the local pool's server with the workers' models, if there is work for it.

    Parameters
    ----------
    processed_dir : Path
        Holds articles.parquet.
    engine : int or Engine
        The engine of the run: only a local pool of more than one process has a server.

    Returns
    -------
    bool
        Whether a server was started: False for one process, another engine, a server
        already running, or an articles table that is missing, unreadable or empty
        (the run itself then reports it, or has no chunk to hand out).
    """
    import pyarrow.parquet as pq

    try:
        n_articles = pq.ParquetFile(Path(processed_dir) / "articles.parquet").metadata.num_rows
    except Exception:
        return False
    if n_articles == 0:
        return False
    return start_workers_early(as_engine(engine), [WORKER_MODULE])

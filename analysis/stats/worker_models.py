"""What a ``metrics`` worker needs, loaded at import: for the worker pool's server.

``metrics`` with ``--jobs N`` (N > 1) starts its pool's server with this module
imported (:func:`analysis.parallel.start_workers_early`): the per-article work's
module, the syllable dictionary of readability (read when
:mod:`analysis.stats.readability` is imported) and the language model are then
loaded once, in the server, while the command's own process reads and sorts the
articles, and every worker forked from it starts with them. Without it each worker
loads them itself (about 3 CPU-s each) before its first chunk. The command's own
process never imports this module: it hands out chunks and writes tables.
"""

from analysis.stats import metrics_stream  # noqa: F401  (the module of analyse_chunk)
from analysis.stats.language import load_model

load_model()

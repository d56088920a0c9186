"""What a ``metrics`` worker needs, loaded at import: for the worker pool's server.

``metrics`` with ``--jobs N`` (N > 1) starts its pool's server with this module
imported (:func:`analysis.parallel.start_stage_workers`): the modules of the tasks the
workers run (the lines the outlets' boilerplate is counted on, the per-article work,
the LSH bands, the candidate pairs' similarities, saving a chunk for resuming, the
outlets' bootstrap intervals), the syllable dictionary of readability (read when
:mod:`analysis.stats.readability` is imported) and the language model are then loaded
once, in the server, while the command's own process imports and reads the tables, and
every worker forked from it starts with them. None of these imports pandas, pyarrow or
pandera (the tables are built and written in the command's process): the server is
ready that much sooner (~0.8 CPU-s) and the workers are smaller. The command's own
process never imports this module.
"""

from analysis.clean import resume  # noqa: F401  (saves each chunk where it is computed)
from analysis.stats import (  # noqa: F401  (the tasks' modules)
    article_work,
    boilerplate_lines,
    bootstrap,
    copies,
    minhash,
)
from analysis.stats.language import load_hyphenation, load_model

load_model()
load_hyphenation()

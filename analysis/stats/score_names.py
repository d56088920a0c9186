"""The readability scores' names: ``article_metrics``'s readability columns, in table order.

Defined here, apart from :mod:`analysis.tables` (which re-exports them with every
table's schema), so that the per-article work (:mod:`analysis.stats.readability`,
:mod:`analysis.stats.language`) names them without importing pandas or pandera.
"""

from __future__ import annotations

#: Computed by analysis.stats.readability, in this order.
READABILITY_COLUMNS: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "text_standard",
)

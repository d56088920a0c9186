"""Stage 2, stats: ``articles`` -> article_metrics, quotes, copy_pairs, outlet_metrics.

Reads ``data/processed/articles.parquet`` (never the raw pages) and writes the four
statistics tables plus ``reports/outlet_metrics.csv``.

- :mod:`~analysis.stats.sentences`: sentence counting;
- :mod:`~analysis.stats.quotes`: direct quotes, their attribution and speakers;
- :mod:`~analysis.stats.readability`: readability formulas (textstat-equal values);
- :mod:`~analysis.stats.copies`: shared copy between articles (MinHash + exact check);
- :mod:`~analysis.stats.metrics`: per-article table and the ``metrics`` command;
- :mod:`~analysis.stats.outlets`: per-outlet aggregation.
"""

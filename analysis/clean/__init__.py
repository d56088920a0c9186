"""Stage 1, clean: raw pages -> ``pages``, ``blocks`` and ``articles`` tables.

Reads the files of a raw folder (never writes there) and writes
``data/processed/{pages,blocks,articles}.parquet`` and ``skipped.csv``.

- :mod:`~analysis.clean.read`: one file -> :class:`~analysis.clean.read.Page` (normalized text);
- :mod:`~analysis.clean.segment`: a page -> labelled blocks that tile it (every character once);
- :mod:`~analysis.clean.body`: which lines of an article page are the article body;
- :mod:`~analysis.clean.listing`: listing pages split into cards;
- :mod:`~analysis.clean.page_metadata`: title, byline, date, outlet lines of a page;
- :mod:`~analysis.clean.articles`: blocks -> one record per article;
- :mod:`~analysis.clean.page_rows`: one page -> its pages row, block columns, article rows;
- :mod:`~analysis.clean.table_writer`: cleaned pages streamed into the Parquet tables;
- :mod:`~analysis.clean.pipeline`: the ``clean`` command (chunks, engines, atomic outputs).
"""

"""The per-article work of ``metrics``: text statistics, quotes, copy fingerprint.

What a worker process runs on each chunk of articles (:func:`analyse_chunk`), apart
from the tables: this module and what it imports load neither pandas, pyarrow nor
pandera, so the worker pool's server (:mod:`analysis.stats.worker_models`) does not
import them (about 0.8 CPU-s, before the first worker can start) and the workers do not
hold them. :mod:`analysis.stats.metrics` builds the tables from these results;
``tests/test_metrics_stream.py`` checks that importing this module and the worker
models loads none of the three.
"""

from __future__ import annotations

import base64

import numpy as np

from analysis.gc_pause import collection_paused
from analysis.stats import quotes as quote_detection
from analysis.stats.copies import Fingerprint, fingerprints
from analysis.stats.sentences import count_sentences

#: One article's result in a chunk: its article columns, text statistics, quote rows,
#: fingerprint.
ChunkResult = tuple[dict, dict, list[tuple], Fingerprint]


def quote_rows(article_id: str, outlet: str | None, body: str | None) -> list[tuple]:
    """The ``quotes`` rows of one article (QUOTE_COLUMNS order), by quote_index."""
    return [
        (
            article_id,
            outlet,
            index,
            quote.start,
            quote.end,
            quote.text,
            quote.n_words,
            quote.paragraph,
            bool(quote.attributed),
            quote.speaker,
            bool(quote.is_scare),
            quote.speaker_as_printed,
        )
        for index, quote in enumerate(quote_detection.find_quotes(body or ""))
    ]


@collection_paused
def text_statistics(body: str) -> dict[str, object]:
    """Language, words, sentences and readability of one body (quotes are counted apart).

    See :func:`analysis.stats.language.language_statistics`; for an English body the
    values equal ``count_words(body)`` and ``readability_scores(body)``.
    """
    # Imported here, where articles are analysed: readability loads the CMU dictionary
    # and language identification its model (seconds and ~200 MB), which a process
    # that only hands chunks to workers (``--jobs N``) does not need.
    from analysis.stats.language import language_statistics

    return {"n_sentences": count_sentences(body), **language_statistics(body)}


#: What the per-article work gives for one article: its text statistics, its quote
#: rows and its copy-search fingerprint.
ArticleResult = tuple[dict[str, object], list[tuple], Fingerprint]


def analyse_articles(rows: list[tuple[str, str | None, str]]) -> list[ArticleResult]:
    """The per-article work on one chunk of ``(article_id, outlet, body)`` (any process).

    Returns
    -------
    list of tuple
        Per article, in order: its :func:`text_statistics`, its :func:`quote_rows` and
        its copy-search :class:`analysis.stats.copies.Fingerprint`.
    """
    found = fingerprints(rows)
    return [(text_statistics(row[2]), quote_rows(*row), next(found)) for row in rows]


def analyse_chunk(articles: list[dict]) -> list[ChunkResult]:
    """The per-article work on one chunk of sorted articles (any process).

    Each article comes back without its body, with :func:`analyse_articles`'s results.
    """
    rows = [(a["article_id"], a["outlet"], a["body"]) for a in articles]
    results = analyse_articles(rows)
    return [
        ({k: v for k, v in article.items() if k != "body"}, stats, quotes, found)
        for article, (stats, quotes, found) in zip(articles, results, strict=True)
    ]


def encode_result(result: ChunkResult) -> dict:
    """One article's result as JSON values (saved for resuming, where it is computed)."""
    article, stats, quotes, found = result
    signature = found.signature
    return {
        "article": article,
        "stats": {k: v.item() if isinstance(v, np.generic) else v for k, v in stats.items()},
        "quotes": [list(row) for row in quotes],
        "digest": found.digest.hex(),
        "signature": None
        if signature is None
        else base64.b64encode(signature.astype("<u4").tobytes()).decode("ascii"),
    }


def decode_result(record: dict) -> ChunkResult:
    """The result :func:`encode_result` saved."""
    article = record["article"]
    signature = record["signature"]
    found = Fingerprint(
        article["article_id"],
        article["outlet"],
        bytes.fromhex(record["digest"]),
        None
        if signature is None
        else np.frombuffer(base64.b64decode(signature), dtype="<u4").astype(np.uint64),
    )
    return article, record["stats"], [tuple(row) for row in record["quotes"]], found

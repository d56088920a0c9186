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


def quote_rows(
    article_id: str, outlet: str | None, body: str | None, language: str | None = None
) -> list[tuple]:
    """The ``quotes`` rows of one article, by quote_index.

    Parameters
    ----------
    article_id : str
        The article's id (the rows' ``article_id``).
    outlet : str or None
        Its outlet (the rows' ``outlet``).
    body : str or None
        Its body; None or empty gives no row.
    language : str, optional
        Its language as :func:`text_statistics` detects it: the verbs of saying and
        dash dialogue of that language are read (:func:`analysis.stats.quotes.find_quotes`).

    Returns
    -------
    list of tuple
        One tuple per quote :func:`analysis.stats.quotes.find_quotes` finds, in the
        column order of the ``quotes`` table (``analysis.tables.QUOTE_COLUMNS``).
    """
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
        for index, quote in enumerate(quote_detection.find_quotes(body or "", language))
    ]


@collection_paused
def text_statistics(body: str) -> dict[str, object]:
    """Language, words, sentences and readability of one body (quotes are counted apart).

    Parameters
    ----------
    body : str
        The article's body.

    Returns
    -------
    dict of str to object
        ``n_sentences`` and the values of
        :func:`analysis.stats.language.language_statistics` (language, words,
        readability); for an English body they equal ``count_words(body)`` and
        ``readability_scores(body)``.
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

    Parameters
    ----------
    rows : list of tuple
        ``(article_id, outlet, body)`` per article.

    Returns
    -------
    list of tuple
        Per article, in order: its :func:`text_statistics`, its :func:`quote_rows` and
        its copy-search :class:`analysis.stats.copies.Fingerprint`.
    """
    found = fingerprints(rows)
    results: list[ArticleResult] = []
    for row in rows:
        statistics = text_statistics(row[2])
        language = statistics.get("language")
        quotes = quote_rows(*row, language if isinstance(language, str) else None)
        results.append((statistics, quotes, next(found)))
    return results


def analyse_chunk(articles: list[dict]) -> list[ChunkResult]:
    """The per-article work on one chunk of sorted articles (any process).

    Parameters
    ----------
    articles : list of dict
        Article rows with at least ``article_id``, ``outlet`` and ``body``, sorted by
        ``article_id``.

    Returns
    -------
    list of ChunkResult
        Per article, in order: its row without the body, then :func:`analyse_articles`'s
        text statistics, quote rows and fingerprint.
    """
    rows = [(a["article_id"], a["outlet"], a["body"]) for a in articles]
    results = analyse_articles(rows)
    return [
        ({k: v for k, v in article.items() if k != "body"}, stats, quotes, found)
        for article, (stats, quotes, found) in zip(articles, results, strict=True)
    ]


def encode_result(result: ChunkResult) -> dict:
    """One article's result as JSON values (saved for resuming, where it is computed).

    Parameters
    ----------
    result : ChunkResult
        What :func:`analyse_chunk` gives for one article.

    Returns
    -------
    dict
        ``article`` and ``stats`` (numpy scalars as Python values), ``quotes`` as lists,
        the fingerprint's ``digest`` in hex and its MinHash ``signature`` as base64 of
        little-endian 32-bit values (None without one); :func:`decode_result` inverts
        it exactly.
    """
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
    """The result :func:`encode_result` saved.

    Parameters
    ----------
    record : dict
        A value :func:`encode_result` returned, read back from JSON.

    Returns
    -------
    ChunkResult
        The same article row, statistics, quote rows (as tuples) and fingerprint.
    """
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

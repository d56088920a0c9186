"""Lines an outlet prints on many of its pages: pitches inside the body (stage: metrics).

A paywall, newsletter or support pitch printed inside an article reads as prose: no
rule on one page tells it from the article (``clean`` keeps it as body, and its tables
stay each page's own decision). A site prints such a line on many of its pages, though,
and an article's own sentences are printed on one story's pages only. So, per outlet
(merged as in the outlet table), a *sentence line* of the bodies (at least
:data:`~analysis.text.lines.SENTENCE_LINE_WORDS` words, ending a sentence) printed
verbatim (its visible text, whitespace runs as one space, every run of digits as one
digit: a metered pitch's "You have 3 free articles left" counts down), quoting no one
and reporting no one's statement (a pitch speaks for the site; a quotation or a
statement printed again is the outlet's reporting: "..., officials said."), in at
least a share :data:`SHARE` of the outlet's stories, and in at least :data:`FLOOR` of them, is
boilerplate of the outlet: it leaves every body of the outlet before the per-article
work (words, sentences, readability, quotes, shared copy).

A *story* is an article's title (case and spacing aside; the body when it has none):
the pages of one story (crawled twice, updated, printed as a card and as a page) count
once, so a story's own paragraphs are never the outlet's. An outlet's stories are those
printing at least one sentence line.

Counting holds a fixed size per article: the (outlet, line, story) hashes (8 bytes each)
go to :data:`PARTITIONS` spill files by the line hash's top bits, and each file is
counted alone; only the lines marked are kept (:class:`MarkedLines`). The marked set
depends on the articles only (sums, sorted), never on their order or the chunking, and
removing a line is a function of (outlet, line): the outputs are the same bytes for any
number of processes or engine.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc

from analysis.stats.boilerplate_lines import (  # noqa: F401  (sentence_lines: re-exported)
    ArticleLines,
    is_counted_line,
    line_key,
    line_keys,
    reports_someone,
    sentence_lines,
    shown_line,
)

#: Share of an outlet's stories that must print a line for it to be boilerplate (chosen
#: by leave-one-outlet-out cross-validation: ``benchmarks/outlet_boilerplate.py``).
SHARE = 0.25
#: Stories that must print a line at least, whatever the outlet's size (ditto).
FLOOR = 3
#: Spill files of the count, by the top bits of the line hash.
PARTITIONS = 16
#: The column article_metrics gives the characters of the lines removed from a body.
REMOVED_COLUMN = "outlet_boilerplate_chars"
#: The table of the lines removed, written by ``metrics`` in the reports folder.
LINES_FILE = "outlet_boilerplate_lines.csv"
#: Columns of the table of lines removed (:data:`LINES_FILE`).
LINES_COLUMNS = ("outlet", "line", "stories", "outlet_stories")
_SPILL_SCHEMA = pa.schema([("outlet", pa.int32()), ("line", pa.uint64()), ("story", pa.uint64())])


class LineCounts:
    """Counts, per outlet, the stories printing each sentence line; marks the boilerplate.

    Feed it every article (:meth:`add`), then call :meth:`marked` once.

    Parameters
    ----------
    work_dir : Path, optional
        A scratch folder for the spill files; None holds them in memory.
    share, floor : float, int, optional
        The thresholds (default :data:`SHARE`, :data:`FLOOR`).
    """

    def __init__(
        self, work_dir: Path | None = None, share: float = SHARE, floor: int = FLOOR
    ) -> None:
        self.share, self.floor = share, floor
        self._outlets: dict[str, int] = {}
        self._stories: list[np.ndarray] = []  # (outlet << 64 | story) as two columns
        self._work_dir = None if work_dir is None else Path(work_dir)
        self._held: list[list[pa.RecordBatch]] = [[] for _ in range(PARTITIONS)]
        self._writers: dict[int, ipc.RecordBatchStreamWriter] = {}

    def add(
        self, outlets: Iterable[str | None], titles: Iterable[str | None], bodies: Iterable[str]
    ) -> None:
        """Count some articles' sentence lines.

        Parameters
        ----------
        outlets, titles, bodies : iterable
            Each article's outlet (None or empty: not counted), title and body.
        """
        self.add_lines(line_keys(zip(outlets, titles, bodies, strict=True)))

    def add_lines(self, found: Iterable[ArticleLines]) -> None:
        """Count some articles' lines, read off them already
        (:func:`analysis.stats.boilerplate_lines.line_keys`, maybe in another process).

        Parameters
        ----------
        found : iterable of tuple
            (outlet, story hash, line hashes) of each article that prints counted lines.
        """
        outlet_ids: list[int] = []
        lines: list[int] = []
        stories: list[int] = []
        for outlet, story, keys in found:
            outlet_id = self._outlets.setdefault(outlet, len(self._outlets))
            outlet_ids.extend([outlet_id] * len(keys))
            lines.extend(keys)
            stories.extend([story] * len(keys))
        if not lines:
            return
        table = pa.table(
            {
                "outlet": pa.array(outlet_ids, pa.int32()),
                "line": pa.array(lines, pa.uint64()),
                "story": pa.array(stories, pa.uint64()),
            },
            schema=_SPILL_SCHEMA,
        )
        pairs = np.unique(
            np.column_stack(
                [table["outlet"].to_numpy().astype(np.uint64), table["story"].to_numpy()]
            ),
            axis=0,
        )
        self._stories.append(pairs)
        part = pc.shift_right(table["line"], pa.scalar(64 - 4, pa.uint64())).to_numpy()
        for index in np.unique(part).tolist():
            batch = table.filter(pa.array(part == index)).to_batches()
            self._spill(index, batch)

    def add_table(self, articles: pa.Table) -> None:
        """:meth:`add` on an Arrow table with columns outlet, title and body.

        Parameters
        ----------
        articles : pyarrow.Table
            Some articles.
        """
        self.add(*(articles[name].to_pylist() for name in ("outlet", "title", "body")))

    def _spill(self, index: int, batches: list[pa.RecordBatch]) -> None:
        if self._work_dir is None:
            self._held[index].extend(batches)
            return
        if index not in self._writers:
            path = self._work_dir / f"lines-{index:02d}.arrows"
            self._writers[index] = ipc.new_stream(str(path), _SPILL_SCHEMA)
        for batch in batches:
            self._writers[index].write_batch(batch)

    def _partition(self, index: int) -> pa.Table:
        if self._work_dir is None:
            return pa.Table.from_batches(self._held[index], schema=_SPILL_SCHEMA)
        if index not in self._writers:
            return _SPILL_SCHEMA.empty_table()
        path = self._work_dir / f"lines-{index:02d}.arrows"
        with pa.memory_map(str(path)) as source:
            return ipc.open_stream(source).read_all()

    def marked(self) -> MarkedLines:
        """The lines over the thresholds, per outlet (the spill files are closed).

        Returns
        -------
        MarkedLines
            The marked (outlet, line) hashes with their story counts.
        """
        for writer in self._writers.values():
            writer.close()
        totals = _stories_per_outlet(self._stories, len(self._outlets))
        minimum = np.array(
            [minimum_stories(self.share, self.floor, int(n)) for n in totals], dtype=np.int64
        )
        names = sorted(self._outlets, key=self._outlets.__getitem__)
        found: dict[tuple[str, int], tuple[int, int]] = {}
        for index in range(PARTITIONS):
            table = self._partition(index)
            if not table.num_rows:
                continue
            counted = table.group_by(["outlet", "line"], use_threads=False).aggregate(
                [("story", "count_distinct")]
            )
            outlet = counted["outlet"].to_numpy()
            stories = counted["story_count_distinct"].to_numpy()
            keep = stories >= minimum[outlet]
            for o, line, n in zip(
                outlet[keep].tolist(),
                counted["line"].to_numpy()[keep].tolist(),
                stories[keep].tolist(),
                strict=True,
            ):
                found[(names[o], line)] = (n, int(totals[o]))
            del table, counted
        self._held = [[] for _ in range(PARTITIONS)]
        return MarkedLines(found)


def _stories_per_outlet(parts: list[np.ndarray], n_outlets: int) -> np.ndarray:
    """Distinct stories per outlet id, from (outlet id, story) pairs."""
    if not parts:
        return np.zeros(n_outlets, dtype=np.int64)
    pairs = np.unique(np.concatenate(parts), axis=0)
    return np.bincount(pairs[:, 0].astype(np.int64), minlength=n_outlets)


class MarkedLines:
    """The sentence lines marked as an outlet's boilerplate, and their removal.

    Parameters
    ----------
    found : dict
        (outlet, line hash) -> (stories printing the line, the outlet's stories).
    """

    def __init__(self, found: dict[tuple[str, int], tuple[int, int]]) -> None:
        self._found = found
        self._outlets = {outlet for outlet, _ in found}
        self._texts: dict[tuple[str, int], str] = {}

    def __len__(self) -> int:
        return len(self._found)

    def counted(self, outlet: str, text: str) -> tuple[int, int]:
        """The stories printing a marked line and the outlet's stories ((0, 0): not marked,
        or a line reporting someone's statement, which is never removed).

        Parameters
        ----------
        outlet : str
            An outlet.
        text : str
            A line (its visible text is looked up, whitespace runs as one space).

        Returns
        -------
        tuple of int
            (stories printing the line, stories of the outlet).
        """
        text = shown_line(text)
        found = self._found.get((outlet, line_key(text)), (0, 0))
        return (0, 0) if found[0] and reports_someone(text) else found

    def strip(self, outlet: str | None, body: str) -> tuple[str, int]:
        """``body`` without the outlet's marked lines; the characters of those lines.

        A removed line takes a blank line next to it along (the one after it, else the
        one before), so the paragraphs left keep their spacing.

        Parameters
        ----------
        outlet : str or None
            The article's outlet.
        body : str
            Its body.

        Returns
        -------
        tuple
            The body left and the characters of the lines removed (their own
            characters, without line breaks).
        """
        if outlet not in self._outlets or not body:
            return body, 0
        lines = body.split("\n")
        dropped: set[int] = set()
        removed = 0
        for index, line in enumerate(lines):
            text = shown_line(line)
            if not text:
                continue
            key = (outlet, line_key(text))
            # a statement is tested on the marked lines only: it costs one parse a line
            if key not in self._found or not is_counted_line(text) or reports_someone(text):
                continue
            self._texts[key] = min(text, self._texts.get(key, text))
            dropped.add(index)
            removed += len(line)
            for side in (index + 1, index - 1):
                if 0 <= side < len(lines) and side not in dropped and not lines[side].strip():
                    dropped.add(side)
                    break
        if not dropped:
            return body, 0
        return "\n".join(line for i, line in enumerate(lines) if i not in dropped), removed

    def stripped(self, chunks: Iterable[list[dict]]) -> Iterator[list[dict]]:
        """Chunks of article rows (outlet, body) with their bodies stripped and the
        characters removed as :data:`REMOVED_COLUMN`.

        Parameters
        ----------
        chunks : iterable of list of dict
            Article rows.

        Yields
        ------
        list of dict
            The same rows (changed in place).
        """
        for chunk in chunks:
            for article in chunk:
                article["body"], article[REMOVED_COLUMN] = self.strip(
                    article["outlet"], article["body"]
                )
            yield chunk

    def table(self) -> pd.DataFrame:
        """The lines removed so far, one row per (outlet, line), sorted.

        Returns
        -------
        pandas.DataFrame
            Columns :data:`LINES_COLUMNS`: the outlet, the line as printed, the stories
            printing it and the outlet's stories (a line marked but met in no body
            stripped is left out).
        """
        rows = sorted(
            (outlet, text, *self._found[(outlet, key)])
            for (outlet, key), text in self._texts.items()
        )
        return pd.DataFrame(rows, columns=list(LINES_COLUMNS)).astype(
            {"outlet": str, "line": str, "stories": "int64", "outlet_stories": "int64"}
        )


def strip_articles(articles: pd.DataFrame) -> tuple[pd.DataFrame, MarkedLines]:
    """Articles held in memory with the boilerplate lines of their outlets removed.

    Parameters
    ----------
    articles : pandas.DataFrame
        Columns outlet, title, body (a string each).

    Returns
    -------
    tuple
        The articles with their bodies stripped and :data:`REMOVED_COLUMN` added, and
        the marked lines.
    """
    counts = LineCounts()
    counts.add(articles["outlet"], articles["title"], articles["body"])
    marked = counts.marked()
    stripped = [
        marked.strip(o, b) for o, b in zip(articles["outlet"], articles["body"], strict=True)
    ]
    return (
        articles.assign(
            body=[body for body, _ in stripped],
            **{REMOVED_COLUMN: np.array([n for _, n in stripped], dtype=np.int64)},
        ),
        marked,
    )


def minimum_stories(share: float, floor: int, stories: int) -> int:
    """The stories that must print a line, in an outlet of ``stories`` stories.

    Parameters
    ----------
    share : float
        The share threshold.
    floor : int
        The floor.
    stories : int
        The outlet's stories.

    Returns
    -------
    int
        ``max(floor, ceil(share * stories))``.
    """
    return max(floor, math.ceil(round(share * stories, 9)))

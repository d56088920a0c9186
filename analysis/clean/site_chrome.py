"""The lines a site prints around its stories (menu, footer notice): whose pages they are.

A page that names its site by a name two sites of a run share ("The Morning Star" of
two countries), or names none ("unknown site"), still prints its site's *chrome*: the
section menu and the footer notice its site's other pages print. This module reads each
page's chrome lines from the blocks table (stage clean writes it; ``clean`` and
``metrics`` read it back the same way), and :mod:`analysis.clean.outlet_merge` files
such a page under the one outlet whose pages print the same line.

A page's *chrome line* is a line of the page (``line_no``) whose blocks are all labelled
boilerplate or are the site's name read off it (metadata ``outlet`` or
``credited_source``: the holder inside a notice), one of them ``chrome``.
A run of chrome lines each opening with a bullet ("• Home", "• |", "• Local": a menu an
HTML page lists item by item) is one line, as a text dump prints the menu
("Home | Local"). A line is compared by its words only (runs of letters and digits,
case folded, every run of digits read as one: the year of a notice changes), so
separators and spacing do not matter; it counts only with at least
:data:`MIN_LINE_WORDS` words holding a letter (a site's name, a two-word label, "Read
more", or a phone number is no evidence). Each line is kept as an 8-byte hash with the
pages of each outlet key that print it: memory grows with the distinct chrome lines of a
run, not with its pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from analysis.text.lines import is_bullet, line_hash

#: A chrome line is compared only when it has at least this many words: fewer is a name
#: ("The Morning Star") or a label ("Read more"), printed by unrelated sites alike. A
#: structural bound (a menu of four items, a notice's "© 2026 NAME"), set before
#: measuring; ``benchmarks/corpus_outlets.py`` counts the pages it files WRONG.
MIN_LINE_WORDS = 4
#: The block columns a page's chrome lines are read from.
CHROME_COLUMNS = ("page", "line_no", "label", "field", "text")
#: A site's own name, read off a chrome line (the holder of its notice, its masthead).
_NAME_FIELDS = frozenset({"outlet", "credited_source"})
_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")


def line_words(text: str) -> str:
    """A line as its chrome is compared: its words, case folded, space-joined.

    Parameters
    ----------
    text : str
        A line as printed.

    Returns
    -------
    str
        Its runs of letters and digits, case folded, each run of digits as ``0``.
    """
    return " ".join(_WORD.findall(_DIGITS.sub("0", text.casefold())))


def page_chrome_lines(
    line_nos: Sequence[int], labels: Sequence[str], fields: Sequence[str], texts: Sequence[str]
) -> set[int]:
    """The hashes of one page's chrome lines (module docstring), from its block columns.

    Parameters
    ----------
    line_nos, labels, fields, texts : sequence
        The page's blocks (``line_no``, ``label``, ``field``, ``text``), in page order.

    Returns
    -------
    set of int
        The hash of each chrome line of at least :data:`MIN_LINE_WORDS` words.
    """
    lines: list[list] = []  # per line: number, text, all blocks usable, one of them chrome
    for line_no, label, field, text in zip(line_nos, labels, fields, texts, strict=True):
        if not lines or line_no != lines[-1][0]:
            lines.append([line_no, "", True, False])
        line = lines[-1]
        line[1] += text
        line[2] = line[2] and (label == "boilerplate" or field in _NAME_FIELDS)
        line[3] = line[3] or field == "chrome"
    found: set[int] = set()
    menu: list[str] = []  # the words of a run of bullet lines, one line after another
    previous = None
    for line_no, text, usable, chrome in [*lines, [None, "", False, False]]:
        ok = usable and chrome
        if menu and not (ok and is_bullet(text) and line_no == previous + 1):
            _add(found, " ".join(word for word in menu if word))
            menu = []
        if ok and is_bullet(text):
            menu.append(line_words(text))
            previous = line_no
        elif ok:
            _add(found, line_words(text))
    return found


def _add(found: set[int], words: str) -> None:
    """Add a line's hash to ``found`` when it has enough words with a letter (digits are
    no evidence: every phone number reads "0 0 0")."""
    if sum(not word.isdigit() for word in words.split()) >= MIN_LINE_WORDS:
        found.add(line_hash(words))


class ChromeLines:
    """The chrome lines of a run's pages, each with the pages of each outlet key printing it.

    Attributes
    ----------
    pages : dict of int to Counter
        A chrome line's hash -> outlet key (a page's ``site_key``) -> how many of that
        key's pages print it.
    """

    def __init__(self) -> None:
        self.pages: dict[int, Counter[str]] = {}

    def add_page(self, key: str, lines: Iterable[int]) -> None:
        """Count one page's chrome lines under its outlet key.

        Parameters
        ----------
        key : str
            The page's ``site_key``.
        lines : iterable of int
            Its chrome lines (:func:`page_chrome_lines`).
        """
        for line in lines:
            self.pages.setdefault(line, Counter())[key] += 1

    def renamed(self, new_keys: Mapping[str, str]) -> ChromeLines:
        """The same lines with some keys replaced (their pages counted under the new key).

        Parameters
        ----------
        new_keys : mapping of str to str
            Old key -> new key; other keys are kept.

        Returns
        -------
        ChromeLines
            A new instance.
        """
        found = ChromeLines()
        for line, counts in self.pages.items():
            renamed: Counter[str] = Counter()
            for key, n in counts.items():
                renamed[new_keys.get(key, key)] += n
            found.pages[line] = renamed
        return found

    def lines_of(self, keys: Iterable[str]) -> dict[str, set[int]]:
        """The chrome lines the pages of each of ``keys`` print.

        Parameters
        ----------
        keys : iterable of str
            Outlet keys.

        Returns
        -------
        dict of str to set of int
            Each key with a chrome line -> its lines' hashes.
        """
        wanted = set(keys)
        found: dict[str, set[int]] = {}
        for line, counts in self.pages.items():
            for key in wanted.intersection(counts):
                found.setdefault(key, set()).add(line)
        return found


def read_chrome_lines(
    batches: Iterable[Mapping[str, Sequence]], site_key_of: Mapping[str, str]
) -> ChromeLines:
    """The chrome lines of every page of a blocks table, read batch by batch.

    Parameters
    ----------
    batches : iterable of mapping
        The blocks table's :data:`CHROME_COLUMNS`, column -> values, in file order (a
        page's blocks are consecutive; a page may run over two batches).
    site_key_of : mapping of str to str
        Page -> its ``site_key`` (pages table); a page missing from it is skipped.

    Returns
    -------
    ChromeLines
        Every page's chrome lines under its site key.
    """
    found = ChromeLines()
    for page, columns in _pages_of(batches):
        if (key := site_key_of.get(page)) is not None:
            found.add_page(key, page_chrome_lines(*columns))
    return found


def _pages_of(
    batches: Iterable[Mapping[str, Sequence]],
) -> Iterator[tuple[str, tuple[list, list, list, list]]]:
    """Each page of the batches with its (line_no, label, field, text) columns."""
    page = None
    columns: tuple[list, list, list, list] = ([], [], [], [])
    for batch in batches:
        rows = zip(*(batch[name] for name in CHROME_COLUMNS), strict=True)
        for name, line_no, label, field, text in rows:
            if name != page:
                if page is not None:
                    yield page, columns
                page, columns = name, ([], [], [], [])
            for values, value in zip(columns, (line_no, label, field, text), strict=True):
                values.append(value)
    if page is not None:
        yield page, columns


def run_chrome_lines(blocks_path: Path, pages_path: Path) -> ChromeLines:
    """The chrome lines of a run's pages, from its blocks and pages tables.

    Parameters
    ----------
    blocks_path, pages_path : Path
        The blocks and pages Parquet files ``clean`` wrote.

    Returns
    -------
    ChromeLines
        Every page's chrome lines under its ``site_key``.

    Raises
    ------
    TableError
        A file that cannot be read as the table (one line naming it).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.errors import TableError

    try:
        pages = pq.read_table(pages_path, columns=["page", "site_key"])
        site_key_of = dict(
            zip(pages.column("page").to_pylist(), pages.column("site_key").to_pylist(), strict=True)
        )
        return read_chrome_lines(_chrome_batches(blocks_path), site_key_of)
    except (OSError, KeyError, pa.ArrowException) as err:
        raise TableError(f"{blocks_path}: cannot read its pages' chrome lines: {err}") from err


def _chrome_batches(path: Path) -> Iterator[dict[str, list]]:
    """The :data:`CHROME_COLUMNS` of the blocks of chrome lines in the blocks Parquet file
    at ``path``, row group by row group (``clean`` writes a page's blocks in one).

    The lines are told apart on the Arrow columns (a line with a block that is not
    usable, or with no chrome block, is left out): only the chrome lines' blocks become
    Python values, not the bodies.

    Parameters
    ----------
    path : Path
        A blocks table written by ``clean``.

    Yields
    ------
    dict of str to list
        Column -> values, in file order.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    names = pa.array(sorted(_NAME_FIELDS))
    with pq.ParquetFile(path) as source:
        for group in range(source.num_row_groups):
            table = source.read_row_group(group, columns=list(CHROME_COLUMNS))
            if not table.num_rows:
                continue
            page, line_no = table.column("page"), table.column("line_no")
            usable = pc.or_(
                pc.equal(table.column("label"), "boilerplate"),
                pc.is_in(table.column("field"), value_set=names),
            )
            chrome = pc.equal(table.column("field"), "chrome")
            starts = np.ones(table.num_rows, dtype=bool)
            starts[1:] = pc.or_(
                pc.not_equal(page.slice(1), page.slice(0, table.num_rows - 1)),
                pc.not_equal(line_no.slice(1), line_no.slice(0, table.num_rows - 1)),
            ).to_numpy()
            line = np.cumsum(starts) - 1
            unusable = np.bincount(line, weights=~usable.to_numpy(zero_copy_only=False))
            has_chrome = np.bincount(line, weights=chrome.to_numpy(zero_copy_only=False))
            kept = table.filter(pa.array(((unusable == 0) & (has_chrome > 0))[line]))
            yield {name: kept.column(name).to_pylist() for name in CHROME_COLUMNS}

"""The lines a site prints around its stories (menu, footer notice): whose pages they are.

A page that names its site by a name two sites of a run share ("The Morning Star" of
two countries), or names none ("unknown site"), still prints its site's *chrome*: the
section menu and the footer notice its site's other pages print. This module reads each
page's chrome lines off its blocks where the page is cleaned (:func:`page_chrome_kinds`,
in ``clean``'s workers, written as the pages table's ``chrome_lines``; ``clean``'s end
and ``metrics`` read that column back, or the blocks table when a pages table has no
such column), and :mod:`analysis.clean.outlet_merge` files such a page under the one
outlet whose pages print the same line.

A page's *chrome line* is a line of the page (``line_no``) whose blocks are all labelled
boilerplate or are the site's name read off it (metadata ``outlet`` or
``credited_source``: the holder inside a notice), one of them ``chrome``.
A run of chrome lines each opening with a bullet ("• Home", "• |", "• Local": a menu an
HTML page lists item by item) or of at most :data:`MAX_ENTRY_WORDS` words ("Home" /
"Local": a browser's copy of that list, one entry a line) is one line, as a text dump
prints the menu ("Home | Local"). A line is compared by its words only (runs of letters and digits,
case folded, every run of digits read as one: the year of a notice changes), so
separators and spacing do not matter; it counts only with at least
:data:`MIN_LINE_WORDS` words holding a letter (a site's name, a two-word label, "Read
more", or a phone number is no evidence). Each line is kept as an 8-byte hash with the
pages of each outlet key that print it: memory grows with the distinct chrome lines of a
run, not with its pages.

A line of :data:`NARROW_LINE_WORDS` words ("The Star · Nairobi", a menu of three
sections) is kept apart (:attr:`ChromeLines.narrow`): it only chooses among the outlets a
page's own name already narrows it to, page by page (the pages of the keys asked for,
``name:`` keys, are kept each with its lines: :attr:`ChromeLines.page_lines`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from analysis.text.lines import is_bullet, line_hash

#: A chrome line is compared only when it has at least this many words: fewer is a name
#: ("The Morning Star") or a label ("Read more"), printed by unrelated sites alike. A
#: structural bound (a menu of four items, a notice's "© 2026 NAME"), set before
#: measuring; ``benchmarks/corpus_outlets.py`` counts the pages it files WRONG.
MIN_LINE_WORDS = 4
#: A chrome line of this many words (one fewer than :data:`MIN_LINE_WORDS`: a name with
#: its town, "The Star · Nairobi", a menu of three sections) is evidence only among the
#: outlets a page's name narrows it to (two sites of one name, a group's sister papers).
#: Structural, not tuned: a site's name and a label ("Read more") stay out.
NARROW_LINE_WORDS = 3
#: A chrome line of at most this many words (split at spaces: "What's On", "Arts &
#: Culture") is a menu entry when it stands in a run of such lines: a list's item, as
#: a bullet line is. Structural (a section's label), not tuned.
MAX_ENTRY_WORDS = 3
#: The block columns a page's chrome lines are read from.
CHROME_COLUMNS = ("page", "line_no", "label", "field", "text")
#: The pages table's column of each page's chrome lines (:func:`page_chrome_kinds`).
CHROME_COLUMN = "chrome_lines"
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
    return set(page_chrome_kinds(line_nos, labels, fields, texts)[0])


def page_chrome_kinds(
    line_nos: Sequence[int], labels: Sequence[str], fields: Sequence[str], texts: Sequence[str]
) -> list[list[int]]:
    """One page's chrome lines of each kind, from its block columns: what
    :func:`read_chrome_lines` reads off the blocks table for the page, worked out where
    the page is cleaned (``clean``'s workers write it as the pages table's
    ``chrome_lines``: :func:`run_chrome_lines` then reads a column, not the blocks).

    Parameters
    ----------
    line_nos, labels, fields, texts : sequence
        The page's blocks (``line_no``, ``label``, ``field``, ``text``), in page order.

    Returns
    -------
    list of list of int
        The hashes of its chrome lines that count alone, of its narrow lines and of its
        name lines (:meth:`_LineHashes.of_page_kinds`), each list sorted.
    """
    lines: list[list] = []  # per line: number, text, all blocks usable, one of them chrome
    for line_no, label, field, text in zip(line_nos, labels, fields, texts, strict=True):
        if not lines or line_no != lines[-1][0]:
            lines.append([line_no, "", True, False])
        line = lines[-1]
        line[1] += text
        line[2] = line[2] and (label == "boilerplate" or field in _NAME_FIELDS)
        line[3] = line[3] or field == "chrome"
    hashes = _LineHashes()
    kinds = hashes.of_page_kinds(
        (line_no, hashes.line(text)) for line_no, text, usable, chrome in lines if usable and chrome
    )
    return [sorted(kind) for kind in kinds]


class _LineHashes:
    """The hashes of pages' chrome lines, each distinct line's words and hash worked out
    once (a site prints the same menu and notice on every page): memory grows with the
    distinct lines of a run, as :class:`ChromeLines` does."""

    def __init__(self, wanted: frozenset[int] = frozenset()) -> None:
        self._lines: dict[str, tuple[bool, bool, str, int | None, int | None]] = {}
        self._menus: dict[str, tuple[int | None, int | None]] = {}
        self._wanted = wanted
        #: The text of each line of ``wanted`` met (the least, as printings of one line's
        #: words differ in case or spacing): :func:`run_line_texts`.
        self.texts: dict[int, str] = {}

    def of_page(self, lines: Iterable[tuple[int, tuple]]) -> set[int]:
        """The hashes of a page's chrome lines of at least :data:`MIN_LINE_WORDS` words.

        Parameters
        ----------
        lines : iterable of tuple
            Each chrome line's number and :meth:`line` of its text (its blocks joined;
            the lines whose blocks are all usable and one of them chrome, module
            docstring), in order.

        Returns
        -------
        set of int
            As :func:`page_chrome_lines`: a run of bullet lines and menu entries (at
            most :data:`MAX_ENTRY_WORDS` words) on consecutive line numbers is one line
            (a menu listed item by item).
        """
        return self.of_page_kinds(lines)[0]

    def of_page_kinds(
        self, lines: Iterable[tuple[int, tuple]]
    ) -> tuple[set[int], set[int], set[int]]:
        """:meth:`of_page`, and the page's lines that count only among the outlets its
        name narrows it to: those of :data:`NARROW_LINE_WORDS` words, and a menu's
        bullet lines without the entries over them (a masthead printed as a line of its
        own right over its menu: "Northern Weekly" / "• Fells" / "• Lakes" ...); and
        its lines that stand alone and could be a name (one entry of at most
        :data:`MAX_ENTRY_WORDS` words, no bullet: "Millbrook Nearby" over a group's
        notice), as :func:`name_line_hash` hashes them.

        Parameters
        ----------
        lines : iterable of tuple
            As :meth:`of_page`.

        Returns
        -------
        tuple of set of int
            The lines of :meth:`of_page`, the narrow ones and the name lines.
        """
        found: set[int] = set()
        narrow: set[int] = set()
        names: set[int] = set()
        menu: list[tuple[bool, str]] = []  # a run of menu items: (a bullet line, words)
        previous = None
        for line_no, (item, bullet, words, hashed, narrowed) in lines:
            if menu and not (item and line_no == previous + 1):
                self._add_menu(found, narrow, menu, names)
                menu = []
            if item:
                menu.append((bullet, words))
                previous = line_no
            else:
                self._add(found, hashed)
                self._add(narrow, narrowed)
        if menu:
            self._add_menu(found, narrow, menu, names)
        return found, narrow - found, names

    def line(self, text: str) -> tuple[bool, bool, str, int | None, int | None]:
        """A line's text as :meth:`of_page` reads it.

        Parameters
        ----------
        text : str
            A chrome line as printed (its blocks joined).

        Returns
        -------
        tuple
            Whether it is a menu's item (a bullet line, or one of at most
            :data:`MAX_ENTRY_WORDS` words that does not count alone), whether it is a
            bullet line, its words (:func:`line_words`), its hash when it counts alone
            (at least :data:`MIN_LINE_WORDS` words), else None, and its hash when it
            is no item and has :data:`NARROW_LINE_WORDS` words, else None.
        """
        if (known := self._lines.get(text)) is None:
            words = line_words(text)
            hashed, narrow = _hashes(words)  # (a line that counts alone is no entry)
            bullet = is_bullet(text)
            item = bullet or (hashed is None and len(text.split()) <= MAX_ENTRY_WORDS)
            narrowed = None if item else narrow
            known = self._lines[text] = (item, bullet, words, hashed, narrowed)
            self._keep(text.strip(), hashed, narrowed)
        return known

    def _keep(self, text: str, *hashes: int | None) -> None:
        """Keep a line's text when one of its hashes is wanted."""
        for hashed in hashes:
            if hashed in self._wanted and (hashed not in self.texts or text < self.texts[hashed]):
                self.texts[hashed] = text

    def _add_menu(
        self, found: set[int], narrow: set[int], menu: list[tuple[bool, str]], names: set[int]
    ) -> None:
        if len(menu) == 1 and not menu[0][0] and menu[0][1]:  # one entry alone: a name?
            names.add(name_line_hash(menu[0][1]))
        whole, narrowed = self._menu(" ".join(words for _, words in menu if words))
        self._add(found, whole)
        self._add(narrow, narrowed)
        if not all(bullet for bullet, _ in menu):
            bullets = " ".join(words for bullet, words in menu if bullet and words)
            counted, narrowed = _hashes(bullets)
            part = counted or narrowed
            self._add(narrow, part)

    def _menu(self, words: str) -> tuple[int | None, int | None]:
        if words not in self._menus:
            self._menus[words] = _hashes(words)
            self._keep(words, *self._menus[words])
        return self._menus[words]

    @staticmethod
    def _add(found: set[int], hashed: int | None) -> None:
        if hashed is not None:
            found.add(hashed)


def name_line_hash(words: str) -> int:
    """The hash of a name as a line standing alone is compared with it (apart from the
    other chrome lines' hashes).

    Parameters
    ----------
    words : str
        The line's or the name's :func:`line_words`.

    Returns
    -------
    int
        Its hash.
    """
    return line_hash(f"name {words}")


def _hashes(words: str) -> tuple[int | None, int | None]:
    """A line's hash when it has enough words with a letter (at least
    :data:`MIN_LINE_WORDS`: digits are no evidence, every phone number reads "0 0 0"),
    else None; and its hash when it has :data:`NARROW_LINE_WORDS` such words, else None.
    Its words are counted once, and hashed once (``line_words`` gives them)."""
    split = words.split()
    letter_words = len(split) - sum(map(str.isdigit, split))
    counted = letter_words >= MIN_LINE_WORDS
    narrow = letter_words == NARROW_LINE_WORDS
    hashed = line_hash(words) if counted or narrow else None
    return (hashed if counted else None), (hashed if narrow else None)


class ChromeLines:
    """The chrome lines of a run's pages, each with the pages of each outlet key printing it.

    Attributes
    ----------
    pages : dict of int to Counter
        A chrome line's hash -> outlet key (a page's ``site_key``) -> how many of that
        key's pages print it.
    narrow : dict of int to Counter
        The same, for the lines that count only among the outlets a page's name narrows
        it to (:data:`NARROW_LINE_WORDS` words, a menu without the masthead over it).
    page_lines : dict of str to tuple
        Page -> its key and its chrome lines of both kinds with its name lines
        (:meth:`_LineHashes.of_page_kinds`), for the pages kept one by one
        (:func:`read_chrome_lines`: the ``name:`` keys'; a page without a chrome line
        is not listed).
    key_pages : Counter
        Key -> how many pages it has, for the keys whose pages are kept one by one.
    """

    def __init__(self) -> None:
        self.pages: dict[int, Counter[str]] = {}
        self.narrow: dict[int, Counter[str]] = {}
        self.page_lines: dict[str, tuple[str, frozenset[int]]] = {}
        self.key_pages: Counter[str] = Counter()

    def add_page(
        self,
        key: str,
        lines: Iterable[int],
        narrow: Iterable[int] = (),
        page: str | None = None,
        names: Iterable[int] = (),
    ) -> None:
        """Count one page's chrome lines under its outlet key.

        Parameters
        ----------
        key : str
            The page's ``site_key``.
        lines : iterable of int
            Its chrome lines (:func:`page_chrome_lines`).
        narrow : iterable of int, optional
            Its lines of :data:`NARROW_LINE_WORDS` words.
        page : str, optional
            The page's name: its lines are then also kept with it (:attr:`page_lines`).
        names : iterable of int, optional
            Its name lines (:func:`name_line_hash`), kept with it only.
        """
        lines, narrow = frozenset(lines), frozenset(narrow)
        # in hash order: the same order whether a page's lines come as sets (read off
        # the blocks) or as sorted lists (the pages table's column)
        for line in sorted(lines):
            self.pages.setdefault(line, Counter())[key] += 1
        for line in sorted(narrow):
            self.narrow.setdefault(line, Counter())[key] += 1
        if page is not None and (lines or narrow or names):
            self.page_lines[page] = (key, lines | narrow | frozenset(names))

    def printing(self, line: int) -> Counter[str]:
        """The keys whose pages print a line of either kind.

        Parameters
        ----------
        line : int
            A chrome line's hash.

        Returns
        -------
        Counter
            Key -> its pages printing it (empty when none).
        """
        return self.pages.get(line, Counter()) + self.narrow.get(line, Counter())

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
        for source, target in ((self.pages, found.pages), (self.narrow, found.narrow)):
            for line, counts in source.items():
                renamed: Counter[str] = Counter()
                for key, n in counts.items():
                    renamed[new_keys.get(key, key)] += n
                target[line] = renamed
        found.page_lines = {
            page: (new_keys.get(key, key), lines) for page, (key, lines) in self.page_lines.items()
        }
        for key, n in self.key_pages.items():
            found.key_pages[new_keys.get(key, key)] += n
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
    batches: Iterable[LineBatch],
    site_key_of: Mapping[str, str],
    page_keys: Callable[[str], bool] | None = None,
) -> ChromeLines:
    """The chrome lines of every page of a blocks table, read batch by batch.

    Parameters
    ----------
    batches : iterable of LineBatch
        The chrome lines of the blocks table (:func:`_chrome_line_batches`), in file
        order (a page's lines are consecutive; a page, or a line, may run over two
        batches).
    site_key_of : mapping of str to str
        Page -> its ``site_key`` (pages table); a page missing from it is skipped.
    page_keys : callable, optional
        Whether a key's pages are kept one by one (:attr:`ChromeLines.page_lines`);
        none when not given.

    Returns
    -------
    ChromeLines
        Every page's chrome lines under its site key.
    """
    hashes = _LineHashes()
    kinds = (
        (page, hashes.of_page_kinds((n, hashes.line(text)) for n, text in lines))
        for page, lines in _pages_of(batches)
        if page in site_key_of
    )
    return chrome_lines_of_pages(kinds, site_key_of, page_keys)


def chrome_lines_of_pages(
    pages: Iterable[tuple[str, Sequence[Iterable[int]]]],
    site_key_of: Mapping[str, str],
    page_keys: Callable[[str], bool] | None = None,
) -> ChromeLines:
    """The chrome lines of a run's pages, from each page's lines of each kind.

    Parameters
    ----------
    pages : iterable of tuple
        Each page with its chrome lines that count alone, its narrow lines and its name
        lines (:func:`page_chrome_kinds`), in the pages table's order.
    site_key_of : mapping of str to str
        Page -> its ``site_key`` (pages table); a page missing from it is skipped.
    page_keys : callable, optional
        As for :func:`read_chrome_lines`.

    Returns
    -------
    ChromeLines
        Every page's chrome lines under its site key.
    """
    found = ChromeLines()
    for page, (lines, narrow, names) in pages:
        if (key := site_key_of.get(page)) is not None:
            kept = page if page_keys is not None and page_keys(key) else None
            found.add_page(key, lines, narrow, kept, names)
    if page_keys is not None:
        found.key_pages.update(key for key in site_key_of.values() if page_keys(key))
    return found


class LineBatch(NamedTuple):
    """Chrome lines (whose blocks are all usable, one of them chrome), in file order,
    with the pages and texts each given once.

    Attributes
    ----------
    pages : list of str
        The distinct pages of the batch.
    page_codes : list of int
        Each line's page, as an index into ``pages``.
    line_nos : list of int
        Each line's ``line_no``.
    texts : list of str
        The distinct texts of the batch's lines (a line's blocks joined).
    text_codes : list of int
        Each line's text, as an index into ``texts``.
    """

    pages: list[str]
    page_codes: list[int]
    line_nos: list[int]
    texts: list[str]
    text_codes: list[int]


def _pages_of(batches: Iterable[LineBatch]) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """Each page of the line batches with its (line_no, text) lines; the parts of a line
    split between two batches are joined."""
    page = None
    lines: list[tuple[int, str]] = []
    for batch in batches:
        pages, texts = batch.pages, batch.texts
        rows = zip(batch.page_codes, batch.line_nos, batch.text_codes, strict=True)
        for page_code, line_no, text_code in rows:
            if (name := pages[page_code]) != page:
                if page is not None:
                    yield page, lines
                page, lines = name, []
            if lines and lines[-1][0] == line_no:
                lines[-1] = (line_no, lines[-1][1] + texts[text_code])
            else:
                lines.append((line_no, texts[text_code]))
    if page is not None:
        yield page, lines


def run_chrome_lines(
    blocks_path: Path, pages_path: Path, page_keys: Callable[[str], bool] | None = None
) -> ChromeLines:
    """The chrome lines of a run's pages, from its pages table's :data:`CHROME_COLUMN`
    (``clean``'s workers work each page's out: :func:`page_chrome_kinds`), or from its
    blocks table when the pages table has no such column (a table an earlier version of
    ``clean`` wrote): the same lines either way.

    Parameters
    ----------
    blocks_path, pages_path : Path
        The blocks and pages Parquet files ``clean`` wrote.
    page_keys : callable, optional
        Whether a key's pages are kept one by one (:func:`read_chrome_lines`).

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

    path = pages_path
    try:
        pages = pq.read_table(pages_path, columns=["page", "site_key"])
        site_key_of = dict(
            zip(pages.column("page").to_pylist(), pages.column("site_key").to_pylist(), strict=True)
        )
        if CHROME_COLUMN in pq.read_schema(pages_path).names:
            kinds = _column_kinds(pages_path)
            return chrome_lines_of_pages(kinds, site_key_of, page_keys)
        path = blocks_path
        return read_chrome_lines(_chrome_line_batches(blocks_path), site_key_of, page_keys)
    except (OSError, KeyError, pa.ArrowException) as err:
        raise TableError(f"{path}: cannot read its pages' chrome lines: {err}") from err


def _column_kinds(pages_path: Path) -> Iterator[tuple[str, list[list[int]]]]:
    """Each page of a pages table with its :data:`CHROME_COLUMN`, batch by batch (a
    page without a value: TableError naming the table and the page)."""
    import pyarrow.parquet as pq

    from analysis.errors import TableError

    with pq.ParquetFile(pages_path) as source:
        for batch in source.iter_batches(columns=["page", CHROME_COLUMN]):
            pages, kinds = batch.column(0).to_pylist(), batch.column(1).to_pylist()
            for page, page_kinds in zip(pages, kinds, strict=True):
                if page_kinds is None or len(page_kinds) != 3:
                    raise TableError(f"{pages_path}: page {page!r} has no {CHROME_COLUMN}")
                yield page, page_kinds


def run_line_texts(blocks_path: Path, wanted: Iterable[int]) -> dict[int, str]:
    """The texts of some chrome lines of a run, by their hashes: the blocks table read
    again for the few lines that name what they decide (:mod:`analysis.clean.outlet_split`),
    the others kept as hashes only.

    Parameters
    ----------
    blocks_path : Path
        The blocks Parquet file ``clean`` wrote.
    wanted : iterable of int
        The lines' hashes (:class:`ChromeLines`).

    Returns
    -------
    dict of int to str
        Each wanted line a page prints -> its text as printed (the least of its
        printings; a menu printed one entry a line: its words).

    Raises
    ------
    TableError
        A file that cannot be read as the table (one line naming it).
    """
    import pyarrow as pa

    from analysis.errors import TableError

    hashes = _LineHashes(frozenset(wanted))
    try:
        for _, lines in _pages_of(_chrome_line_batches(blocks_path)):
            hashes.of_page_kinds((n, hashes.line(text)) for n, text in lines)
    except (OSError, KeyError, pa.ArrowException) as err:
        raise TableError(f"{blocks_path}: cannot read its pages' chrome lines: {err}") from err
    return hashes.texts


def _chrome_line_batches(path: Path) -> Iterator[LineBatch]:
    """The chrome lines of the blocks Parquet file at ``path``: each line's ``page``,
    ``line_no`` and ``text`` (its blocks' texts joined), row group by row group
    (``clean`` writes a page's blocks in one).

    The lines are told apart and joined on the Arrow columns (a line with a block that is
    not usable, or with no chrome block, is left out): only the chrome lines become
    Python values, not the bodies, one value per line, not per block.

    Parameters
    ----------
    path : Path
        A blocks table written by ``clean``.

    Yields
    ------
    LineBatch
        The chrome lines of a row group, in file order.
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
            usable = pc.or_(
                pc.equal(table.column("label"), "boilerplate"),
                pc.is_in(table.column("field"), value_set=names),
            )
            chrome = pc.equal(table.column("field"), "chrome")
            line = np.cumsum(_line_starts(table)) - 1
            unusable = np.bincount(line, weights=~usable.to_numpy(zero_copy_only=False))
            has_chrome = np.bincount(line, weights=chrome.to_numpy(zero_copy_only=False))
            kept = table.filter(pa.array(((unusable == 0) & (has_chrome > 0))[line]))
            if not kept.num_rows:
                continue
            starts = np.flatnonzero(_line_starts(kept))
            offsets = pa.array(np.append(starts, kept.num_rows), type=pa.int32())
            texts = pa.ListArray.from_arrays(offsets, kept.column("text").combine_chunks())
            firsts = pa.array(starts)
            pages = pc.dictionary_encode(kept.column("page").take(firsts).combine_chunks())
            joined = pc.dictionary_encode(pc.binary_join(texts, ""))
            yield LineBatch(
                pages.dictionary.to_pylist(),
                pages.indices.to_numpy().tolist(),
                kept.column("line_no").take(firsts).to_numpy().tolist(),
                joined.dictionary.to_pylist(),
                joined.indices.to_numpy().tolist(),
            )


def _line_starts(table: object) -> object:
    """Whether each block of an Arrow table opens a line (a new page or line number)."""
    import numpy as np
    import pyarrow.compute as pc

    page, line_no, rows = table.column("page"), table.column("line_no"), table.num_rows
    starts = np.ones(rows, dtype=bool)
    starts[1:] = pc.or_(
        pc.not_equal(page.slice(1), page.slice(0, rows - 1)),
        pc.not_equal(line_no.slice(1), line_no.slice(0, rows - 1)),
    ).to_numpy()
    return starts

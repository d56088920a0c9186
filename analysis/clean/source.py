"""What ``clean`` is given: a folder of pages or a page table, told apart by the path.

Kept free of the reading modules (pathlib only): the command line checks its input
with :func:`clean_source_problem` before it starts the worker server, so the server's
imports begin at once and run beside the command's own (``analysis.clean.page_table``
and the page readers it imports cost ~0.3 CPU-s, which came before the server).
"""

from __future__ import annotations

from pathlib import Path

#: File name endings read as a page table (anything else given to ``clean`` is a folder).
PARQUET_SUFFIXES = (".parquet", ".pq")
#: JSON Lines: ``.jl`` is Scrapy's name for its feed export of one item a line
#: (``scrapy crawl SPIDER -o items.jl``).
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jl")
#: (a CSV table's rows: analysis.clean.csv_table, which names the same endings)
CSV_TABLE_SUFFIXES = (".csv", ".tsv")
#: A web archive's endings, read as a table of its captures (analysis.clean.web_archive);
#: a WET file (Common Crawl's ``NAME.warc.wet.gz``) is a WARC file of the pages' text, a
#: WACZ file (Browsertrix's) a zip of WARC files.
WEB_ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz", ".wacz")


def is_web_archive(path: str | Path) -> bool:
    """True when ``path`` names a WARC or ARC file (also gzipped), by its name alone.

    Parameters
    ----------
    path : str or Path
        A ``clean`` input or a file of a folder; the file need not exist.

    Returns
    -------
    bool
        Whether the name ends in :data:`WEB_ARCHIVE_SUFFIXES` (any case).
    """
    return Path(path).name.lower().endswith(WEB_ARCHIVE_SUFFIXES)


def is_page_table(path: str | Path) -> bool:
    """True when ``path`` names a Parquet, JSON Lines or CSV file or a web archive (not a
    folder).

    Parameters
    ----------
    path : str or Path
        A ``clean`` input; the file need not exist.

    Returns
    -------
    bool
        Decided by the suffix (any case), never by the content.
    """
    path = Path(path)
    suffixes = (*PARQUET_SUFFIXES, *JSONL_SUFFIXES, *CSV_TABLE_SUFFIXES)
    return (path.suffix.lower() in suffixes or is_web_archive(path)) and not path.is_dir()


def clean_source_problem(source: str | Path, manifest: str | Path | None = None) -> str | None:
    """Why ``clean`` cannot start on ``source`` (None when it can), found without
    reading it: checked before any work starts (a worker server, a cluster).

    Parameters
    ----------
    source : str or Path
        A folder of raw pages, or a page table (:func:`is_page_table`).
    manifest : str or Path, optional
        The ``--manifest`` given, if any (for a folder only).

    Returns
    -------
    str or None
        The path and the reason (``"raw: not a folder"``), or None.
    """
    source = Path(source)
    if is_page_table(source):
        if manifest is not None:
            carries = (
                "a web archive carries each page's URL"
                if is_web_archive(source)
                else "a page table carries its own url/outlet/published columns"
            )
            return f"{manifest}: {carries}; --manifest is for a folder of pages"
        return None if source.is_file() else f"{source}: no such file"
    if source.is_dir():
        return None
    if not source.exists():
        return f"{source}: no such folder"
    advice = other_file_advice(source.name) or (
        "clean reads a folder of pages (put the file in a folder and clean the folder), "
        "a page table (.parquet, .jsonl, .csv) or a web archive (.warc.gz)"
    )
    if source.suffix.lower() == ".json":  # read in a folder when it is a page (a record, a list)
        advice = f"put the file in a folder and clean the folder: {advice}"
    return f"{source}: not a folder: {advice}"


#: Why ``clean`` does not take a file of these kinds, and what to give it instead.
_OTHER_FILES = (
    (
        WEB_ARCHIVE_SUFFIXES,
        "a web archive is cleaned on its own, one page per captured HTML or text page: "
        "newscompare clean FILE.warc.gz (a WACZ file as it is: newscompare clean "
        "FILE.wacz; several WARC files of one crawl joined first, their records as they "
        "are: cat *.warc.gz > crawl.warc.gz)",
    ),
    (
        (".wat", ".wat.gz"),
        "a WAT file (Common Crawl) holds the metadata of a crawl's captures (headers and "
        "links, as JSON), not the pages: give the WARC file (their HTML) or the WET file "
        "(their text): newscompare clean NAME.warc.gz",
    ),
    (
        (".xlsx", ".xls", ".ods"),
        "a spreadsheet workbook is not read: save its sheet as CSV (UTF-8) and clean that "
        "as a page table (an id and a text or html column), or give a table of page "
        "metadata (file, url, outlet, published) with --manifest beside a folder of pages",
    ),
    (
        (".url", ".webloc", ".desktop"),
        "a link to a page that the browser or the desktop saved (an internet shortcut), "
        "not the page: open it and save the page itself (Save Page As), or its text",
    ),
    (
        (".ini",),
        "a settings file (Windows writes desktop.ini in a folder it shows its own way), not a page",
    ),
    (
        (".json",),
        "a .json file is read as a page only when it is one article's record, an object "
        "with a text or html field (or a scraper's: maintext, as news-please writes one "
        "file per article), or lists stories, each with a title and a date or summary (a "
        "news API's response, a JSON Feed); page metadata (url, outlet, published of each "
        "file) is given with --manifest; a page table in JSON is JSON Lines, one object per "
        "line (.jsonl)",
    ),
)


def other_file_advice(name: str) -> str | None:
    """What to give ``clean`` instead of a web archive, a spreadsheet, a JSON file, a link.

    Parameters
    ----------
    name : str
        A file name.

    Returns
    -------
    str or None
        Why ``clean`` does not read such a file and what it reads instead; None for any
        other name.
    """
    lowered = name.lower()
    return next((advice for ends, advice in _OTHER_FILES if lowered.endswith(ends)), None)

"""One page cleaned into its rows, in plain Python: the per-page hot path of ``clean``.

:func:`clean_page` segments a page read by analysis.clean.read and builds its PAGES row
(:func:`page_row`), its block columns and its ARTICLES rows as plain Python values
(:class:`CleanedPage`: cheap to build, pickle and join). :func:`clean_chunk` (files)
and :func:`clean_table_rows` (rows of a page table) are one chunk of work of the
``clean`` command
(analysis.clean.pipeline), run in any process: a file or table row that cannot be read
as a page is a :class:`SkippedPage`. The tables are written by
analysis.clean.table_writer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from analysis.clean.articles import (
    PageFacts,
    article_rows,
    html_body_lines,
    page_article_rows,
    page_site,
    unless_headline,
    unnamed_site,
    with_page_url,
)
from analysis.clean.html_page import HtmlMetadata
from analysis.clean.listing import ArticleRegion
from analysis.clean.manifest import ManifestEntry
from analysis.clean.markup_lines import NO_MARKUP
from analysis.clean.news_export import STORY_FIELDS, ExportStory, read_export
from analysis.clean.non_story import HEADLINES_ONLY, headlines_only, is_script_notice
from analysis.clean.notebook_file import NOTEBOOK_ENCODING
from analysis.clean.page_metadata import FIND_SITE, FieldSpan, KnownSite
from analysis.clean.page_table import TablePage, one_record_row, record_row, table_page
from analysis.clean.read import (
    RECORD_SUFFIX,
    RECORDS_SUFFIXES,
    STORY_TABLE_SUFFIXES,
    Page,
    RawEntry,
    json_listing_page,
    not_a_page_reason,
    read_file_bytes,
    read_page,
    saved_listing_page,
    script_listing_page,
)
from analysis.clean.reference_export import read_reference_export
from analysis.clean.reference_report import read_reference_report
from analysis.clean.segment import (
    BlockColumns,
    check_page_blocks,
    region_block_columns,
    segment_page_columns,
)
from analysis.clean.site_chrome import page_chrome_kinds
from analysis.clean.site_name import page_site_name
from analysis.clean.slug_headline import spelled_by_story_slug
from analysis.clean.story_table import (
    table_one_story,
    table_stories_document,
    table_text_stories,
    text_stories,
)
from analysis.errors import PageReadError, TableError
from analysis.text import words_counted_once
from analysis.vocabulary import LABELS

#: How the ``skipped.csv`` reason of a page that was read but gave no article starts.
NO_ARTICLE = "read, but no article in the page's text"


class CleanedPage(NamedTuple):
    """One page cleaned, as plain Python values (cheap to build, pickle and join).

    ``row`` is its PAGES row, ``blocks`` its block columns
    (analysis.clean.segment.segment_page_columns), ``articles`` its ARTICLES rows
    (analysis.clean.articles.article_rows); ``no_article`` says why a page gave
    no article (:func:`no_article_reason`; a row of ``skipped.csv``), None when it
    gave one; ``chrome_lines`` its chrome lines of each kind, read off its blocks
    (:func:`analysis.clean.site_chrome.page_chrome_kinds`: the PAGES column of that
    name, worked out here, in the process that cleans the page, not by the command).
    """

    name: str
    row: dict
    blocks: BlockColumns
    articles: list[dict]
    no_article: str | None
    chrome_lines: list[list[int]]


def _cleaned(
    page: Page, row: dict, blocks: BlockColumns, articles: list[dict], reason: str | None
) -> CleanedPage:
    """A :class:`CleanedPage`, with the chrome lines of its blocks."""
    chrome = page_chrome_kinds(blocks["line_no"], blocks["label"], blocks["field"], blocks["text"])
    return CleanedPage(page.name, row, blocks, articles, reason, chrome)


class SkippedPage(NamedTuple):
    """A file that could not be read as a page, and why (a row of ``skipped.csv``)."""

    page: str
    reason: str


def clean_files(
    files: list[RawEntry], manifest: dict[str, ManifestEntry] | None = None
) -> list[CleanedPage | SkippedPage]:
    """Read and clean each file (one chunk of work, run in any process).

    ``manifest`` holds the pages' manifest rows by file name (analysis.clean.manifest).

    Parameters
    ----------
    files : list of RawEntry
        The chunk's raw files.
    manifest : dict of str to ManifestEntry, optional
        File name -> manifest row; None: no manifest.

    Returns
    -------
    list
        Per file, in order: its :class:`CleanedPage`, or a :class:`SkippedPage` when it
        cannot be read as a page (analysis.errors.PageReadError).
    """
    results: list[CleanedPage | SkippedPage] = []
    for entry in files:
        if entry.name.lower().endswith(RECORDS_SUFFIXES):
            results.extend(_clean_record_file(entry, manifest))
            continue
        if entry.name.lower().endswith(STORY_TABLE_SUFFIXES):
            results.extend(_clean_story_table(entry, manifest))
            continue
        try:
            # no link swapped in since the folder was listed is followed
            page = read_page(entry.path, name=entry.name, follow_symlinks=False)
        except PageReadError as err:
            results.append(SkippedPage(entry.name, err.reason))
            continue
        results.extend(clean_read_page(page, PageFacts((manifest or {}).get(page.name), page.html)))
    return results


#: Why a notebook whose text lists no stories is skipped (a researcher's own analysis).
NOTEBOOK_NO_LISTING = (
    "a Jupyter notebook that lists no stories: its notes and printed outputs read as "
    "{found}, not as a table or list of stories (a notebook is read only as the stories "
    "its outputs print, as a data frame of titles and dates; an analysis notebook's "
    "notes, code and plots are no page)"
)


def _notebook_listing(result: CleanedPage | SkippedPage) -> CleanedPage | SkippedPage:
    """A notebook read as a page (:mod:`analysis.clean.notebook_file`) kept when its text
    is a listing (the stories a printed data frame or list holds), else skipped naming
    why: a researcher's own analysis notebook in her folder of pages (Markdown notes,
    summary tables, plots' ``<Figure ...>`` texts) would be one junk article."""
    if isinstance(result, SkippedPage) or result.row.get("layout") == "listing":
        return result
    n = len(result.articles)
    found = "no article" if not n else "one article" if n == 1 else f"{n} articles"
    return SkippedPage(result.name, NOTEBOOK_NO_LISTING.format(found=found))


def _clean_record_file(
    entry: RawEntry, manifest: dict[str, ManifestEntry] | None
) -> list[CleanedPage | SkippedPage]:
    """A ``.json`` file of the folder: an article's record (news-please's one file per
    article) read as a page table's row, its url, title, byline, date and outlet as a
    manifest row's (the folder's manifest row wins when it has one); a news API's
    response listing stories read as a listing page (:func:`json_listing_page`); any
    other JSON file skipped as no page, with what to give instead. A JSON Lines file
    of the folder (``.jsonl``: yt-dlp's ``--dump-json`` lines, a crawler's dataset) is
    read as the stories its lines list, one card a line; one whose lines hold saved
    pages or name files (:data:`TABLE_FIELDS`: a table of pages, a manifest) is skipped
    with the advice to clean it on its own or give it with ``--manifest``, as is one
    that lists no stories."""
    shown = entry.path.parent / entry.name.rsplit("/", 1)[-1]
    listed = (manifest or {}).get(entry.name)
    suffix = next(s for s in RECORDS_SUFFIXES if entry.name.lower().endswith(s))
    try:
        data = read_file_bytes(entry.path, shown, follow_symlinks=False)
        if suffix != RECORD_SUFFIX and _holds_pages(data):
            raise PageReadError(shown, not_a_page_reason(suffix))
        row = record_row(data, entry.name)
        if row is None:  # a news API's response listing stories, else no page
            listing = json_listing_page(data, entry.name, shown)
            stories = (
                None if listing is not None or suffix == RECORD_SUFFIX else _text_story_lines(data)
            )
            if listing is None and stories is not None:  # lines of titles and texts
                return _rows_as_pages(entry, stories, row_offset=1)
            if listing is None:
                bad = _bad_line(data) if suffix != RECORD_SUFFIX else None
                reason = not_a_page_reason(suffix)
                raise PageReadError(shown, reason if bad is None else f"{bad}: {reason}")
            return clean_read_page(listing, PageFacts(listed, listing.html))
        page, given = table_page(entry.path, row)
    except PageReadError as err:
        return [SkippedPage(entry.name, err.reason)]
    return clean_read_page(page, PageFacts(listed or given, page.html))


def _clean_story_table(
    entry: RawEntry, manifest: dict[str, ManifestEntry] | None
) -> list[CleanedPage | SkippedPage]:
    """A ``.csv`` / ``.tsv`` file of the folder: read as the listing of the stories its
    rows list (:mod:`analysis.clean.story_table`: ``trafilatura --csv``, a scraper's
    export); one naming no headline's column, naming files or holding pages (a
    manifest, a table of pages) skipped as no page, with what to give instead."""
    shown = entry.path.parent / entry.name.rsplit("/", 1)[-1]
    suffix = next(s for s in STORY_TABLE_SUFFIXES if entry.name.lower().endswith(s))
    try:
        data = read_file_bytes(entry.path, shown, follow_symlinks=False)
        try:
            saved = table_stories_document(entry.path)
        except ValueError as err:  # a row of a table of stories that cannot be read
            raise PageReadError(shown, f"{err}: {not_a_page_reason(suffix)}") from err
        if saved is None:
            # a table of one story whose row holds its text (a scraper's one-item export):
            # that story's page, as a JSON file's record is
            story = table_one_story(entry.path)
            row = None if story is None else one_record_row(story, entry.name)
            if row is None:
                stories = table_text_stories(entry.path)
                if stories is not None:  # rows of titles and texts: a page each
                    return _rows_as_pages(entry, stories, row_offset=2)
                raise PageReadError(shown, not_a_page_reason(suffix))
            page, given = table_page(entry.path, row)
            listed = (manifest or {}).get(entry.name)
            return clean_read_page(page, PageFacts(listed or given, page.html))
        listing = saved_listing_page(saved, entry.name, shown, len(data))
    except PageReadError as err:
        return [SkippedPage(entry.name, err.reason)]
    return clean_read_page(listing, PageFacts((manifest or {}).get(entry.name), listing.html))


def _rows_as_pages(
    entry: RawEntry, stories: list[dict], row_offset: int
) -> list[CleanedPage | SkippedPage]:
    """Each row of a folder's table of titles and texts (:func:`table_text_stories`, a
    researcher's own scraper's ``url, title, text`` rows) cleaned as that story's page,
    named ``FILE/NNN`` (:func:`story_page_name`), as a one-row table's row is the
    file's page; a row whose page cannot be read is skipped, naming its row."""
    results: list[CleanedPage | SkippedPage] = []
    for number, story in enumerate(stories, 1):
        name = story_page_name(entry.name, number, len(stories))
        row = one_record_row(story, name)
        if row is None:  # (every row holds its text: table_text_stories)
            continue
        try:
            page, given = table_page(entry.path, row._replace(row_no=number + row_offset - 1))
        except PageReadError as err:
            results.append(SkippedPage(name, err.reason))
            continue
        results.extend(clean_read_page(page, PageFacts(given, page.html)))
    return results


def _text_story_lines(data: bytes) -> list[dict] | None:
    """A JSON Lines file's lines as rows of titles and texts (:func:`table_text_stories`
    of its objects), None when a line is no object or the rows are no such table."""
    records = []
    for line in data.splitlines():
        try:
            value = json.loads(line) if line.strip() else None
        except ValueError:  # (a UnicodeDecodeError is one)
            return None
        if value is None:
            continue
        if not isinstance(value, dict):
            return None
        records.append(value)
    return text_stories(records)


#: The fields of a JSON Lines line that make its file a table of pages (saved pages'
#: ``html``: analysis.clean.page_table) or of page metadata (a manifest's ``file``:
#: analysis.clean.manifest), not a list of stories.
TABLE_FIELDS = ("html", "file")


def _bad_line(data: bytes) -> str | None:
    """Which line of a JSON Lines file is no JSON ("line 3 is no JSON (Expecting ...)"),
    None when every line that is not blank is JSON."""
    for number, line in enumerate(data.splitlines(), 1):
        try:
            if line.strip():
                json.loads(line)
        except ValueError as err:  # (a UnicodeDecodeError is one)
            return f"line {number} is no JSON ({getattr(err, 'msg', None) or err})"
    return None


def _holds_pages(data: bytes) -> bool:
    """Whether a JSON Lines file's lines hold saved pages or name files
    (:data:`TABLE_FIELDS`): a table of pages or a manifest, not a list of stories."""
    for line in data.splitlines():
        try:
            value = json.loads(line) if line.strip() else None
        except ValueError:
            return False
        if isinstance(value, dict) and any(field in value for field in TABLE_FIELDS):
            return True
    return False


def clean_chunk(
    work: tuple[list[RawEntry], dict[str, ManifestEntry]],
) -> list[CleanedPage | SkippedPage]:
    """One chunk of work of ``clean`` on a folder: files and their manifest rows.

    What a worker process runs (:func:`clean_files`); this module imports neither
    pandas, pyarrow nor pandera, so neither does a worker.

    Parameters
    ----------
    work : tuple of (list of RawEntry, dict of str to ManifestEntry)
        The chunk's files, in order, and the manifest rows by file name.

    Returns
    -------
    list of CleanedPage or SkippedPage
        One entry per file, in the chunk's order: its cleaned page, or why it was skipped.
    """
    return clean_files(*work)


def clean_table_rows(table: Path, rows: list[TablePage]) -> list[CleanedPage | SkippedPage]:
    """Read and clean rows of a page table (one chunk of work, run in any process).

    Parameters
    ----------
    table : Path
        The page table (Parquet or JSON Lines) the rows come from.
    rows : list of TablePage
        The chunk's rows, already given their ids.

    Returns
    -------
    list
        Per row, in order: its :class:`CleanedPage`, or a :class:`SkippedPage` naming
        the row and why it cannot be read (analysis.clean.page_table.table_page).
    """
    results: list[CleanedPage | SkippedPage] = []
    for row in rows:
        try:
            page, entry = table_page(table, row)
        except PageReadError as err:
            results.append(SkippedPage(row.page_id, err.reason))
            continue
        results.extend(clean_read_page(page, PageFacts(entry, page.html)))
    return results


def clean_read_page(page: Page, facts: PageFacts) -> list[CleanedPage | SkippedPage]:
    """A page read, cleaned: one page, or each story of a news database export.

    Parameters
    ----------
    page : Page
        A page read by analysis.clean.read.
    facts : PageFacts
        Its manifest row and HTML metadata.

    Returns
    -------
    list
        ``[clean_page(page, facts)]``, or for an export
        (:func:`analysis.clean.news_export.read_export`) or a reference manager's
        (:func:`analysis.clean.reference_export.read_reference_export`,
        :func:`analysis.clean.reference_report.read_reference_report`) one :class:`CleanedPage` per
        story, named :func:`story_page_name`, and a :class:`SkippedPage` for each story
        that cannot be read (naming the file and the story's number); for a Jupyter
        notebook whose text lists no stories (a researcher's own analysis), a
        :class:`SkippedPage` saying why (:data:`NOTEBOOK_NO_LISTING`).
    """
    export = (
        read_export(page.text)
        or read_reference_export(page.text)
        or read_reference_report(page.text)
    )
    if export is None:
        cleaned = clean_page(page, facts)
        return [_notebook_listing(cleaned) if page.encoding == NOTEBOOK_ENCODING else cleaned]
    lines = export.lines
    n_stories = len(export.stories)
    # a manifest row for the file names its stories' outlet; a URL, title, byline or
    # date would describe one page, not every story of the file
    manifest = facts.manifest
    if manifest is not None:
        manifest = replace(manifest, url=None, published=None, title=None, byline=None)
    results: list[CleanedPage | SkippedPage] = []
    for story in export.stories:
        name = story_page_name(page.name, story.number, n_stories)
        if export.item_page and n_stories == 1:
            name = page.name  # one item's report is that item's page
        if story.problem is not None:
            reason = f"{page.name}: {export.layout} export, {story.problem} (of {n_stories})"
            results.append(SkippedPage(name, reason))
            continue
        text = "\n".join(lines[story.first_line : story.last_line + 1])
        story_page = Page(name, text, page.encoding, len(text.encode("utf-8")))
        results.append(clean_story(story_page, story, manifest))
    return results


#: Between an export's file name and a story's number in the story's page name: never
#: in a file name, so a story's name is no other file's.
STORY_SEPARATOR = "/"


def story_page_name(file: str, number: int, n_stories: int) -> str:
    """The page name of one story of a news database export: ``FILE/NNN``.

    Parameters
    ----------
    file : str
        The export's page name (its file name).
    number : int
        The story's position in the file, from 1.
    n_stories : int
        The file's stories: every number has as many digits (at least three), so the
        names sort in the file's order.

    Returns
    -------
    str
        For example ``nexis.txt/007``.
    """
    width = max(3, len(str(n_stories)))
    return f"{file}{STORY_SEPARATOR}{number:0{width}d}"


def clean_story(
    page: Page, story: ExportStory, manifest: ManifestEntry | None = None
) -> CleanedPage:
    """Rows of one story of a news database export: its blocks are its export's fields
    (title, outlet, date and byline lines; the database's own field lines as metadata,
    field ``export_field``) and its body lines; its article takes those fields
    (source ``export``; a manifest row for the file wins, as everywhere).

    Parameters
    ----------
    page : Page
        The story's lines as a page (:func:`clean_read_page`).
    story : ExportStory
        The story, its line numbers in the whole export.
    manifest : ManifestEntry, optional
        The export file's manifest row (its outlet only: :func:`clean_read_page`).

    Returns
    -------
    CleanedPage
        Its PAGES row, blocks and one ARTICLES row.
    """
    lines = page.text.split("\n")
    offset = story.first_line
    spans = []
    for i, role in sorted(story.fields.items()):
        line = lines[i - offset]
        start = len(line) - len(line.lstrip())
        field = role if role in STORY_FIELDS else "export_field"
        spans.append(FieldSpan(i - offset, start, len(line.rstrip()), field))
    body = tuple(i - offset for i in story.body_lines if lines[i - offset].strip())
    region = ArticleRegion(0, len(lines) - 1, body, tuple(spans))
    blocks = region_block_columns(page.text, page.name, [region])
    check_page_blocks(blocks, page.text)
    facts = PageFacts(manifest, export=story)
    articles = article_rows(blocks, page.text, facts, site=None)
    row = page_row(page, blocks, articles, facts, site=None)
    reason = None if articles else no_article_reason(page)
    return _cleaned(page, row, blocks, articles, reason)


@words_counted_once
def clean_page(page: Page, facts: PageFacts | None = None) -> CleanedPage:
    """Segment one page and build its rows, in plain Python (the per-page hot path).

    Every distinct line's words are counted once (analysis.text.words_counted_once).
    An HTML page whose rendered text gives no article but whose JSON-LD holds an
    article body it does not print (``HtmlMetadata.script_body``: a page saved without
    running the script that renders its story) is cleaned as its rendered text followed
    by that body, the body lines being the body's (:func:`script_rendered_page`); its
    title, byline and date are the markup's, as for any HTML page.

    Parameters
    ----------
    page : Page
        A page read by analysis.clean.read.read_page.
    facts : PageFacts, optional
        Its manifest row and HTML metadata (default: from ``page.html`` only).

    Returns
    -------
    CleanedPage
        Its PAGES row, block columns (checked against the page text), ARTICLES rows and,
        when it has none, why.

    Raises
    ------
    TableError
        When the blocks do not tile the page.
    """
    facts = facts or PageFacts(html=page.html)
    site = page_site_name(page.text.split("\n"))  # once per page, passed to every user
    if site is not None and site.source == "page" and spelled_by_story_slug(site.name, facts.url):
        site = None  # a short headline the story's URL spells (analysis.clean.slug_headline)
    # the story's <h1> opening a page without its logo
    site = unless_headline(site, facts, page.text.split("\n"))
    body_lines = html_body_lines(page.text, page.html)
    marks = facts.html.markup_lines if facts.html is not None else NO_MARKUP
    blocks = segment_page_columns(page.text, page.name, body_lines, site, facts.byline, marks)
    check_page_blocks(blocks, page.text)
    if site is None:  # an HTML page's <title> may name it (title_site)
        site = unnamed_site(page.text.split("\n"), blocks, facts)
    non_stories: list[str] = []
    articles, site = page_article_rows(blocks, page.text, facts, site=site, non_stories=non_stories)
    html = facts.html
    if (
        html is not None
        and html.script_body
        and html.body != html.script_body
        and _script_shell(articles)
    ):
        page, html = script_rendered_page(page, facts.html)
        return clean_page(page, replace(facts, html=html))
    # no article, or only a script notice ("enable JavaScript", or the page's <noscript>
    # text in any language): the stories are the data's
    if (
        page.html is not None
        and page.html.script_listing
        and (page.html.script_shell or _script_shell(articles))
    ):
        listing = script_listing_page(page)
        return clean_page(listing, replace(facts, html=listing.html))
    row = page_row(page, blocks, articles, facts, site)
    reason = None if articles else no_article_reason(page, non_stories)
    return _cleaned(page, row, blocks, articles, reason)


def _script_shell(articles: Sequence[dict]) -> bool:
    """The rendered text gave no article, or only the notice a script-rendered page shows
    without its script (analysis.clean.non_story.is_script_notice): its story is the
    script data's."""
    return all(is_script_notice(article.get("body") or "") for article in articles)


def script_rendered_page(page: Page, html: HtmlMetadata) -> tuple[Page, HtmlMetadata]:
    """A script-rendered page as a browser would show it: its rendered text followed by
    its JSON-LD article body, which is its main text.

    Parameters
    ----------
    page : Page
        An HTML page whose metadata holds a ``script_body``.
    html : HtmlMetadata
        Its metadata (the page's own, or a manifest run's).

    Returns
    -------
    tuple of (Page, HtmlMetadata)
        The page with the body's paragraphs after its text (a blank line between), and
        its metadata with the body as main text (``script_body`` kept, so that the
        reason for a page still without an article can name it).
    """
    body = html.script_body or ""
    text = page.text.rstrip("\n") + "\n\n" + body + "\n"
    html = replace(html, body=body)
    return replace(page, text=text, html=html), html


def no_article_reason(page: Page, non_stories: Sequence[str] = ()) -> str:
    """Why a page gave no article: the ``skipped.csv`` reason of a page that was read.

    Parameters
    ----------
    page : Page
        The page as cleaned.
    non_stories : sequence of str, optional
        Why its would-be article was no story (``article_rows``' ``non_stories``).

    Returns
    -------
    str
        "no article in the page's text", with what the page seems to be instead when
        its would-be article was no story ("a bot check (captcha)?", "an error page
        (not found)?", "a cookie or consent wall?", "a login page?"); else, for an
        HTML page, what its script data holds: a JSON-LD article body (then also
        cleaned, without an article either) or a script framework's application state
        (``__NEXT_DATA__``, ...), the hint that a browser would render the story from
        it; else, for a page of headlines with no line of prose, :data:`HEADLINES_ONLY`.
    """
    reason = NO_ARTICLE
    if non_stories:
        return f"{reason}: {'; '.join(dict.fromkeys(non_stories))}"
    html = page.html
    held = []
    if html is not None and html.script_body:
        n_chars = len(html.script_body)
        held.append(f"a JSON-LD articleBody of {n_chars} characters, no article either")
    if html is not None and html.app_state:
        held.append(f"its data {html.app_state}, not read")
    if held:
        return f"{reason}: script-rendered page? (it holds {'; '.join(held)})"
    if headlines_only(page.text):
        return f"{reason}: {HEADLINES_ONLY}"
    return reason


def _site_text(text: str, blocks: BlockColumns, articles: list[dict]) -> str:
    """The part of a page that names the site serving it.

    On a listing page only the text above the first card and below the last one (its
    masthead and footer) counts: a card's own outlet line near the top is that card's
    outlet, not the masthead of the page that lists it.
    """
    if len(articles) <= 1:
        return text
    cards = [
        (start, end)
        for start, end, index in zip(
            blocks["start"], blocks["end"], blocks["article_index"], strict=True
        )
        if index >= 0
    ]
    if not cards:
        return text
    first, last = min(start for start, _ in cards), max(end for _, end in cards)
    return text[:first] + "\n" + text[last:].lstrip("\n")


def page_row(
    page: Page,
    blocks: BlockColumns,
    articles: list[dict],
    facts: PageFacts | None = None,
    site: KnownSite = FIND_SITE,
) -> dict:
    """One PAGES row from a page, its block columns, ARTICLES rows and manifest / HTML facts.

    ``site`` is the site name of the page's whole text when the caller has found it; a
    listing page's own site is read from the text above its first card and below its
    last (found here).

    Parameters
    ----------
    page : Page
        The page read.
    blocks : BlockColumns
        Its block columns; their labels must cover every character.
    articles : list of dict
        Its ARTICLES rows; on a listing page the site is read from the text above
        the first card and below the last.
    facts : PageFacts, optional
        Its manifest row and HTML metadata; None: the page's own HTML only.
    site : KnownSite
        As for :func:`analysis.clean.page_metadata.find_site_name`.

    Returns
    -------
    dict
        Column -> value, keyed by the PAGES columns.

    Raises
    ------
    analysis.errors.TableError
        The blocks' labels do not cover the page's characters exactly.
    """
    chars = dict.fromkeys(LABELS, 0)
    for label, start, end in zip(blocks["label"], blocks["start"], blocks["end"], strict=True):
        chars[label] += end - start
    n_chars = len(page.text)
    if sum(chars.values()) != n_chars:
        raise TableError(f"{page.name}: block labels cover {sum(chars.values())} of {n_chars}")
    site_text = _site_text(page.text, blocks, articles)
    # the URL a clipping's header or the file's name gives, as the page's articles take it
    facts = with_page_url(facts or PageFacts(html=page.html), page.text, page.name)
    outlet, shown = page_site(
        site_text,
        page.name,
        facts,
        site if site_text == page.text else FIND_SITE,
    )
    return {
        "page": page.name,
        "encoding": page.encoding,
        "n_bytes": page.n_bytes,
        "n_chars": n_chars,
        "layout": "listing" if len(articles) > 1 else "article",
        "site": shown,
        "site_key": outlet.key,
        "n_articles": len(articles),
        "body_chars": chars["body"],
        "title_chars": chars["title"],
        "metadata_chars": chars["metadata"],
        "boilerplate_chars": chars["boilerplate"],
        "boilerplate_ratio": chars["boilerplate"] / n_chars,
    }

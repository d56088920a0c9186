"""Clipping tables: a media-monitoring export printed as a table, one article a row.

A press office's or a monitoring service's coverage report lists the articles it found
one row each, under a header row naming the columns (``Date | Outlet | Headline |
Snippet``), with tabs between the cells, pipes (``a | b``), semicolons (a spreadsheet
saved as CSV in a locale whose decimal mark is the comma: ``Data;Mitjà;Titular``, a quoted
cell's own semicolons separating none), as a Markdown table (``| a | b |`` over a
``|---|---|`` rule) or as a database client's box table (psql's ``| a | b |`` between
``+---+---+`` rules). Each row is an article with its own outlet, date, headline and
text, not one page's body.

The header decides: its cells are column names (the words :data:`COLUMN_ROLES` gives
each field, the language's words for a report's columns, not a site's), one of them a
headline's and one an outlet's, and one more a date's or a text's (a table of titles and
publishers alone is a reading list); or a headline's, an author's and a date's (a site's
own posts as its publishing system lists them, WordPress's "Posts" screen copied as
text: the site the outlet of every row), or a headline's and a date's named by a
database's identifiers (``post_title``, ``post_date``: a client's print of a site's
table of posts, wp-cli's). The rows under it, split the same way into as many cells, are
the articles, :data:`~analysis.clean.card_blocks.MIN_CARDS` or more; the table ends at
the first line that is not such a row (blank lines between rows are allowed, and a row's
actions line, "Edit | Trash | View", between two rows), or at the header printed again
under the rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.header_lines import is_menu_line
from analysis.clean.page_metadata import FieldSpan
from analysis.clean.record_keys import key_role
from analysis.clean.reference_export import given_name_first
from analysis.text import LETTER_RUN

# The words of a column name per field a row's cell fills, as written.
_COLUMN_NAMES: dict[str, frozenset[str]] = {
    "title": frozenset(
        {
            "headline",
            "title",
            "article title",
            "titel",
            "überschrift",
            "schlagzeile",
            "titre",
            "titolo",
            "título",
            "titular",
            "titulo",
            "kop",
            "tytuł",
            "nagłówek",
            "titulek",
            "titulok",
            "cím",
            "titlu",
            "títol",
            "rubrik",
            "overskrift",
            "tittel",
            "otsikko",
            "pealkiri",  # Estonian "headline"
            "başlık",
            "başlıq",  # Azerbaijani
            "judul",
            "tajuk",
            "заголовок",
            "назва",
            "τίτλος",
            "tiêu đề",
            "tieu de",
            "ਸਿਰਲੇਖ",
            "शीर्षक",
            "தலைப்பு",  # Tamil
            "제목",  # Korean "title"
            "سرخی",  # Urdu and Punjabi (Shahmukhi) "headline"
            "عنوان",  # Arabic, Persian and Urdu "title"
            "titul",  # Interlingue and Slovak "title"
            "link text",  # a social-media monitoring export: the shared link's headline
        }
    ),
    "outlet": frozenset(
        {
            "outlet",
            "feed",  # a feed reader's item's feed (newsboat's saved article's "Feed:")
            "media outlet",
            "source",
            "site",  # a scrape's or a database's record ("site", "site_name")
            "site name",
            "publication",
            "publication name",
            "publication title",  # Zotero's CSV export
            "media name",  # a Media Cloud story list ("media_name")
            "media",
            "medium",
            "newspaper",
            "publisher",
            "source name",
            "quelle",
            "medien",
            "fuente",
            "medio",
            "média",
            "testata",
            "giornale",  # Italian "newspaper"
            "giurnale",  # Neapolitan "newspaper"
            "fonte",
            "journal",
            "zeitung",
            "bron",
            "krant",
            "źródło",
            "zdroj",
            "médium",
            "lap",
            "forrás",
            "sursa",
            "sursă",
            "publicație",
            "mitjà",
            "font",
            "boarne",  # West Frisian "source"
            "källa",
            "tidning",
            "kilde",
            "lähde",
            "lehti",  # Finnish "paper" (sanomalehti, a newspaper)
            "kaynak",
            "yayın",
            "sumber",
            "джерело",
            "источник",
            "видання",
            "издание",
            "πηγή",
            "μέσο",
            "veículo",
            "báo",
            "bao",
            "nguồn",
            "nguon",
            "ਸਰੋਤ",
            "स्रोत",
            "மூலம்",  # Tamil "source"
            "언론사",  # Korean "press company" (a news database's outlet column)
            "اخبار",  # Urdu, Punjabi and Persian "newspaper"
            "jurnal",  # Interlingue and Romanian "newspaper"
            "page name",  # a social-media monitoring export: the page that shared it
        }
    ),
    "published": frozenset(
        {
            "date",
            "published",
            "publication date",
            "pub date",
            "pubdate",  # RSS's pubDate element, as a feed dump prints it ("pubDate: Wed, ...")
            "published date",
            "publish date",  # a Media Cloud story list ("publish_date")
            "published at",  # a database's columns ("published_at", "published_on")
            "published on",
            "datum",
            "fecha",
            "data",
            "date de publication",
            "erscheinungsdatum",
            "dato",
            "päivämäärä",
            "julkaistu",  # Finnish "published"
            "dátum",
            "tarih",
            "tarix",  # Azerbaijani
            "tanggal",
            "tarikh",
            "tarikh terbit",  # Malay "publication date" (a record's "tarikh_terbit")
            "дата",
            "ημερομηνία",
            "ngày",
            "ngay",
            "ਮਿਤੀ",
            "तारीख",
            "दिनांक",
            "일자",  # Korean "date"
            "تاریخ",  # Urdu, Punjabi and Persian "date"
            "تاريخ",  # Arabic "date"
            "post created date",  # a social-media monitoring export
        }
    ),
    "body": frozenset(
        {
            "snippet",
            "summary",
            "excerpt",
            "extract",
            "teaser",
            "abstract",
            "abstract note",  # Zotero's CSV export
            "lead",
            "lede",  # (the newsroom's spelling of "lead")
            "text",
            "description",
            "content",
            "body",
            "auszug",
            "zusammenfassung",
            "resumen",
            "extracto",
            "extrait",
            "résumé",
            "estratto",
            "testo",  # Italian and Neapolitan "text"
            "sommario",
            "riassunto",
            "samenvatting",
            "streszczenie",
            "perex",
            "shrnutí",
            "összefoglaló",
            "kivonat",
            "rezumat",
            "resum",
            "sammanfattning",
            "ingress",
            "sammendrag",
            "tiivistelmä",
            "teksti",  # Finnish "text"
            "tekst",  # Estonian, Dutch, Polish, Danish and Norwegian "text"
            "gearfetting",  # West Frisian "summary"
            "özet",
            "ringkasan",
            "анотація",
            "аннотация",
            "περίληψη",
            "resumo",
            "tóm tắt",
            "tom tat",
            "nội dung",
            "noi dung",
            "ਸਾਰ",
            "सारांश",
            "சுருக்கம்",  # Tamil "summary"
            "본문",  # Korean "body text"
            "خلاصہ",  # Urdu and Punjabi "summary"
            "خلاصه",  # Persian "summary"
            "resume",  # Interlingue "summary" (and "résumé" written without accents)
        }
    ),
    "byline": frozenset(
        {
            "author",
            "authors",
            "byline",
            "journalist",
            "writer",
            "reporter",
            "autor",
            "autorin",
            "auteur",
            "autore",
            "szerző",
            "författare",
            "forfatter",
            "kirjoittaja",
            "skriuwer",  # West Frisian "writer"
            "yazar",
            "müəllif",  # Azerbaijani
            "penulis",
            "автор",
            "συντάκτης",
            "tác giả",
            "tac gia",
            "ਲੇਖਕ",
            "लेखक",
            "ஆசிரியர்",  # Tamil "author", "editor"
            "기고자",  # Korean "contributor"
            "기자",  # Korean "reporter"
            "aŭtoro",  # Esperanto
            "autoro",  # Esperanto without its breve
            "لکھاری",  # Punjabi and Urdu "writer"
            "مصنف",  # Urdu and Arabic "author"
            "نویسنده",  # Persian "author"
        }
    ),
}
#: The words of a column name per field a row's cell fills (compared case folded, as
#: the name's letter runs joined by one space): case-folded as the name is, so a Greek
#: word's final "ς" reads "σ" ("τίτλος", "συντάκτης").
COLUMN_ROLES: dict[str, frozenset[str]] = {
    field: frozenset(word.casefold() for word in words) for field, words in _COLUMN_NAMES.items()
}

#: The words of a column holding each row's address (compared as :data:`COLUMN_ROLES`'):
#: a read-later service's export ("URL,Title,Selection,Folder,Timestamp") names no
#: outlet column; the address's host is the row's outlet when no column names one.
ADDRESS_COLUMNS = frozenset({"url", "link", "address", "web address"})
#: The last word of a scraping tool's column holding a link it followed, the column
#: named after the user's selector ("article-href", "Title_URL", "Field1_links"): an
#: address column when no column is named :data:`ADDRESS_COLUMNS`' way; "href" first
#: (the card's own link), then the others (the start page's address is the site's too).
ADDRESS_ENDINGS = ("href", "url", "link", "links")
#: The words of a column holding a quoted passage of the article a reader selected or
#: highlighted (a read-later export's "Selection", "Highlight"): its text.
SELECTION_COLUMNS = frozenset({"selection", "highlight", "highlights", "note"})

#: The words of a database export's first column, its rows' names (Notion's and
#: Airtable's primary field, "Name"): the headline's column when no column is named as
#: one (compared as :data:`COLUMN_ROLES`').
NAME_COLUMNS = frozenset({"name"})

#: The role of an address column giving the outlet (:data:`ADDRESS_COLUMNS`).
ADDRESS = "address"
# A web address's host, after its scheme and a leading "www.".
_HOST = re.compile(r"(?:https?://)(?:www\.)?([^/\s:?#\"]+)")


def _gate_words(names: frozenset[str]) -> tuple[str, ...]:
    """One word of each name (the name itself when it is one word, else a word of it
    that is a one-word name, else its longest), without a word holding another one (a
    text holding "titulok" holds "titulo")."""
    single = {name for name in names if " " not in name}
    chosen = single | {
        next((word for word in name.split() if word in single), max(name.split(), key=len))
        for name in names
    }
    return tuple(sorted(w for w in chosen if not any(o != w and o in w for o in chosen)))


# One word of each headline column's name: the case-folded text of a header row or a
# headline's label holds one, the name being the letter runs of the case-folded cell
# (speed only: a line holding none is no header, answered before it is cut into cells).
_TITLE_WORDS = _gate_words(COLUMN_ROLES["title"] | NAME_COLUMNS)


def may_name_a_headline(line: str) -> bool:
    """Whether a line may name a headline's column or field (speed only).

    A header's cell or a label (:mod:`analysis.clean.labelled_blocks`) whose name is
    one of :data:`COLUMN_ROLES`' headline names (or :data:`NAME_COLUMNS`') holds a
    word of each such name (casefold is the same letter by letter in a cell as in its
    line).

    Parameters
    ----------
    line : str
        A header row's candidate, or a line of labelled fields.

    Returns
    -------
    bool
        False when the case-folded line holds none of those words: no cell or label
        of it names a headline's column.
    """
    return any(map(line.casefold().__contains__, _TITLE_WORDS))


#: Most characters of a header row (a row of column names; a longer line is none).
MAX_HEADER_CHARS = 300
#: Most characters of a CSV export's header row: a social-media monitoring tool's export
#: names some 40 columns (up to 60 characters each); ten times a printed table's.
MAX_CSV_HEADER_CHARS = 3000

# A Markdown table's rule under its header (``|---|:---:|``).
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A box table's rule over, under and between its rows, as a database client prints it
# (psql's ``+-----+-----+``, ``+=====+`` under the header).
_BOX_RULE = re.compile(
    r"^\s*\+(?:-{3,}\+)+\s*$|^\s*\+(?:={3,}\+)+\s*$"
    # drawn with the box-drawing characters (sqlite3's ".mode box", DuckDB's default,
    # a table library's grid): "┌───┬───┐", "├───┼───┤", "╞═══╪═══╡", "└───┴───┘"
    r"|^\s*[\u2500-\u257f]*[\u2500\u2501\u2550]{3,}[\u2500-\u257f]*\s*$"
)
#: A cell a data tool prints for a missing value (SQL's NULL, a data frame's NaN / None /
#: <NA>, R's NA, Julia's "missing"): an empty cell.
_MISSING_VALUES = frozenset({"NULL", "null", "NaN", "None", "<NA>", "NaT", "NA", "missing"})
# The separators between cells: tabs, a pipe, the spaces of a column-aligned table.
_SEPARATORS = {
    "tabs": re.compile(r"\t+"),
    # (a box-drawn table's "│"; polars' dashed "┆" between a data frame's columns)
    "pipes": re.compile(r"\s*[|\u2502\u2503\u2551\u2506\u250a]\s*"),
    # a spreadsheet saved as CSV where the locale's list separator is ";" (the comma is
    # the decimal mark): a ";" inside a quoted cell ("a; b") separates none
    "semicolons": re.compile(r';(?=[^"]*(?:"[^"]*"[^"]*)*$)'),
    "aligned": re.compile(r" {2,}"),
    # a CSV export ("URL,Title,Selection"): a "," inside a quoted cell separates none
    "commas": re.compile(r',(?=[^"]*(?:"[^"]*"[^"]*)*$)'),
}


# The most lines a box table's header takes down to the rule under it: the names, and a
# data frame library's "---" line and types (polars).
_HEADER_LINES = 3
# The line of column types a tibble prints under its header ("<date>  <chr>  <int>"):
# a type of letters in angle brackets a column, nothing else.
_TYPE_ROW = re.compile(r"^\s*(?:<[a-z]+>\s*)+$")
# The printing of a data frame's rows (:func:`_indexed_cells`), and a row's index.
_INDEXED = "indexed"
# The printing of a data frame whose rows' numbers stand apart behind a rule, its
# columns aligned by spaces after it (Julia's DataFrames.jl: " Row │ date  title"):
# read as an aligned table, the rule's mark as a space (:func:`_unnumbered`).
_NUMBERED = "numbered"
_VERTICAL_MARKS = "|\u2502\u2503\u2551\u2506\u250a"
_ROW_INDEX = re.compile(r"\d+ +")


def table_rows(lines: Sequence[str], only: str | None = None) -> list[ArticleRegion]:
    """Return one region per article row of the page's clipping table, or [].

    Parameters
    ----------
    lines : sequence of str
        The page's lines (no line endings).
    only : str, optional
        A printing (``"commas"``: a CSV export) the table must be printed in.

    Returns
    -------
    list of ArticleRegion
        In page order: each row's line is its extent and its body line; its fields are
        the cells of the named columns (the headline's cell its title, the outlet's its
        outlet, the date's ``published``, the text's ``body``, the author's ``byline``),
        the separators chrome. Empty when no header row names a headline's and an
        outlet's column and a date's or a text's (or a headline's, an author's and a
        date's), or fewer than
        :data:`~analysis.clean.card_blocks.MIN_CARDS` rows under it fill the headline.
    """
    for i, line in enumerate(lines):
        if only == "commas" and "," not in line:
            continue  # (no comma: no CSV header, :func:`_header_printings`)
        for printing in _header_printings(line):
            if only not in (None, printing) or not may_name_a_headline(line):
                continue
            header = (
                _cells(_unnumbered(line), "aligned")
                if printing == _NUMBERED
                else _cells(line, printing)
            )
            roles = _column_roles(line, header)
            if roles is None:
                continue
            starts = [start for start, _ in header]
            if printing == "aligned" and line[:1] == " " and _indexed_under(lines, i):
                # a data frame printed by its library (pandas' to_string(), R's print): the
                # header opens over the rows' index, each column's cells end where its
                # name does
                printing, starts = _INDEXED, [end for _, end in header]
            rows = _rows_under(lines, i, printing, roles, starts)
            if len(rows) >= MIN_CARDS:
                return rows
    return []


def _header_printings(line: str) -> list[str]:
    """The printings a header line may be cut by: :func:`_printing`'s, then the commas
    of a CSV export whose header holds spaces (a column named "Score (weighted  —
    Likes 1x ...)" reads as an aligned table's gap); a line longer than
    :data:`MAX_HEADER_CHARS` only as a CSV's (up to :data:`MAX_CSV_HEADER_CHARS`)."""
    if len(line) > MAX_CSV_HEADER_CHARS:
        return []
    printing = _printing(line) if len(line) <= MAX_HEADER_CHARS else None
    found = [printing] if printing is not None else []
    if printing == "pipes" and _unnumbered(line) != line:
        found.append(_NUMBERED)
    if printing != "commas" and "," in line and "\t" not in line:
        found.append("commas")
    return found


def _unnumbered(line: str) -> str:
    """A data frame's line with its row numbers' rule mark as a space (Julia's " Row │
    date  title" or "   1 │ 2026-12-03  Ferry ..."), when the line holds one such mark,
    after its first cell, and its columns after it are set apart by two spaces or more;
    the line unchanged otherwise."""
    marks = [k for k, char in enumerate(line) if char in _VERTICAL_MARKS]
    if len(marks) != 1 or not line[: marks[0]].strip() or "  " not in line[marks[0] :].strip():
        return line
    return line[: marks[0]] + " " + line[marks[0] + 1 :]


def _printing(line: str) -> str | None:
    """How a line may split into cells (a :data:`_SEPARATORS` key): at tabs, at pipes, or
    at runs of spaces (a table whose columns spaces align, as a page's HTML table is
    printed as text); None for a line with none of them."""
    if "\t" in line:
        return "tabs"
    if any(mark in line for mark in "|\u2502\u2503\u2551\u2506\u250a"):
        return "pipes"
    if ";" in line:
        return "semicolons"
    if "  " in line.strip():
        return "aligned"
    return "commas" if "," in line else None


def _cells(line: str, printing: str) -> list[tuple[int, int]]:
    """The spans of a row's cells split at its ``printing``'s separators, without the
    spaces around them (a Markdown row's outer pipes open and close no cell)."""
    spans = []
    start = 0
    for separator in [*_SEPARATORS[printing].finditer(line), None]:
        end = separator.start() if separator else len(line)
        text = line[start:end]
        left = len(text) - len(text.lstrip())
        spans.append((start + left, start + left + len(text.strip())))
        if separator:
            start = separator.end()
    if spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]  # (``| a | b |``, or a line opening with spaces)
    if printing == "pipes" and spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    # a quoted cell's quotes are no part of it (polars prints a text cell quoted in its
    # box: ``┆ "Title" ┆``, h336)
    if printing in ("semicolons", "commas", "pipes"):
        spans = [
            (start + 1, end - 1)
            if end - start >= 2 and line[start] == line[end - 1] == '"'
            else (start, end)
            for start, end in spans
        ]
    return spans


def _aligned_cells(line: str, starts: list[int]) -> list[tuple[int, int]]:
    """The spans of a column-aligned row's cells, cut where the header's cells start
    (``starts``), or [] when a cell runs over the start of the next (no space before
    it): a line that is no row of the table."""
    bounds = [*starts[1:], max(len(line), starts[-1])]
    if any(0 < b < len(line) and line[b - 1] != " " for b in starts[1:]):
        return []
    spans = []
    for start, end in zip(starts, bounds, strict=True):
        text = line[start:end]
        left = len(text) - len(text.lstrip())
        spans.append((start + left, start + left + len(text.strip())))
    return spans


def _indexed_under(lines: Sequence[str], header: int) -> bool:
    """Whether the line under an indented header opens with a row's index at the line's
    start (a data frame's first row), not with the header's indent."""
    below = lines[header + 1] if header + 1 < len(lines) else ""
    return _ROW_INDEX.match(below) is not None


def _indexed_cells(line: str, ends: list[int]) -> list[tuple[int, int]]:
    """The spans of a data frame's row (``0   Title  2026-12-03  ...``): after its index
    (a number opening the line), each cell right-aligned to where its column's name ends
    (``ends``); [] for a line opening with no index, or whose text runs over a column's
    end (no space after it)."""
    index = _ROW_INDEX.match(line)
    if index is None or any(end < len(line) and line[end] != " " for end in ends[:-1]):
        return []
    bounds = [index.end(), *ends[:-1]]
    spans = []
    for start, end in zip(bounds, [*ends[:-1], max(len(line), ends[-1])], strict=True):
        text = line[start:end]
        left = len(text) - len(text.lstrip())
        spans.append((start + left, start + left + len(text.strip())))
    return spans


def _column_roles(line: str, cells: list[tuple[int, int]]) -> list[str | None] | None:
    """Per header cell, the field its name gives (None: a column no field takes, a URL's
    or a reach's; a database export's "Name" the headline's when no column is named
    one), when the names give a headline's column, an outlet's and a date's or a
    text's (or a headline's, an author's and a date's), none twice; else None."""
    roles: list[str | None] = []
    names = [" ".join(LETTER_RUN.findall(line[start:end].casefold())) for start, end in cells]
    for name in names:
        roles.append(next((field for field, words in COLUMN_ROLES.items() if name in words), None))
    for k, name in enumerate(names):  # ("post_title", "post_date": wp-cli's, a database's)
        if roles[k] is None and (role := _last_word_role(name)) is not None and role not in roles:
            roles[k] = role
    # a read-later export: the address gives the outlet when no column names one (a
    # bookmark service's "url" beside its "excerpt"), the reader's selection the text
    # when no column holds one
    has_outlet, has_body = "outlet" in roles, "body" in roles
    for k, name in enumerate(names):
        if roles[k] is None and name in ADDRESS_COLUMNS and not (has_outlet or ADDRESS in roles):
            roles[k] = ADDRESS
        elif roles[k] is None and name in SELECTION_COLUMNS and not (has_body or "body" in roles):
            roles[k] = "body"
    for ending in ADDRESS_ENDINGS:
        if has_outlet or ADDRESS in roles:
            break
        k = next(
            (k for k, name in enumerate(names) if roles[k] is None and name.endswith(" " + ending)),
            None,
        )
        if k is not None:
            roles[k] = ADDRESS
    if "title" not in roles and sum(name in NAME_COLUMNS for name in names) == 1:
        # a database export (Notion's CSV): its "Name" column names each row, the story
        roles[next(k for k, name in enumerate(names) if name in NAME_COLUMNS)] = "title"
    named = ["outlet" if role == ADDRESS else role for role in roles if role is not None]
    if len(named) != len(set(named)) or "title" not in named:
        return None
    if "outlet" in named and {"published", "body"} & set(named):
        return roles
    # a site's own posts, as its publishing system lists them (WordPress's "Posts" screen:
    # Title / Author / Categories / Tags / Date): its site the outlet of every row
    if {"byline", "published"} <= set(named):
        return roles
    # or as a client prints its database's table of posts (wp-cli's ``post list``:
    # post_date / post_title / post_excerpt, no author asked for): the headline's and the
    # date's columns named by identifiers, words joined by "_" (no report's header)
    identifiers = {
        role
        for role, (start, end) in zip(roles, cells, strict=True)
        if _IDENTIFIER.fullmatch(line[start:end].strip())
    }
    return roles if {"title", "published"} <= identifiers else None


# A column's name that is an identifier of words joined by underscores ("post_title").
_IDENTIFIER = re.compile(r"[^\W\d_]+(?:_[^\W\d_]+)+")


def _last_word_role(name: str) -> str | None:
    """The field a column name of several words gives by its last word, a column's name
    of its own (a database's or a publishing system's ``post_title``, ``post_date``,
    ``post_excerpt``, ``news_author``: its letter runs "post title" ...); a title only
    when the words before it say it is the story's (not a ``site_title``, a
    ``section_title``: :func:`analysis.clean.record_keys.key_role`); None for a name of
    one word or whose last word names no field."""
    words = name.split()
    if len(words) < 2:
        return None
    role = next((field for field, names in COLUMN_ROLES.items() if words[-1] in names), None)
    if role == "title" and key_role("_".join(words)) != "title":
        return None
    return role


def _rows_under(
    lines: Sequence[str], header: int, printing: str, roles: list[str | None], starts: list[int]
) -> list[ArticleRegion]:
    """The article rows under the ``header`` line: the lines printed as it is
    (``printing``) in as many cells (a column-aligned row: cut at the header's cell
    ``starts``), a Markdown or a box table's rule and blank lines between them skipped,
    up to the first other line; a row whose headline's cell is empty is no article."""
    rows = []
    first = header + 1
    # a second header line (DuckDB prints each column's type under its name; polars a
    # "---" line and the type) ends at the rule under the header: the lines above that
    # rule are no rows
    rule = next(
        (
            j
            for j in range(header + 1, min(header + _HEADER_LINES + 1, len(lines)))
            if _BOX_RULE.match(lines[j])
        ),
        None,
    )
    if rule is not None:
        first = rule + 1
    for i in range(first, len(lines)):
        line = lines[i]
        if not line.strip() or _MARKDOWN_RULE.match(line) or _BOX_RULE.match(line):
            continue
        if i == header + 1 and _TYPE_ROW.match(line):
            continue  # (R's tibble prints each column's type under its name: "<chr>")
        cells = _row_cells(line, printing, starts)
        if (
            len(cells) != len(roles)
            and rows
            and i + 1 < len(lines)
            and is_menu_line(line)
            and len(_row_cells(lines[i + 1], printing, starts)) == len(roles)
        ):
            continue  # a row's actions, printed under the row the mouse was over ("Edit
            # | Quick Edit | Trash | View"): the table goes on under them
        if len(cells) != len(roles) or line.strip() == lines[header].strip():
            break  # (the header printed again under the rows: the table's foot)
        fields = tuple(
            FieldSpan(i, start, end, role) if role != ADDRESS else host_span(line, i, start, end)
            for (start, end), role in zip(cells, roles, strict=True)
            if role is not None
            and end > start
            and line[start:end] not in _MISSING_VALUES
            # an author's cell of no letters is a user's number (wp-cli's post_author)
            and (role != "byline" or LETTER_RUN.search(line[start:end]))
        )
        if any(f.field == "title" for f in fields):
            rows.append(ArticleRegion(i, i, (i,), fields))
    return rows


def _row_cells(line: str, printing: str, starts: list[int]) -> list[tuple[int, int]]:
    """The cells of a line printed as the table's rows are (``printing``; a column-aligned
    row cut at the header's cell ``starts``, a data frame's row after its index at its
    columns' ends), or [] for a line printed otherwise."""
    if printing == "aligned":
        return _aligned_cells(line, starts)
    if printing == _INDEXED:
        return _indexed_cells(line, starts)
    if printing == _NUMBERED:
        unnumbered = _unnumbered(line)
        return _aligned_cells(unnumbered, starts) if unnumbered != line else []
    if printing == "commas":  # (a quoted cell may hold any other separator)
        return _cells(line, printing) if "\t" not in line else []
    return _cells(line, printing) if _printing(line) == printing else []


def names_given_first(bylines: Sequence[str | None]) -> list[str | None] | None:
    """A table's author cells each as its names given first, when every cell that holds
    one prints each name ``Last, First`` (one comma a name, names set apart by ";"): a
    reference manager's CSV export (Zotero's "Kjær, Mette"), whose names its RIS or
    BibTeX export gives the same way (:func:`~analysis.clean.reference_export.given_name_first`).

    Parameters
    ----------
    bylines : sequence of str or None
        The rows' author cells as read (None: a row naming none).

    Returns
    -------
    list of str or None, or None
        "Mette Kjær" for "Kjær, Mette" (several names joined by ", "), in the rows'
        order; None when a cell prints a name otherwise ("Jane Doe", "Doe, Jane, AP") or
        no row names an author: the cells are left as printed.
    """
    named = [byline for byline in bylines if byline]
    if not named or not all(map(_surname_first, named)):
        return None
    return [
        ", ".join(given_name_first(name) for name in byline.split(";")) if byline else byline
        for byline in bylines
    ]


def _surname_first(cell: str) -> bool:
    """Whether every name of an author cell (names set apart by ";") is ``Last, First``:
    one comma between two parts of at most :data:`_MAX_NAME_PART_WORDS` words each, with
    letters and no digit."""
    for name in cell.split(";"):
        parts = name.split(",")
        if len(parts) != 2 or any(char.isdigit() for char in name):
            return False
        if not all(0 < len(LETTER_RUN.findall(part)) <= _MAX_NAME_PART_WORDS for part in parts):
            return False
    return True


#: The most words of a surname or of given names in a ``Last, First`` cell ("de la
#: Cruz", "Ana María").
_MAX_NAME_PART_WORDS = 3


def host_span(line: str, row: int, start: int, end: int) -> FieldSpan:
    """The outlet field of an address cell or labelled value: its host without ``www.``
    (``https://www.example.sk/a`` -> ``example.sk``); the whole cell when it is no web
    address.

    Parameters
    ----------
    line : str
        The row's line.
    row : int
        Its index in the page.
    start, end : int
        The address's span in the line.

    Returns
    -------
    FieldSpan
        An ``outlet`` field.
    """
    found = _HOST.match(line, start, end)
    if found is None:
        return FieldSpan(row, start, end, "outlet")
    return FieldSpan(row, found.start(1), found.end(1), "outlet")

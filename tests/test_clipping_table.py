"""analysis.clean.clipping_table: a media-monitoring export's table, one article a row
(made-up pages)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.clipping_table import COLUMN_ROLES, names_given_first, table_rows

# Made-up clippings: date, outlet, headline, snippet.
CLIPPINGS = [
    (
        "2 March 2024",
        "North Gazette",
        "Harbour bridge to close all summer",
        "Officials said on Friday that the harbour bridge would close for repairs over the summer.",
    ),
    (
        "3 March 2024",
        "South Post",
        "Ferries step in as the bridge shuts",
        "Ferries will run every ten minutes while the work on the old bridge goes on, the "
        "operator said.",
    ),
    (
        "4 March 2024",
        "East Herald",
        "Repairs on the old bridge start in June",
        "Work on the steel frame will begin in June and last at least three months, "
        "engineers said.",
    ),
]
HEADER = ("Date", "Outlet", "Headline", "Snippet")


def _table(printing: str) -> str:
    rows = [HEADER, *CLIPPINGS]
    if printing == "tabs":
        body = ["\t".join(row) for row in rows]
    elif printing == "aligned":  # an HTML table printed as text, or a fixed-width export
        widths = [max(len(row[k]) for row in rows) + 2 for k in range(len(HEADER))]
        body = [
            "".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            for row in rows
        ]
    elif printing == "pipes":
        body = [" | ".join(row) for row in rows]
    else:  # Markdown
        body = [f"| {' | '.join(row)} |" for row in rows]
        body.insert(1, "|" + "|".join("---" for _ in HEADER) + "|")
    return "\n".join(["Coverage report: harbour bridge", "Exported 5 March 2024", "", *body, ""])


@pytest.mark.parametrize("printing", ["tabs", "pipes", "markdown", "aligned"])
def test_each_row_of_a_clipping_table_is_an_article_with_its_outlet_and_date(printing):
    articles = extract_articles(_table(printing), name="clippings.txt")
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    assert list(articles["title"]) == [title for _, _, title, _ in CLIPPINGS]
    assert list(articles["published"]) == ["2024-03-02", "2024-03-03", "2024-03-04"]
    assert list(articles["body"]) == [snippet for _, _, _, snippet in CLIPPINGS]


def test_a_table_of_titles_and_publishers_alone_is_no_clipping_table():
    # a reading list inside an article names no date's or text's column
    lines = ["Title | Publisher", "The Long Walk | Valley Books", "Salt and Stone | Harbour Press"]
    assert table_rows(lines) == []


def test_the_table_ends_at_the_first_line_that_is_no_row():
    lines = [*_table("tabs").split("\n"), "Report prepared by the press office.", "a\tb\tc\td"]
    assert [region.first_line for region in table_rows(lines)] == [4, 5, 6]


def test_a_spreadsheet_saved_with_semicolons_is_a_clipping_table():
    # (made up) a Catalan sheet saved as CSV where ";" separates the cells and a quoted
    # cell holds a ";" of its own
    page = "\n".join(
        [
            "Data;Mitjà;Titular;Enllaç;Resum",
            "04/03/2024;Diari del Port;Tanca el pont vell tot l'estiu;https://a.example/1;"
            '"Les obres començaran al juny; duraran tres mesos."',
            "05/03/2024;La Gaseta;Més barques mentre duren les obres;https://b.example/2;"
            "Els vaixells passaran cada deu minuts.",
            "",
        ]
    )
    articles = extract_articles(page, name="sheet.txt")
    assert list(articles["outlet"]) == ["Diari del Port", "La Gaseta"]
    assert list(articles["title"]) == [
        "Tanca el pont vell tot l'estiu",
        "Més barques mentre duren les obres",
    ]
    assert articles["body"].iloc[0] == "Les obres començaran al juny; duraran tres mesos."


def _assert_saved_rows(articles) -> None:
    """The three saved stories of a read-later or bookmark export (made up): their
    headlines, their addresses' hosts as outlets, the first's text, no date."""
    assert list(articles["title"]) == [
        "Ferry returns to the winter timetable",
        "Library opens a tool shelf",
        "Regatta moves to May",
    ]
    assert list(articles["outlet"]) == [
        "harbourline.example",
        "valleypost.example",
        "harbourline.example",
    ]
    assert articles["body"].iloc[0] == "Boats leave every forty minutes, not thirty, until March."
    assert articles["published"].isna().all()


def test_a_read_later_csv_export_is_a_row_per_article_its_host_the_outlet():
    # review h161 F4 (made up): a read-later service's export, commas between cells, a
    # quoted cell's commas none; no outlet column (the address's host is the outlet) and
    # the Timestamp is when the reader saved it (no date); the rows were one record
    page = "\n".join(
        [
            "URL,Title,Selection,Folder,Timestamp",
            'https://www.harbourline.example/news/ferry,"Ferry returns to the winter timetable",'
            '"Boats leave every forty minutes, not thirty, until March.",Unread,1764843120',
            'https://valleypost.example/town/library,"Library opens a tool shelf",'
            '"Residents can borrow drills and ladders for a week.",Unread,1764850800',
            'https://www.harbourline.example/sport/regatta,"Regatta moves to May",'
            '"The club said the new date gives crews, and the weather, more time.",'
            "Unread,1764856200",
            "",
        ]
    )
    articles = extract_articles(page, name="export.csv.txt")
    _assert_saved_rows(articles)


def test_a_bookmark_csv_with_an_excerpt_column_takes_its_outlet_from_the_address():
    # review h230 (made up): a bookmark service's CSV export names an excerpt column
    # (the text) and no outlet column: the address's host is the outlet, the reader's
    # own note is no text, and "created" (when it was saved) dates no row
    page = "\n".join(
        [
            "id,title,note,excerpt,url,folder,tags,created",
            '11,"Ferry returns to the winter timetable","read later",'
            '"Boats leave every forty minutes, not thirty, until March.",'
            'https://www.harbourline.example/news/ferry,News,"ferry, winter",2026-12-04T10:00:00Z',
            '12,"Library opens a tool shelf","","Residents can borrow drills for a week.",'
            "https://valleypost.example/town/library,News,town,2026-12-04T11:00:00Z",
            '13,"Regatta moves to May","","The club said the new date gives crews more time.",'
            "https://www.harbourline.example/sport/regatta,News,sport,2026-12-03T09:00:00Z",
            "",
        ]
    )
    articles = extract_articles(page, name="bookmarks.txt")
    _assert_saved_rows(articles)


@pytest.mark.parametrize(
    "header",
    [
        ("Dátum", "Lap", "Cím", "Összefoglaló"),  # Hungarian
        ("Datum", "Bron", "Kop", "Samenvatting"),  # Dutch
        ("Data", "Źródło", "Tytuł", "Streszczenie"),  # Polish
        ("Tarih", "Kaynak", "Başlık", "Özet"),  # Turkish
        ("Дата", "Джерело", "Заголовок", "Анотація"),  # Ukrainian
        ("Ημερομηνία", "Πηγή", "Τίτλος", "Περίληψη"),  # Greek: "Τίτλος" ends in final sigma
        ("ngay", "bao", "tieu_de", "tom_tat"),  # Vietnamese, a database's column names
        ("Ngày", "Báo", "Tiêu đề", "Tóm tắt"),  # Vietnamese
        ("ਮਿਤੀ", "ਸਰੋਤ", "ਸਿਰਲੇਖ", "ਸਾਰ"),  # Punjabi
    ],
)
def test_a_clipping_table_is_read_under_column_names_of_other_languages(header):
    rows = [" | ".join(header), *(" | ".join(row) for row in CLIPPINGS)]
    lines = ["Coverage report", "", *rows, ""]
    found = table_rows(lines)
    assert len(found) == len(CLIPPINGS)
    assert [
        next(lines[f.line_no][f.start : f.end] for f in r.fields if f.field == "outlet")
        for r in found
    ] == [outlet for _, outlet, _, _ in CLIPPINGS]


def test_a_line_naming_no_headline_is_not_cut_into_cells(monkeypatch):
    """Speed only: a prose line with commas (a CSV header's printing) holds none of the
    headline columns' words, so it is not split and named cell by cell."""
    from analysis.clean import clipping_table

    def refused(*_):
        raise AssertionError("cut into cells")

    monkeypatch.setattr(clipping_table, "_cells", refused)
    prose = [
        "The ferry, which sails at six, was late again, the harbour master said.",
        "Date\tOutlet\tSnippet",  # (no headline's column)
    ]
    assert table_rows(prose) == []
    assert table_rows(prose, only="commas") == []


@pytest.mark.parametrize("name", sorted(COLUMN_ROLES["title"]))
def test_every_headline_column_name_passes_the_gate(name):
    """Each headline column's name a header is read with, in any case, may name one."""
    from analysis.clean.clipping_table import _cells, _column_roles, may_name_a_headline

    for header in (f"Date,Outlet,{name.upper()},Snippet", f"| {name.title()} | Source | Date |"):
        printing = "commas" if "," in header else "pipes"
        roles = _column_roles(header, _cells(header, printing))
        assert roles is None or may_name_a_headline(header)


def test_greek_column_names_ending_in_final_sigma_give_their_fields():
    """A header cell is case-folded (the final "ς" reads "σ"); the table's words are
    too, so "Τίτλος" (title) and "Συντάκτης" (author) name their columns."""
    from analysis.clean.clipping_table import _cells, _column_roles

    header = "Τίτλος | Μέσο | Ημερομηνία | Συντάκτης"
    assert _column_roles(header, _cells(header, "pipes")) == [
        "title",
        "outlet",
        "published",
        "byline",
    ]


def test_a_database_clients_box_table_is_a_clipping_table():
    # review h176 item 5: psql prints its rows between "+---+" rules, "+===+" under the
    # header, the query over it and "(3 rows)" under it
    widths = [max(len(row[k]) for row in [HEADER, *CLIPPINGS]) for k in range(len(HEADER))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    lines = ["newsdb=> SELECT * FROM clippings LIMIT 3;", rule, row(HEADER)]
    lines += [rule.replace("-", "="), *map(row, CLIPPINGS), rule, "(3 rows)", ""]
    articles = extract_articles("\n".join(lines), name="query.txt")
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    assert list(articles["title"]) == [title for _, _, title, _ in CLIPPINGS]
    assert list(articles["body"]) == [snippet for _, _, _, snippet in CLIPPINGS]


def _box_drawn(header, rows, types=None):
    """A result as sqlite3's ".mode box" and DuckDB print it: box-drawing rules, "│"
    between cells, DuckDB's row of column types under the header."""
    shown = [header, *([types] if types else []), *rows]
    widths = [max(len(row[k]) for row in shown) for k in range(len(header))]

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w + 2) for w in widths) + right

    def row(cells) -> str:
        return "│" + "│".join(f" {c.ljust(w)} " for c, w in zip(cells, widths, strict=True)) + "│"

    lines = ["D SELECT * FROM clippings LIMIT 3;", rule("┌", "┬", "┐"), row(header)]
    lines += [row(types)] if types else []
    return [*lines, rule("├", "┼", "┤"), *map(row, rows), rule("└", "┴", "┘"), "D .quit", ""]


def test_a_box_drawn_result_is_a_clipping_table_its_type_row_and_nulls_no_values():
    # review h320 item duckdb_box_table_fy: DuckDB prints each column's type under its
    # name and NULL for a missing author
    header = ("title", "date", "outlet", "author", "snippet")
    rows = [
        (t, d, o, "NULL" if k == 2 else "Ola Strand", s) for k, (d, o, t, s) in enumerate(CLIPPINGS)
    ]
    types = ("varchar", "date", "varchar", "varchar", "varchar")
    articles = extract_articles("\n".join(_box_drawn(header, rows, types)), name="duck.txt")
    assert list(articles["title"]) == [title for _, _, title, _ in CLIPPINGS]
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    assert list(articles["byline"]) == ["Ola Strand", "Ola Strand", None]
    # sqlite3's ".mode box": no type row
    articles = extract_articles("\n".join(_box_drawn(header, rows)), name="box.txt")
    assert list(articles["body"]) == [snippet for _, _, _, snippet in CLIPPINGS]


def test_a_korean_news_database_csv_gives_its_columns_and_compact_dates():
    # review h320 item news_db_csv_ko: 일자 (date) as YYYYMMDD, 언론사 (outlet), 기고자
    # (contributor), 제목 (title), 본문 (text) among keyword columns
    lines = ["뉴스 식별자,일자,언론사,기고자,제목,키워드,본문,URL"]
    for k, (_, outlet, title, snippet) in enumerate(CLIPPINGS):
        lines.append(f'0110.{k},2024030{k + 2},{outlet},김민지 기자,{title},"a,b,c","{snippet}",')
    articles = extract_articles("\n".join(lines), name="db.txt")
    assert list(articles["published"]) == ["2024-03-02", "2024-03-03", "2024-03-04"]
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    # the cell's "기자" (reporter) after the name is no part of it, as in a story's byline
    assert list(articles["byline"]) == ["김민지"] * 3


def test_a_scraping_extensions_csv_takes_its_outlet_from_a_link_column_named_by_the_user():
    # review h320 item web_scraper_csv_eo: "<selector>-href" columns, Esperanto names
    lines = ['"web-scraper-order","artikolo","artikolo-href","titolo","dato","autoro","resumo"']
    for k, (date, _, title, snippet) in enumerate(CLIPPINGS):
        url = f"https://www.harbour-news.org/a/{k}"
        lines.append(f'"17-{k}","{title}","{url}","{title}","{date}","Ola Strand","{snippet}"')
    articles = extract_articles("\n".join(lines), name="scrape.txt")
    assert list(articles["outlet"]) == ["harbour-news.org"] * 3
    assert list(articles["published"]) == ["2024-03-02", "2024-03-03", "2024-03-04"]
    assert list(articles["byline"]) == ["Ola Strand"] * 3


def test_a_social_monitoring_csv_gives_each_shared_links_headline_page_and_day():
    # review h320 item social_monitor_csv_tt: ~40 columns (a header of 600 characters,
    # one name holding double spaces), the link's "Link Text" and "Description", the
    # sharing "Page Name", "Post Created Date"; the page's own "Message" is no text
    names = ["Page Name", "User Name", *(f"Counter {k}" for k in range(20)), "Post Created"]
    names += ["Post Created Date", "Type", "Message", "Link", "Link Text", "Description"]
    names += ["Overperforming Score (weighted  —  Likes 1x Shares 1x Comments 1x )"]
    lines = [",".join(names)]
    for date, outlet, title, snippet in CLIPPINGS:
        counts = [str(k) for k in range(20)]
        cells = [outlet, "page", *counts, "2024-03-02 10:15:04 CET", date, "Link"]
        cells += ['"Read this, friends!"', "https://a.example/1", title, f'"{snippet}"', "1.2"]
        lines.append(",".join(cells))
    assert len(lines[0]) > 300
    articles = extract_articles("\n".join(lines), name="monitor.txt")
    assert list(articles["title"]) == [title for _, _, title, _ in CLIPPINGS]
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    assert list(articles["published"]) == ["2024-03-02", "2024-03-03", "2024-03-04"]
    assert list(articles["body"]) == [snippet for _, _, _, snippet in CLIPPINGS]


def test_zoteros_csv_export_gives_each_rows_publication_and_abstract():
    # Zotero names its columns "Publication Title" and "Abstract Note": the outlet was
    # the URL's host and the body empty (review h186)
    names = ["Key", "Item Type", "Publication Year", "Title", "Publication Title", "Url"]
    header = ",".join(f'"{name}"' for name in [*names, "Abstract Note", "Date"])
    rows = []
    for n, (_, outlet, title, text) in enumerate(CLIPPINGS):
        cells = [f"K{n}", "newspaperArticle", "2024", title, outlet, f"https://n{n}.example"]
        rows.append(",".join(f'"{cell}"' for cell in [*cells, text, f"2024-03-0{n + 2}"]))
    articles = extract_articles("\n".join([header, *rows, ""]), name="zotero.txt")
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    assert list(articles["body"]) == [text for _, _, _, text in CLIPPINGS]


def test_a_media_cloud_story_list_gives_each_rows_media_name_and_publish_date():
    # Media Cloud's story CSV names its columns "media_name" and "publish_date": the page
    # was one record of CSV text (review h186, held out media_csv_mn)
    header = "stories_id,publish_date,title,url,language,media_id,media_name,media_url,text"
    rows = [
        f"{2900001 + n},2024-03-0{n + 2} 09:00:00,{title},https://n{n}.example/s,en,{500 + n},"
        f"{outlet},https://n{n}.example,{text.replace(',', '')}"
        for n, (_, outlet, title, text) in enumerate(CLIPPINGS)
    ]
    articles = extract_articles("\n".join([header, *rows, ""]), name="stories.csv.txt")
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    assert list(articles["title"]) == [title for _, _, title, _ in CLIPPINGS]
    assert list(articles["published"]) == [f"2024-03-0{n + 2}" for n in range(len(CLIPPINGS))]


def test_zotero_csv_authors_printed_last_name_first_are_given_first_name_first():
    # review h186 item 13: the byline was "Kjær, Mette" as printed; the RIS and BibTeX
    # exports of the same library gave "Mette Kjær"
    authors = ["Kjær, Mette", "Holm, Jens; Lund, Sofie", ""]
    header = ",".join(f'"{name}"' for name in ["Key", "Author", "Title", "Publication Title"])
    header += ',"Abstract Note","Date"'
    rows = [
        ",".join(
            f'"{cell}"' for cell in [f"K{n}", author, title, outlet, text, f"2024-03-0{n + 2}"]
        )
        for n, (author, (_, outlet, title, text)) in enumerate(zip(authors, CLIPPINGS, strict=True))
    ]
    articles = extract_articles("\n".join([header, *rows, ""]), name="zotero.txt")
    assert list(articles["byline"]) == ["Mette Kjær", "Jens Holm, Sofie Lund", None]


def test_a_table_whose_authors_are_printed_first_name_first_keeps_them():
    assert names_given_first(["Mette Kjær", "Holm, Jens"]) is None
    assert names_given_first(["Doe, Jane, AP", "Holm, Jens"]) is None
    assert names_given_first([None, None]) is None


def test_a_database_export_s_name_column_is_its_rows_headline():
    # review h210 (made up): a Notion database exported as CSV; its primary "Name" column
    # holds each story's headline; "Created time" is when the row was made (no date)
    rows = [
        f'"{headline}",{outlet},Jane Roe,"{day}","{snippet}","local, harbour",'
        f'https://x.example/{k},"March 6, 2024 9:12 PM"'
        for k, (day, outlet, headline, snippet) in enumerate(CLIPPINGS)
    ]
    page = "\n".join(["Name,Source,Author,Published,Summary,Tags,URL,Created time", *rows, ""])
    articles = extract_articles(page, name="reading.txt")
    assert list(articles["title"]) == [c[2] for c in CLIPPINGS]
    assert list(articles["outlet"]) == [c[1] for c in CLIPPINGS]
    assert list(articles["published"]) == ["2024-03-02", "2024-03-03", "2024-03-04"]


def test_a_name_column_beside_a_headline_column_is_not_the_headline():
    rows = [
        f'Jane Roe,{outlet},{headline},"{snippet}"' for _, outlet, headline, snippet in CLIPPINGS
    ]
    page = "\n".join(["Name,Outlet,Headline,Snippet", *rows, ""])
    articles = extract_articles(page, name="clips.txt")
    assert list(articles["title"]) == [c[2] for c in CLIPPINGS]


# (made up) a site's "Posts" screen of its publishing system, copied as text: the admin
# bar, the filters, the header row, each post's row (its actions under one), the header
# again under the rows.
POSTS_SCREEN = """Hill Post   + New   Howdy, editor
Posts  Add New
All (3) | Published (3)
Bulk actions  Apply   All dates  All categories  Filter      3 items

Title\tAuthor\tCategories\tTags\tDate
Library to open on Sunday afternoons\tMira Okoye\tTown\tlibrary\tPublished 2026/03/04 at 9:15 am
Edit | Quick Edit | Trash | View
Ferry adds late crossings at weekends\tTom Birch\tTransport\tferry\tPublished 2026/03/02 at 2:40 pm
Market hall roof needs new tiles\tMira Okoye\tTown\t—\tPublished 2026/03/01 at 8:00 am
Title\tAuthor\tCategories\tTags\tDate
"""


def test_a_publishing_systems_posts_screen_is_a_row_per_post():
    # h198 held out (a posts screen copied as text): read as no article at all
    articles = extract_articles(POSTS_SCREEN, name="posts.txt")
    assert list(articles["title"]) == [
        "Library to open on Sunday afternoons",
        "Ferry adds late crossings at weekends",
        "Market hall roof needs new tiles",
    ]
    assert list(articles["byline"]) == ["Mira Okoye", "Tom Birch", "Mira Okoye"]
    assert list(articles["published"]) == ["2026-03-04", "2026-03-02", "2026-03-01"]


def test_a_table_of_titles_and_authors_without_dates_is_no_posts_list():
    lines = ["Title\tAuthor", "The Long Walk\tAnn Petrie", "Salt and Stone\tTom Birch"]
    assert table_rows(lines) == []


def test_a_data_frame_printed_by_pandas_is_a_row_per_article():
    # DataFrame.to_string(): the header over the index's column opens with spaces, every
    # cell right-aligned to where its column's name ends, the index opening each row
    import pandas as pd

    rows = [
        (
            "Ferry returns to the island",
            "2026-12-03",
            "Harbour Post",
            "Ann Poe",
            "Two boats a day.",
        ),
        (
            "Library opens a reading room for children",
            "2026-12-02",
            "Valley Courier",
            "Jo Roe",
            "Children can borrow books on weekday afternoons from next month.",
        ),
        ("Council approves the budget", "2026-11-30", "Harbour Post", "Sam Fox", "Roads get more."),
    ]
    frame = pd.DataFrame(rows, columns=["title", "published", "outlet", "author", "text"])
    with pd.option_context("display.max_colwidth", None, "display.width", 400):
        printed = ">>> print(df.to_string())\n" + frame.to_string() + "\n>>> \n"
    articles = extract_articles(printed, "frame.txt")
    assert list(articles["title"]) == [r[0] for r in rows]
    assert list(articles["outlet"]) == [r[2] for r in rows]
    assert list(articles["published"]) == [r[1] for r in rows]
    assert list(articles["byline"]) == [r[3] for r in rows]
    assert list(articles["body"]) == [r[4] for r in rows]


def test_only_a_line_with_a_comma_is_read_as_a_csv_header(monkeypatch):
    """Asked for a CSV export's rows alone (``only="commas"``), a line without a comma is
    not cut into printings (every line of every text dump is asked, while it is read)."""
    import analysis.clean.clipping_table as clipping_table

    asked: list[str] = []
    printings = clipping_table._header_printings
    monkeypatch.setattr(
        clipping_table, "_header_printings", lambda line: asked.append(line) or printings(line)
    )
    lines = ["Title\tSource\tDate", "Bridge reopens\tValley Post\t2026-03-12", "Title, Source"]
    assert table_rows(lines, only="commas") == []
    assert asked == ["Title, Source"]


def test_a_polars_data_frame_is_a_row_per_article_its_quotes_no_part_of_a_cell():
    # review h336 item polars_dataframe_print_hwc: "shape: (3, 5)", "┆" between columns,
    # a "---" line and the types under the header, text cells quoted, null for a missing
    # author
    header = ("published", "outlet", "author", "title", "summary")
    rows = [
        (d, f'"{o}"', "null" if k == 1 else '"Ola Strand"', f'"{t}"', f'"{s}"')
        for k, (d, o, t, s) in enumerate(CLIPPINGS)
    ]
    shown = [header, ("---",) * 5, ("str",) * 5, *rows]
    widths = [max(len(row[k]) for row in shown) for k in range(len(header))]

    def row(cells) -> str:
        return "│ " + " ┆ ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " │"

    rules = ["┬".join("─" * (w + 2) for w in widths), "╪".join("═" * (w + 2) for w in widths)]
    lines = ["Out[7]:", "shape: (3, 5)", "┌" + rules[0] + "┐", row(header), row(shown[1])]
    lines += [row(shown[2]), "╞" + rules[1] + "╡", *map(row, rows), "└" + rules[0] + "┘", ""]
    articles = extract_articles("\n".join(lines), name="polars.txt")
    assert list(articles["title"]) == [title for _, _, title, _ in CLIPPINGS]
    assert list(articles["outlet"]) == [outlet for _, outlet, _, _ in CLIPPINGS]
    assert list(articles["byline"]) == ["Ola Strand", None, "Ola Strand"]
    assert list(articles["body"]) == [snippet for _, _, _, snippet in CLIPPINGS]


def test_a_tibble_printed_by_r_skips_its_type_row_and_reads_na_as_missing():
    # review h336 item r_tibble_print_hne: "# A tibble: 3 × 5", the types ("<chr>")
    # under the header, each row's number opening it, NA for a missing author
    header = ("date", "source", "author", "title", "lede")
    types = ("<chr>",) * 5
    rows = [
        (d, o, "NA" if k == 1 else "Ola Strand", t, s) for k, (d, o, t, s) in enumerate(CLIPPINGS)
    ]
    widths = [max(len(row[k]) for row in [header, types, *rows]) for k in range(len(header))]

    def line(prefix: str, cells) -> str:
        return (prefix + " ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))).rstrip()

    lines = ["> print(news, n = Inf, width = Inf)", "# A tibble: 3 × 5", line("  ", header)]
    lines += [line("  ", types), *(line(f"{k + 1} ", r) for k, r in enumerate(rows)), "> ", ""]
    articles = extract_articles("\n".join(lines), name="tibble.txt")
    assert list(articles["title"]) == [title for _, _, title, _ in CLIPPINGS]
    assert list(articles["byline"]) == ["Ola Strand", None, "Ola Strand"]
    assert list(articles["body"]) == [snippet for _, _, _, snippet in CLIPPINGS]


def test_a_julia_data_frame_is_a_row_per_article_its_missing_author_none():
    # DataFrames.jl's show(): the rows' numbers behind a "│" rule, the columns after it
    # aligned by spaces, a line of types under the names, "missing" for no value
    printed = "\n".join(
        [
            "julia> show(df, truncate=0)",
            "3×5 DataFrame",
            " Row │ date        outlet        author   title                        summary",
            "     │ Date        String        String?  String                       String",
            "─────┼──────────────────────────────────────────────────────────────────────────",
            "   1 │ 2026-12-03  Harbour Post  Ann Poe  Ferry returns to the island  Two boats.",
            "   2 │ 2026-12-02  Valley Post   missing  Library opens a reading room  Books.",
            "   3 │ 2026-12-01  Harbour Post  Sam Fox  Council approves the budget  Roads.",
            "",
            "julia> ",
        ]
    )
    articles = extract_articles(printed, "frame.txt")
    assert list(articles["title"]) == [
        "Ferry returns to the island",
        "Library opens a reading room",
        "Council approves the budget",
    ]
    assert list(articles["outlet"]) == ["Harbour Post", "Valley Post", "Harbour Post"]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert list(articles["byline"]) == ["Ann Poe", None, "Sam Fox"]


def test_column_names_of_several_words_take_their_last_words_field():
    # wp-cli's `post list`: post_date / post_title / post_excerpt / post_author (a
    # user's number, no byline); a site_title names no headline
    lines = [
        "+----+------------+--------------------------+------------------+-------------+",
        "| ID | post_date  | post_title               | post_excerpt     | post_author |",
        "+----+------------+--------------------------+------------------+-------------+",
        "| 12 | 2026-12-03 | Ferry returns to island  | Two boats a day. | 3           |",
        "| 11 | 2026-12-02 | Library opens a new room | Books for all.   | 5           |",
        "| 10 | 2026-11-30 | Council approves budget  | Roads get more.  | 3           |",
        "+----+------------+--------------------------+------------------+-------------+",
    ]
    rows = table_rows(lines)
    assert [r.first_line for r in rows] == [3, 4, 5]
    fields = [{f.field for f in r.fields} for r in rows]
    assert fields == [{"title", "published", "body"}] * 3  # no byline of a number
    site_titles = [line.replace("post_title", "site_title") for line in lines]
    assert table_rows(site_titles) == []

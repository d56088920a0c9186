"""A Parquet or JSON Lines table of pages as ``clean``'s input (analysis.clean.page_table)."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.clean import page_table
from analysis.clean.page_rows import NO_ARTICLE
from analysis.clean.page_table import PageTableError, read_page_table
from analysis.clean.pipeline import TABLE_FILES, run_clean

HTML_PAGE = (
    "<html><head><title>Harbour bridge reopens</title></head><body><article>"
    "<h1>Harbour bridge reopens</h1>"
    + "".join(
        f"<p>The harbour bridge reopened on Tuesday after repairs, paragraph {n}, said the "
        "council engineer, who added that traffic would return to normal this week.</p>"
        for n in range(6)
    )
    + "</article></body></html>"
)


def _seed_rows(seed_dir) -> list[dict]:
    return [
        {"id": path.name, "text": path.read_text("utf-8")} for path in sorted(seed_dir.iterdir())
    ]


def _write_parquet(path, rows: list[dict], schema: pa.Schema | None = None, **kwargs) -> None:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, **kwargs)


def _write_jsonl(path, rows: list[dict], extra_lines: tuple[str, ...] = ()) -> None:
    lines = [json.dumps(row) for row in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_csv(path, rows: list[dict], delimiter: str = ",") -> None:
    columns = list(dict.fromkeys(name for row in rows for name in row))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, delimiter=delimiter, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".csv"])
def test_table_of_the_seed_pages_gives_the_folder_tables_byte_for_byte(
    seed_dir, seed_tables, tmp_path, suffix
):
    table = tmp_path / f"pages{suffix}"
    rows = _seed_rows(seed_dir)
    if suffix == ".parquet":
        _write_parquet(table, rows, row_group_size=1)  # one row group per page
    elif suffix == ".csv":
        _write_csv(table, rows)  # a Media Cloud export, a spreadsheet's table
    else:
        _write_jsonl(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    for name in TABLE_FILES:
        expected = seed_tables[name.removesuffix(".parquet")].read_bytes()
        assert (tmp_path / "out" / name).read_bytes() == expected, name


def test_a_binary_column_is_decoded_as_a_files_bytes_are(seed_dir, tmp_path):
    # WARC-derived tables store pages of unknown encoding as bytes: every row was
    # skipped as "no text or html" (review finding h46 G13).
    rows = [{"id": r["id"], "text": r["text"].encode("utf-8")} for r in _seed_rows(seed_dir)]
    latin = "Caf\u00e9 cr\u00e8me: the council\u2019s budget \u2013 approved.\n" * 3
    rows.append({"id": "cp1252", "text": latin.encode("cp1252")})
    rows.append({"id": "page.html", "text": None, "html": HTML_PAGE.encode("utf-16")})
    rows[0]["html"] = None
    schema = pa.schema([("id", pa.string()), ("text", pa.binary()), ("html", pa.binary())])
    table = tmp_path / "pages.parquet"
    _write_parquet(table, rows, schema=schema)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet").set_index("page")
    assert sorted(pages.index) == sorted(row["id"] for row in rows)
    assert pages.loc["cp1252", "encoding"] == "cp1252"
    assert pages.loc["page.html", "encoding"] == "utf-16"
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")  # every row read: one, no article
    assert skipped.to_dict("records") == [{"page": "cp1252", "reason": NO_ARTICLE}]


def test_bad_rows_are_skipped_naming_the_row_and_the_rest_cleaned(seed_dir, tmp_path):
    good = _seed_rows(seed_dir)[0]
    rows = [
        {"id": "blank", "text": "   ", "url": None},
        good,
        {"id": good["id"], "text": "a repeat", "url": None},
        {"id": None, "text": "no id", "url": None},
        {"id": "bad-url", "text": good["text"] + "\nMore.", "url": "ftp://example.com/"},
        {"id": "markup", "text": HTML_PAGE, "url": None},
    ]
    table = tmp_path / "pages.jsonl"
    _write_jsonl(table, rows, extra_lines=("{not json", "[1, 2]"))
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    assert pages["page"].tolist() == [good["id"]]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    reasons = dict(zip(skipped["reason"].str.split(":").str[0], skipped["reason"], strict=True))
    assert sorted(reasons) == [f"row {n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    assert "no text or html" in reasons["row 1"]
    assert "repeats row 2" in reasons["row 3"]
    assert "no id" in reasons["row 4"]
    assert "not an http(s) URL" in reasons["row 5"]
    assert "put it in the html column" in reasons["row 6"]
    assert "not JSON" in reasons["row 7"] and "not a JSON object" in reasons["row 8"]


def test_a_rows_url_without_its_scheme_is_read(seed_dir, tmp_path):
    # review finding h256: a sheet's "www.site/path" link made the row skipped
    row = {**_seed_rows(seed_dir)[0], "url": "www.quarrytown.co.uk/news/ferry-2026"}
    table = tmp_path / "pages.jsonl"
    _write_jsonl(table, [row])
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["outlet_key"].tolist() == ["quarrytown.co.uk"]


def test_a_row_named_by_its_number_is_named_once_when_skipped(tmp_path, caplog):
    # "skipped row 21: row 21: not JSON (not UTF-8)" said the row twice
    table = tmp_path / "pages.jsonl"
    _write_jsonl(table, [{"id": "a", "text": HTML_PAGE}], extra_lines=("{not json",))
    run_clean(table, tmp_path / "out", jobs=1)
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("skipped")]
    assert "skipped row 2: not JSON (Expecting property name enclosed in double quotes)" in said
    assert any(line.startswith("skipped a: row 1: ") for line in said)  # an id, then the row


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_csv_export_is_read_a_row_a_page_its_bytes_of_another_encoding_too(tmp_path, separator):
    # a new user's Media Cloud export is a CSV ('a spreadsheet is no page table' sent him
    # away); one of its rows holds cp1252 bytes (curly quotes), as merged exports do
    story = " ".join(f"The harbour bridge reopened on Tuesday, part {n}." for n in range(30))
    rows = [
        {
            "id": "101",
            "text": f"Bridge reopens\n\n{story}",
            "url": "https://www.example.org/a",
            "media_name": "Example Org",
            "publish_date": "2025-03-04 10:00:00",
            "extra": "x",
        },
        {"id": "102", "text": "", "url": "", "media_name": "", "publish_date": "", "extra": ""},
        {
            "id": "103",
            "text": f"Ferry returns\n\nIt said \u201cyes\u201d. {story}",
            "url": "",
            "media_name": "Example Org \u2013 Mobile",
            "publish_date": "",
            "extra": "",
        },
    ]
    table = tmp_path / "export.csv"
    _write_csv(table, rows, separator)
    data = (
        table.read_bytes().replace("\u201c".encode(), b"\x93").replace("\u201d".encode(), b"\x94")
    )
    table.write_bytes(data.replace("\u2013".encode(), b"\x96"))
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet").set_index("page")
    assert pages.index.tolist() == ["101", "103"]
    assert pages.loc["103", "encoding"] == "cp1252"
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("page")
    assert articles.loc["101", "published"] == "2025-03-04"
    assert "\u201cyes\u201d" in articles.loc["103", "body"]
    assert articles.loc["103", "outlet"] == "Example Org \u2013 Mobile"
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv", dtype=str).set_index("page")
    assert skipped.loc["102", "reason"] == "row 3: no text or html"  # the header is row 1


def test_a_json_line_holding_bytes_of_another_encoding_is_read(tmp_path):
    # the line was dropped whole: 'not JSON (not UTF-8)'
    story = " ".join(f"The harbour bridge reopened on Tuesday, part {n}." for n in range(30))
    line = json.dumps({"id": "a", "text": f"Bridge reopens\n\nIt said \x93yes\x94. {story}"})
    table = tmp_path / "pages.jsonl"
    table.write_bytes(line.replace("\\u0093", "\x93").replace("\\u0094", "\x94").encode("latin-1"))
    assert b"\x93" in table.read_bytes()
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert "\u201cyes\u201d" in articles["body"].iloc[0]


def test_a_csv_of_page_metadata_is_told_to_be_a_manifest(tmp_path):
    table = tmp_path / "manifest.csv"
    table.write_text("file,url,outlet\nstory.txt,https://www.example.org/a,Example\n")
    with pytest.raises(PageTableError, match=r"no 'html' or 'text' column.*--manifest"):
        list(read_page_table(table))


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_a_bad_date_is_a_warning_and_the_page_is_read(seed_dir, tmp_path, caplog, suffix):
    # a new user's export: one bad `published` cell ('2019-02-30', 'last Tuesday') dropped
    # the row's article into skipped.csv, where a manifest's warns and reads the page's date
    seed = _seed_rows(seed_dir)
    rows = [
        {**seed[0], "published": "2019-02-30"},
        {**seed[1], "published": "last Tuesday"},
    ]
    table = tmp_path / f"pages{suffix}"
    (_write_parquet if suffix == ".parquet" else _write_jsonl)(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    assert pages["page"].tolist() == [seed[0]["id"], seed[1]["id"]]
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert set(articles["date_source"].dropna()) <= {"page", "url"}
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert not skipped["reason"].str.contains("not a date").any()
    warned = [r.getMessage() for r in caplog.records if "not a date" in r.getMessage()]
    assert len(warned) == 2 and all("the date is read from the page" in w for w in warned)
    # the row's id beside its number (h269: 'row 52' is df.iloc[51] and no id to search)
    assert f"{table.name}, row 1 (id {seed[0]['id']}): published '2019-02-30'" in warned[0]
    assert f"row 2 (id {seed[1]['id']}): published 'last Tuesday'" in warned[1]


def test_a_bad_date_in_a_table_without_ids_names_the_row_once(seed_dir, tmp_path, caplog):
    rows = [{"text": row["text"], "published": "2019-02-30"} for row in _seed_rows(seed_dir)]
    table = tmp_path / "scrape.jsonl"
    _write_jsonl(table, rows[:1])
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    warned = [r.getMessage() for r in caplog.records if "not a date" in r.getMessage()]
    assert len(warned) == 1 and f"{table.name}, row 1: published '2019-02-30'" in warned[0]


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_rows_of_the_same_page_are_read_once_and_named_in_skipped(seed_dir, tmp_path, suffix):
    seed = _seed_rows(seed_dir)
    rows = [
        {**seed[0], "html": None},
        {"id": "html-a", "text": None, "html": HTML_PAGE},
        {"id": "again", "text": seed[0]["text"], "html": None},  # byte-identical text
        {"id": "html-b", "text": "ignored: html wins", "html": HTML_PAGE},
        {"id": "edited", "text": seed[0]["text"] + "\nCorrection appended.", "html": None},
    ]
    table = tmp_path / f"pages{suffix}"
    (_write_parquet if suffix == ".parquet" else _write_jsonl)(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    assert pages["page"].tolist() == [seed[0]["id"], "html-a", "edited"]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert skipped["again"] == (
        "row 3: duplicate of row 1 (same text): only row 1 is read, so the page counts once"
    )
    assert skipped["html-b"].startswith("row 4: duplicate of row 2 (same html)")
    assert len(skipped) == 2
    assert run_clean(table, tmp_path / "all", jobs=1, keep_duplicates=True) == 0
    assert len(pd.read_parquet(tmp_path / "all" / "pages.parquet")) == 5


def test_html_column_and_manifest_columns_are_read(tmp_path):
    schema = pa.schema(
        [("id", pa.int64()), ("html", pa.string()), ("outlet", pa.string()),
         ("published", pa.date32()), ("extra", pa.string())]
    )  # fmt: skip
    rows = [
        {"id": 7, "html": HTML_PAGE, "outlet": "Harbour Gazette",
         "published": dt.date(2025, 3, 4), "extra": "ignored"},
    ]  # fmt: skip
    table = tmp_path / "pages.parquet"
    _write_parquet(table, rows, schema=schema)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["page"].tolist() == ["7"]
    assert articles["title"].tolist() == ["Harbour bridge reopens"]
    assert articles["outlet"].tolist() == ["Harbour Gazette"]
    assert articles["published"].tolist() == ["2025-03-04"]
    assert "<p>" not in articles["body"].iloc[0] and "harbour bridge" in articles["body"].iloc[0]


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_a_scrapers_own_column_names_are_read(tmp_path, suffix):
    # news-please's records: maintext, date_publish, authors (a list); newspaper3k's
    # publish_date (review finding h102 N9: "row 1: no text or html")
    text = "\n\n".join(
        f"The harbour bridge reopened on Tuesday after repairs, paragraph {n}, said the "
        "council engineer, who added that traffic would return to normal this week."
        for n in range(4)
    )
    rows = [
        {"url": "https://www.harbour-gazette.com/a/1", "title": "Harbour bridge reopens",
         "maintext": text, "date_publish": "2025-03-04 08:30:00",
         "authors": ["Ann Lee", "Tom Roe"], "date_download": "2025-03-05 01:00:00"},
        {"url": "https://www.harbour-gazette.com/a/2", "title": "Ferry returns",
         "text": text.replace("bridge", "ferry"), "publish_date": "2025-03-06",
         "authors": ["Ann Lee"]},
    ]  # fmt: skip
    table = tmp_path / f"pages{suffix}"
    if suffix == ".parquet":
        _write_parquet(table, rows[:1])
        rows = rows[:1]
    else:
        _write_jsonl(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["byline"].tolist() == ["Ann Lee, Tom Roe", "Ann Lee"][: len(rows)]
    assert articles["published"].tolist() == ["2025-03-04", "2025-03-06"][: len(rows)]
    assert articles["body"].iloc[0].startswith("The harbour bridge reopened")


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_a_news_apis_publisher_object_names_the_outlet(tmp_path, suffix):
    # h163: a Google News reader's export (url: news.google.com/rss/articles/CBMi...,
    # naming no site) gave its publisher only as an object or a flattened field, never read
    rows = [
        {"id": "a", "text": "x", "source": {"id": None, "name": "Pell Courier"}},
        {"id": "b", "text": "x",
         "publisher": {"href": "https://pellchronicle.co.uk", "title": "Pell Chronicle"}},
        {"id": "c", "text": "x", "source.name": "Brindle Street"},
        {"id": "d", "text": "x", "publisher": "KVRN 5"},
        # a source written as text is the feed or the crawler as often: not read
        {"id": "e", "text": "x", "source": "rss"},
        {"id": "f", "text": "x", "outlet": "Harbour Daily", "source": {"name": "Other"}},
    ]  # fmt: skip
    table = tmp_path / f"pages{suffix}"
    if suffix == ".parquet":  # one schema a file: the object columns as structs
        rows = [rows[0] | {"publisher": None}, rows[1]]  # columns: the first row's keys
        _write_parquet(table, rows)
        want = ["Pell Courier", "Pell Chronicle"]
    else:
        _write_jsonl(table, rows)
        want = ["Pell Courier", "Pell Chronicle", "Brindle Street", "KVRN 5", None, "Harbour Daily"]
    got = [row.record.get("outlet") for row in read_page_table(table)]
    assert got == want


def test_parquet_rows_are_read_in_batches_never_the_whole_table(tmp_path, monkeypatch):
    table = tmp_path / "pages.parquet"
    _write_parquet(table, [{"id": f"p{n}", "text": f"t{n}"} for n in range(10)], row_group_size=3)
    seen_batches = []
    original = pq.ParquetFile.iter_batches

    def recording(self, *args, **kwargs):
        for batch in original(self, *args, **kwargs):
            seen_batches.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", recording)
    monkeypatch.setattr(pq, "read_table", None)  # a whole-table read would fail
    rows = list(read_page_table(table, batch_rows=2))
    assert [row.row_no for row in rows] == list(range(1, 11))
    assert [row.record["id"] for row in rows] == [f"p{n}" for n in range(10)]
    assert max(seen_batches) <= 2 and len(seen_batches) >= 5


@pytest.mark.parametrize(
    ("write", "reason"),
    [
        (lambda p: _write_parquet(p, [{"id": "a", "body": "x"}]), "no 'html' or 'text' column"),
        (lambda p: p.write_bytes(b"not parquet at all"), "cannot read as Parquet"),
    ],
)
def test_a_file_that_is_not_a_page_table_is_one_error_naming_it(tmp_path, caplog, write, reason):
    table = tmp_path / "pages.parquet"
    write(table)
    with pytest.raises(PageTableError, match=reason):
        list(read_page_table(table))
    assert run_clean(table, tmp_path / "out", jobs=1) == 1
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and "pages.parquet" in errors[0] and reason in errors[0]
    assert not (tmp_path / "out" / "pages.parquet").exists()


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_a_table_without_ids_names_its_rows_by_their_number(seed_dir, tmp_path, caplog, suffix):
    # review finding h94 M9: a scraper's lines of url, title and text carry no id
    rows = [
        {"url": f"https://www.example.org/news/{n}", "title": "t", "text": row["text"]}
        for n, row in enumerate(_seed_rows(seed_dir), start=1)
    ]
    table = tmp_path / f"scrape{suffix}"
    if suffix == ".jsonl":
        _write_jsonl(table, rows)
    else:
        _write_parquet(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    assert pages["page"].tolist() == ["row-1", "row-2"]
    said = [r.getMessage() for r in caplog.records if "named by their number" in r.getMessage()]
    assert len(said) == 1 and "scrape" in said[0]


def test_manifest_option_is_refused_for_a_table(seed_dir, tmp_path, caplog):
    table = tmp_path / "pages.jsonl"
    _write_jsonl(table, _seed_rows(seed_dir))
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,outlet\nx,X\n", encoding="utf-8")
    assert run_clean(table, tmp_path / "out", manifest=manifest) == 1
    assert "--manifest is for a folder" in caplog.text


def test_page_ids_are_checked():
    assert page_table.page_id({"id": 12}) == "12"
    for record, reason in [
        ({"id": True}, "must be text"),
        ({"id": ""}, "empty id"),
        ({"id": "a\x07b"}, "control characters"),
        ({"id": "x" * 1001}, "over the"),
    ]:
        with pytest.raises(ValueError, match=reason):
            page_table.page_id(record)


@pytest.mark.slow
def test_table_with_jobs_2_gives_the_same_bytes(seed_dir, seed_tables, tmp_path):
    table = tmp_path / "pages.parquet"
    rows = _seed_rows(seed_dir) * 1
    # Enough rows for several chunks: copies of the seed pages under new ids.
    rows = [{"id": f"{n:03d}-{row['id']}", "text": row["text"]} for n in range(20) for row in rows]
    _write_parquet(table, rows)
    assert run_clean(table, tmp_path / "one", jobs=1) == 0
    assert run_clean(table, tmp_path / "two", jobs=2) == 0
    for name in TABLE_FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_rows_of_the_same_text_from_two_sites_are_two_pages(seed_dir, tmp_path, suffix):
    # review finding h178: a wire story's copy carried by two outlets (a url of one, a
    # Media Cloud media_name of the other) was read once, the second row skipped
    text = _seed_rows(seed_dir)[0]["text"]
    rows = [
        {"id": "globe", "text": text, "url": "https://www.northgateglobe.com/uk/a"},
        {"id": "voice", "text": text, "media_name": "Orrin Valley Voice"},
        {"id": "voice-again", "text": text, "media_name": "Orrin Valley Voice"},
    ]
    table = tmp_path / f"pages{suffix}"
    (_write_parquet if suffix == ".parquet" else _write_jsonl)(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    assert pages["page"].tolist() == ["globe", "voice"]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert skipped["voice-again"].startswith("row 3: duplicate of row 2 (same text)")


def test_a_text_column_holding_nul_characters_is_refused_as_such(tmp_path):
    # h269: a crawl export's html with a NUL was refused as a "binary file": it is a column
    rows = [
        {"id": "good-row", "html": HTML_PAGE},
        {"id": "nul-row", "html": HTML_PAGE.replace("reopened", "reopened\x00")},
    ]
    table = tmp_path / "pages.jsonl"
    _write_jsonl(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    reason = skipped.set_index("page").loc["nul-row", "reason"]
    assert reason.startswith("row 2: its html holds NUL characters")
    assert "binary file" not in reason


def test_a_path_alone_is_joined_to_the_rows_host_column(tmp_path):
    # a spreadsheet's "CSV UTF-8" export in a comma-decimal locale: a BOM, semicolons,
    # and the address split as an analytics export splits it (host, page path): every
    # row was refused ("url '/...' is not an http(s) URL"), the table unread
    story = "The ferry timetable changes on Monday, the operator said.\n\nCrossings run hourly."
    rows = [
        {"id": "a1", "domain": "www.example-harbour.ie", "url": "/news/ferry-1.html"},
        {"id": "a2", "domain": "https://quay.example-post.ie/", "url": "/ferry-2"},
        {"id": "a3", "domain": "Example Harbour News", "url": "/news/ferry-3.html"},
    ]
    table = tmp_path / "export.csv"
    _write_csv(table, [{**row, "text": story} for row in rows], delimiter=";")
    table.write_bytes(b"\xef\xbb\xbf" + table.read_bytes())
    urls = {row.record["id"]: row.record.get("url") for row in read_page_table(table)}
    assert urls == {
        "a1": "https://www.example-harbour.ie/news/ferry-1.html",
        "a2": "https://quay.example-post.ie/ferry-2",
        "a3": "/news/ferry-3.html",  # a name, not a host: the row refused as before
    }
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("page")
    assert articles.loc["a1", "outlet_key"] == "example-harbour.ie"
    assert articles.loc["a2", "outlet_key"] == "example-post.ie"
    assert "a3" not in articles.index


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_media_cloud_exports_stories_id_names_its_pages(tmp_path, suffix):
    # Media Cloud's story list names each story by 'stories_id': its pages were
    # 'row-2', 'row-3' ..., so no table joined back to the export by the story (h335)
    story = " ".join(f"The harbour bridge reopened on Tuesday, part {n}." for n in range(30))
    rows = [
        {
            "stories_id": 2107384411 + n,
            "publish_date": "2026-12-03 09:20:00",
            "title": title,
            "url": f"https://www.harbourcourier.com/2026/12/03/{n}",
            "media_name": "harbourcourier.com",
            "media_url": "https://harbourcourier.com/",
            "language": "en",
            "text": f"{title}\n\n{story} {title}." if n != 1 else "",
        }
        for n, title in enumerate(("Bridge reopens", "Ferry returns", "Pier repaired"))
    ]
    table = tmp_path / f"mediacloud{suffix}"
    if suffix == ".csv":
        _write_csv(table, rows)
    else:
        _write_parquet(table, rows)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    assert pages["page"].tolist() == ["2107384411", "2107384413"]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv", dtype=str)
    assert skipped["page"].tolist() == ["2107384412"]


def test_a_records_title_closing_with_the_site_yields_to_its_soft_title(tmp_path):
    # a crawler's item (Apify's): "title" is the <title>, "softTitle" the headline alone
    story = " ".join(f"The harbour bridge reopened on Tuesday, part {n}." for n in range(30))
    record = {
        "url": "https://bay.example/bridge",
        "title": "Bridge reopens – Bay Weekly",
        "softTitle": "Bridge reopens",
        "text": story,
    }
    table = tmp_path / "pages.jsonl"
    table.write_text(json.dumps(record) + "\n", encoding="utf-8")
    rows = list(read_page_table(table))
    assert rows[0].record["title"] == "Bridge reopens"

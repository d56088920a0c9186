"""The page manifest: loading, row-naming errors, and its values winning in ``clean``."""

from __future__ import annotations

import json
import logging

import pandas as pd
import pytest
from page_checks import SEED_ARTICLE

from analysis.clean.manifest import ManifestEntry, load_manifest
from analysis.clean.pipeline import run_clean
from analysis.errors import ManifestError
from analysis.stats.metrics import run_metrics


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_manifest(tmp_path):
    manifest = _write(
        tmp_path / "m.csv",
        "file,url,outlet,published,title,byline\n"
        "a.txt,https://www.example.com/a,Example Daily,2025-06-02,A title,Jane Doe\n"
        "b.html,,,2025-06-03T10:00:00Z,,\n",
    )
    entries = load_manifest(manifest, {"a.txt", "b.html", "c.txt"})
    assert entries["a.txt"] == ManifestEntry(
        "a.txt", "https://www.example.com/a", "Example Daily", "2025-06-02", "A title", "Jane Doe"
    )
    assert entries["b.html"] == ManifestEntry("b.html", published="2025-06-03")
    assert "c.txt" not in entries  # no row: detection decides


def test_a_browsers_view_of_a_page_is_read_as_the_pages_url(tmp_path):
    """A source view's and a reader view's address, copied from the address bar, name the
    page they show; the manifest used to refuse them as not http(s)."""
    manifest = _write(
        tmp_path / "m.csv",
        "file,url\n"
        "a.html,view-source:https://www.example.org/city/new-bridge/\n"
        "b.txt,about:reader?url=https%3A%2F%2Fnews.example.net%2Fstory%2F42%2Fbus-lanes%2F\n"
        "c.txt,VIEW-SOURCE:www.example.org/city/park-closes\n",
    )
    entries = load_manifest(manifest, {"a.html", "b.txt", "c.txt"})
    assert entries["a.html"].url == "https://www.example.org/city/new-bridge/"
    assert entries["b.txt"].url == "https://news.example.net/story/42/bus-lanes/"
    assert entries["c.txt"].url == "https://www.example.org/city/park-closes"


def test_a_browser_page_naming_no_web_page_is_still_refused(tmp_path):
    manifest = _write(tmp_path / "m.csv", "file,url\na.txt,about:reader?mode=dark\n")
    with pytest.raises(ManifestError, match="not an http"):
        load_manifest(manifest, {"a.txt"})


def test_jsonl_manifest(tmp_path):
    rows = [{"file": "a.txt", "outlet": "Example"}, {"file": "b.txt", "url": "http://x.org/"}]
    manifest = _write(tmp_path / "m.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    entries = load_manifest(manifest)
    assert entries["a.txt"].outlet == "Example" and entries["b.txt"].url == "http://x.org/"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ('"March 3, 2026"', "2026-03-03"),
        ('"Tue, 03 Mar 2026 10:00:00 GMT"', "2026-03-03"),
        ("3 March 2026", "2026-03-03"),
        ("14.03.2026", "2026-03-14"),
        ("2026-03-03T23:30:00-05:00", "2026-03-03"),
    ],
)
def test_a_date_as_pages_print_it_is_read(tmp_path, written, iso):
    # spreadsheets and CMS exports write such dates; one stopped the whole clean
    # (review finding h46 G30)
    manifest = _write(tmp_path / "m.csv", f"file,published\na.txt,{written}\n")
    assert load_manifest(manifest, {"a.txt"})["a.txt"].published == iso


def test_mojibake_in_a_title_byline_or_outlet_is_undone_as_a_pages_is(tmp_path):
    # a new user's export: 11 of 1,950 titles read "ObamaÃ¢â‚¬â„¢s ..." (UTF-8 read as
    # cp1252 twice) in every report, while the same rows' bodies were repaired
    once = "Council\u2019s plan".encode().decode("cp1252")
    twice = once.encode().decode("cp1252")
    rows = [
        {"file": "a.txt", "title": once, "byline": "Ana Mu\u00f1oz".encode().decode("cp1252")},
        {"file": "b.txt", "title": twice, "outlet": "Caf\u00e9 Times".encode().decode("cp1252")},
        {"file": "c.txt", "title": "Na\u00efve plan \u2014 it\u2019s fine"},  # no mojibake
    ]
    manifest = _write(tmp_path / "m.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    entries = load_manifest(manifest)
    assert entries["a.txt"].title == entries["b.txt"].title == "Council\u2019s plan"
    assert entries["a.txt"].byline == "Ana Mu\u00f1oz"
    assert entries["b.txt"].outlet == "Caf\u00e9 Times"
    assert entries["c.txt"].title == rows[2]["title"]


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        # h261: '03/12/2026' (a day-first spreadsheet) was "not a date (want yyyy-mm-dd
        # ...)"; it is a date, read two ways: the message says which two
        ("03/04/2026", r"reads two ways, 2026-04-03 \(day first\) or 2026-03-04 \(month"),
        ("11-02-2026", r"or 2026-11-02 \(month first; write dates yyyy-mm-dd\)$"),
        ('"2026-03-03, 2026-04-01"', "is not a date"),
    ],
)
def test_an_ambiguous_date_is_refused(tmp_path, written, reason):
    manifest = _write(tmp_path / "m.csv", f"file,published\na.txt,{written}\n")
    with pytest.raises(ManifestError, match=reason):
        load_manifest(manifest, {"a.txt"})


@pytest.mark.parametrize(
    ("body", "row", "reason"),
    [
        ("file,outlet\nmissing.txt,X\n", 2, "not in the raw folder"),
        ("file,outlet\na.txt,X\na.txt,Y\n", 3, "repeats row 2"),
        ("file,published\na.txt,yesterday\n", 2, "is not a date"),
        ("file,url\na.txt,ftp://example.com/\n", 2, r"not an http\(s\) URL"),
        ("file,outlte\na.txt,X\n", 2, "unknown column"),
        ("file,outlet\n,X\n", 2, "no file name"),
        ("file,outlet\n../a.txt,X\n", 2, "must be a file name"),
        ("outlet\nX\n", 1, "no 'file' column"),
    ],
)
def test_bad_rows_are_refused_naming_the_row(tmp_path, body, row, reason):
    manifest = _write(tmp_path / "m.csv", body)
    with pytest.raises(ManifestError, match=reason) as caught:
        load_manifest(manifest, {"a.txt"})
    assert caught.value.row == row
    assert f"m.csv, row {row}:" in str(caught.value)


def test_a_file_name_keeps_its_double_space_and_a_retyped_one_still_matches(tmp_path):
    # a browser's "Save as" keeps a title's double space; a spreadsheet or macOS may
    # write the name with one space, or its accents decomposed (NFD)
    raw = {"Ferry  _ Quarry Post.html", "Café news.txt", "Ferry _ Quarry Post.txt"}
    manifest = _write(
        tmp_path / "m.csv",
        "file,outlet\n"
        "Ferry  _ Quarry Post.html,Quarry Post\n"
        "Cafe\u0301 news.txt,Quarry Post\n"
        "Ferry _ Quarry Post.txt,Quarry Post\n",
    )
    entries = load_manifest(manifest, raw)
    assert sorted(entries) == sorted(raw)
    assert entries["Ferry  _ Quarry Post.html"].file == "Ferry  _ Quarry Post.html"


def test_a_name_two_files_match_when_retyped_is_refused(tmp_path):
    raw = {"Ferry  _ Post.html", "Ferry _  Post.html"}
    manifest = _write(tmp_path / "m.csv", "file,outlet\nFerry _ Post.html,Post\n")
    with pytest.raises(ManifestError, match="not in the raw folder"):
        load_manifest(manifest, raw)


def test_a_missing_files_hint_names_the_closest_file_in_a_recursive_run(tmp_path):
    raw = {"harbour/Ferry delays _ Post.html", "harbour/Other story.html"}
    manifest = _write(tmp_path / "m.csv", "file,outlet\nharbour/Ferry delay _ Post.html,Post\n")
    with pytest.raises(ManifestError) as caught:
        load_manifest(manifest, raw)
    assert "clean --recursive" not in str(caught.value)  # the run read the subfolders
    assert "the closest name there: 'harbour/Ferry delays _ Post.html'" in str(caught.value)
    with pytest.raises(ManifestError, match="clean --recursive"):  # a run without them
        load_manifest(manifest, {"top.html"})


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("www.quarrytown.co.uk/news/ferry-2026", "https://www.quarrytown.co.uk/news/ferry-2026"),
        ("gov.example.bw/news/ferry", "https://gov.example.bw/news/ferry"),
        ("gov.bw/news/ferry", "https://gov.bw/news/ferry"),  # a public suffix's own site
        ("quarrytown.com:8080/ferry?id=3", "https://quarrytown.com:8080/ferry?id=3"),
    ],
)
def test_a_url_written_without_its_scheme_is_read_as_https(tmp_path, written, read):
    # review finding h256: an address copied as a browser's address bar shows it stopped
    # the whole run ("is not an http(s) URL")
    manifest = _write(tmp_path / "m.csv", f"file,url\na.txt,{written}\n")
    assert load_manifest(manifest, {"a.txt"})["a.txt"].url == read


@pytest.mark.parametrize("written", ["story.html", "localhost/ferry", "quarry town.com/ferry"])
def test_a_value_without_a_scheme_or_a_listed_host_is_still_refused(tmp_path, written):
    manifest = _write(tmp_path / "m.csv", f"file,url\na.txt,{written}\n")
    with pytest.raises(ManifestError, match=r"not an http\(s\) URL"):
        load_manifest(manifest, {"a.txt"})


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_spreadsheets_semicolon_or_tab_separated_manifest_is_read(tmp_path, separator):
    # Excel in a locale whose decimal mark is a comma saves "CSV" with semicolons
    body = separator.join(["file", "url", "outlet"]) + "\n"
    body += separator.join(["a.txt", "https://www.example.com/a", "Example, Daily"]) + "\n"
    entries = load_manifest(_write(tmp_path / "m.csv", body), {"a.txt"})
    assert entries["a.txt"].outlet == "Example, Daily"
    assert entries["a.txt"].url == "https://www.example.com/a"


def test_a_header_without_a_file_column_names_the_columns_read(tmp_path):
    manifest = _write(tmp_path / "m.csv", "File,URL\na.txt,https://www.example.com/a\n")
    with pytest.raises(ManifestError, match=r"columns read: 'File', 'URL'"):
        load_manifest(manifest, {"a.txt"})


def test_a_manifest_not_in_utf8_says_how_to_save_it(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("file,title\na.txt,Caf\u00e9\n".encode("cp1252"))
    with pytest.raises(ManifestError, match="save it as UTF-8"):
        load_manifest(manifest, {"a.txt"})


@pytest.mark.parametrize("separator", ["\n", "\r\n", "\u2028", "\u0085"])
def test_a_line_break_inside_a_value_is_a_space_not_a_new_row(tmp_path, separator):
    # A spreadsheet writes a quoted line break in a cell; scraped titles carry U+2028
    # and U+0085. Rows were split at each: words glued, or a phantom row "harbour budget".
    title = f"Council approves{separator}harbour budget"
    quoted = '"' + title + '"'
    csv_file = _write(tmp_path / "m.csv", f"file,title\na.txt,{quoted}\nb.txt,Second\n")
    jsonl_file = tmp_path / "m.jsonl"
    rows = [{"file": "a.txt", "title": title}, {"file": "b.txt", "title": "Second"}]
    lines = (json.dumps(row, ensure_ascii=False) for row in rows)
    jsonl_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for manifest in (csv_file, jsonl_file):
        entries = load_manifest(manifest)
        assert sorted(entries) == ["a.txt", "b.txt"]
        assert entries["a.txt"].title == "Council approves harbour budget"


def test_bad_json_line_names_the_line(tmp_path):
    manifest = _write(tmp_path / "m.jsonl", '{"file": "a.txt"}\n{not json}\n')
    with pytest.raises(ManifestError, match=r"row 2: not JSON"):
        load_manifest(manifest)


@pytest.fixture
def raw_with_manifest(seed_dir, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SEED_ARTICLE).write_bytes((seed_dir / SEED_ARTICLE).read_bytes())
    (raw / "plain.txt").write_text(
        "A small page without any site name at all.\n\n"
        + " ".join(["This sentence is part of a long enough body paragraph."] * 12)
        + "\n",
        encoding="utf-8",
    )
    _write(
        raw / "manifest.csv",
        "file,url,outlet,published,title,byline\n"
        f"{SEED_ARTICLE},https://amp.example-review.com/x,,2024-01-31,Manifest Title,Ann Author\n",
    )
    return raw


def test_clean_uses_the_default_manifest_and_its_values_win(raw_with_manifest, tmp_path):
    out = tmp_path / "out"
    assert run_clean(raw_with_manifest, out) == 0
    pages = pd.read_parquet(out / "pages.parquet")
    assert "manifest.csv" not in set(pages["page"])  # the manifest is not a page
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    seed = articles.loc[SEED_ARTICLE]
    assert seed["outlet_key"] == "example-review.com" and seed["outlet_source"] == "url"
    assert seed["url"] == "https://amp.example-review.com/x"
    assert (seed["title"], seed["title_source"]) == ("Manifest Title", "manifest")
    assert (seed["published"], seed["date_source"]) == ("2024-01-31", "manifest")
    assert (seed["byline"], seed["byline_source"]) == ("Ann Author", "manifest")
    plain = articles.loc["plain.txt"]  # no row: falls back to detection
    assert plain["outlet_source"] == "unknown" and plain["url"] is None


def test_unknown_outlet_stays_an_outlet_in_every_table(raw_with_manifest, tmp_path, caplog):
    out, reports = tmp_path / "out", tmp_path / "reports"
    with caplog.at_level(logging.INFO, logger="analysis"):
        assert run_clean(raw_with_manifest, out) == 0
    # and clean says so, with the remedy (review finding h46 G24)
    assert "note: 1 page(s) name no site, each its own outlet" in caplog.text
    assert "manifest with a url or outlet column" in caplog.text
    assert run_metrics(out, reports) == 0
    unknown = "unknown site (plain.txt)"
    metrics = pd.read_parquet(out / "article_metrics.parquet")
    assert unknown in set(metrics["outlet"])
    outlets = pd.read_parquet(out / "outlet_metrics.parquet").set_index("outlet")
    assert outlets.loc[unknown, "n_articles"] == 1


def test_bad_manifest_stops_clean_before_writing(raw_with_manifest, tmp_path, caplog):
    _write(raw_with_manifest / "manifest.csv", "file,url\nplain.txt,ftp://example.com/\n")
    out = tmp_path / "out"
    assert run_clean(raw_with_manifest, out) == 1
    assert "manifest.csv, row 2: url 'ftp://example.com/' is not an http(s) URL" in caplog.text
    assert not out.exists() or not any(out.iterdir())


def test_a_manifest_date_that_is_no_date_is_left_to_the_page(raw_with_manifest, tmp_path, caplog):
    # one such cell stopped the whole clean (review finding h46 G30): the row's other
    # values are used, its date is read from the page, and clean says so
    body = f"file,published,title\nplain.txt,31/31/2024,Given Title\n{SEED_ARTICLE},soon,\n"
    _write(raw_with_manifest / "manifest.csv", body)
    out = tmp_path / "out"
    with caplog.at_level(logging.INFO, logger="analysis"):
        assert run_clean(raw_with_manifest, out) == 0
    assert (
        "warning: " + str(raw_with_manifest / "manifest.csv") + ", row 2: published "
        "'31/31/2024' is not a date"
    ) in caplog.text
    assert "row 3: published 'soon' is not a date" in caplog.text
    assert "ignored, the date is read from the page" in caplog.text
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert articles.loc["plain.txt", "title"] == "Given Title"
    assert articles.loc[SEED_ARTICLE, "date_source"] != "manifest"


def test_explicit_manifest_path(raw_with_manifest, tmp_path):
    (raw_with_manifest / "manifest.csv").unlink()
    manifest = _write(tmp_path / "elsewhere.jsonl", '{"file": "plain.txt", "outlet": "Ours"}\n')
    out = tmp_path / "out"
    assert run_clean(raw_with_manifest, out, manifest=manifest) == 0
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert (articles.loc["plain.txt", "outlet"], articles.loc["plain.txt", "outlet_source"]) == (
        "Ours",
        "manifest",
    )

"""Reading a hostile raw folder: only regular files inside it, every other entry listed.

Each case here once went wrong (issue #14): links were followed out of the folder, a FIFO
hung ``clean``, ``/dev/zero`` was read without end, odd entries vanished silently, and a
file name with non-UTF-8 bytes aborted the run.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import os
import signal
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from page_checks import BUDGET_ARTICLE

from analysis.clean import read as reading
from analysis.clean.pipeline import run_clean
from analysis.cli import main
from analysis.errors import PageReadError

SECRET = "root:x:0:0:root:/root:/bin/bash secret-marker-7f3a\n" + BUDGET_ARTICLE


@contextlib.contextmanager
def _hang_guard(seconds: int = 20) -> Iterator[None]:
    """Turn a hang (the bug) into a failure instead of a stuck test run."""

    def fail(signum: int, frame: object) -> None:
        raise TimeoutError("hung reading a raw entry")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A raw folder with one page and one entry of every kind that must not be read."""
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "page.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "sub" / "inner.txt").write_text(
        BUDGET_ARTICLE.replace("Council", "Board"), encoding="utf-8"
    )
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (raw / "passwd.txt").symlink_to(tmp_path / "secret.txt")
    (raw / "inner_link.txt").symlink_to(raw / "sub" / "inner.txt")
    (raw / "dangling.txt").symlink_to(raw / "missing.txt")
    (raw / "loop_a.txt").symlink_to(raw / "loop_b.txt")
    (raw / "loop_b.txt").symlink_to(raw / "loop_a.txt")
    (raw / "folder.txt").mkdir()
    os.mkfifo(raw / "pipe.txt")
    (raw / "zero.txt").symlink_to("/dev/zero")
    return raw


def _clean(raw: Path, out: Path, symlinks: str = "skip") -> tuple[pd.DataFrame, pd.DataFrame]:
    with _hang_guard():
        assert run_clean(raw, out, symlinks=symlinks) == 0
    pages = pd.read_parquet(out / "pages.parquet")
    skipped = pd.read_csv(out / "skipped.csv", keep_default_na=False)
    return pages, skipped.set_index("page")


def test_only_regular_files_are_read_and_every_other_entry_is_listed(hostile_folder, tmp_path):
    pages, skipped = _clean(hostile_folder, tmp_path / "out")
    assert list(pages["page"]) == ["page.txt"]
    entries = [p.name for p in hostile_folder.iterdir()]
    assert sorted([*pages["page"], *skipped.index]) == sorted(entries)
    reasons = skipped["reason"]
    assert reasons["passwd.txt"].startswith("symbolic link, not followed")
    assert reasons["inner_link.txt"].startswith("symbolic link, not followed")
    assert reasons["folder.txt"].startswith("a folder, not a regular file")
    assert reasons["sub"].startswith("a folder, not a regular file")
    # and says what to do instead (review finding h46 G12)
    assert "subfolders are read only with clean --recursive" in reasons["sub"]
    assert reasons["pipe.txt"] == "a named pipe (FIFO), not a regular file"
    blocks = pd.read_parquet(tmp_path / "out" / "blocks.parquet")
    assert not blocks["text"].str.contains("secret-marker").any()


def test_follow_symlinks_reads_links_inside_the_folder_only(hostile_folder, tmp_path):
    pages, skipped = _clean(hostile_folder, tmp_path / "out", symlinks="inside")
    assert list(pages["page"]) == ["inner_link.txt", "page.txt"]
    reasons = skipped["reason"]
    assert reasons["passwd.txt"] == ("symbolic link to a file outside the raw folder, not followed")
    assert reasons["dangling.txt"] == "dangling symbolic link (its target does not exist)"
    assert reasons["loop_a.txt"] == "symbolic link loop"
    assert reasons["loop_b.txt"] == "symbolic link loop"
    assert reasons["zero.txt"] == "symbolic link to a file outside the raw folder, not followed"
    entries = [p.name for p in hostile_folder.iterdir()]
    assert sorted([*pages["page"], *skipped.index]) == sorted(entries)


def test_links_outside_are_read_only_when_asked(hostile_folder, tmp_path):
    pages, skipped = _clean(hostile_folder, tmp_path / "out", symlinks="anywhere")
    assert list(pages["page"]) == ["inner_link.txt", "page.txt", "passwd.txt"]
    assert skipped.loc["zero.txt", "reason"] == "symbolic link to a device, not a regular file"


def test_cli_option_names_the_policy(hostile_folder, tmp_path, capsys):
    with _hang_guard():
        assert main(["clean", str(hostile_folder), "--out", str(tmp_path / "a")]) == 0
        follow = ["clean", str(hostile_folder), "--out", str(tmp_path / "b"), "--follow-symlinks"]
        assert main(follow) == 0
    assert len(pd.read_parquet(tmp_path / "a" / "pages.parquet")) == 1
    assert len(pd.read_parquet(tmp_path / "b" / "pages.parquet")) == 2
    assert "read 1 pages, skipped 9" in capsys.readouterr().out


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_without_reading_it(device):
    with _hang_guard(), pytest.raises(PageReadError, match="a device, not a regular file"):
        reading.read_page(device)


def test_a_fifo_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with _hang_guard(), pytest.raises(PageReadError, match=r"named pipe \(FIFO\)"):
        reading.read_page(tmp_path / "pipe.txt")


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_the_size_limit_holds_while_reading_not_from_the_file_size(monkeypatch):
    # /proc files are regular files that report size 0 and still hold bytes.
    assert os.stat("/proc/self/status").st_size == 0
    monkeypatch.setattr(reading, "MAX_PAGE_BYTES", 64)
    with pytest.raises(PageReadError, match="more than the 64-byte maximum"):
        reading.read_page("/proc/self/status")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 file names")
def test_a_file_name_with_non_utf8_bytes_is_read_under_an_escaped_name(tmp_path, caplog):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    with open(os.path.join(os.fsencode(raw), b"caf\xe9.txt"), "wb") as handle:
        handle.write(BUDGET_ARTICLE.replace("Council", "Senate").encode())
    with open(os.path.join(os.fsencode(raw), b"=bad\xff.txt"), "wb"):
        pass  # empty: skipped, and its name must still be written
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["caf\\xe9.txt", "page.txt"]
    assert list(skipped.index) == ["'=bad\\xff.txt"]  # formula-escaped in the CSV
    assert "skipped =bad\\xff.txt: empty file" in caplog.text


def test_a_crawlers_sidecars_and_logs_are_skipped_not_read_as_pages(tmp_path):
    # A crawl folder: each page with a JSON sidecar, a URL list and the crawler's log.
    # Read as text dumps they became articles of outlets "unknown site (crawl.log)" ...
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "story").write_text(BUDGET_ARTICLE.replace("Council", "Senate"), encoding="utf-8")
    sidecar = '{"url": "https://example.org/story", "title": "Council approves the budget"}\n'
    (raw / "story.json").write_text(sidecar, encoding="utf-8")
    (raw / "urls.CSV").write_text("url\nhttps://example.org/story\n", encoding="utf-8")
    log = "2026-03-03 10:00:01 INFO fetched https://example.org/story (200)\n" * 40
    (raw / "crawl.log").write_text(log, encoding="utf-8")
    sitemap = b"<urlset><url><loc>https://example.org/story</loc></url></urlset>"
    (raw / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap, mtime=0))
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["story", "story.txt"]
    reasons = skipped["reason"]
    assert sorted(reasons.index) == ["crawl.log", "sitemap.xml.gz", "story.json", "urls.CSV"]
    assert reasons["story.json"].startswith("a .json file, not a page")
    assert reasons["urls.CSV"].startswith("a .csv file, not a page")
    # an XML file is read only when it is an RSS or Atom feed (tests/test_saved_formats.py)
    assert "no RSS or Atom feed (its root is <urlset>), not a page" in reasons["sitemap.xml.gz"]
    assert "--manifest" in reasons["crawl.log"]


def test_a_manifest_in_the_raw_folder_is_still_read_as_the_manifest(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,url\nstory.txt,https://www.example.org/story\n", encoding="utf-8"
    )
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["story.txt"]
    assert skipped.empty
    assert pages.loc[0, "site_key"] == "example.org"  # the manifest's URL


def test_shortcuts_settings_and_office_lock_files_are_no_pages(tmp_path):
    # h261: a journalist's folder held a link dragged from the browser (Windows' .url,
    # a Mac's .webloc), Windows' desktop.ini and Word's lock file of an open document:
    # the first three were "read, but no article in the page's text", counted as pages
    # read; the lock file was "binary file (contains NUL bytes)"
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    link = "[InternetShortcut]\r\nURL=https://www.example-courier.com/news/budget\r\n"
    (raw / "Council budget.url").write_text(link, encoding="utf-8")
    plist = "<plist><dict><key>URL</key><string>https://example.org/a</string></dict></plist>"
    (raw / "read later.webloc").write_text(plist, encoding="utf-8")
    (raw / "desktop.ini").write_text("[.ShellClassInfo]\r\nIconResource=x.dll,-3\r\n")
    (raw / "~$ory notes.docx").write_bytes(b"\x0bAnn Example" + b"\x00" * 40)
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["story.txt"]
    reasons = skipped["reason"]
    assert reasons["Council budget.url"].startswith("a .url file, not a page")
    assert "save the page itself" in reasons["read later.webloc"]
    assert "a settings file" in reasons["desktop.ini"]
    assert reasons["~$ory notes.docx"].startswith("a lock file an office program writes")


def test_a_pdf_is_skipped_saying_how_to_give_its_text(tmp_path):
    # h261: "binary file (PDF document)" said nothing of the README's pdftotext
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "clipping scan.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["story.txt"]
    reason = skipped["reason"]["clipping scan.pdf"]
    assert reason.startswith("binary file (PDF document): convert it to text (pdftotext")


def test_a_zip_is_skipped_saying_to_unpack_it(tmp_path):
    # h277: a zip of saved pages the user forgot to unpack said only "binary file (ZIP
    # archive)"
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    with zipfile.ZipFile(raw / "more stories.zip", "w") as archive:
        archive.writestr("other.txt", BUDGET_ARTICLE)
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["story.txt"]
    reason = skipped["reason"]["more stories.zip"]
    assert reason.startswith("binary file (ZIP archive): an archive is not opened: unpack it")


def test_a_folder_of_per_outlet_subfolders_says_why_nothing_is_read(tmp_path, caplog):
    # crawls often save one subfolder per site: clean reads one folder's files, and
    # said only "no page could be read" (review finding h46 G12)
    raw = tmp_path / "raw"
    for outlet in ("harbour", "valley"):
        (raw / outlet).mkdir(parents=True)
        (raw / outlet / "story.txt").write_text("Ferry fares rise\n\nFares rise today.\n")
    with caplog.at_level(logging.INFO, logger="analysis"):
        assert run_clean(raw, tmp_path / "out") == 1
    assert "2 are subfolders, whose pages are read with --recursive" in caplog.text
    assert "harbour: a folder, not a regular file (subfolders are read only with" in caplog.text


def test_the_folder_a_browser_saves_beside_a_page_is_named_as_its_files(tmp_path):
    # Chrome's "Webpage, Complete": story.html and story_files/ (styles, scripts,
    # images); the folder was told "clean each subfolder on its own" (review h102 N11)
    raw = tmp_path / "raw"
    (raw / "story_files").mkdir(parents=True)
    (raw / "story_files" / "style.css").write_text("body {}", encoding="utf-8")
    (raw / "story.html").write_text(
        f"<html><body><article><p>{BUDGET_ARTICLE}</p></article></body></html>", encoding="utf-8"
    )
    (raw / "other_files").mkdir()  # no other.html beside it: an ordinary subfolder
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["story.html"]
    reasons = skipped["reason"]
    assert reasons["story_files"].startswith(
        "a folder of the files a browser saved with story.html"
    )
    assert "clean --recursive" in reasons["other_files"]


def test_an_articles_json_record_in_the_folder_is_read_and_a_sidecar_is_not(tmp_path):
    # news-please writes one JSON object per article: its folder gave nothing but
    # "a .json file, not a page" rows (review h102 N9)
    raw = tmp_path / "raw"
    raw.mkdir()
    record = {
        "url": "https://www.example-courier.com/news/budget",
        "title": "Council approves the budget",
        "maintext": BUDGET_ARTICLE,
        "authors": ["Ann Lee"],
        "date_publish": "2026-03-03 08:30:00",
    }
    (raw / "budget.json").write_text(json.dumps(record), encoding="utf-8")
    (raw / "sidecar.json").write_text('{"url": "https://example.org/story"}', encoding="utf-8")
    (raw / "broken.json").write_text("{not json", encoding="utf-8")
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["budget.json"]
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles[["byline", "published", "outlet_key"]].values.tolist() == [
        ["Ann Lee", "2026-03-03", "example-courier.com"]
    ]
    assert sorted(skipped.index) == ["broken.json", "sidecar.json"]
    assert skipped["reason"]["sidecar.json"].startswith("a .json file, not a page")


def test_a_news_apis_response_saved_as_json_is_a_listing_of_its_stories(tmp_path):
    # `curl ... > news.json`: NewsAPI's response was "a .json file, not a page" (its
    # stories not read at all) while the same bytes saved as news.txt were read (h335)
    raw = tmp_path / "raw"
    raw.mkdir()
    stories = [
        {
            "source": {"id": None, "name": name},
            "author": author,
            "title": title,
            "description": "The council approved a new ferry timetable on Tuesday.",
            "url": f"https://www.{name.lower().replace(' ', '')}.com/2026/12/03/ferry",
            "publishedAt": "2026-12-03T09:20:00Z",
            "content": "The council approved a new ferry timetable… [+1840 chars]",
        }
        for name, author, title in (
            ("Harbour Courier", "Jane Roe", "Council approves new ferry timetable"),
            ("Pinecrest Daily", "Tom Acres", "Two evening crossings added to ferry timetable"),
        )
    ]
    response = {"status": "ok", "totalResults": 2, "articles": stories}
    (raw / "newsapi_ferry.json").write_text(json.dumps(response), encoding="utf-8")
    (raw / "sidecar.json").write_text('{"url": "https://example.org/story"}', encoding="utf-8")
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["newsapi_ferry.json"]
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles[["outlet", "title", "byline", "published"]].values.tolist() == [
        ["Harbour Courier", "Council approves new ferry timetable", "Jane Roe", "2026-12-03"],
        [
            "Pinecrest Daily",
            "Two evening crossings added to ferry timetable",
            "Tom Acres",
            "2026-12-03",
        ],
    ]
    assert articles["is_teaser"].all()
    assert list(skipped.index) == ["sidecar.json"]


def test_a_reader_tools_json_record_gives_its_content_as_the_page(tmp_path):
    # Mercury Parser and Readability.js write the article as HTML in "content"
    # (Readability's text in "textContent"): such a file was skipped as "a .json file,
    # not a page" (review h248, body_h248 en_mercury)
    raw = tmp_path / "raw"
    raw.mkdir()
    paragraphs = "".join(f"<p>{line}</p>" for line in BUDGET_ARTICLE.split("\n") if line)
    mercury = {
        "title": "Council approves the budget",
        "author": "Ann Lee",
        "date_published": "2026-03-03T08:30:00.000Z",
        "url": "https://www.example-courier.com/news/budget",
        "domain": "www.example-courier.com",
        "excerpt": "The council approved the budget.",
        "content": f"<div><figure><figcaption>The chamber.</figcaption></figure>{paragraphs}</div>",
    }
    readability = {"title": "Ferry fares rise", "textContent": BUDGET_ARTICLE}
    (raw / "mercury.json").write_text(json.dumps(mercury), encoding="utf-8")
    (raw / "readability.json").write_text(json.dumps(readability), encoding="utf-8")
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["mercury.json", "readability.json"]
    assert skipped.empty
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("page")
    body = articles.loc["mercury.json", "body"]
    first = BUDGET_ARTICLE.split("\n")[2][:40]  # the first paragraph under the headline
    assert "<p>" not in body and first in body
    assert articles.loc["mercury.json", "byline"] == "Ann Lee"
    assert first in articles.loc["readability.json", "body"]


def test_an_apis_article_keyed_by_its_id_is_read_as_the_record_it_wraps(tmp_path):
    # a news-intelligence API's getArticle response (review h360): the article's record
    # under its id and "info", its text in "body", its day in "dateTimePub", its authors
    # as people's objects, its publisher as {"uri", "title"}; skipped as "not a page"
    raw = tmp_path / "raw"
    raw.mkdir()
    record = {
        "8144712031": {
            "info": {
                "uri": "8144712031",
                "dateTimePub": "2026-03-03T07:45:00Z",
                "url": "https://www.example-courier.com/news/budget",
                "title": "Council approves the budget",
                "body": BUDGET_ARTICLE,
                "source": {"uri": "example-courier.com", "title": "Example Courier"},
                "authors": [{"uri": "ann_lee@example-courier.com", "name": "Ann Lee"}],
                "concepts": [{"uri": "http://en.wikipedia.org/wiki/Budget", "score": 5}],
            }
        }
    }
    (raw / "article.json").write_text(json.dumps(record), encoding="utf-8")
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["article.json"] and skipped.empty
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles[["byline", "published", "outlet"]].values.tolist() == [
        ["Ann Lee", "2026-03-03", "Example Courier"]
    ]
    assert BUDGET_ARTICLE.split("\n")[2][:40] in articles["body"][0]


def test_a_one_entry_export_and_an_extraction_apis_one_object_are_read_as_records(tmp_path):
    # wallabag's JSON export is a list of entries (one when one article is exported), its
    # article in "content", its authors in "published_by"; Diffbot's Article API response
    # holds the article as the one object of "objects" beside the request: both were
    # skipped as "a .json file, not a page" (review h378, body_h378)
    raw = tmp_path / "raw"
    raw.mkdir()
    paragraphs = "".join(f"<p>{line}</p>" for line in BUDGET_ARTICLE.split("\n") if line)
    wallabag = [
        {
            "id": 412,
            "title": "Council approves the budget",
            "url": "https://www.example-courier.com/news/budget",
            "content": paragraphs,
            "published_at": "2026-03-03T08:30:00+00:00",
            "published_by": ["Ann Lee"],
            "tags": [],
            "annotations": [],
        }
    ]
    diffbot = {
        "request": {"pageUrl": "https://www.example-herald.com/news/ferry", "api": "article"},
        "humanLanguage": "en",
        "objects": [
            {
                "type": "article",
                "title": "Ferry fares rise",
                "text": BUDGET_ARTICLE,
                "siteName": "Example Herald",
                "pageUrl": "https://www.example-herald.com/news/ferry",
                "images": [{"url": "https://www.example-herald.com/a.jpg"}],
            }
        ],
    }
    (raw / "wallabag.json").write_text(json.dumps(wallabag), encoding="utf-8")
    (raw / "diffbot.json").write_text(json.dumps(diffbot), encoding="utf-8")
    pages, skipped = _clean(raw, tmp_path / "out")
    assert sorted(pages["page"]) == ["diffbot.json", "wallabag.json"]
    assert skipped.empty
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("page")
    first = BUDGET_ARTICLE.split("\n")[2][:40]
    assert first in articles.loc["wallabag.json", "body"]
    assert first in articles.loc["diffbot.json", "body"]
    assert articles.loc["wallabag.json", "byline"] == "Ann Lee"
    assert articles.loc["diffbot.json", "outlet"] == "Example Herald"


def test_an_extraction_apis_article_under_a_key_is_read_with_schema_org_names(tmp_path):
    # Zyte API's response holds the article as an object under "article" beside the
    # request's fields, its fields named as schema.org names them (headline,
    # articleBody, articleBodyHtml, datePublished, authors, canonicalUrl): it was skipped
    # as "a .json file, not a page" (review h390, body_h390: three pages of F1 0.000)
    raw = tmp_path / "raw"
    raw.mkdir()
    paragraphs = "".join(f"<p>{line}</p>" for line in BUDGET_ARTICLE.split("\n") if line)
    zyte = {
        "url": "https://www.example-courier.com/news/budget",
        "statusCode": 200,
        "article": {
            "headline": "Council approves the budget",
            "datePublished": "2026-03-03T08:30:00Z",
            "authors": [{"name": "Ann Lee", "nameRaw": "Ann Lee"}],
            "articleBody": BUDGET_ARTICLE,
            "articleBodyHtml": f"<article>{paragraphs}</article>",
            "canonicalUrl": "https://www.example-courier.com/news/budget",
            "metadata": {"probability": 0.97},
        },
    }
    (raw / "zyte.json").write_text(json.dumps(zyte), encoding="utf-8")
    pages, skipped = _clean(raw, tmp_path / "out")
    assert list(pages["page"]) == ["zyte.json"] and skipped.empty
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert BUDGET_ARTICLE.split("\n")[2][:40] in articles["body"][0]
    assert articles[["title", "byline", "published"]].values.tolist() == [
        ["Council approves the budget", "Ann Lee", "2026-03-03"]
    ]

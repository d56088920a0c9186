"""A web archive (WARC / ARC) as clean's input: one page per captured HTML or text page."""

from __future__ import annotations

import gzip
import io
import logging
import zipfile

import brotli
import pandas as pd
import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from analysis.clean.page_table import PageTableError, read_page_table
from analysis.clean.pipeline import TABLE_FILES, run_clean
from analysis.clean.read import list_raw_folder
from analysis.clean.source import clean_source_problem, is_page_table, is_web_archive


def _story(site: str, title: str, topic: str, lang: str = "en") -> str:
    paragraphs = "".join(
        f"<p>The {topic} was discussed at length on Tuesday, part {n}, and the council "
        "engineer said the work would be finished before the end of the month.</p>"
        for n in range(5)
    )
    return (
        f'<html lang="{lang}"><head><title>{title} | {site}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>"
        f"{paragraphs}</article><footer>© 2026 {site}</footer></body></html>"
    )


PAGES = {
    "https://www.harbourgazette.co.uk/news/bridge-reopens": _story(
        "Harbour Gazette", "Harbour bridge reopens", "bridge"
    ),
    "https://harbourgazette.co.uk/news/ferry-timetable": _story(
        "Harbour Gazette", "Ferry timetable changes", "ferry timetable"
    ),
    "https://www.valleypost.com/2026/03/school-roof": _story(
        "Valley Post", "School roof repaired", "school roof"
    ),
}
RUSSIAN_URL = "https://www.rechnoi-vestnik.ru/novosti/most"
RUSSIAN = (
    "<html><head><title>Мост открыт после ремонта</title></head><body><article>"
    "<h1>Мост открыт после ремонта</h1>"
    + "".join(
        f"<p>Мост через реку открыли во вторник после ремонта, часть {n}, сообщил "
        "инженер городского совета, добавив, что движение восстановится на этой неделе.</p>"
        for n in range(5)
    )
    + "</article></body></html>"
)


def _response(writer, url, body: bytes, content_type="text/html; charset=utf-8", status="200 OK",
              headers=()):  # fmt: skip
    http = StatusAndHeaders(status, [("Content-Type", content_type), *headers], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    writer.write_record(record)


def _request(writer, url):
    http = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "x")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http)
    )


def _write_warc(path, gzip_records=True, extra=None):
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, html in PAGES.items():
            _request(writer, url)
            _response(writer, url, html.encode("utf-8"))
        if extra:
            extra(writer)


def _articles(out) -> pd.DataFrame:
    return pd.read_parquet(out / "articles.parquet")


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc", "CRAWL.WARC.GZ"])
def test_a_web_archive_is_a_table_of_pages_by_its_name(tmp_path, name):
    assert is_web_archive(tmp_path / name) and is_page_table(tmp_path / name)
    assert clean_source_problem(tmp_path / name) == f"{tmp_path / name}: no such file"
    assert not is_web_archive(tmp_path / "crawl.gz") and not is_web_archive("warc.txt")


@pytest.mark.parametrize("gzip_records", [True, False])
def test_a_warc_gives_the_articles_a_folder_with_a_manifest_of_urls_gives(tmp_path, gzip_records):
    warc = tmp_path / ("crawl.warc.gz" if gzip_records else "crawl.warc")
    _write_warc(warc, gzip_records)
    folder = tmp_path / "raw"
    folder.mkdir()
    manifest = ["file,url"]
    for n, (url, html) in enumerate(PAGES.items()):
        (folder / f"page{n}.html").write_text(html, encoding="utf-8")
        manifest.append(f"page{n}.html,{url}")
    (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    assert run_clean(warc, tmp_path / "from_warc", jobs=1) == 0
    assert run_clean(folder, tmp_path / "from_folder", jobs=1) == 0
    from_warc, from_folder = _articles(tmp_path / "from_warc"), _articles(tmp_path / "from_folder")
    # the page is named by its URL, as a folder's page by its file name
    assert from_warc["page"].tolist() == list(PAGES)
    assert from_folder["page"].tolist() == ["page0.html", "page1.html", "page2.html"]
    columns = [c for c in from_warc.columns if c not in ("page", "article_id")]
    pd.testing.assert_frame_equal(from_warc[columns], from_folder[columns])
    # one outlet per registered domain (www. or not), two domains never merged
    assert from_warc["outlet"].tolist() == ["Harbour Gazette", "Harbour Gazette", "Valley Post"]
    assert from_warc["outlet_source"].eq("url").all()


def test_other_captures_are_listed_in_skipped_with_why_and_counted_in_one_line(tmp_path, caplog):
    def extra(writer):
        _response(writer, "https://www.valleypost.com/logo.png", b"\x89PNG\r\n", "image/png")
        _response(writer, "https://www.valleypost.com/app.js", b"var a = 1;", "text/javascript")
        _response(
            writer, "http://valleypost.com/", b"", "text/html", "301 Moved Permanently",
            [("Location", "https://www.valleypost.com/")],
        )  # fmt: skip
        _response(writer, "https://www.valleypost.com/gone", b"<html>x</html>",
                  status="404 Not Found")  # fmt: skip
        _response(writer, "https://www.valleypost.com/blank", b"  \n", "text/html")
        url = next(iter(PAGES))
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_revisit_record(
                url, "sha1:AAAA", url, "2026-03-01T00:00:00Z", http_headers=http
            )
        )

    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, extra=extra)
    with caplog.at_level(logging.INFO):
        assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    reasons = dict(zip(skipped["page"], skipped["reason"], strict=True))
    assert "image/png, not a page" in reasons["https://www.valleypost.com/logo.png"]
    assert "text/javascript, not a page" in reasons["https://www.valleypost.com/app.js"]
    assert (
        "HTTP 301 redirect to https://www.valleypost.com/: no page"
        in reasons["http://valleypost.com/"]
    )
    assert "HTTP 404 response: no page" in reasons["https://www.valleypost.com/gone"]
    assert "an empty response" in reasons["https://www.valleypost.com/blank"]
    assert "a revisit record" in reasons[next(iter(PAGES))]
    assert len(_articles(tmp_path / "out")) == 3
    # no line per image or redirect on stderr: one line counts them
    assert not any("logo.png" in r.getMessage() for r in caplog.records)
    (summary,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("crawl.warc")]
    assert summary == (
        "crawl.warc.gz: 13 records: 3 pages read; no pages, listed in skipped.csv: 2 not 200, "
        "2 other media type, 1 empty, 1 revisit; 4 describing captures (request, metadata, "
        "warcinfo)"
    )


def test_payloads_are_read_through_their_http_codings_and_declared_charset(tmp_path):
    story = PAGES["https://www.valleypost.com/2026/03/school-roof"].encode("utf-8")

    def chunked(data: bytes) -> bytes:
        half = len(data) // 2
        parts = [data[:half], data[half:]]
        return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"

    def extra(writer):
        _response(writer, "https://a-news.com/gz", gzip.compress(story), "text/html",
                  headers=[("Content-Encoding", "gzip")])  # fmt: skip
        _response(writer, "https://b-news.com/br", brotli.compress(story), "text/html",
                  headers=[("Content-Encoding", "br")])  # fmt: skip
        _response(writer, "https://c-news.com/chunked", chunked(story), "text/html",
                  headers=[("Transfer-Encoding", "chunked")])  # fmt: skip
        # the charset only in the HTTP header: cp1251 bytes, no <meta>
        _response(writer, RUSSIAN_URL, RUSSIAN.encode("cp1251"), "text/html; charset=windows-1251")

    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as out:
        extra(WARCWriter(out, gzip=True))
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    articles = _articles(tmp_path / "out").set_index("page")
    for url in ("https://a-news.com/gz", "https://b-news.com/br", "https://c-news.com/chunked"):
        assert articles.loc[url, "title"] == "School roof repaired", url
        assert "school roof was discussed" in articles.loc[url, "body"], url
    assert articles.loc[RUSSIAN_URL, "title"] == "Мост открыт после ремонта"
    assert "Мост через реку открыли" in articles.loc[RUSSIAN_URL, "body"]


def test_a_resource_record_and_a_text_capture_are_pages(tmp_path):
    text = "\n\n".join(
        ["Harbour bridge reopens"]
        + [
            f"The harbour bridge reopened on Tuesday after repairs, part {n}, said the council "
            "engineer, who added that traffic would return to normal this week."
            for n in range(5)
        ]
    )
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        record = writer.create_warc_record(
            "https://www.harbourgazette.co.uk/news/saved",
            "resource",
            payload=io.BytesIO(PAGES[next(iter(PAGES))].encode()),
            warc_content_type="text/html",
        )
        writer.write_record(record)
        _response(writer, "https://www.valleypost.com/plain.txt", text.encode(), "text/plain")
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    articles = _articles(tmp_path / "out").set_index("page")
    assert articles.loc["https://www.harbourgazette.co.uk/news/saved", "title"] == (
        "Harbour bridge reopens"
    )
    assert "traffic would return" in articles.loc["https://www.valleypost.com/plain.txt", "body"]


def test_a_second_capture_of_a_url_is_named_in_skipped_with_both_dates(tmp_path):
    url, html = next(iter(PAGES.items()))

    def extra(writer):  # the same page captured again four days later, updated
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(html.replace("Tuesday", "Wednesday").encode()),
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            ),
            warc_headers_dict={"WARC-Date": "2026-03-14T18:30:00Z"},
        )
        writer.write_record(record)

    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, extra=extra)
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    (reason,) = skipped.loc[skipped["page"] == url, "reason"]
    first_date = next(
        record.rec_headers.get_header("WARC-Date")
        for record in ArchiveIterator(warc.open("rb"))
        if record.rec_type == "response"
    )
    # which capture is read, and when each was made
    assert reason == (
        "row 8: a later capture of the same URL on 2026-03-14T18:30:00Z: the first capture "
        f"in the archive (row 3 on {first_date}) is read, so the page counts once"
    )
    body = _articles(tmp_path / "out").set_index("page").loc[url, "body"]
    assert "Tuesday" in body and "Wednesday" not in body


def test_the_crawlers_own_records_are_no_pages(tmp_path, caplog):
    def extra(writer):  # wget's log and arguments; Browsertrix's text of a page
        for url, text in (
            ("metadata://gnu.org/software/wget/warc/wget.log", b"FINISHED --2026-03-10--\n"),
            ("metadata://gnu.org/software/wget/warc/wget_arguments.txt", b'"wget" "-r"\n'),
            ("urn:text:https://www.valleypost.com/2026/03/school-roof", b"School roof\n" * 9),
        ):
            writer.write_record(
                writer.create_warc_record(
                    url, "resource", payload=io.BytesIO(text), warc_content_type="text/plain"
                )
            )

    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, extra=extra)
    with caplog.at_level(logging.INFO):
        assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert len(skipped) == 3
    assert skipped["reason"].str.contains("no captured web page, the crawler's own record").all()
    assert _articles(tmp_path / "out")["page"].tolist() == list(PAGES)
    (summary,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("crawl.warc")]
    assert summary.startswith(
        "crawl.warc.gz: 10 records: 3 pages read; no pages, listed in skipped.csv: 3 crawler's "
        "own record;"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "no record"),
        (b"this is a text file, not an archive\n" * 5, "not a web archive"),
    ],
)
def test_a_file_that_is_no_web_archive_is_one_error_naming_it(tmp_path, caplog, content, reason):
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(content)
    with pytest.raises(PageTableError, match=reason):
        list(read_page_table(warc))
    assert run_clean(warc, tmp_path / "out", jobs=1) == 1
    assert any("crawl.warc.gz" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_cut_short_keeps_its_pages_and_says_where_it_broke(tmp_path, name):
    warc = tmp_path / name
    _write_warc(warc, gzip_records=name.endswith(".gz"))
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 300])  # the last response cut in its payload
    rows = list(read_page_table(warc))
    assert [row.record["url"] for row in rows if row.record] == list(PAGES)[:2]
    assert "the archive breaks off here" in rows[-1].error and not rows[-1].quiet
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert skipped["reason"].str.contains("the records after it are not read").sum() == 1
    assert len(_articles(tmp_path / "out")) == 2


def test_a_web_archive_in_a_folder_is_named_with_how_to_clean_it(tmp_path):
    _write_warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "page.txt").write_text("A page\n\nSome words here.\n", encoding="utf-8")
    (entry,) = [e for e in list_raw_folder(tmp_path, "skip") if e.name == "crawl.warc.gz"]
    assert "newscompare clean FILE.warc.gz" in entry.skip_reason


def test_an_arc_file_is_read_as_a_web_archive(tmp_path):
    # the Internet Archive's older format: a version block, then "URL IP DATE TYPE LENGTH"
    html = PAGES["https://www.valleypost.com/2026/03/school-roof"].encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    url = b"https://www.valleypost.com/2026/03/school-roof"
    version_body = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    version = b"filedesc://crawl.arc 0.0.0.0 20260301000000 text/plain %d\n" % len(version_body)
    record = b"%s 192.0.2.1 20260301000000 text/html %d\n" % (url, len(http))
    arc = tmp_path / "crawl.arc"
    arc.write_bytes(version + version_body + b"\n" + record + http + b"\n")
    assert run_clean(arc, tmp_path / "out", jobs=1) == 0
    (title,) = _articles(tmp_path / "out")["title"]
    assert title == "School roof repaired"


@pytest.mark.slow
def test_a_warc_with_jobs_2_gives_the_same_bytes(tmp_path):
    def extra(writer):  # enough pages for several chunks: each story at other addresses
        for n in range(12):
            for url, html in PAGES.items():
                _response(writer, f"{url}-{n}", html.replace("Tuesday", f"day {n}").encode())

    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, extra=extra)
    assert run_clean(warc, tmp_path / "one", jobs=1) == 0
    assert run_clean(warc, tmp_path / "two", jobs=2) == 0
    for name in TABLE_FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert len(_articles(tmp_path / "one")) == 39


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_wherever_an_archive_is_cut_no_page_is_read_cut_short(tmp_path, name):
    warc = tmp_path / name
    _write_warc(warc, gzip_records=name.endswith(".gz"))
    whole = warc.read_bytes()
    for cut in range(1, len(whole), 37):
        warc.write_bytes(whole[: len(whole) - cut])
        try:
            rows = list(read_page_table(warc))
        except PageTableError:
            continue  # not even one record: the file is named, nothing read
        pages = [row.record for row in rows if row.record is not None]
        for page in pages:
            assert page["html"] == PAGES[page["url"]].encode(), (cut, page["url"])
        breaks = [row for row in rows if row.error and "breaks off" in row.error]
        assert breaks in ([], rows[-1:]), cut  # at most one, the last row
        # the break is said, or every page read, or the cut left a shorter whole archive
        assert breaks or len(pages) == len(PAGES) or _ends_a_record(whole[: len(whole) - cut])


def _ends_a_record(data: bytes) -> bool:
    """Whether ``data`` ends where a record of :func:`_write_warc` ends (a shorter whole
    archive: no reader can tell a record is missing)."""
    if data[:2] == b"\x1f\x8b":
        try:
            gzip.decompress(data)
        except (EOFError, OSError):
            return False
        return True
    return data.rstrip(b"\r\n").endswith((b"Host: x", b"\r\n\r\n")) or data.endswith(b"\r\n\r")


def test_a_common_crawl_wet_file_is_one_text_page_per_conversion_record(tmp_path):
    wet = tmp_path / "CC-MAIN-20260316-00001.warc.wet.gz"
    assert is_web_archive(wet)
    with wet.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(wet.name, {"software": "Nutch"}))
        for url, html in PAGES.items():
            title = html.split("<h1>")[1].split("</h1>")[0]
            paragraphs = html.split("</h1>")[1].split("</article>")[0]
            text = "\n".join(
                [f"{title} | x", "Home News", title]
                + [p for p in paragraphs.replace("</p>", "").split("<p>") if p]
            )
            record = writer.create_warc_record(
                url,
                "conversion",
                payload=io.BytesIO(text.encode()),
                warc_content_type="text/plain",
                warc_headers_dict={"WARC-Date": "2026-03-16T02:11:09Z"},
            )
            writer.write_record(record)
    assert run_clean(wet, tmp_path / "out", jobs=1) == 0
    articles = _articles(tmp_path / "out")
    assert articles["page"].tolist() == list(PAGES)
    assert articles["title"].tolist() == [
        "Harbour bridge reopens",
        "Ferry timetable changes",
        "School roof repaired",
    ]
    assert articles["outlet_source"].eq("url").all()
    assert articles["body"].str.contains("council engineer said").all()
    # the capture's date is no publication date
    assert not articles["published"].astype(str).str.startswith("2026-03-16").any()


def test_a_wat_file_and_a_wet_file_in_a_folder_are_named_with_what_to_give(tmp_path):
    wat = tmp_path / "CC-MAIN-20260316-00001.warc.wat.gz"
    wat.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: metadata\r\n\r\n"))
    problem = clean_source_problem(wat)
    assert "WAT file" in problem and "WET file (their text)" in problem
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "CC-MAIN-20260316-00001.warc.wet.gz").write_bytes(gzip.compress(b"WARC/1.0\r\n"))
    (entry,) = list_raw_folder(folder)
    assert entry.skip_reason.startswith("a .wet file, not a page")


def test_a_capture_the_crawler_cut_short_is_listed_not_read(tmp_path):
    html = list(PAGES.values())[2]

    def extra(writer):  # Common Crawl's cut at its size limit: half the page
        record = writer.create_warc_record(
            "https://www.valleypost.com/2026/03/library-hours",
            "response",
            payload=io.BytesIO(html.encode()[: len(html) // 2]),
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            ),
            warc_headers_dict={"WARC-Truncated": "length"},
        )
        writer.write_record(record)

    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, extra=extra)
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    assert _articles(tmp_path / "out")["page"].tolist() == list(PAGES)
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert skipped["page"].tolist() == ["https://www.valleypost.com/2026/03/library-hours"]
    assert "a capture the crawler cut short (WARC-Truncated: length)" in skipped["reason"][0]


def _warc_bytes(pages: dict[str, str], date: str) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in pages.items():
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(record)
    return out.getvalue()


def test_a_wacz_file_is_read_as_the_warc_files_it_holds(tmp_path):
    urls = list(PAGES)
    wacz = tmp_path / "harbour-crawl.wacz"
    assert is_web_archive(wacz)
    with zipfile.ZipFile(wacz, "w") as out:  # Browsertrix's layout
        out.writestr("datapackage.json", '{"profile": "data-package", "resources": []}')
        out.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0", "id": "pages"}\n')
        second = {urls[2]: PAGES[urls[2]], urls[0]: PAGES[urls[0]].replace("Tuesday", "Friday")}
        out.writestr("archive/rec-20260314-1.warc.gz", _warc_bytes(second, "2026-03-14T10:00:00Z"))
        first = {url: PAGES[url] for url in urls[:2]}
        out.writestr("archive/rec-20260310-0.warc.gz", _warc_bytes(first, "2026-03-10T10:00:00Z"))
        out.writestr("indexes/index.cdx", "")
    assert run_clean(wacz, tmp_path / "out", jobs=1) == 0
    articles = _articles(tmp_path / "out")
    assert articles["page"].tolist() == [urls[0], urls[1], urls[2]]  # the files in name order
    assert "Friday" not in articles.loc[0, "body"]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert skipped["reason"].tolist() == [
        "row 4: a later capture of the same URL on 2026-03-14T10:00:00Z: the first capture in "
        "the archive (row 1 on 2026-03-10T10:00:00Z) is read, so the page counts once"
    ]


def test_a_wacz_file_without_warc_files_or_in_a_folder_is_named_with_why(tmp_path):
    wacz = tmp_path / "crawl.wacz"
    with zipfile.ZipFile(wacz, "w") as out:
        out.writestr("pages/pages.jsonl", "{}\n")
    with pytest.raises(PageTableError, match=r"crawl\.wacz: a WACZ file without a WARC file"):
        list(read_page_table(wacz))
    (tmp_path / "not-a-zip.wacz").write_text("hello\n" * 10)
    with pytest.raises(PageTableError, match="not a readable WACZ file"):
        list(read_page_table(tmp_path / "not-a-zip.wacz"))
    folder = tmp_path / "raw"
    folder.mkdir()
    wacz.rename(folder / "crawl.wacz")
    (entry,) = list_raw_folder(folder)
    assert entry.skip_reason.startswith("a .wacz file, not a page")
    assert "newscompare clean FILE.wacz" in entry.skip_reason
    assert "cat *.warc.gz > crawl.warc.gz" in entry.skip_reason


def test_a_response_without_a_media_type_is_typed_by_the_archive_or_its_bytes(tmp_path):
    (url0, html0), (url1, html1) = list(PAGES.items())[:2]
    warc = tmp_path / "crawl.warc.gz"

    def response(writer, url, body, warc_headers=None):
        http = StatusAndHeaders("200 OK", [("Server", "nginx")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict=warc_headers or {},
        )
        writer.write_record(record)

    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        response(writer, url0, b"\xef\xbb\xbf\n  <!DOCTYPE html>" + html0.encode())  # the bytes
        no_root = html1.replace('<html lang="en">', "").encode()
        response(  # Common Crawl's identification of the payload
            writer, url1, no_root, {"WARC-Identified-Payload-Type": "text/html"}
        )
        response(writer, "https://www.valleypost.com/feed-data", b"\x00\x01binary" * 20)
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    articles = _articles(tmp_path / "out")
    assert articles["page"].tolist() == [url0, url1]
    assert articles["title"].tolist() == ["Harbour bridge reopens", "Ferry timetable changes"]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert skipped["reason"].tolist() == [
        "row 3: no media type (none declared, and no HTML document), not a page"
    ]


def test_a_sites_files_for_programs_are_no_pages(tmp_path):
    rules = (
        "# Harbour Gazette: we are hiring reporters and editors who love the coast; the "
        "newsroom said on Tuesday that applications close at the end of the month.\n"
        * 6
        + "User-agent: *\nDisallow: /admin/\n"
    )

    def extra(writer):
        _response(writer, "https://www.harbourgazette.co.uk/robots.txt", rules.encode(),
                  "text/plain")  # fmt: skip
        _response(writer, "https://www.valleypost.com/ads.txt", b"adnet.example, 1, DIRECT\n",
                  "text/plain")  # fmt: skip
        _response(writer, "https://www.valleypost.com/.well-known/security.txt",
                  b"Contact: mailto:security@valleypost.com\n", "text/plain")  # fmt: skip
        _response(writer, "https://www.valleypost.com/news/robots.txt-explained",
                  PAGES[next(iter(PAGES))].encode())  # fmt: skip

    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, extra=extra)
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")["page"].tolist()
    assert pages == [*PAGES, "https://www.valleypost.com/news/robots.txt-explained"]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert skipped["reason"].str.contains("a file a site publishes for crawlers").all()
    assert len(skipped) == 3


def test_a_revisit_record_says_which_capture_is_read_or_why_none_is(tmp_path):
    url = next(iter(PAGES))

    def revisit(writer, target, content_type):
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_revisit_record(
                target, "sha1:AAAA", target, "2026-03-01T00:00:00Z", http_headers=http
            )
        )

    def extra(writer):
        revisit(writer, url, "text/html")  # the page read above
        revisit(writer, "https://www.valleypost.com/logo.png", "image/png")
        revisit(writer, "https://www.valleypost.com/2026/02/older-story", "text/html")

    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, extra=extra)
    assert run_clean(warc, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    reasons = dict(zip(skipped["page"], skipped["reason"], strict=True))
    assert reasons[url].endswith(": the capture of row 3 on " + _warc_date(warc, 3) + (
        " is read, so the page counts once"
    ))  # fmt: skip
    assert reasons["https://www.valleypost.com/logo.png"].endswith(": image/png, not a page")
    assert (
        "another archive of the crawl holds it: join them"
        in (reasons["https://www.valleypost.com/2026/02/older-story"])
    )


def _warc_date(warc, row_no: int) -> str:
    records = ArchiveIterator(warc.open("rb"))
    record = next(r for n, r in enumerate(records, 1) if n == row_no)
    return record.rec_headers.get_header("WARC-Date")

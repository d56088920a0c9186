"""Tests for analysis.clean.http_head: an HTTP response's head before a saved page."""

from analysis.clean.http_head import without_http_head
from analysis.clean.read import page_from_bytes

_DOCUMENT = (
    '<!DOCTYPE html>\n<html lang="en"><head><title>News - The Wexcombe Lantern</title>'
    '<meta property="og:site_name" content="The Wexcombe Lantern"></head>\n'
    "<body><h1>Ferry timetable changes on Monday</h1>"
    "<p>The winter timetable drops the late crossing until March.</p></body></html>\n"
)
_HEAD = (
    "HTTP/2 200 \nserver: nginx\ndate: Sat, 05 Dec 2026 09:30:12 GMT\n"
    "content-type: text/html; charset=UTF-8\n\n"
)


def test_the_head_of_a_curl_i_save_is_taken_off():
    assert without_http_head(_HEAD + _DOCUMENT) == _DOCUMENT
    # a redirect followed (curl -iL): both responses' heads
    redirect = "HTTP/1.1 301 Moved Permanently\r\nLocation: https://wexcombe.test/\r\n\r\n"
    assert without_http_head(redirect + _HEAD + _DOCUMENT) == _DOCUMENT


def test_text_that_only_starts_like_a_response_stays():
    assert without_http_head(_DOCUMENT) == _DOCUMENT
    text = "HTTP/2 200 is what the server answered.\n\nThen it went quiet.\n"
    assert without_http_head(text) == text


def test_a_page_saved_with_its_head_reads_its_metadata():
    page = page_from_bytes((_HEAD + _DOCUMENT).encode(), "news.html", "news.html")
    assert page.html is not None and page.html.site_name == "The Wexcombe Lantern"
    assert not page.text.startswith("HTTP/")


_RECORD_HEAD = (
    "WARC/1.0\nWARC-Type: response\nWARC-Date: 2026-12-05T09:30:12Z\n"
    "WARC-Target-URI: https://wexcombe.test/news/ferry\n"
    "Content-Type: application/http; msgtype=response\nContent-Length: 612\n\n"
)


def test_a_web_archive_record_saved_as_text_reads_as_its_html_page():
    assert without_http_head(_RECORD_HEAD + _HEAD + _DOCUMENT) == _DOCUMENT
    page = page_from_bytes((_RECORD_HEAD + _HEAD + _DOCUMENT).encode(), "ferry.txt", "ferry.txt")
    assert page.html is not None and page.html.site_name == "The Wexcombe Lantern"
    assert "late crossing" in page.text and "WARC" not in page.text
    # curl -i's save named .txt: the same
    page = page_from_bytes((_HEAD + _DOCUMENT).encode(), "ferry.txt", "ferry.txt")
    assert page.html is not None


def test_a_record_of_text_keeps_its_head_as_a_text_dump():
    # a WET conversion record: no HTTP response, no markup
    wet = _RECORD_HEAD.replace("response", "conversion") + "Ferry timetable changes.\n"
    assert without_http_head(wet) == wet
    page = page_from_bytes(wet.encode(), "ferry.txt", "ferry.txt")
    assert page.html is None and page.text.startswith("WARC/1.0")

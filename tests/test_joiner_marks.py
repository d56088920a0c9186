"""Tests for analysis.clean.joiner_marks: the zero-width (non-)joiners trafilatura drops."""

from analysis.clean.html_page import html_metadata
from analysis.clean.joiner_marks import with_joiners

ZWNJ = "\u200c"


def test_a_value_gets_the_joiner_the_markup_prints_inside_it():
    html = f"<h1>گزارش هفته{ZWNJ}نامه</h1>"
    assert with_joiners("گزارش هفتهنامه", html) == f"گزارش هفته{ZWNJ}نامه"


def test_an_entity_and_a_line_break_in_the_markup_are_read():
    html = "<title>گزارش\n  هفته&zwnj;نامه</title>"
    assert with_joiners("گزارش هفتهنامه", html) == f"گزارش هفته{ZWNJ}نامه"


def test_a_value_is_unchanged_without_a_joiner_in_the_markup_or_in_its_printing():
    assert with_joiners("گزارش هفتهنامه", "<h1>گزارش هفتهنامه</h1>") == "گزارش هفتهنامه"
    html = f"<p>دیگر{ZWNJ}ها</p><h1>گزارش هفتهنامه</h1>"
    assert with_joiners("گزارش هفتهنامه", html) == "گزارش هفتهنامه"
    assert with_joiners(None, html) is None
    assert with_joiners(f"هفته{ZWNJ}نامه", html) == f"هفته{ZWNJ}نامه"


def test_an_html_pages_headline_and_byline_keep_their_non_joiners():
    # a made-up Persian page: trafilatura's metadata cleaning dropped U+200C from the
    # title and the author (review h285: "مذاکره‌کنندگان" read "مذاکرهکنندگان")
    title = f"نشست تازه مذاکره{ZWNJ}کنندگان در بندر نمونه"
    author = f"داریوش نیک{ZWNJ}نام"
    paragraph = f"متن نمونه درباره نشست{ZWNJ}های تازه در بندر نمونه است. " * 12
    html = (
        "<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta property='og:title' content='{title}'>"
        f"<meta name='author' content='{author}'></head><body><article><h1>{title}</h1>"
        f"<div class='byline'>{author}</div><p>{paragraph}</p><p>{paragraph}</p>"
        "</article></body></html>"
    )
    metadata = html_metadata(html)
    assert metadata.title == title
    assert metadata.byline == author


_MARKUP_PIECES = [
    "<p>",
    "text",
    "\u200c",
    "\u200d",
    "&zwnj;",
    "&ZWJ;",
    "&zwj",
    "&#8204;",
    "&#X200D;",
    "&#x200c;",
    "&#8206;",
    "&amp;zwnj;",
    "&",
    ";",
]


def test_the_markup_holds_a_joiner_as_the_one_pattern_said() -> None:
    # the characters looked for as substrings, the entities by a pattern opening with "&"
    # (benchmarks/joiner_scan_cost.py keeps the old pattern)
    import itertools

    from benchmark_modules import load_benchmark

    from analysis.clean.joiner_marks import _prints_joiner

    cost = load_benchmark("joiner_scan_cost")
    for size in (1, 2, 3):
        for pieces in itertools.product(_MARKUP_PIECES, repeat=size):
            markup = "".join(pieces)
            assert _prints_joiner(markup) == cost.old_prints_joiner(markup), markup

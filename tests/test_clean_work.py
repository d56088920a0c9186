"""How much work the cleaner does per page, counted (no wall clock): issue #15.

Each expensive per-page fact is computed once per page and passed to every stage that
needs it; these tests count the calls.
"""

from __future__ import annotations

import sys

import pytest
from benchmark_modules import load_benchmark
from hypothesis import given
from hypothesis import strategies as st
from page_checks import SEED_ARTICLE, SEED_LISTING, record_first_arguments

from analysis import text
from analysis.clean import card_lines, listing, listing_lookalikes, segment, site_name
from analysis.clean.articles import article_rows
from analysis.clean.body import LineFeatures, line_features
from analysis.clean.page_rows import clean_page, page_row
from analysis.clean.read import read_page
from analysis.clean.segment import find_article_regions, segment_page_columns


@pytest.fixture
def site_name_calls(monkeypatch) -> list[int]:
    """Patch every module's reference to ``page_site_name`` with a counting wrapper;
    the list receives the number of lines of each call."""
    original = site_name.page_site_name
    calls: list[int] = []

    def counted(lines, *args, **kwargs):
        calls.append(len(lines))
        return original(lines, *args, **kwargs)

    for module in list(sys.modules.values()):
        in_package = module is not None and module.__name__.startswith("analysis")
        if in_package and getattr(module, "page_site_name", None) is original:
            monkeypatch.setattr(module, "page_site_name", counted)
    return calls


def test_an_article_page_finds_its_site_name_once(seed_dir, site_name_calls):
    page = read_page(seed_dir / SEED_ARTICLE)
    cleaned = clean_page(page)
    assert cleaned.row["layout"] == "article"
    assert site_name_calls == [len(page.text.split("\n"))]


def test_a_listing_page_reads_the_whole_page_once_and_the_top_once(seed_dir, site_name_calls):
    """Cards fall back on the whole page's site name; the page's own site is named above
    its first card (test_clean.test_listing_site_is_named_above_the_first_card_only)."""
    page = read_page(seed_dir / SEED_LISTING)
    cleaned = clean_page(page)
    assert cleaned.row["layout"] == "listing"
    n_lines = len(page.text.split("\n"))
    assert len(site_name_calls) == 2
    assert site_name_calls[0] == n_lines
    assert site_name_calls[1] < n_lines


@pytest.mark.parametrize("name", [SEED_ARTICLE, SEED_LISTING])
def test_passing_the_site_name_down_changes_no_output(seed_dir, name):
    """Each stage called alone (finding the site name itself) gives what clean_page gives."""
    page = read_page(seed_dir / name)
    cleaned = clean_page(page)
    blocks = segment_page_columns(page.text, page.name)
    assert blocks == cleaned.blocks
    articles = article_rows(blocks, page.text)
    assert articles == cleaned.articles
    assert page_row(page, blocks, articles) == cleaned.row


def test_each_distinct_text_is_word_counted_once_per_page(seed_dir, monkeypatch):
    """The detectors share one page's word counts (analysis.text.words_counted_once)."""
    counted = record_first_arguments(monkeypatch, text.words, "_count_words")
    for name in (SEED_ARTICLE, SEED_LISTING):
        counted.clear()
        clean_page(read_page(seed_dir / name))
        assert counted, "the cleaner counts words"
        assert len(counted) == len(set(counted)), name
    # outside a page the counts are not kept: a second count counts again
    counted.clear()
    text.count_words("two words")
    text.count_words("two words")
    assert counted == ["two words", "two words"]


def test_word_counts_are_bounded_and_dropped_after_the_page(monkeypatch):
    monkeypatch.setattr(text.memo, "PAGE_MEMO_TEXTS", 2)

    @text.words_counted_once
    def page(values: list[str]) -> tuple[list[int], int]:
        counts = [text.count_words(value) for value in values]
        return counts, len(text.memo._PAGE_WORD_COUNTS.get())

    values = ["a b", "c", "d e f", "a b", "g h i j"]
    counts, remembered = page(values)
    assert counts == [text.words._count_words(value) for value in values] == [2, 1, 3, 2, 4]
    assert remembered == 2
    assert text.memo._PAGE_WORD_COUNTS.get() is None


@pytest.fixture
def body_detector_calls(monkeypatch) -> list[int]:
    """Count the body detector's runs from the segmenter and the listing splitter."""
    original = listing_lookalikes.body_line_indices
    calls: list[int] = []

    def counted(lines):
        calls.append(len(lines))
        return original(lines)

    for module in (listing_lookalikes, segment):
        monkeypatch.setattr(module, "body_line_indices", counted)
    return calls


def _article_with_related_cards() -> list[str]:
    """An article followed by two look-alike cards: cards are found, then rejected
    because the page's own body lies outside them (listing_lookalikes.one_article)."""
    paragraph = "The council voted on Tuesday to close the harbour bridge for repairs."
    title = "Main story headline about the harbour bridge"
    lines = [title, title, ""]
    lines += [f"{paragraph} Paragraph {n} of the main story." for n in range(6)]
    lines += ["", "More stories", ""]
    for n in range(2):
        headline = f"Related story number {n} about ferries"
        lines += [headline, headline, "June 2, 2025", f"{paragraph} Teaser {n}.", ""]
    return lines


def test_rejected_cards_and_the_article_share_one_body_detector_run(body_detector_calls):
    lines = _article_with_related_cards()
    regions = find_article_regions(lines)
    assert len(regions) == 1  # an article page, not a listing
    assert body_detector_calls == [len(lines)]
    # the listing splitter alone did ask the detector: the run is shared, not skipped
    body_detector_calls.clear()
    assert listing.find_cards(lines) == []
    assert body_detector_calls == [len(lines)]


def test_the_profiled_parts_are_names_the_cleaner_calls():
    # benchmarks/cleaner_profile.py wraps each part where its caller looks it up: a
    # module split that moves a call leaves the benchmark patching a missing name
    profile = load_benchmark("cleaner_profile")
    for module, attribute, name in profile.PARTS:
        assert callable(getattr(module, attribute, None)), (module.__name__, attribute, name)


@pytest.mark.parametrize("name", [SEED_ARTICLE, SEED_LISTING])
def test_the_body_detector_runs_at_most_once_per_page(seed_dir, name, body_detector_calls):
    clean_page(read_page(seed_dir / name))
    assert len(body_detector_calls) <= 1
    if name == SEED_ARTICLE:
        assert len(body_detector_calls) == 1


#: The features that depend on the page, not on the line's text.
_PAGE_FIELDS = {"index", "repeats", "n_adjacent"}
_LINE_PIECES = st.sampled_from(
    [
        "Council",
        "votes",
        "the",
        "2025",
        "12:30",
        "(c) 2019",
        "©",
        "Email *",
        "•",
        "1.",
        ":",
        "Copyright",
        "中文",
        "ΑΒΓ",
        "🙂",
        ".",
        "”",
        "  ",
        " ",
        "\u200b",
        "Label:",
        "3 of 12",
        "Title Of The StoryThe",
        "İstanbul",
        "x" * 40,
    ]
)
_LINES = st.lists(st.lists(_LINE_PIECES, max_size=8).map(" ".join), max_size=12)


@given(lines=_LINES)
def test_a_lines_text_features_do_not_depend_on_the_other_lines(lines):
    """The body features are computed a feature at a time over all of a page's lines
    (features._measure_lines): each line's values are those of the line on its own."""
    text.clear_line_memos()  # each line measured with the others, then alone (no memo)
    page = line_features(lines)
    measured = [name for name in LineFeatures.__slots__ if name not in _PAGE_FIELDS]
    for feature in page:
        text.clear_line_memos()
        (alone,) = line_features([lines[feature.index]])
        assert [getattr(feature, name) for name in measured] == [
            getattr(alone, name) for name in measured
        ]


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Gestern", (0, 7)),
        ("Hace un día", (0, 11)),
        ("il y a une heure", (0, 16)),
        ("Publicado HOY", (10, 13)),
        ("Mis à jour aujourd'hui", (11, 22)),
        ("Sept. 8", (0, 7)),
        ("10:42 a.m. ET", (0, 13)),
        ("North Gazette · 3h", (16, 18)),
        ("Harbour bridge to close", None),
    ],
)
def test_time_searches_skipped_without_a_digit_still_find_word_times(line, span):
    """card_lines.find_time skips the searches a line cannot match (no digit, no
    relative-time word): the times written in words are still found."""
    assert card_lines.find_time(line) == span


@pytest.mark.parametrize(
    ("module_name", "function_name"),
    [
        ("analysis.clean.dates", "find_date"),
        ("analysis.clean.header_lines", "find_byline"),
        ("analysis.clean.header_lines", "is_meta_line"),
        ("analysis.clean.card_lines", "find_time"),
    ],
)
def test_a_line_fact_is_worked_out_once_per_page(seed_dir, monkeypatch, module_name, function_name):
    """The date, byline and meta-line tests of a line, asked by several detectors
    (headline, bylines, card kinds, page metadata), run once per distinct text and page
    (analysis.text.once_per_page); outside a page every call runs."""
    remembered = getattr(sys.modules[module_name], function_name)
    inner = remembered.__wrapped__
    seen: list[str] = []

    def counted(value: str):
        seen.append(value)
        return inner(value)

    monkeypatch.setattr(remembered, "__wrapped__", counted)
    ran = 0
    for name in (SEED_ARTICLE, SEED_LISTING):
        seen.clear()
        clean_page(read_page(seed_dir / name))
        ran += len(seen)
        assert len(seen) == len(set(seen)), name
    assert ran, f"{function_name} runs on the seed pages"
    seen.clear()
    assert remembered("By Jo Doe, May 3, 2021") == remembered("By Jo Doe, May 3, 2021")
    assert seen == ["By Jo Doe, May 3, 2021"] * 2


def test_line_facts_are_bounded_and_dropped_after_the_page(monkeypatch):
    monkeypatch.setattr(text.memo, "PAGE_MEMO_TEXTS", 2)
    monkeypatch.setattr(text.memo, "LINE_MEMO_CHARS", -1)  # the page's memo alone
    calls: list[str] = []

    @text.once_per_page
    def shout(value: str) -> str:
        calls.append(value)
        return value.upper()

    @text.words_counted_once
    def page(values: list[str]) -> tuple[list[str], int]:
        return [shout(value) for value in values], len(text.memo._PAGE_FACTS.get()[shout])

    values = ["a", "b", "a", "c", "c", "b"]
    shouted, remembered = page(values)
    assert shouted == ["A", "B", "A", "C", "C", "B"]
    assert remembered == 2
    assert calls == ["a", "b", "c", "c"]  # "c" came after the bound: not remembered
    assert text.memo._PAGE_FACTS.get() is None


def test_line_facts_are_remembered_across_pages():
    calls: list[str] = []

    @text.once_per_page
    def shout(value: str) -> str:
        calls.append(value)
        return value.upper()

    page = text.words_counted_once(lambda values: [shout(value) for value in values])
    assert page(["a", "b"]) == ["A", "B"]
    assert page(["b", "c"]) == ["B", "C"]  # "b" was worked out on the page before
    assert calls == ["a", "b", "c"]
    text.clear_line_memos()
    assert page(["b"]) == ["B"]
    assert calls == ["a", "b", "c", "b"]


def _dev_or_seed_pages(seed_dir) -> list:
    """The dev pages of the extraction benchmark (../shared) and the seed pages."""
    from analysis import config

    dev = sorted((config.SHARED_DIR / "benchmarks" / "extraction" / "dev").glob("*.txt"))
    return [read_page(path) for path in [*dev[:40], *sorted(seed_dir.glob("*.txt"))]]


def test_pages_clean_the_same_whatever_pages_came_before(seed_dir):
    """Lines are worked out once per process (analysis.text.LineMemo: body features, line
    kinds, site-name phrases): each page's rows are the same cleaned first, with every
    memo empty, as after the other pages in the opposite order."""
    pages = _dev_or_seed_pages(seed_dir)
    cold = []
    for page in pages:
        text.clear_line_memos()
        cold.append(clean_page(page))
    warm = [clean_page(page) for page in reversed(pages)][::-1]
    assert warm == cold
    assert any(len(memo) for memo in text.memo._LINE_MEMOS)  # the memos were used


def test_a_line_memo_stays_bounded(monkeypatch):
    monkeypatch.setattr(text.memo, "LINE_MEMO_LINES", 50)
    memo = text.LineMemo()
    for n in range(1_000):
        memo.remember(f"line {n}", n)
        assert len(memo) <= 50
    memo.remember("x" * (text.memo.LINE_MEMO_CHARS + 1), 0)  # too long to keep
    assert memo.get("x" * (text.memo.LINE_MEMO_CHARS + 1)) is None
    assert memo.known(["line 999", "line 0"]) == {"line 999": 999}


def test_a_constant_overridden_for_a_sweep_is_not_read_through_stale_memos():
    """A line's kind is remembered across pages; a benchmark that changes a constant the
    kind depends on (text.overridden) sees the kind under the new value, and the old
    kind again afterwards. With a bare setattr the memo would answer the old kind."""
    line = "Photo: Jane Doe for the Harbour Courier"
    assert card_lines.line_kind(line) == "caption"
    with text.overridden({(card_lines, "MAX_CAPTION_WORDS"): 0}):
        assert card_lines.line_kind(line) != "caption"
    assert card_lines.MAX_CAPTION_WORDS > 0 and card_lines.line_kind(line) == "caption"
    with text.overridden({("analysis.clean.card_lines", "MAX_CAPTION_WORDS"): 0}):
        assert card_lines.line_kind(line) != "caption"  # a module given by its name


def test_a_line_memo_nothing_refers_to_is_unregistered():
    import gc

    before = len(text.memo._LINE_MEMOS)
    memo = text.LineMemo()
    assert len(text.memo._LINE_MEMOS) == before + 1
    del memo
    gc.collect()
    assert len(text.memo._LINE_MEMOS) == before


def test_every_line_memo_holds_immutable_values(seed_dir):
    """The memos' values are shared by every page that asks about the same line: each
    is hashable (no list or dict inside), so no caller can change another's answer."""
    for page in _dev_or_seed_pages(seed_dir):
        clean_page(page)
    memos = [memo for memo in text.memo._LINE_MEMOS if len(memo)]
    assert len(memos) >= 4
    for memo in memos:
        for value in memo._values.values():
            hash(value)

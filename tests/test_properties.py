"""Property tests (hypothesis) of the cleaner and the statistics.

For arbitrary Unicode text and for page-like text (realistic lines mixed with arbitrary
ones):

- ``segment_page`` and ``extract_articles`` raise nothing; the blocks tile the page,
  every character is labelled exactly once with one of the four labels;
- quote spans (``find_quotes``) lie inside the body, equal their slice, never hold a
  line break (so never cross a paragraph) and name the paragraph they are in;
- ``quote_share`` and ``quote_share_all`` lie in [0, 1], the first never above the
  second, NaN exactly when the body has no words; the same holds in ``article_metrics``;
- cleaning is idempotent on its own output. Precisely: let ``b1 .. bn`` (n >= 1) be the
  bodies ``extract_articles`` finds in a page and ``B = "\\n\\n".join(b1 .. bn)``. The
  page made of ``B`` alone (``B + "\\n"``) gives exactly one article, whose body is
  ``B``: the cleaner keeps every paragraph it produced, adds none, and changes no
  character. (Titles and metadata are not part of this: a bare body has none.)

Settings are modest and derandomized (a fixed seed), so CI runs the same examples.
"""

from __future__ import annotations

import math

import hostile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from page_checks import LABELS, SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis import config
from analysis.clean.articles import articles_from_blocks, extract_articles, validate_articles
from analysis.clean.read import normalize_text, read_page
from analysis.clean.segment import segment_page, validate_blocks
from analysis.stats.metrics import article_metrics
from analysis.stats.quotes import find_quotes, quote_shares
from analysis.tables import FIELD_LABELS
from analysis.text import count_words

PROPERTY_SETTINGS = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FEW_EXAMPLES = settings(PROPERTY_SETTINGS, max_examples=25)

#: Lines a page dump is made of: prose, quotes, menus, bylines, dates, cards, blanks.
REALISTIC_LINES = (
    *hostile.PARAGRAPHS,
    hostile.QUOTED_PARAGRAPH,
    hostile.CP1252_PARAGRAPH,
    "",
    "",
    "  • Home",
    "  • World",
    "By Jane Doe",
    "June 3, 2025",
    "time5 hours ago",
    "North Gazette",
    "Council approves budget after long debate",
    "READ MORE: Council approves budget after long debate",
    "He said \"yes\" and 'no'. She replied: 'never' and left.",
    "'We will not stop,' the spokesman told reporters on Monday.",
    "\u201cAn open quote that never closes, said the minister",
    "[[nid:12345]] The story continues in the next paragraph here.",
    "© 2025 Example Media Group. All rights reserved.",
)

lines = st.one_of(
    st.sampled_from(REALISTIC_LINES),
    st.sampled_from(REALISTIC_LINES),
    st.text(max_size=120),
)
page_texts = st.lists(lines, max_size=40).map("\n".join)
any_texts = st.one_of(st.text(), page_texts)


def _check_blocks(text: str) -> None:
    blocks = segment_page(text, "page.txt")
    assert_accounts_for_every_character(blocks, text)
    assert set(blocks["label"]) <= set(LABELS)
    for field, label in zip(blocks["field"], blocks["label"], strict=True):
        assert label in FIELD_LABELS[field], (field, label)


def _check_quotes(body: str, paragraphs_by_blank_line: bool = False) -> None:
    quotes = find_quotes(body)
    previous_end = -1
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(body), quote
        assert body[quote.start : quote.end] == quote.text
        assert "\n" not in quote.text and "\r" not in quote.text
        assert quote.start >= previous_end, "spans overlap or are out of order"
        previous_end = quote.end
        assert quote.n_words == count_words(quote.text) > 0
        assert not quote.is_scare or (not quote.attributed and quote.n_words <= 3)
        if paragraphs_by_blank_line:
            assert quote.paragraph == body.count("\n\n", 0, quote.start)
    share, share_all = quote_shares(body, quotes)
    if count_words(body) == 0:
        assert math.isnan(share) and math.isnan(share_all)
    else:
        assert 0.0 <= share <= share_all <= 1.0


# --------------------------------------------------------------------------- the cleaner


@PROPERTY_SETTINGS
@given(st.text())
def test_arbitrary_text_is_segmented_without_error(text: str) -> None:
    _check_blocks(text)
    extract_articles(text, "page.txt")


@PROPERTY_SETTINGS
@given(page_texts)
def test_page_like_text_is_segmented_without_error(text: str) -> None:
    _check_blocks(text)
    articles = extract_articles(text, "page.txt")
    for body in articles["body"]:
        assert body and body == body.strip()
        assert "\n\n\n" not in body


@PROPERTY_SETTINGS
@given(st.lists(lines, max_size=30), st.lists(st.sampled_from(["\r\n", "\r", "\n"])))
def test_normalized_text_with_any_line_ends_is_segmented(parts: list[str], ends: list[str]):
    raw = "".join(part + (ends[i % len(ends)] if ends else "\n") for i, part in enumerate(parts))
    text = normalize_text(raw)
    assert "\r" not in text
    _check_blocks(text)


def test_tables_of_odd_texts_match_their_schemas() -> None:
    # The schemas are checked once here (pandera is too slow to run on every example).
    for text in (
        "",
        " ",
        "\n\n",
        "\x00\x85\u2028",
        "a",
        *REALISTIC_LINES[:3],
        "\n".join(REALISTIC_LINES),
    ):
        blocks = segment_page(text, "page.txt")
        if text:
            validate_blocks(blocks, {"page.txt": text})
        validate_articles(articles_from_blocks(blocks, text))


# --------------------------------------------------------------------------- quotes


@PROPERTY_SETTINGS
@given(any_texts)
def test_quote_spans_stay_inside_one_line_of_any_text(text: str) -> None:
    _check_quotes(text)


@PROPERTY_SETTINGS
@given(page_texts)
def test_quote_spans_stay_inside_a_paragraph_of_the_body(text: str) -> None:
    for body in extract_articles(text, "page.txt")["body"]:
        _check_quotes(body, paragraphs_by_blank_line=True)


@FEW_EXAMPLES
@given(page_texts)
def test_article_metrics_shares_are_between_zero_and_one(text: str) -> None:
    blocks = segment_page(text, "page.txt")
    articles = articles_from_blocks(blocks, text)
    metrics, _, _ = article_metrics(articles, blocks)
    assert len(metrics) == len(articles)
    for column in ("quote_share", "quote_share_all", "boilerplate_ratio"):
        values = metrics[column].dropna()
        assert ((values >= 0) & (values <= 1)).all(), column
    has_words = metrics["n_words"] > 0
    assert metrics.loc[has_words, "quote_share"].notna().all()
    assert (metrics["quote_share"].fillna(0) <= metrics["quote_share_all"].fillna(0)).all()
    assert (metrics["quoted_words"] <= metrics["quoted_words_all"]).all()
    assert (metrics["quoted_words_all"] <= metrics["n_words"]).all()


# --------------------------------------------------------------------------- idempotence


def _assert_idempotent(text: str) -> bool:
    bodies = list(extract_articles(text, "page.txt")["body"])
    if not bodies:
        return False
    joined = "\n\n".join(bodies)
    again = extract_articles(joined + "\n", "bodies.txt")
    assert list(again["body"]) == [joined]
    return True


@PROPERTY_SETTINGS
@given(any_texts)
def test_cleaning_is_idempotent_on_its_own_output(text: str) -> None:
    _assert_idempotent(text)


def test_cleaning_is_idempotent_on_real_and_hostile_pages() -> None:
    texts = [
        hostile.article_page(),
        hostile.listing_text(),
        hostile.long_line_text(20_000),
        hostile.article_page([hostile.CP1252_PARAGRAPH, *hostile.PARAGRAPHS]),
    ]
    for name in (SEED_ARTICLE, SEED_LISTING):
        if (config.RAW_DIR / name).is_file():
            texts.append(read_page(config.RAW_DIR / name).text)
    assert all(_assert_idempotent(text) for text in texts)


def test_cleaning_is_idempotent_on_the_benchmark_pages() -> None:
    folder = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"
    pages = sorted(folder.glob("*.txt"))
    if not pages:
        pytest.skip(f"{folder} is not available")
    checked = sum(_assert_idempotent(read_page(path).text) for path in pages)
    assert checked == len(pages)

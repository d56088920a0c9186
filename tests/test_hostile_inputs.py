"""Hostile raw pages: each gives correct records or a clear error naming file and reason.

The pages are built at test time by ``hostile.py``. Decisions (docs/robustness.md):

- empty, whitespace-only, binary (image signature), NUL bytes (outside the UTF-16
  pattern) and files over ``analysis.clean.read.MAX_PAGE_BYTES``: PageReadError;
- control characters other than NUL (under ``MAX_CONTROL_SHARE``): the page is read;
  they are removed, so no invisible code ends up in a body, title or outlet name;
- UTF-16 without BOM and Windows-1252 decode to the right Unicode characters;
- mixed ``\\r\\n``/``\\r``/``\\n`` line ends read exactly as the ``\\n`` version;
- a 20 MB page and a page with a 1 MB line are read and cleaned in full;
- an HTML document is refused ("looks like HTML, not a text dump"): its tags would
  otherwise become titles and body text; a text dump that merely contains a tag-like
  string is read;
- a page without an article gives a pages row with n_articles 0 and no article row;
- a listing card without a body gives no article row; the other cards are articles;
- a file name with spaces and non-ASCII letters is the page id, unchanged.

``run_clean`` on a folder with all of them plus the seed pages completes, prints the
read/skipped counts, lists every skipped file with its reason and writes valid tables.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import hostile
import pandas as pd
import pytest
from output_capture import captured_output
from page_checks import SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis import config
from analysis.clean.articles import extract_articles, validate_articles
from analysis.clean.page_rows import NO_ARTICLE
from analysis.clean.pipeline import run_clean
from analysis.clean.read import MAX_PAGE_BYTES, read_page
from analysis.clean.segment import segment_page, validate_blocks
from analysis.errors import PageReadError
from analysis.stats.quotes import find_quotes
from analysis.tables import PAGES_SCHEMA

#: Cases that must be refused, with a word their reason must contain.
REFUSED = {
    "empty": "empty",
    "whitespace": "whitespace",
    "binary_image": "PNG",
    "nul_bytes": "NUL",
    "too_large": "maximum",
}
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _one_article(text: str, name: str = "page.txt") -> pd.Series:
    articles = extract_articles(text, name)
    assert len(articles) == 1, articles
    return articles.iloc[0]


def _segment_and_check(text: str, name: str) -> pd.DataFrame:
    blocks = segment_page(text, name)
    assert_accounts_for_every_character(blocks, text)
    validate_blocks(blocks, {name: text})
    return blocks


@pytest.fixture(scope="module")
def plain_article() -> pd.Series:
    """The plain UTF-8 article page every variant is compared with."""
    return _one_article(hostile.article_page())


# --------------------------------------------------------------------------- refused


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_bad_file_gets_an_error_naming_file_and_reason(case: str, tmp_path: Path) -> None:
    path = hostile.BUILDERS[case](tmp_path)
    with pytest.raises(PageReadError) as caught:
        read_page(path)
    err = caught.value
    assert err.path == str(path)
    assert REFUSED[case] in err.reason
    assert str(err).startswith(str(path))
    assert err.reason in str(err)


def test_missing_file_gets_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(PageReadError, match="cannot read") as caught:
        read_page(path)
    assert caught.value.path == str(path)


def test_largest_page_is_documented_and_above_the_big_page() -> None:
    assert hostile.BIG_PAGE_BYTES < MAX_PAGE_BYTES
    doc = (config.PROJECT_ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    assert f"{MAX_PAGE_BYTES:,} bytes" in doc


# --------------------------------------------------------------------------- control characters


def test_control_characters_page_is_read(tmp_path: Path) -> None:
    page = read_page(hostile.build_control_chars(tmp_path))
    assert page.encoding == "utf-8"
    blocks = _segment_and_check(page.text, page.name)
    assert (blocks["label"] == "body").any()
    article = _one_article(page.text)
    assert article["title"] == _one_article(hostile.article_page())["title"]


def test_control_characters_are_removed(tmp_path: Path, plain_article: pd.Series) -> None:
    page = read_page(hostile.build_control_chars(tmp_path))
    assert not CONTROL_CHARACTER.search(page.text)
    assert page.text == hostile.article_page()
    assert _one_article(page.text)["body"] == plain_article["body"]


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("case", "encoding"),
    [("utf16_le_no_bom", "utf-16-le"), ("utf16_be_no_bom", "utf-16-be")],
)
def test_utf16_without_bom_decodes_exactly(case: str, encoding: str, tmp_path: Path) -> None:
    page = read_page(hostile.BUILDERS[case](tmp_path))
    assert page.encoding == encoding
    expected = hostile.article_page(hostile.UTF16_PARAGRAPHS)
    assert page.text == expected
    assert page.n_bytes == 2 * len(expected)
    _segment_and_check(page.text, page.name)
    article = _one_article(page.text)
    assert hostile.UTF16_PARAGRAPHS[-1] in article["body"].split("\n\n")


def test_windows_1252_smart_quotes_become_unicode(tmp_path: Path) -> None:
    page = read_page(hostile.build_cp1252_smart_quotes(tmp_path))
    assert page.encoding == "cp1252"
    assert page.text == hostile.article_page([hostile.CP1252_PARAGRAPH, *hostile.PARAGRAPHS[:3]])
    for character in "“”‘’–—…€éü":
        assert character in page.text, character
    body = _one_article(page.text)["body"]
    assert body.split("\n\n")[0] == hostile.CP1252_PARAGRAPH
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == ["The bridge is not safe,"]
    assert quotes[0].attributed
    assert quotes[0].speaker == "André Müller"


def test_mixed_line_endings_read_as_unix(tmp_path: Path, plain_article: pd.Series) -> None:
    path = hostile.build_mixed_line_endings(tmp_path)
    raw = path.read_bytes()
    assert b"\r\n" in raw and re.search(rb"\r[^\n]", raw) and re.search(rb"[^\r]\n", raw)
    page = read_page(path)
    assert page.text == hostile.article_page()
    article = _one_article(page.text)
    for column in ("title", "byline", "published", "outlet", "body"):
        assert article[column] == plain_article[column], column


# --------------------------------------------------------------------------- sizes


def test_page_with_a_one_megabyte_line(tmp_path: Path) -> None:
    page = read_page(hostile.build_long_line(tmp_path))
    long_line = max(page.text.split("\n"), key=len)
    assert len(long_line) >= hostile.LONG_LINE_BYTES
    _segment_and_check(page.text, page.name)
    article = _one_article(page.text)
    assert article["body"] == long_line


# --------------------------------------------------------------------------- HTML


def test_html_document_is_refused(tmp_path: Path) -> None:
    path = hostile.build_html(tmp_path)
    with pytest.raises(PageReadError) as caught:
        read_page(path)
    assert caught.value.path == str(path)
    assert "looks like HTML" in caught.value.reason


def test_text_dump_mentioning_tags_is_still_read(tmp_path: Path) -> None:
    paragraph = (
        "The court heard that the website showed the words <b>urgent</b> in bold and that "
        "the page source began with <!DOCTYPE html>, as the expert witness explained."
    )
    text = hostile.article_page([paragraph, *hostile.PARAGRAPHS[:3]])
    path = tmp_path / "mentions_tags.txt"
    path.write_text(text, encoding="utf-8")
    page = read_page(path)
    assert page.text == text
    assert _one_article(page.text)["body"].split("\n\n")[0] == paragraph


# --------------------------------------------------------------------------- layouts


def test_page_without_an_article_gives_no_article() -> None:
    text = hostile.no_article_text()
    blocks = _segment_and_check(text, "no_article.txt")
    assert set(blocks["label"]) == {"boilerplate"}
    assert (blocks["article_index"] == -1).all()
    articles = extract_articles(text, "no_article.txt")
    assert articles.empty
    validate_articles(articles)


def test_listing_card_without_body_gives_no_article() -> None:
    text = hostile.listing_text()
    blocks = _segment_and_check(text, "listing.txt")
    articles = extract_articles(text, "listing.txt")
    with_body = [card for card in hostile.LISTING_CARDS if card[3] is not None]
    without_body = [card for card in hostile.LISTING_CARDS if card[3] is None]
    assert list(articles["title"]) == [card[0] for card in with_body]
    assert list(articles["outlet"]) == [card[1] for card in with_body]
    assert list(articles["body"]) == [card[3] for card in with_body]
    assert list(articles["category"]) == [card[2] for card in with_body]
    assert set(articles["layout"]) == {"listing"}
    assert list(articles["article_index"]) == list(range(len(with_body)))
    for title, *_ in without_body:
        lines = blocks[blocks["text"].str.contains(title, regex=False)]
        assert len(lines) == 2
        assert set(lines["label"]) == {"boilerplate"}
        assert not articles["body"].str.contains(title, regex=False).any()


@pytest.mark.slow
def test_unusual_file_name_is_the_page_id(tmp_path: Path, plain_article: pd.Series) -> None:
    path = hostile.build_unusual_name(tmp_path)
    page = read_page(path)
    assert page.name == hostile.UNUSUAL_NAME
    articles = extract_articles(page.text, page.name)
    assert list(articles["page"]) == [hostile.UNUSUAL_NAME]
    assert articles["body"].iloc[0] == plain_article["body"]
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(path), "--body"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == plain_article["body"] + "\n"


# --------------------------------------------------------------------------- the batch


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """``run_clean`` on every hostile page plus the two seed pages (one run, ~1 min)."""
    seed_dir = config.RAW_DIR
    if not (seed_dir / SEED_ARTICLE).is_file() or not (seed_dir / SEED_LISTING).is_file():
        pytest.skip("seed pages are missing from data/raw")
    root = tmp_path_factory.mktemp("hostile_batch")
    raw = root / "raw"
    paths = hostile.build_all(raw)
    for name in (SEED_ARTICLE, SEED_LISTING):
        shutil.copy(seed_dir / name, raw / name)
    out = root / "out"
    with captured_output() as output:  # the skipped files are logged warnings
        status = run_clean(raw, out)
    return {
        "raw": raw,
        "out": out,
        "paths": paths,
        "status": status,
        "output": output.getvalue(),
        "pages": pd.read_parquet(out / "pages.parquet"),
        "articles": pd.read_parquet(out / "articles.parquet"),
        "skipped": pd.read_csv(out / "skipped.csv", keep_default_na=False),
    }


def test_batch_completes_and_reports_counts(batch: dict) -> None:
    assert batch["status"] == 0
    n_files = len(list(batch["raw"].iterdir()))
    # a page read without an article is listed too, with why (and stays in the tables)
    unread = ~batch["skipped"]["reason"].str.startswith(NO_ARTICLE)
    pages = batch["pages"]
    empty = set(pages.loc[pages["n_articles"] == 0, "page"])
    assert set(batch["skipped"].loc[~unread, "page"]) == empty and empty
    n_read, n_skipped = len(pages), int(unread.sum())
    assert n_read + n_skipped == n_files
    assert re.search(rf"\bread {n_read}\b", batch["output"]), batch["output"]
    assert re.search(rf"\bskipped {n_skipped}\b", batch["output"]), batch["output"]


def test_batch_lists_every_refused_file_with_its_reason(batch: dict) -> None:
    skipped = batch["skipped"].set_index("page")["reason"]
    for case, word in REFUSED.items():
        path = batch["paths"][case]
        assert path.name in skipped.index, case
        assert word in skipped[path.name], (case, skipped[path.name])
        with pytest.raises(PageReadError) as caught:
            read_page(path)
        assert skipped[path.name] == caught.value.reason
        assert f"{path.name}: {caught.value.reason}" in batch["output"]
    unread = skipped[~skipped.str.startswith(NO_ARTICLE)]
    assert not set(unread.index) & set(batch["pages"]["page"])


def test_batch_skips_the_html_document(batch: dict) -> None:
    skipped = batch["skipped"].set_index("page")["reason"]
    assert "looks like HTML" in skipped[batch["paths"]["html"].name]


def test_batch_tables_are_valid(batch: dict) -> None:
    pages, articles = batch["pages"], batch["articles"]
    PAGES_SCHEMA.validate(pages)
    validate_articles(articles)
    blocks = pd.read_parquet(batch["out"] / "blocks.parquet")
    texts = {name: read_page(batch["raw"] / name).text for name in pages["page"]}
    validate_blocks(blocks, texts)
    assert set(blocks["page"]) == set(pages["page"])
    for name, text in texts.items():
        page_blocks = blocks[blocks["page"] == name].reset_index(drop=True)
        assert_accounts_for_every_character(page_blocks, text)
    n_articles = articles.groupby("page").size().reindex(pages["page"], fill_value=0)
    assert list(n_articles) == list(pages["n_articles"])


def test_batch_keeps_the_seed_results(batch: dict, tmp_path: Path) -> None:
    alone = tmp_path / "raw"
    alone.mkdir()
    for name in (SEED_ARTICLE, SEED_LISTING):
        shutil.copy(batch["raw"] / name, alone / name)
    assert run_clean(alone, tmp_path / "out") == 0
    expected = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    seeds = batch["articles"][batch["articles"]["page"].isin([SEED_ARTICLE, SEED_LISTING])]
    pd.testing.assert_frame_equal(seeds.reset_index(drop=True), expected)


def test_batch_big_page_is_cleaned_in_full(batch: dict) -> None:
    path = batch["paths"]["big_page"]
    row = batch["pages"].set_index("page").loc[path.name]
    assert row["n_bytes"] == path.stat().st_size >= hostile.BIG_PAGE_BYTES
    assert row["n_articles"] == 1
    assert row["body_chars"] > 0.99 * row["n_chars"]
    article = batch["articles"][batch["articles"]["page"] == path.name].iloc[0]
    assert article["body"].startswith("In part 1 of the report, ")
    n_paragraphs = hostile.big_page_text().count("In part ")
    assert article["body"].count("\n\n") == n_paragraphs - 1


def test_batch_records_of_the_odd_pages(batch: dict) -> None:
    pages = batch["pages"].set_index("page")
    paths = batch["paths"]
    assert pages.loc[paths["no_article"].name, "n_articles"] == 0
    assert pages.loc[paths["no_article"].name, "body_chars"] == 0
    assert pages.loc[paths["no_article"].name, "boilerplate_ratio"] == 1.0
    assert pages.loc[paths["listing_card_without_body"].name, "layout"] == "listing"
    assert pages.loc[paths["listing_card_without_body"].name, "n_articles"] == 3
    assert pages.loc[paths["utf16_le_no_bom"].name, "encoding"] == "utf-16-le"
    assert pages.loc[paths["cp1252_smart_quotes"].name, "encoding"] == "cp1252"
    assert hostile.UNUSUAL_NAME in pages.index
    same = ["mixed_line_endings", "unusual_name"]
    bodies = batch["articles"].set_index("page")["body"]
    assert bodies[paths[same[0]].name] == bodies[paths[same[1]].name]


def test_nothing_readable_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for case in ("empty", "binary_image"):
        hostile.BUILDERS[case](raw)
    assert run_clean(raw, tmp_path / "out") == 1
    output = "".join(capsys.readouterr()) + caplog.text
    assert "empty.txt: empty file" in output
    assert "image.txt: binary file (PNG image)" in output
    assert "no page could be read (2 skipped" in output
    # nothing is written: empty tables would replace a previous good set
    assert not (tmp_path / "out" / "skipped.csv").exists()

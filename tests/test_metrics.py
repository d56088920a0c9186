"""Per-article metrics: counts, shares, boilerplate units, schemas, byte-identical files."""

from __future__ import annotations

import math
import re
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.errors import TableError
from analysis.io import write_parquet_atomic
from analysis.stats import article_work
from analysis.stats import metrics as metrics_module
from analysis.stats.metrics import (
    article_metrics,
    card_chrome_mask,
    run_metrics,
    write_metrics,
)
from analysis.stats.readability import readability_scores
from analysis.tables import ARTICLE_METRICS_COLUMNS, QUOTE_COLUMNS, READABILITY_COLUMNS
from analysis.text import count_words

CONTRACT_ARTICLE_METRICS = [
    "article_id",
    "page",
    "article_index",
    "outlet",
    "title",
    "layout",
    "is_teaser",
    "language",
    "n_words",
    "n_sentences",
    "n_quotes",
    "n_scare_quotes",
    "quoted_words",
    "quoted_words_all",
    "quote_share",
    "quote_share_all",
    "quotes_per_1000_words",
    *READABILITY_COLUMNS,  # the eight scores; test_readability.py checks them against textstat
    "readability_note",
    "outlet_boilerplate_chars",
    "unit_chars",
    "boilerplate_chars",
    "boilerplate_ratio",
    "copy_group",
    "copy_max_similarity",
    "resave_of",
]
CONTRACT_QUOTES = [
    "article_id",
    "outlet",
    "quote_index",
    "start",
    "end",
    "text",
    "n_words",
    "paragraph",
    "attributed",
    "speaker",
    "is_scare",
    "speaker_as_printed",
]

# Article ids as `clean` writes them (16 hex digits), in sort order.
ID_A, ID_B, ID_C = "a" * 16, "b" * 16, "c" * 16

WIRE = (
    "Officials met on Monday to discuss the budget for the coming year. "
    '"We will balance the books and protect the schools," the mayor said. '
    "The council voted seven to two in favour of the plan after a long debate. "
    'Critics called the deal a "fig leaf" for deeper cuts that nobody wants. '
    "The vote came after weeks of negotiation between the parties and the unions."
)
OWN = (
    "A different story about the harbour, told in the outlet's own words entirely. "
    "Fishermen gathered at dawn while the tide turned slowly against the old pier. "
    '"The catch has never been this poor," said Anna Berg, who has fished here for decades.'
)


def fake_find_quotes(body: str, language: str | None = None) -> list[SimpleNamespace]:
    """Straight double quotes only; 'said' right after the closing mark attributes."""
    quotes = []
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\n", body)]
    for match in re.finditer(r'"([^"\n]*)"', body):
        start, end = match.span(1)
        after = body[match.end() : match.end() + 40]
        said = re.match(r",? ?(?:(?:the )?(\w+) said|said ([A-Z]\w+ [A-Z]\w+))", after)
        n_words = count_words(match.group(1))
        attributed = said is not None
        quotes.append(
            SimpleNamespace(
                start=start,
                end=end,
                text=match.group(1),
                n_words=n_words,
                paragraph=sum(1 for s in paragraph_starts if s <= start) - 1,
                attributed=attributed,
                speaker=(said.group(1) or said.group(2)) if said else None,
                is_scare=not attributed and n_words <= 3,
                speaker_as_printed=(said.group(1) or said.group(2)) if said else None,
            )
        )
    return quotes


@pytest.fixture
def fake_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_work.quote_detection, "find_quotes", fake_find_quotes)


def block(page: str, start: int, text: str, label: str, field: str, index: int) -> dict:
    return {
        "page": page,
        "start": start,
        "end": start + len(text),
        "text": text,
        "label": label,
        "field": field,
        "article_index": index,
    }


def build_page(page: str, parts: list[tuple[str, str, str, int]]) -> tuple[str, list[dict]]:
    """Lay ``parts`` (text, label, field, article_index) end to end as one page."""
    blocks, offset = [], 0
    for text, label, field, index in parts:
        blocks.append(block(page, offset, text, label, field, index))
        offset += len(text)
    for number, row in enumerate(blocks):
        row["block_id"] = number
        row["line_no"] = number
    return "".join(p[0] for p in parts), blocks


def synthetic_tables() -> dict[str, pd.DataFrame]:
    """One article page (outlet A) and one listing page of site L with cards of B and C."""
    article_text, article_blocks = build_page(
        "a.txt",
        [
            ("Home News World\n", "boilerplate", "chrome", -1),
            ("Budget agreed\n", "title", "title", 0),
            ("By A. Writer\n", "metadata", "byline", 0),
            (WIRE + "\n", "body", "body", 0),
            ("Share Tweet Email\nFooter links\n", "boilerplate", "chrome", -1),
        ],
    )
    listing_text, listing_blocks = build_page(
        "l.txt",
        [
            ("Latest news\n\n", "boilerplate", "chrome", -1),
            ("Budget agreed\n", "title", "title", 0),
            ("Budget agreed\n", "title", "title_repeat", 0),
            ("Outlet B\n", "metadata", "outlet", 0),
            ("• ", "boilerplate", "chrome", 0),
            (WIRE + "\n", "body", "body", 0),
            ("\n", "boilerplate", "blank", -1),
            ("Harbour story\n", "title", "title", 1),
            ("Outlet C\n", "metadata", "outlet", 1),
            (OWN + "\n", "body", "body", 1),
            ("Load more\n", "boilerplate", "chrome", -1),
        ],
    )
    pages = pd.DataFrame(
        [
            {"page": "a.txt", "n_chars": len(article_text), "layout": "article", "site": "A"},
            {"page": "l.txt", "n_chars": len(listing_text), "layout": "listing", "site": "L"},
        ]
    ).assign(site_key=lambda df: "name:" + df["site"])
    articles = pd.DataFrame(
        [
            (ID_A, "a.txt", 0, "article", "A", "Budget agreed", WIRE),
            (ID_B, "l.txt", 0, "listing", "Outlet B", "Budget agreed", WIRE),
            (ID_C, "l.txt", 1, "listing", "Outlet C", "Harbour story", OWN),
        ],
        columns=["article_id", "page", "article_index", "layout", "outlet", "title", "body"],
    ).assign(is_teaser=False, outlet_key=lambda df: "name:" + df["outlet"], url=None)
    blocks = pd.DataFrame(article_blocks + listing_blocks)
    return {"pages": pages, "blocks": blocks, "articles": articles}


def test_columns_follow_the_contract(fake_quotes: None) -> None:
    tables = synthetic_tables()
    per_article, quotes, _ = article_metrics(tables["articles"], tables["blocks"])
    assert ARTICLE_METRICS_COLUMNS == CONTRACT_ARTICLE_METRICS
    assert list(per_article.columns) == CONTRACT_ARTICLE_METRICS
    assert QUOTE_COLUMNS == CONTRACT_QUOTES
    assert list(quotes.columns) == CONTRACT_QUOTES
    assert per_article["article_id"].tolist() == [ID_A, ID_B, ID_C]


def test_a_teaser_keeps_its_flag_and_counts_but_no_share(fake_quotes: None) -> None:
    tables = synthetic_tables()
    tables["articles"].loc[tables["articles"]["article_id"] == ID_A, "is_teaser"] = True
    per_article = article_metrics(tables["articles"], tables["blocks"])[0]
    per_article = per_article.set_index("article_id")
    assert per_article["is_teaser"].tolist() == [True, False, False]
    row = per_article.loc[ID_A]
    assert row["n_words"] == count_words(WIRE) and row["n_quotes"] == 1  # coverage
    assert math.isnan(row["quote_share"]) and math.isnan(row["flesch_reading_ease"])
    assert row["readability_note"] == "teaser: not the full text"


def test_counts_and_shares(fake_quotes: None) -> None:
    tables = synthetic_tables()
    per_article, quotes, _ = article_metrics(tables["articles"], tables["blocks"])
    row = per_article.set_index("article_id").loc[ID_A]
    direct = count_words("We will balance the books and protect the schools,")
    assert row["n_words"] == count_words(WIRE)
    assert row["n_sentences"] == 5
    assert (row["n_quotes"], row["n_scare_quotes"]) == (1, 1)
    assert row["quoted_words"] == direct
    assert row["quoted_words_all"] == direct + 2  # "fig leaf" is a scare quote
    assert row["quote_share"] == pytest.approx(direct / count_words(WIRE))
    assert row["quote_share_all"] == pytest.approx((direct + 2) / count_words(WIRE))
    assert row["quotes_per_1000_words"] == pytest.approx(1000 / count_words(WIRE))
    for name, value in readability_scores(WIRE).items():
        assert row[name] == value
    mine = quotes[quotes["article_id"] == ID_C]
    assert mine["speaker"].tolist() == ["Anna Berg"]
    assert mine["outlet"].tolist() == ["Outlet C"]


def test_boilerplate_units(fake_quotes: None) -> None:
    tables = synthetic_tables()
    per_article = article_metrics(tables["articles"], tables["blocks"])[0].set_index("article_id")
    blocks = tables["blocks"]
    chars = blocks["end"] - blocks["start"]
    on_a = blocks["page"] == "a.txt"
    # article page: boilerplate-labelled characters over the whole page
    assert per_article.loc[ID_A, "unit_chars"] == chars[on_a].sum()
    assert (
        per_article.loc[ID_A, "boilerplate_chars"]
        == chars[on_a & (blocks["label"] == "boilerplate")].sum()
    )
    # card: its own blocks; chrome = repeated title, outlet line, bullet (not the first title)
    card_b = (blocks["page"] == "l.txt") & (blocks["article_index"] == 0)
    assert per_article.loc[ID_B, "unit_chars"] == chars[card_b].sum()
    assert (
        per_article.loc[ID_B, "boilerplate_chars"] == len("Budget agreed\n") + len("Outlet B\n") + 2
    )
    assert per_article.loc[ID_C, "boilerplate_chars"] == len("Outlet C\n")
    assert per_article.loc[ID_B, "boilerplate_ratio"] == pytest.approx(
        per_article.loc[ID_B, "boilerplate_chars"] / per_article.loc[ID_B, "unit_chars"]
    )


def test_card_chrome_keeps_only_the_first_title() -> None:
    card = pd.DataFrame(
        {"start": [30, 0, 10, 20], "label": ["body", "title", "title", "metadata"]},
        index=[7, 4, 5, 6],
    )
    assert card_chrome_mask(card).to_dict() == {7: False, 4: False, 5: True, 6: True}


def test_copy_groups_in_article_metrics(fake_quotes: None) -> None:
    tables = synthetic_tables()
    per_article, _, copy_pairs = article_metrics(tables["articles"], tables["blocks"])
    groups = per_article.set_index("article_id")["copy_group"].to_dict()
    assert groups == {ID_A: "copy-" + ID_A, ID_B: "copy-" + ID_A, ID_C: None}
    assert copy_pairs[["article_id_a", "article_id_b"]].values.tolist() == [[ID_A, ID_B]]
    assert per_article.set_index("article_id").loc[ID_A, "copy_max_similarity"] == 1.0


def test_empty_body_gives_zero_counts_and_nan_shares(fake_quotes: None) -> None:
    tables = synthetic_tables()
    articles = tables["articles"].copy()
    articles.loc[2, "body"] = None
    row = article_metrics(articles, tables["blocks"])[0].set_index("article_id").loc[ID_C]
    assert (row["n_words"], row["n_sentences"], row["n_quotes"]) == (0, 0, 0)
    assert math.isnan(row["quote_share"]) and math.isnan(row["flesch_reading_ease"])


def write_inputs(folder: Path, tables: dict[str, pd.DataFrame]) -> None:
    for name, table in tables.items():
        write_parquet_atomic(table, folder / f"{name}.parquet")


def test_run_twice_gives_byte_identical_files(tmp_path: Path, fake_quotes: None) -> None:
    write_inputs(tmp_path / "processed", synthetic_tables())
    first = write_metrics(tmp_path / "processed", tmp_path / "reports")
    snapshot = {name: path.read_bytes() for name, path in first.items()}
    second = write_metrics(tmp_path / "processed", tmp_path / "reports")
    assert {name: path.read_bytes() for name, path in second.items()} == snapshot
    assert set(snapshot) == {
        "article_metrics", "quotes", "copy_pairs", "outlet_metrics", "outlet_metrics_csv",
        "outlet_boilerplate_lines",
    }  # fmt: skip
    csv = (tmp_path / "reports" / "outlet_metrics.csv").read_text(encoding="utf-8")
    header = "outlet,n_articles,n_teasers,n_resaves,n_pages,total_words"
    assert csv.splitlines()[0].startswith(header)
    assert re.search(r",0\.\d{4},", csv)  # floats rounded to 4 places in the CSV only


def test_bad_inputs_name_the_file(
    tmp_path: Path, fake_quotes: None, caplog: pytest.LogCaptureFixture
) -> None:
    assert run_metrics(tmp_path, tmp_path / "reports") == 1
    assert "pages.parquet: missing" in caplog.text
    tables = synthetic_tables()
    tables["blocks"] = tables["blocks"].drop(columns=["label"])
    write_inputs(tmp_path, tables)
    with pytest.raises(TableError, match=r"blocks\.parquet: does not match"):
        write_metrics(tmp_path, tmp_path / "reports")


# --- the real seed pages, cleaned by analysis.clean.pipeline and scored with the real detector


@pytest.fixture(scope="module")
def seed_outputs(seed_tables: dict[str, Path]) -> dict[str, pd.DataFrame]:
    """The metrics tables of the seed pages (cleaned and scored once: conftest.py)."""
    names = ("article_metrics", "quotes", "copy_pairs", "outlet_metrics")
    return {name: pd.read_parquet(seed_tables[name]) for name in names}


def test_seed_rt_article_gets_the_same_quotes_in_both_mark_styles(seed_outputs: dict) -> None:
    per_article = seed_outputs["article_metrics"].set_index("outlet")
    page, card = per_article.loc["The Politic Review"], per_article.loc["Russia Today"]
    assert page["layout"] == "article" and card["layout"] == "listing"
    assert card["n_quotes"] > 0
    for column in ("n_words", "n_quotes", "quoted_words", "quote_share", "quote_share_all"):
        assert page[column] == card[column], column
    assert page["copy_group"] == card["copy_group"] is not None


def test_seed_copy_groups(seed_outputs: dict) -> None:
    per_article = seed_outputs["article_metrics"].set_index("outlet")
    assert (
        per_article.loc["Hans India", "copy_group"] == per_article.loc["Korea Herald", "copy_group"]
    )
    assert per_article["copy_group"].notna().sum() == 4
    assert per_article.loc[["Egypt Independent", "AsiaOne"], "copy_group"].isna().all()
    assert (per_article["boilerplate_ratio"].between(0, 1)).all()
    assert per_article.loc["The Politic Review", "boilerplate_ratio"] > 0.3  # menus, lists, footer


def test_jobs_give_the_same_bytes_as_one_process(
    seed_tables: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    for name in ("pages", "blocks", "articles"):
        shutil.copy(seed_tables[name], tmp_path / f"{name}.parquet")
    monkeypatch.setattr(metrics_module, "CHUNK_ARTICLES", 2)  # 6 seed articles: 3 chunks
    written = write_metrics(tmp_path, tmp_path / "reports", jobs=2)
    for name in ("article_metrics", "quotes", "copy_pairs", "outlet_metrics"):
        assert written[name].read_bytes() == seed_tables[name].read_bytes(), name


def test_quotes_table_reads_each_article_in_its_language() -> None:
    """As the metrics stage: a Polish dash quotation is a quote, in its detected
    language or the one given; an English body keeps the English rules."""
    polish = (
        "Radni obradowali do późna nad budżetem miasta na przyszły rok.\n\n"
        "– Budżet jest napięty – powiedziała skarbniczka Ewa Kruk. – Ale damy radę."
    )
    english = '"We will rebuild the bridge," said Mayor Ann Cole on Monday evening.'
    articles = pd.DataFrame(
        {"article_id": ["b", "a"], "outlet": ["x", "x"], "body": [polish, english]}
    )
    detected = metrics_module.quotes_table(articles)
    assert list(detected["article_id"]) == ["a", "b", "b"]
    assert list(detected["speaker"]) == ["Mayor Ann Cole", *["skarbniczka Ewa Kruk"] * 2]
    given = metrics_module.quotes_table(articles.assign(language=["pl", None]))
    pd.testing.assert_frame_equal(given, detected)


def test_a_pages_boilerplate_is_all_but_its_masthead_title_byline_date_and_body(
    tmp_path: Path,
) -> None:
    """docs/metrics.md, "Boilerplate", as a reviewer counted it by hand (h293): the
    masthead naming the outlet is content, as title, byline and date are; the "By " of
    the byline line is chrome; the body's blank lines between paragraphs are the body's."""
    from analysis.clean.pipeline import run_clean
    from analysis.stats.metrics import unit_boilerplate

    masthead, title = "Quarry Ledger\n", "Ferry service returns to the north pier\n"
    body = (
        "The ferry service to the north pier will return on Monday after a two-month "
        'repair of the landing stage.\n\n"We are glad to have the boats back," said '
        'harbour master Tom Reed. "The pier is safer than it has been for years."\n\n'
        "Ticket prices will stay the same until the spring.\n"
    )
    page = (
        f"{masthead}Home | News | Business | Sport | Opinion | Contact us\n\n{title}\n"
        f"By Jane Roe\nDecember 1, 2026\n\n{body}\n"
        "Share this story: Facebook | Twitter | Email\n\nMost read\n"
        "Council votes on harbour budget\nStorm closes coastal road\n\n"
        "(c) 2026 Quarry Ledger. All rights reserved.\n"
    )
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "story.txt").write_text(page, encoding="utf-8")
    run_clean(tmp_path / "raw", tmp_path / "out")
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    blocks = pd.read_parquet(tmp_path / "out" / "blocks.parquet")
    (row,) = unit_boilerplate(articles, blocks).to_dict("records")
    content = len(masthead) + len(title) + len("Jane Roe\n") + len("December 1, 2026\n")
    assert row["unit_chars"] == len(page)
    assert row["boilerplate_chars"] == len(page) - content - len(body)

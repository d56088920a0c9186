"""Small synthetic processed tables, built to the table contracts, for report tests.

The per-article numbers are made up but consistent (each outlet has articles, quotes
and a shared copy group), so the notebooks have something to show without running
``clean`` and ``metrics`` on real pages. Values are shaped as ``metrics`` writes them
(readability columns from :mod:`analysis.stats.readability`, ``text_standard`` a float grade,
copy groups named ``copy-`` + the group's smallest article id), and the outlet table
is aggregated by :func:`analysis.stats.outlets.outlet_metrics` itself. A listing site adds a
listing page with page chrome only: its outlet row has no articles, like the real
listing site's pseudo-outlet.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis.clean.articles import article_id as make_article_id
from analysis.clean.site_chrome import CHROME_COLUMN, page_chrome_kinds
from analysis.io import write_parquet_atomic
from analysis.stats.outlets import outlet_metrics
from analysis.tables import ARTICLE_METRICS_COLUMNS, READABILITY_COLUMNS

LISTING_CHROME = "Home | World | Sport\nLatest stories\n"


def synthetic_tables(
    outlets: list[str], articles_per_outlet: int = 2, listing_sites: tuple[str, ...] = ()
) -> dict[str, pd.DataFrame]:
    """Return the seven processed tables for the given outlet names.

    Each name in ``listing_sites`` adds a listing page served by that site with page
    chrome and no article card, so the site's outlet row has ``n_articles`` 0.
    """
    pages, blocks, articles, metrics, quotes = [], [], [], [], []
    for o, outlet in enumerate(outlets):
        for a in range(articles_per_outlet):
            page = f"p{o:02d}_{a}.txt"
            title, body = f"Story {a} of outlet {o}", f'Officials said "all is well" ({o}, {a}).'
            article_id = make_article_id(page, 0, title)
            text = f"Menu\n{title}\n{body}\n"
            spans = [(0, 5, "boilerplate", "chrome", -1), (5, 6 + len(title), "title", "title", 0)]
            spans.append((spans[-1][1], len(text), "body", "body", 0))
            for b, (start, end, label, field, index) in enumerate(spans):
                blocks.append(
                    {
                        "page": page,
                        "block_id": b,
                        "line_no": b,
                        "start": start,
                        "end": end,
                        "label": label,
                        "field": field,
                        "article_index": index,
                        "text": text[start:end],
                    }
                )
            pages.append(
                {
                    "page": page,
                    "encoding": "utf-8",
                    "n_bytes": len(text),
                    "n_chars": len(text),
                    "layout": "article",
                    "site": outlet,
                    "site_key": f"name:{outlet}",
                    "n_articles": 1,
                    "body_chars": len(body) + 1,  # with the line's newline
                    "title_chars": len(title) + 1,
                    "metadata_chars": 0,
                    "boilerplate_chars": 5,
                    "boilerplate_ratio": 5 / len(text),
                }
            )
            articles.append(
                {
                    "article_id": article_id,
                    "page": page,
                    "article_index": 0,
                    "layout": "article",
                    "outlet": outlet,
                    "outlet_key": f"name:{outlet}",
                    "outlet_source": "page",
                    "url": None,
                    "credited_source": "Wire" if a == 0 else None,
                    "title": title,
                    "title_source": "page",
                    "byline": f"Reporter {o}",
                    "byline_source": "page",
                    "published": f"2025-06-0{a + 1}",
                    "date_source": "page",
                    "relative_time": None,
                    "category": "World",
                    "body": body,
                    "n_body_chars": len(body),
                    "is_teaser": False,
                    "teaser_reason": None,
                }
            )
            n_words = 40 + 10 * o + 5 * a
            row = {
                "article_id": article_id,
                "page": page,
                "article_index": 0,
                "outlet": outlet,
                "title": title,
                "layout": "article",
                "is_teaser": False,
                "language": "en",
                "n_words": n_words,
                "n_sentences": 3 + a,
                "n_quotes": 1,
                "n_scare_quotes": 0,
                "quoted_words": 3,
                "quoted_words_all": 3,
                "quote_share": 3 / n_words,
                "quote_share_all": 3 / n_words,
                "quotes_per_1000_words": 1000 / n_words,
                "outlet_boilerplate_chars": 0,
                "unit_chars": len(text),
                "boilerplate_chars": 5,
                "boilerplate_ratio": 5 / len(text),
                "copy_group": None,
                "copy_max_similarity": 0.9 if a == 0 and len(outlets) > 1 else np.nan,
            }
            for k, name in enumerate(READABILITY_COLUMNS):
                row[name] = 50.0 + o * 3.25 - a * 1.5 + k
            row["text_standard"] = float(8 + o % 4)  # a school grade, as metrics writes it
            row["readability_note"] = None
            metrics.append(row)
            quotes.append(
                {
                    "article_id": article_id,
                    "outlet": outlet,
                    "quote_index": 0,
                    "start": body.index('"') + 1,
                    "end": body.rindex('"'),
                    "text": "all is well",
                    "n_words": 3,
                    "paragraph": 0,
                    "attributed": True,
                    "speaker": "Officials",
                    "is_scare": False,
                    "speaker_as_printed": "Officials",
                }
            )
    for site in listing_sites:
        page = f"listing_{len(pages):02d}.txt"
        pages.append(
            {
                "page": page,
                "encoding": "utf-8",
                "n_bytes": len(LISTING_CHROME),
                "n_chars": len(LISTING_CHROME),
                "layout": "listing",
                "site": site,
                "site_key": f"name:{site}",
                "n_articles": 0,
                "body_chars": 0,
                "title_chars": 0,
                "metadata_chars": 0,
                "boilerplate_chars": len(LISTING_CHROME),
                "boilerplate_ratio": 1.0,
            }
        )
        blocks.append(
            {
                "page": page,
                "block_id": 0,
                "line_no": 0,
                "start": 0,
                "end": len(LISTING_CHROME),
                "label": "boilerplate",
                "field": "chrome",
                "article_index": -1,
                "text": LISTING_CHROME,
            }
        )
    metrics_df = pd.DataFrame(metrics, columns=ARTICLE_METRICS_COLUMNS)
    # Every outlet's first article carries the same copy: one group across outlets,
    # named like analysis.stats.copies names it (after its smallest article id).
    shared = [m["article_id"] for m in metrics if m["page"].endswith("_0.txt")]
    if len(shared) > 1:
        grouped = metrics_df["article_id"].isin(shared)
        metrics_df.loc[grouped, "copy_group"] = "copy-" + min(shared)
        metrics_df.loc[grouped, "copy_max_similarity"] = 0.9
    grouped_rows = metrics_df[metrics_df["copy_group"].notna()].sort_values("article_id")
    records = grouped_rows.to_dict("records")
    pairs = [
        {
            "copy_group": a["copy_group"],
            "article_id_a": a["article_id"],
            "article_id_b": b["article_id"],
            "outlet_a": a["outlet"],
            "outlet_b": b["outlet"],
            "similarity": 0.9,
        }
        for i, a in enumerate(records)
        for b in records[i + 1 :]
    ]
    copy_columns = ["copy_group", "article_id_a", "article_id_b", "outlet_a", "outlet_b"]
    tables = {
        "pages": _with_chrome_lines(pd.DataFrame(pages), pd.DataFrame(blocks)),
        "blocks": pd.DataFrame(blocks),
        "articles": pd.DataFrame(articles),
        "article_metrics": metrics_df,
        "quotes": pd.DataFrame(quotes),
        "copy_pairs": pd.DataFrame(pairs, columns=[*copy_columns, "similarity"]),
    }
    tables["outlet_metrics"] = outlet_metrics(
        metrics_df, tables["quotes"], tables["pages"], tables["copy_pairs"]
    )
    return tables


def _with_chrome_lines(pages: pd.DataFrame, blocks: pd.DataFrame) -> pd.DataFrame:
    """The pages with their chrome lines, read off their blocks as ``clean`` does."""
    columns = ("line_no", "label", "field", "text")
    by_page = {name: rows for name, rows in blocks.groupby("page", sort=False)}
    empty = pd.DataFrame(columns=list(columns))
    kinds = [
        page_chrome_kinds(*(list(by_page.get(name, empty)[c]) for c in columns))
        for name in pages["page"]
    ]
    return pages.assign(**{CHROME_COLUMN: kinds})


def write_synthetic_tables(
    folder: Path,
    outlets: list[str],
    articles_per_outlet: int = 2,
    listing_sites: tuple[str, ...] = (),
) -> Path:
    """Write the synthetic tables as Parquet into ``folder`` and return it."""
    for name, table in synthetic_tables(outlets, articles_per_outlet, listing_sites).items():
        write_parquet_atomic(table, folder / f"{name}.parquet")
    return folder

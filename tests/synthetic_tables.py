"""Small synthetic processed tables, built to the table contracts, for report tests.

The numbers are made up but consistent (each outlet has articles, quotes and a shared
copy group), so the notebooks have something to show without running ``clean`` and
``metrics`` on real pages.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis.io import write_parquet_atomic

READABILITY = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
)


def synthetic_tables(outlets: list[str], articles_per_outlet: int = 2) -> dict[str, pd.DataFrame]:
    """Return the seven processed tables for the given outlet names."""
    pages, blocks, articles, metrics, quotes = [], [], [], [], []
    for o, outlet in enumerate(outlets):
        for a in range(articles_per_outlet):
            page = f"p{o:02d}_{a}.txt"
            article_id = f"{page}#0"
            title, body = f"Story {a} of outlet {o}", f'Officials said "all is well" ({o}, {a}).'
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
                    "n_articles": 1,
                    "body_chars": len(body),
                    "title_chars": len(title),
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
                    "credited_source": "Wire" if a == 0 else None,
                    "title": title,
                    "byline": f"Reporter {o}",
                    "published": f"2025-06-0{a + 1}",
                    "relative_time": None,
                    "category": "World",
                    "body": body,
                    "n_body_chars": len(body),
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
                "n_words": n_words,
                "n_sentences": 3 + a,
                "n_quotes": 1,
                "n_scare_quotes": 0,
                "quoted_words": 3,
                "quoted_words_all": 3,
                "quote_share": 3 / n_words,
                "quote_share_all": 3 / n_words,
                "quotes_per_1000_words": 1000 / n_words,
                "text_standard": "8th and 9th grade",
                "unit_chars": len(text),
                "boilerplate_chars": 5,
                "boilerplate_ratio": 5 / len(text),
                "copy_group": "g0" if a == 0 and len(outlets) > 1 else None,
                "copy_max_similarity": 0.9 if a == 0 and len(outlets) > 1 else np.nan,
            }
            for k, name in enumerate(READABILITY):
                row[name] = 50.0 + o * 3.25 - a * 1.5 + k
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
                }
            )
    metrics_df = pd.DataFrame(metrics)
    grouped = metrics_df[metrics_df["copy_group"].notna()].sort_values("article_id")
    pairs = [
        {
            "copy_group": "g0",
            "article_id_a": a["article_id"],
            "article_id_b": b["article_id"],
            "outlet_a": a["outlet"],
            "outlet_b": b["outlet"],
            "similarity": 0.9,
        }
        for i, a in grouped.iterrows()
        for j, b in grouped.iterrows()
        if i < j
    ]
    outlet_rows = []
    for outlet, rows in metrics_df.groupby("outlet", sort=True):
        words = rows["n_words"]
        row = {
            "outlet": outlet,
            "n_articles": len(rows),
            "n_pages": len(rows),
            "total_words": int(words.sum()),
            "median_words": float(words.median()),
            "quote_share_pooled": float(rows["quoted_words"].sum() / words.sum()),
            "quote_share_mean": float(rows["quote_share"].mean()),
            "quote_share_all_pooled": float(rows["quoted_words_all"].sum() / words.sum()),
            "quotes_per_1000_words": float(1000 * rows["n_quotes"].sum() / words.sum()),
            "top_speakers": f"Officials ({len(rows)})",
            "boilerplate_ratio": float(rows["boilerplate_ratio"].mean()),
            "original_share": float(rows["copy_group"].isna().mean()),
            "n_listing_pages": 0,
        }
        for name in READABILITY:
            row[f"{name}_wmean"] = float(np.average(rows[name], weights=words))
            row[f"{name}_wmedian"] = float(rows[name].median())
        outlet_rows.append(row)
    copy_columns = ["copy_group", "article_id_a", "article_id_b", "outlet_a", "outlet_b"]
    return {
        "pages": pd.DataFrame(pages),
        "blocks": pd.DataFrame(blocks),
        "articles": pd.DataFrame(articles),
        "article_metrics": metrics_df,
        "quotes": pd.DataFrame(quotes),
        "copy_pairs": pd.DataFrame(pairs, columns=[*copy_columns, "similarity"]),
        "outlet_metrics": pd.DataFrame(outlet_rows),
    }


def write_synthetic_tables(folder: Path, outlets: list[str], articles_per_outlet: int = 2) -> Path:
    """Write the synthetic tables as Parquet into ``folder`` and return it."""
    for name, table in synthetic_tables(outlets, articles_per_outlet).items():
        write_parquet_atomic(table, folder / f"{name}.parquet")
    return folder

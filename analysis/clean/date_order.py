"""The order of day and month each outlet prints its numeric dates in, over a run (stage: clean).

A page whose date line prints only a numeric date both orders make a date of
("04/03/2026") has no date when nothing on the page decides the order
(:func:`analysis.clean.page_date_order.numeric_day_first`: an English page). Another page of the
same outlet may decide it: a site prints its dates one way, and its page dated
"13/03/2026" writes the day first. :class:`DateOrders` counts, page by page as ``clean``
writes them, the orders each outlet key's date lines show and the undated articles whose
date line reads either way; :meth:`DateOrders.rewrite` then dates those of an outlet
whose pages show one order only, in the articles table already written (row group by
row group: memory grows with a row group, and the bytes are the same whatever
``--jobs``). An outlet whose pages show both orders, or none, dates nothing.
:func:`analysis.clean.articles.extract_articles` reads one page: the pass is
``clean``'s, over its run.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis.clean.dates import find_dates
from analysis.clean.page_date_order import numeric_orders
from analysis.clean.segment import BlockColumns
from analysis.io import ParquetChunkWriter


class DateOrders:
    """The numeric date orders of each outlet key, and the articles they may date.

    Attributes
    ----------
    orders : dict of str to set of bool
        Per site key (the outlet that printed the pages), the orders its pages' date
        lines show (True: day first).
    undated : dict of str to tuple of (str, str)
        Per article id, its page's site key and its date line's text, for an article
        with no date whose date line reads either way.
    """

    def __init__(self) -> None:
        self.orders: dict[str, set[bool]] = {}
        self.undated: dict[str, tuple[str, str]] = {}

    def add_page(self, row: dict, blocks: BlockColumns, articles: list[dict]) -> None:
        """Count a page's date lines: each article's first ``published`` block, under
        the site that printed the page (its ``site_key``: a listing's cards are dated in
        the listing site's way, whatever outlet each card names).

        Parameters
        ----------
        row : dict
            The page's PAGES row (``site_key``).
        blocks : BlockColumns
            The page's block columns (``field``, ``article_index``, ``text``).
        articles : list of dict
            Its ARTICLES rows (``article_index``, ``article_id``, ``published``,
            ``date_source``).
        """
        lines: dict[int, str] = {}
        for field, index, text in zip(
            blocks["field"], blocks["article_index"], blocks["text"], strict=True
        ):
            if field == "published" and index not in lines:
                lines[index] = text
        key = row["site_key"]
        for article in articles:
            text = lines.get(article["article_index"])
            if text is None:
                continue
            shown = numeric_orders(text)
            if shown:
                self.orders.setdefault(key, set()).update(shown)
            elif (
                article["published"] is None
                and article["date_source"] is None
                and find_dates(text, day_first=True)
            ):
                self.undated[article["article_id"]] = (key, text)

    def dates(self, key_of: Mapping[str, str] | None = None) -> dict[str, str]:
        """The date of each undated article whose outlet's pages show one order.

        Parameters
        ----------
        key_of : mapping of str to str, optional
            Each outlet key's final key in the run, as ``metrics`` files them
            (:attr:`analysis.clean.outlet_merge.OutletIdentities.key_of`: a site's pages
            with and without a URL are one outlet); default: every key its own.

        Returns
        -------
        dict of str to str
            Article id to ``yyyy-mm-dd``.
        """
        key_of = key_of or {}
        orders_of: dict[str, set[bool]] = {}
        for key, orders in self.orders.items():
            orders_of.setdefault(key_of.get(key, key), set()).update(orders)
        found = {}
        for article_id, (key, text) in self.undated.items():
            orders = orders_of.get(key_of.get(key, key), set())
            if len(orders) == 1:
                read = find_dates(text, day_first=next(iter(orders)))
                if read:
                    found[article_id] = read[0].iso
        return found

    def rewrite(self, articles_path: Path, key_of: Mapping[str, str] | None = None) -> int:
        """Date the articles of :meth:`dates` in the articles table at ``articles_path``
        (``date_source`` "page": the date their page prints), replacing the file.

        Parameters
        ----------
        articles_path : Path
            The articles Parquet file, written and closed.
        key_of : mapping of str to str, optional
            As for :meth:`dates`.

        Returns
        -------
        int
            How many articles were dated; the file is left untouched when none.
        """
        found = self.dates(key_of)
        if not found:
            return 0
        source = pq.ParquetFile(articles_path)
        rewritten = Path(f"{articles_path}.dated")
        with ParquetChunkWriter(rewritten, source.schema_arrow, _one_frame) as writer:
            for group in range(source.num_row_groups):
                frame = source.read_row_group(group).to_pandas()
                dated = frame["article_id"].isin(found)
                if dated.any():
                    frame.loc[dated, "published"] = frame.loc[dated, "article_id"].map(found)
                    frame.loc[dated, "date_source"] = "page"
                writer.add(frame)
                writer.flush()
        source.close()
        os.replace(rewritten, articles_path)
        return len(found)


def _one_frame(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The one row group buffered (:meth:`DateOrders.rewrite` flushes each)."""
    (frame,) = frames
    return frame

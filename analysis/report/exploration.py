"""The exploration notebook's views: a page's lines labelled, label shares, overviews.

Reads the ``pages``, ``blocks``, ``articles`` and ``article_metrics`` tables (never the
raw pages: the blocks of a page cover its text exactly) and returns displayable
objects and tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analysis.errors import AnalysisError
from analysis.report.views import rounded

LABEL_STYLES: dict[str, tuple[str, str]] = {
    # label: (marker shown before each line, background colour)
    "title": ("TITLE", "#cfe2ff"),
    "body": ("BODY", "#d1e7dd"),
    "metadata": ("META", "#fff3cd"),
    "boilerplate": ("CHROME", "#e9ecef"),
}


Segment = tuple[str, str, str, int]  # (label, field, text, article_index)


@dataclass(frozen=True)
class LabelledLines:
    """A page shown line by line, each line marked with its label.

    Each line starts with a text marker (TITLE, BODY, META, CHROME: the label with most
    characters on the line) and each part of the line has the background colour of its
    own label, so the labels read without colour too. The plain-text form is a summary.
    """

    page: str
    lines: tuple[tuple[Segment, ...], ...]

    def _repr_html_(self) -> str:
        from analysis.report.render import render_template

        lines = []
        for segments in self.lines:
            parts = []
            for label, field, text, article_index in segments:
                where = "page" if article_index < 0 else f"article {article_index}"
                colour = LABEL_STYLES.get(label, ("", "#ffffff"))[1]
                parts.append(
                    {"colour": colour, "tip": f"{label} / {field} / {where}", "text": text}
                )
            marker = LABEL_STYLES.get(line_label(segments), ("?", ""))[0]
            lines.append({"marker": marker, "parts": parts})
        return render_template("labelled_lines.html.j2", page=self.page, lines=lines).rstrip("\n")

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for segments in self.lines:
            label = line_label(segments)
            counts[label] = counts.get(label, 0) + 1
        parts = ", ".join(f"{label} {counts[label]}" for label in sorted(counts))
        return f"{self.page}: {len(self.lines)} lines ({parts})"


#: How many pages the tour shows when none are named: the first by name. Every page's
#: lines labelled are ~11 kB of HTML; all 10,000 pages of a study, a notebook of
#: ~110 MB that no browser opens.
DEFAULT_TOUR_PAGES = 5


def tour_pages(
    pages: pd.DataFrame, names: str = "", n_pages: int = DEFAULT_TOUR_PAGES
) -> list[str]:
    """The pages the exploration notebook shows: those named, else the first by name.

    Parameters
    ----------
    pages : pandas.DataFrame
        The PAGES table.
    names : str
        Page names, one a line (a name as in the ``page`` column); empty: the first
        ``n_pages`` pages by name.
    n_pages : int
        How many pages to show when none are named.

    Returns
    -------
    list of str
        The pages, named ones in the order given, else sorted by name.

    Raises
    ------
    AnalysisError
        A named page is not in the table, or ``n_pages`` is below 1.
    """
    known = sorted(pages["page"].astype(str))
    wanted = [name.strip() for name in names.split("\n") if name.strip()]
    if not wanted:
        if n_pages < 1:
            raise AnalysisError(f"n_pages must be at least 1, not {n_pages}")
        return known[:n_pages]
    missing = [name for name in wanted if name not in set(known)]
    if missing:
        raise AnalysisError(
            f"no page named {', '.join(map(repr, missing))} among the {len(known)} pages "
            f"(the first by name: {', '.join(known[:3])})"
        )
    return list(dict.fromkeys(wanted))


def line_label(segments: Iterable[Segment]) -> str:
    """The label covering most non-space characters of a line (first one on ties).

    Parameters
    ----------
    segments : iterable of Segment
        One line's ``(label, field, text, article_index)`` parts.

    Returns
    -------
    str
        A block label; ``""`` for a line without parts.
    """
    sizes: dict[str, int] = {}
    for label, _, text, _ in segments:
        sizes[label] = sizes.get(label, 0) + len(text.strip())
    return max(sizes, key=lambda label: sizes[label]) if sizes else ""


def labelled_lines(blocks: pd.DataFrame, page: str, skip_blank: bool = True) -> LabelledLines:
    """Return one page's lines, each split into labelled parts, for display.

    Parameters
    ----------
    blocks : pandas.DataFrame
        The blocks table (blocks of a page cover it exactly, in ``start`` order).
    page : str
        The page id.
    skip_blank : bool
        Leave out lines that are empty or whitespace only.

    Returns
    -------
    LabelledLines
        The page's lines in order; a block that spans lines is cut at its newlines.

    Raises
    ------
    analysis.errors.AnalysisError
        ``blocks`` has no rows for ``page``.
    """
    rows = blocks[blocks["page"] == page].sort_values(["start", "block_id"])
    if rows.empty:
        raise AnalysisError(f"blocks: no page named {page!r}")
    lines: list[list[Segment]] = [[]]
    for label, field, text, article_index in zip(
        rows["label"], rows["field"], rows["text"], rows["article_index"], strict=True
    ):
        pieces = str(text).split("\n")
        for n, piece in enumerate(pieces):
            if n > 0:
                lines.append([])
            if piece:
                lines[-1].append((str(label), str(field), piece, int(article_index)))
    kept = [
        tuple(line)
        for line in lines
        if line and not (skip_blank and not "".join(seg[2] for seg in line).strip())
    ]
    return LabelledLines(page, tuple(kept))


def label_legend() -> pd.DataFrame:
    """The markers and colours used by :func:`labelled_lines`.

    Returns
    -------
    pandas.DataFrame
        Indexed by label: the ``marker`` text and ``background`` colour of
        :data:`LABEL_STYLES`.
    """
    return pd.DataFrame(
        [(label, marker, colour) for label, (marker, colour) in LABEL_STYLES.items()],
        columns=["label", "marker", "background"],
    ).set_index("label")


def label_shares(blocks: pd.DataFrame) -> pd.DataFrame:
    """Characters per label and page, as percent of the page (rows: pages).

    Parameters
    ----------
    blocks : pandas.DataFrame
        The BLOCKS table, one page or many.

    Returns
    -------
    pandas.DataFrame
        One row per page (sorted), one column per label found; each row sums to 100,
        rounded to one decimal.
    """
    sizes = blocks.assign(chars=blocks["end"] - blocks["start"])
    table = sizes.pivot_table(
        index="page", columns="label", values="chars", aggfunc="sum", fill_value=0
    )
    table = table.div(table.sum(axis=1), axis=0) * 100
    table.columns.name = "% of characters"
    return rounded(table.sort_index(), 1)


def raw_preview(pages: pd.DataFrame, blocks: pd.DataFrame, page: str, n_lines: int = 12) -> str:
    """The first non-blank lines of a page as the reader decoded them.

    The text is put back together from the page's blocks (they cover it exactly, in
    ``start`` order); size and encoding come from the pages table.

    Parameters
    ----------
    pages, blocks : pandas.DataFrame
        The tables written by ``clean``.
    page : str
        The page id.
    n_lines : int
        How many non-blank lines to show.

    Returns
    -------
    str
        A heading line (page, bytes, encoding), then the lines indented by two spaces.

    Raises
    ------
    analysis.errors.AnalysisError
        Either table has no rows for ``page``.
    """
    row = pages[pages["page"] == page]
    rows = blocks[blocks["page"] == page].sort_values(["start", "block_id"])
    if row.empty or rows.empty:
        raise AnalysisError(f"pages/blocks: no page named {page!r}")
    text = "".join(rows["text"].astype(str))
    lines = [line for line in text.split("\n") if line.strip()][:n_lines]
    head = f"{page}: {int(row['n_bytes'].iloc[0])} bytes, {row['encoding'].iloc[0]}"
    return "\n".join([head, *("  " + line for line in lines)])


ARTICLE_OVERVIEW_COLUMNS = (
    "article_id",
    "page",
    "layout",
    "outlet",
    "title",
    "byline",
    "published",
    "credited_source",
    "n_body_chars",
)
ARTICLE_STATISTICS_COLUMNS = (
    "article_id",
    "outlet",
    "language",
    "n_words",
    "n_sentences",
    "n_quotes",
    "quote_share",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "boilerplate_ratio",
    "copy_group",
)


def _by_article(table: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """The given columns the table has, in id order, indexed by article_id."""
    present = [c for c in columns if c in table.columns]
    return table[present].sort_values("article_id").set_index("article_id")


def articles_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table without bodies, in id order.

    Parameters
    ----------
    articles : pandas.DataFrame
        The ARTICLES table.

    Returns
    -------
    pandas.DataFrame
        Those of :data:`ARTICLE_OVERVIEW_COLUMNS` it has, indexed by ``article_id``.
    """
    return _by_article(articles, ARTICLE_OVERVIEW_COLUMNS)


def article_statistics(article_metrics: pd.DataFrame) -> pd.DataFrame:
    """The main per-article statistics, rounded, in id order.

    Parameters
    ----------
    article_metrics : pandas.DataFrame
        The ARTICLE_METRICS table.

    Returns
    -------
    pandas.DataFrame
        Those of :data:`ARTICLE_STATISTICS_COLUMNS` it has, indexed by ``article_id``,
        floats rounded as in :func:`~analysis.report.views.rounded`.
    """
    return rounded(_by_article(article_metrics, ARTICLE_STATISTICS_COLUMNS))

"""Articles from labelled blocks: one row per article (stage: blocks -> articles).

The ARTICLES table, one row per article in page order:

================  ====================================================================
column            meaning
================  ====================================================================
article_id        stable id: first 16 hex digits of SHA-1 of page, article_index, title
page              page name
article_index     the article's position in the page (0, 1, ...)
layout            ``article`` (a page with one article) or ``listing`` (several cards)
outlet            who published it: the site's name, or the card's outlet line
credited_source   an original source the page credits ("Follow X on…", "Source: X")
title             the title (None when none was found)
byline            author name(s) after a "By" cue
published         publication date, ISO ``yyyy-mm-dd``
relative_time     a relative time as written ("13 hours ago")
category          section or category label
body              the body paragraphs, separated by a blank line
n_body_chars      ``len(body)``
is_teaser         a listing card whose body is a teaser or snippet, not the full text
                  (analysis.clean.listing.is_teaser); always False on article pages
================  ====================================================================

Text fields other than body are None when not found. Values come from the first block
of each field (analysis.clean.segment); repeats are ignored.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from analysis.clean.listing import is_teaser
from analysis.clean.page_metadata import field_value
from analysis.clean.segment import segment_page
from analysis.tables import ARTICLE_COLUMNS, validate

# The text fields taken from the first block of their field (None when absent).
_VALUE_FIELDS = (
    "outlet",
    "credited_source",
    "title",
    "byline",
    "published",
    "relative_time",
    "category",
)


def extract_articles(text: str, name: str | None = None) -> pd.DataFrame:
    """Return one row per article found in one page's text.

    Parameters
    ----------
    text : str
        The page's normalized text (see analysis.clean.read).
    name : str, optional
        The page name; ``""`` when not given.

    Returns
    -------
    pandas.DataFrame
        The ARTICLES table of the page (see the module docstring); empty, with the same
        columns, when the page holds no article.
    """
    page = name or ""
    return articles_from_blocks(segment_page(text, page), text)


def articles_from_blocks(blocks: pd.DataFrame, text: str) -> pd.DataFrame:
    """Build the ARTICLES table of one page from its BLOCKS table.

    Parameters
    ----------
    blocks : pandas.DataFrame
        One page's blocks (analysis.clean.segment.segment_page).
    text : str
        That page's normalized text (the blocks' offsets point into it).

    Returns
    -------
    pandas.DataFrame
        One row per article_index >= 0, in page order.
    """
    rows = []
    in_articles = blocks[blocks["article_index"] >= 0]
    n_articles = in_articles["article_index"].nunique()
    layout = "listing" if n_articles > 1 else "article"
    for article_index, group in in_articles.groupby("article_index", sort=True):
        body = _body_text(group, text)
        if not body:
            continue
        page = str(group["page"].iloc[0])
        row = {"page": page, "article_index": int(article_index), "layout": layout}
        for field in _VALUE_FIELDS:
            first = group[group["field"] == field]
            row[field] = None
            if len(first):
                start, end = int(first["start"].iloc[0]), int(first["end"].iloc[0])
                row[field] = field_value(field, text[start:end])
        row["article_id"] = article_id(page, int(article_index), row["title"])
        row["body"] = body
        row["n_body_chars"] = len(body)
        row["is_teaser"] = layout == "listing" and is_teaser(body)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    frame["article_index"] = frame["article_index"].astype("int64")
    frame["n_body_chars"] = frame["n_body_chars"].astype("int64")
    frame["is_teaser"] = frame["is_teaser"].astype(bool)
    for column in ARTICLE_COLUMNS:
        if column not in ("article_index", "n_body_chars", "is_teaser"):
            frame[column] = frame[column].astype(object)
    return frame


def article_id(page: str, article_index: int, title: str | None) -> str:
    """Stable article id: SHA-1 of page, position and title, first 16 hex digits."""
    key = f"{page}\x1f{article_index}\x1f{title or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _body_text(group: pd.DataFrame, text: str) -> str:
    """Join an article's body blocks: one paragraph per line, blank line between."""
    body = group[(group["label"] == "body") & (group["field"] == "body")]
    paragraphs = []
    for _, line_blocks in body.groupby("line_no", sort=True):
        parts = [
            text[s:e].strip()
            for s, e in zip(line_blocks["start"], line_blocks["end"], strict=False)
        ]
        paragraph = " ".join(part for part in parts if part)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def validate_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Check an ARTICLES table against ``analysis.tables.ARTICLES_SCHEMA``; raise TableError."""
    return validate(articles, "articles")

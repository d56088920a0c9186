"""Articles from labelled blocks: one row per article (stage: blocks -> articles)."""
# Owner: cleaning work (issue 2). Contract below; implementation pending.
from __future__ import annotations

import pandas as pd


def extract_articles(text: str, name: str | None = None) -> pd.DataFrame:
    """Return one row per article found in one page's text."""
    raise NotImplementedError

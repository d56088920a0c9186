"""Compare how news outlets cover the same story.

The package turns plain-text dumps of scraped web pages into tidy tables, one stage per
module, data flowing one way::

    raw page ──read──▶ Page ──segment──▶ labelled blocks ──articles──▶ articles
    articles ──metrics──▶ article_metrics, quotes ──outlets──▶ outlet_metrics
    outlet_metrics ──report (papermill)──▶ reports/outlets/*.ipynb, *.html, index.html

Public entry points are re-exported here.
"""

from typing import Any

__all__ = ["extract_articles"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Lazy re-export: importing the package (e.g. in every notebook kernel) stays cheap.
    if name == "extract_articles":
        from analysis.clean.articles import extract_articles

        return extract_articles
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")

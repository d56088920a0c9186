"""Compare how news outlets cover the same story.

The package turns plain-text dumps of scraped web pages into tidy tables, one stage per
subpackage, data flowing one way through the tables of :mod:`analysis.tables`::

    analysis.clean   raw page ──read──▶ Page ──segment──▶ blocks ──articles──▶ articles
    analysis.stats   articles ──metrics──▶ article_metrics, quotes, copy_pairs
                     ──outlets──▶ outlet_metrics
    analysis.report  outlet_metrics ──batch (papermill)──▶ reports/outlets/*, index.html

Shared: :mod:`analysis.tables` (every table's schema and loader), :mod:`analysis.text`
(word, blank line, bullet, title case). docs/architecture.md has the full picture.

Public entry points are re-exported here.
"""

from typing import Any

from analysis import pattern_cache as _pattern_cache

# The package's module-level patterns built from their code kept between runs (speed only).
_pattern_cache.install()

__all__ = ["extract_articles"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Lazy re-export: importing the package (e.g. in every notebook kernel) stays cheap.
    if name == "extract_articles":
        from analysis.clean.articles import extract_articles

        return extract_articles
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")

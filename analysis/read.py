"""Stable import path for reading one raw page: ``from analysis.read import read_page``.

The benchmark scorers in ``../shared/benchmarks`` and notebooks written before the
package was split into stages import :func:`read_page` from here. The implementation lives
in :mod:`analysis.clean.read`; this module only re-exports it (nothing is defined twice).
"""

from analysis.clean.read import MAX_PAGE_BYTES, Page, read_page

__all__ = ["MAX_PAGE_BYTES", "Page", "read_page"]

"""Project paths, derived from this file so notebooks and scripts work from any directory."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
PAGES_DIR = PROCESSED_DIR / "pages"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
SHARED_DIR = PROJECT_ROOT.parent / "shared"

#: The environment variable naming the cache folder (else ``$XDG_CACHE_HOME/newscompare``,
#: else ``~/.cache/newscompare``).
CACHE_ENV = "NEWSCOMPARE_CACHE_DIR"
#: The environment variable that turns the package's caches of compiled patterns and of
#: derived word tables off when it is ``0`` (:mod:`analysis.pattern_cache`,
#: :mod:`analysis.table_cache`).
CACHE_SWITCH_ENV = "NEWSCOMPARE_PATTERN_CACHE"


def cache_folder() -> Path:
    """The folder newscompare keeps files in between runs.

    Returns
    -------
    Path
        ``$NEWSCOMPARE_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/newscompare``, else
        ``~/.cache/newscompare`` (an empty variable counts as unset). It may not exist.
    """
    if own := os.environ.get(CACHE_ENV):
        return Path(own)
    if xdg := os.environ.get("XDG_CACHE_HOME"):
        return Path(xdg) / "newscompare"
    return Path.home() / ".cache" / "newscompare"

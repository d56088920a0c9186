"""A page's URL as two pages are compared: one definition for ``clean`` and ``metrics``.

``clean`` reads once the files whose manifest rows give one URL
(:mod:`analysis.clean.duplicates`); ``metrics`` counts once an outlet's article pages
of one URL whose bodies share copy (:mod:`analysis.stats.resaves`). Both compare
:func:`url_key`. This module imports nothing: the ``metrics`` command does not load the
page readers for it (~0.2 CPU-s before its first chunk).
"""

from __future__ import annotations


def url_key(url: str) -> str:
    """A URL as pages are compared: without its fragment and surrounding space.

    Two files whose manifest rows give the same key hold one page
    (:mod:`analysis.clean.duplicates`); two article pages of one outlet with the same
    key whose bodies share copy are saves of one story (:mod:`analysis.stats.resaves`).

    Parameters
    ----------
    url : str
        A page's URL as given.

    Returns
    -------
    str
        The URL up to its fragment, stripped; empty for a blank URL.
    """
    return url.strip().split("#", 1)[0]

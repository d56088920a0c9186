"""The order of a page's saves by their file names: the original before a save again.

Both stages choose among a page's saves by it: ``clean`` reads the file of a page first
in this order (after the manifest row and the HTML, :mod:`analysis.clean.duplicates`),
and ``metrics`` counts the save of a story first in it (:mod:`analysis.stats.resaves`).
A module of its own so that ``metrics`` compares names without importing ``clean``'s
page readers.
"""

from __future__ import annotations


def save_order(name: str) -> tuple[int, str]:
    """Sort key of a page's saves by their names: the original before a save again.

    The shortest file name first (``story.txt`` before the browser's second save
    ``story (1).txt`` or ``story-updated.txt``; with ``clean --recursive`` the name's
    last part, so that the folders' names do not choose), then the first by name (the
    earliest folder of a crawl saved a folder per day: ``2026-12-03/site/story.txt``).

    Parameters
    ----------
    name : str
        The page's name: its path in the raw folder, ``/`` between the folders.

    Returns
    -------
    tuple of (int, str)
        The length of the name's last part, then the name.

    Examples
    --------
    >>> sorted(["story (1).txt", "b/story.txt", "a/story.txt"], key=save_order)
    ['a/story.txt', 'b/story.txt', 'story (1).txt']
    """
    return len(name.rsplit("/", 1)[-1]), name

"""A page's date written in its file's name.

A researcher's scraper often names each saved page by its site, its day and its story
(``westvale-herald_2026-12-03_fire.txt``, ``2026-12-03-council-vote.html``): the day is
the story's, as a URL's path writes it (``/2026/12/03/``). When nothing the page prints
or holds dates its article, that day does (``date_source`` ``file``). Only a whole ISO
date counts: four digits of the year, two of the month and two of the day, joined by
``-``, ``_`` or ``.`` and set apart from other digits (an id's digits, ``88213``, or a
run of eight, ``20261203``, are no date), a real day of the calendar. Only the file's
own name is read, never its folder's: a folder is as often named by the day of the
crawl. A name is only ever read as a string, never as a path to open. No tuned value.
"""

from __future__ import annotations

import datetime
import re
from pathlib import PurePosixPath

__all__ = ["file_name_date"]

# A whole ISO date in a name: year, month, day joined by one separator, used twice, no
# digit right before or after it.
_ISO_DAY = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?P<sep>[-_.])(?P<month>\d{2})(?P=sep)(?P<day>\d{2})(?!\d)"
)


def file_name_date(name: str) -> str | None:
    """The day a page's file name writes, as ``yyyy-mm-dd``.

    Parameters
    ----------
    name : str
        The page's name (its path under the folder read; only its last part is read).

    Returns
    -------
    str or None
        The ISO day, when the file's name writes exactly one whole date that is a real
        day; None when it writes none, or two different days (a range, a story's day
        and a save's: neither is known to be the story's).

    Examples
    --------
    >>> file_name_date("harbour-courier_2026-12-03_ferry-fares.txt")
    '2026-12-03'
    >>> file_name_date("crawl_2026-12-05/story-88213.txt") is None
    True
    """
    own = PurePosixPath(name.replace("\\", "/")).name
    days = set()
    for match in _ISO_DAY.finditer(own):
        try:
            day = datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        days.add(day.isoformat())
    return days.pop() if len(days) == 1 else None

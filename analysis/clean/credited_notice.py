"""A copyright notice of the story's own credited author names no site.

A wire story copied by a site keeps the agency's notice under it ("© 2026 Continental
Press Service. All rights reserved."). Saved as text without the carrier's masthead,
that notice is the only name the page prints, and the page was filed under the agency:
every carrier's copy then met in the agency's row, several sites merged into one (a
merge is worse than a split: review h178 item 2). When the notice's holder is the one
the story credits as its author, the notice says whose story it is, not which site shows
it: its byline is the holder ("By Continental Press Service"), or its wire dateline
brackets the holder's name or initials ("RUSHMERE (CPS) —"). Such a page names no site
(``unknown site (PAGE)``, filed by the run's other cues, its file name among them:
:mod:`analysis.clean.file_name_outlet`), and the holder is its ``credited_source``.

Only an article page filed by the notice alone is asked (a masthead, a URL, the HTML's
site name or a manifest decide before the notice does), and only when it prints nothing
but its story and the notice above whatever lines follow the notice: a text-only copy, or
one copied from its headline down to the carrier's footer under the agency's notice (a
share bar, the carrier's tagline: "Daily Example — the port's paper since 1921"; two
carriers' such copies met in the agency's row, review h212). A page saved with a site's
menu, links or lines above the story or between it and the notice is the agency's own
page as often ("© 2019 Example Wire" under "NEW YORK (Example Wire) -" on the agency's
site, its menu on top; a brand's "By Example" over its own notice): its notice still
names the site. No tuned value, no list of agencies.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.dateline import dateline_credit
from analysis.clean.name_forms import compact_name, initials
from analysis.clean.segment import BlockColumns

__all__ = ["credits_notice_holder"]


def credits_notice_holder(
    holder: str, notice_line: int, rows: Sequence[dict], blocks: BlockColumns, text: str
) -> bool:
    """Whether the one article of a page filed under its copyright ``holder`` credits
    the holder as its author, the page printing nothing but that article and the notice
    (see the module doc).

    Parameters
    ----------
    holder : str
        The copyright notice's holder, as printed.
    notice_line : int
        The notice's line number.
    rows : sequence of dict
        The page's ARTICLES rows (``outlet_source``, ``byline``, ``body``).
    blocks : dict of str to list
        The page's block columns (``line_no``, ``start``, ``end``, ``article_index``).
    text : str
        The page's text.

    Returns
    -------
    bool
        True for one article row filed by the notice (``outlet_source`` "copyright")
        whose byline is the holder or whose dateline credits the holder's name or
        initials, on a page whose every other printed block is the article's.
    """
    if len(rows) != 1 or rows[0]["outlet_source"] != "copyright":
        return False
    row = rows[0]
    own = compact_name(holder)
    if not own or not _story_alone(blocks, text, notice_line):
        return False
    if row["byline"] and compact_name(row["byline"]) == own:
        return True
    credit = dateline_credit(row["body"] or "")
    return credit is not None and (
        compact_name(credit) == own or compact_name(credit) in initials(holder)
    )


def _story_alone(blocks: BlockColumns, text: str, notice_line: int) -> bool:
    """Whether every block outside the page's article is blank, on the notice's line or
    below it, the notice under every block of the article (a footer under the notice is
    the carrier's: the lines above it are the story alone)."""
    columns = zip(
        blocks["article_index"], blocks["line_no"], blocks["start"], blocks["end"], strict=True
    )
    for index, line, start, end in columns:
        if index >= 0:
            if line > notice_line:
                return False  # the notice is not under the story
        elif line < notice_line and text[start:end].strip():
            return False
    return True

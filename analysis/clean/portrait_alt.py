"""An author's name in the alt text of the author's headshot, printed by a text dump.

A story page may print its author only as a headshot beside the role and the date, the
name in the image's alt text ("Photo of Jane Roe", "Headshot of Jane Roe"); a Markdown
dump (html2text, a reader export) prints the image as ``![Photo of Jane Roe](...)`` and
:func:`analysis.clean.dump_text.plain_markdown` leaves the alt text alone on its line.
The words before the name are English's for a picture of someone ("photo", "picture",
"image", "headshot", "portrait", "avatar" then "of" or "for"); the name is the rest of
the line. Whether the line is a byline is the caller's: a photo of a person the story is
about is printed the same way, so :func:`analysis.clean.bylines.find_name_line_byline`
reads it only over a reporter's role line.
"""

from __future__ import annotations

import re

__all__ = ["portrait_name"]

# "Photo of Jane Roe", "Headshot of Jane Roe", "Avatar for Jane Roe", "Profile photo of
# Jane Roe": the picture's word, "of" or "for", then the name closing the line.
_PORTRAIT = re.compile(
    r"^\s*(?:(?:profile|author|staff)\s+)?(?:photo|picture|image|headshot|portrait|avatar)"
    r"\s+(?:of|for)\s+(?P<name>\S.*?)\s*$",
    re.IGNORECASE,
)


def portrait_name(line: str) -> tuple[int, int] | None:
    """The span of the name a headshot's alt text gives, the alt text alone on ``line``.

    Parameters
    ----------
    line : str
        A line of a page's text.

    Returns
    -------
    tuple of int or None
        The start and end of the name in ``line`` ("Photo of Jane Roe": "Jane Roe");
        None for a line of another shape. The name is not checked here.

    Examples
    --------
    >>> line = "Photo of Jane Roe"
    >>> start, end = portrait_name(line)
    >>> line[start:end]
    'Jane Roe'
    >>> portrait_name("Photos of the flooded road") is None
    True
    """
    found = _PORTRAIT.match(line)
    if found is None:
        return None
    return found.start("name"), found.end("name")

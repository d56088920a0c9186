"""An author's name in the alt text of the author's headshot, printed by a text dump.

A story page may print its author only as a headshot beside the role and the date, the
name in the image's alt text ("Photo of Jane Roe", "Headshot of Jane Roe"); a Markdown
dump (html2text, a reader export) prints the image as ``![Photo of Jane Roe](...)`` and
:func:`analysis.clean.dump_text.plain_markdown` leaves the alt text alone on its line.
The words before the name are English's for a picture of someone ("photo", "picture",
"image", "headshot", "portrait", "avatar" then "of" or "for"); the name is the rest of
the line. Whether the line is a byline is the caller's: a photo of a person the story is
about is printed the same way, so :func:`analysis.clean.bylines.find_name_line_byline`
reads it only over a reporter's role line. On an HTML page the alt text is in the markup
(:func:`author_photo_name`): only an image marked as the author's (its class, or the class
of the element opening just before it, holds "author" or "byline") is read.
"""

from __future__ import annotations

import re
from html import unescape

__all__ = ["AUTHOR_BOX_CHARS", "author_photo_name", "portrait_name"]

#: How far before an image (in characters of markup) the author box's opening tag may
#: stand: an author card's tag, then the image (no value tuned: a tag or two).
AUTHOR_BOX_CHARS = 200

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


_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_AUTHOR_CLASS = re.compile(r"""\bclass\s*=\s*["'][^"']*(?:author|byline)""", re.IGNORECASE)


def author_photo_name(html: str) -> str | None:
    """The name the alt text of the author's photo gives on an HTML page.

    Parameters
    ----------
    html : str
        The page's HTML.

    Returns
    -------
    str or None
        The name of the first ``<img>`` whose alt text is a headshot's ("Photo of Jane
        Roe": :func:`portrait_name`) and which is marked as the author's: its class, or a
        class opened within :data:`AUTHOR_BOX_CHARS` characters before it, holds
        "author" or "byline"; None when no image is.

    Examples
    --------
    >>> author_photo_name('<div class="author-card"><img alt="Photo of Jane Roe"></div>')
    'Jane Roe'
    >>> author_photo_name('<figure><img alt="Photo of Jane Roe"></figure>') is None
    True
    """
    if "<img" not in html.lower():
        return None
    for image in _IMAGE.finditer(html):
        alt = _ALT.search(image.group())
        if alt is None:
            continue
        text = unescape(alt.group(1) if alt.group(1) is not None else alt.group(2))
        span = portrait_name(text)
        if span is None:
            continue
        before = html[max(0, image.start() - AUTHOR_BOX_CHARS) : image.start()]
        if _AUTHOR_CLASS.search(image.group()) or _AUTHOR_CLASS.search(before):
            return text[span[0] : span[1]]
    return None

"""A video downloader's record of one video, read as a story's record.

yt-dlp (and youtube-dl before it) writes what it knows of a video as one JSON object:
``--dump-json`` prints one a line (a channel's or a playlist's videos: JSON Lines),
``--write-info-json`` saves one beside the video as ``NAME.info.json``. A news channel's
video is a story: its ``title`` the headline, its ``description`` the text, its
``upload_date`` (``YYYYMMDD``, the day in UTC) the date, its ``channel`` (else
``uploader``) the outlet, its ``webpage_url`` the address. The rest (formats,
thumbnails, counts, chapters) is no text of the story.

A channel closes every description with the same standing footer (a subscribe line,
its other accounts' links, hashtags): the description's last paragraphs (blocks
between blank lines) holding a link or a line of hashtags are that footer and are no
text of the story (:func:`without_footer`); so is a paragraph every video of one list
ends with.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["video_record", "video_stories", "without_footer"]

#: The keys of a video's day, ``YYYYMMDD`` (its upload, else its release).
DAY_KEYS = ("upload_date", "release_date")
#: The keys naming who published the video: the channel, else the uploading account.
PUBLISHER_KEYS = ("channel", "uploader", "playlist_uploader")
#: The keys of the video's page (the page the downloader was given last).
URL_KEYS = ("webpage_url", "original_url")
#: Keys only a downloader's record of a media file has beside them (one is enough with a
#: day and a title): the extractor that read it, its formats, its length.
_DOWNLOADER_KEYS = ("extractor", "extractor_key", "formats", "duration", "display_id")
_DAY = re.compile(r"(\d{4})(\d\d)(\d\d)")
# A link (an address with its scheme, or www.) or a line of hashtags only.
_LINK = re.compile(r"\bhttps?://\S|\bwww\.\S", re.IGNORECASE)
_HASHTAGS = re.compile(r"(?:#[^\s#]+\s*)+")
_BLOCK_GAP = re.compile(r"\n[ \t]*\n")


def _day(record: dict) -> str | None:
    """The video's day as ISO 8601 (``2026-12-03``), None when it gives none."""
    for key in DAY_KEYS:
        value = record.get(key)
        if isinstance(value, str) and (match := _DAY.fullmatch(value.strip())):
            try:
                return dt.date(*map(int, match.groups())).isoformat()
            except ValueError:
                return None
    return None


def _text(record: dict, keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` holding text, spaces collapsed; None for none."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and (text := " ".join(value.split())):
            return text
    return None


def _is_video_record(record: object) -> bool:
    """Whether ``record`` is a downloader's record of one video: a title, a day and one
    of the keys only such a record has."""
    return (
        isinstance(record, dict)
        and _text(record, ("title",)) is not None
        and _day(record) is not None
        and any(key in record for key in _DOWNLOADER_KEYS)
    )


def _blocks(description: str) -> list[str]:
    """A description's paragraphs (blocks between blank lines), each stripped."""
    return [block.strip() for block in _BLOCK_GAP.split(description) if block.strip()]


def _is_footer_block(block: str) -> bool:
    """Whether a closing paragraph is a channel's footer: it holds a link or a line of
    hashtags only."""
    return any(
        _LINK.search(line) or _HASHTAGS.fullmatch(line.strip())
        for line in block.splitlines()
        if line.strip()
    )


def without_footer(description: str, shared: frozenset[str] = frozenset()) -> list[str]:
    """A video's description without its channel's standing footer, as its lines.

    Parameters
    ----------
    description : str
        The description as the record gives it.
    shared : frozenset of str
        Paragraphs every video of the same list ends with (their footer, even without a
        link).

    Returns
    -------
    list of str
        The lines of its paragraphs up to the footer (the closing paragraphs holding a
        link or a line of hashtags, or in ``shared``), spaces collapsed; the first
        paragraph is kept even when it holds a link (a description of one paragraph is
        its text).
    """
    blocks = _blocks(description)
    while len(blocks) > 1 and (blocks[-1] in shared or _is_footer_block(blocks[-1])):
        blocks.pop()
    return [
        text for block in blocks for line in block.splitlines() if (text := " ".join(line.split()))
    ]


def video_record(record: object, shared: frozenset[str] = frozenset()) -> dict | None:
    """A downloader's record of one video as a page record (a page table's columns).

    Parameters
    ----------
    record : object
        One parsed JSON value.
    shared : frozenset of str
        Closing paragraphs shared by every video of its list (:func:`without_footer`).

    Returns
    -------
    dict or None
        ``id`` (the video's), ``title``, ``text`` (the description without its footer,
        one paragraph a line), ``published`` (the day), ``outlet`` (the channel) and
        ``url`` where the record gives them; None for a value that is no video's record or whose
        description is empty.
    """
    if not _is_video_record(record):
        return None
    assert isinstance(record, dict)
    description = record.get("description")
    lines = without_footer(description, shared) if isinstance(description, str) else []
    if not lines:
        return None
    fields = {
        "id": _text(record, ("id",)),
        "title": _text(record, ("title",)),
        "text": "\n\n".join(lines),
        "published": _day(record),
        "outlet": _text(record, PUBLISHER_KEYS),
        "url": _text(record, URL_KEYS),
    }
    return {key: value for key, value in fields.items() if value}


def video_stories(value: object) -> list[dict] | None:
    """A list of downloader's records (``yt-dlp --dump-json`` lines) as story records.

    Parameters
    ----------
    value : object
        A parsed JSON value (JSON Lines read as the list of its lines' values).

    Returns
    -------
    list of dict or None
        Per video, in order, its :func:`video_record` (``title``, ``text``,
        ``published``, ``outlet``, ``url``); None unless ``value`` is a list of two
        videos' records or more, all with a description.
    """
    if not isinstance(value, list) or len(value) < 2 or not all(map(_is_video_record, value)):
        return None
    closing = [
        blocks[-1] if (blocks := _blocks(d)) else None
        for d in (record.get("description") for record in value)
        if isinstance(d, str)
    ]
    shared = frozenset(closing[:1]) if len(set(closing)) == 1 and closing[0] else frozenset()
    stories = [video_record(record, shared) for record in value]
    return stories if all(stories) else None  # type: ignore[return-value]

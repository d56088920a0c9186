"""The signed line of a social-media post quoted in an article.

Defined once here for the body detector, which keeps a post and its signed line as body
(:mod:`analysis.clean.body.extend`, :mod:`analysis.clean.body.posts`), and the quote
finder, which counts the post as a quotation of its author
(:mod:`analysis.stats.quotes.posts`).

A post embedded in an article is printed as its text, then its signature: a dash, the
author, their account handle in brackets and the date, "— Jane Doe (@janedoe) March 3,
2026", on a line of its own or (as many scrapers write it) at the end of the post's last
line. The handle may name its host ("(@jane.example.social)") and the date may end in
its time ("March 3, 2026 at 10:04 AM"). A line of its own that opens with a dash and
ends in a year or such a time is a signature too ("— Jane Doe, March 3, 2026": a poster
without a handle); at the end of a line of text a handle is needed, so that a quotation
signed "... — Jane Doe, 2019" is not taken for a post. A card's line of the handle, a
separator and the date under the post's text ("@janedoe · March 3, 2026") signs it too,
naming no author (a handle is no name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A post's text has at most this many characters (the longest a tweet can be): the
#: lines above a signed line are the post's when they hold no more.
POST_MAX_CHARS = 280
#: An account handle: "@name", "@name.host.tld", "@name@host.tld"; not an e-mail address
#: (no letter, digit or dot before the "@").
HANDLE = re.compile(r"(?<![\w.@])@\w{1,30}(?:[.@][\w-]+)*")
# The date's end: a year, optionally followed by a clock time.
_DATE_END = r"\b(?:19|20)\d\d(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?"
# A line of its own: a dash, then the author and the date.
_SIGNATURE_LINE = re.compile(r"^[—–]\s.*" + _DATE_END + r"$", re.IGNORECASE)
# A line of its own: the account's handle, a separator and the date, at most three words
# before the date's year ("@jane@example.social · 3 March 2026, 10:04", a fediverse or X
# card's signature under the post's text).
_HANDLE_DATE_LINE = re.compile(
    r"^" + HANDLE.pattern + r"\s*[·•|]\s*(?:\S+\s+){0,3}" + _DATE_END + r"$", re.IGNORECASE
)
# A card's date line under a post copied from a page: the date and maybe its time, at
# most five words before the year ("December 4, 2026 at 9:12 AM", "9:12 AM · Dec 4, 2026").
_CARD_DATE_LINE = re.compile(r"^(?:[\w.,:·•|]+\s+){0,5}" + _DATE_END + r"$", re.IGNORECASE)
# At the end of a post's last line: " — Author (@handle) date".
_SIGNED_END = re.compile(
    r"(?<=\S)\s+[—–]\s(?P<author>[^—–]*?)\s*\(@[\w.@-]+\)[^—–]*" + _DATE_END + r"$",
    re.IGNORECASE,
)
# The author of a signature of its own line: after the dash, up to the handle, a comma
# or the date's month.
_SIGNATURE_AUTHOR = re.compile(r"^[—–]\s+(?P<author>[^(,]*?)\s*(?:\(@|,|\s\w+\.?\s+\d)")


# What surrounds an author's name: anything but a letter, a digit or a closing stop.
_AROUND_NAME = re.compile(r"^[^\w]+|[^\w.]+$")
# An aside in brackets after an author's name.
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True)
class PostSignature:
    """Where a line's post signature starts and the author it names.

    Attributes
    ----------
    start : int
        Offset in the line (stripped) of the signature's dash; 0 for a line of its own.
    author : str
        The author as printed, without the handle (may be empty).
    """

    start: int
    author: str


def post_signature(text: str) -> PostSignature | None:
    """The signature of a post on a line, if the line holds one (see the module docstring).

    Parameters
    ----------
    text : str
        One line; surrounding whitespace is ignored.

    Returns
    -------
    PostSignature or None
        None for a line without a signature at its end (most lines, answered without a
        search: they do not end in a digit or a clock time's "am"/"pm").
    """
    text = text.strip()
    if not (text[-1:].isdigit() or text[-1:] in "mM."):
        return None
    if _SIGNATURE_LINE.match(text) is not None:
        author = _SIGNATURE_AUTHOR.match(text)
        return PostSignature(0, _name(author.group("author")) if author else "")
    if _HANDLE_DATE_LINE.match(text) is not None:
        return PostSignature(0, "")  # (a handle names no one the way a name does)
    if "(@" not in text:
        return None
    signed = _SIGNED_END.search(text)
    if signed is None:
        return None
    dash = signed.start() + len(signed.group(0)) - len(signed.group(0).lstrip())
    return PostSignature(dash, _name(signed.group("author")))


def _name(author: str) -> str:
    """The author as printed, without an aside in brackets after the name ("(Text JOIN
    to 30330)") and the symbols around it (an emoji after the name)."""
    return _AROUND_NAME.sub("", _ASIDE.sub("", author))


def is_post_attribution(text: str) -> bool:
    """Whether a line signs an embedded post (:func:`post_signature`).

    Parameters
    ----------
    text : str
        One line of the page.

    Returns
    -------
    bool
        True also for a post's last line that ends in its signature.
    """
    return post_signature(text) is not None


def is_card_date_line(text: str) -> bool:
    """Whether a line is only a date (and its time): what a post copied as a card prints
    under its text ("December 4, 2026 at 9:12 AM", "9:12 AM · Dec 4, 2026").

    Parameters
    ----------
    text : str
        One line; surrounding whitespace is ignored.

    Returns
    -------
    bool
        True for a line of at most five words before a year and an optional clock time,
        holding a day or a time besides the year (a profile's "Joined March 2014" is
        no post's date).
    """
    text = text.strip()
    return _CARD_DATE_LINE.match(text) is not None and len(re.findall(r"\d+", text)) >= 2


def is_handle_line(text: str) -> bool:
    """Whether a line is only an account handle ("@priya.bsky.social"): a post card's
    second line, under its author's name.

    Parameters
    ----------
    text : str
        One line; surrounding whitespace is ignored.

    Returns
    -------
    bool
        True when the whole line is one handle.
    """
    return HANDLE.fullmatch(text.strip()) is not None

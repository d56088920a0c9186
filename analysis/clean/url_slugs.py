"""A URL path's segments as names: a story's slug, a platform account ("@name"), and
whether a segment spells a name from its start ("/example-herald/...").
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from analysis.clean.domains import original_url
from analysis.clean.name_forms import compact_name


def path_slug(url: str) -> str | None:
    """The first segment of ``url``'s path, lower case, when it is two words or more of
    letters or digits joined by ``-``, one with a letter ("lagos-ledger" of
    ``https://medium.com/lagos-ledger/story-8f2a``); None otherwise ("@name", a file, a
    one-word segment: "/news/", "/politics/" name a site's section as often as a
    publication on a platform).

    Parameters
    ----------
    url : str
        An absolute URL.

    Returns
    -------
    str or None
        The segment, or None.
    """
    segment = first_path_segment(url, more_path=True)
    return segment if is_slug(segment) else None


def is_slug(segment: str) -> bool:
    """Whether a path segment is a name's slug: two words or more of letters or digits
    joined by ``-``, one with a letter ("lagos-ledger"; not "news", "2026-12-03").

    Parameters
    ----------
    segment : str
        One segment of a URL's path.

    Returns
    -------
    bool
        Whether it is shaped as a name's slug.
    """
    return bool(_SLUG.fullmatch(segment) and SLUG_LETTER.search(segment))


def path_account(url: str) -> str | None:
    """The account a URL's first path segment names on a shared platform, ``@`` and all
    (``@petra.lindqvist`` of ``https://medium.com/@petra.lindqvist/story-8f2a``), lower
    case; None for any other path.

    A writer's own posts on a platform (``medium.com/@name``, a video site's or a
    fediverse server's ``/@name``) are that writer's outlet, keyed ``domain/@name``: two
    writers' posts are not one outlet, the platform's.

    Parameters
    ----------
    url : str
        An absolute URL.

    Returns
    -------
    str or None
        The segment, or None.
    """
    segment = first_path_segment(url, more_path=False)
    return segment if _ACCOUNT.fullmatch(segment) else None


def first_path_segment(url: str, more_path: bool) -> str:
    """The first segment of the path of ``url`` (a link unwrapped first,
    :func:`analysis.clean.domains.original_url`), case folded.

    Parameters
    ----------
    url : str
        An absolute URL.
    more_path : bool
        Whether the segment counts only when more of the path follows it.

    Returns
    -------
    str
        The segment; "" when the path has none, or, with ``more_path``, when nothing
        follows it.
    """
    path = urlsplit(original_url(url)).path
    return path.split("/")[1].casefold() if path.count("/") >= (2 if more_path else 1) else ""


# A platform account's path segment: "@" and a handle of letters, digits, ".", "_", "-".
_ACCOUNT = re.compile(r"@[^\W_][\w.-]*")


def name_slug(name: str) -> str:
    """A name written as a web address's path writes it: lower case, its words joined by
    ``-`` ("lagos-ledger" of "Lagos Ledger").

    Parameters
    ----------
    name : str
        A name as printed.

    Returns
    -------
    str
        The slug; ``""`` for a name without a letter or digit.
    """
    return "-".join(_BETWEEN_SLUG_WORDS.split(name.casefold())).strip("-")


# What separates a name's words in its slug: anything but a letter or a digit.
_BETWEEN_SLUG_WORDS = re.compile(r"[\W_]+")


# A slug of two words or more: words of letters or digits joined by "-".
_SLUG = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


SLUG_LETTER = re.compile(r"[^\W\d_]")


# What separates the words of a path segment that are not run together.
_SEGMENT_WORDS = re.compile(r"[-_.~+/]+")


def spelled_at_start(segment: str, compact: str, slug: bool = False) -> bool:
    """Whether the first words of a path segment (or a host's label), run together, are
    ``compact``.

    In the last segment (``slug``: the story's, its words joined by "-", which may name
    any site) only when the story's own words follow the name after a mark of another
    kind (a feed service's ``coldharbourargus~Story-Slug``); a slug that is the name
    alone, with or without a file extension, is a story's headline. In another segment
    the name may stand alone or open it before words joined by another mark than its own
    (``TarrantBayJournal-News``), not by the same one: ``bernie-sanders-wins-primary`` in
    ``/politics/bernie-sanders-wins-primary/index.html`` is the story's slug, not a site
    "Bernie Sanders". A name's leading "the",
    which :func:`analysis.clean.name_forms.compact_name` leaves off, may open the segment
    (``the-brannock-sentinel`` of "The Brannock Sentinel").

    Parameters
    ----------
    segment : str
        A URL's path segment (percent-encoded or not) or a host's label.
    compact : str
        A name as :func:`analysis.clean.name_forms.compact_name` writes it.
    slug : bool
        Whether the segment is the path's last, the story's slug.

    Returns
    -------
    bool
        Whether the segment opens with the name.
    """
    text = unquote(segment)
    the = _LEADING_THE_WORD.match(text)
    return _spelled_from(text, 0, compact, slug) or bool(
        the and _spelled_from(text, the.end(), compact, slug)
    )


def _joins_another_slug(mark: str, inner_marks: str, more: bool) -> bool:
    """Whether a story slug that opens with a site's name goes on past it with words
    of its own joined by a mark of another kind (FeedBlitz's ``coldharbourargus~Story``):
    not the slug's own "-" or its words' mark, not a file extension's ".", not the end (a
    slug that is the name alone is a story's headline written as a slug:
    ``/archives/harbor-bridge`` under a page whose first line "Harbor Bridge" reads as
    its masthead)."""
    return more and mark not in ("-", ".") and not (set(mark) & set(inner_marks))


# A path segment's leading "the" and the mark after it ("the-", "The_").
_LEADING_THE_WORD = re.compile(r"(?i)the[-_.~+]")


def _spelled_from(text: str, at: int, compact: str, slug: bool) -> bool:
    """:func:`spelled_at_start` on ``text`` read from ``at``."""
    joined = ""
    inner_marks = ""  # the marks between the name's own words
    for found in _SEGMENT_WORDS.finditer(f"{text}/", at):
        word = text[at : found.start()]
        at = found.end()
        joined += compact_name(word) if word else ""
        if joined == compact:
            more, mark = at < len(text), found.group(0)
            if slug:
                return _joins_another_slug(mark, inner_marks, more)
            return not more or not set(mark) & set(inner_marks)
        inner_marks += found.group(0)
        if not compact.startswith(joined):
            return False
    return False

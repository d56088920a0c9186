"""The folder a browser saves beside a page ("Webpage, Complete"), in any language.

Saving a page "complete" writes ``story.html`` and, beside it, a folder of what the page
loads: styles, scripts (Chrome's ``main.js.download``), images and the documents of its
inline frames (``saved_resource.html``: an advertisement, an embedded post). None of them
is a page of the study. The folder is named after the page, the page's file name without
its suffix then a word the browser's language chooses: ``story_files`` in English,
``story-Dateien`` in a German Firefox or Internet Explorer, ``story_fichiers`` in a
French one. Read as pages (``clean --recursive``), the frames' documents became articles
of sites named by nothing ('unknown site (story-Dateien/saved_resource.html)'), an
advertisement's words among the outlets' statistics.

A folder is the page's when a page ``STEM.html`` or ``STEM.htm`` lies beside it and the
folder's name is ``STEM`` and one word of letters after ``_`` or ``-``:

- ``_files`` (the English name every browser writes): so named, it is the page's;
- any other word: only when the page's markup loads a file from it (a ``src`` or ``href``
  that opens with the folder's name and ``/``, as written or percent-encoded), since a
  researcher's own folder may be called ``harbour-archive`` beside ``harbour.html``.

No list of the words browsers use: the shape and the page's own links decide.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote

__all__ = ["is_saved_assets_reason", "saved_assets_note", "saved_assets_reason"]

#: How the skip reason of such a folder opens (skipped.csv keeps one row a folder).
REASON_START = "a folder of the files a browser saved with "

#: The page's suffixes a saved assets folder is named after.
PAGE_SUFFIXES = (".html", ".htm")

#: The English name's word, the one taken on its name alone.
ENGLISH_WORD = "files"

#: A link's value in the page's markup (the attributes a browser rewrites on saving).
_LINK = re.compile(r"""\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)

#: The most of the page read for its links (the file may be up to 50 MiB).
MAX_LINK_BYTES = 8 * 1024 * 1024


def saved_assets_reason(folder: Path) -> str | None:
    """The skip reason of the folder a browser saved beside a page, or None for another.

    Parameters
    ----------
    folder : Path
        A folder of the raw folder (or of a folder below it).

    Returns
    -------
    str or None
        ``a folder of the files a browser saved with STEM.html ...`` when the folder is
        the page's (module doc), else None.
    """
    name = folder.name
    for cut in range(len(name) - 1, 0, -1):
        if name[cut] not in "_-":
            continue
        stem, word = name[:cut], name[cut + 1 :]
        if not _is_word(word):
            continue
        for suffix in PAGE_SUFFIXES:
            page = folder.parent / f"{stem}{suffix}"
            if not page.is_file():
                continue
            if word == ENGLISH_WORD or _links_into(page, name):
                return (
                    f"{REASON_START}{stem}{suffix} (its "
                    "styles, scripts and images), not pages: the page is read from the "
                    f"{suffix} file"
                )
    return None


def is_saved_assets_reason(reason: str) -> bool:
    """Whether a skip reason is :func:`saved_assets_reason`'s.

    Parameters
    ----------
    reason : str
        A row's reason in skipped.csv.

    Returns
    -------
    bool
        True for a folder a browser saved beside its page.
    """
    return reason.startswith(REASON_START)


def saved_assets_note(names: list[str]) -> str:
    """The one line ``clean`` prints for the folders a browser saved beside their pages.

    Each folder is a row of skipped.csv; printed one a line, fifty pages saved
    "complete" gave fifty long lines before the progress bar, and the skips that matter
    (an empty file, a PDF) were lost among them.

    Parameters
    ----------
    names : list of str
        The folders, as skipped.csv names them.

    Returns
    -------
    str
        ``skipped N folder(s) a browser saved beside their pages ...``, naming the first.
    """
    first = names[0] + (", ..." if len(names) > 1 else "")
    return (
        f"skipped {len(names)} folder(s) a browser saved beside their pages ({first}): "
        "their styles, scripts, images and frames are no pages, each page is read from "
        "its .html file (listed in skipped.csv)"
    )


def _is_word(word: str) -> bool:
    """Whether ``word`` is one word of letters (any script): no digit, space or mark."""
    return bool(word) and all(char.isalpha() for char in word)


def _links_into(page: Path, folder_name: str) -> bool:
    """Whether the page's markup loads a file from ``folder_name/`` beside it."""
    try:
        with page.open("rb") as stream:
            data = stream.read(MAX_LINK_BYTES)
    except OSError:
        return False
    text = data.decode("utf-8", errors="replace")
    if folder_name not in text and "%" not in text:
        return False
    prefix = f"{folder_name}/"
    for match in _LINK.finditer(text):
        value = unquote(html.unescape(match.group(1) or match.group(2) or "")).strip()
        if value.removeprefix("./").startswith(prefix):
            return True
    return False

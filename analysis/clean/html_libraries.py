"""What the HTML reader imports on its first page, and whether a folder will need it.

The reader of HTML pages (:mod:`analysis.clean.html_page`) imports trafilatura on its
first page, and with it htmldate and dateparser (trafilatura's punctuation table walks
every Unicode code point at import), and inscriptis: about 0.45 CPU-seconds, 2-3 s of
wall time on a loaded machine. A worker of
``clean --jobs N`` paid it on its first HTML page, each worker again. When the folder
holds HTML files, the stage's worker server imports the libraries once instead, before
it forks the workers (:func:`analysis.parallel.start_stage_workers`), which inherit
them; a folder of text dumps loads nothing it does not need. This module imports
nothing heavy itself: the command line reads it before the stage's own imports.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["HTML_LIBRARIES", "HTML_SUFFIXES", "html_preloads"]

#: File name endings read as HTML pages (after a ``.gz`` ending is removed).
HTML_SUFFIXES = (".html", ".htm")

#: The modules the HTML reader imports on its first page: trafilatura (which imports
#: htmldate and dateparser) and inscriptis, which renders the page's text.
HTML_LIBRARIES = ("trafilatura", "inscriptis")


def html_preloads(source: Path, recursive: bool = False) -> tuple[str, ...]:
    """:data:`HTML_LIBRARIES` when the folder ``source`` holds a file named as an HTML
    page (:data:`HTML_SUFFIXES`, gzipped or not; in its subfolders too with
    ``recursive``), else nothing.

    A hint only: an HTML page named otherwise (``story.php``) still loads the libraries
    in the worker that reads it, as before; a table of pages or a web archive loads them
    so too.

    Parameters
    ----------
    source : Path
        The input of ``clean``.
    recursive : bool
        Whether ``clean`` reads the pages of the subfolders too (hidden ones aside).

    Returns
    -------
    tuple of str
        Module names for the worker server to import.
    """
    if not Path(source).is_dir():
        return ()
    for _folder, subfolders, files in os.walk(source):
        if any(name.lower().removesuffix(".gz").endswith(HTML_SUFFIXES) for name in files):
            return HTML_LIBRARIES
        if not recursive:
            break
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
    return ()

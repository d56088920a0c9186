"""Read raw page files: detect the encoding, decode, normalize (stage 1)."""
# Owner: cleaning work (issue 2). Contract below; implementation pending.
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    """One raw page, decoded.

    Attributes
    ----------
    name : str
        The file name (no folder), used as the page id in every table.
    text : str
        NFC-normalized text with ``\\n`` line endings.
    encoding : str
        The encoding the bytes were decoded from.
    n_bytes : int
        Size of the file.
    """

    name: str
    text: str
    encoding: str
    n_bytes: int


def read_page(path: str | Path) -> Page:
    """Read and decode one raw page; raise PageReadError naming the file and reason."""
    raise NotImplementedError

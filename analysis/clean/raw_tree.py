"""The pages of a folder and of every folder below it (``clean --recursive``).

A crawl often saves its pages a folder per day and a site (``raw/2026-12-03/harbour/
story.txt``). ``clean --recursive RAW_DIR`` reads them all; each page is named by its
path relative to RAW_DIR, its folders joined by ``/`` (``2026-12-03/harbour/story.txt``):
unique, the same on every machine, and what a manifest's ``file`` column gives for it.
Pages are read in the order of these names folder by folder (a folder's name, then the
names in it: ``a/z.txt`` before ``a-b.txt``), the order the tables keep.

What a folder's name says is not read: a folder is the researcher's filing ("harbour",
"2026-12-03", "politics"), not the page's text, so it never names an outlet (a page's
own file name is read as in a flat folder, :mod:`analysis.clean.file_name_outlet` and
:mod:`analysis.clean.file_name_url`, from the path's last part only). A manifest whose
``outlet`` column names each page's outlet files them by folder when that is what the
researcher knows.

Each folder is read as :func:`analysis.clean.read.list_raw_folder` reads the raw folder
(hidden files, links, non-page files alike). Not read, and said so:

- a hidden folder (``.git``, ``.ipynb_checkpoints``): a note naming it
  (:attr:`RawTree.hidden`), no row of skipped.csv (hidden entries are no pages);
- a folder a browser saved beside a page (``story_files/``), as in a flat folder;
- a symbolic link to a folder, unless ``--follow-symlinks`` says to follow it (its
  target inside RAW_DIR, or anywhere); a followed link to a folder already read (a loop
  back to RAW_DIR or to a folder above the link, or a second path to one folder) is a
  row of skipped.csv naming the folder read; a folder is read once, under its own path
  when it is inside RAW_DIR;
- the folders given as ``exclude`` (clean's ``--out`` when it lies inside RAW_DIR: its
  tables are no pages).

Names are only ever text: a page's name is built from the names the file system lists
under RAW_DIR (undecodable bytes shown as ``\\xNN``), and nothing is written under it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.clean.read import SUBFOLDER_REASON, RawEntry, display_name, list_raw_folder

__all__ = ["RawTree", "list_raw_tree"]

#: The skip reason of clean's output folder found inside the raw folder.
OUTPUT_FOLDER_REASON = "the output folder (--out), whose tables are not pages"


@dataclass(frozen=True)
class RawTree:
    """Every entry of a raw folder and its subfolders, and the hidden folders not read.

    Attributes
    ----------
    entries : list of RawEntry
        Pages to read and entries skipped, named by their path relative to the raw
        folder, in increasing order of their names' parts.
    hidden : list of str
        The hidden folders below the raw folder, by the same names, not read.
    """

    entries: list[RawEntry]
    hidden: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        """What ``clean`` tells about the folders it did not read (no skipped.csv row).

        Returns
        -------
        list of str
            One line naming the hidden folders, or none.
        """
        if not self.hidden:
            return []
        shown = ", ".join(self.hidden[:5]) + (", ..." if len(self.hidden) > 5 else "")
        return [f"not read: {len(self.hidden)} hidden folder(s) ({shown})"]


def list_raw_tree(
    raw_dir: str | Path, symlinks: str = "skip", exclude: Iterable[str | Path] = ()
) -> RawTree:
    """Every non-hidden entry of ``raw_dir`` and of the folders below it (module doc).

    Parameters
    ----------
    raw_dir : str or Path
        The raw folder.
    symlinks : str
        One of :data:`analysis.clean.read.SYMLINK_POLICIES`; a link to a folder is
        followed as a link to a file is.
    exclude : iterable of str or Path
        Folders not read (clean's output folder).

    Returns
    -------
    RawTree
        The entries, each named by its path relative to ``raw_dir`` (``/`` between the
        folders' names), and the hidden folders.
    """
    raw_dir = Path(raw_dir)
    root = raw_dir.resolve()
    excluded = {Path(folder).resolve() for folder in exclude}
    read: dict[Path, str] = {root: "."}
    entries: list[RawEntry] = []
    hidden: list[str] = []
    # Folders are read in (followed link?, name) order: every real folder below the
    # raw folder before any link, so that a folder is read under its own path.
    pending: list[tuple[bool, str, Path]] = [(False, "", raw_dir)]
    while pending:
        _, prefix, folder = heapq.heappop(pending)
        for entry in list_raw_folder(folder, symlinks, root=root):
            name = f"{prefix}{entry.name}"
            target = _folder_target(entry, symlinks, root)
            if target is None:
                entries.append(replace(entry, name=name))
                continue
            is_link = entry.path.is_symlink()
            if target in excluded:
                entries.append(RawEntry(entry.path, name, OUTPUT_FOLDER_REASON))
            elif target in read:
                entries.append(RawEntry(entry.path, name, _read_already(read[target])))
            else:
                read[target] = name
                heapq.heappush(pending, (is_link, f"{name}/", entry.path))
        hidden += sorted(
            f"{prefix}{display_name(path.name)}"
            for path in folder.iterdir()
            if path.name.startswith(".") and path.is_dir() and not path.is_symlink()
        )
    entries.sort(key=lambda entry: entry.name.split("/"))
    return RawTree(entries, sorted(hidden))


def _folder_target(entry: RawEntry, symlinks: str, root: Path) -> Path | None:
    """The real folder an entry of a listed folder leads to, to read below it; None for
    a file, a skipped entry that is no folder, or a link not to follow."""
    if entry.skip_reason == SUBFOLDER_REASON:
        return entry.path.resolve()
    if symlinks == "skip" or entry.skip_reason is None or not entry.path.is_symlink():
        return None
    try:
        target = entry.path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop of links: skipped as listed
        return None
    if not target.is_dir() or (symlinks == "inside" and not target.is_relative_to(root)):
        return None
    return target


def _read_already(name: str) -> str:
    """The skip reason of a link to a folder that is read under another name."""
    where = "the raw folder itself" if name == "." else f"the folder {name}"
    return (
        f"symbolic link to a folder read already ({where}): a link loop or a second "
        "path to one folder, not read twice"
    )

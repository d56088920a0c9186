"""The package's own exception types: each carries the file and the reason."""

from __future__ import annotations

from pathlib import Path


class AnalysisError(Exception):
    """Base class for errors raised by this package."""


class PageReadError(AnalysisError):
    """A raw page could not be read: empty, binary, undecodable or too large.

    Parameters
    ----------
    path : str or Path
        The file that could not be read.
    reason : str
        Why, in words a user can act on.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestError(AnalysisError):
    """A page manifest could not be used: names the file, the row and the reason.

    Parameters
    ----------
    path : str or Path
        The manifest file.
    row : int or None
        The row (CSV: as a spreadsheet numbers it, header = 1; JSON Lines: the line);
        None when the whole file is at fault.
    reason : str
        Why, in words a user can act on.
    """

    def __init__(self, path: str | Path, row: int | None, reason: str) -> None:
        self.path = str(path)
        self.row = row
        self.reason = reason
        where = f"{self.path}, row {row}" if row is not None else self.path
        super().__init__(f"{where}: {reason}")


class TableError(AnalysisError):
    """A table is missing, unreadable, or does not match its contract (analysis.tables).

    The message is one line: the table or file, then the reason.
    """


class ReportError(AnalysisError):
    """An outlet report notebook failed; names the outlet, the cell and the error."""


class OutputWriteError(AnalysisError):
    """An output could not be written (disk full, read-only folder, ...).

    The previous outputs are kept (see :func:`analysis.io.atomic_paths`).

    Parameters
    ----------
    path : str or Path
        The file or folder that could not be written.
    reason : str
        Why, as the operating system says it (e.g. "No space left on device").
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path}: {reason}; the previous outputs are kept")

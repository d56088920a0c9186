"""Which code wrote a table: the package's version and, in a git clone, its commit.

The package has no releases (its version stays 0.1.0), so a week's figures are tied to the
code that computed them by the clone's commit. Every Parquet table the commands write
carries :func:`code_version` in its footer under the key ``newscompare`` (see
:func:`parquet_metadata`), and ``newscompare --version`` prints it. Read it back with
:func:`table_code_version`.

The record holds no time and no path, so the same code writes the same bytes. A clone
whose tracked package files differ from its commit says ``"modified": true``: its figures
come from code no commit holds.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path

import pyarrow.parquet as pq

#: The distribution's name in pyproject.toml.
DISTRIBUTION = "newscompare-analysis"

#: The key of the record in a Parquet file's footer (its key-value metadata).
METADATA_KEY = b"newscompare"

#: The clone's files whose changes change the code's results.
_CODE_PATHS = ("analysis", "pyproject.toml")


def _git(root: Path, *args: str) -> str | None:
    """``git -C root ARGS``'s output, or None where git or the clone is missing."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


@cache
def code_version() -> dict[str, str | bool | None]:
    """The version of the package and the commit of the clone it runs from.

    Returns
    -------
    dict
        ``package`` (the distribution's name), ``version`` (its version, None when it is
        not installed), ``commit`` (the full hash of the clone's HEAD, None outside a git
        clone or without git) and ``modified`` (True when the clone's tracked package
        files differ from that commit; None with no commit).
    """
    try:
        version: str | None = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        version = None
    commit, modified = clone_commit(Path(__file__).resolve().parent.parent)
    return {"package": DISTRIBUTION, "version": version, "commit": commit, "modified": modified}


def clone_commit(root: Path) -> tuple[str | None, bool | None]:
    """The commit a clone's HEAD names, and whether its package files differ from it.

    Parameters
    ----------
    root : Path
        The clone's top folder (holding ``.git``, a folder or a worktree's file).

    Returns
    -------
    tuple
        The full hash (None when ``root`` is no clone or git is missing) and True when a
        tracked file under ``analysis/`` or ``pyproject.toml`` differs from the commit
        (None with no hash).
    """
    if not (root / ".git").exists():
        return None, None
    commit = _git(root, "rev-parse", "--verify", "HEAD")
    if commit is None:
        return None, None
    changes = _git(root, "status", "--porcelain", "--untracked-files=no", "--", *_CODE_PATHS)
    return commit, None if changes is None else bool(changes)


def describe(record: dict[str, str | bool | None] | None = None) -> str:
    """One line naming the code: ``newscompare-analysis 0.1.0, commit 1a2b3c4d5e6f``.

    Parameters
    ----------
    record : dict, optional
        A :func:`code_version` record (default: this code's).

    Returns
    -------
    str
        The package, its version and its commit (first 12 digits), with ``(modified)``
        when the clone's package files differ from the commit, or ``commit unknown``.
    """
    record = code_version() if record is None else record
    line = f"{record['package']} {record['version'] or 'version unknown'}"
    if not record.get("commit"):
        return f"{line}, commit unknown"
    modified = " (modified)" if record.get("modified") else ""
    return f"{line}, commit {str(record['commit'])[:12]}{modified}"


@cache
def parquet_metadata() -> dict[bytes, bytes]:
    """The footer entry every written table carries: ``{METADATA_KEY: code_version() as JSON}``.

    Returns
    -------
    dict
        One key-value pair of bytes, merged into a table's schema metadata.
    """
    return {METADATA_KEY: json.dumps(code_version(), sort_keys=True).encode("utf-8")}


def table_code_version(path: str | Path) -> dict[str, str | bool | None] | None:
    """The code record in a Parquet table's footer.

    Parameters
    ----------
    path : str or Path
        A ``.parquet`` file the commands wrote.

    Returns
    -------
    dict or None
        The :func:`code_version` record of the code that wrote it, or None for a file
        with no record (written by other code, or before records were written).
    """
    entry = (pq.read_schema(path).metadata or {}).get(METADATA_KEY)
    return None if entry is None else json.loads(entry)


def other_code_tables(folder: str | Path, names: Iterable[str]) -> str | None:
    """A warning when a table a command reads was written by another commit's code.

    After ``git pull`` a study that runs ``metrics`` or ``report`` alone reads tables the
    earlier code wrote: its figures then mix two versions of the code without a word.
    Only tables whose record names a commit are compared, and only when this code's
    commit is known (a copy outside a git clone, or a table of other code, says nothing).

    Parameters
    ----------
    folder : str or Path
        The processed folder.
    names : iterable of str
        The tables the command reads, in the order the stages write them (names of
        :data:`analysis.tables.SCHEMAS`); a missing file is left to the command's own error.

    Returns
    -------
    str or None
        One line naming the tables, the commit that wrote them, this code's commit and
        the first stage to run again; None when every table is this commit's.
    """
    from analysis.tables import WRITTEN_BY

    here = code_version().get("commit")
    if not here:
        return None
    other: dict[str, str] = {}
    for name in names:
        path = Path(folder) / f"{name}.parquet"
        try:
            record = table_code_version(path)
        except (OSError, ValueError):  # missing or broken: the command says so itself
            continue
        commit = record.get("commit") if isinstance(record, dict) else None
        if commit and commit != here:
            other[name] = str(commit)[:12]
    if not other:
        return None
    by_commit: dict[str, list[str]] = {}
    for name, commit in other.items():
        by_commit.setdefault(commit, []).append(name)
    tables = "; ".join(
        f"{', '.join(named)} by commit {commit}" for commit, named in by_commit.items()
    )
    stage = WRITTEN_BY[next(iter(other))]
    return (
        f"warning: the tables in {Path(folder)} were written by other code ({tables}) "
        f"than this run's (commit {str(here)[:12]}): their figures are that code's; run "
        f"`newscompare {stage}` and the stages after it again for this code's "
        "(CHANGELOG.md lists what moved)"
    )


def computed_by(processed_dir: str | Path, name: str = "outlet_metrics") -> str | None:
    """The code that computed a processed folder's figures, as a report prints it.

    Parameters
    ----------
    processed_dir : str or Path
        The processed folder.
    name : str, optional
        The table whose record is read (the outlet table, whose figures the index shows).

    Returns
    -------
    str or None
        :func:`describe` of the table's record (``newscompare-analysis 0.1.0, commit
        1a2b3c4d5e6f``); None when the table is missing, unreadable or has no record.
    """
    try:
        record = table_code_version(Path(processed_dir) / f"{name}.parquet")
    except (OSError, ValueError):
        return None
    return describe(record) if isinstance(record, dict) and "package" in record else None

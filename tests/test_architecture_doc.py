"""docs/architecture.md names every module of ``analysis``: the map stays whole.

The architecture document is the map a new contributor reads (STYLE.md: the layout shows
the stages, one concern a module). A module it does not name is a concern nobody can find
from there, so this test reads the document and fails, naming the files, when a module of
``analysis/`` (every ``*.py`` but ``__init__.py`` and ``__main__.py``) is named nowhere,
or when the document names a module under ``analysis/`` that does not exist (a rename
left behind).

How a name is read: the document is cut into units, a table row (a line opening with
``|``) or a paragraph (lines between blank lines). Inside a unit, names in backticks are
read in order. A name with a folder (``analysis/clean/body/``, ``stats/quotes/marks.py``,
``body/regions.py``) is a path under ``analysis/`` (the ``analysis/`` prefix is optional),
or, when no such path exists, a path under the folder the unit named last or one of that
folder's parents. A bare file name (``lists.py``) is a file of the folder the unit named
last, or of the nearest of its parents holding such a file (the package root included):
so ``posts.py`` in the quotes row is ``stats/quotes/posts.py``, and ``io.py`` after
``text/`` is ``analysis/io.py``. A unit starts at the package root.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "analysis"
DOC = ROOT / "docs" / "architecture.md"

_CODE = re.compile(r"`([^`\n]+)`")
_PATH = re.compile(r"^(?:analysis/)?((?:[A-Za-z_][\w]*/)*)([A-Za-z_][\w]*\.py)?$")
_EXCLUDED = {"__init__.py", "__main__.py"}


def package_modules(package: Path = PACKAGE) -> set[str]:
    """The modules the document must name, as paths under the package.

    Parameters
    ----------
    package : Path
        The package folder.

    Returns
    -------
    set of str
        POSIX paths under ``package`` (``"clean/body/lists.py"``) of every ``*.py`` but
        ``__init__.py`` and ``__main__.py``.
    """
    return {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if path.name not in _EXCLUDED and "__pycache__" not in path.parts
    }


def doc_units(text: str) -> list[str]:
    """The document cut into table rows and paragraphs.

    Parameters
    ----------
    text : str
        The document's text.

    Returns
    -------
    list of str
        Every line opening with ``|`` alone, and every run of other non-blank lines.
    """
    units: list[str] = []
    paragraph: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith("|") or not line.strip():
            if paragraph:
                units.append("\n".join(paragraph))
                paragraph = []
            if line.strip():
                units.append(line)
            continue
        paragraph.append(line)
    if paragraph:
        units.append("\n".join(paragraph))
    return units


def _ancestors(folder: PurePosixPath) -> list[PurePosixPath]:
    """``folder`` and its parents, nearest first, ending at the package root."""
    chain = [folder]
    while folder != PurePosixPath("."):
        folder = folder.parent
        chain.append(folder)
    return chain


def named_modules(text: str, package: Path = PACKAGE) -> tuple[set[str], set[str]]:
    """The package's modules a document names, and the module names it gives that are none.

    Parameters
    ----------
    text : str
        The document's text.
    package : Path
        The package folder the names are read under.

    Returns
    -------
    named : set of str
        Paths under ``package`` of the existing modules named (read as the module
        docstring says).
    missing : set of str
        Names written with ``analysis/`` in front that name no file or folder.
    """
    named: set[str] = set()
    missing: set[str] = set()
    for unit in doc_units(text):
        folder = PurePosixPath(".")
        for code in _CODE.findall(unit):
            match = _PATH.match(code.strip())
            if match is None or not (match.group(1) or match.group(2)):
                continue
            relative = PurePosixPath(match.group(1) + (match.group(2) or ""))
            is_file = match.group(2) is not None
            found = None
            for base in _ancestors(folder):
                candidate = base / relative
                target = package / candidate
                if target.is_file() if is_file else target.is_dir():
                    found = candidate
                    break
            if found is None:
                if code.strip().startswith("analysis/"):
                    missing.add(code.strip())
                continue
            if is_file:
                named.add(found.as_posix())
                folder = found.parent
            else:
                folder = found
    return named, missing


def test_every_module_is_named_in_the_architecture_doc() -> None:
    named, _ = named_modules(DOC.read_text(encoding="utf-8"))
    unnamed = sorted(package_modules() - named)
    assert not unnamed, (
        "docs/architecture.md names no row for these modules (add each, in a few words "
        "of what it decides, to the row of its concern): " + ", ".join(unnamed)
    )


def test_the_architecture_doc_names_no_missing_module() -> None:
    _, missing = named_modules(DOC.read_text(encoding="utf-8"))
    assert not missing, "docs/architecture.md names files that do not exist: " + ", ".join(
        sorted(missing)
    )


def test_a_bare_name_is_read_in_the_folder_named_last(tmp_path: Path) -> None:
    for path in ("stats/quotes/posts.py", "text/posts.py", "io.py", "stats/metrics.py"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("", encoding="utf-8")
    text = (
        "| quotes | `analysis/stats/quotes/` ..., `posts.py` (`analysis/text/posts.py`) |\n"
        "| other | `posts.py`, `metrics.py` |\n"
        "\n"
        "Shared: `text/` (...), `io.py`, `analysis/nothing.py`.\n"
    )
    named, missing = named_modules(text, tmp_path)
    assert named == {"stats/quotes/posts.py", "text/posts.py", "io.py"}
    assert missing == {"analysis/nothing.py"}

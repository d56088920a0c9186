"""Notebook parameters: checked before a run (batch) and inside the notebook (by hand).

Reads a notebook's ``parameters`` cell (batch) or the kernel's namespace (inside a
notebook) and writes nothing.

- :func:`check_parameters` is the batch's pre-flight check: papermill itself only
  warns on an unknown name, and writes values as Python literals, so every value must
  come back unchanged from the literal it becomes (an outlet name reaches the notebook
  as data, never as code).
- :func:`check_notebook_parameters` is the first thing a report notebook does: a
  parameter injected under a wrong name (``papermill -p outlet_name ...``) or with a
  wrong type stops the notebook with a one-line :class:`ParameterError` listing the
  parameters the notebook takes.
"""

from __future__ import annotations

import ast
import types
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

from analysis.errors import ReportError

_TYPE_CHECKS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
}

#: Names IPython and Jupyter put into a kernel's namespace before any cell runs.
_KERNEL_NAMES = frozenset({"In", "Out", "exit", "quit", "get_ipython", "open"})
#: Where the check keeps the names the notebook's own cells defined after it passed
#: (so that Run All a second time in the same kernel is not taken for a wrong parameter).
_OWN_NAMES = "_newscompare_notebook_names"


class ParameterError(ReportError):
    """A notebook parameter with a wrong name or value.

    In a notebook it is shown as one line (``ParameterError: ...``) instead of a
    traceback: what went wrong is the parameter, not the code.
    """

    def _render_traceback_(self) -> list[str]:  # IPython's hook for custom tracebacks
        return [f"ParameterError: {self}"]


def check_parameters(notebook: str | Path, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """Check parameters against a notebook's ``parameters`` cell before running it.

    Parameters
    ----------
    notebook : str or Path
        The notebook.
    parameters : mapping
        Name to value, as they will be passed to papermill.

    Returns
    -------
    dict
        The parameters, unchanged.

    Raises
    ------
    ReportError
        A name the notebook does not declare, a value whose type differs from the
        declared one (``bool`` is not an ``int``), or a value that does not come back
        unchanged from the Python literal papermill writes into the notebook.
    """
    import papermill
    from papermill.translators import PythonTranslator

    declared = papermill.inspect_notebook(str(notebook))
    unknown = sorted(set(parameters) - set(declared))
    if unknown:
        raise ReportError(
            f"{notebook}: unknown parameter(s) {', '.join(unknown)}; "
            f"the notebook declares {', '.join(sorted(declared)) or 'none'}"
        )
    for name, value in parameters.items():
        expected = _TYPE_CHECKS.get(str(declared[name].get("inferred_type_name")))
        wrong_bool = isinstance(value, bool) and bool not in (expected or (bool,))
        if expected is not None and (not isinstance(value, expected) or wrong_bool):
            raise ReportError(
                f"{notebook}: parameter {name} must be "
                f"{declared[name]['inferred_type_name']}, got {type(value).__name__}"
            )
        literal = PythonTranslator.translate(value)
        try:
            round_trip = ast.literal_eval(literal)
        except (ValueError, SyntaxError) as err:
            raise ReportError(f"{notebook}: parameter {name} is not a plain literal") from err
        if type(round_trip) is not type(value) or round_trip != value:
            raise ReportError(f"{notebook}: parameter {name} would not reach the notebook as is")
    return dict(parameters)


def check_notebook_parameters(namespace: MutableMapping[str, Any]) -> None:
    """Check, inside a notebook, the parameters papermill (or a user) injected.

    Call it with ``globals()`` in the first cell after the ``parameters`` cell. The
    declared parameters are the annotated names of the parameters cell
    (``outlet: str = ""``); any other public name in the namespace that is not a
    module was injected under a wrong name. Names that the notebook's own cells defined
    after an earlier check passed in the same kernel are not parameters: in IPython a
    hook records them after each cell, so Run All twice in JupyterLab works.

    Parameters
    ----------
    namespace : mapping
        The notebook's global namespace.

    Raises
    ------
    ParameterError
        An unknown parameter name, or a value whose type is not the declared one.
    """
    declared: dict[str, Any] = dict(namespace.get("__annotations__", {}))
    own: set[str] = namespace.setdefault(_OWN_NAMES, set())
    unknown = sorted(
        name
        for name, value in namespace.items()
        if not name.startswith("_")
        and name not in declared
        and name not in _KERNEL_NAMES
        and name not in own
        and not isinstance(value, types.ModuleType)
    )
    takes = ", ".join(sorted(declared)) or "none"
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(unknown)}; this notebook takes {takes}"
        )
    for name, expected in declared.items():
        value = namespace.get(name)
        if isinstance(expected, type) and not isinstance(value, expected):
            raise ParameterError(
                f"parameter {name} must be {expected.__name__}, "
                f"got {type(value).__name__} {value!r}"
            )
    _record_own_names(namespace, own)


def _record_own_names(namespace: MutableMapping[str, Any], own: set[str]) -> None:
    """From now on, after each cell, remember the names the notebook's cells define.

    Recording stops at a cell that sets parameters (one that declares a parameter,
    like the ``parameters`` cell, or papermill's injected cell, which starts with
    ``# Parameters``) until the check passes again, so a name set there is still checked.
    """
    recording = namespace.setdefault("_newscompare_recording", {"on": False})
    recording["on"] = True
    get_ipython = namespace.get("get_ipython")
    shell = get_ipython() if callable(get_ipython) else None
    if shell is None or namespace.get("_newscompare_names_hook"):
        return
    known = set(namespace)
    declared = set(namespace.get("__annotations__", {}))

    def after_cell(result: Any = None) -> None:
        source = str(getattr(getattr(result, "info", None), "raw_cell", "") or "")
        if _sets_parameters(source, declared):
            recording["on"] = False
        if recording["on"]:
            own.update(name for name in namespace if name not in known)

    shell.events.register("post_run_cell", after_cell)
    namespace["_newscompare_names_hook"] = True


def _sets_parameters(source: str, declared: set[str]) -> bool:
    """Whether a cell's code is a parameters cell: papermill's, or one declaring one."""
    if source.lstrip().startswith("# Parameters"):
        return True
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    return any(
        isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id in declared
        for node in tree.body
    )

"""Inside a reused notebook kernel: record its state once, put it back before each notebook.

A batch worker runs several notebooks in turn in one kernel (:mod:`analysis.report.kernels`)
so that the kernel's start-up and the notebooks' imports are paid once per worker, not
once per notebook. Before each notebook the worker runs :func:`reset_for_next_notebook`
in the kernel, which gives the notebook what a fresh kernel would give it:

- an empty user namespace, empty ``In``/``Out`` history and execution count 1
  (IPython's ``reset(new_session=True)``), so no variable of the previous notebook is
  visible and cells are numbered from 1;
- the notebook's folder as working folder;
- the display formatters, warning filters, ``sys.path``, environment variables and
  Python's random state recorded by :func:`record_fresh_state` right after the kernel
  started and imported the report modules;
- matplotlib's rcParams as read from its configuration file and pandas' options at
  their defaults (what a fresh import gives), when those libraries are loaded.

Modules stay imported (that is the saving); module-level caches in them stay too, which
is harmless for the report notebooks: they depend only on their inputs. The worker runs
these functions without binding any name in the user namespace.
"""

from __future__ import annotations

import importlib
import os
import random
import sys
import warnings
from typing import Any

_FRESH: dict[str, Any] = {}


def _shell() -> Any:
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        raise RuntimeError("not running in an IPython kernel")
    return shell


def _formatter_registries(shell: Any) -> dict[str, tuple[dict, dict]]:
    return {
        mime: (dict(formatter.type_printers), dict(formatter.deferred_printers))
        for mime, formatter in shell.display_formatter.formatters.items()
    }


def record_fresh_state(preload: tuple[str, ...] = ()) -> None:
    """Import ``preload``, then record the kernel's state (once, right after start).

    The modules are imported first so that what they set up on import (warning
    filters above all) is part of the recorded state that every notebook starts from,
    as it is in a fresh kernel that imports them. A module first imported by a
    notebook keeps its import-time warning filters only in that notebook.

    Parameters
    ----------
    preload : tuple of str
        Module names to import before recording, e.g. the ones every report imports.
    """
    for name in preload:
        importlib.import_module(name)
    _FRESH.update(
        formatters=_formatter_registries(_shell()),
        warning_filters=list(warnings.filters),
        sys_path=list(sys.path),
        environ=dict(os.environ),
        random_state=random.getstate(),
    )


def reset_for_next_notebook(folder: str) -> None:
    """Give the next notebook a fresh kernel's namespace and settings, in ``folder``.

    Parameters
    ----------
    folder : str
        The next notebook's working folder; the kernel changes into it last.

    Raises
    ------
    RuntimeError
        :func:`record_fresh_state` has not run in this kernel.
    """
    if not _FRESH:
        raise RuntimeError("record_fresh_state() was not run in this kernel")
    shell = _shell()
    shell.reset(new_session=True)
    for mime, (types, deferred) in _FRESH["formatters"].items():
        formatter = shell.display_formatter.formatters[mime]
        formatter.type_printers.clear()
        formatter.type_printers.update(types)
        formatter.deferred_printers.clear()
        formatter.deferred_printers.update(deferred)
    warnings.resetwarnings()  # also forgets which warnings were already shown
    warnings.filters[:] = _FRESH["warning_filters"]
    sys.path[:] = _FRESH["sys_path"]
    os.environ.clear()
    os.environ.update(_FRESH["environ"])
    random.setstate(_FRESH["random_state"])
    _reset_library_settings()
    os.chdir(folder)


def _reset_library_settings() -> None:
    """matplotlib's rcParams and pandas' options as a fresh import has them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated keys warn when set
        matplotlib = sys.modules.get("matplotlib")
        if matplotlib is not None:
            keep = ("backend", "backend_fallback")
            original = {k: v for k, v in matplotlib.rcParamsOrig.items() if k not in keep}
            matplotlib.rcParams.update(original)
        pandas = sys.modules.get("pandas")
        if pandas is not None and hasattr(pandas, "reset_option"):
            pandas.reset_option("all")

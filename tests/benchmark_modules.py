"""Shared test helper: load a script of ``benchmarks/`` as a module (its baselines and
scorers are what several tests compare against)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from analysis.config import PROJECT_ROOT

BENCHMARKS_DIR = PROJECT_ROOT / "benchmarks"


def load_benchmark(name: str) -> ModuleType:
    """Import ``benchmarks/NAME.py`` under the module name ``name``.

    The module is registered in ``sys.modules`` (dataclasses look their module up by
    name) and ``benchmarks/`` is put on ``sys.path`` (a benchmark may import another).
    """
    if str(BENCHMARKS_DIR) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS_DIR))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

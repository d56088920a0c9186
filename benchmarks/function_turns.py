"""A cleaner function of today's code beside a revision's, on the calls the dev pages make.

For a change to one or more functions of the cleaner that must not move any output (a
speed change): cleans the dev pages of the extraction benchmark
(``../shared/benchmarks/extraction/dev``, text dumps; third-party, read in place) once
with each named function wrapped to record its arguments (the name is replaced in its
module and in every module of the package that imported it: the calls through a
module's globals are recorded; a reference kept otherwise, in a table or a default
argument, is not), loads the function's module as it is at ``--against`` (default the
commit before the last one) beside today's (``git show``, executed under another name),
then calls both on every recorded call in turns, call by call (each first on every other
call), in one process, with
``re``'s own cache of patterns emptied before each call (``re.purge``, not timed): a
pattern a function compiles from a page's text is compiled once per page in a run, not
found in the cache its earlier turn filled. It checks
that they return equal values (exit 1 if not) and prints the CPU seconds of each
(``time.process_time``, best of ``--repeat``) and the calls.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/function_turns.py
        [MODULE:FUNCTION ...] [--against REV] [--repeat R] [--limit N]

With no function named: the four cleaner functions the 2026-12-07 speed round changed,
against 5cd4b32c (the commit before it).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import re
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Run with no argument (as ``make bench`` runs every benchmark): the functions the
#: 2026-12-07 speed round changed, against the commit before that round.
DEFAULT_FUNCTIONS = (
    "analysis.clean.site_candidates:_spelled_in_address",
    "analysis.clean.site_candidates:_signs_a_line",
    "analysis.clean.bylines:_printed_alone",
    "analysis.clean.job_ads:job_ads_reason",
)
DEFAULT_AGAINST = "5cd4b32c"
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.clean.page_rows import clean_page  # noqa: E402
from analysis.clean.read import read_page  # noqa: E402
from analysis.text import clear_line_memos  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"


def revision_module(name: str, revision: str) -> types.ModuleType:
    """Module ``name`` as it is at ``revision``, executed beside today's (its imports are
    today's modules)."""
    path = name.replace(".", "/") + ".py"
    source = subprocess.run(
        ["git", "show", f"{revision}:{path}"],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader(f"{name}@{revision}", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__file__ = str(PROJECT_ROOT / path)
    sys.modules[spec.name] = module  # (dataclasses look their module up)
    exec(compile(source, f"{revision}:{path}", "exec"), module.__dict__)
    return module


def recorded_calls(targets: list[tuple[str, str]], pages: list[Path]) -> dict[str, list]:
    """The arguments of every call of each target while ``pages`` are cleaned."""
    calls: dict[str, list] = {}
    replaced: list[tuple[types.ModuleType, str, Callable]] = []
    for module_name, function in targets:
        original = getattr(importlib.import_module(module_name), function)
        kept = calls.setdefault(f"{module_name}:{function}", [])

        def recording(*args, _kept=kept, _original=original, **kwargs):
            _kept.append((args, kwargs))
            return _original(*args, **kwargs)

        wrapped = functools.wraps(original)(recording)
        for name, module in list(sys.modules.items()):
            if name.split(".")[0] == "analysis" and getattr(module, function, None) is original:
                replaced.append((module, function, original))
                setattr(module, function, wrapped)
    try:
        clear_line_memos()
        for path in pages:
            clean_page(read_page(path))
    finally:
        for module, function, original in replaced:
            setattr(module, function, original)
    return calls


def turns(old: Callable, new: Callable, calls: list, repeat: int) -> tuple[float, float, bool]:
    """Best-of-``repeat`` CPU seconds of ``old`` and ``new`` over ``calls`` (in turns,
    call by call, each going first on every other call), and whether they returned equal
    values on every call."""
    best = [float("inf"), float("inf")]
    same = True
    for _ in range(repeat):
        seconds = [0.0, 0.0]
        for number, (args, kwargs) in enumerate(calls):
            results = [None, None]
            for side in (0, 1) if number % 2 == 0 else (1, 0):  # each goes first in turn
                re.purge()
                start = time.process_time()
                results[side] = (old, new)[side](*args, **kwargs)
                seconds[side] += time.process_time() - start
            same = same and results[0] == results[1]
        best = [min(b, s) for b, s in zip(best, seconds, strict=True)]
    return best[0], best[1], same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "functions",
        nargs="*",
        default=list(DEFAULT_FUNCTIONS),
        help="MODULE:FUNCTION (default: the cleaner functions h366 sped up)",
    )
    parser.add_argument("--against", default=DEFAULT_AGAINST)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    targets = [tuple(spec.split(":", 1)) for spec in args.functions]
    pages = sorted(DEV_PAGES.glob("*.txt"))[: args.limit]
    calls = recorded_calls(targets, pages)
    print(
        f"{len(pages)} dev pages; {args.against} (old) beside today's (new), best of {args.repeat}"
    )
    all_same = True
    for module_name, function in targets:
        old = getattr(revision_module(module_name, args.against), function)
        new = getattr(importlib.import_module(module_name), function)
        key = f"{module_name}:{function}"
        old_s, new_s, same = turns(old, new, calls[key], args.repeat)
        all_same = all_same and same
        print(f"  {key}: {len(calls[key])} calls, {old_s:.3f} -> {new_s:.3f} CPU-s, same: {same}")
    return 0 if all_same else 1


if __name__ == "__main__":
    sys.exit(main())

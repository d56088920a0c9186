"""CPU of the text-dump steps made cheaper for issue #15, new form against the old one.

Reads the dev pages of the extraction benchmark (``../shared/benchmarks/extraction/dev``,
third-party, read in place) once with :func:`analysis.clean.read.read_page`, keeping the
text each of :func:`~analysis.clean.dump_text.join_hard_wraps`,
:func:`~analysis.clean.drop_caps.join_spaced_drop_caps` and
:func:`~analysis.clean.text_nodes.join_text_nodes` was given; then times, in turns in one
process (``time.process_time``), each step on those texts in its new form and in its old
one (the old forms are kept in ``tests/test_plain_dump_costs.py``, which checks that both
give the same output). Prints CPU seconds a pass over the pages (min, median, max of the
turns): on a loaded machine the turns share the load.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/plain_dump_costs.py [--turns N]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.clean import drop_caps, dump_text, read, text_nodes  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"
#: The steps timed: (name as read.py calls it, module holding the new form).
STEPS = [
    ("join_hard_wraps", dump_text),
    ("join_spaced_drop_caps", drop_caps),
    ("join_text_nodes", text_nodes),
]


def _old_forms() -> ModuleType:
    """tests/test_plain_dump_costs.py, where the old forms are kept."""
    path = PROJECT_ROOT / "tests" / "test_plain_dump_costs.py"
    spec = importlib.util.spec_from_file_location("plain_dump_costs_old", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recorded_inputs(pages: list[Path]) -> dict[str, list[str]]:
    """The texts each step of :data:`STEPS` is given while ``pages`` are read."""
    inputs: dict[str, list[str]] = {name: [] for name, _ in STEPS}
    originals = {name: getattr(read, name) for name, _ in STEPS}

    def recording(name: str) -> Callable[[str], str]:
        def step(text: str) -> str:
            inputs[name].append(text)
            return originals[name](text)

        return step

    try:
        for name, _ in STEPS:
            setattr(read, name, recording(name))
        for path in pages:
            read.read_page(path)
    finally:
        for name, original in originals.items():
            setattr(read, name, original)
    return inputs


def _old_join_hard_wraps(old: ModuleType) -> Callable[[str], str]:
    """join_hard_wraps with its old page tests (every field set worked out when first
    asked about a line; the chat stamp tried on every line)."""

    def starts_field(page: dump_text._WrapPage, index: int) -> bool:
        if "_old_fields" not in page.__dict__:
            page.__dict__["_old_fields"] = old._old_fields(page.lines)
        return index in page.__dict__["_old_fields"]

    def join(text: str) -> str:
        new_starts, new_chat = dump_text._WrapPage.starts_field, dump_text.is_chat_export
        dump_text._WrapPage.starts_field = starts_field
        dump_text.is_chat_export = old._old_is_chat_export
        try:
            return dump_text.join_hard_wraps(text)
        finally:
            dump_text._WrapPage.starts_field, dump_text.is_chat_export = new_starts, new_chat

    return join


def _seconds(step: Callable[[str], str], texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        step(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=10, help="turns of new and old (10)")
    args = parser.parse_args(argv)
    if not DEV_PAGES.is_dir():
        raise SystemExit(f"{DEV_PAGES}: dev pages not found")
    inputs = recorded_inputs(sorted(DEV_PAGES.glob("*.txt")))
    old = _old_forms()
    forms = {
        "join_hard_wraps": (dump_text.join_hard_wraps, _old_join_hard_wraps(old)),
        "join_spaced_drop_caps": (
            drop_caps.join_spaced_drop_caps,
            old._old_join_spaced_drop_caps,
        ),
        "join_text_nodes": (text_nodes.join_text_nodes, old._old_join_text_nodes),
    }
    print(
        f"CPU-s a pass over the texts each step was given (min / median / max, {args.turns} turns)"
    )
    for name, (new_form, old_form) in forms.items():
        texts = inputs[name]
        if [new_form(text) for text in texts] != [old_form(text) for text in texts]:
            raise SystemExit(f"{name}: the new form's output differs from the old one's")
        times: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(args.turns):
            times["old"].append(_seconds(old_form, texts))
            times["new"].append(_seconds(new_form, texts))
        print(
            f"{name:24s} {len(texts):4d} texts  "
            + "   ".join(
                f"{label} {min(found):.4f} / {statistics.median(found):.4f} / {max(found):.4f}"
                for label, found in times.items()
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

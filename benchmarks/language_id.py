"""Language identification of article bodies against the pages' HTML ``lang`` attribute.

For every page of the dev extraction benchmark (``../shared/benchmarks/extraction/dev``)
that declares a language on its ``<html>`` element, the body our detector extracts from
the page's text dump gets :func:`analysis.stats.language.detect_language`; the guess
is right when it equals the attribute's primary subtag (``en-GB`` -> ``en``). The same is
reported for the annotated true bodies, and the seed pages (``data/raw``, text dumps
without HTML, so without an attribute) are listed with their guess.

Usage (from the project root)::

    .venv/bin/python benchmarks/language_id.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.config import SHARED_DIR  # noqa: E402
from analysis.stats.language import detect_language  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_benchmark import extract_body  # noqa: E402

DEV_DIR = SHARED_DIR / "benchmarks" / "extraction" / "dev"
SEED_DIR = PROJECT_ROOT / "data" / "raw"
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def declared_language(html: str) -> str | None:
    """The primary subtag of the ``<html lang=...>`` attribute, lower-case, or None."""
    match = _HTML_LANG.search(html)
    return match.group(1).lower() if match else None


def run(data_dir: Path = DEV_DIR) -> dict:
    """Guess the language of every dev page's extracted and true body.

    Returns
    -------
    dict
        ``pages`` (with an attribute), ``without`` (pages without one),
        ``extracted_right`` and ``truth_right`` (counts of right guesses),
        ``wrong`` (name, declared, guess on the extracted body, guess on the truth)
        and ``declared`` (Counter of declared languages).
    """
    result = {"pages": 0, "without": 0, "extracted_right": 0, "truth_right": 0, "wrong": []}
    declared_counts: Counter[str] = Counter()
    for meta_path in sorted(data_dir.glob("*.json")):
        html_path = meta_path.with_suffix(".html")
        declared = declared_language(html_path.read_text(encoding="utf-8", errors="replace"))
        if declared is None:
            result["without"] += 1
            continue
        truth = json.loads(meta_path.read_text(encoding="utf-8"))["articleBody"]
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        guessed, guessed_truth = detect_language(extract_body(text)), detect_language(truth)
        result["pages"] += 1
        declared_counts[declared] += 1
        result["extracted_right"] += guessed == declared
        result["truth_right"] += guessed_truth == declared
        if declared != guessed or declared != guessed_truth:
            result["wrong"].append((meta_path.stem, declared, guessed, guessed_truth))
    result["declared"] = declared_counts
    return result


def main() -> int:
    """Print the accuracy; exit 2 when the benchmark folder is absent."""
    if not DEV_DIR.is_dir():
        print(f"benchmark not found: {DEV_DIR}", file=sys.stderr)
        return 2
    result = run()
    n = result["pages"]
    print(
        f"{n} dev pages declare a language ({dict(sorted(result['declared'].items()))}), "
        f"{result['without']} do not"
    )
    print(f"extracted body: {result['extracted_right']}/{n} right")
    print(f"true body:      {result['truth_right']}/{n} right")
    for name, declared, guessed, guessed_truth in result["wrong"]:
        print(f"  {name}: lang={declared}, extracted -> {guessed}, truth -> {guessed_truth}")
    for path in sorted(SEED_DIR.glob("*.txt")):
        guess = detect_language(extract_body(path.read_text(encoding="utf-8")))
        print(f"seed {path.name}: no HTML lang attribute; guess {guess}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

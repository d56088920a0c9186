"""Does the body detector's cost grow linearly with the size of one page?

A page of N MB of distinct paragraphs (``tests/hostile.py``'s big page, as the 20 MB
page of the fault tests) is read by ``analysis.clean.body.body_line_indices``; the CPU
seconds per MB are printed for growing N. Beside it, in the same process, the pull-quote
search (``analysis.clean.body.pull_quotes``) is timed against the baseline it replaced:
one substring search of the whole page per candidate line (every paragraph ending a
sentence is a candidate), which is quadratic in the page's size (a 20 MB page took
minutes). Both must find the same lines.

Usage (from the project root; about a minute)::

    .venv/bin/python benchmarks/page_size_scaling.py [--sizes 0.5 1 2 4]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
for folder in (PROJECT_ROOT, PROJECT_ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import hostile  # noqa: E402

from analysis.clean.body import body_line_indices  # noqa: E402
from analysis.clean.body.pull_quotes import (  # noqa: E402
    OPENING_QUOTES,
    PULL_QUOTE_MIN_WORDS,
    pull_quote_positions,
)
from analysis.text import count_words  # noqa: E402

_BEFORE_SENTENCE = re.compile(r"[.!?…][\"'”’»›)\]]*\s+$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»›)\]]*$")


def searched_copies(texts: list[str], n_words: list[int]) -> set[int]:
    """The baseline: each candidate line searched for in the whole joined page."""
    joined = "\n".join(texts)
    starts = [0]
    for text in texts:
        starts.append(starts[-1] + len(text) + 1)
    found = set()
    for q, text in enumerate(texts):
        if n_words[q] < PULL_QUOTE_MIN_WORDS or text.startswith(OPENING_QUOTES):
            continue
        if not _SENTENCE_END.search(text):
            continue
        position = joined.find(text)
        while position >= 0:
            if position != starts[q]:
                begin = joined.rfind("\n", 0, position) + 1
                stop = position + len(text)
                whole = (
                    position == begin or _BEFORE_SENTENCE.search(joined, begin, position)
                ) and (stop == len(joined) or joined[stop] in " \t\n")
                line_end = joined.find("\n", position)
                if whole and (line_end if line_end >= 0 else len(joined)) - begin > len(text):
                    found.add(q)
                    break
            position = joined.find(text, position + 1)
    return found


def cpu_seconds(function, *args) -> tuple[float, object]:
    """CPU seconds of one call, and its result."""
    start = time.process_time()
    result = function(*args)
    return time.process_time() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4])
    args = parser.parse_args(argv)
    print(
        f"{'MB':>5} {'lines':>7} {'body CPU-s':>10} {'per MB':>7}  pull quotes: "
        f"{'one pass':>8} {'searched':>8}  same"
    )
    for size in args.sizes:
        lines = hostile.big_page_text(int(size * 1024 * 1024)).split("\n")
        body_seconds, _ = cpu_seconds(body_line_indices, lines)
        texts = [line.strip() for line in lines if line.strip()]
        n_words = [count_words(text) for text in texts]
        one_pass, found = cpu_seconds(pull_quote_positions, texts, n_words)
        searched, expected = cpu_seconds(searched_copies, texts, n_words)
        print(
            f"{size:>5g} {len(lines):>7,} {body_seconds:>10.2f} {body_seconds / size:>7.2f}"
            f"  {'':>13}{one_pass:>8.2f} {searched:>8.2f}  {found == expected}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How often the closing-note rules (analysis.clean.closing_notes) fire on article texts.

The corpora (../shared/corpora: AllSides / newspaper3k bodies, BASIL, NewsWCL50) are
stories already cut from their pages; a print-edition note or an author's biography
left at a text's end is no story, any other line a rule takes is a story's paragraph
lost. For every corpus this prints how many texts lose their last paragraph
(:func:`without_closing_notes` with the record's authors as byline: AllSides has them,
the others have none) and, as a stress test, how many paragraphs anywhere in a text
each rule would take were they the last one, with the lines taken (``--show N``) to
read which of them are stories.

Usage (from the project root)::

    .venv/bin/python benchmarks/closing_notes_corpora.py [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.closing_notes import (  # noqa: E402
    is_author_bio,
    is_print_note,
    without_closing_notes,
)
from benchmarks.body_corpora import CORPORA, CORPORA_DIR, corpus_records  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=20, help="lines taken to print per rule")
    args = parser.parse_args(argv)
    if not CORPORA_DIR.is_dir():
        print(f"corpora not found: {CORPORA_DIR}")
        return 2
    for name, (_, field, _) in CORPORA.items():
        counts: Counter[str] = Counter()
        shown: dict[str, list[str]] = {"last": [], "note": [], "bio": []}
        for record in corpus_records(name):
            paragraphs = [p.strip() for p in (record.get(field) or "").split("\n") if p.strip()]
            if not paragraphs:
                continue
            byline = record.get("authors") or None
            counts["texts"] += 1
            counts["paragraphs"] += len(paragraphs)
            kept = without_closing_notes(paragraphs, range(len(paragraphs)), byline)
            if len(kept) < len(paragraphs):
                counts["texts losing lines at the end"] += 1
                counts["lines lost at the end"] += len(paragraphs) - len(kept)
                shown["last"] += paragraphs[len(kept) :]
            for paragraph in paragraphs:
                if is_print_note(paragraph):
                    counts["paragraphs a note (anywhere)"] += 1
                    shown["note"].append(paragraph)
                if byline and is_author_bio(paragraph, byline):
                    counts["paragraphs a bio (anywhere)"] += 1
                    shown["bio"].append(paragraph)
        print(f"== {name}: " + ", ".join(f"{key} {value}" for key, value in counts.items()))
        for kind, texts in shown.items():
            for text in texts[: args.show]:
                print(f"   {kind:5} {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

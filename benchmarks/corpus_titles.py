"""Titles found on article texts written as text dumps: headline lines as users copy them.

Builds dumps in memory from the corpora in ``../shared/corpora`` (nothing is written):

- NewsWCL50: each article's text as given (most open with a headline, often closed by a
  period, as it was copied by hand);
- BASIL and AllSides (every 35th article): ``headline.`` + blank line + body, the headline
  closed by a period as a hand copy may have it; and the body alone, which must gain no
  title.

Prints, per corpus and form, the texts with a title and those whose title is the
headline (case and outer punctuation aside).

Usage (from the project root)::

    .venv/bin/python benchmarks/corpus_titles.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.articles import extract_articles  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402

CORPORA = SHARED_DIR / "corpora"
ALLSIDES_STEP = 35


def _rows(name: str) -> list[dict]:
    folder = CORPORA / name
    gz = folder / "articles.jsonl.gz"
    with gzip.open(gz, "rt") if gz.is_file() else open(folder / "articles.jsonl") as f:
        return [json.loads(line) for line in f]


def _key(text: str) -> str:
    return " ".join(text.split()).strip(" .").casefold()


def count_titles(texts: list[tuple[str, str]]) -> tuple[int, int]:
    """(texts given a title, texts whose title is the expected headline)."""
    found = right = 0
    for expected, text in texts:
        titles = extract_articles(text, name="dump.txt")["title"]
        title = titles.iloc[0] if len(titles) else None
        if isinstance(title, str):
            found += 1
            right += _key(title) == _key(expected)
    return found, right


def main() -> int:
    """Print the counts; 1 when the corpora are absent."""
    if not CORPORA.is_dir():
        print(f"corpora not found under {CORPORA}; nothing to count")
        return 1
    newswcl = [(r["text"].split("\n")[0], r["text"]) for r in _rows("newswcl50")]
    forms = {"NewsWCL50 as given": newswcl}
    for name, rows in (("BASIL", _rows("basil")), ("AllSides", _rows("allsides_abp"))):
        rows = rows[::ALLSIDES_STEP] if name == "AllSides" else rows
        forms[f"{name} headline. + body"] = [
            (r["title"], r["title"].strip().rstrip(".") + ".\n\n" + r["body"]) for r in rows
        ]
        forms[f"{name} body alone"] = [(r["title"], r["body"]) for r in rows]
    print(f"{'form':<28}{'texts':>7}{'titled':>8}{'headline':>10}")
    for label, texts in forms.items():
        found, right = count_titles(texts)
        print(f"{label:<28}{len(texts):>7}{found:>8}{right:>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score the text-only body detector on the shared extraction benchmark (dev part).

Runs the benchmark's own scorer (``../shared/benchmarks/extraction/score.py``) with
:func:`extract_body` as the extractor, on the text dumps, and prints mean and median
bag-of-words F1 over all pages (and word 4-gram F1), over the English and the
non-English pages, and the worst pages.

Usage (from the project root)::

    .venv/bin/python benchmarks/extraction_benchmark.py [--data DIR] [--worst N]

The same adapter works with the scorer directly::

    .venv/bin/python ../shared/benchmarks/extraction/score.py \\
        --data ../shared/benchmarks/extraction/dev --input txt \\
        --callable benchmarks/extraction_benchmark.py:extract_body
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.body import body_line_indices  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.stopwords import FUNCTION_WORDS_BY_LANGUAGE  # noqa: E402

EXTRACTION_DIR = SHARED_DIR / "benchmarks" / "extraction"
DEV_DIR = EXTRACTION_DIR / "dev"
SCORER_PATH = EXTRACTION_DIR / "score.py"
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+")


def extract_body(text: str) -> str:
    """Return the body paragraphs of one page's text dump, separated by blank lines.

    Parameters
    ----------
    text : str
        The page's text as read from the file.

    Returns
    -------
    str
        The kept lines, stripped, joined with ``"\\n\\n"``.
    """
    lines = unicodedata.normalize("NFC", text).splitlines()
    return "\n\n".join(lines[i].strip() for i in body_line_indices(lines))


def load_scorer(path: Path = SCORER_PATH) -> ModuleType:
    """Import the benchmark's scorer module from its file."""
    spec = importlib.util.spec_from_file_location("extraction_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path}: cannot import the scorer")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def guess_language(text: str) -> str:
    """Guess the language of a text: "cjk" for Chinese/Japanese/Korean script, else the
    language of :data:`analysis.stopwords.FUNCTION_WORDS_BY_LANGUAGE` whose function words
    are most frequent in it ("en" for an empty text)."""
    letters = [character for character in text if character.isalpha()]
    if not letters:
        return "en"
    n_cjk = len(_CJK_CHAR.findall(text))
    if n_cjk > 0.3 * len(letters):
        return "cjk"
    words = _WORD.findall(text.lower())
    hits = {
        language: sum(word in vocabulary for word in words)
        for language, vocabulary in FUNCTION_WORDS_BY_LANGUAGE.items()
    }
    return max(sorted(hits), key=lambda language: hits[language])


def run(data_dir: Path = DEV_DIR, n_worst: int = 10) -> dict:
    """Score :func:`extract_body` on ``data_dir`` and return a summary.

    Returns
    -------
    dict
        ``f1_mean``, ``f1_median`` (bag of words), ``f1_4gram_mean``,
        ``f1_4gram_median`` (word 4-grams, the source benchmark's measure),
        ``non_english_f1_mean``, ``non_english_f1_median``, ``english_f1_mean``,
        ``f1_mean_by_language``, ``pages_by_language`` (by the language guessed from
        the true body), ``empty`` (pages with an empty
        extraction), ``pages_per_second``, ``per_page`` (name -> (precision, recall,
        F1)) and ``worst`` (the ``n_worst`` lowest pages).
    """
    scorer = load_scorer()
    pages = scorer.load_pages([data_dir])
    extractor = scorer.callable_extractor(extract_body)
    result = scorer.evaluate(pages, extractor, "txt", ngrams=(1, 4), n_bootstrap=0)
    per_page = result["n1"]["per_page"]
    language = {p.name: guess_language(p.truth) for p in pages}
    english = {name: guessed == "en" for name, guessed in language.items()}
    by_language: dict[str, list[float]] = {}
    for p in pages:
        by_language.setdefault(language[p.name], []).append(per_page[p.name][2])
    f1_all = [per_page[p.name][2] for p in pages]
    f1_other = [per_page[p.name][2] for p in pages if not english[p.name]]
    f1_en = [per_page[p.name][2] for p in pages if english[p.name]]
    worst = sorted(per_page.items(), key=lambda item: item[1][2])[:n_worst]
    return {
        "pages": len(pages),
        "f1_mean": statistics.fmean(f1_all),
        "f1_median": statistics.median(f1_all),
        "f1_4gram_mean": result["n4"]["f1_mean"],
        "f1_4gram_median": result["n4"]["f1_median"],
        "english_f1_mean": statistics.fmean(f1_en) if f1_en else float("nan"),
        "non_english_pages": len(f1_other),
        "non_english_f1_mean": statistics.fmean(f1_other) if f1_other else float("nan"),
        "non_english_f1_median": statistics.median(f1_other) if f1_other else float("nan"),
        "f1_mean_by_language": {
            name: statistics.fmean(values) for name, values in sorted(by_language.items())
        },
        "pages_by_language": {name: len(values) for name, values in sorted(by_language.items())},
        "empty": result["n1"]["empty_outputs"],
        "pages_per_second": result["pages_per_second"],
        "per_page": per_page,
        "worst": worst,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark summary; exit 2 when the benchmark folder is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEV_DIR, help="benchmark folder")
    parser.add_argument("--worst", type=int, default=10, help="how many worst pages to list")
    args = parser.parse_args(argv)
    if not (args.data.is_dir() and SCORER_PATH.is_file()):
        print(f"benchmark not found: {args.data} / {SCORER_PATH}", file=sys.stderr)
        return 2
    summary = run(args.data, args.worst)
    print(f"{summary['pages']} pages in {args.data} (bag-of-words token F1)")
    print(f"all          F1 mean {summary['f1_mean']:.3f}  median {summary['f1_median']:.3f}")
    print(
        f"4-gram       F1 mean {summary['f1_4gram_mean']:.3f}  "
        f"median {summary['f1_4gram_median']:.3f}"
    )
    print(f"English      F1 mean {summary['english_f1_mean']:.3f}")
    print(
        f"non-English  F1 mean {summary['non_english_f1_mean']:.3f}  "
        f"median {summary['non_english_f1_median']:.3f}  "
        f"({summary['non_english_pages']} pages)"
    )
    print(
        "by language  "
        + "  ".join(
            f"{name} {mean:.3f} ({summary['pages_by_language'][name]})"
            for name, mean in summary["f1_mean_by_language"].items()
        )
    )
    print(f"empty outputs {summary['empty']}; {summary['pages_per_second']:.0f} pages/s")
    print(f"worst {len(summary['worst'])} pages (precision, recall, F1):")
    for name, (precision, recall, f1) in summary["worst"]:
        shown = "  -  " if precision is None else f"{precision:.3f}"
        print(f"  {name}  P {shown}  R {recall:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

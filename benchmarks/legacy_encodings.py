"""Pages saved in a legacy encoding: is the text read back as it was written?

Real texts (../shared read in place; sets that are absent are left out) are saved in the
legacy encodings pages of their language are saved in, and read back by the reader
(:func:`analysis.clean.read.decode_page_bytes`, which detects the encoding of bytes that
are not UTF-8). A text is read right when it comes out exactly as the same text saved as
UTF-8 comes out. The texts:

- the corpora (AllSides bodies, BASIL, NewsWCL50; every ``--step``-th text of each),
  English news with curly quotes, dashes and accented names, each tried in an encoding
  only when it can hold the whole text;
- the extraction benchmark's dev dumps (``benchmarks/extraction/dev/*.txt``), whole
  pages with their menus and footers, grouped by the language their HTML declares
  (English, Portuguese, German, Russian, Japanese, Korean); a page keeps the lines the
  encoding can hold (a bullet or a symbol it lacks drops its line, as a scraper saving
  the page in that encoding would have had to).

A text is tried only when it then holds a byte outside ASCII (an ASCII file reads the
same in every encoding). Windows-1252 is the commonest legacy encoding of Western pages;
the others say what a rule that prefers it costs elsewhere. No set holds Chinese, Greek
or Central European text: GB18030 is tried on the Japanese and Korean pages, Windows-1250
and ISO 8859-2 on the German and English ones.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/legacy_encodings.py [--step N] [--wrong N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
for folder in (PROJECT_ROOT, PROJECT_ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from body_corpora import CORPORA, CORPORA_DIR, read_corpus  # noqa: E402
from language_id import declared_language  # noqa: E402

from analysis.clean.read import decode_page_bytes  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.errors import PageReadError  # noqa: E402

DEV_DIR = SHARED_DIR / "benchmarks" / "extraction" / "dev"
_WESTERN = ("cp1252", "latin_1", "iso8859_15", "mac_roman", "cp1250", "iso8859_2", "cp1254")
#: Legacy encodings (Python codec names) tried on the texts of each language: the ones
#: pages in that language are saved in (Windows-1250 and ISO 8859-2 are Central European
#: but hold German, and English punctuation).
ENCODINGS = {
    "en": _WESTERN,
    "pt": _WESTERN,
    "de": _WESTERN,
    "ru": ("cp1251", "koi8_r", "iso8859_5", "mac_cyrillic", "cp866"),
    "ja": ("shift_jis", "euc_jp", "gb18030"),
    "ko": ("euc_kr", "cp949", "gb18030"),
}


def text_sets(step: int) -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    """(set name, language, [(text id, text)]) for every set that is present."""
    for name in CORPORA:
        if (CORPORA_DIR / name / CORPORA[name][0]).is_file():
            yield name, "en", list(read_corpus(name))[::step]
    by_language: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in sorted(DEV_DIR.glob("*.txt")) if DEV_DIR.is_dir() else []:
        html = path.with_suffix(".html")
        markup = html.read_text(encoding="utf-8", errors="replace") if html.is_file() else ""
        language = declared_language(markup) or "en"  # the undeclared pages are English
        by_language[language].append((path.name, path.read_bytes().decode("utf-8")))
    for language in sorted(by_language):
        yield f"dev pages {language}", language, by_language[language]


def read_back(data: bytes, name: str) -> tuple[str | None, str]:
    """(text as the reader reads ``data``, or None when it refuses it; encoding)."""
    try:
        text, encoding = decode_page_bytes(data, name)
    except PageReadError as err:
        return None, f"refused: {err.reason}"
    return text, encoding


def saved_as(
    text: str, encodings: tuple[str, ...], whole: bool
) -> Iterator[tuple[str, str, bytes]]:
    """(encoding, text saved, its bytes) for each encoding that can hold ``text`` (when
    ``whole``; else the lines it can hold) with a byte outside ASCII."""
    for encoding in encodings:
        lines = [text] if whole else text.split("\n")
        kept = "\n".join(line for line in lines if _holds(encoding, line))
        data = kept.encode(encoding)
        if not data.isascii():
            yield encoding, kept, data


def _holds(encoding: str, line: str) -> bool:
    try:
        line.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def score_text(
    name: str, text: str, encodings: tuple[str, ...], whole: bool
) -> dict[str, tuple[bool, str]]:
    """Per encoding of ``encodings`` that can hold ``text`` (:func:`saved_as`): (read
    right, encoding the reader chose)."""
    seen: dict[bytes, tuple[bool, str]] = {}
    out = {}
    for encoding, kept, data in saved_as(text, encodings, whole):
        if data not in seen:
            reference, _ = read_back(kept.encode("utf-8"), name)
            got, chosen = read_back(data, name)
            seen[data] = (got is not None and got == reference, chosen)
        out[encoding] = seen[data]
    return out


def run(step: int) -> dict[str, dict[str, Counter]]:
    """Per set, per encoding: Counter of ``right``, ``texts`` and ``as ENCODING`` for the
    encodings wrong reads were decoded as."""
    results: dict[str, dict[str, Counter]] = {}
    for set_name, language, texts in text_sets(step):
        per_encoding: dict[str, Counter] = defaultdict(Counter)
        whole = not set_name.startswith("dev pages")
        for name, text in texts:
            scores = score_text(name, text, ENCODINGS[language], whole)
            for encoding, (right, chosen) in scores.items():
                per_encoding[encoding]["texts"] += 1
                per_encoding[encoding]["right"] += right
                if not right:
                    per_encoding[encoding][f"as {chosen}"] += 1
        results[set_name] = dict(per_encoding)
    return results


def report(results: dict[str, dict[str, Counter]], n_wrong: int) -> None:
    """Print right/tried per encoding and set, and the commonest wrong readings."""
    sets = list(results)
    encodings = dict.fromkeys(e for language in ENCODINGS.values() for e in language)
    print("read right / texts tried, per encoding and set")
    print(f"{'encoding':12s} {'all':>17s}  " + " ".join(f"{s:>13s}" for s in sets))
    for encoding in encodings:
        cells = [results[s].get(encoding, Counter()) for s in sets]
        total = sum(cells, Counter())
        if not total["texts"]:
            continue
        share = total["right"] / total["texts"]
        row = f"{encoding:12s} {total['right']:>5}/{total['texts']:<5} {share:.3f}  "
        row += " ".join(
            f"{c['right']:>6}/{c['texts']:<6}" if c["texts"] else f"{'-':>13s}" for c in cells
        )
        print(row)
        wrong = Counter({k: v for k, v in total.items() if k.startswith("as ")})
        if wrong and n_wrong:
            listed = ", ".join(f"{k} {v}" for k, v in wrong.most_common(n_wrong))
            print(f"{'':13s}wrong: {listed}")
    grand = sum((c for s in sets for c in results[s].values()), Counter())
    print(f"all encodings: {grand['right']}/{grand['texts']} read right")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--step", type=int, default=25, help="every N-th text of each corpus")
    parser.add_argument("--wrong", type=int, default=4, help="wrong readings listed per encoding")
    args = parser.parse_args(argv)
    results = run(args.step)
    if not results:
        print("no text set found under ../shared")
        return 2
    report(results, args.wrong)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Mojibake in the texts the project measures, what it does to the numbers, what it costs.

Three measures (analysis.clean.mojibake; ../shared read in place, sets that are absent
are left out):

1. **How often.** Every text of the corpora (AllSides bodies and headlines, BASIL,
   NewsWCL50), of the benchmarks' dumps (extraction and listing dev pages, PolNeAR
   texts) and the seed pages, line by line: texts with a line ftfy repairs (with the
   reader's settings, :data:`~analysis.clean.mojibake.FIX_CONFIG`, on every line), texts
   the reader repairs (:func:`~analysis.clean.mojibake.repair_mojibake`, ftfy only on
   lines with a :data:`~analysis.clean.mojibake.SIGNATURE`), and lines ftfy repairs
   that the signature misses (must be 0). The same for every text made into mojibake
   (its UTF-8 bytes decoded as Windows-1252, as browsers decode them): texts restored
   exactly.
2. **What it does to per-article numbers.** For the texts with real mojibake and for a
   sample of AllSides bodies made into mojibake (every ``--step``-th; Windows-1252 as a
   browser decodes it, and twice), words, quote share and Flesch reading ease of the
   body as the reader reads it without the repair and with it, against the body as
   printed: mean absolute change, texts whose quote share moves by more than 5 points.
3. **Cost.** CPU seconds of :func:`~analysis.clean.mojibake.repair_mojibake` on the
   extraction dev pages and the AllSides bodies (clean text: the signature test, and
   ftfy on the lines it finds), against ftfy's own first test (``ftfy.badness.is_bad``)
   on every text, and against reading and cleaning the dev pages (after a warm-up pass).

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/mojibake.py [--step N] [--cost]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
for folder in (PROJECT_ROOT, PROJECT_ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import ftfy  # noqa: E402
from body_corpora import CORPORA, CORPORA_DIR, read_corpus, read_titles  # noqa: E402
from ftfy.badness import is_bad  # noqa: E402

from analysis.clean.mojibake import FIX_CONFIG, SIGNATURE, repair_mojibake  # noqa: E402
from analysis.clean.page_rows import clean_page  # noqa: E402
from analysis.clean.read import normalize_text, plain_dump_text, read_page  # noqa: E402
from analysis.config import RAW_DIR, SHARED_DIR  # noqa: E402
from analysis.stats.article_work import text_statistics  # noqa: E402
from analysis.stats.quotes.shares import quote_shares  # noqa: E402
from analysis.text import clear_line_memos  # noqa: E402

#: Folders of text dumps, by set name.
DUMP_FOLDERS = {
    "extraction dev": SHARED_DIR / "benchmarks" / "extraction" / "dev",
    "listing dev": SHARED_DIR / "benchmarks" / "listings" / "dev",
    "polnear": SHARED_DIR / "benchmarks" / "quotes" / "polnear" / "text",
    "seeds": RAW_DIR,
}
#: A quote share that moves by more than this has changed the article's figure.
SHARE_MOVE = 0.05


def text_sets() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(set name, [(text id, text)]) for every set that is present."""
    for name in CORPORA:
        if (CORPORA_DIR / name / CORPORA[name][0]).is_file():
            yield name, list(read_corpus(name))
    if (CORPORA_DIR / "allsides_abp" / CORPORA["allsides_abp"][0]).is_file():
        titles = enumerate(read_titles("allsides_abp"))
        yield "allsides_abp titles", [(str(number), title) for number, title in titles]
    for name, folder in DUMP_FOLDERS.items():
        paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        texts = [(path.name, path.read_bytes().decode("utf-8", "replace")) for path in paths]
        if texts:
            yield name, texts


def browser_mojibake(text: str) -> str:
    """``text``'s UTF-8 bytes decoded as Windows-1252 the way browsers do (the five
    bytes Windows-1252 leaves undefined become C1 control codes)."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def count(texts: list[tuple[str, str]]) -> dict[str, int]:
    """Texts ftfy repairs on some line, texts the reader repairs, lines the signature
    misses; the same for the texts made into mojibake."""
    found = {"texts": len(texts), "ftfy": 0, "reader": 0, "missed": 0, "made": 0}
    found |= {"made_restored": 0, "made_missed": 0}
    for _, text in texts:
        missed = _missed_lines(text)
        found["missed"] += missed[1]
        found["ftfy"] += missed[0] > 0
        found["reader"] += repair_mojibake(text)[1] > 0
        if not text.isascii():
            made = browser_mojibake(text)
            found["made"] += 1
            found["made_missed"] += _missed_lines(made)[1]
            found["made_restored"] += repair_mojibake(made)[0] == text
    return found


def _missed_lines(text: str) -> tuple[int, int]:
    """(lines ftfy repairs, of them lines without a signature)."""
    repaired = missed = 0
    for line in text.split("\n"):
        if not line.isascii() and ftfy.fix_text(line, FIX_CONFIG) != line:
            repaired += 1
            missed += SIGNATURE.search(line) is None
    return repaired, missed


def as_read(text: str, repair: bool) -> str:
    """A body as the reader reads it (normalized, made plain), with or without the repair."""
    if repair:
        text = repair_mojibake(text)[0]
    return plain_dump_text(normalize_text(text))


def numbers(body: str) -> tuple[float, float, float]:
    """(words, quote share, Flesch reading ease) of one body."""
    statistics_ = text_statistics(body)
    return statistics_["n_words"], quote_shares(body)[0], statistics_["flesch_reading_ease"]


def effect(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Per reading (without, with the repair): mean absolute change of words, quote share
    (points) and Flesch against the printed body, and bodies whose share moves > 5 points."""
    out = {}
    printed_numbers = [numbers(as_read(printed, repair=False)) for printed, _ in pairs]
    for reading, repair in (("without repair", False), ("with repair", True)):
        changes: list[tuple[float, ...]] = []
        for before, (_, damaged) in zip(printed_numbers, pairs, strict=True):
            after = numbers(as_read(damaged, repair=repair))
            changes.append(tuple(abs(a - b) for a, b in zip(before, after, strict=True)))
        words, shares, flesch = zip(*changes, strict=True) if changes else ((), (), ())
        out[reading] = {
            "texts": len(changes),
            "words": _mean(words),
            "share_points": 100 * _mean(shares),
            "flesch": _mean(flesch),
            "share_moved": sum(share > SHARE_MOVE for share in shares),
        }
    return out


def _mean(values: tuple[float, ...]) -> float:
    finite = [value for value in values if value == value]
    return statistics.fmean(finite) if finite else float("nan")


def cpu_seconds(function: Callable[[Any], object], texts: list[Any]) -> float:
    """CPU seconds of ``function`` over ``texts``."""
    start = time.process_time()
    for text in texts:
        function(text)
    return time.process_time() - start


def _read_and_clean(path: Path) -> object:
    return clean_page(read_page(path))


def main(argv: list[str] | None = None) -> int:
    """Print the three measures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=10, help="every N-th AllSides body")
    parser.add_argument("--cost", action="store_true", help="only measure 3 (CPU seconds)")
    args = parser.parse_args(argv)
    sets = dict(text_sets())
    if not sets:
        print("no texts found (../shared absent)")
        return 2
    if not args.cost:
        _how_often_and_effect(sets, args.step)
    _cost(sets)
    return 0


def _how_often_and_effect(sets: dict[str, list[tuple[str, str]]], step: int) -> None:
    """Print measures 1 and 2."""
    print("1. texts with mojibake: ftfy on every line / the reader / lines the signature misses")
    print("   and the texts made into mojibake (UTF-8 read as Windows-1252): restored, missed")
    real: list[tuple[str, str]] = []
    for name, texts in sets.items():
        found = count(texts)
        print(
            f"  {name:22} {found['texts']:5} texts: ftfy {found['ftfy']:3}, reader "
            f"{found['reader']:3}, missed lines {found['missed']}; made {found['made']:5}: "
            f"restored {found['made_restored']:5}, missed lines {found['made_missed']}"
        )
        if name != "allsides_abp titles":
            real += [(ftfy.fix_text(text, FIX_CONFIG), text) for _, text in texts]
    real = [(fixed, text) for fixed, text in real if fixed != text]
    print("\n2. per-article numbers against the body as printed (mean absolute change)")
    sample = [text for _, text in sets.get("allsides_abp", [])[::step]]
    for label, pairs in (
        ("real mojibake (ftfy's repair as printed)", real),
        ("AllSides sample, Windows-1252", [(t, browser_mojibake(t)) for t in sample]),
        (
            "AllSides sample, Windows-1252 twice",
            [(t, browser_mojibake(browser_mojibake(t))) for t in sample],
        ),
    ):
        for reading, figures in effect(pairs).items():
            print(
                f"  {label:42} {reading:15} {figures['texts']:4} texts: words "
                f"{figures['words']:6.1f}, quote share {figures['share_points']:5.2f} points "
                f"({figures['share_moved']} move > 5), Flesch {figures['flesch']:5.2f}"
            )


def _cost(sets: dict[str, list[tuple[str, str]]]) -> None:
    """Print measure 3."""
    print("\n3. CPU seconds (process time)")
    dev_pages = sorted(DUMP_FOLDERS["extraction dev"].glob("*.txt"))
    if dev_pages:
        cpu_seconds(_read_and_clean, dev_pages)  # warm-up: imports, lazy loads
        clear_line_memos()  # as cleaner_throughput.py's passes
        print(
            f"  extraction dev  {len(dev_pages):5} pages read and cleaned (read_page, "
            f"clean_page): {cpu_seconds(_read_and_clean, dev_pages):6.3f} s"
        )
    for name in ("extraction dev", "allsides_abp"):
        texts = [text for _, text in sets.get(name, [])]
        n_chars = sum(map(len, texts))
        print(
            f"  {name:15} {len(texts):5} texts, {n_chars / 1e6:5.1f} M chars: repair_mojibake "
            f"{cpu_seconds(repair_mojibake, texts):6.3f} s, ftfy's is_bad "
            f"{cpu_seconds(is_bad, texts):6.3f} s"
        )


if __name__ == "__main__":
    sys.exit(main())

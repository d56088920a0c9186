"""Listicle benchmark: article bodies re-printed as listicles inside real dev chrome.

Issue #12 asks that "a list whose items are sentences inside the article region is
body". The dev set holds one listicle, so a rule for listed items cannot be tested
there by cross-validation. This benchmark builds listicles the detector never saw: for
every dev page (its chrome kept as :mod:`body_transplant` keeps it: the lines of its
dump above and below its true body) a corpus text (AllSides, BASIL, NewsWCL50) is cut
into an introduction (its first paragraph) and ``MIN_ITEMS`` to ``MAX_ITEMS`` items of
one or two of its paragraphs, each item under a heading (the title of another corpus
text), and printed the ways listicles are printed (:data:`FORMATS`):

- ``numbered`` "1. Heading", ``parenthesis`` "1) Heading", ``no_label`` "No. 1: Heading",
  ``headings`` the heading alone, each line above the item's paragraphs;
- ``product``: "1. Heading", a price line, the paragraphs;
- ``bulleted``: each item one bulleted paragraph (no heading);
- ``rules``: the heading and paragraphs, items separated by a rule line;
- ``boxes``: a box per item (its heading, its sentences as bullets, a price, a
  "Buy Now" line printed under every box): the shape of the dev deals listicle.

Two controls measure harm: ``plain`` (the same introduction and paragraphs as plain
paragraphs, no heading) and ``related`` (``plain`` followed by a list of related
stories, "• Title", its teaser sentence and a "Read more" line under each, which is
chrome: not in the gold). The gold is the introduction and every item's lines (headings,
price and button lines as printed); each page is scored with the extraction scorer's
bag-of-words F1, precision and recall, with the shipped settings and with each
``--compare MODULE:NAME=VALUE`` override (e.g. a rule switch off).

Usage (from the project root)::

    .venv/bin/python benchmarks/body_listicles.py [--compare MODULE:NAME=VALUE] [--worst N]

Reads ``../shared`` only; prints "not found" and exits 2 without it.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import json
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.stats.sentences import split_sentences  # noqa: E402
from benchmarks import extraction_benchmark as extraction  # noqa: E402
from benchmarks.body_corpora import CORPORA, CORPORA_DIR  # noqa: E402
from benchmarks.body_transplant import (  # noqa: E402
    _SENTENCE_ENDS,
    _TOKEN,
    body_span,
    missing_data,
    print_worst,
    score,
)

#: Items per listicle: a donor with fewer usable paragraphs is not used.
MIN_ITEMS = 4
MAX_ITEMS = 8
#: A donor paragraph longer than this (in words) is no listicle item's paragraph.
MAX_PARAGRAPH_WORDS = 90
#: Related stories printed after the body in the ``related`` control.
RELATED_ITEMS = 5
#: Pages scoring below these are counted.
LOW_F1 = (0.8, 0.5)


@dataclass(frozen=True)
class Donor:
    """A corpus text usable as a listicle: its id, title and short paragraphs."""

    name: str  # corpus/text id
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Listicle:
    """The body lines of one printing and its gold (the lines that are body)."""

    lines: list[str]
    truth: list[str]


def read_donors() -> list[Donor]:
    """Every corpus text whose first ``MIN_ITEMS + 1`` paragraphs each end a sentence,
    are at most ``MAX_PARAGRAPH_WORDS`` words and are printed once (up to ``MAX_ITEMS``
    items' worth kept), with a one-line title; in file order."""
    donors = []
    for corpus, (file_name, field, key) in CORPORA.items():
        path = CORPORA_DIR / corpus / file_name
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                record = json.loads(line)
                title = " ".join(str(record.get("title") or "").split())
                paragraphs = [p.strip() for p in (record.get(field) or "").split("\n")]
                kept = _usable_prefix([p for p in paragraphs if p])
                if title and len(kept) > MIN_ITEMS:
                    name = f"{corpus}/{record.get(key, number)}"
                    donors.append(Donor(name, title, tuple(kept)))
    return donors


def _usable_prefix(paragraphs: Sequence[str]) -> list[str]:
    """The longest prefix of paragraphs fit for a listicle (see :func:`read_donors`)."""
    kept: list[str] = []
    for paragraph in paragraphs[: 2 * MAX_ITEMS + 1]:
        n_words = len(_TOKEN.findall(paragraph))
        if not paragraph.endswith(_SENTENCE_ENDS) or n_words > MAX_PARAGRAPH_WORDS:
            break
        if paragraph in kept:
            break
        kept.append(paragraph)
    return kept


def _hash(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("/".join(parts).encode()).digest()[:8], "big")


def items_of(donor: Donor) -> list[list[str]]:
    """The donor's paragraphs after its introduction grouped into items of one or two
    paragraphs (the count chosen by a hash of the donor), at most ``MAX_ITEMS``."""
    items: list[list[str]] = []
    rest = list(donor.paragraphs[1:])
    while rest and len(items) < MAX_ITEMS:
        size = 1 + _hash(donor.name, str(len(items))) % 2
        items.append(rest[:size])
        rest = rest[size:]
    return items


def _price(heading: str) -> str:
    return f"${9 + _hash(heading) % 190}.99"


def _headed(label: Callable[[int, str], str], price: bool = False) -> Callable:
    """A printing: each item's label line (and price line), then its paragraphs."""

    def printing(intro: str, items: Sequence[list[str]], headings: Sequence[str]) -> Listicle:
        lines = [intro]
        for number, (item, heading) in enumerate(zip(items, headings, strict=True), 1):
            lines.append(label(number, heading))
            if price:
                lines.append(_price(heading))
            lines += item
        blank_separated = [text for line in lines for text in ("", line)][1:]
        return Listicle(blank_separated, lines)

    return printing


def bulleted(intro: str, items: Sequence[list[str]], headings: Sequence[str]) -> Listicle:
    """Each item one bulleted paragraph (its paragraphs joined)."""
    bullets = [f"• {' '.join(item)}" for item in items]
    return Listicle([intro, "", *bullets], [intro, *bullets])


def ruled(intro: str, items: Sequence[list[str]], headings: Sequence[str]) -> Listicle:
    """Heading and paragraphs, the items separated by a rule line."""
    lines, truth = [intro, ""], [intro]
    for number, (item, heading) in enumerate(zip(items, headings, strict=True)):
        if number:
            lines += ["", "* * *", ""]
        block = [heading, *item]
        lines += [text for line in block for text in ("", line)][1:]
        truth += block
    return Listicle(lines, truth)


def _sentences(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in split_sentences(paragraph)]


def boxes(intro: str, items: Sequence[list[str]], headings: Sequence[str]) -> Listicle:
    """A box per item: heading, its sentences as bullets, a price, "Buy Now"."""
    lines, truth = [intro, ""], [intro]
    for item, heading in zip(items, headings, strict=True):
        bullets = [f"  • {sentence}" for paragraph in item for sentence in _sentences(paragraph)]
        box = [heading, *bullets, _price(heading), "Buy Now"]
        lines += [*box, ""]
        truth += box
    return Listicle(lines, truth)


def plain(intro: str, items: Sequence[list[str]], headings: Sequence[str]) -> Listicle:
    """Control: the introduction and the items' paragraphs as plain paragraphs."""
    paragraphs = [intro, *(p for item in items for p in item)]
    return Listicle([text for line in paragraphs for text in ("", line)][1:], paragraphs)


#: Listicle printings, then the controls (``related`` is built from ``plain``).
FORMATS: dict[str, Callable[..., Listicle]] = {
    "numbered": _headed(lambda n, heading: f"{n}. {heading}"),
    "parenthesis": _headed(lambda n, heading: f"{n}) {heading}"),
    "no_label": _headed(lambda n, heading: f"No. {n}: {heading}"),
    "headings": _headed(lambda n, heading: heading),
    "product": _headed(lambda n, heading: f"{n}. {heading}", price=True),
    "bulleted": bulleted,
    "rules": ruled,
    "boxes": boxes,
    "plain": plain,
}
CONTROLS = ("plain", "related")


@dataclass(frozen=True)
class Case:
    """One dev page's chrome around one printing of a donor's body."""

    name: str  # dev page name + "/" + format
    site: str
    kind: str  # a FORMATS key or "related"
    donor: str
    text: str
    truth: str


def related_list(others: Sequence[Donor]) -> list[str]:
    """A list of related stories (chrome): "• Title", the teaser, "Read more"."""
    lines = ["", "Related"]
    for other in others:
        lines += ["", f"• {other.title}", other.paragraphs[0], "Read more"]
    return lines


def cases(pages: Sequence, donors: Sequence[Donor]) -> Iterator[Case]:
    """Every printing (and control) of one donor per dev page, inside its chrome; pages
    whose body is not found in their dump (:func:`body_transplant.body_span`) give none."""
    for page in sorted(pages, key=lambda page: page.name):
        lines = page.read("txt").splitlines()
        span = body_span(lines, page.truth)
        if span is None:
            continue
        index = _hash(page.name, "listicle") % len(donors)
        donor = donors[index]
        items = items_of(donor)
        others = [donors[(index + k) % len(donors)] for k in range(1, len(items) + 1)]
        headings = [other.title.rstrip(".") for other in others]
        above, below = lines[: span[0]], lines[span[1] + 1 :]
        site = page.meta.get("site", page.name)
        for kind, printing in FORMATS.items():
            listicle = printing(donor.paragraphs[0], items, headings)
            tails = {kind: []}
            if kind == "plain":
                tails["related"] = related_list(others[:RELATED_ITEMS])
            for name, tail in tails.items():
                yield Case(
                    name=f"{page.name}/{name}",
                    site=site,
                    kind=name,
                    donor=donor.name,
                    text="\n".join([*above, "", *listicle.lines, *tail, "", *below]),
                    truth="\n".join(listicle.truth),
                )


def parse_override(text: str) -> tuple[tuple[str, str], object]:
    """``MODULE:NAME=VALUE`` -> ((module, name), value); the value is a Python literal."""
    target, _, value = text.partition("=")
    module, _, name = target.partition(":")
    if not (module and name and value):
        raise argparse.ArgumentTypeError(f"{text!r}: expected MODULE:NAME=VALUE")
    try:
        return (module, name), ast.literal_eval(value)
    except (ValueError, SyntaxError) as error:
        raise argparse.ArgumentTypeError(f"{text!r}: the value is no literal") from error


def summary(values: Sequence[tuple[float | None, float, float]]) -> str:
    """Mean F1, precision and recall, median F1 and the pages below each of LOW_F1."""
    f1 = [value[2] for value in values]
    precision = [value[0] if value[0] is not None else 0.0 for value in values]
    low = "  ".join(f"<{bound}: {sum(v < bound for v in f1):>3}" for bound in LOW_F1)
    return (
        f"F1 {statistics.fmean(f1):.3f} (median {statistics.median(f1):.3f})  "
        f"P {statistics.fmean(precision):.3f}  R {statistics.fmean(v[1] for v in values):.3f}"
        f"  {low}"
    )


def print_table(label: str, found: Sequence[Case], scores: dict, held_out: set[str]) -> None:
    """One line per format: all pages, then the pages of sites in ``held_out``."""
    print(f"{label}:")
    for kind in [*FORMATS, "related"]:
        names = [case.name for case in found if case.kind == kind]
        kept = [name for name in names if name in held_out]
        print(f"  {kind:<12} all {len(names):>3}  {summary([scores[n] for n in names])}")
        if len(kept) != len(names):
            print(f"  {'':<12} new {len(kept):>3}  {summary([scores[n] for n in kept])}")


def main(argv: list[str] | None = None) -> int:
    """Print the listicle figures; exit 2 when ../shared is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--compare",
        type=parse_override,
        action="append",
        default=[],
        help="MODULE:NAME=VALUE, scored too (e.g. a rule switch off); may repeat",
    )
    parser.add_argument(
        "--exclude-site",
        action="append",
        default=[],
        help="a dev site whose chrome a rule was written from: 'new' leaves its pages out",
    )
    parser.add_argument("--limit", type=int, help="only the first N dev pages (a quick look)")
    parser.add_argument("--worst", type=int, default=8, help="how many worst cases to list")
    args = parser.parse_args(argv)
    if (missing := missing_data()) is not None:
        print(missing, file=sys.stderr)
        return 2
    scorer = extraction.load_scorer()
    pages = sorted(scorer.load_pages([extraction.DEV_DIR]), key=lambda page: page.name)
    found = list(cases(pages[: args.limit], read_donors()))
    held_out = {case.name for case in found if case.site not in args.exclude_site}
    print(f"{len(found)} cases: {len({c.site for c in found})} dev sites' chrome")
    runs = [("shipped settings", {})]
    runs += [
        (f"{module}:{name}={value!r}", {(module, name): value})
        for (module, name), value in args.compare
    ]
    results = {}
    for label, settings in runs:
        with extraction.overridden(settings):
            results[label] = score(scorer, found)
        print_table(label, found, results[label], held_out)
    shipped = results["shipped settings"]
    for label, scores in list(results.items())[1:]:
        moved = [name for name in scores if abs(scores[name][2] - shipped[name][2]) > 1e-9]
        print(f"cases {label} changes: {len(moved)}")
        for name in moved[: args.worst]:
            print(f"  {name:<32} {shipped[name][2]:.3f} shipped, {scores[name][2]:.3f} with it")
    print(f"worst {args.worst} (shipped settings):")
    print_worst(shipped, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())

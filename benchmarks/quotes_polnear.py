"""Validity of the direct-quote detector against PolNeAR's human attribution annotations.

Run ``.venv/bin/python benchmarks/quotes_polnear.py`` (add ``--details`` to list the
disagreements). Reads ``../shared/benchmarks/quotes/polnear`` (667 articles, 7 US
publishers); nothing is copied into the project.

Reference (from the human annotations, not from :func:`analysis.stats.quotes.find_quotes`)
-----------------------------------------------------------------------------------
PolNeAR marks attributions (direct, indirect and mixed) with ``Content``, ``Source`` and
``Cue`` spans; it has no direct/indirect flag. A direct quote is the part of a Content
span that the publisher printed between quotation marks, so the reference is derived
from the human-drawn Content spans as follows:

1. Quoted stretches: on each line of the text, the double quotation marks these
   publishers use are paired left to right (“ ” « » by their direction; the straight
   ``"`` and the New York Times ``''`` open after a line start, a space or an opening
   bracket and close otherwise). The text strictly between an opening and the next
   closing mark is a quoted stretch; an opening mark never closed makes a stretch that
   runs to the end of the line, and when the first mark of a line is a closing one, the
   stretch before it starts at the line start (both are quotations going on over
   several paragraphs). This pairing is deliberately simple and separate from the detector: no
   apostrophe, elision, prime, single-mark, stray-mark or markup rules.
2. Attributed stretches: a quoted stretch is kept when it shares a word with at least
   one Content piece (any annotated relation, discontinuous pieces taken one by one).
   Quoted stretches outside every Content span (titles, slogans, handles, scare quotes,
   tweet markup) give no reference span: the annotators attributed nothing there.
3. The reference span is the part of the stretch covered by Content pieces (from the
   first covered character to the last, whitespace trimmed). Annotators often split a
   long quotation into one Content span per sentence and leave the marks out; this
   step joins those pieces back into the one quotation. Its speakers are the ``Source``
   spans of the relations whose Content covers it.

So the annotations decide which stretches are attributed quotations and how far they
reach; the marks only cut the quoted part out of a Content span that also holds
reported speech in the writer's words ("Cruz pledged to oppose ... “today, tomorrow,
forever.”"). Single marks are not used by the reference: these US publishers print
them only inside double-quoted passages, so they never start a top-level span.

The article's first paragraph (its title) is left out of the body, for the detector and
for the reference alike. When an article has several annotation files (13 of them have
six annotators), the first file in sorted order is the reference; ``--all-annotators``
scores every file against the same detector output instead.

Caveat: these 667 articles are the development third of PolNeAR that the detector's
rules were tuned on (the markup rule, the list of reporting verbs, the speaker
heuristics); the held-out third is kept apart elsewhere and is the fair test.

Scores
------
Detector spans are the spans counted in ``quote_share`` (scare quotes dropped); the
"all spans" rows keep the scare quotes too. Exact match: same trimmed offsets. Overlap
match: a one-to-one matching of spans that share at least one character, taken in
order of offsets. Speaker accuracy: among overlap-matched reference spans that have a
Source, the share whose detected speaker *as printed* (``speaker_as_printed`` and its
offsets) overlaps a Source span or ends with the same word as one (case-insensitive).
PolNeAR's Source is the mention the sentence prints (a pronoun for "he said"), so this
scores the speaker as printed; the pronoun resolution of :mod:`analysis.stats.quotes` (which
only changes ``speaker``) has no reference here. The script counts the resolved
pronouns, and ``--resolutions N`` prints N of them, drawn at random with a fixed seed,
with their context for checking by hand. Publisher shares are pooled: sum of quoted words over
sum of body words (analysis.text.count_words), for the detector's ``quote_share`` and
for the reference spans.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:  # score this checkout's code, not an installed one
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.config import SHARED_DIR  # noqa: E402
from analysis.errors import AnalysisError  # noqa: E402
from analysis.stats.quotes import Quote, find_quotes  # noqa: E402
from analysis.text import count_words  # noqa: E402

POLNEAR_DIR = SHARED_DIR / "benchmarks" / "quotes" / "polnear"
TARGET_F1 = 0.95
TARGET_SHARE_POINTS = 1.5

_ID_LINE = re.compile(r"^[TEAR#]\d+\t")
_REF_MARK = re.compile(r"''|[\"“”«»]")


@dataclass
class Relation:
    """One annotated attribution: its Content pieces and its Source pieces."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class RefSpan:
    """One reference direct-quote span with the Source pieces that speak it."""

    start: int
    end: int
    sources: list[tuple[int, int]]


def parse_ann(path: Path) -> list[Relation]:
    """Read the Content and Source pieces of a brat ``.ann`` file, grouped by relation.

    Parameters
    ----------
    path : Path
        A PolNeAR attribution file.

    Returns
    -------
    list of Relation
        One entry per Content span; Content spans in no ``E`` line have no source.
    """
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    text = path.read_text(encoding="utf-8")
    for line in text.split("\n"):
        if not _ID_LINE.match(line):
            continue  # continuation of a span text that ran over a newline
        ident, rest = line.split("\t", 1)
        if ident.startswith("T"):
            head = rest.split("\t", 1)[0]
            kind, _, offsets = head.partition(" ")
            try:
                pieces = [
                    (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
                ]
            except ValueError as err:
                raise AnalysisError(f"{path}: bad span offsets {offsets!r}") from err
            spans[ident] = (kind, pieces)
        elif ident.startswith("E"):
            roles = dict(arg.split(":", 1) for arg in rest.split() if ":" in arg)
            events.append(roles)
    relations: list[Relation] = []
    used: set[str] = set()
    for roles in events:
        content = roles.get("Content")
        if content not in spans:
            continue
        used.add(content)
        source = roles.get("Source")
        relations.append(Relation(spans[content][1], spans[source][1] if source in spans else []))
    for ident, (kind, pieces) in spans.items():
        if kind == "Content" and ident not in used:
            relations.append(Relation(pieces))
    return relations


def _mark_opens(text: str, pos: int, mark: str) -> bool:
    if mark in "“«":
        return True
    if mark in "”»":
        return False
    prev = text[pos - 1] if pos > 0 else "\n"
    return prev.isspace() or prev in "([{—–-/"


def quoted_intervals(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` between paired double marks (step 1 of the module docstring).

    Parameters
    ----------
    text : str
        The article text.

    Returns
    -------
    list of tuple of int
        (start, end) offsets of the text strictly between the marks, in order.
    """
    intervals: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        opened: int | None = None
        first = True
        for m in _REF_MARK.finditer(text, line_start, line_end):
            if _mark_opens(text, m.start(), m.group()):
                if opened is None:
                    opened = m.end()
            elif opened is not None:
                intervals.append((opened, m.start()))
                opened = None
            elif first:
                intervals.append((line_start, m.start()))  # closes a quote from above
            first = False
        if opened is not None:
            intervals.append((opened, line_end))
        line_start = line_end + 1
    return intervals


def reference_spans(text: str, relations: list[Relation], body_start: int) -> list[RefSpan]:
    """Reference direct-quote spans of one article (steps 2 and 3), body offsets only.

    Parameters
    ----------
    text : str
        The article text.
    relations : list of Relation
        Its annotations.
    body_start : int
        Offset of the body (after the title paragraph).

    Returns
    -------
    list of RefSpan
        Sorted by offset, offsets into the whole text.
    """
    pieces = sorted((a, b, rel.source) for rel in relations for a, b in rel.content if b > a)
    spans: list[RefSpan] = []
    for lo, hi in quoted_intervals(text):
        if lo < body_start:
            continue
        covered = [
            (max(a, lo), min(b, hi), source)
            for a, b, source in pieces
            if a < hi and lo < b and count_words(text[max(a, lo) : min(b, hi)]) > 0
        ]
        if not covered:
            continue
        start, end = _trimmed(text, min(c[0] for c in covered), max(c[1] for c in covered))
        sources = [piece for c in covered for piece in c[2]]
        spans.append(RefSpan(start, end, sources))
    return spans


def body_start_of(text: str) -> int:
    """Offset where the body starts: after the first (title) paragraph."""
    cut = text.find("\n\n")
    return len(text) if cut < 0 else cut + 2


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def match_overlap(
    found: list[tuple[int, int]], ref: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one matching of overlapping spans, in offset order (index pairs)."""
    pairs: list[tuple[int, int]] = []
    j = 0
    for i, (s, e) in enumerate(found):
        while j < len(ref) and ref[j][1] <= s:
            j += 1
        if j < len(ref) and ref[j][0] < e:
            pairs.append((i, j))
            j += 1
    return pairs


def _speaker_ok(text: str, quote: Quote, offset: int, sources: list[tuple[int, int]]) -> bool:
    printed = quote.speaker_as_printed
    if printed is None or quote.speaker_start is None or quote.speaker_end is None:
        return False
    s, e = quote.speaker_start + offset, quote.speaker_end + offset
    if any(a < e and s < b for a, b in sources):
        return True
    head = re.findall(r"[\w’'.-]+", printed.lower())[-1:]
    return any(re.findall(r"[\w’'.-]+", text[a:b].lower())[-1:] == head for a, b in sources)


@dataclass
class Tally:
    """Counts summed over articles of one publisher (or all)."""

    found: int = 0
    found_all: int = 0
    ref: int = 0
    exact: int = 0
    overlap: int = 0
    overlap_all: int = 0
    with_source: int = 0
    speaker_ok: int = 0
    pronouns: int = 0  # detected quotes whose speaker is printed "he" or "she"
    resolved: int = 0  # of those, resolved to a name
    words: int = 0
    quoted: int = 0
    quoted_all: int = 0
    ref_words: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_article(
    text: str,
    relations: list[Relation],
    details: list[str] | None,
    resolutions: list[str] | None = None,
) -> Tally:
    """Score the detector on one article against its reference spans."""
    body_start = body_start_of(text)
    body = text[body_start:]
    quotes = find_quotes(body)
    ref = reference_spans(text, relations, body_start)
    counted = [q for q in quotes if not q.is_scare]
    found = [_trimmed(text, q.start + body_start, q.end + body_start) for q in counted]
    found_all = [_trimmed(text, q.start + body_start, q.end + body_start) for q in quotes]
    ref_offsets = [(r.start, r.end) for r in ref]
    tally = Tally(words=count_words(body))
    tally.found, tally.found_all, tally.ref = len(found), len(found_all), len(ref)
    tally.exact = len(set(found) & set(ref_offsets))
    pairs = match_overlap(found, ref_offsets)
    tally.overlap = len(pairs)
    tally.overlap_all = len(match_overlap(found_all, ref_offsets))
    for i, j in pairs:
        if ref[j].sources:
            tally.with_source += 1
            tally.speaker_ok += _speaker_ok(text, counted[i], body_start, ref[j].sources)
    printed_pronouns = [q for q in counted if (q.speaker_as_printed or "").lower() in {"he", "she"}]
    tally.pronouns = len(printed_pronouns)
    tally.resolved = sum(q.speaker != q.speaker_as_printed for q in printed_pronouns)
    if resolutions is not None:
        resolutions.extend(
            f"{q.speaker_as_printed!r} -> {q.speaker!r}: "
            f"...{body[max(0, q.start - 400) : q.end + 80]!r}"
            for q in printed_pronouns
            if q.speaker != q.speaker_as_printed
        )
    tally.quoted = sum(q.n_words for q in counted)
    tally.quoted_all = sum(q.n_words for q in quotes)
    tally.ref_words = sum(count_words(text[r.start : r.end]) for r in ref)
    if details is not None:
        matched_found = {i for i, _ in pairs}
        matched_ref = {j for _, j in pairs}
        for i, (s, e) in enumerate(found):
            if i not in matched_found:
                details.append(f"  FP {text[max(0, s - 40) : s]!r} [[{text[s:e]}]]")
        for j, (s, e) in enumerate(ref_offsets):
            if j not in matched_ref:
                details.append(f"  FN {text[max(0, s - 40) : s]!r} [[{text[s:e]}]]")
        for i, j in pairs:
            if ref[j].sources and not _speaker_ok(text, counted[i], body_start, ref[j].sources):
                want = " / ".join(text[a:b] for a, b in ref[j].sources)
                details.append(f"  SPK got {counted[i].speaker!r} want {want!r}")
    return tally


def _ratio(num: int, den: int) -> float:
    return num / den if den else float("nan")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else float("nan")


def article_files(root: Path, all_annotators: bool) -> list[tuple[str, Path, list[Path]]]:
    """(publisher, text file, annotation files) for every article, in name order."""
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise AnalysisError(f"{root}: PolNeAR text/ or attributions/ folder missing")
    annotations: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(ann_dir.glob("*.ann")):
        annotations[path.stem.rsplit("_", 1)[0]].append(path)
    rows = []
    for path in sorted(text_dir.glob("*.txt")):
        anns = annotations.get(path.stem)
        if not anns:
            raise AnalysisError(f"{path}: no annotation file")
        rows.append((path.name.split("_", 1)[0], path, anns if all_annotators else anns[:1]))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Score the detector on PolNeAR and print the tables; return 0 when targets hold."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--root", type=Path, default=POLNEAR_DIR)
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    parser.add_argument("--all-annotators", action="store_true")
    parser.add_argument(
        "--resolutions", type=int, default=0, help="print N resolved pronoun speakers"
    )
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(f"PolNeAR not found at {args.root}; nothing to score.")
        return 0
    began = time.perf_counter()
    per_pub: dict[str, Tally] = defaultdict(Tally)
    details: list[str] | None = [] if args.details else None
    resolutions: list[str] | None = [] if args.resolutions else None
    n_files = 0
    articles = article_files(args.root, args.all_annotators)
    for publisher, text_path, anns in articles:
        text = text_path.read_text(encoding="utf-8")
        for ann in anns:
            n_files += 1
            if details is not None:
                details.append(f"{ann.name}")
            per_pub[publisher].add(score_article(text, parse_ann(ann), details, resolutions))
    elapsed = time.perf_counter() - began
    total = Tally()
    for tally in per_pub.values():
        total.add(tally)
    if details is not None:
        print("\n".join(line for line in details))

    print(f"PolNeAR direct quotes: {len(articles)} articles, {n_files} annotation files,")
    print(f"{total.ref} reference spans, {total.found} detected ({total.found_all} with scare)")
    print()
    header = (
        f"{'publisher':<14}{'ref':>6}{'found':>6}{'P_exact':>8}{'R_exact':>8}{'F1_exact':>9}"
        f"{'P_ovl':>7}{'R_ovl':>7}{'F1_ovl':>7}{'F1_all':>7}{'spk_acc':>8}"
        f"{'share_det':>10}{'share_ref':>10}{'diff_pt':>8}{'share_all':>10}"
    )
    print(header)
    print("-" * len(header))
    ok = True
    for name, t in [*sorted(per_pub.items()), ("ALL", total)]:
        pe, re_ = _ratio(t.exact, t.found), _ratio(t.exact, t.ref)
        po, ro = _ratio(t.overlap, t.found), _ratio(t.overlap, t.ref)
        pa, ra = _ratio(t.overlap_all, t.found_all), _ratio(t.overlap_all, t.ref)
        share, share_ref = _ratio(t.quoted, t.words), _ratio(t.ref_words, t.words)
        diff = 100 * (share - share_ref)
        if name != "ALL":
            ok &= abs(diff) <= TARGET_SHARE_POINTS
        else:
            ok &= _f1(po, ro) >= TARGET_F1
        print(
            f"{name:<14}{t.ref:>6}{t.found:>6}{pe:>8.3f}{re_:>8.3f}{_f1(pe, re_):>9.3f}"
            f"{po:>7.3f}{ro:>7.3f}{_f1(po, ro):>7.3f}{_f1(pa, ra):>7.3f}"
            f"{_ratio(t.speaker_ok, t.with_source):>8.3f}"
            f"{100 * share:>10.2f}{100 * share_ref:>10.2f}{diff:>+8.2f}"
            f"{100 * _ratio(t.quoted_all, t.words):>10.2f}"
        )
    print()
    print(
        f"targets: overlap F1 >= {TARGET_F1}, |share_det - share_ref| <= "
        f"{TARGET_SHARE_POINTS} points per publisher: {'met' if ok else 'NOT met'}"
    )
    print(
        f"pronoun speakers (he/she as printed, detected quotes): {total.pronouns}, "
        f"resolved to a name: {total.resolved}"
    )
    if resolutions:
        import random

        for line in random.Random(0).sample(resolutions, min(args.resolutions, len(resolutions))):
            print(line)
    print(f"{elapsed:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

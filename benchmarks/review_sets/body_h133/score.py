#!/usr/bin/env python3
"""Score the h133 pages: body token F1 per page against gold.json beside this file.

Usage: python benchmarks/review_sets/body_h133/score.py OUT [--json FILE] [--diff NAME]
[--gold benchmarks/review_sets/body_h133/gold_held_out.json]
OUT is a `newscompare clean --out` folder; the body of a page is the bodies of its
articles (articles.parquet, in article_index order) joined by newlines. Tokens: the
Unicode regex \\w+ (case kept), bag of words, as in
../shared/benchmarks/extraction/score.py (its tokenize and overlap are reused).
"""

import argparse
import importlib.util
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from analysis import config
from analysis.io import read_parquet

spec = importlib.util.spec_from_file_location(
    "xscore", config.SHARED_DIR / "benchmarks" / "extraction" / "score.py"
)
xs = importlib.util.module_from_spec(spec)
sys.modules["xscore"] = xs
spec.loader.exec_module(xs)


def bodies(out: Path) -> tuple[dict[str, str], dict[str, int]]:
    df = read_parquet(out / "articles.parquet")
    df["name"] = df["page"].map(lambda p: Path(p).stem)
    got, n = {}, {}
    for name, g in df.sort_values(["page", "article_index"]).groupby("name"):
        got[name] = "\n".join(b for b in g["body"] if isinstance(b, str))
        n[name] = len(g)
    return got, n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--diff", help="print the tokens kept and lost on this page")
    ap.add_argument("--gold", type=Path, default=Path(__file__).with_name("gold.json"))
    a = ap.parse_args()
    gold = json.loads(a.gold.read_text())
    got, n_art = bodies(a.out)
    rows = []
    for name, g in sorted(gold.items()):
        pred = got.get(name, "")
        tp, fp, fn = xs.overlap(g["body"], pred, 1)
        s = xs.PageScore(name, tp, fp, fn)
        rows.append((name, g["style"], n_art.get(name, 0), s))
    print(f"{'page':<20} {'style':<5} art   P      R      F1    chrome_kept body_lost")
    for name, style, na, s in rows:
        p = "  -  " if s.precision is None else f"{s.precision:.3f}"
        flag = "  <50%" if s.recall < 0.5 else ""
        print(
            f"{name:<20} {style:<5} {na:>3}  {p}  {s.recall:.3f}  {s.f1:.3f}"
            f"  {s.fp:>6}  {s.fn:>6}{flag}"
        )
    scores = [s for *_, s in rows]
    summ = xs.summarize(scores, n_bootstrap=0)
    print(
        f"\npages {len(scores)}  F1 mean {summ['f1_mean']:.3f} median {summ['f1_median']:.3f}"
        f"  P mean {summ['precision_mean']:.3f}  R mean {summ['recall_mean']:.3f}"
        f"  chrome kept (fp tokens) {sum(s.fp for s in scores)}"
        f"  body lost (fn tokens) {sum(s.fn for s in scores)}"
        f"  pages body<50% of gold: {sum(1 for s in scores if s.recall < 0.5)}"
        f"  empty {summ['empty_outputs']}"
    )
    for grp, keep in (("txt", lambda st: st != "html"), ("html", lambda st: st == "html")):
        sub = [s for _, st, _, s in rows if keep(st)]
        if sub:
            print(
                f"  {grp}: {len(sub)} pages F1 mean {statistics.fmean(s.f1 for s in sub):.3f}"
                f" P {statistics.fmean(s.precision or 0 for s in sub):.3f}"
                f" R {statistics.fmean(s.recall for s in sub):.3f}"
            )
    if a.diff:
        t = Counter(xs.tokenize(gold[a.diff]["body"]))
        p = Counter(xs.tokenize(got.get(a.diff, "")))
        print("kept chrome:", dict(p - t))
        print("lost body:", dict(t - p))
    if a.json:
        a.json.write_text(
            json.dumps({s.name: [s.precision, s.recall, s.f1] for s in scores}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

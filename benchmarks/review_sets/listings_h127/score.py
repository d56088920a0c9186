"""Score `newscompare clean benchmarks/review_sets/listings_h127/pages --out OUT`
against gold.json beside this file.

Usage: python benchmarks/review_sets/listings_h127/score.py OUT [--gold FILE] [--json FILE]
[--quiet]

Other sets (listings_h135) run this scorer with their own gold.
Per page: gold/found cards, exact count, lost silently, title, date, outlet, byline, body F1.
Cards are matched to records greedily by max(title token F1, body token F1) >= 0.5.
"""

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from analysis.io import read_parquet

_GOLD_PATH = (
    sys.argv[sys.argv.index("--gold") + 1]
    if "--gold" in sys.argv
    else Path(__file__).with_name("gold.json")
)
GOLD = json.loads(Path(_GOLD_PATH).read_text(encoding="utf-8"))


def toks(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return re.findall(r"\w+", s)


def f1(a, b):
    ta, tb = Counter(toks(a)), Counter(toks(b))
    if not ta or not tb:
        return 0.0
    c = sum((ta & tb).values())
    if not c:
        return 0.0
    p, r = c / sum(tb.values()), c / sum(ta.values())
    return 2 * p * r / (p + r)


def norm(s):
    return " ".join(toks(s))


def score(out):
    out = Path(out)
    arts = read_parquet(out / "articles.parquet")
    skipped = set()
    sk = out / "skipped.csv"
    if sk.exists():
        with sk.open(encoding="utf-8") as fh:
            skipped = {Path(r["page"]).name for r in csv.DictReader(fh)}
    rows, tot = [], Counter()
    for name, g in sorted(GOLD.items()):
        recs = arts[arts["page"] == g["file"]].to_dict("records")
        cards = g["cards"]
        pairs = sorted(
            (
                (max(f1(c["title"], r["title"] or ""), f1(c["body"], r["body"] or "")), i, j)
                for i, c in enumerate(cards)
                for j, r in enumerate(recs)
            ),
            reverse=True,
        )
        gi, rj, match = set(), set(), {}
        for s, i, j in pairs:
            if s < 0.5 or i in gi or j in rj:
                continue
            gi.add(i)
            rj.add(j)
            match[i] = recs[j]
        allt = " ".join(norm((r["title"] or "") + " " + (r["body"] or "")) for r in recs)
        m = Counter()
        for i, c in enumerate(cards):
            r = match.get(i)
            m["cards"] += 1
            if r is None:
                head = " ".join(toks(c["body"])[:8])
                if head not in allt and g["file"] not in skipped:
                    m["lost"] += 1
                m["unmatched"] += 1
                if c["date"]:
                    m["date_n"] += 1
                if c["byline"]:
                    m["byline_n"] += 1
                continue
            m["title"] += norm(r["title"]) == norm(c["title"])
            m["outlet"] += norm(r["outlet"]) == norm(c["outlet"])
            m["outlet_unknown"] += (r["outlet"] or "").startswith("unknown site (")
            if c["date"]:
                m["date_n"] += 1
                m["date"] += r["published"] == c["date"]
            elif r["published"] and not c.get("relative"):
                m["date_invented"] += 1
            if c["byline"]:
                m["byline_n"] += 1
                got, want = norm(r["byline"] or ""), norm(c["byline"])
                m["byline"] += bool(r["byline"]) and (want in got or got in want)
            elif r["byline"]:
                m["byline_spurious"] += 1
            m["body_f1"] += f1(c["body"], r["body"] or "")
        m["found"] = len(recs)
        m["extra"] = len(recs) - len(match)
        if g["kind"] == "listing":
            m["listing_pages"] += 1
            m["exact_count"] += len(recs) == len(cards)
        else:
            m["article_pages"] += 1
            m["one_record"] += len(recs) == 1
        tot.update(m)
        rows.append((name, g["kind"], m))
    return rows, tot


def main():
    rows, tot = score(sys.argv[1])
    quiet = "--quiet" in sys.argv
    if not quiet:
        print(f"{'page':32} kind  gold found cnt lost title date outlet byline bodyF1")
        for name, kind, m in rows:
            ok = m["exact_count"] if kind == "listing" else m["one_record"]
            print(
                f"{name:32} {kind[:4]:4} {m['cards']:4} {m['found']:5} "
                f"{'ok' if ok else '--':>3} {m['lost']:4} "
                f"{m['title']:2}/{m['cards']:<2} {m['date']:2}/{m['date_n']:<2} "
                f"{m['outlet']:2}/{m['cards']:<2} "
                f"{m['byline']:2}/{m['byline_n']:<2} {m['body_f1'] / max(m['cards'], 1):.3f}"
            )
    c = tot["cards"]
    lc = sum(m["cards"] for _, k, m in rows if k == "listing")
    print(
        f"TOTAL listing pages exact count {tot['exact_count']}/{tot['listing_pages']}; "
        f"single-article pages one record {tot['one_record']}/{tot['article_pages']}"
    )
    print(
        f"TOTAL cards {c} (listing {lc}); unmatched {tot['unmatched']}; "
        f"lost silently {tot['lost']}; extra records {tot['extra']}"
    )
    print(
        f"TOTAL title {tot['title'] / c:.3f} "
        f"date {tot['date'] / max(tot['date_n'], 1):.3f} (n={tot['date_n']}) "
        f"outlet {tot['outlet'] / c:.3f} (unknown-site {tot['outlet_unknown']}) "
        f"byline {tot['byline'] / max(tot['byline_n'], 1):.3f} (n={tot['byline_n']}) "
        f"body F1 {tot['body_f1'] / c:.3f}; spurious bylines {tot['byline_spurious']}, "
        f"invented dates {tot['date_invented']}"
    )
    if "--json" in sys.argv:
        scores = {n: dict(m) for n, _, m in rows}
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(scores, indent=1))


if __name__ == "__main__":
    main()

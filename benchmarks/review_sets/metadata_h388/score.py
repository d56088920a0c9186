"""Score the articles.parquet of
`python -m analysis clean benchmarks/review_sets/metadata_h388/pages --out OUT`
against gold.json beside this file (metadata_h128's scorer with two additions this set needs;
an "other" row for pages neither .txt nor .html when a set holds them: metadata_h399 runs it).

Usage: python benchmarks/review_sets/metadata_h388/score.py OUT [--gold FILE] [--quiet]

The names that are not the authors are read from not_authors.json beside the gold file.
Per field: RIGHT / EMPTY / WRONG (byline also PARTIAL: some gold authors missing, and MIXED: a
photographer/editor named in the byline). Gold None for a date = the page prints none
(a value is WRONG); gold None for a byline = not scored (shown only). Gold [] for outlet =
the page never names its site.

Additions over metadata_h128's scorer: a gold title may be a list of accepted titles (a
podcast's 'SHOW, Ep. N: TITLE' line or the episode title alone); a gold byline [] = the page
has no author (a press release, a letter to the editor signed by a reader, a sponsor's paid
post): an empty byline is RIGHT, any value WRONG (MIXED when it names a not_authors name).
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

from analysis.io import read_parquet

_GOLD_PATH = (
    Path(sys.argv[sys.argv.index("--gold") + 1])
    if "--gold" in sys.argv
    else Path(__file__).with_name("gold.json")
)
GOLD = json.loads(_GOLD_PATH.read_text(encoding="utf-8"))
#: Names printed near the byline that are not the authors (photographers, editors,
#: translators), per page, beside the gold.
NOT_AUTHORS = json.loads(_GOLD_PATH.with_name("not_authors.json").read_text(encoding="utf-8"))


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    s = norm(s)
    toks = re.findall(r"\w+", s)
    if len(toks) <= 2 and len(s) > 6:  # scripts without spaces: characters
        toks = [c for c in s if c.isalnum()]
    return toks


def f1(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    from collections import Counter

    ca, cb = Counter(ta), Counter(tb)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def compact(s):
    s = norm(s)
    s = re.sub(r"^the\s+", "", s)
    return "".join(c for c in s if c.isalnum())


def outlet_match(val, golds):
    v = compact(val)
    for g in golds:
        g = compact(g)
        if v == g:
            return True
        short, long_ = sorted((v, g), key=len)
        if len(short) >= 4 and 2 * len(short) >= len(long_) and short in long_:
            return True
    return False


def score(out):
    df = read_parquet(f"{out}/articles.parquet")
    rows = []
    for name, g in sorted(GOLD.items()):
        sub = df[df.page == name]
        if len(sub) == 0:
            rows.append(
                (
                    name,
                    {
                        "title": "EMPTY",
                        "outlet": "EMPTY",
                        "date": "EMPTY",
                        "byline": "EMPTY" if g["byline"] else "-",
                    },
                    {},
                    len(sub),
                )
            )
            continue
        a = sub.loc[sub.n_body_chars.idxmax()]
        v = {
            k: (a[k] if isinstance(a[k], str) and a[k] else "")
            for k in ("title", "outlet", "published", "byline")
        }
        if v["outlet"].lower().startswith("unknown site"):
            v["outlet"] = ""
        r = {}
        titles = g["title"] if isinstance(g["title"], list) else [g["title"]]
        r["title"] = (
            "EMPTY"
            if not v["title"]
            else ("RIGHT" if max(f1(v["title"], t) for t in titles) >= 0.8 else "WRONG")
        )
        if not g["outlet"]:
            r["outlet"] = "RIGHT" if not v["outlet"] else "WRONG"
        else:
            r["outlet"] = (
                "EMPTY"
                if not v["outlet"]
                else ("RIGHT" if outlet_match(v["outlet"], g["outlet"]) else "WRONG")
            )
        if g["date"] is None:
            r["date"] = "RIGHT" if not v["published"] else "WRONG"
        else:
            r["date"] = (
                "EMPTY"
                if not v["published"]
                else ("RIGHT" if v["published"] == g["date"] else "WRONG")
            )
        if g["byline"] is None:
            r["byline"] = "-"
        elif g["byline"] == []:
            b = norm(v["byline"])
            bad = [
                n
                for n in NOT_AUTHORS.get(name, [])
                if re.search(rf"(?<!\w){re.escape(norm(n))}(?!\w)", b)
            ]
            r["byline"] = "RIGHT" if not b else ("MIXED" if bad else "WRONG")
        elif not v["byline"]:
            r["byline"] = "EMPTY"
        else:
            b = norm(v["byline"])
            hit = [n for n in g["byline"] if norm(n) in b]
            bad = [
                n
                for n in NOT_AUTHORS.get(name, [])
                if re.search(rf"(?<!\w){re.escape(norm(n))}(?!\w)", b)
            ]
            r["byline"] = (
                "MIXED"
                if bad
                else ("RIGHT" if len(hit) == len(g["byline"]) else ("PARTIAL" if hit else "WRONG"))
            )
        src = {
            k: a.get(k) for k in ("title_source", "outlet_source", "date_source", "byline_source")
        }
        rows.append((name, r, {**v, **src, "gold": g}, len(sub)))
    return rows


def main():
    out = sys.argv[1]
    quiet = "--quiet" in sys.argv
    rows = score(out)
    fields = ["title", "outlet", "date", "byline"]
    kinds = [
        ("all", lambda n: True),
        ("text", lambda n: n.endswith(".txt")),
        ("html", lambda n: n.endswith(".html")),
    ]
    if any(not r[0].endswith((".txt", ".html")) for r in rows):  # metadata_h399's records
        kinds.append(("other", lambda n: not n.endswith((".txt", ".html"))))
    width = max(len(kind) for kind, _ in kinds)
    for kind, pick in kinds:
        sel = [r for r in rows if pick(r[0])]
        line = [f"{kind:{width}} n={len(sel):2}"]
        for f in fields:
            c = {}
            for _, r, _, _ in sel:
                c[r[f]] = c.get(r[f], 0) + 1
            scored = sum(v for k, v in c.items() if k != "-")
            parts = " ".join(
                f"{k[0] if k not in ('PARTIAL', 'MIXED') else k[:4]}{c.get(k, 0)}"
                for k in ("RIGHT", "EMPTY", "WRONG", "PARTIAL", "MIXED")
                if c.get(k) or k in ("RIGHT", "EMPTY", "WRONG")
            )
            line.append(f"{f}: {c.get('RIGHT', 0)}/{scored} [{parts}]")
        print(" | ".join(line))
    if quiet:
        return
    print()
    for name, r, v, n in rows:
        bad = [f for f in fields if r[f] not in ("RIGHT", "-")]
        if not bad:
            continue
        print(f"{name} (records {n})")
        for f in bad:
            key = "published" if f == "date" else f
            srck = {
                "title": "title_source",
                "outlet": "outlet_source",
                "date": "date_source",
                "byline": "byline_source",
            }[f]
            print(
                f"   {f:6} {r[f]:7} got={v.get(key)!r} [{v.get(srck)}]"
                f"  gold={v['gold'][f] if v else ''!r}"
            )


main()

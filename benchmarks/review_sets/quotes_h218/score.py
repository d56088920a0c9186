"""Score direct quotations (spans, quote share, attribution, speakers) on this set.

Each page is an article body as text (made-up stories: quotes_h218's fifteen languages,
quotes_h236's twenty-two, which runs this scorer); gold.json
(``--gold FILE``; gold_held_out.json for pages_held_out) lists its quoted spans by
offset, whether each is attributed and its speaker as printed (None when the sentence
names none: a pro-drop verb, "ujarnya"). The quotes are found by the product's own path,
:func:`analysis.stats.article_work.analyse_articles` (language detected, then the
``quotes`` rows), so the figures are those ``newscompare metrics`` writes.

Figures, per language and over the set:

- span P / R / F1 by words: the words (``count_words`` tokens, placed by their first
  letter or digit) inside counted quotes (attributed, or more than three words: not
  scare quotes) found against gold's;
- share MAE: mean over articles of |quote_share found - gold's| (gold's: words of its
  counted quotes / body words);
- attributed: share of gold quotes whose attribution is found (a gold quote no span
  overlaps is found unattributed);
- speaker: among gold quotes naming a speaker, the found speaker as printed equals
  gold's (exact) or ends with the same word (last), and the quotes given a wrong
  speaker (neither; a missing speaker is not wrong).

Usage: python score.py [PAGES_DIR] [--gold FILE] [--details]
(default: pages/ with gold.json; pages_held_out/ takes gold_held_out.json,
pages_fresh/ gold_fresh.json.)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from analysis.stats.article_work import analyse_articles
from analysis.text.words import iter_word_spans

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[^\W_]|\d")


def word_positions(body: str) -> list[int]:
    """Offset of the first letter or digit of each word of ``body`` (the words of
    :func:`analysis.text.iter_word_spans`: one a character in Chinese and Japanese)."""
    out = []
    for start, end in iter_word_spans(body):
        w = WORD.search(body, start, end)
        if w:
            out.append(w.start())
    return out


def covered(positions: list[int], spans: list[tuple[int, int]]) -> set[int]:
    return {i for i, p in enumerate(positions) if any(a <= p < b for a, b in spans)}


def last_word(text: str | None) -> str:
    words = re.findall(r"[^\W_]+", text or "")
    return words[-1].casefold() if words else ""


def score(pages: Path, gold: dict, details: bool) -> dict[str, dict[str, float]]:
    names = sorted(gold)
    bodies = {n: (pages / f"{n}.txt").read_text() for n in names}
    results = analyse_articles([(n, None, bodies[n]) for n in names])
    tallies: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for name, (_stats, rows, _) in zip(names, results, strict=True):
        body, g = bodies[name], gold[name]
        if details and _stats.get("language") != g["language"]:
            print(f"  {name}: language detected {_stats.get('language')!r}")
        positions = word_positions(body)
        found = [
            {"start": r[3], "end": r[4], "n_words": r[6], "attributed": r[8],
             "speaker": r[11], "is_scare": r[10]}
            for r in rows
        ]  # fmt: skip
        gold_counted = [
            (q["start"], q["end"])
            for q in g["quotes"]
            if q["attributed"] or len(word_positions(q["text"])) > 3
        ]
        found_counted = [(q["start"], q["end"]) for q in found if not q["is_scare"]]
        gw, fw = covered(positions, gold_counted), covered(positions, found_counted)
        for key in (g["language"], "ALL"):
            t = tallies[key]
            t["articles"] += 1
            t["tp"] += len(gw & fw)
            t["gold_words"] += len(gw)
            t["found_words"] += len(fw)
            n = len(positions)
            t["share_err"] += abs(len(fw) / n - len(gw) / n)
        for q in g["quotes"]:
            match = next(
                (f for f in found if f["start"] < q["end"] and q["start"] < f["end"]), None
            )
            attributed = bool(match and match["attributed"])
            speaker = match["speaker"] if match else None
            ok_attr = attributed == q["attributed"]
            exact = last = wrong = False
            if q["speaker"]:
                exact = speaker == q["speaker"]
                last = bool(speaker) and last_word(speaker) == last_word(q["speaker"])
                wrong = bool(speaker) and not last
            for key in (g["language"], "ALL"):
                t = tallies[key]
                t["quotes"] += 1
                t["attr_ok"] += ok_attr
                if q["speaker"]:
                    t["with_speaker"] += 1
                    t["exact"] += exact
                    t["last"] += last
                    t["wrong"] += wrong
            if details and (not ok_attr or (q["speaker"] and not exact)):
                print(
                    f"  {name}: {q['text'][:40]!r} gold attr={q['attributed']} "
                    f"speaker={q['speaker']!r} | found attr={attributed} speaker={speaker!r}"
                )
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="?", default=str(HERE / "pages"))
    parser.add_argument("--gold")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    pages = Path(args.pages)
    golds = {"pages_held_out": "gold_held_out.json", "pages_fresh": "gold_fresh.json"}
    gold_path = args.gold or (pages.resolve().parent / golds.get(pages.name, "gold.json"))
    gold = json.loads(Path(gold_path).read_text())
    tallies = score(pages, gold, args.details)
    print(f"{'lang':5} {'arts':>4} {'P':>6} {'R':>6} {'F1':>6} {'shareMAE':>8} "
          f"{'attr':>6} {'spk':>6} {'spkLast':>7} {'wrong':>5}")  # fmt: skip
    for key in sorted(tallies, key=lambda k: (k == "ALL", k)):
        t = tallies[key]
        p = t["tp"] / t["found_words"] if t["found_words"] else 0.0
        r = t["tp"] / t["gold_words"] if t["gold_words"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        ws = t["with_speaker"] or 1
        print(
            f"{key:5} {int(t['articles']):4d} {p:6.3f} {r:6.3f} {f1:6.3f} "
            f"{t['share_err'] / t['articles']:8.3f} {t['attr_ok'] / t['quotes']:6.3f} "
            f"{t['exact'] / ws:6.3f} {t['last'] / ws:7.3f} {int(t['wrong']):5d}"
        )


if __name__ == "__main__":
    main()

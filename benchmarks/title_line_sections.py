"""The title-line rule on text it was not written from: made-up title lines.

``analysis.clean.site_phrases.title_line_site`` reads "Headline | Site" in a dump's
first line (as browsers and scrapers print the HTML title) when the page prints the
headline again. It was written from the dev pages' 20 real titles ending in a site's
name. Here every listing benchmark page (``../shared/benchmarks/listings/dev``, gold
``site``) and every extraction dev page (gold ``site_name``) that prints a known
headline as a line of its own (a listed article's title; a gold title variant) gets a
made-up title line above it:

- ``Headline | SITE`` and ``Headline - SITE`` (the page's gold site, when it reads as a
  name): the rule should take the site;
- ``Headline | WORD`` for every other short line of the page that reads as a name
  (1-3 capitalized words, bullet aside: menu entries "News", "Opinion", "Terms",
  section labels, card outlets, commenters' names), none of them the site: the rule
  should refuse them all, and the page's outlet (``page_site_name``) should not turn
  wrong because of the line.

Prints the counts (sites taken, words taken, and the page's outlet right/wrong/none
before -> after the title line for the words taken); ``--show`` lists the words taken.
``--corpus`` adds every ``--allsides-step``-th AllSides body (no chrome at all) under a
made-up title line ``Title | Outlet`` (its own title, printed again above the body; the
outlet the corpus's label names, "New York Times" of "New York Times - News"): how often
the rule takes the outlet, and the text's outlet right / none / WRONG without and with
the line.

Usage (from the project root)::

    .venv/bin/python benchmarks/title_line_sections.py [--show] [--corpus [--allsides-step 10]]

Reads ``../shared`` only; prints "not found" and exits 1 without it.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.masthead_lines import masthead_name  # noqa: E402
from analysis.clean.read import read_page  # noqa: E402
from analysis.clean.site_name import page_site_name  # noqa: E402
from analysis.clean.site_phrases import title_line_site  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.text import bullet_end  # noqa: E402
from benchmarks.corpus_outlets import SCORER, _scorer  # noqa: E402

LISTINGS_DIR = SHARED_DIR / "benchmarks" / "listings" / "dev"
DEV_DIR = SHARED_DIR / "benchmarks" / "extraction" / "dev"
#: The separators of the made-up title lines naming the site.
SITE_SEPARATORS = (" | ", " - ")


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def pages(scorer) -> Iterator[tuple[str, list[str], str | None, str, str]]:
    """(page id, lines, gold site name, host label, a headline the page prints)."""
    for meta in sorted(LISTINGS_DIR.glob("*.json")):
        record = json.loads(meta.read_text(encoding="utf-8"))
        if "text_file" not in record:
            continue  # the folder's index
        lines = read_page(LISTINGS_DIR / record["text_file"]).text.split("\n")
        printed = {_collapsed(line) for line in lines}
        titles = [_collapsed(a.get("title") or "") for a in record.get("articles") or []]
        heads = [title for title in titles if title and title in printed]
        if heads:
            yield f"listing:{meta.stem}", lines, record["site"], "", heads[0]
    golds = scorer.load_gold(SHARED_DIR / "benchmarks" / "metadata" / "dev_gold.json")
    for name, gold in sorted(golds.items()):
        lines = read_page(DEV_DIR / f"{name}.txt").text.split("\n")
        printed = {_collapsed(line) for line in lines}
        heads = [_collapsed(t) for t in gold["title_variants"] if _collapsed(t) in printed]
        if heads:
            yield f"dev:{name}", lines, gold["site_name"], gold["host_label"], heads[0]


def other_names(lines: list[str], site: str | None, headline: str) -> list[str]:
    """The page's short lines that read as a name (1-3 words), none of them the site."""
    found = []
    folded_site = (site or "").casefold()
    for line in lines:
        text = _collapsed(line[bullet_end(line) :])
        folded = text.casefold()
        if not text or text == headline or len(text.split()) > 3 or not masthead_name(text):
            continue
        if folded_site and (folded in folded_site or folded_site in folded):
            continue
        found.append(text)
    return list(dict.fromkeys(found))


def corpus_title_lines(scorer, step: int) -> collections.Counter[str]:
    """Counts for AllSides bodies under a made-up title line naming their outlet."""
    from benchmarks.corpus_outlets import _rows, is_right

    counts: collections.Counter[str] = collections.Counter()
    for row in _rows("allsides_abp")[::step]:
        title = _collapsed(row.get("title") or "")
        label = (row["allsides_source"] or "").split(" (")[0].split(" - ")[0].strip()
        if not title or not masthead_name(label):
            continue
        lines = row["body"].split("\n")
        titled = [f"{title} | {label}", "", title, "", *lines]
        found = title_line_site(titled)
        counts["texts"] += 1
        counts["taken"] += found is not None and found[0] == label
        for key, page in (("without", lines), ("with", titled)):
            site = page_site_name(page)
            if site is None:
                counts[f"{key} none"] += 1
            elif is_right(scorer, site.name, row["outlet"], row["allsides_source"]):
                counts[f"{key} right"] += 1
            else:
                counts[f"{key} WRONG"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the counts; 1 when the benchmark data is absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the words taken")
    parser.add_argument("--corpus", action="store_true", help="AllSides bodies under a title")
    parser.add_argument("--allsides-step", type=int, default=10, help="every Nth AllSides body")
    args = parser.parse_args(argv)
    if not LISTINGS_DIR.is_dir() or not DEV_DIR.is_dir() or not SCORER.is_file():
        print(f"benchmark data not found under {SHARED_DIR}; nothing to count")
        return 1
    scorer = _scorer()

    def outcome(lines: list[str], site: str | None, host: str) -> str:
        found = page_site_name(lines)
        if found is None:
            return "none"
        return "right" if scorer.outlet_match(found.name, site, host)["any"] else "WRONG"

    counts: collections.Counter[str] = collections.Counter()
    taken = []
    for page_id, lines, site, host, headline in pages(scorer):
        if site and masthead_name(site):
            for separator in SITE_SEPARATORS:
                found = title_line_site([f"{headline}{separator}{site}", "", *lines])
                counts["site lines"] += 1
                counts["site taken"] += found is not None and found[0] == site
        for word in other_names(lines, site, headline):
            titled = [f"{headline} | {word}", "", *lines]
            counts["word lines"] += 1
            if title_line_site(titled) is None:
                continue
            counts["word taken"] += 1
            change = f"{outcome(lines, site, host)} -> {outcome(titled, site, host)}"
            counts[f"outlet {change}"] += 1
            taken.append((page_id, word, change))
    print(
        f"made-up title lines naming the site: {counts['site taken']} of "
        f"{counts['site lines']} taken"
    )
    print(
        f"made-up title lines naming another short line of the page: "
        f"{counts['word taken']} of {counts['word lines']} taken"
    )
    for key in sorted(k for k in counts if k.startswith("outlet ")):
        print(f"    page outlet {key[7:]}: {counts[key]}")
    if args.show:
        for page_id, word, change in taken:
            print(f"    {page_id}: {word!r} ({change})")
    if args.corpus:
        found = corpus_title_lines(scorer, args.allsides_step)
        print(
            f"AllSides bodies under 'Title | Outlet': the outlet taken {found['taken']} of "
            f"{found['texts']}; the text's outlet right / none / WRONG without the line "
            f"{found['without right']} / {found['without none']} / {found['without WRONG']}, "
            f"with it {found['with right']} / {found['with none']} / {found['with WRONG']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

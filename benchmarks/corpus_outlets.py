"""Outlets the text-only detector names on article bodies: right, none or WRONG.

The corpora in ``../shared/corpora`` (AllSides, BASIL, NewsWCL50) hold article bodies
with their outlet's domain in the metadata, and no page chrome: the site's name is
rarely in them. So they test the detector's precision, not its recall: how often does it
name an outlet that is wrong (a quoted agency, a person, a TV show, a company in the
news) where the right answer is the outlet or none? A wrong name files an article under
a false outlet, which is worse than ``unknown site``.

Each text is cleaned as a text dump without a manifest (nothing is written) and its
outlet is counted as:

- ``none``: unknown site (nothing in the text names a site);
- ``right``: a name of the outlet's domain (the metadata scorer's outlet rule against the
  domain's label, the label spelled from the name's initials and words, "New York Times"
  for nytimes, or the corpus's own label for the outlet);
- ``wrong``: any other name, listed with its source (``page``: naming cues; ``copyright``:
  a notice's holder).

Then the sweep of the one tuned value of this trade-off,
``analysis.clean.site_candidates.PROSE_LINE_WORDS`` (a cue or credit in a longer line is
prose, not a naming cue): per value, the dev pages' outlet (metadata benchmark, all-dev
and held-out: 5-fold cross-validation by site, fold seeds 0-4, each fold taking the
smallest value, the fewest prose cues, among those best on its other sites) next to the
wrong outlets on the corpora.

Then the dev pages of the extraction benchmark as printed and re-printed as scrapes often
cut them (``benchmarks/article_variants.py``: ``no_footer``, the page ends at the body's
last line; ``no_header``, it starts at the headline; never tuned on), and each of those
with the page's HTML title printed as its first line (as browsers' and many scrapers'
text dumps print it: "Headline | Site" on many sites), counted the same way: right by
the metadata scorer's outlet rule, none, or WRONG. A cut page loses most
of the chrome that names its site; what matters is that it then says "unknown" rather
than a wrong name.

Then the printings that name no site, each filed by its chrome lines (its menu and
notice lines: :mod:`analysis.clean.site_chrome`) among all the printings but the other
printings of its own page, as ``metrics`` files a page naming no site: under its own
site (right), left apart, or under a WRONG site (a line another site's pages print).

Last, the corpus-level merge of one outlet's spellings
(:func:`analysis.clean.outlet_merge.outlet_identities`) on AllSides's own outlet labels:
every label ("The Hill", "New York Times - News", a columnist's name) as a ``name:`` key
next to the registered domains the corpus files it under, counted as filed under its own
domain (right), left apart, or filed under another outlet (WRONG).

``--dropped-cues`` lists instead the cues the two sentence checks of
:mod:`analysis.clean.site_phrases` drop in the dev and listing dumps' long lines (pages
with chrome): what those checks cost where the corpora cannot tell.

Usage (from the project root)::

    .venv/bin/python benchmarks/corpus_outlets.py [--allsides-step 10] [--show 15] [--no-sweep]
    .venv/bin/python benchmarks/corpus_outlets.py --dropped-cues
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib.util
import json
import sys
from pathlib import Path
from typing import NamedTuple

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean import site_candidates, site_phrases  # noqa: E402
from analysis.clean.articles import extract_articles  # noqa: E402
from analysis.clean.domains import domain_of_name, registered_domain  # noqa: E402
from analysis.clean.name_forms import compact_name  # noqa: E402
from analysis.clean.outlet_display import is_unknown  # noqa: E402
from analysis.clean.page_rows import CleanedPage  # noqa: E402
from analysis.clean.read import read_page  # noqa: E402
from analysis.clean.site_features import domain_names  # noqa: E402
from analysis.clean.site_name import page_site_name  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.text import overridden  # noqa: E402
from benchmarks.metadata_benchmark import DEV_DIR, METADATA_DIR, folds_by_site  # noqa: E402

CORPORA = SHARED_DIR / "corpora"
SCORER = METADATA_DIR / "score.py"
#: The values of PROSE_LINE_WORDS the sweep tries (None: no line is prose).
PROSE_GRID = (12, 18, 25, 40, 60, None)


def _rows(name: str) -> list[dict]:
    folder = CORPORA / name
    gz = folder / "articles.jsonl.gz"
    with gzip.open(gz, "rt") if gz.is_file() else open(folder / "articles.jsonl") as f:
        return [json.loads(line) for line in f]


def _scorer():
    spec = importlib.util.spec_from_file_location("metadata_score", SCORER)
    if spec is None or spec.loader is None:
        raise ImportError(f"{SCORER}: cannot import")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_right(scorer, name: str, domain: str, label: str | None) -> bool:
    """True when ``name`` names the outlet of ``domain`` (or its corpus ``label``); a
    name that is itself a domain when its registered domain's label is the outlet's
    ("wsj.com" for wsj.com, "bbc.co.uk" for bbc.com: the scorer's rule alone counted a
    label of 3 letters written as its own domain wrong); a name that is the label's
    initials or compact form ("AP" for "Associated Press": the scorer's rule wants 4
    letters)."""
    host_label = (registered_domain(domain) or domain).split(".")[0]
    written_domain = domain_of_name(name)
    if written_domain is not None and written_domain.split(".")[0] == host_label:
        return True
    if scorer.outlet_match(name, label, host_label)["any"]:
        return True
    if label and compact_name(name) in domain_names(label):
        return True
    return host_label in domain_names(name)


def texts() -> dict[str, list[tuple[str, str | None, str]]]:
    """Per corpus: (outlet domain, the corpus's outlet label, text)."""
    return {
        "AllSides": [(r["outlet"], r["allsides_source"], r["body"]) for r in _rows("allsides_abp")],
        "BASIL": [(r["outlet"], None, r["body"]) for r in _rows("basil")],
        "NewsWCL50": [(r["outlet"], None, r["text"]) for r in _rows("newswcl50")],
    }


def count_outlets(scorer, items: list[tuple[str, str | None, str]]) -> tuple[dict, list]:
    """Counts of right / none / wrong outlets, and the wrong ones (name, source, domain)."""
    counts = {"right": 0, "none": 0, "wrong": 0}
    wrong = []
    for domain, label, text in items:
        articles = extract_articles(text, name="dump.txt")
        if articles.empty or is_unknown(articles["outlet"].iloc[0]):
            counts["none"] += 1
            continue
        name, source = articles["outlet"].iloc[0], articles["outlet_source"].iloc[0]
        if is_right(scorer, name, domain, label):
            counts["right"] += 1
        else:
            counts["wrong"] += 1
            wrong.append((name, source, domain))
    return counts, wrong


def precision_tables(scorer, step: int = 10) -> dict[str, tuple]:
    """The corpora's texts (AllSides every ``step``-th, BASIL, NewsWCL50) as candidate
    tables (:func:`benchmarks.metadata_benchmark.candidate_table`: right = a name of the
    text's outlet), for the metadata benchmark's choice among weight settings tied on
    the dev pages: the fewest wrong names on texts whose outlet is known."""
    from benchmarks.metadata_benchmark import candidate_table

    corpora = texts()
    corpora["AllSides"] = corpora["AllSides"][::step]
    tables = {}
    for corpus, items in corpora.items():
        for i, (domain, label, text) in enumerate(items):
            tables[f"{corpus}:{i}"] = candidate_table(
                text.split("\n"),
                lambda name, d=domain, lab=label: is_right(scorer, name, d, lab),
            )
    return tables


def sweep_prose_lines(scorer, corpora: dict[str, list]) -> None:
    """Print, per PROSE_LINE_WORDS value, dev outlet and corpus wrong names, and the
    value's held-out dev figure (cross-validation by site)."""
    golds = scorer.load_gold(METADATA_DIR / "dev_gold.json")
    dev = {n: read_page(DEV_DIR / f"{n}.txt").text.split("\n") for n in sorted(golds)}
    right: dict[str, list[bool]] = {n: [] for n in dev}
    print(f"\n{'PROSE_LINE_WORDS':<18}{'dev outlet':>11}" + "".join(f"{c:>11}" for c in corpora))
    for value in PROSE_GRID:
        setting = {(site_candidates, "PROSE_LINE_WORDS"): 10**9 if value is None else value}
        with overridden(setting):
            for name, lines in dev.items():
                site, gold = page_site_name(lines), golds[name]
                match = scorer.outlet_match(
                    site and site.name, gold["site_name"], gold["host_label"]
                )
                right[name].append(bool(match["any"]))
            wrong = []
            for items in corpora.values():
                sites = (page_site_name(text.split("\n")) for _, _, text in items)
                wrong.append(
                    sum(
                        s is not None and not is_right(scorer, s.name, d, label)
                        for s, (d, label, _) in zip(sites, items, strict=True)
                    )
                )
        share = sum(r[-1] for r in right.values()) / len(dev)
        print(f"{value!s:<18}{share:>11.3f}" + "".join(f"{w:>11}" for w in wrong))
    per_seed = []
    for seed in range(5):
        held_out = 0
        for train, test in folds_by_site(golds, 5, seed):
            totals = [sum(right[n][v] for n in train) for v in range(len(PROSE_GRID))]
            best = totals.index(max(totals))  # the smallest value among the best
            held_out += sum(right[n][best] for n in test)
        per_seed.append(held_out / len(dev))
    print(
        "dev outlet held-out (5-fold CV by site, the value chosen per fold): "
        + ", ".join(f"seed {s} {v:.3f}" for s, v in enumerate(per_seed))
        + f"; mean {sum(per_seed) / len(per_seed):.3f}"
    )
    print("(wrong: corpus texts given a wrong outlet by the site name alone)")


#: The printings of the dev pages counted: (article_variants' variant, or None: as
#: printed; whether the page's title is printed first, as browsers' and many scrapers'
#: text dumps print it: the source's ``html_title``, "Headline | Site" on many sites).
PRINTINGS = (
    (None, False),
    ("no_footer", False),
    ("no_header", False),
    (None, True),
    ("no_footer", True),
    ("no_header", True),
)


def reprinted_dev_pages(
    pairs: list[tuple[str, str, str]] | None = None,
    printed: list[Printing] | None = None,
) -> dict[str, dict[str, int]]:
    """Right / none / wrong outlets on the dev pages, per printing (:data:`PRINTINGS`:
    as printed, cut after the body, started at the headline, and with the page's title
    line first), each page cleaned as ``clean`` cleans a file
    (``benchmarks/article_variants.py``). ``pairs``, when given, receives every
    printing's (host of the page's URL, outlet key, outlet name), for
    :func:`one_outlet_per_site`; ``printed`` every printing with its chrome lines, for
    :func:`chrome_filings`."""
    from benchmarks import article_variants

    _, metadata = article_variants.scorers()
    articles = article_variants.load_articles(metadata)
    hosts = {
        article.name: registered_domain(
            json.loads((DEV_DIR / f"{article.name}.json").read_text(encoding="utf-8"))["url"]
        )
        for article in articles
    }
    counts = {}
    for printing, titled in PRINTINGS:
        found = {"right": 0, "none": 0, "wrong": 0}
        variant = article_variants.VARIANTS[printing] if printing else None
        for article in articles:
            text = variant(article) if variant else "\n".join(article.lines)
            if titled:
                page = json.loads((DEV_DIR / f"{article.name}.json").read_text(encoding="utf-8"))
                text = f"{page.get('html_title') or ''}\n\n{text}"
            cleaned = article_variants.clean_printing(text, article.name)
            rows = cleaned.articles
            if pairs is not None and rows:
                pairs.append((hosts[article.name], rows[0]["outlet_key"], rows[0]["outlet"]))
            if printed is not None:
                printed.append(_printing(cleaned, article.name, hosts[article.name], len(printed)))
            _, per_page = metadata.score(
                {article.name: metadata.to_row(rows)}, {article.name: article.gold}
            )
            if per_page[0]["outlet_any"]:
                found["right"] += 1
            elif not rows or is_unknown(rows[0]["outlet"]):
                found["none"] += 1
            else:
                found["wrong"] += 1
        counts[("title line, " if titled else "") + (printing or "as printed")] = found
    return counts


class Printing(NamedTuple):
    """One printing of a dev page as :func:`chrome_filings` reads it."""

    page: str  # the dev page it prints
    host: str  # the registered domain of the page's URL
    key: str  # its site key (a page naming no site: its own ``unknown:`` key)
    names: tuple[tuple[str, str], ...]  # (key, name) of the page and its articles
    lines: frozenset[int]  # its chrome lines (analysis.clean.site_chrome)


def _printing(cleaned: CleanedPage, page: str, host: str, number: int) -> Printing:
    from analysis.clean.outlet_merge import UNKNOWN_PREFIX
    from analysis.clean.site_chrome import page_chrome_lines

    key = cleaned.row["site_key"]
    if key.startswith(UNKNOWN_PREFIX):  # each printing its own page
        key = f"{UNKNOWN_PREFIX}{page}#{number}"
    names = ((key, cleaned.row["site"]), *((key, row["outlet"]) for row in cleaned.articles))
    blocks = cleaned.blocks
    lines = page_chrome_lines(blocks["line_no"], blocks["label"], blocks["field"], blocks["text"])
    return Printing(page, host, key, names, frozenset(lines))


def chrome_filings(printed: list[Printing]) -> tuple[int, int, int]:
    """(right, WRONG, left) of the printings that name no site, each filed by its chrome
    lines (:func:`analysis.clean.outlet_merge.outlet_identities_of_counts` with the
    printings' chrome lines, as ``metrics`` files them) in a corpus of every printing but
    the other printings of its own page (they print the same lines: only the site's other
    pages are evidence). Right: filed under an outlet holding a printing of the page's
    own site; WRONG: under an outlet holding only other sites' printings."""
    from analysis.clean.outlet_merge import UNKNOWN_PREFIX, outlet_identities_of_counts
    from analysis.clean.site_chrome import ChromeLines

    counts = {"right": 0, "wrong": 0, "left": 0}
    for alone in printed:
        if not alone.key.startswith(UNKNOWN_PREFIX):
            continue
        corpus = [p for p in printed if p.page != alone.page or p is alone]
        pairs = collections.Counter(pair for p in corpus for pair in p.names)
        chrome = ChromeLines()
        for p in corpus:
            chrome.add_page(p.key, p.lines)
        found = outlet_identities_of_counts(pairs, chrome).key_of
        if found[alone.key] == alone.key:
            counts["left"] += 1
            continue
        hosts = {p.host for p in corpus if p is not alone and found[p.key] == found[alone.key]}
        counts["right" if alone.host in hosts else "wrong"] += 1
    return counts["right"], counts["wrong"], counts["left"]


def one_outlet_per_site(pairs: list[tuple[str, str, str]]) -> tuple[int, int, int]:
    """(sites, extra outlets, outlets holding two or more sites) when every printing of
    every dev page is one corpus, merged as ``metrics`` merges it
    (:func:`analysis.clean.outlet_merge.outlet_identities`; no URL: each page keyed by
    the name it prints). A site whose printings give two outlets that stay apart (its
    masthead on some, its company's notice on others) counts its extra ones; pages that
    name no site are left out (each is its own outlet by design)."""
    from analysis.clean.outlet_merge import UNKNOWN_PREFIX, outlet_identities

    found = outlet_identities([key for _, key, _ in pairs], [name for _, _, name in pairs])
    finals: dict[str, set[str]] = collections.defaultdict(set)
    sites_of: dict[str, set[str]] = collections.defaultdict(set)
    for host, key, _ in pairs:
        if not key.startswith(UNKNOWN_PREFIX):
            finals[host].add(found.key_of[key])
            sites_of[found.key_of[key]].add(host)
    extra = sum(len(keys) - 1 for keys in finals.values())
    return len(finals), extra, sum(len(hosts) > 1 for hosts in sites_of.values())


def spelling_merges() -> tuple[int, int, list[str]]:
    """(labels filed under their own domain, left apart, wrong merges) of AllSides's
    outlet labels as ``name:`` keys beside the domains, with no name on the domains'
    pages (the merge sees only the labels and the domains)."""
    from analysis.clean.outlet_merge import NAME_PREFIX, outlet_identities

    labels: dict[str, set[str]] = collections.defaultdict(set)
    for row in _rows("allsides_abp"):
        label = (row["allsides_source"] or "").split(" (")[0].strip()
        if compact_name(label):
            labels[registered_domain(row["outlet"]) or row["outlet"]].add(label)
    keys = sorted(labels)
    names = list(keys)
    for domain in sorted(labels):
        for label in sorted(labels[domain]):
            keys.append(NAME_PREFIX + compact_name(label))
            names.append(label)
    found = outlet_identities(keys, names)
    right, apart, wrong = 0, 0, []
    for domain in sorted(labels):
        for label in sorted(labels[domain]):
            key = NAME_PREFIX + compact_name(label)
            final = found.key_of[key]
            if final == domain:
                right += 1
            elif final == key:
                apart += 1
            else:
                wrong.append(f"{label!r} of {domain} -> {final}")
    return right, apart, wrong


def _never(*_: object) -> bool:
    return False


def dropped_cues() -> list[tuple[str, str]]:
    """(phrase, line) of the cues and credits that ``line_phrases`` finds in the dev and
    listing dumps' lines of more than ``CHROME_LINE_WORDS`` words with its two
    sentence checks off (``_inside_a_sentence``, ``_owns_a_thing``) and drops with them
    on: the other side of the corpora's wrong outlets, what the checks cost on real
    pages with chrome (each printed for a reader to judge: chrome or a sentence's words)."""
    folders = (DEV_DIR, SHARED_DIR / "benchmarks" / "listings" / "dev")
    lines = sorted(
        {
            line
            for folder in folders
            for path in sorted(folder.glob("*.txt"))
            for line in read_page(path).text.split("\n")
            if site_candidates.count_words(line) > site_candidates.CHROME_LINE_WORDS
        }
    )

    def named(line: str) -> set[str]:
        return {
            p
            for p, _, kind in site_phrases.line_phrases(line)[1]
            if kind in ("cue", "credit", "republished")
        }

    kept = {line: named(line) for line in lines}
    checks_off = {
        (site_phrases, "_inside_a_sentence"): _never,
        (site_phrases, "_owns_a_thing"): _never,
    }
    with overridden(checks_off):
        found = {line: named(line) for line in lines}
    return [(p, line) for line in lines for p in sorted(found[line] - kept[line])]


def main(argv: list[str] | None = None) -> int:
    """Print the counts per corpus; 1 when the corpora are absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--allsides-step", type=int, default=10, help="every Nth AllSides body")
    parser.add_argument("--show", type=int, default=15, help="most frequent wrong names shown")
    parser.add_argument("--no-sweep", action="store_true", help="skip the PROSE_LINE_WORDS sweep")
    parser.add_argument(
        "--dropped-cues", action="store_true", help="only list the cues the sentence checks drop"
    )
    args = parser.parse_args(argv)
    if not CORPORA.is_dir() or not SCORER.is_file():
        print(f"corpora or metadata scorer not found under {SHARED_DIR}; nothing to count")
        return 1
    if args.dropped_cues:
        dropped = dropped_cues()
        print(
            f"{len(dropped)} cues in long lines of the dev and listing dumps dropped as words "
            "of a sentence"
        )
        for phrase, line in dropped:
            print(f"    {phrase!r}: {line[:150]}")
        return 0
    scorer = _scorer()
    corpora = texts()
    corpora["AllSides"] = corpora["AllSides"][:: args.allsides_step]
    print(f"{'corpus':<12}{'texts':>7}{'right':>7}{'none':>7}{'wrong':>7}{'wrong share':>13}")
    for corpus, items in corpora.items():
        counts, wrong = count_outlets(scorer, items)
        share = counts["wrong"] / len(items) if items else 0.0
        print(
            f"{corpus:<12}{len(items):>7}{counts['right']:>7}{counts['none']:>7}"
            f"{counts['wrong']:>7}{share:>13.3f}"
        )
        named = collections.Counter((name, source) for name, source, _ in wrong)
        for (name, source), n in sorted(named.items(), key=lambda x: (-x[1], x[0]))[: args.show]:
            print(f"    {n:>4} x {name!r} ({source})")
    print(f"\n{'dev pages':<26}{'pages':>7}{'right':>7}{'none':>7}{'wrong':>7}")
    pairs: list[tuple[str, str, str]] = []
    printed: list[Printing] = []
    for printing, found in reprinted_dev_pages(pairs, printed).items():
        print(
            f"{printing:<26}{sum(found.values()):>7}{found['right']:>7}{found['none']:>7}"
            f"{found['wrong']:>7}"
        )
    sites, extra, mixed = one_outlet_per_site(pairs)
    print(
        f"\nthe dev pages' printings as one corpus, merged as metrics merges it: {sites} "
        f"sites named, {extra} extra outlets (a site split), {mixed} outlets holding two or "
        "more sites"
    )
    right, wrong_filed, left = chrome_filings(printed)
    print(
        f"the printings naming no site, filed by their chrome lines (the other printings "
        f"of their own page left out): {right} under their own site, {left} left apart, "
        f"{wrong_filed} under a WRONG site"
    )
    right, apart, wrong = spelling_merges()
    print(
        f"\nAllSides outlet labels as name: keys beside their domains: {right} filed under "
        f"their own domain, {apart} left apart, {len(wrong)} filed under a WRONG outlet"
        + "".join(f"\n    {w}" for w in wrong)
    )
    if not args.no_sweep:
        sweep_prose_lines(scorer, corpora)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

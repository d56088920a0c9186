"""Listing splitter: dev scores, cross-validation of its thresholds by layout family, speed.

Reads ../shared/benchmarks/listings/dev (59 pages, 19 listing and 6 article families) and
../shared/benchmarks/extraction/dev (109 single-article pages); writes nothing. Prints

1. the benchmark's own scorer (score.py) on ``analysis.extract_articles``, all dev pages;
2. false splits on the 109 extraction dev pages (records > 1 on a one-article page);
3. for every tuned threshold, a leave-one-family-out cross-validation: the value is
   chosen on the other families (and extraction pages, one more group) and scored on
   the held-out one; the held-out figure is printed next to the all-dev figure, for the
   card count and for every per-card field (outlet, title, body token F1: each gold card
   one item, an unmatched card scoring 0, the value chosen by that field's own score);
   then for every rule learnt on one family or a few texts (:data:`RULES`), a leave-one-
   group-out choice (groups: the listing families, the extraction pages, and the sites of
   the single-article corpus texts, both printings below), each rule on for a held-out
   group only when the other groups gain, the figures with and without each rule;
4. false splits on the single-article corpora (AllSides, BASIL, NewsWCL50 in
   ../shared/corpora, each text printed as title line + body): pages split into 2+ cards;
5. the speed check: time per character of ``extract_articles`` on listing pages against
   article pages, measured in the same process.

Run from the project root: ``.venv/bin/python benchmarks/listings_benchmark.py``.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from analysis.clean import (
    card_blocks,
    card_fields,
    card_lines,
    card_roles,
    card_teaser,
    listing,
    listing_headlines,
    listing_lookalikes,
)
from analysis.clean.articles import extract_articles
from analysis.clean.read import page_from_bytes
from analysis.text import count_words, overridden

ROOT = Path(__file__).resolve().parents[1]
LISTINGS = ROOT.parent / "shared" / "benchmarks" / "listings"
EXTRACTION = ROOT.parent / "shared" / "benchmarks" / "extraction" / "dev"
CORPORA = ROOT.parent / "shared" / "corpora"
#: Prefix of a single-article corpus text's group (its site) in the rule choice.
SITE_GROUP = "site "

#: Thresholds tuned on the dev set and the values the cross-validation chooses from.
GRIDS: dict[str, tuple[object, str, tuple[float, ...]]] = {
    "DOMINANT_SHARE": (listing, "DOMINANT_SHARE", (0.5, 0.6, 0.7, 0.8, 1.0)),
    "MAX_OUTSIDE_BODY_RATIO": (
        listing_lookalikes,
        "MAX_OUTSIDE_BODY_RATIO",
        (0.25, 0.5, 1.0, 2.0, 1e9),
    ),
    "MIN_QUESTION_WORDS": (card_lines, "MIN_QUESTION_WORDS", (7, 12, 16, 25)),
}
TEASER_GRID = (50, 70, 90, 120, 160)


def _short_headline_over_meta(lines, kinds, i, run_start) -> bool:
    """The short-headline rule before a byline could stand under the headline."""
    if kinds[i] != "label" or i + 1 >= run_start or kinds[i + 1] != "meta":
        return False
    return any(f.field == "outlet" for f in card_fields.meta_fields(i + 1, lines[i + 1]))


def _one_word_ad_slot(lines, kinds, i, headers_first) -> bool:
    """The ad-slot rule before h17: one-word markers, in the header-first reading only."""
    return headers_first and count_words(lines[i]) == 1 and i > 0 and kinds.known(i - 1) == "prose"


#: Paid-content markers before 'Sponsored Content', 'Presented by' and the like.
_OLD_SPONSORED_CUES = re.compile(
    r"^\W*(?:sponsored|promoted|paid (?:content|post|partner)|partner content|advertisement"
    r"|advertorial|ad|ads|anzeige|werbung|publicidad|patrocinado|contenido patrocinado"
    r"|publicité|sponsorisé|contenu sponsorisé|pubblicità|sponsorizzato)\b",
    re.IGNORECASE,
)

#: Rules learnt on one dev family (or a variant of its pages), each switched off by
#: putting back what the splitter did before it: {(module, attribute): the old value}.
RULES: dict[str, dict[tuple[object, str], object]] = {
    "name line under a sentence headline": {
        (listing_headlines, "_opens_header"): lambda lines, kinds, i: kinds[i] == "meta"
    },
    "headlines of meta-after-body cards": {
        (listing_headlines, "_trailer_headlines"): lambda *a: None
    },
    "short headline over a byline": {(card_blocks, "_short_headline"): _short_headline_over_meta},
    "a link label closes its card": {
        (card_blocks, "_link_label_at"): lambda kinds, trailer: len(trailer)
    },
    "sentence headline right under a card": {
        (listing_headlines, "_packed_sentence_headlines"): lambda lines, kinds: None
    },
    "one-line header under a card's body": {
        (card_blocks, "_holds_headline"): lambda lines, kinds, i: kinds[i] == "title"
    },
    # Written from the variants (h17): card fields and the ad marker between cards.
    "bare ad marker between two cards": {
        (card_blocks, "_ad_place"): _one_word_ad_slot,
        (card_blocks, "SPONSORED_CUES"): _OLD_SPONSORED_CUES,
        (card_lines, "SPONSORED_CUES"): _OLD_SPONSORED_CUES,
    },
    # Written from the no_header variant (h36): the first line a card's, not the masthead.
    "a page starting at its first card": {(listing, "_opens_with_card"): lambda *a: False},
    # Written from single-article corpus texts split as listings (h9, AllSides): their
    # groups are the corpus texts' sites (see _corpus_pages), so it is on for a site
    # only when the other sites' texts (or the dev families) gain.
    "a live blog's timed updates": {(listing_lookalikes, "_timed_updates"): lambda *a: False},
    # Written from made-up live blogs (h59, review finding h54 H11): one-paragraph
    # updates under the page's own headline and byline are the article's.
    "a live blog's updates under its byline": {
        (listing_lookalikes, "_under_a_byline"): lambda *a: False
    },
    # Written from made-up cards with a date one blank line under each (h55, review
    # finding h54 H4c): the date closes the card above when every card has one there.
    "a date one blank line under every card": {(card_blocks, "_detached_trailers"): lambda *a: {}},
    # Written from made-up HTML live blogs (h66): a time line one blank line under the
    # last card, over a headline, opens the story under it (no date closes the cards).
    "a meta line over the next headline opens it": {
        (card_blocks, "_opens_next_story"): lambda *a: False
    },
    # Written from the date archive's no_cue variant (h66): a date one blank line over
    # every card is its day's heading.
    "a date one blank line over every card": {(card_blocks, "_date_above"): lambda *a: None},
    # Written from made-up numbered lists of real AllSides headlines (h66): a ranked
    # headline's "X: " names the outlet only where every ranked card prints one.
    "a ranked headline's X: on some cards is no outlet": {
        (card_roles, "_colon_outlets"): lambda lines, cards: []
    },
    # Written from made-up ranked, newsletter-archive and AMP cards of real AllSides
    # texts (h82): a teaser without a full stop in the slot the page's other cards hold
    # their teasers in is the card's teaser, and a photo's label opens a caption.
    "a headline-shaped line in the teasers' slot": {
        (listing_headlines, "_headline_shaped_teasers"): lambda lines, kinds: None
    },
    "a photo's label opens a caption": {(card_lines, "CAPTION_LABEL"): re.compile(r"(?!)")},
    # Written from single-article corpus texts split as listings (h36: AllSides, vox.com
    # interviews and profiles, a spectator.org text): sections of an opening article.
    "paragraphs of an article before the cards": {
        (listing_lookalikes, "_opens_with_article"): lambda *a: False
    },
}
#: The per-card fields scored held out, and the scorer's key for each.
CARD_FIELDS = {"outlet": "outlet_ok", "title": "title_ok", "body F1": "body_f1"}


def _scorer():
    spec = importlib.util.spec_from_file_location("listing_score", LISTINGS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pages() -> list[tuple[str, str, str, dict | None]]:
    """(name, group, text, gold) for every listing dev page and extraction dev page."""
    pages = []
    for path in sorted((LISTINGS / "dev").glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((path.stem, gold["layout"], _as_read(path.read_bytes(), path.name), gold))
    for path in sorted(EXTRACTION.glob("*.txt")):
        pages.append((path.stem, "extraction", _as_read(path.read_bytes(), path.name), None))
    return pages


def _as_read(data: bytes, name: str) -> str:
    """A page's text as ``clean`` reads it: decoded, normalized and made plain
    (entities, invisible characters, hard wraps: analysis.clean.read.page_from_bytes)."""
    return page_from_bytes(data, name, name).text


def _n_gold(gold: dict | None) -> int:
    return 1 if gold is None else len(gold["articles"])


def _count_ok(text: str, gold: dict | None) -> bool:
    cards = listing.find_cards(text.split("\n"))
    return max(len(cards), 1) == _n_gold(gold)


def cross_validate(
    groups: list[str], scores: dict[float, list[float]]
) -> tuple[float, float, dict[str, float]]:
    """Leave-one-group-out choice of a value; held-out and all-dev mean scores.

    Parameters
    ----------
    groups : list of str
        The group (layout family) of each item.
    scores : dict of value to list of float
        Per value, each item's score under that value.

    Returns
    -------
    held_out : float
        Mean score of the items, each scored with the value chosen without its group.
    best_all : float
        Mean score with the value chosen on all items.
    chosen : dict of str to float
        The value chosen for each held-out group.
    """
    values = sorted(scores)
    chosen: dict[str, float] = {}
    held = [0.0] * len(groups)
    for group in sorted(set(groups)):
        train = [k for k, g in enumerate(groups) if g != group]
        best = max(values, key=lambda v: (sum(scores[v][k] for k in train), -abs(v - values[0])))
        chosen[group] = best
        for k, g in enumerate(groups):
            if g == group:
                held[k] = scores[best][k]
    best_all = max(statistics.fmean(scores[v]) for v in values)
    return statistics.fmean(held), best_all, chosen


def _threshold_cv(pages: list[tuple[str, str, str, dict | None]], score) -> None:
    groups = [group for _, group, _, _ in pages]
    listing_pages = [(n, g, t, gold) for n, g, t, gold in pages if gold is not None]
    print("\nLeave-one-family-out cross-validation (59 listing dev + 109 extraction pages)")
    print("card count: right on a page (59 + 109 pages); outlet, title, body F1: per gold card")
    print(f"(328 listing + 11 article cards, unmatched = 0) of the {len(listing_pages)} dev pages")
    print(f"{'threshold':<24} {'field':<10} {'default':>8} {'all-dev':>8} {'held-out':>8}  chosen")
    for label, (module, attribute, grid) in GRIDS.items():
        default = getattr(module, attribute)
        counts: dict[float, list[float]] = {}
        fields: dict[str, dict[float, list[float]]] = {name: {} for name in CARD_FIELDS}
        card_groups: list[str] = []
        for value in grid:
            with overridden({(module, attribute): value}):  # memos emptied: line kinds
                counts[value] = [float(_count_ok(text, gold)) for _, _, text, gold in pages]
                per_card, card_groups = _card_scores(listing_pages, score)
            for name, key in CARD_FIELDS.items():
                fields[name][value] = [float(card[key]) for card in per_card]
        _print_cv(label, "card count", default, groups, counts)
        for name in CARD_FIELDS:
            _print_cv("", name, default, card_groups, fields[name])
    _teaser_cv(pages)


def _card_scores(
    pages: list[tuple[str, str, str, dict | None]], score
) -> tuple[list[dict], list[str]]:
    """The scorer's per-gold-card results on ``pages`` and each card's family."""
    cards, groups = [], []
    for name, group, text, gold in pages:
        records = extract_articles(text, name).to_dict("records")
        for card in score.score_page(name, gold, records)["cards"]:
            cards.append(card)
            groups.append(group)
    return cards, groups


def _print_cv(
    label: str, field: str, default: float, groups: list[str], scores: dict[float, list[float]]
) -> None:
    held, best_all, chosen = cross_validate(groups, scores)
    at_default = statistics.fmean(scores[default]) if default in scores else float("nan")
    picks = sorted(set(chosen.values()))
    print(f"{label:<24} {field:<10} {at_default:8.3f} {best_all:8.3f} {held:8.3f}  {picks}")


def _teaser_cv(pages: list[tuple[str, str, str, dict | None]]) -> None:
    """Teaser flag on the gold card bodies, MAX_TEASER_WORDS chosen by family."""
    groups, bodies, flags = [], [], []
    for _, group, _, gold in pages:
        if gold is None or group.startswith("article_"):
            continue
        for article in gold["articles"]:
            groups.append(group)
            bodies.append(article["body"])
            flags.append(article["is_teaser"])
    default = card_teaser.MAX_TEASER_WORDS
    scores: dict[float, list[float]] = {}
    for value in TEASER_GRID:
        with overridden({(card_teaser, "MAX_TEASER_WORDS"): value}):
            scores[value] = [
                float(card_teaser.is_teaser(b) == f) for b, f in zip(bodies, flags, strict=False)
            ]
    held, best_all, chosen = cross_validate(groups, scores)
    print(
        f"{'MAX_TEASER_WORDS':<24} {'is_teaser':<10} {statistics.fmean(scores[default]):8.3f} "
        f"{best_all:8.3f} {held:8.3f}  {sorted(set(chosen.values()))}  (teaser flag on gold "
        f"bodies, {len(bodies)} cards; no other field reads it)"
    )
    print(
        "Per-card outlet, title and body: no value of card_fields.py is tuned (its rules have\n"
        "no threshold chosen on the benchmark); the thresholds above change which cards exist,\n"
        "so their held-out figures are the fields' held-out figures."
    )


def _scored(pages: list[tuple[str, str, str, dict | None]], score) -> tuple[list[float], list]:
    """Card count right per page, and the scorer's per-gold-card results."""
    counts = [float(_count_ok(text, gold)) for _, _, text, gold in pages]
    per_card, _ = _card_scores([p for p in pages if p[3] is not None], score)
    return counts, per_card


Scores = dict[str, tuple[list[float], list[dict]]]


def rule_cv(
    pages: list[tuple[str, str, str, dict | None]],
    score,
    corpus: list[tuple[str, str, str, dict | None]],
    rules: list[str] | None = None,
) -> None:
    """Leave-one-group-out choice of each rule in :data:`RULES` (or those named in
    ``rules``, the others left on), preset off.

    The groups are the listing dev families, the extraction dev pages (one group) and
    the single-article corpus texts' sites (:func:`_corpus_pages`). A rule is on for a
    held-out group only when the other groups score higher with it, summed over the card
    count (a corpus text: not split) and the three card fields; a rule that only helps
    the group it was learnt on is then off for that group, and its held-out figure is
    the figure without it. Each rule's row gives the figures with it left out of the
    choice (off for every group, all dev and held out) under the figures with it.
    """
    everything = pages + corpus
    families = sorted({group for _, group, _, _ in everything})
    on = _scored_by_group(everything, score, families)
    print("\nRules learnt on one family or a few texts: leave one group out (listing dev")
    print("family, extraction dev, corpus site), each rule on only when the other groups")
    print("gain (card count or corpus text not split + outlet + title + body F1); off = before")
    print(f"{'rule':<46} {'on for':<10} groups changed (+ gains with the rule, - loses, = even)")
    off: dict[str, Scores] = {}
    chosen: dict[str, set[str]] = {}
    # scores of a group with a set of rules off, so that no setting is scored twice
    known = {(f, frozenset()): on[f] for f in families}
    for name in rules or RULES:
        with overridden(RULES[name]):
            off[name] = _scored_by_group(everything, score, families)
        known.update({(f, frozenset({name})): off[name][f] for f in families})
        changed = [
            f + _sign(_gain(on, off[name], f, only=True)) for f in families if on[f] != off[name][f]
        ]
        chosen[name] = {f for f in families if _gain(on, off[name], f) > 0}
        shown = ", ".join(changed[:6]) + (f" +{len(changed) - 6}" if len(changed) > 6 else "")
        print(f"{name:<46} {f'{len(chosen[name])} of {len(families)}':<10} {shown or '-'}")
    held = _held_out(everything, score, chosen, families, known)
    n_texts = sum(len(on[f][0]) for f in families if _is_site(f))
    print(f"\nAll dev / held out; corpora: texts split of {n_texts} (both printings)")
    print(
        f"{'':<46}{'card count':<16}{'corpora split':<16}{'outlet':<16}{'title':<16}{'body F1':<16}"
    )
    print(f"{'every rule as chosen':<46}{_cv_row(on, held)}")
    for name in chosen:
        without = {n: (set() if n == name else on_for) for n, on_for in chosen.items()}
        # only the groups the rule is on for score differently without it
        held_without = _held_out(everything, score, without, sorted(chosen[name]), known, held)
        print(f"{'without ' + name:<46}{_cv_row(off[name], held_without)}")


def _scored_by_group(
    pages: list[tuple[str, str, str, dict | None]], score, families: list[str]
) -> Scores:
    """Per group: card count right per page, and the scorer's per-gold-card results."""
    return {f: _scored([p for p in pages if p[1] == f], score) for f in families}


def _held_out(
    pages: list[tuple[str, str, str, dict | None]],
    score,
    chosen: dict[str, set[str]],
    families: list[str],
    known: dict[tuple[str, frozenset[str]], tuple[list[float], list[dict]]],
    base: Scores | None = None,
) -> Scores:
    """Each group in ``families`` scored with the rules chosen for it (``chosen``: the
    groups each rule is on for); the other groups' scores taken from ``base``. ``known``
    holds the scores of a group with a set of rules off, and gains what is scored here."""
    held = dict(base or {})
    for family in families:
        off = frozenset(n for n in chosen if family not in chosen[n])
        if (family, off) not in known:
            switched = {place: old for n in off for place, old in RULES[n].items()}
            with overridden(switched):
                known[family, off] = _scored([p for p in pages if p[1] == family], score)
        held[family] = known[family, off]
    return held


def _cv_row(all_dev: Scores, held: Scores) -> str:
    """All dev / held out: dev card count, corpus texts split (a count), card fields."""

    def figures(scores: Scores) -> list[float]:
        dev = [c for f, (counts, _) in scores.items() if not _is_site(f) for c in counts]
        split = sum(1 - c for f, (counts, _) in scores.items() if _is_site(f) for c in counts)
        cards = [card for _, per_card in scores.values() for card in per_card]
        fields = [statistics.fmean(float(c[key]) for c in cards) for key in CARD_FIELDS.values()]
        return [statistics.fmean(dev), split, *fields]

    cells = [
        f"{a:.0f} / {h:.0f}" if k == 1 else f"{a:.3f} / {h:.3f}"
        for k, (a, h) in enumerate(zip(figures(all_dev), figures(held), strict=True))
    ]
    return "".join(f"{cell:<16}" for cell in cells)


def _gain(on: Scores, off: Scores, family: str, only: bool = False) -> float:
    """Training gain of a rule when ``family`` is held out: count + fields, summed
    (``only``: the gain on ``family`` itself)."""
    gain = 0.0
    for group in on:
        if (group == family) != only:
            continue
        gain += sum(a - b for a, b in zip(on[group][0], off[group][0], strict=True))
        for key in CARD_FIELDS.values():
            gain += sum(
                float(a[key]) - float(b[key])
                for a, b in zip(on[group][1], off[group][1], strict=True)
            )
    return gain


def _sign(gain: float) -> str:
    return "+" if gain > 0 else "-" if gain < 0 else "="


def _is_site(group: str) -> bool:
    return group.startswith(SITE_GROUP)


def _corpus_texts(packed: bool = False) -> dict[str, list[tuple[str, str]]]:
    """Each single-article corpus's (site, text) pairs, a title line above the body as
    in a dump.

    ``packed``: the blank lines left out, so that title and paragraphs stand on
    consecutive lines (a dump that prints no blank line between blocks).
    """
    texts: dict[str, list[tuple[str, str]]] = {}
    for name, file, body_key in (
        ("AllSides", "allsides_abp/articles.jsonl.gz", "body"),
        ("BASIL", "basil/articles.jsonl", "body"),
        ("NewsWCL50", "newswcl50/articles.jsonl", "text"),
    ):
        path = CORPORA / file
        if not path.is_file():
            continue
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        texts[name] = []
        for row in rows:
            text = "\n\n".join(p for p in (row.get("title"), row[body_key]) if p)
            if packed:
                text = "\n".join(line for line in text.split("\n") if line.strip())
            texts[name].append((row["outlet"], _as_read(text.encode("utf-8"), f"{name}.txt")))
    return texts


def _corpus_pages() -> list[tuple[str, str, str, dict | None]]:
    """(name, group, text, None) for every single-article corpus text, printed with
    blank lines and on consecutive lines; the group is the text's site, so that both
    printings of an article, and a site's texts in two corpora, are held out together."""
    pages = []
    for packed in (False, True):
        for corpus, items in _corpus_texts(packed).items():
            for k, (site, text) in enumerate(items):
                name = f"{corpus}_{k}{'_packed' if packed else ''}"
                pages.append((name, SITE_GROUP + site, text, None))
    return pages


def _corpora_false_splits() -> None:
    """Single-article corpus texts the splitter splits into two or more cards, printed
    with blank lines between paragraphs and (never used to write a rule) on
    consecutive lines."""
    for packed, how in ((False, "between blank lines"), (True, "on consecutive lines")):
        texts = _corpus_texts(packed)
        if not texts:
            print(f"\nFalse splits on the corpora: skipped ({CORPORA} not found)")
            return
        print(f"\nFalse splits on single-article corpora (title line + body, {how};")
        print("2+ cards = split)")
        for name, items in texts.items():
            split = [
                k
                for k, (_, text) in enumerate(items)
                if len(listing.find_cards(text.split("\n"))) > 1
            ]
            shown = f"  (texts {', '.join(map(str, split))})" if packed and split else ""
            print(f"  {name:<10} {len(split)} of {len(items)} texts split{shown}")


def _timed(fn: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _speed(pages: list[tuple[str, str, str, dict | None]]) -> None:
    """Microseconds per character on listing pages and on article pages."""
    per_char: dict[str, list[float]] = {"listing": [], "article": []}
    for name, group, text, _ in pages:
        kind = "listing" if name.startswith("listing_") else "article"
        if group == "extraction" and len(text) > 40_000:
            continue  # keep article pages in the listing pages' size range
        seconds = _timed(lambda text=text, name=name: extract_articles(text, name))
        per_char[kind].append(1e6 * seconds / max(len(text), 1))
    listing_cost = statistics.median(per_char["listing"])
    article_cost = statistics.median(per_char["article"])
    print("\nSpeed: extract_articles, median microseconds per character (same process)")
    print(f"  listing pages ({len(per_char['listing'])}): {listing_cost:.3f}")
    print(f"  article pages ({len(per_char['article'])}): {article_cost:.3f}")
    ratio = listing_cost / article_cost
    print(f"  listing / article = {ratio:.2f} (target <= 2.00) {'OK' if ratio <= 2 else 'SLOW'}")


def main() -> int:
    """Print the dev scores, the cross-validation and the speed check."""
    if not LISTINGS.is_dir():
        print(f"skipped: {LISTINGS} not found")
        return 0
    score = _scorer()
    print("== score.py on the listing dev set, analysis.extract_articles ==")
    score.main(["--callable", "analysis:extract_articles"])
    pages = _pages()
    extraction = [(n, t) for n, g, t, _ in pages if g == "extraction"]
    split = [n for n, t in extraction if len(extract_articles(t, n)) > 1]
    print(f"\nFalse splits on extraction dev: {len(split)} of {len(extraction)} pages {split}")
    _threshold_cv(pages, score)
    rule_cv(pages, score, _corpus_pages())
    _corpora_false_splits()
    _speed(pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())

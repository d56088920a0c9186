"""Listing splitter on layouts never seen: the dev pages re-printed the ways real sites vary.

The listing dev figures (benchmarks/listings_benchmark.py) are near their ceiling; what
counts is layouts the splitter has never seen. This benchmark is a harder proxy: each
*variant* applies one change a real site makes to its cards, deterministically, to every
listing dev page while keeping the gold's cards (their outlet, title and body do not
change), and to every single-article page (the 11 article dev pages of the listing set and
the 109 extraction dev pages), which must still give one article.

Variants (a card's lines are the gold's ``lines.first`` to ``lines.last``):

- ``gaps_none`` / ``gaps_double``: no blank line between cards / two;
- ``rule_dashes`` / ``rule_stars``: a ``----`` / ``* * *`` rule line between cards
  (``rule_stars_all``: on single-article pages between every two blocks, not every third);
- ``ad_lines``: an ``Advertisement`` line between cards;
- ``read_more``: ``Read more`` / ``Continue reading`` right under each card;
- ``kicker``: a section line (``Politics``) right above each card;
- ``numbered``: ``1. `` before each card's headline (pages not numbered already);
- ``bullet_titles``: ``• `` before each card's headline (pages not bulleted already);
- ``date_swap``: a date line next to the headline moved to its other side;
- ``byline_by`` / ``byline_bar``: ``By Jane Doe`` / ``Jane Doe |`` under each headline
  (cards that show no author);
- ``outlet_in_title``: an outlet line folded into the headline (``Title - Outlet``);
- ``no_cue``: the site's own listing printing no card cue: every outlet, date, author,
  meta and section line of the cards left out (headlines over bodies alone), each card's
  outlet then the page's site where it names one;
- ``blank_inside_card``: a blank line under each card's headline and between its body and
  the lines under the body (a date, a byline);
- ``photo_label``: a photo's caption line under each headline, opened by its label and
  the headline's first words (``Photo: Council votes to rebuild the...``);
- ``teaser_unclosed``: each card's text without the full stop closing it (a teaser cut
  at a word; on single-article pages every third paragraph's);
- ``own_site``: the page is the site's own listing: each card's outlet line left out
  and a section line (``Politics``) put above it, the card's outlet then the page's
  site (pages with a site of their own where every card prints its outlet only on
  outlet lines of its own; the others unchanged);
- ``crlf``: CRLF line ends, read as the ``clean`` command reads files (read.normalize_text);
- ``no_trailer``: the page ends at its last card (no footer, no final line end).

Printed as a scraper of a site never seen might keep a listing (single-article pages
unchanged but for the header):

- ``cards_reversed``: the cards in the reverse order, the chrome around and between
  them where it was;
- ``no_header``: the page starts at its first card (no masthead, menu or heading; a
  single-article page at its headline);
- ``mixed_length``: every other full-text card of a page cut to a teaser, its first
  :data:`TEASER_WORDS` words and ``…`` (the gold's body too), so full texts and teasers
  alternate;
- ``feed_items``: each card as a feed dump prints an item (``Title:``, ``Link:``,
  ``Description:`` its text on one line, ``pubDate:`` an RFC 822 date, ``Source:`` its
  outlet), the page's chrome around the items kept;
- ``email_digest``: the listing as a newsletter e-mail saved as text: an e-mail header
  (``From: Site <address>``, ``Subject:``, ``Date:``, ``To:``) and a greeting above the
  cards, an unsubscribe notice below them, no masthead, menu or footer.

On single-article pages the between-card changes go between the page's blocks (every
third blank-line gap: a section break, an ad; blank lines: every gap), the headline changes to the
headline line (the gold title's line where the page has one). Prints, per variant: pages
changed, card count right on the listing pages, per gold card outlet, title and body token
F1 (the benchmark scorer's; an unmatched card scores 0), and single-article pages split
into 2+ records. ``--pages VARIANT`` lists the pages a variant breaks.

``--sites``: per variant, the listing page's own site (the PAGES row's ``site``, read
from the page's masthead and footer) against the gold's ``site``: right / none / wrong
over the listing pages whose gold names one.

``--rules``: the rule cross-validation of ``listings_benchmark.py`` (its :data:`RULES`,
each on for a held-out layout family only when the other families gain) on the pages as
printed and every variant, a page and its variants in the page's family (the extraction
pages one group): a rule written from one family's variant is kept for another family
only when it helps the variants of families it was not written from.

Run from the project root: ``.venv/bin/python benchmarks/listings_variants.py``.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import importlib.util
import json
import re
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import listings_benchmark

from analysis.clean.articles import extract_articles
from analysis.clean.listing import find_cards
from analysis.clean.page_rows import clean_page
from analysis.clean.read import normalize_text, page_from_bytes
from analysis.text import is_bullet

ROOT = Path(__file__).resolve().parents[1]
LISTINGS = ROOT.parent / "shared" / "benchmarks" / "listings"
EXTRACTION = ROOT.parent / "shared" / "benchmarks" / "extraction" / "dev"

# Generic card furniture (no page's strings): section names, byline names.
RANKED = re.compile(r"^\s*(?:#\s?\d|no\.\s?\d|\d{1,2}\s*[.):])", re.IGNORECASE)
#: Gold roles of a card's cue lines (no_cue).
CUE_ROLES = frozenset({"outlet", "date", "author", "meta", "category"})
KICKERS = ("Politics", "World", "Analysis", "Business")
NAMES = ("Jane Doe", "John Smith", "Maria Lopez", "Ken Adams")
#: Words a card cut to a teaser keeps (mixed_length): about a first sentence.
TEASER_WORDS = 25
#: Words of the headline a photo's label line repeats (photo_label).
PHOTO_WORDS = 6
#: The full stop closing a line (teaser_unclosed).
UNCLOSED = re.compile(r"\s*(?:\.\.\.|[.…])\s*$")


@dataclass
class Page:
    """One benchmark page: its lines and, per article, the lines it spans."""

    name: str
    lines: list[str]
    gold: dict | None  # None: a single-article page scored by its record count only
    spans: list[tuple[int, int]]  # per article, first and last line (0-based)
    titles: list[int | None]  # per article, its headline line
    roles: dict[int, str]  # line index -> gold role

    @property
    def is_listing(self) -> bool:
        return self.gold is not None and not self.gold["layout"].startswith("article_")


#: A page re-printed: its lines, or its lines and its gold when the variant changes a card.
Printed = list[str] | tuple[list[str], dict | None]
Edit = dict[int, list[str]]  # line index -> lines put before it (len(lines): at the end)


def _rebuild(
    page: Page,
    before: Edit | None = None,
    after: Edit | None = None,
    replace: dict[int, str] | None = None,
    drop: set[int] | frozenset[int] = frozenset(),
) -> list[str]:
    before, after, replace = before or {}, after or {}, replace or {}
    out: list[str] = []
    for i, line in enumerate(page.lines):
        out += before.get(i, [])
        if i not in drop:
            out.append(replace.get(i, line))
        out += after.get(i, [])
    return out


def _gaps(page: Page) -> list[tuple[int, int]]:
    """(last line of a card, first line of the next) for listing pages; the blank-line
    gaps between blocks (last line of a block, first of the next) for article pages."""
    if page.is_listing:
        return [(page.spans[k - 1][1], page.spans[k][0]) for k in range(1, len(page.spans))]
    gaps, previous = [], None
    for i, line in enumerate(page.lines):
        if not line.strip():
            continue
        if previous is not None and i > previous + 1:
            gaps.append((previous, i))
        previous = i
    return gaps


def _gap_blanks(page: Page, gap: tuple[int, int]) -> set[int]:
    return {i for i in range(gap[0] + 1, gap[1]) if not page.lines[i].strip()}


def gaps_none(page: Page) -> list[str]:
    drop = set().union(*(_gap_blanks(page, g) for g in _gaps(page))) if _gaps(page) else set()
    return _rebuild(page, drop=drop)


def gaps_double(page: Page) -> list[str]:
    return _rebuild(page, after={last: [""] for last, _ in _gaps(page)})


def _separator(text: str, every: int = 1) -> Callable[[Page], list[str]]:
    def variant(page: Page) -> list[str]:
        gaps = _gaps(page)
        if not page.is_listing:
            gaps = gaps[every - 1 :: every]
        return _rebuild(page, after={last: ["", text] for last, _ in gaps})

    return variant


def read_more(page: Page) -> list[str]:
    if page.is_listing:
        ends = [last for _, last in page.spans]
    else:
        ends = [last for last, _ in _gaps(page)][2::3]
    cues = ("Read more", "Continue reading")
    return _rebuild(page, after={end: [cues[k % 2]] for k, end in enumerate(ends)})


def _headlines(page: Page) -> list[int]:
    return [t for t in page.titles if t is not None]


def kicker(page: Page) -> list[str]:
    tops = [first for first, _ in page.spans] if page.is_listing else _headlines(page)
    return _rebuild(page, before={top: [KICKERS[k % 4]] for k, top in enumerate(tops)})


def numbered(page: Page) -> list[str]:
    heads = _headlines(page)
    if any(RANKED.match(page.lines[t]) for t in heads):
        return list(page.lines)  # numbered already
    return _rebuild(page, replace={t: f"{k + 1}. {page.lines[t]}" for k, t in enumerate(heads)})


def bullet_titles(page: Page) -> list[str]:
    heads = _headlines(page)
    if any(is_bullet(page.lines[t]) for t in heads):
        return list(page.lines)  # bulleted already
    return _rebuild(page, replace={t: f"• {page.lines[t]}" for t in heads})


def no_cue(page: Page) -> Printed:
    """Every cue line of the cards (outlet, date, author, meta, section) left out."""
    if not page.is_listing:
        return list(page.lines)
    drop = {
        i
        for first, last in page.spans
        for i in range(first, last + 1)
        if page.roles.get(i) in CUE_ROLES
    }
    gold = copy.deepcopy(page.gold)
    if gold.get("site"):
        for article in gold["articles"]:
            article.update(outlet=gold["site"], outlet_canonical=gold["site"])
    return _rebuild(page, drop=drop), gold


def blank_inside_card(page: Page) -> list[str]:
    """A blank line under each card's headline and between its body and the card's
    lines under it."""
    if not page.is_listing:
        return list(page.lines)
    after = {}
    for k, (first, last) in enumerate(page.spans):
        t = page.titles[k]
        if t is not None and t < last and page.lines[t + 1].strip():
            after[t] = [""]
        body = [i for i in range(first, last + 1) if page.roles.get(i) == "body"]
        if body and body[-1] < last and page.lines[body[-1] + 1].strip():
            after[body[-1]] = [""]
    return _rebuild(page, after=after)


def photo_label(page: Page) -> list[str]:
    """A photo's caption opened by its label right under each headline (``Photo: `` and
    the headline's first words, cut: an AMP page's image line)."""
    heads = _headlines(page)
    return _rebuild(
        page,
        after={t: [f"Photo: {' '.join(page.lines[t].split()[:PHOTO_WORDS])}..."] for t in heads},
    )


def teaser_unclosed(page: Page) -> list[str]:
    """Each card's text without the full stop closing it (a teaser cut at a word:
    '... some residents have voiced concern'); on a single-article page, every third
    paragraph's."""
    if page.is_listing:
        ends = []
        for first, last in page.spans:
            body = [i for i in range(first, last + 1) if page.roles.get(i) == "body"]
            ends += body[-1:]
    else:
        ends = [last for last, _ in _gaps(page)][2::3]
    return _rebuild(page, replace={i: UNCLOSED.sub("", page.lines[i]) for i in ends})


def date_swap(page: Page) -> list[str]:
    """A date line right above or under the headline moved to its other side."""
    lines = list(page.lines)
    for t in _headlines(page):
        for step in (1, -1):
            d = t + step
            if 0 <= d < len(lines) and page.roles.get(d) == "date":
                # the date line and the headline trade places
                lines[t], lines[d] = lines[d], lines[t]
                break
    return lines


def _byline(form: str) -> Callable[[Page], list[str]]:
    def variant(page: Page) -> list[str]:
        after = {}
        for k, t in enumerate(page.titles):
            if t is None:
                continue
            first, last = page.spans[k] if k < len(page.spans) else (t, t)
            if any(page.roles.get(i) == "author" for i in range(first, last + 1)):
                continue
            after[t] = [form.format(NAMES[k % 4])]
        return _rebuild(page, after=after)

    return variant


def outlet_in_title(page: Page) -> list[str]:
    """An outlet printed alone on a line of the card folded into the headline."""
    if page.gold is None:
        return list(page.lines)
    replace, drop = {}, set()
    for k, (first, last) in enumerate(page.spans):
        t = page.titles[k]
        outlet = page.gold["articles"][k]["outlet"]
        own = [
            i
            for i in range(first, last + 1)
            if page.roles.get(i) == "outlet" and page.lines[i].strip() == outlet
        ]
        if t is None or not own:
            continue
        drop.update(own)
        replace[t] = f"{page.lines[t].rstrip()} - {outlet}"
    return _rebuild(page, replace=replace, drop=drop)


def own_site(page: Page) -> Printed:
    """The cards' outlet lines left out and a kicker over each card: the site's own
    listing, every card's outlet the page's site (the gold's ``site``)."""
    if not page.is_listing or not page.gold.get("site"):
        return list(page.lines)  # an e-mail or a search page names no site of its own
    drop: set[int] = set()
    for k, (first, last) in enumerate(page.spans):
        outlet = page.gold["articles"][k]["outlet"]
        own = {i for i in range(first, last + 1) if page.roles.get(i) == "outlet"}
        if not own or any(page.lines[i].strip() != outlet for i in own):
            return list(page.lines)
        if any(outlet in page.lines[i] for i in range(first, last + 1) if i not in own):
            return list(page.lines)  # named on another line of the card too
        drop |= own
    gold = copy.deepcopy(page.gold)
    for article in gold["articles"]:
        article.update(outlet=gold["site"], outlet_canonical=gold["site"])
    tops = [first for first, _ in page.spans]
    before = {top: [KICKERS[k % 4]] for k, top in enumerate(tops)}
    return _rebuild(page, before=before, drop=drop), gold


def crlf(page: Page) -> list[str]:
    return normalize_text("\r\n".join(page.lines)).split("\n")


def no_trailer(page: Page) -> list[str]:
    if not page.spans:
        return list(page.lines)
    return page.lines[: page.spans[-1][1] + 1]


def cards_reversed(page: Page) -> list[str]:
    if not page.is_listing or len(page.spans) < 2:
        return list(page.lines)
    out = page.lines[: page.spans[0][0]]
    for k, (first, last) in enumerate(page.spans[::-1]):
        out += page.lines[first : last + 1]
        if k + 1 < len(page.spans):  # the k-th gap between cards stays the k-th
            out += page.lines[page.spans[k][1] + 1 : page.spans[k + 1][0]]
    return out + page.lines[page.spans[-1][1] + 1 :]


def no_header(page: Page) -> list[str]:
    if page.is_listing:
        return page.lines[page.spans[0][0] :]
    head = next((t for t in page.titles if t is not None), 0)
    return page.lines[head:]


def mixed_length(page: Page) -> Printed:
    if not page.is_listing:
        return list(page.lines)
    gold = copy.deepcopy(page.gold)
    replace, drop = {}, set()
    full = [article for article in gold["articles"] if not article["is_teaser"]]
    for article in full[1::2]:
        first, last = (n - 1 for n in article["lines"]["body"])
        teaser = " ".join(article["body"].split()[:TEASER_WORDS]) + "…"
        replace[first] = teaser
        drop.update(range(first + 1, last + 1))
        article.update(body=teaser, body_paragraphs=[teaser], is_teaser=True)
    return _rebuild(page, replace=replace, drop=drop), gold


def _rfc_date(article: dict) -> str | None:
    """The card's date as a feed writes it (RFC 822, ``Tue, 03 Mar 2026 10:00:00 GMT``)."""
    iso = article.get("published") or article.get("source_date")
    if not iso:
        return None
    day = datetime.date.fromisoformat(iso[:10])
    return day.strftime("%a, %d %b %Y 10:00:00 GMT")  # (C locale names: as feeds write)


def feed_items(page: Page) -> Printed:
    """Each card printed as a feed dump prints an item: ``Title:``, ``Link:``,
    ``Description:`` (its text on one line), ``pubDate:`` (the gold's date) and
    ``Source:`` (its outlet) lines, a blank line between items."""
    if not page.is_listing:
        return list(page.lines)
    gold = copy.deepcopy(page.gold)
    replace, drop = {}, set()
    for k, (first, last) in enumerate(page.spans):
        article = gold["articles"][k]
        text = " ".join(" ".join(p.split()) for p in article["body_paragraphs"])
        item = [
            f"Title: {article['title']}",
            f"Link: https://news.example.org/item/{k + 1}",
            f"Description: {text}",
        ]
        if (date := _rfc_date(article)) is not None:
            item.append(f"pubDate: {date}")
        item.append(f"Source: {article['outlet']}")
        replace[first] = "\n".join(item)
        drop.update(range(first + 1, last + 1))
        article.update(body=text, body_paragraphs=[text])
    lines = "\n".join(_rebuild(page, replace=replace, drop=drop)).split("\n")
    return lines, gold


def email_digest(page: Page) -> list[str]:
    """The listing sent as a newsletter e-mail saved as text: an e-mail header
    (``From:`` the site, ``Subject:``, ``Date:``, ``To:``) and a greeting instead of the
    page's masthead and menu, an unsubscribe notice instead of its footer, the cards as
    printed."""
    if not page.is_listing:
        return list(page.lines)
    sender = page.gold.get("site") or "The Morning Briefing"
    header = [
        f"From: {sender} <newsletter@news.example.org>",
        "Subject: Your morning briefing",
        "Date: Tue, 03 Mar 2026 07:00:00 GMT",
        "To: reader@example.org",
        "",
        "Good morning. Here is what you need to know today.",
        "",
    ]
    footer = [
        "",
        "You are receiving this email because you signed up for our briefing.",
        "Unsubscribe | Manage preferences",
    ]
    first, last = page.spans[0][0], page.spans[-1][1]
    return header + page.lines[first : last + 1] + footer


def reprint(page: Page, variant: Callable[[Page], Printed] | None) -> tuple[list[str], dict | None]:
    """A page's lines under ``variant`` (None: as printed) and its gold."""
    printed = variant(page) if variant else page.lines
    return printed if isinstance(printed, tuple) else (printed, page.gold)


VARIANTS: dict[str, Callable[[Page], Printed]] = {
    "gaps_none": gaps_none,
    "gaps_double": gaps_double,
    "rule_dashes": _separator("----", every=3),
    "rule_stars": _separator("* * *", every=3),
    "rule_stars_all": _separator("* * *"),
    "ad_lines": _separator("Advertisement", every=3),
    "read_more": read_more,
    "kicker": kicker,
    "numbered": numbered,
    "bullet_titles": bullet_titles,
    "date_swap": date_swap,
    "byline_by": _byline("By {}"),
    "byline_bar": _byline("{} |"),
    "outlet_in_title": outlet_in_title,
    "own_site": own_site,
    "no_cue": no_cue,
    "blank_inside_card": blank_inside_card,
    "photo_label": photo_label,
    "teaser_unclosed": teaser_unclosed,
    "crlf": crlf,
    "no_trailer": no_trailer,
    "cards_reversed": cards_reversed,
    "no_header": no_header,
    "mixed_length": mixed_length,
    "feed_items": feed_items,
    "email_digest": email_digest,
}


def _scorer():
    spec = importlib.util.spec_from_file_location("listing_score", LISTINGS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _labelled_page(path: Path) -> Page:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    lines = path.read_text(encoding="utf-8").split("\n")
    roles = {label["line"] - 1: label["role"] for label in gold["line_labels"]}
    spans, titles = [], []
    for article in gold["articles"]:
        first, last = article["lines"]["first"] - 1, article["lines"]["last"] - 1
        spans.append((first, last))
        heads = [i for i in range(first, last + 1) if roles.get(i) in {"title", "meta"}]
        heads = [i for i in heads if article["title"] in lines[i]] or heads
        titles.append(heads[0] if heads else None)
    return Page(path.stem, lines, gold, spans, titles, roles)


def _extraction_page(path: Path) -> Page:
    text = normalize_text(path.read_text(encoding="utf-8", errors="replace"))
    lines = text.split("\n")
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    title = " ".join((meta.get("html_title") or "").split()).lower()
    head = next(
        (
            i
            for i, line in enumerate(lines)
            if len(line.strip()) > 15 and line.strip().lower() in title
        ),
        None,
    )
    return Page(path.stem, lines, None, [], [head], {})


def load_pages() -> list[Page]:
    """The listing dev pages (with gold) and the single-article pages."""
    pages = [_labelled_page(p) for p in sorted((LISTINGS / "dev").glob("*.txt"))]
    pages += [_extraction_page(p) for p in sorted(EXTRACTION.glob("*.txt"))]
    return pages


def score_variant(
    pages: list[Page], variant: Callable[[Page], Printed] | None, score
) -> tuple[dict[str, float], list[str]]:
    """Figures of one variant (None: the pages as they are) and the pages it breaks."""
    counts, cards, split, changed, broken = [], [], 0, 0, []
    for page in pages:
        lines, gold = reprint(page, variant)
        changed += lines != page.lines
        # read as `clean` reads a file (entities, invisible characters, hard wraps)
        text = _as_read(page, lines)
        lines = text.split("\n")
        if page.is_listing:
            records = extract_articles(text, page.name).to_dict("records")
            result = score.score_page(page.name, gold, records)
            counts.append(result["count_ok"])
            cards += result["cards"]
            if not result["count_ok"]:
                broken.append(f"{page.name} ({len(records)} of {len(page.gold['articles'])})")
        elif len(find_cards(lines)) > 1:
            split += 1
            broken.append(f"{page.name} (split)")
    figures = {
        "changed": changed,
        "count": sum(counts),
        "n_listing": len(counts),
        "outlet": statistics.fmean(float(c["outlet_ok"]) for c in cards),
        "title": statistics.fmean(float(c["title_ok"]) for c in cards),
        "body": statistics.fmean(c["body_f1"] for c in cards),
        "split": split,
        "n_article": len(pages) - len(counts),
    }
    return figures, broken


def page_sites(pages: list[Page], variant: Callable[[Page], Printed] | None) -> dict[str, int]:
    """Right / none / wrong: each listing page's own site (``clean``'s PAGES row) against
    its gold ``site`` (case and spacing aside), over the pages whose gold names one."""
    counts = dict.fromkeys(("right", "none", "wrong"), 0)
    for page in pages:
        if not page.is_listing or not page.gold.get("site"):
            continue
        lines, _ = reprint(page, variant)
        data = "\n".join(lines).encode("utf-8")
        row = clean_page(page_from_bytes(data, f"{page.name}.txt", page.name)).row
        if row["site_key"].startswith("unknown:"):
            counts["none"] += 1
        elif row["site"].casefold().split() == page.gold["site"].casefold().split():
            counts["right"] += 1
        else:
            counts["wrong"] += 1
    return counts


def _as_read(page: Page, lines: list[str]) -> str:
    """A re-printed page's text as ``clean`` reads a file (entities, invisible
    characters, hard wraps)."""
    return page_from_bytes("\n".join(lines).encode("utf-8"), f"{page.name}.txt", page.name).text


def rule_pages(pages: list[Page], names: list[str]) -> list[tuple[str, str, str, dict | None]]:
    """(name, group, text, gold) of every page under every variant in ``names`` (and as
    printed, ``(as is)``), for the rule cross-validation: the group is the page's layout
    family (``extraction`` for the extraction pages), so a page and its variants are held
    out together."""
    out = []
    for name in names:
        for page in pages:
            lines, gold = reprint(page, VARIANTS.get(name))
            group = page.gold["layout"] if page.gold is not None else "extraction"
            out.append((f"{page.name}@{name}", group, _as_read(page, lines), gold))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print each variant's figures next to the unchanged pages'."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", action="store_true", help="list the pages each variant breaks")
    parser.add_argument("--only", nargs="*", default=None, help="variants to run")
    parser.add_argument(
        "--sites", action="store_true", help="each listing page's own site against the gold's"
    )
    parser.add_argument(
        "--rules",
        nargs="*",
        default=None,
        help="cross-validate the listing rules by family (these rules only; none: all)",
    )
    args = parser.parse_args(argv)
    if not (LISTINGS / "dev").is_dir() or not EXTRACTION.is_dir():
        print(f"skipped: {LISTINGS} or {EXTRACTION} not found")
        return 0
    score = _scorer()
    pages = load_pages()
    if args.sites:
        print("Listing pages' own site (gold site named): right / none / wrong")
        for name in args.only if args.only is not None else ["(as is)", *VARIANTS]:
            counts = page_sites(pages, VARIANTS.get(name))
            print(f"{name:<16} {counts['right']:>3} / {counts['none']:>3} / {counts['wrong']:>3}")
        return 0
    if args.rules is not None:
        names = args.only if args.only is not None else ["(as is)", *VARIANTS]
        print(f"Rule cross-validation on the dev pages as printed and re-printed: {names}")
        listings_benchmark.rule_cv(rule_pages(pages, names), score, [], args.rules or None)
        return 0
    print("Listing splitter on re-printed dev pages (gold cards kept)")
    print(
        f"{'variant':<16} {'changed':>7} {'count':>7} {'outlet':>7} {'title':>7} {'body F1':>7}"
        f"  article pages split"
    )
    names = args.only if args.only is not None else ["(as is)", *VARIANTS]
    for name in names:
        figures, broken = score_variant(pages, VARIANTS.get(name), score)
        print(
            f"{name:<16} {figures['changed']:>7} {figures['count']:>3}/{figures['n_listing']:<3} "
            f"{figures['outlet']:7.3f} {figures['title']:7.3f} {figures['body']:7.3f}"
            f"  {figures['split']} of {figures['n_article']}"
        )
        if args.pages and broken:
            print("    breaks: " + ", ".join(broken))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Article pages re-printed the ways real sites and scrapers vary: body, title, date, outlet.

The extraction and metadata dev figures (benchmarks/extraction_benchmark.py,
benchmarks/metadata_benchmark.py) come from text dumps that were all printed one way.
Pages from sites never seen are printed other ways. Each *variant* here re-prints every
dev page of the extraction benchmark in one such way, deterministically, keeping the
gold: the body's words (``articleBody``), the title, date, site and authors
(``../shared/benchmarks/metadata/dev_gold.json``). The variants are a held-out test:
no threshold is ever tuned on them.

Variants (the headline line is the dump's line that is the gold title; the body's last
line is the last line printed inside the gold body):

- ``gaps_none`` / ``gaps_double``: no blank line between paragraphs / two (the listing
  variants' helpers, benchmarks/listings_variants.py);
- ``crlf``: CRLF line ends;
- ``nbsp_blank``: blank lines hold a non-breaking space; ``nbsp_spaces``: every fourth
  space between words, and the space after a sentence, is a non-breaking one;
- ``zero_width``: zero-width spaces on blank lines and at line ends; ``soft_hyphens``:
  words of 10 letters or more carry a soft hyphen (``&shy;``) after their fifth letter;
- ``quotes_straight`` / ``quotes_curly``: curly quotes and apostrophes made straight /
  straight ones made curly;
- ``wrapped``: lines longer than 80 characters hard-wrapped at 80 columns;
- ``body_packed``: no blank line between the body's paragraphs (from the first line
  printed inside the gold body to the last), the rest as printed;
- ``wrapped_no_gaps``: no blank line between paragraphs and hard-wrapped at 80;
- ``indented``: every line indented by four spaces; ``tabs``: every line's leading
  spaces replaced by one tab;
- ``lynx``: wrapped at 76 columns and indented by three spaces (a text browser's dump);
- ``menu_one_line``: above the headline, runs of three or more short lines (one to
  three words) printed on one line, `` | `` between items; ``menu_items``: above the
  headline, a line of items separated by `` | ``, `` · `` or `` • `` printed one item a
  line;
- ``headline_caps``: the headline in capitals (CSS ``text-transform: uppercase``);
- ``two_line_head``: the headline printed over two lines, broken at the space
  nearest its middle (a display headline's ``<br>``, a text browser wrapping a long
  ``<h1>``); ``two_line_head_lc``: the same, its second line opening in lower
  case (as a sentence-case headline breaks; a Title Case second line opens like a new
  headline, and nothing tells it from a kicker over its headline);
- ``markdown``: printed as Markdown (``# `` headline, ``* `` bullets, the menu's
  items as links ``[World](/world)``, a paragraph's first sentence in ``**``);
- ``deck_unclosed``: the body's first sentence (8 to 20 words) printed as a deck
  without its full stop, a paragraph of its own right below the headline (and no longer
  in the body);
- ``no_footer``: the page ends at the body's last line;
- ``no_header``: the page starts at the headline;
- ``entities``: HTML entities left in (``&amp;``, ``&quot;``, ``&#39;``, and
  ``&nbsp;`` on blank lines);
- ``lede_twice``: the body's first paragraph printed again under the headline (the
  summary, ``og:description`` or standfirst, a scraper prints above the byline);
  ``body_twice``: the body printed twice, the second printing right after the first;
- ``live_blog_times`` / ``timeline_dates``: a live blog's or a timeline's printing, a
  time ("14:05", going back seven minutes an update) / a date ("March 28, 2026", going
  back a day) and a blank line over each body paragraph but the first;
- ``announced_list``: the middle one of the body's paragraphs of three sentences or
  more printed as a list announced by its first sentence (its stop made a colon), the
  other sentences one a bulleted line under it (``• ``), packed.

Each variant's text goes through the reader as a file's bytes would
(analysis.clean.read.page_from_bytes) and the cleaner
(analysis.clean.page_rows.clean_page), as ``newscompare clean`` runs them. Scores: body
bag-of-words F1 of the longest article body (the extraction scorer's), per variant mean,
median, pages under 0.8 and the mean's drop from the page as printed; title exact,
outlet (site name or host), date exact and byline (the metadata scorer's rules), pages
right and the change from the page as printed, and pages split (read as more than one
article: an article page must never split). ``--pages`` lists the pages each
variant hurts most; ``--audit`` counts the texts of real sets (the dev and listing
dumps, the AllSides, BASIL and NewsWCL50 article texts, each also printed without blank
lines, and the AllSides headlines 40 a page, one a line) each of the reader's rules
changes, the rules' false alarms (none of them is hard-wrapped: every hard-wrap join is
a false one).

Run from the project root: ``.venv/bin/python benchmarks/article_variants.py``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parent.parent
for folder in (PROJECT_ROOT, PROJECT_ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import listings_variants  # noqa: E402
from body_corpora import CORPORA, read_corpus, read_titles  # noqa: E402
from metadata_benchmark import _load as load_module  # noqa: E402

from analysis.clean import dump_text  # noqa: E402
from analysis.clean.page_rows import CleanedPage, clean_page  # noqa: E402
from analysis.clean.read import normalize_text, page_from_bytes, read_page  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402

DEV_DIR = SHARED_DIR / "benchmarks" / "extraction" / "dev"
EXTRACTION_SCORER = SHARED_DIR / "benchmarks" / "extraction" / "score.py"
METADATA_DIR = SHARED_DIR / "benchmarks" / "metadata"
FIELDS = ("title_exact", "outlet_any", "date_exact", "byline_ok")
#: A body F1 under this counts as a page the variant breaks.
LOW_F1 = 0.8
WRAP_WIDTH = 80
MENU_ITEM_WORDS = 3
#: The words of a deck the ``deck_unclosed`` variant prints (the body's first sentence).
DECK_WORDS = (8, 20)
_SENTENCE_GAP = re.compile(r"(?<=[.!?]) (?=\S)")
_MENU_SEPARATOR = re.compile(r"\s+(?:\||·|•)\s+")
_BULLET_MARK = re.compile(r"^\s*[•◦▪‣●○■·]\s+")
_LONG_WORD = re.compile(r"\b([^\W\d_]{5})([^\W\d_]{5,})")


@dataclass(frozen=True)
class Article:
    """One dev page: its lines as read, its gold, and where its headline and body are.

    Attributes
    ----------
    name : str
        The page name (``NAME``, without ``.txt``).
    lines : list of str
        The dump's lines as ``read_page`` gives them.
    truth : str
        The gold body (``articleBody``).
    gold : dict
        The page's metadata gold.
    head : int or None
        The headline's line (the first line that is a gold title).
    body_last : int or None
        The last line printed inside the gold body.
    """

    name: str
    lines: list[str]
    truth: str
    gold: dict
    head: int | None
    body_last: int | None


# --- the variants -----------------------------------------------------------------------


def _as_listing_page(article: Article) -> listings_variants.Page:
    """The page as the listing variants' helpers take a single-article page."""
    return listings_variants.Page(article.name, article.lines, None, [], [article.head], {})


def _joined(lines: list[str]) -> str:
    return "\n".join(lines)


def _per_line(change: Callable[[str], str]) -> Callable[[Article], str]:
    def variant(article: Article) -> str:
        return _joined([change(line) for line in article.lines])

    return variant


def gaps_none(article: Article) -> str:
    return _joined(listings_variants.gaps_none(_as_listing_page(article)))


def gaps_double(article: Article) -> str:
    return _joined(listings_variants.gaps_double(_as_listing_page(article)))


def crlf(article: Article) -> str:
    return "\r\n".join(article.lines)


def _blank_holds(filler: str) -> Callable[[str], str]:
    return lambda line: line if line.strip() else filler


def _nbsp_spaces(line: str) -> str:
    line = _SENTENCE_GAP.sub("\u00a0", line)
    parts = line.split(" ")
    return "".join(
        part + ("" if k == len(parts) - 1 else ("\u00a0" if k % 4 == 3 else " "))
        for k, part in enumerate(parts)
    )


def _zero_width(line: str) -> str:
    return line + "\u200b" if line.strip() else "\u200b"


def _soft_hyphens(line: str) -> str:
    return _LONG_WORD.sub("\\1\u00ad\\2", line)


_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))([\"'])")


def _straight_quotes(line: str) -> str:
    return line.translate(_STRAIGHT)


def _curly_quotes(line: str) -> str:
    """Straight quotes made curly: opening after a space or a line start, else closing."""
    line = _OPENING.sub(lambda m: "\u201c" if m.group(1) == '"' else "\u2018", line)
    return line.replace('"', "\u201d").replace("'", "\u2019")


def _wrapped(width: int, indent: str = "") -> Callable[[Article], str]:
    def variant(article: Article) -> str:
        out = []
        for line in article.lines:
            if len(indent + line) <= width or not line.strip():
                out.append(indent + line if line.strip() else line)
                continue
            out += textwrap.wrap(
                line,
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        return _joined(out)

    return variant


def _is_menu_item(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= MENU_ITEM_WORDS and not line.rstrip().endswith((".", "!", "?"))


def menu_one_line(article: Article) -> str:
    """Runs of three or more short lines above the headline printed on one line."""
    top = article.head or 0
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(" | ".join(item.strip() for item in run))
        else:
            out.extend(run)
        run.clear()

    for line in article.lines[:top]:
        if _is_menu_item(line):
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return _joined(out + article.lines[top:])


def menu_items(article: Article) -> str:
    """A line of items above the headline printed one item a line."""
    top = article.head or 0
    out: list[str] = []
    for line in article.lines[:top]:
        items = _MENU_SEPARATOR.split(line.strip())
        out += items if len(items) >= 3 else [line]
    return _joined(out + article.lines[top:])


def body_packed(article: Article) -> str:
    """No blank line between the body's paragraphs; header and footer as printed."""
    found = _body_lines(article)
    if found is None:
        return _joined(article.lines)
    first, last = found
    return _joined(
        [
            line
            for index, line in enumerate(article.lines)
            if line.strip() or not first < index < last
        ]
    )


def _body_lines(article: Article) -> tuple[int, int] | None:
    """The first and the last line printed inside the gold body, if found."""
    body = _squeezed(article.truth)
    first = next((i for i, line in enumerate(article.lines) if _inside_body(line, body)), None)
    if first is None or article.body_last is None:
        return None
    return first, article.body_last


def lede_twice(article: Article) -> str:
    """The body's first paragraph printed again under the headline, as the summary
    (``og:description``, a standfirst) a scraper prints above the byline."""
    found = _body_lines(article)
    if found is None:
        return _joined(article.lines)
    at = 0 if article.head is None else article.head + 1
    lines = article.lines
    return _joined([*lines[:at], "", lines[found[0]], "", *lines[at:]])


def body_twice(article: Article) -> str:
    """The body printed twice (a page's second copy of its text), its second printing
    right after its first."""
    found = _body_lines(article)
    if found is None:
        return _joined(article.lines)
    first, last = found
    lines = article.lines
    return _joined([*lines[: last + 1], "", *lines[first : last + 1], *lines[last + 1 :]])


def wrapped_no_gaps(article: Article) -> str:
    """No blank line between paragraphs, then hard-wrapped at 80 columns."""
    packed = dataclasses.replace(article, lines=gaps_none(article).split("\n"))
    return VARIANTS["wrapped"](packed)


def headline_caps(article: Article) -> str:
    """The headline in capitals, as a page styled ``text-transform: uppercase`` prints."""
    if article.head is None:
        return _joined(article.lines)
    lines = list(article.lines)
    lines[article.head] = lines[article.head].upper()
    return _joined(lines)


def _headline_broken(lower: bool) -> Callable[[Article], str]:
    """The headline over two lines, broken at the space nearest its middle; ``lower``:
    only headlines whose second half opens with a lower-case word (others as printed)."""

    def variant(article: Article) -> str:
        if article.head is None:
            return _joined(article.lines)
        words = article.lines[article.head].split()
        cut = len(words) // 2
        if len(words) < 4 or (lower and not words[cut].islower()):
            return _joined(article.lines)
        lines = list(article.lines)
        lines[article.head : article.head + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]
        return _joined(lines)

    return variant


def markdown(article: Article) -> str:
    """Printed as Markdown, as html2text-style scrapers do: ``# `` before the headline,
    ``* `` for a bullet, each short line above the headline (a menu item) a link
    (``[World](/world)``), ``**`` around the first sentence of each body paragraph."""
    lines = []
    for index, line in enumerate(article.lines):
        stripped = line.strip()
        if index == article.head:
            line = f"# {stripped}"
        elif _BULLET_MARK.match(line):
            line = _BULLET_MARK.sub("* ", line, count=1)
        elif index < (article.head or 0) and _is_menu_item(line):
            slug = "-".join(re.findall(r"\w+", stripped.lower()))
            line = f"[{stripped}](/{slug})"
        elif len(stripped.split()) >= 20 and _SENTENCE_GAP.search(stripped):
            first, rest = _SENTENCE_GAP.split(stripped, maxsplit=1)
            line = f"**{first}** {rest}"
        lines.append(line)
    return _joined(lines)


def deck_unclosed(article: Article) -> str:
    """A deck without a full stop under the headline: the body's first sentence (8 to 20
    words), moved from the body to a paragraph of its own right below the headline, its
    closing stop left off (as many sites print a standfirst)."""
    body = _squeezed(article.truth)
    first = next((i for i, line in enumerate(article.lines) if _inside_body(line, body)), None)
    if article.head is None or first is None or first <= article.head:
        return _joined(article.lines)
    sentence, *rest = _SENTENCE_GAP.split(article.lines[first].strip(), maxsplit=1)
    deck = sentence.rstrip(".!?")
    if not DECK_WORDS[0] <= len(deck.split()) <= DECK_WORDS[1] or deck == sentence:
        return _joined(article.lines)
    lines = list(article.lines)
    lines[first : first + 1] = rest
    lines[article.head + 1 : article.head + 1] = ["", deck]
    return _joined(lines)


def no_footer(article: Article) -> str:
    if article.body_last is None:
        return _joined(article.lines)
    return _joined(article.lines[: article.body_last + 1])


def no_header(article: Article) -> str:
    return _joined(article.lines[article.head or 0 :])


def _body_paragraphs(article: Article) -> list[int]:
    """The lines of the body's paragraphs (five words or more, inside the gold body,
    from the first such line to the body's last line) that open a paragraph (a blank
    line or the page's start above them)."""
    body = _squeezed(article.truth)
    last = article.body_last if article.body_last is not None else -1
    return [
        index
        for index, line in enumerate(article.lines[: last + 1])
        if _inside_body(line, body) and (index == 0 or not article.lines[index - 1].strip())
    ]


def _stamped(stamp: Callable[[int], str]) -> Callable[[Article], str]:
    """A stamp line (``stamp(k)`` for the k-th update) and a blank line over each body
    paragraph but the first, as a live blog or a timeline prints its updates."""

    def variant(article: Article) -> str:
        stamped = set(_body_paragraphs(article)[1:])
        lines: list[str] = []
        for index, line in enumerate(article.lines):
            if index in stamped:
                lines += [stamp(len(stamped) - sum(q > index for q in stamped)), ""]
            lines.append(line)
        return _joined(lines)

    return variant


def _clock(k: int) -> str:
    minutes = 14 * 60 + 5 - 7 * k
    return f"{minutes // 60 % 24}:{minutes % 60:02d}"


def announced_list(article: Article) -> str:
    """The middle body paragraph of three sentences or more as a list announced by its
    first sentence: ``First sentence:`` then ``• sentence`` a line, packed."""
    candidates = [
        index
        for index in _body_paragraphs(article)
        if len(_SENTENCE_GAP.split(article.lines[index].strip())) >= 3
    ]
    if not candidates:
        return _joined(article.lines)
    index = candidates[len(candidates) // 2]
    first, *rest = _SENTENCE_GAP.split(article.lines[index].strip())
    lines = list(article.lines)
    lines[index : index + 1] = [first[:-1] + ":", *(f"\u2022 {sentence}" for sentence in rest)]
    return _joined(lines)


def _entities(line: str) -> str:
    if not line.strip():
        return "&nbsp;"
    return line.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#39;")


VARIANTS: dict[str, Callable[[Article], str]] = {
    "gaps_none": gaps_none,
    "gaps_double": gaps_double,
    "crlf": crlf,
    "nbsp_blank": _per_line(_blank_holds("\u00a0")),
    "nbsp_spaces": _per_line(_nbsp_spaces),
    "zero_width": _per_line(_zero_width),
    "soft_hyphens": _per_line(_soft_hyphens),
    "quotes_straight": _per_line(_straight_quotes),
    "quotes_curly": _per_line(_curly_quotes),
    "wrapped": _wrapped(WRAP_WIDTH),
    "body_packed": body_packed,
    "wrapped_no_gaps": wrapped_no_gaps,
    "indented": _per_line(lambda line: "    " + line if line.strip() else line),
    "tabs": _per_line(lambda line: "\t" + line.strip() if line.strip() else line),
    "lynx": _wrapped(76, "   "),
    "menu_one_line": menu_one_line,
    "menu_items": menu_items,
    "headline_caps": headline_caps,
    "two_line_head": _headline_broken(lower=False),
    "two_line_head_lc": _headline_broken(lower=True),
    "markdown": markdown,
    "deck_unclosed": deck_unclosed,
    "no_footer": no_footer,
    "no_header": no_header,
    "entities": _per_line(_entities),
    "lede_twice": lede_twice,
    "body_twice": body_twice,
    "live_blog_times": _stamped(_clock),
    "timeline_dates": _stamped(lambda k: f"March {28 - k % 28}, 2026"),
    "announced_list": announced_list,
}


# --- loading and scoring ----------------------------------------------------------------


def scorers() -> tuple[ModuleType, ModuleType]:
    """The extraction benchmark's scorer and the metadata benchmark's scorer."""
    return (
        load_module("extraction_score", EXTRACTION_SCORER),
        load_module("metadata_score", METADATA_DIR / "score.py"),
    )


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _inside_body(line: str, body: str) -> bool:
    """A line of five words or more printed inside ``body`` (whitespace squeezed)."""
    return len(line.split()) >= 5 and _squeezed(line) in body


def load_articles(metadata: ModuleType, data_dir: Path = DEV_DIR) -> list[Article]:
    """Every dev page with its gold, its headline line and its body's last line."""
    golds = metadata.load_gold(METADATA_DIR / "dev_gold.json")
    articles = []
    for path in sorted(data_dir.glob("*.txt")):
        gold = golds.get(path.stem)
        if gold is None:
            continue
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["articleBody"]
        lines = read_page(path).text.split("\n")
        titles = set(gold["title_variants"]) | set(gold["h1_variants"])
        head = next(
            (i for i, line in enumerate(lines) if metadata.title_variants(line) & titles), None
        )
        body = _squeezed(truth)
        inside = [i for i, line in enumerate(lines) if _inside_body(line, body)]
        last = inside[-1] if inside else None
        articles.append(Article(path.stem, lines, truth, gold, head, last))
    return articles


def clean_text(text: str, name: str) -> list[dict]:
    """The article rows ``clean`` gives for a file of these characters (UTF-8 bytes)."""
    return clean_printing(text, name).articles


def clean_printing(text: str, name: str) -> CleanedPage:
    """The page ``clean`` gives for a file of these characters (its rows and blocks)."""
    return clean_page(page_from_bytes(text.encode("utf-8"), f"{name}.txt", f"{name}.txt"))


def score_page(
    article: Article, text: str, extraction: ModuleType, metadata: ModuleType
) -> dict[str, float | bool | None]:
    """One printing of a page: its body F1 and, per metadata field, right or wrong (None:
    the page has no gold for it)."""
    rows = clean_text(text, article.name)
    body = max((row["body"] for row in rows), key=len, default="")
    counts = extraction.overlap(article.truth, body, 1)
    f1 = extraction.PageScore(article.name, *counts).f1
    _, per_page = metadata.score(
        {article.name: metadata.to_row(rows)}, {article.name: article.gold}
    )
    return {
        "body_f1": f1,
        "split": len(rows) > 1,
        **{field: per_page[0][field] for field in FIELDS},
    }


def score_variant(
    articles: list[Article],
    variant: Callable[[Article], str] | None,
    extraction: ModuleType,
    metadata: ModuleType,
) -> dict[str, dict]:
    """Page name -> its scores printed as ``variant`` prints it (None: as it is), and
    whether the variant changed its text."""
    scores = {}
    for article in articles:
        original = _joined(article.lines)
        text = variant(article) if variant else original
        scores[article.name] = {
            **score_page(article, text, extraction, metadata),
            "changed": text != original,
        }
    return scores


def summary(scores: dict[str, dict], baseline: dict[str, dict]) -> dict[str, float]:
    """A variant's figures and their change from the pages as printed (``baseline``)."""
    f1 = [page["body_f1"] for page in scores.values()]
    base = [baseline[name]["body_f1"] for name in scores]
    figures: dict[str, float] = {
        "changed": sum(page["changed"] for page in scores.values()),
        "mean": statistics.fmean(f1),
        "median": statistics.median(f1),
        "low": sum(value < LOW_F1 for value in f1),
        "drop": statistics.fmean(base) - statistics.fmean(f1),
        "split": sum(page["split"] for page in scores.values()),
    }
    for field in FIELDS:
        figures[field] = sum(bool(page[field]) for page in scores.values())
        figures[f"{field}_of"] = sum(page[field] is not None for page in scores.values())
        figures[f"{field}_change"] = figures[field] - sum(
            bool(baseline[name][field]) for name in scores
        )
    return figures


def hurt_pages(scores: dict[str, dict], baseline: dict[str, dict], n: int = 10) -> list[str]:
    """The pages a variant hurts most: body F1 drop, then metadata fields lost."""
    rows = []
    for name, page in scores.items():
        lost = [
            field.split("_")[0] for field in FIELDS if baseline[name][field] and not page[field]
        ]
        if page["split"] and not baseline[name]["split"]:
            lost.append("split")
        drop = baseline[name]["body_f1"] - page["body_f1"]
        if drop > 0.005 or lost:
            rows.append((drop, name, lost))
    rows.sort(key=lambda row: (-row[0], row[1]))
    return [
        f"{name} F1 {baseline[name]['body_f1']:.3f} -> {scores[name]['body_f1']:.3f}"
        + (f" lost {','.join(lost)}" if lost else "")
        for _, name, lost in rows[:n]
    ]


#: The reader's rules for a text dump (analysis.clean.dump_text), in the order applied.
READER_RULES: dict[str, Callable[[str], str]] = {
    "references": dump_text.decode_references,
    "markdown": dump_text.plain_markdown,
    "invisible": dump_text.drop_invisible,
    "hard wraps": dump_text.join_hard_wraps,
}


#: Headlines a page in the audit's headline lists (a section page or a feed printed one
#: headline a line, no blank lines).
HEADLINES_PER_PAGE = 40


def _real_texts() -> dict[str, list[str]]:
    """Texts as printed: the dev and listing dumps (as decoded, before the reader's
    rules) and the corpora's article texts (paragraphs between blank lines); each again
    printed without blank lines; and the AllSides headlines in lists of
    :data:`HEADLINES_PER_PAGE`, one a line. None is hard-wrapped: a hard-wrap join in any
    of them is a false one."""
    listings = SHARED_DIR / "benchmarks" / "listings" / "dev"
    sets = {
        "extraction dev": sorted(DEV_DIR.glob("*.txt")),
        "listing dev": sorted(listings.glob("*.txt")),
    }
    texts = {
        name: [normalize_text(path.read_text(encoding="utf-8")) for path in paths]
        for name, paths in sets.items()
    }
    for corpus in CORPORA:
        texts[corpus] = [text for _, text in read_corpus(corpus)]
    for name in list(texts):
        texts[f"{name}, no blank lines"] = [_without_blank_lines(text) for text in texts[name]]
    titles = [title for title in read_titles("allsides_abp") if title]
    texts["allsides_abp headline lists"] = [
        "\n".join(titles[start : start + HEADLINES_PER_PAGE])
        for start in range(0, len(titles) - HEADLINES_PER_PAGE + 1, HEADLINES_PER_PAGE)
    ]
    return texts


def _without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def rule_audit() -> dict[str, dict[str, int]]:
    """Per set of real texts, how many texts each reader rule changes (none of these
    texts is printed in a way the rules undo, but for stray characters: what a rule
    changes there beyond them is a false alarm; every hard-wrap join is one)."""
    audit = {}
    for name, texts in _real_texts().items():
        counts = dict.fromkeys(READER_RULES, 0)
        for text in texts:
            for rule, change in READER_RULES.items():
                counts[rule] += change(text) != text
        audit[name] = {"texts": len(texts), **counts}
    return audit


def main(argv: list[str] | None = None) -> int:
    """Print each variant's figures next to the pages as printed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", action="store_true", help="list the pages each variant hurts")
    parser.add_argument("--only", nargs="*", default=None, help="variants to run")
    parser.add_argument(
        "--audit", action="store_true", help="texts of real sets each reader rule changes"
    )
    args = parser.parse_args(argv)
    if not DEV_DIR.is_dir() or not (METADATA_DIR / "dev_gold.json").is_file():
        print(f"skipped: {DEV_DIR} or {METADATA_DIR} not found")
        return 0
    extraction, metadata = scorers()
    articles = load_articles(metadata)
    baseline = score_variant(articles, None, extraction, metadata)
    print(f"{len(articles)} dev article pages re-printed (gold kept); body: bag-of-words F1")
    print(
        f"{'variant':<16} {'changed':>7} {'F1 mean':>7} {'median':>7} {'<0.8':>4} {'drop':>6}"
        "   title   outlet  date    byline  split"
    )
    names = args.only if args.only is not None else ["(as is)", *VARIANTS]
    for name in names:
        scores = baseline if name == "(as is)" else None
        scores = scores or score_variant(articles, VARIANTS[name], extraction, metadata)
        figures = summary(scores, baseline)
        fields = "  ".join(f"{figures[f]:>3.0f}{figures[f + '_change']:+4.0f}" for f in FIELDS)
        print(
            f"{name:<16} {figures['changed']:>7.0f} {figures['mean']:7.3f} "
            f"{figures['median']:7.3f} {figures['low']:>4.0f} {figures['drop']:+6.3f}   {fields}"
            f"  {figures['split']:>5.0f}"
        )
        if args.pages and scores is not baseline:
            for line in hurt_pages(scores, baseline):
                print(f"    {line}")
    with_gold = summary(baseline, baseline)
    print(
        "pages with gold: "
        + ", ".join(f"{field.split('_')[0]} {with_gold[field + '_of']:.0f}" for field in FIELDS)
    )
    if args.audit:
        print("texts as printed (and without blank lines) that each reader rule changes:")
        for name, counts in rule_audit().items():
            changed = ", ".join(f"{rule} {counts[rule]}" for rule in READER_RULES)
            print(f"  {name:<32} {counts['texts']:>5} texts: {changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

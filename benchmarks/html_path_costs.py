"""Costs of the cleaner's page-wide searches, old and new side by side.

Each part below is a search the cleaner makes over a whole page (its markup or its
lines), kept here as it was (``old``) beside the package's function (``new``), both run
on every dev page (``../shared/benchmarks/extraction/dev``, each page saved as HTML and
as a text dump; third-party, read in place), in turns, ``--repeat`` times; the script
prints each one's CPU seconds (``time.process_time``, best of the runs), the load
average, and the pages where the two answer differently (exit status 1 when any does).

- ``photo credits``: :func:`analysis.clean.photo_credits._credited_for_photos`, asked for
  each of :data:`NAMES` beside the others on every page. Its pattern opens with ~35
  photo-credit labels tried at every character of the markup (a megabyte page: ~105 ms
  a name); a look-ahead now tests first the character a match must open with
  (:func:`analysis.clean.photo_credits.credit_pattern`).
- ``former domain``: :func:`analysis.clean.former_name.former_domain` on each text
  dump's lines, for a made-up domain (:data:`DOMAINS`). It counted every line's words and tried
  its two notice patterns there; a line without a dot, which holds no address, is now
  passed first.
- ``page links``: :func:`analysis.clean.web_snapshot.page_links`. Its pattern opened
  with a word boundary before "href" in any case, tried at every character; it now
  runs to each "h" or "H" and looks at the boundary behind it.
- ``aside boxes``: :func:`analysis.clean.html_asides.named_boxes`, the elements of a
  parsed page (parsed before the clock starts) whose class or id names a box beside the
  story. Every element's class and id were searched for the family's words; each pair
  of class and id is now read once a page.
- ``card shapes``: :func:`analysis.clean.html_cards.find_cards` on each page parsed and
  packed as ``pack_cards`` does (before the clock starts), with the card test as it was
  (:func:`old_card_shape`: every part read for text outside its links, then asked
  whether another part is a headline) and as it is (the headline test first).
- ``body lines``: the folding :func:`analysis.clean.html_page.body_lines_of` does on each
  rendered line of a page read by the HTML reader (read before the clock starts): the
  line folded (:func:`analysis.clean.html_page._fold`, its pattern looked up in the
  ``re`` module's cache each call before, compiled once now) and the byline test,
  which folded the line and the byline again on every line; now both are folded once.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/html_path_costs.py [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from html import unescape
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.clean import (  # noqa: E402
    former_name,
    html_asides,
    html_cards,
    html_page,
    photo_credits,
    web_snapshot,
)
from analysis.clean.domains import registered_domain  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"

#: Made-up names of an author field: the photo-credit search is asked about each.
NAMES = ("Lucía Pardo", "Iván Soler", "Anna Smith")


def old_credited_for_photos(name: str, others: list[str], page: str) -> bool:
    """``photo_credits._credited_for_photos`` as it was: the labels tried everywhere."""
    label, between = photo_credits._LABEL, photo_credits._BETWEEN
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:{label}){between}{re.escape(name)}(?!\w)"
        rf"|(?<![^\W\d_]){re.escape(name)}\s*(?:<[^>]*>\s*)*[(（]\s*(?:{label})\s*[)）]",
        re.IGNORECASE,
    )
    for found in pattern.finditer(page):
        before = page[max(0, found.start() - photo_credits._CREDITS_LINE_CHARS) : found.start()]
        if photo_credits._JOINED_BEFORE.search(before[-12:]) is None and any(
            other.casefold() in before.casefold() for other in others
        ):
            return True
    return False


#: Registered domains a page's moved-site notice is read for (made up).
DOMAINS = ("harlowbay-news.com",)


def old_former_domain(lines: list[str], domain: str) -> str | None:
    """``former_name.former_domain`` as it was: every line's words counted, patterns tried."""
    for text in lines:
        if len(text.split()) > former_name.NOTICE_WORDS:
            continue
        if (found := former_name._MOVED.search(text)) is None:
            continue
        new, old = registered_domain(found["new"]), registered_domain(found["old"])
        if new and old and new != old and domain in (new, old):
            return f"{new} (formerly {old})"
    for text in lines:
        if len(text.split()) > former_name.MOVE_NOTICE_WORDS:
            continue
        if not former_name._MOVE_WORD.search(text):
            continue
        printed = [
            registered_domain(found["host"])
            for found in former_name._ADDRESS_IN_TEXT.finditer(text)
        ]
        hosts = list(dict.fromkeys(host for host in printed if host))
        if len(hosts) == 1 and hosts[0] != domain:
            return f"{hosts[0]} (formerly {domain})"
        if len(hosts) == 2 and domain in hosts:
            return f"{hosts[1]} (formerly {hosts[0]})"
    return None


def _former(function: Callable[[list[str], str], str | None], page: str) -> tuple:
    lines = page.split("\n")
    return tuple(function(lines, domain) for domain in DOMAINS)


#: ``web_snapshot._HREF`` as it was.
OLD_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def old_page_links(html: str) -> list[str]:
    """``web_snapshot.page_links`` as it was."""
    return [unescape(link).strip() for link in OLD_HREF.findall(html)]


def old_named_boxes(tree: object) -> list:
    """The boxes ``html_asides.aside_paragraphs`` read, as it found them: each element's
    class and id searched."""
    boxes = []
    for box in tree.iter():
        named = box.get("class"), box.get("id")
        if not any(value and html_asides._MAY_NAME_ASIDE.search(value) for value in named):
            continue
        if html_asides.ASIDE_CLASS_WORDS.isdisjoint(html_asides.class_words(box)):
            continue
        boxes.append(box)
    return boxes


def _parsed(page: str) -> object:
    import lxml.html

    return lxml.html.document_fromstring(page.encode("utf-8"))


def old_card_shape(element, has_letters=html_cards._has_letters, flat=html_cards._flat_text):
    """``html_cards._card_shape`` as it was: text outside links read before headlines."""
    parts, linked = html_cards._parts(element, has_letters)
    headlines = [part for part in parts if linked or html_cards._is_headline(part, flat)]
    if any(
        (html_cards._text_outside_links(part) or html_cards._prose_link(part, flat))
        and any(headline is not part for headline in headlines)
        for part in parts
    ):
        return element.tag, headlines[0].tag
    return None


def old_find_cards(tree: object) -> list:
    """``html_cards.find_cards`` with :func:`old_card_shape`."""
    new_shape, html_cards._card_shape = html_cards._card_shape, old_card_shape
    try:
        return html_cards.find_cards(tree)
    finally:
        html_cards._card_shape = new_shape


def _packed(page: str) -> object:
    """The page parsed, its loose teasers and flat cards wrapped (as ``pack_cards``)."""
    tree = _parsed(page)
    html_cards._wrap_loose_teasers(tree)
    html_cards._wrap_flat_cards(tree)
    return tree


def old_fold(text: str) -> str:
    """``html_page._fold`` as it was: its pattern given as a string."""
    text = html_page.without_format_characters(text)
    text = re.sub(r"^\s*(?:[•◦▪▫‣⁃●○■□►▶➤·*+\-–]|\d{1,3}[.)])\s+", "", text)
    return " ".join(t for t in text.split() if html_page.WORD_CHAR.search(t)).casefold()


def old_is_byline_line(line: str, byline: str | None, above_story: bool) -> bool:
    """``html_page._is_byline_line`` as it was: the line and the byline folded each call."""
    if not byline:
        return False
    return html_page._is_byline_line(line, old_fold(line), old_fold(byline), above_story)


def old_body_line_folds(page: tuple[list[str], str | None]) -> list[tuple[str, bool]]:
    """Each line folded and tested for the byline, as ``body_lines_of`` did it."""
    lines, byline = page
    found = []
    for line in lines:
        folded = old_fold(line)
        found.append((folded, bool(folded) and old_is_byline_line(line, byline, True)))
    return found


def body_line_folds(page: tuple[list[str], str | None]) -> list[tuple[str, bool]]:
    """The same, as ``body_lines_of`` does it now."""
    lines, byline = page
    name = html_page._fold(byline) if byline else None
    found = []
    for line in lines:
        folded = html_page._fold(line)
        found.append((folded, bool(folded) and html_page._is_byline_line(line, folded, name, True)))
    return found


def _read_html(page: str) -> tuple[list[str], str | None]:
    """A page's rendered lines and byline, as the HTML reader gives them."""
    from analysis.clean.read import page_from_bytes

    read = page_from_bytes(page.encode("utf-8"), "page.html", "page.html")
    return read.text.split("\n"), read.html.byline if read.html else None


def _credits(function: Callable[[str, list[str], str], bool], page: str) -> tuple[bool, ...]:
    return tuple(
        function(name, [other for other in NAMES if other != name], page) for name in NAMES
    )


#: part -> (the files read, old, new, and how a page is made ready before the clock
#: starts, else the page's text): old and new take it and give what is compared.
PARTS: dict[str, tuple] = {
    "photo credits": (
        "*.html",
        lambda page: _credits(old_credited_for_photos, page),
        lambda page: _credits(photo_credits._credited_for_photos, page),
    ),
    "former domain": (
        "*.txt",
        lambda page: _former(old_former_domain, page),
        lambda page: _former(former_name.former_domain, page),
    ),
    "page links": ("*.html", old_page_links, web_snapshot.page_links),
    "aside boxes": (
        "*.html",
        # lists of elements: lxml keeps one proxy an element while one is held, so the
        # old list (held) and the new one are compared element by element as themselves
        old_named_boxes,
        lambda tree: list(html_asides.named_boxes(tree)),
        _parsed,
    ),
    "card shapes": ("*.html", old_find_cards, html_cards.find_cards, _packed),
    "body lines": ("*.html", old_body_line_folds, body_line_folds, _read_html),
}


def main(argv: list[str] | None = None) -> int:
    """Time each part old and new on the dev pages; 1 when a page's answers differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not any(DEV_PAGES.glob("*.html")):
        print(f"no HTML pages in {DEV_PAGES}")
        return 0
    status = 0
    print(f"dev pages, CPU-s (best of {args.repeat}), old -> new")
    for part, (files, old, new, *ready) in PARTS.items():
        prepare = ready[0] if ready else str
        pages = {
            path.name: prepare(path.read_text(encoding="utf-8", errors="replace"))
            for path in sorted(DEV_PAGES.glob(files))
        }
        best = {"old": float("inf"), "new": float("inf")}
        found: dict[str, dict[str, object]] = {"old": {}, "new": {}}
        for _ in range(args.repeat):
            for which, function in (("old", old), ("new", new)):
                start = time.process_time()
                found[which] = {name: function(markup) for name, markup in pages.items()}
                best[which] = min(best[which], time.process_time() - start)
        differ = [name for name in pages if found["old"][name] != found["new"][name]]
        print(
            f"{part:16s} {len(pages):4d} pages {best['old']:7.3f} -> {best['new']:7.3f}"
            f"  pages that differ: {len(differ)} {differ[:5]}"
        )
        status = status or int(bool(differ))
    print("load average:", " ".join(f"{load:.2f}" for load in os.getloadavg()))
    return status


if __name__ == "__main__":
    raise SystemExit(main())

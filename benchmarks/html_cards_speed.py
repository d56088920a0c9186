"""Card finding in HTML, old and new side by side: CPU seconds and equal results.

:func:`analysis.clean.html_cards.find_cards` used to ask lxml for ``text_content()`` of
every child at every ancestor level (``_parts``: does the child hold letters?), which
costs the subtree's size at each level. It now reads each element's answer from one
bottom-up pass over the document (``html_cards._letter_map``). The old finder is kept
here (:func:`old_find_cards`, the code as it was) to time it against the new one in one
process, and to show both find the same cards.

Parses every dev page of the extraction benchmark saved as HTML
(``../shared/benchmarks/extraction/dev/*.html``, third-party, read in place), wraps its
flat cards and loose teasers as :func:`~analysis.clean.html_cards.pack_cards` does, and
runs both finders on the same tree, ``--repeat`` times each, alternately. Prints each
one's CPU seconds (``time.process_time``) and the pages whose cards differ (exit status
1 when any does). Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/html_cards_speed.py [--repeat R]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import lxml.html  # noqa: E402

from analysis import config  # noqa: E402
from analysis.clean import html_cards  # noqa: E402
from analysis.clean.card_blocks import MIN_CARDS  # noqa: E402
from analysis.text import LETTER_RUN  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"


def old_find_cards(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``html_cards.find_cards`` as it was: a ``text_content()`` per child per level."""
    groups = []
    for parent in root.iter():
        if not isinstance(parent.tag, str) or parent.tag in html_cards._UNRENDERED:
            continue
        by_shape: dict[tuple[str, ...], list[lxml.html.HtmlElement]] = {}
        for child in parent:
            shape = _old_card_shape(child) if isinstance(child.tag, str) else None
            if shape is not None:
                by_shape.setdefault(shape, []).append(child)
        groups += [group for group in by_shape.values() if len(group) >= MIN_CARDS]
    candidates = {card for group in groups for card in group}
    return [
        card
        for group in groups
        for card in group
        if not any(inner in candidates for inner in card.iterdescendants())
    ]


def _old_card_shape(element: lxml.html.HtmlElement) -> tuple[str, str] | None:
    parts, linked = _old_parts(element)
    headlines = [part for part in parts if linked or html_cards._is_headline(part)]
    if any(
        (html_cards._text_outside_links(part) or html_cards._prose_link(part))
        and any(headline is not part for headline in headlines)
        for part in parts
    ):
        return element.tag, headlines[0].tag
    return None


def _old_parts(element: lxml.html.HtmlElement) -> tuple[list[lxml.html.HtmlElement], bool]:
    linked = html_cards._is_story_link(element)
    while True:
        if html_cards._own_text(element):
            return [], False
        children = [
            child
            for child in element
            if isinstance(child.tag, str)
            and child.tag not in html_cards._UNRENDERED
            and LETTER_RUN.search(child.text_content())
        ]
        if len(children) != 1:
            return children, linked
        element = children[0]
        linked = linked or html_cards._is_story_link(element)


def old_letters(text: str) -> str:
    """``html_cards.letters`` as it was: a generator over the characters."""
    return "".join(char for char in text.casefold() if char.isalnum())


def prepared_tree(html: str) -> lxml.html.HtmlElement:
    """The page parsed, its loose teasers and flat cards wrapped (as ``pack_cards``)."""
    root = lxml.html.document_fromstring(html)
    html_cards._wrap_loose_teasers(root)
    html_cards._wrap_flat_cards(root)
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the pages (3)")
    args = parser.parse_args(argv)
    paths = sorted(DEV_PAGES.glob("*.html"))
    trees = [prepared_tree(path.read_text(encoding="utf-8", errors="replace")) for path in paths]
    seconds = {"old": 0.0, "new": 0.0}
    finders = {"old": old_find_cards, "new": html_cards.find_cards}
    differ = set()
    cards = 0
    for _ in range(args.repeat):
        for path, tree in zip(paths, trees, strict=True):
            found = {}
            for name, finder in finders.items():
                start = time.process_time()
                found[name] = finder(tree)
                seconds[name] += time.process_time() - start
            cards += len(found["new"])
            if found["old"] != found["new"]:
                differ.add(path.name)
    print(f"{len(paths)} dev HTML pages x {args.repeat}, {cards // args.repeat} cards a pass")
    for name, spent in seconds.items():
        per_page = 1000 * spent / len(paths) / args.repeat
        print(f"{name}: {spent:.2f} CPU-s ({per_page:.1f} ms a page)")
    print(f"old / new: {seconds['old'] / max(seconds['new'], 1e-9):.1f}x")
    print(f"pages whose cards differ: {len(differ)} {sorted(differ)}")
    texts = [
        element.text_content()
        for tree in trees
        for element in tree.iter("p", "a", "li", "h2", "h3", "article", "body")
    ]
    spent, folded_by = {}, {}
    for name, letters in (("old", old_letters), ("new", html_cards.letters)):
        start = time.process_time()
        for _ in range(args.repeat):
            folded = [letters(text) for text in texts]
        spent[name] = time.process_time() - start
        folded_by[name] = folded
    print(f"letters() of {len(texts)} elements' texts x {args.repeat}: ", end="")
    print(f"old {spent['old']:.2f} CPU-s, new {spent['new']:.2f} CPU-s", end="")
    print(f", equal: {folded_by['old'] == folded_by['new']}")
    return 1 if differ or folded_by["old"] != folded_by["new"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

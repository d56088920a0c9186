"""benchmarks/listings_variants.py: the scraper printings keep every card and the gold."""

from __future__ import annotations

from benchmark_modules import load_benchmark

variants = load_benchmark("listings_variants")

PARAGRAPH = (
    "The council voted on Tuesday to close the harbour bridge for the whole summer while "
    "engineers replace the joints that hold its deck, and ferries will run every ten minutes."
)


def _page() -> variants.Page:
    """A made-up listing: a masthead and menu, three cards of headline, outlet and body
    (the second of two paragraphs), a footer."""
    lines = ["City Wire", "  • News", ""]
    articles, spans = [], []
    for k, outlet in enumerate(["North Gazette", "South Post", "East Herald"]):
        first = len(lines)
        paragraphs = [f"{PARAGRAPH} Story {k}.", f"{PARAGRAPH} Part two {k}."][: 1 + (k > 0)]
        lines += [f"Bridge story {k} makes the news", outlet, "", *paragraphs, ""]
        body = [first + 4, first + 3 + len(paragraphs)]  # 1-based, as the gold has it
        spans.append((first, first + 3 + len(paragraphs) - 1))
        articles.append(
            {"body": "\n\n".join(paragraphs), "is_teaser": False, "lines": {"body": body}}
        )
    lines += ["About us | Privacy"]
    gold = {"layout": "synthetic", "articles": articles}
    titles = [first for first, _ in spans]
    return variants.Page("synthetic", lines, gold, spans, titles, {})


def test_cards_reversed_keeps_every_line_and_reverses_the_cards():
    page = _page()
    lines = variants.cards_reversed(page)
    assert sorted(lines) == sorted(page.lines)
    heads = [line for line in lines if line.startswith("Bridge story")]
    assert heads == [f"Bridge story {k} makes the news" for k in (2, 1, 0)]
    assert lines[:3] == page.lines[:3] and lines[-1] == page.lines[-1]


def test_no_header_starts_at_the_first_cards_headline():
    page = _page()
    assert variants.no_header(page)[0] == "Bridge story 0 makes the news"


def test_mixed_length_cuts_every_other_full_card_in_the_page_and_its_gold():
    page = _page()
    lines, gold = variants.mixed_length(page)
    cut = gold["articles"][1]
    assert cut["is_teaser"] and cut["body"].endswith("…")
    assert len(cut["body"].split()) == variants.TEASER_WORDS
    assert cut["body"] in lines and f"{PARAGRAPH} Part two 1." not in lines
    assert gold["articles"][0] == page.gold["articles"][0]
    assert gold["articles"][2] == page.gold["articles"][2]
    assert not page.gold["articles"][1]["is_teaser"]  # the page's own gold is untouched


def test_own_site_leaves_out_the_outlet_lines_and_files_every_card_under_the_site():
    page = _page()
    outlets = ["North Gazette", "South Post", "East Herald"]
    page.roles = {i: "outlet" for i, line in enumerate(page.lines) if line in outlets}
    page.gold["site"] = "City Wire"
    for article, outlet in zip(page.gold["articles"], outlets, strict=True):
        article.update(outlet=outlet, outlet_canonical=outlet)
    lines, gold = variants.own_site(page)
    assert not set(outlets) & set(lines)
    kickers = [line for line in lines if line in variants.KICKERS]
    assert len(kickers) == 3
    for kicker in kickers:  # each right above a card's headline
        assert lines[lines.index(kicker) + 1].startswith("Bridge story")
    assert {a["outlet"] for a in gold["articles"]} == {"City Wire"}
    assert page.gold["articles"][0]["outlet"] == "North Gazette"  # the page's own gold kept
    # a card naming its outlet on another line too, or a page with no site: unchanged
    page.lines[page.spans[0][0]] += " - North Gazette"
    assert variants.own_site(page) == page.lines
    assert variants.own_site(_page()) == _page().lines  # its gold names no site


def _with_roles() -> variants.Page:
    """The made-up listing with its outlet lines labelled and a site of its own."""
    page = _page()
    page.roles = {first + 1: "outlet" for first, _ in page.spans}
    page.roles.update({i: "body" for first, last in page.spans for i in range(first + 3, last + 1)})
    page.gold = {**page.gold, "site": "City Wire"}
    for article, outlet in zip(
        page.gold["articles"], ["North Gazette", "South Post", "East Herald"], strict=True
    ):
        article["outlet"] = outlet
    return page


def test_bullet_titles_puts_a_bullet_before_every_headline_only():
    page = _page()
    lines = variants.bullet_titles(page)
    assert [line for line in lines if "Bridge story" in line] == [
        f"• Bridge story {k} makes the news" for k in range(3)
    ]
    assert len(lines) == len(page.lines)
    assert variants.bullet_titles(variants.Page(**{**page.__dict__, "lines": lines})) == lines


def test_no_cue_drops_the_cards_cue_lines_and_files_them_under_the_site():
    page = _with_roles()
    lines, gold = variants.no_cue(page)
    assert not {"North Gazette", "South Post", "East Herald"} & set(lines)
    assert len(lines) == len(page.lines) - 3
    assert [a["outlet"] for a in gold["articles"]] == ["City Wire"] * 3
    assert page.gold["articles"][0]["outlet"] == "North Gazette"  # the page's own gold kept


def test_blank_inside_card_sets_the_headline_apart_from_the_line_under_it():
    page = _with_roles()
    lines = variants.blank_inside_card(page)
    for k in range(3):
        at = lines.index(f"Bridge story {k} makes the news")
        assert lines[at + 1] == "" and lines[at + 2] in {
            "North Gazette",
            "South Post",
            "East Herald",
        }
    assert [line for line in lines if line] == [line for line in page.lines if line]

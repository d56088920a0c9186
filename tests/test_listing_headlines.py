"""Lines of a listing page re-kinded by the page's layout
(analysis.clean.listing_headlines): teasers cut at a word, bulleted headlines."""

from __future__ import annotations

from analysis.clean.articles import extract_articles

# Teasers cut at a word (no full stop), as CSS line clamping leaves them: shorter than a
# prose line's length, so the line kinds read each as a headline.
CUT = [
    "Officials said on Friday that the harbour bridge would close for repairs over the",
    "The ferry company said it would add two boats in June and that tickets bought for",
    "Residents of the old town asked the council to keep the footpath open at night while",
]
TEASER = (
    "Officials said on Friday that the harbour bridge would close for repairs over the "
    "summer, and that ferries would run every ten minutes while the work goes on."
)
CARDS = [
    ("Council votes to close the bridge", "North Gazette"),
    ("Ferries step in as the bridge shuts", "South Post"),
    ("Repairs on the old bridge start in June", "East Herald"),
]
HEAD = ["City Wire", "", "Latest stories", ""]


def _articles(lines: list[str], name: str):
    return extract_articles("\n".join([*lines, "About us | Privacy"]), name=name)


def test_teasers_cut_at_a_word_under_their_card_header_are_the_cards_text():
    lines = list(HEAD)
    for (title, outlet), teaser in zip(CARDS, CUT, strict=True):
        lines += [title, f"{outlet} - May 3, 2026", teaser, ""]
    articles = _articles(lines, "cut.txt")
    assert list(articles["title"]) == [title for title, _ in CARDS]
    assert list(articles["outlet"]) == [outlet for _, outlet in CARDS]
    assert list(articles["body"]) == CUT


def test_teasers_cut_at_a_word_closed_by_a_link_label_a_blank_line_under_the_header():
    lines = list(HEAD)
    for (title, outlet), teaser in zip(CARDS, CUT, strict=True):
        lines += [title, f"Fonte: {outlet}", "3 ore fa", "", teaser, "Read more", ""]
    articles = _articles(lines, "cut_gap.txt")
    assert list(articles["title"]) == [title for title, _ in CARDS]
    assert list(articles["body"]) == CUT


def test_headlines_over_their_cue_lines_and_bodies_are_not_read_as_teasers():
    # cue lines above the headline, the body a blank line under it: the headline is the
    # card's, not the text of the card above
    lines = list(HEAD)
    for title, outlet in CARDS:
        lines += [outlet, "15 hours ago", title, "", TEASER, ""]
    articles = _articles(lines, "cues_above.txt")
    assert list(articles["title"]) == [title for title, _ in CARDS]


def test_bulleted_headlines_a_blank_line_over_their_text_head_cards():
    lines = ["City Wire", "  • Home", "  • News", "", "Top stories", "  • Local", "  • World", ""]
    for title, outlet in CARDS:
        lines += [outlet, f"• {title}", "", TEASER, "Read the full piece", ""]
    articles = _articles(lines, "bullets.txt")
    assert list(articles["title"]) == [title for title, _ in CARDS]
    assert list(articles["outlet"]) == [outlet for _, outlet in CARDS]


def test_bulleted_one_line_headers_and_short_headlines_head_cards():
    lines = ["City Wire", ""]
    for k, (title, outlet) in enumerate(CARDS):
        lines += [f"• {outlet} — {title} — {k + 1} days ago", TEASER, ""]
    assert list(_articles(lines, "one_line.txt")["title"]) == [title for title, _ in CARDS]
    lines = ["City Wire", ""]
    shorts = ["Quiet Mischief", "Council votes to close the bridge", "Harbour Blues"]
    for title, (_, outlet) in zip(shorts, CARDS, strict=True):
        lines += [f"• {title}", f"{outlet} — 4 hrs ago", TEASER, ""]
    assert list(_articles(lines, "short.txt")["title"]) == shorts


def test_a_bulleted_headline_printed_again_unbulleted_heads_one_card():
    lines = ["City Wire", ""]
    for title, outlet in CARDS:
        lines += [f"• {title}", "", f"{outlet} · 11 minutes ago", "", title, "", TEASER, ""]
    articles = _articles(lines, "repeats.txt")
    assert list(articles["title"]) == [title for title, _ in CARDS]


def test_teasers_cut_at_a_word_right_under_their_headline_are_the_cards_text():
    # listings_variants teaser_unclosed (topic_hub_2, search_results_1): the teaser right
    # under its headline, no cue line between, its outlet and date under it or a
    # site's breadcrumb over the headline
    trailer = []
    for (title, outlet), teaser in zip(CARDS, CUT, strict=True):
        trailer += [title, teaser, f"{outlet} · May 3", ""]
    crumbs = []
    for (title, outlet), teaser in zip(CARDS, CUT, strict=True):
        crumbs += [f"{outlet.lower().replace(' ', '')}.com › news › 2026", title, teaser, ""]
    for lines in (trailer, crumbs):
        articles = _articles([*HEAD, *lines], "under.txt")
        assert list(articles["title"]) == [title for title, _ in CARDS]
        assert list(articles["body"]) == CUT


def test_a_headline_over_a_deck_and_its_story_is_one_article():
    # an article's headline over a deck without a full stop and its byline is no card
    # (which line is the title is not asked here: the deck, on the old code too)
    lines = [
        "City Wire",
        "",
        CARDS[0][0],
        CUT[0],
        "By Jane Doe · May 3, 2026",
        "",
        TEASER,
        "",
        TEASER.replace("Officials", "Engineers"),
        "",
    ]
    articles = _articles(lines, "article.txt")
    assert len(articles) == 1 and TEASER in articles["body"].iloc[0]


def test_teasers_cut_at_a_word_closed_by_a_share_label_a_blank_line_under_the_header():
    # listings_variants teaser_unclosed (outlet_in_title_2): a one-word control label
    # ("Share") closes the teaser's block as a link label does; the cards stay found
    lines = list(HEAD)
    for (title, outlet), teaser in zip(CARDS, CUT, strict=True):
        lines += [f"{title} – {outlet}", "Fri, Aug 9, 2019", "", teaser, "Share", "", "• • •", ""]
    articles = _articles(lines, "cut_share.txt")
    assert len(articles) == len(CARDS)
    assert list(articles["body"]) == CUT


def test_a_card_printed_twice_whole_keeps_its_headline_shaped_teaser():
    # an infinite scroll saved after its first cards were rendered again: the card whose
    # teaser reads as a headline is printed twice, its teaser under the same headline
    full = [
        "Officials said on Friday that the harbour bridge would close for repairs soon.",
        "The ferry company said it would add two boats in June for the summer season.",
        "Residents asked the council to keep the footpath open at night during the works.",
    ]
    cards = [(CARDS[0][0], CUT[0])] + [(t, b) for (t, _), b in zip(CARDS[1:], full, strict=False)]
    cards.append(("Bridge tolls to stay the same next year", full[2]))
    lines = list(HEAD)
    for k in (0, 1, 0, 1, 2, 3):  # the first two cards rendered again after "Load more"
        title, teaser = cards[k]
        lines += [title, teaser, f"May {3 - k // 2} · By Ann Lee", ""]
    articles = _articles(lines, "scroll.txt")
    assert list(articles["title"]) == [title for title, _ in cards]
    assert articles["body"].iloc[0] == CUT[0]

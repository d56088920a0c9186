"""analysis.clean.body.boxes: runs of item boxes (a listicle's items, a button line under
each box), on small synthetic pages: kept when the article's region reaches them, not
when they are a list of teasers, a comment thread or boxes after the article's footer."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import boxes as body_boxes
from analysis.clean.body import line_features
from analysis.clean.body.rules import region_weights, uses_known_language

INTRO = PARAGRAPHS[0]
# Each item: a name, its sentences as bullets, a price; a button under every box.
ITEMS = [
    (
        "Trail Runner Backpack",
        [
            "  • It holds a full day of gear without feeling heavy on the shoulders.",
            "  • The side pockets take a water bottle that you can reach while walking.",
        ],
        "$59.99",
    ),
    (
        "Folding Camp Stove",
        [
            "  • It boils a litre of water in under four minutes on a windy day.",
            "  • The legs fold flat so that it fits in the lid of a small pot.",
        ],
        "$34.50",
    ),
    (
        "Insulated Water Bottle",
        ["  • Drinks stay cold for a whole day, even when it is left in the sun."],
        "$22.00",
    ),
    (
        "Compact Head Torch",
        [
            "  • It is bright enough for a night walk and runs for ten hours on a charge.",
            "  • The strap is soft and does not slip when you are running.",
        ],
        "$18.75",
    ),
]
BUTTON = "Buy Now"
FOOTER = "© 2025 Daily Courier"


def _boxes(items=ITEMS, button=BUTTON) -> list[list[str]]:
    return [[name, *bullets, price, button] for name, bullets, price in items]


def _item_lines(items=ITEMS) -> list[str]:
    return [line for box in _boxes(items) for line in box]


def test_a_run_of_item_boxes_after_the_introduction_is_body():
    lines = page(
        "Daily Courier", MENU, "Four things to take on a hike", INTRO, *_boxes(), MENU, FOOTER
    )
    assert kept_text(lines) == [INTRO, *_item_lines()]


def test_switched_off_the_items_are_lost(monkeypatch):
    monkeypatch.setattr(body_boxes, "ITEM_BOXES", False)
    lines = page(
        "Daily Courier", MENU, "Four things to take on a hike", INTRO, *_boxes(), MENU, FOOTER
    )
    kept = kept_text(lines)
    assert INTRO in kept and not set(_item_lines()[-4:]) & set(kept)


def test_the_runs_span_the_boxes_from_the_first_name_to_the_last_button():
    lines = page(
        "Daily Courier", MENU, "Four things to take on a hike", INTRO, *_boxes(), MENU, FOOTER
    )
    features = line_features(lines)
    known = uses_known_language(features)
    runs = body_boxes.item_box_runs(lines, features, region_weights(features, known), (), known)
    positions = {feature.index: q for q, feature in enumerate(features)}
    first, last = lines.index(ITEMS[0][0]), len(lines) - 1 - lines[::-1].index(BUTTON)
    assert runs == [(positions[first], positions[last])]


def test_a_list_of_teasers_with_a_read_more_under_each_is_not_body():
    # headlines that read as sentences, one teaser paragraph each: one line of text
    # under each card's headline
    stories = [
        ("The mayor says she will stand again in the spring", "her party had looked for"),
        ("Farmers in the valley expect a smaller harvest", "the rivers were low all"),
        ("The old cinema on the square will open in December", "residents raised money for"),
        ("A new footbridge was opened by the minister on Monday", "twelve more will be built in"),
    ]
    teasers = [
        [
            f"  • {headline}",
            f"It was announced on Sunday, after months in which {words} the summer, and "
            "the reasons for it were explained to the people of the town at a meeting that "
            "went on for most of the evening.",
            "Read more",
        ]
        for headline, words in stories
    ]
    teasers[2][1] = "So much for the summer rain."  # too short for prose: no list of cards
    lines = page(MENU, *PARAGRAPHS, "Related", *teasers, MENU, FOOTER)
    assert kept_text(lines) == PARAGRAPHS


def test_a_comment_thread_with_a_reply_under_each_post_is_not_body():
    posts = [
        [
            f"Reader{k} on March {k + 3}, 2025 at 10:4{k} am",
            "I do not think the buses will come more often than they do now.",
            "The last plan promised the same and nothing changed in our street.",
            "Reply",
        ]
        for k in range(4)
    ]
    lines = page(MENU, *PARAGRAPHS, *posts, MENU, FOOTER)
    assert kept_text(lines) == PARAGRAPHS


def test_boxes_after_the_footer_are_not_the_articles():
    lines = page(MENU, *PARAGRAPHS, FOOTER, *_boxes())
    assert kept_text(lines) == PARAGRAPHS


def test_boxes_of_a_name_a_price_and_a_button_hold_no_text():
    widget = [(name, [], price) for name, _, price in ITEMS]
    lines = page(MENU, *PARAGRAPHS, *_boxes(widget), MENU, FOOTER)
    assert kept_text(lines) == PARAGRAPHS


def test_a_river_of_timed_teasers_is_no_run_of_boxes():
    # each card: a headline, its source and age, two bulleted sentences, a link: shaped
    # like item boxes but for the card's time
    cards = [
        [
            f"Story from the {place} of the region",
            f"Harbour Times · {k + 2}h ago",
            f"  • The council met again to hear from {k + 20} residents.",
            f"  • A decision on {k + 3} new routes is expected this month.",
            "Full coverage",
        ]
        for k, place in enumerate(("north", "south", "east", "west"))
    ]
    lines = page(MENU, *PARAGRAPHS, *cards, MENU, FOOTER)
    features = line_features(lines)
    known = uses_known_language(features)
    weights = region_weights(features, known)
    assert body_boxes.item_box_runs(lines, features, weights, (), known) == []
    untimed = [[line for line in card if "ago" not in line] for card in cards]
    lines = page(MENU, *PARAGRAPHS, *untimed, MENU, FOOTER)
    features = line_features(lines)
    weights = region_weights(features, known)
    assert len(body_boxes.item_box_runs(lines, features, weights, (), known)) == 1


def test_a_price_is_no_time():
    prices = ["$22.00", "$19.30", "$12.45", "$21.15"]  # shaped like clock times
    priced = [
        (name, bullets, price) for (name, bullets, _), price in zip(ITEMS, prices, strict=False)
    ]
    lines = page("Daily Courier", MENU, "Four things", INTRO, *_boxes(priced), MENU, FOOTER)
    assert kept_text(lines) == [INTRO, *_item_lines(priced)]


def test_the_text_of_boxes_is_read_from_the_first_box_on(monkeypatch):
    """(issue #15, cheap per page) the lines above a run's first box (but the one right
    above it) are not asked whether they are a box's text; the run found is the same."""
    lines = page(
        "Daily Courier", MENU, "Four things to take on a hike", *PARAGRAPHS, *_boxes(), MENU
    )
    features = line_features(lines)
    known = uses_known_language(features)
    weights = region_weights(features, known)
    asked = []
    is_box_text = body_boxes.is_box_text

    def recorded(feature, known_language=False):
        asked.append(feature.index)
        return is_box_text(feature, known_language)

    monkeypatch.setattr(body_boxes, "is_box_text", recorded)
    runs = body_boxes.item_box_runs(lines, features, weights, (), known)
    positions = {feature.index: q for q, feature in enumerate(features)}
    first, last = lines.index(ITEMS[0][0]), len(lines) - 1 - lines[::-1].index(BUTTON)
    assert runs == [(positions[first], positions[last])]
    assert asked and min(positions[i] for i in asked) >= positions[first] - 1
    assert not {lines.index(p) for p in PARAGRAPHS[:-1]} & set(asked)

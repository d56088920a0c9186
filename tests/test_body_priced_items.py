"""analysis.clean.body.priced_items: a buying guide's items (a credit, a priced name and a
shop's button over each paragraph) are body whatever the weight of a paragraph standing
between chrome lines; a related list of teasers (no price) is no such run."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import line_features
from analysis.clean.body.priced_items import buy_box_over_verdict, priced_item_gaps
from analysis.clean.body.rules import region_weights
from analysis.text import overridden

INTRO = PARAGRAPHS[:2]
# Each item: a photo's credit, its name with a price, a shop's button, its paragraph.
ITEMS = [
    (
        "Harbour Photo",
        "Lumo Desk Lamp for $45",
        "  • Buy it: Corner Shop",
        "The lamp folds flat when you are done with it, and the light is warm enough for "
        "reading late. It charges over a cable, and a charge lasts a week of evenings.",
    ),
    (
        "Pell Studio",
        "Tarn Kettle for $80",
        "  • Buy it: Market Hall",
        "This kettle boils a full jug in under three minutes, and it keeps the water hot for "
        "an hour. The handle stays cool, and the lid opens with one finger.",
    ),
    (
        "Harbour Photo",
        "Wren Backpack for $120",
        "  • Buy it: Corner Shop",
        "The bag has a padded sleeve for a laptop and a pocket for a bottle on each side. It "
        "is light when empty and does not pull on the shoulders when full.",
    ),
    (
        "Oda Images",
        "Fenn Headphones for $150",
        "  • Buy it: Tall Store",
        "These headphones fold into a small case and block the noise of a train. Their "
        "battery lasts a long flight, and they pair with a phone in seconds.",
    ),
]
# A related list after the article: a headline over each teaser, no price.
TEASERS = [
    "  • Council opens a new library in the old station",
    "The library will be open every day of the week, and it will lend tools as well as "
    "books to anyone who lives in the town.",
    "  • River path to close for repairs in the spring",
    "The path along the river will close for two months while the council rebuilds the "
    "bridge that was damaged by the floods last winter.",
    "  • School choir wins the regional contest",
    "The choir sang three songs in front of a full hall and won the first prize of the "
    "regional contest for the second year in a row.",
]


def _guide() -> list[str]:
    items = [block for item in ITEMS for block in item]
    return page(
        MENU, "The best things we used this year", *INTRO, *items, "Related stories", *TEASERS
    )


def test_a_buying_guides_items_are_body_with_the_discount_of_a_lone_paragraph_halved():
    lines = _guide()
    # (a paragraph between chrome lines weighs half of what it weighs on main)
    with overridden({("analysis.clean.body.rules", "ISOLATED_PROSE_FACTOR"): 0.15}):
        kept = kept_text(lines)
    for _, _, _, paragraph in ITEMS:
        assert paragraph in kept
    assert INTRO[0] in kept
    assert not any(teaser in kept for teaser in TEASERS)


def test_a_buying_guides_items_are_body():
    kept = kept_text(_guide())
    assert all(paragraph in kept for _, _, _, paragraph in ITEMS)


def test_a_list_of_teasers_has_no_priced_items():
    lines = page(MENU, *INTRO, *TEASERS)
    features = line_features(lines)
    weights = region_weights(features)
    assert priced_item_gaps(lines, features, weights, set()) == []


def test_three_priced_items_make_a_run_and_two_do_not():
    for n_items, expected in ((3, 3), (2, 0)):
        blocks = [block for item in ITEMS[:n_items] for block in item]
        lines = page(*INTRO, *blocks, "Related stories", *TEASERS)
        features = line_features(lines)
        weights = region_weights(features)
        assert len(priced_item_gaps(lines, features, weights, set())) == expected


def test_a_shop_widget_between_a_review_and_its_verdict_ends_no_story():
    # review h440 (en_insc_review_laptop): a shop's widget (the product's name, its
    # price at a shop, a button) between the last paragraph and the "Verdict" heading
    # ended the story; the verdict, the score and the pros and cons were lost
    from test_body_reviews import REVIEW, VERDICT

    widget = ["Orrin T3", "£59 at Kitchen Corner", "Check price"]
    box = ["Score: 4 out of 5", "Pros", "• Very quiet", "• Lid opens easily"]
    footer = ["Share this review", "© 2026 Kettle Weekly"]
    lines = page(MENU, "Orrin T3 kettle review", *REVIEW, *widget, "Verdict", VERDICT, box, footer)
    assert kept_text(lines) == [*REVIEW, "Verdict", VERDICT, *box]
    features = line_features(lines)
    weights = region_weights(features)
    found = buy_box_over_verdict(lines, features, weights, set())
    assert [lines[features[p].index] for p in found] == widget
    # no verdict under it, no widget found; with no price in it, neither
    lines = page(MENU, "Orrin T3 kettle review", *REVIEW, *widget, VERDICT, footer)
    features = line_features(lines)
    assert buy_box_over_verdict(lines, features, region_weights(features), set()) == []
    lines = page(MENU, "Orrin T3", *REVIEW, "Orrin T3", "Check price", "Verdict", VERDICT)
    features = line_features(lines)
    assert buy_box_over_verdict(lines, features, region_weights(features), set()) == []

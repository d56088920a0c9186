"""analysis.clean.body.lists.headed_figure_lists: a list of figures under a heading of
its own inside an article (a recipe's ingredients, a chronology's years), on small
synthetic pages."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import lists as body_lists

INGREDIENTS = [
    "2 tbsp butter",
    "2 leeks, trimmed and finely sliced",
    "1 onion, chopped",
    "600ml whole milk",
    "400g smoked haddock fillets",
    "A small bunch of parsley, chopped",
]
YEARS = [
    "1914 - Two brothers start making toys in a shed behind the forge",
    "1936 - The wooden jumping jack goes on sale",
    "1962 - The factory employs 640 people at its peak",
]
CLOSING = (
    "The council said it would work with the owners to find a new use for the building, "
    "and former workers are collecting toys for an exhibition."
)


def test_a_chronology_under_its_heading_is_body_and_the_paragraph_after_it_too():
    lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], "A century of toys", YEARS)
    lines += page("", CLOSING, MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], "A century of toys", *YEARS, CLOSING]


def test_a_recipe_s_ingredients_are_body_up_to_its_method():
    method = [
        "1. Melt the butter in a large pan and cook the leeks and onion for ten minutes.",
        "2. Pour in the milk, lay the fish on top and poach it gently for six minutes.",
    ]
    lines = page(MENU, "Haddock chowder", *PARAGRAPHS[:2], "Ingredients", INGREDIENTS)
    lines += page("", "Method", method, MENU)
    kept = kept_text(lines)
    assert [*PARAGRAPHS[:2], "Ingredients", *INGREDIENTS] == kept[: 3 + len(INGREDIENTS)]
    assert kept[-2:] == method


def test_a_box_of_linked_headlines_under_a_label_stays_out():
    headlines = ["Council tax to rise by 4.9 per cent", "New chief executive appointed"]
    numbered = ["1. Bypass to close in January", "2. 300 runners in the park race"]
    for label, items in (("Related stories", headlines), ("Most read", numbered)):
        lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], label, items, CLOSING)
        assert not set(kept_text(lines)) & {label, *items}


def test_switched_off_the_chronology_ends_the_article(monkeypatch):
    monkeypatch.setattr(body_lists, "HEADED_FIGURE_LISTS", False)
    lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], "A century of toys", YEARS)
    lines += page("", CLOSING, MENU)
    assert kept_text(lines) == PARAGRAPHS[:2]


TOOLS = ["• a spade with a sharp edge", "• well-rotted manure", "• a pair of gloves"]
PLANTING = (
    "1. Dig a hole twice as wide as the root ball, fork manure into its base, set the "
    "shrub in it at the depth it grew in its pot, and firm the soil around it."
)


def test_a_bulleted_list_under_a_heading_with_no_colon_is_body_before_the_method():
    # review h152 (ho_en_howto2): "What you'll need" over its bullets, then the steps
    lines = page(MENU, "How to plant a shrub", PARAGRAPHS[0], "What you'll need", TOOLS)
    lines += page("", PLANTING, MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], "What you'll need", *TOOLS, PLANTING]


def test_a_box_of_key_points_between_two_paragraphs_stays_out():
    # review h152 (en_sidebar_wwk): the box restates the story; a paragraph follows it
    points = ["• Pier closed since Monday", "• 40 boats moved to the quay", "• Repairs in May"]
    lines = page(MENU, "Pier closes", PARAGRAPHS[0], "The story so far", points)
    lines += page("", PARAGRAPHS[1], MENU)
    assert not set(kept_text(lines)) & {"The story so far", *points}


def test_bulleted_headlines_under_a_box_s_label_stay_out_of_the_article():
    headlines = ["• Bypass to close in January", "• Runners fill the park for the race"]
    for label in ("More guides", "Most popular"):
        lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], label, headlines, CLOSING)
        assert not set(kept_text(lines)) & {label, *headlines}


def test_ingredients_printed_a_blank_line_apart_are_body_before_the_method():
    """Review h233 (seventeenth round): a browser copy prints a blank line between every
    two lines; the ingredients, one of them with no figure, were read line by line and
    the region started at the method's steps."""
    method = [
        "1. Melt the butter in a large pan and cook the leeks and onion for ten minutes.",
        "2. Pour in the milk, lay the fish on top and poach it gently for six minutes.",
    ]
    items = [*INGREDIENTS[:5], "salt and pepper to taste"]
    lines = page(MENU, "Haddock chowder", PARAGRAPHS[0], "Ingredients", *items, "Method")
    lines += page("", *method, MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], "Ingredients", *items, "Method", *method]


def test_a_bulleted_chronology_or_ingredients_list_under_its_heading_is_body():
    # review h265: w3m and inscriptis print a list's items after a bullet's mark
    # ("  • 2 tbsp butter", "  * 1914 - ..."): the marks made the items no list of
    # figures, so the recipe lost its ingredients and the story its chronology
    for mark in ("  • ", "  * "):
        years = [mark + year for year in YEARS]
        lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], "A century of toys", years)
        lines += page("", CLOSING, MENU)
        assert kept_text(lines) == [*PARAGRAPHS[:2], "A century of toys", *years, CLOSING]
    # numbered headlines under a heading no label names stay out
    numbered = ["1. Bypass to close in January", "2. 300 runners in the park race"]
    lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], "Elsewhere", numbered, CLOSING)
    assert not set(kept_text(lines)) & {"Elsewhere", *numbered}


def test_a_chronology_between_two_paragraphs_needs_no_heading():
    # review h265: a story's timeline printed as bullets right under a paragraph, no
    # heading, no colon announcing it: its lines were chrome, a gap that cut off the
    # timeline and the paragraph after it
    years = ["• 1914: Two brothers start making toys", "• 1936: The jumping jack goes on sale"]
    years += ["• 1962 - The factory employs 640 people"]
    lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], years)
    lines += page("", CLOSING, MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], *years, CLOSING]
    # bulleted headlines opening with words under a paragraph stay out
    headlines = ["• Council tax to rise in 2027", "• New chief executive appointed"]
    lines = page(MENU, "Toy factory closes", *PARAGRAPHS[:2], headlines, CLOSING, MENU)
    assert not set(kept_text(lines)) & set(headlines)


# Ingredients as Lao, Thai, Chinese, Japanese and Korean recipes print them: the thing
# counted, then its quantity and unit (review h323, lo_instapaper_recipe).
QUANTITIES_AFTER = ["Beef shin 300 g", "Aubergines 5", "Long beans 1 bunch", "Chilli and salt"]


def test_ingredients_closing_with_their_quantity_are_body_up_to_the_method():
    method = [
        "1. Simmer the beef with the pepper wood for thirty minutes in plenty of water.",
        "2. Add the aubergines and beans and cook for another fifteen minutes.",
    ]
    lines = page(MENU, "Food festival", *PARAGRAPHS[:2], "Mrs Sisouvanh's stew", QUANTITIES_AFTER)
    lines += page("", "Method", method, CLOSING, MENU)
    kept = kept_text(lines)
    assert kept[: 3 + len(QUANTITIES_AFTER)] == [
        *PARAGRAPHS[:2],
        "Mrs Sisouvanh's stew",
        *QUANTITIES_AFTER,
    ]
    assert kept[-3:] == [*method, CLOSING]


def test_headlines_closing_with_a_year_or_a_score_are_no_quantities():
    for line in ("Budget 2027", "Ghana beat Togo 2-1", "Top stories of 2026", "Chilli and salt"):
        assert not body_lists._is_quantity(line)
    for line in ("ຊີ້ນງົວ 300 ກຣາມ", "ໝາກເຂືອ 5 ໜ່ວຍ", "牛肉 300g", "소고기 300 g", "Salt, 1 tsp"):
        assert body_lists._is_quantity(line)


def test_a_link_to_another_story_after_a_list_of_figures_is_no_item_of_it():
    # review h323's regression check (body_h248 sv_elinks_election): rows closing with
    # their share ("33.8 %") under an announcing line, then "Read also: <headline>" before
    # the story goes on; the link is no item of the list
    rows = ["Labour          2 114   33.8 %", "Greens          1 522   24.3 %"]
    rows += ["Liberals        1 098   17.5 %", "Others            436    7.0 %"]
    link = "Read also: How the first vote was annulled by the court"
    lines = page(MENU, "By-election", *PARAGRAPHS[:2], "How the harbour ward voted:", rows)
    lines += ["", *page(link, PARAGRAPHS[2], MENU)]
    kept = kept_text(lines)
    assert link not in kept
    assert kept[-1] == PARAGRAPHS[2]
    assert set(rows) <= set(kept)


def test_a_dated_line_or_a_run_on_headline_is_no_quantity():
    # landing's set check: an embedded post's time line and a related card's headline
    # ending with a figure read as ingredients, and the posts / related cards came into
    # the body (listings_h142 art_embeds_ko, listings_h135 art_kanren_ja)
    for line in ("오전 7:12 · 2026년 12월 2일", "県立高校の定員、来年度は320人減"):
        assert not body_lists._is_quantity(line)


def test_a_bulleted_list_under_a_heading_is_body_before_the_method_s_own_heading():
    """Review h339 (ha_readwise_recipe): a how-to's bullets whose items open with words
    ("Two cups of peanuts") under "What you need", then the method's heading ("How to
    make it") over its numbered steps: the bullets and both headings were read as
    chrome, a gap that started the region at the third step."""
    things = ["* Two cups of peanuts", "* One cup of rice", "* Sugar and tamarind to taste"]
    steps = [
        "1. Soak the rice for three hours, then grind it with the peanuts.",
        "2. Strain the ground peanut water through a cloth.",
        "3. Put the liquid on the fire and keep stirring until it thickens for a while.",
    ]
    lines = page(MENU, "Peanut porridge", PARAGRAPHS[0], "What you need", things)
    lines += page("", "How to make it", *steps, CLOSING, MENU)
    assert kept_text(lines) == [
        PARAGRAPHS[0],
        "What you need",
        *things,
        "How to make it",
        *steps,
        CLOSING,
    ]


def test_bullets_under_a_box_s_label_over_a_numbered_list_stay_out():
    # the heading between the bullets and the numbered lines is a box's label: no method
    things = ["* Bypass to close in January", "* Runners fill the park for the race"]
    ranked = ["1. Mayor opens the new library on the harbour front after four years."]
    lines = page(MENU, "Toy factory closes", PARAGRAPHS[0], "Latest", things)
    lines += page("", "Most read", *ranked, MENU)
    assert not set(kept_text(lines)) & {"Latest", *things, "Most read"}


def test_bulleted_steps_under_the_method_s_heading_keep_the_things_list():
    """Review h363 (yo_docling_recipe): a converter printed the method's steps with the
    ingredients' bullet ("- Soak the rice ..."), no number: the ingredients under "What
    you need" were read as chrome and lost."""
    things = ["- Two cups of peanuts", "- One cup of rice", "- Sugar and tamarind to taste"]
    steps = [
        "- Soak the rice for three hours, then grind it with the peanuts.",
        "- Strain the ground peanut water through a cloth.",
        "- Put the liquid on the fire and keep stirring until it thickens for a while.",
    ]
    lines = page(MENU, "Peanut porridge", PARAGRAPHS[0], "What you need", things)
    lines += page("", "How to make it", *steps, CLOSING, MENU)
    kept = kept_text(lines)
    assert "What you need" in kept and all(thing in kept for thing in things)
    assert all(step in kept for step in steps) and CLOSING in kept


def test_bullets_under_a_box_s_label_over_a_bulleted_paragraph_stay_out():
    # the heading between the bullets and the bulleted sentence is a box's label
    things = ["- Bypass to close in January", "- Runners fill the park for the race"]
    ranked = ["- Mayor opens the new library on the harbour front after four years."]
    lines = page(MENU, "Toy factory closes", PARAGRAPHS[0], "Latest", things)
    lines += page("", "Most read", *ranked, MENU)
    assert not set(kept_text(lines)) & {"Latest", *things, "Most read"}

"""analysis.clean.text_columns: a card grid a text browser printed side by side."""

from analysis.clean.listing import find_cards
from analysis.clean.read import plain_dump_text
from analysis.clean.text_columns import unstack_columns

# Two rows of two cards as `w3m -dump` prints a grid: each cell wrapped in its column,
# the picture's label at the cell's start and the cell's text two columns right of it.
GRID = """Marsh Gazette
[Home] [Town] [Farming] [Sport] [Letters]

Latest

[img]                               [img]
  Ferry service returns to the      Mill road closes for repairs
  island

  The ferry sails twice a day       Crews will resurface the road
  from Monday, the council said.    from Tuesday. Buses take the
                                    bypass.
  Nell Ashdown
  04.12.2026                        Piet Morrow
                                    03.12.2026

[img]                               [img]
  School choir wins county prize    Library opens on Sundays

  The choir sang three songs and    The library will open from ten
  beat eleven other schools.        until two, staff said. Readers
                                    asked for it.
  Nell Ashdown
  02.12.2026                        Cora Lind
                                    01.12.2026

  [More]

(c) 2026 Marsh Gazette
"""

THREE = """Fen Courier

[img]                     [img]                     [img]
Ferry returns to          Mill road closed          Choir wins county
the island                for repairs               prize at the hall

The ferry sails twice     Crews resurface the       The choir sang three
a day from Monday.        road from Tuesday.        songs and beat eleven
                          Buses use the bypass.     schools.
Nell Ashdown
04.12.2026                Piet Morrow
                          03.12.2026                Cora Lind
                                                    02.12.2026

(c) 2026 Fen Courier
"""


def test_a_two_column_grid_is_printed_column_by_column():
    # review h278: a w3m grid's cards ran into one record or two (fails without)
    plain = unstack_columns(GRID)
    ferry = plain.index("Ferry service returns")
    choir = plain.index("School choir wins")
    mill = plain.index("Mill road closes")
    library = plain.index("Library opens")
    assert ferry < choir < mill < library
    # each column's lines its printer cut are joined (measured against the column)
    assert "\nThe ferry sails twice a day from Monday, the council said.\n" in plain
    assert "\nCrews will resurface the road from Tuesday. Buses take the bypass.\n" in plain
    assert "\nNell Ashdown\n04.12.2026\n" in plain  # a name over a date stays apart
    assert plain.startswith("Marsh Gazette\n") and plain.endswith("(c) 2026 Marsh Gazette\n")
    lines = plain_dump_text(GRID).split("\n")
    cards = find_cards(lines)
    titles = [
        lines[span.line_no][span.start : span.end]
        for card in cards
        for span in card.fields
        if span.field == "title"
    ]
    assert len(cards) == 4
    assert "Ferry service returns to the island" in titles


def test_a_three_column_grid_is_parted_twice():
    plain = unstack_columns(THREE)
    assert plain.index("Ferry returns to") < plain.index("Mill road closed")
    assert plain.index("Mill road closed") < plain.index("Choir wins county")
    assert "\nCrews resurface the road from Tuesday. Buses use the bypass.\n" in plain
    assert "Cora Lind\n02.12.2026" in plain


def test_tables_and_prose_stay_as_printed():
    forecast = (
        "Day     High   Low   Sky\n"
        "Mon     7      1     Rain\n"
        "Tue     9      2     Sun\n"
        "Wed     6      0     Snow\n"
    )
    assert unstack_columns(forecast) == forecast  # every row full, no prose
    prose = (
        "The council met on Tuesday.  It agreed to open the hall for the market\n"
        "in winter.  Traders had asked for it after a wet autumn cut visitors\n"
    )
    assert unstack_columns(prose) == prose
    tabbed = GRID.replace("[img]                               [img]", "[img]\t[img]")
    assert unstack_columns(tabbed) == tabbed  # a tab's width is the printer's


def test_a_text_with_too_few_lines_of_two_cells_is_not_searched_for_columns(monkeypatch):
    # a grid has three lines or more holding text on both sides of its column: a text
    # with two such lines is returned as it is without looking for a column's span (the
    # cleaner's pass over a page without grids: most pages)
    from analysis.clean import text_columns

    def searched(*args: object) -> None:
        raise AssertionError("a column was looked for")

    monkeypatch.setattr(text_columns, "_grid_span", searched)
    text = "\n".join(
        [
            "  Indented lines start at one column",
            "  and so do these, many of them,",
            "  printed by a text browser.",
            "Ferry sails again        Bridge work starts",
            "The ferry left at noon.  The bridge closes.",
        ]
    )
    assert unstack_columns(text) == text


def test_a_menu_column_beside_the_story_is_printed_before_it():
    # review h378 (body_h378 bg_w3m_tables, th_w3m_gallery): w3m -dump of a page laid
    # out in a table prints the site's menu column left of the story, one section a line
    # beside the story's lines, the story's lines wrapped in their column (its byline
    # printed wider); read line by line each line began with a menu word and the
    # paragraphs beside the menu were lost
    page = (
        "• Home      Ferry fares rise in spring\n"
        "• Town\n"
        "• Farming   By Nell Ashdown | 4 December 2026 | Read 1,204 times\n"
        "• Sport\n"
        "• Letters   The ferry company will raise fares by\n"
        "            ten per cent from April, it said on\n"
        "• Archive   Monday, after fuel costs rose.\n"
        "\n"
        "            Islanders said the rise would hit\n"
        "            families who cross daily for school.\n"
    )
    plain = unstack_columns(page)
    assert plain.startswith("• Home\n• Town\n• Farming\n• Sport\n• Letters\n")
    assert plain.index("• Archive") < plain.index("Ferry fares rise in spring")
    assert (
        "\nThe ferry company will raise fares by ten per cent from April, it said on "
        "Monday, after fuel costs rose.\n" in plain
    )
    # a table of labels beside their values (every label beside a line of text) stays
    labels = (
        "Venue:      The old town hall on the quay, which the\n"
        "            council reopened last year after repairs\n"
        "Tickets:    Five pounds at the door, children free of\n"
        "            charge, and concessions for pensioners\n"
        "Doors:      Seven in the evening\n"
    )
    assert unstack_columns(labels) == labels


def test_a_story_between_a_menu_column_and_a_most_read_column_is_joined_below_both():
    # review h378 (body_h378 fa_w3m_liveblog): w3m -dump of a page in three columns, the
    # menu (a bullet and two words an item: no prose), the story, a 'Most read' column
    # beside its first lines; the story's paragraphs under the 'Most read' column were
    # left cut at its column's width
    page = (
        "• Front page  Ferry fares rise in spring                       Most read\n"
        "• The town\n"
        "• Farm news   The ferry company will raise fares by ten per    • Bridge shut\n"
        "• Sport       cent from April, it said on Monday, after the      for repairs\n"
        "              price of fuel rose for the third year running.   • Choir wins\n"
        "                                                                 a county prize\n"
        "              Islanders said the rise would hit families who   • Library opens\n"
        "              cross to the mainland every day for school.        on Sundays\n"
        "\n"
        "              The council will ask the company to keep a\n"
        "              cheaper fare for residents who travel often.\n"
    )
    plain = unstack_columns(page)
    assert plain.startswith("• Front page\n• The town\n• Farm news\n• Sport\n")
    assert (
        "\nThe ferry company will raise fares by ten per cent from April, it said on Monday, "
        "after the price of fuel rose for the third year running.\n" in plain
    )
    assert (
        "\nThe council will ask the company to keep a cheaper fare for residents who travel "
        "often." in plain
    )


def test_a_column_line_cut_before_a_quotation_mark_is_joined():
    # review h378 (body_h378 ug_w3m_table): the printer cut a paragraph right before
    # its quote ("... said:" / "«We ..."); the next line opens with a quotation mark
    page = (
        "• Home      Ferry fares rise in spring\n"
        "• Town\n"
        "• Farming   The ferry company will raise its fares, its\n"
        "• Sport     chief executive Tom Fry said on Monday:\n"
        "• Letters   “Fuel has never cost so much in the forty\n"
        "            years we have sailed to the island.”\n"
        "\n"
        "            Islanders said the rise would hit families.\n"
    )
    plain = unstack_columns(page)
    assert "said on Monday: “Fuel has never cost so much in the forty years we" in plain

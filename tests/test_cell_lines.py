"""A table a dump printed one cell a line, its rows joined again
(analysis/clean/cell_lines.py), and the story around it kept whole."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text

from analysis.clean.cell_lines import join_cell_lines
from analysis.clean.read import plain_dump_text

# A by-election's results as BeautifulSoup's get_text() prints a table whose <td>s stand
# on lines of their own (made-up candidates; review h323, mn_bs4text_election).
CELLS = "\n\n\n".join(
    [
        "Candidate\nVotes\nShare",
        "Anna Birk\n1 214\n52,4",
        "Tom Lees\n806\n34,8",
        "Ed Moor\n297\n12,8",
    ]
)
ROWS = [
    "Candidate\tVotes\tShare",
    "Anna Birk\t1 214\t52,4",
    "Tom Lees\t806\t34,8",
    "Ed Moor\t297\t12,8",
]


def test_a_table_printed_one_cell_a_line_is_printed_one_row_a_line():
    assert join_cell_lines("Results\n\n" + CELLS + "\n\nAfter.") == "\n".join(
        ["Results", "", ROWS[0], "", "", ROWS[1], "", "", ROWS[2], "", "", ROWS[3], "", "After."]
    )


def test_cards_lists_and_short_paragraphs_are_no_cells():
    cards = "Bridge reopens\n12.03.2026\nValley Post\n\nFerry strike ends\n11.03.2026\nValley Post"
    cards += "\n\nMarket moves indoors\n10.03.2026\nValley Post"
    menu = "Home\nNews\n\nSport\nWeather\n\nAbout\nContact"
    two_rows = "Anna Birk\n1 214\n\nTom Lees\n806"
    for text in (cards, menu, two_rows):
        assert join_cell_lines(text) == text


def test_a_results_table_printed_one_cell_a_line_keeps_the_story_after_it():
    # read line by line the cells were a gap of chrome that ended the article's region
    # before its last paragraphs
    closing = (
        "The new councillor said she would make the water supply of the village centre her "
        "first task, and the count will be confirmed by the electoral office on Friday."
    )
    page = "\n".join(MENU) + "\n\nBy-election in Easthope\n\n" + "\n\n".join(PARAGRAPHS[:2])
    page += "\n\n" + CELLS + "\n\n" + closing + "\n\n" + "\n".join(MENU)
    kept = kept_text(plain_dump_text(page).split("\n"))
    assert kept[: len(PARAGRAPHS[:2])] == PARAGRAPHS[:2]
    assert kept[-1] == closing
    assert "Anna Birk\t1 214\t52,4" in kept


def test_a_box_score_after_the_story_stays_out_and_so_does_a_read_more_line_above_it():
    # review h323 (en_bs4text_boxscore): joined into rows, the box score under its heading
    # and header row is the site's widget (extend._headed_table), and the "Read more:" link
    # over the data block above it is no data of the story's
    read_more = "Read more: Hawks open league play with a win at Dunmore"
    record = "Harbor (4-1) hosts Eastfield on Tuesday. Millbrook falls to 2-3."
    rows = ["Player\tMIN\tPTS\tREB\tAST", "T. Okafor\t31\t24\t6\t3", "J. Byrne\t28\t15\t4\t5"]
    rows += ["M. Ortiz\t30\t12\t9\t1", "C. Ferris\t32\t27\t9\t2", "D. Lang\t29\t18\t3\t6"]
    box = "\n\n\n".join(row.replace("\t", "\n") for row in rows)
    page = "\n".join(MENU) + "\n\nHawks edge Millbrook\n\n" + "\n\n".join(PARAGRAPHS[:2])
    page += f"\n\n{read_more}\n\n{record}\n\nBox score\n\n{box}\n\n" + "\n".join(MENU)
    kept = kept_text(plain_dump_text(page).split("\n"))
    assert kept == [*PARAGRAPHS[:2], record]


def test_each_block_is_tested_for_cells_once(monkeypatch):
    """A page of short one-line paragraphs (a menu, a list of links) makes no table: each
    of its lines is asked once whether it may be a cell, not once for each block above
    it in the run (the run scanned again from every block: quadratic in the page)."""
    import analysis.clean.cell_lines as cell_lines

    asked: list[str] = []
    is_cell = cell_lines._is_cell
    monkeypatch.setattr(cell_lines, "_is_cell", lambda line: asked.append(line) or is_cell(line))
    pairs = "\n\n".join(f"Entry {n}\nItem {n}" for n in range(60))
    singles = "\n\n".join(f"Link {n}" for n in range(60))
    for text in (pairs, singles):
        asked.clear()
        assert join_cell_lines(text) == text
        assert len(asked) <= text.count("\n") + 1

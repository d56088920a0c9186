"""analysis.clean.tab_rows: a table of cards pasted one field a row, its cells apart by
tabs, printed card by card (made-up text; review h294, issue #10)."""

from __future__ import annotations

from analysis.clean.tab_rows import unstack_tab_rows

ROWS = [
    "Ferry returns to the island\tMarket hall reopens",
    "The ferry sails again from Monday. Tickets cost the same.\tTraders moved back in on Friday.",
    "By Ann Lee\tBy Tom Hale",
    "2 March 2026\t1 March 2026",
]


def test_a_pasted_table_one_card_a_column_is_printed_column_by_column():
    text = "Weekly letter\n\n" + "\n".join(ROWS) + "\n\nUnsubscribe"
    assert unstack_tab_rows(text).split("\n") == [
        "Weekly letter",
        "",
        "Ferry returns to the island",
        "The ferry sails again from Monday. Tickets cost the same.",
        "By Ann Lee",
        "2 March 2026",
        "",
        "Market hall reopens",
        "Traders moved back in on Friday.",
        "By Tom Hale",
        "1 March 2026",
        "",
        "",
        "Unsubscribe",
    ]


def test_a_table_of_one_record_a_row_is_left_as_it_is():
    # a spreadsheet's export: title, date, summary in each row; no row is all prose
    text = "\n".join(
        f"Story {n} title\t2026-03-0{n}\tThe summary of story {n} is one sentence."
        for n in (1, 2, 3)
    )
    assert unstack_tab_rows(text) == text
    assert unstack_tab_rows("\n".join(ROWS[:2])) == "\n".join(ROWS[:2])  # two rows

"""analysis.clean.body.page_controls: share bars and paginations are no part of the body."""

from __future__ import annotations

import pytest

from analysis.clean.body import body_line_indices
from analysis.clean.body.page_controls import is_control_row

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network, adding twelve routes "
    "that will connect the northern suburbs with the hospital district by next spring.",
    "Officials said the plan would cost about 40 million dollars over five years, most of "
    "it paid by a regional transport grant that was approved in the summer.",
    "Residents who spoke at the meeting were mostly in favour, although several shop "
    "owners worried that the new stops would take away parking spaces in front of them.",
    "The first routes are expected to open in March, and the council said it would publish "
    "a full timetable on its website at least a month before the start of the service.",
]
TABLE = [
    "District        Routes   Stops",
    "Northgate       4        31",
    "Harbour         3        22",
]


@pytest.mark.parametrize(
    "row",
    [
        "Share  WhatsApp  Facebook",
        "Сподели  Facebook  Viber",
        "分享  Facebook  WhatsApp",
        "Podeli:  Facebook  Twitter  Viber",
        "Partilhar | Facebook | X | WhatsApp | E-mail",
        "Seite 1 von 2   Weiter »",
        "« Zurück   Seite 2 von 2",
        "Page 1 of 2  Next page ›",
        # cells set apart by a tab, a space and a no-break space, or a spaced mark
        "Share\tFacebook\tWhatsApp",
        "Share \u00a0Facebook \u00a0WhatsApp",
        "Facebook / LinkedIn / E-mail",
        "Facebook · X · Telegram",
        "Facebook • Reddit • Threads",
        "Seite 1 von 2 \u00a0Weiter »",
        # a label's colon ends its cell (review h102 N10)
        "Бүлешергә: VK · Telegram",
        "Share this: Facebook | Email",
        # the pages' numbers between arrows, in any language (review h102 N10)
        "« Emva  1  2  3  Elandelayo »",
        "‹ Prev | 4 | 5 | 6 | Next ›",
        # one link to another page alone on its line (review h248)
        "Neste side ›",
        "‹ Forrige side",
        "Weiter »",
    ],
)
def test_share_bars_and_paginations_are_control_rows(row):
    assert is_control_row(row)


@pytest.mark.parametrize(
    "row",
    [
        *TABLE,
        "Facebook and Twitter  were both fined by the regulator",  # a sentence's words
        "Facebook",
        "Seite 1 von 2",  # a counter alone: a gallery's, read by the gallery rule
        "Chapter 1 of 2   The harbour in winter",  # a counter beside a title, no arrow
        "Note: Facebook and X are the platforms named",
        "Time: 10:30  Place: Town Hall",
        "Score  1  2  3  Total",  # numbers in order, no arrow: a table's header
        "« Back  2  4  Next »",  # numbers out of order
        "»Hjem igen«",  # a quotation in guillemets: two marks
        "He said » no",  # no arrow at an end
        "→",  # no word
    ],
)
def test_table_rows_and_sentences_are_no_control_rows(row):
    assert not is_control_row(row)


def _page(after_body: list[str]) -> list[str]:
    lines = ["Metro Gazette", "", "Council expands the bus network", ""]
    for paragraph in PARAGRAPHS[:2]:
        lines += [paragraph, ""]
    lines += ["Page 1 of 2   Next page »", ""]
    for paragraph in PARAGRAPHS[2:]:
        lines += [paragraph, ""]
    lines += ["", *TABLE, "", *after_body, "© 2026 Metro Gazette"]
    return lines


def test_a_pagination_between_paragraphs_and_a_share_bar_after_them_leave_the_body():
    # the table under the story stays; the share bar and the footer's links after it go
    lines = _page(["Share  WhatsApp  Facebook  X", "Privacy  Terms of use  Contact us"])
    body = [lines[i] for i in body_line_indices(lines)]
    assert body == [*PARAGRAPHS[:2], *PARAGRAPHS[2:], *TABLE]


def test_a_footers_row_of_links_after_the_story_is_no_table_row():
    # one row of columns with no figure and no row beside it: a footer's links
    lines = ["Metro Gazette", ""]
    for paragraph in PARAGRAPHS:
        lines += [paragraph, ""]
    lines += ["Contact Us  Accessibility  Your Privacy Choices", "", "Metro Gazette, 2026"]
    body = [lines[i] for i in body_line_indices(lines)]
    assert body == PARAGRAPHS
    # a table of text alone under the story stays, every row
    rows = ["Monday        Closed", "Tuesday       Open late", "Wednesday     Open late"]
    table = [*lines[:-3], *rows, "", "Metro Gazette, 2026"]
    assert [table[i] for i in body_line_indices(table)] == [*PARAGRAPHS, *rows]


@pytest.mark.parametrize(
    "rows",
    [
        # a share bar naming the services in the page's script, over the footer's links
        ["Подели  Фејсбук  Твитер  Вајбер", "О нама  Политика приватности  Контакт"],
        ["シェア  フェイスブック  ツイッター", "会社概要  プライバシーポリシー  お問い合わせ"],
        ["Listen again  Download MP3", "Privacy  Contact us"],  # "MP3" is no figure
        ["Terms & Conditions  Data Protection Policy  Need help?"],  # a link's question
        ["Tags: Harbour  Council  Ferry service"],  # a label, then tags in columns
    ],
)
def test_rows_of_links_after_the_story_leave_the_body(rows):
    # review finding h86 L10 (bn, ur, sw, en-SG, es-MX pages): rows of columns with no
    # figure after the last paragraph read as a table's rows and stayed in the body
    lines = ["Metro Gazette", ""]
    for paragraph in PARAGRAPHS:
        lines += [paragraph, ""]
    lines += [*rows, "", "Metro Gazette, 2026"]
    assert [lines[i] for i in body_line_indices(lines)] == PARAGRAPHS


def test_a_table_of_names_in_two_rows_under_the_story_stays():
    # its cells line up: a table's rows, not a share bar over a footer
    lines = ["Metro Gazette", ""]
    for paragraph in PARAGRAPHS:
        lines += [paragraph, ""]
    rows = ["Mayor          Jane Doe", "Treasurer      John Roe"]
    lines += [*rows, "", "Metro Gazette, 2026"]
    assert [lines[i] for i in body_line_indices(lines)] == [*PARAGRAPHS, *rows]


@pytest.mark.parametrize("counter", ["Page 1 of 3", "Pagina 1 din 2", "Strana 1 z 3"])
def test_a_page_counter_alone_under_the_story_is_no_body(counter):
    """A story split over pages prints its page counter alone under its text (review
    h152: "Pagina 1 din 2" was kept as the body's last line)."""
    lines = ["Metro Gazette", "", "Council expands the bus network", ""]
    for paragraph in PARAGRAPHS:
        lines += [paragraph, ""]
    lines += [counter, "", "Next page", "", "© 2026 Metro Gazette"]
    assert [lines[i] for i in body_line_indices(lines)] == PARAGRAPHS


def test_a_next_page_link_printed_once_between_paragraphs_is_no_heading():
    """A story of two pages saved in one file: its one "Next page ›" link read as a
    subheading (a link printed twice is a repeated line; review h248, body_h248
    nn_multipage_all)."""
    lines = ["Metro Gazette", "", "Council expands the bus network", ""]
    for paragraph in PARAGRAPHS[:2]:
        lines += [paragraph, ""]
    lines += ["Next page ›", "", "‹ Previous page", ""]
    for paragraph in PARAGRAPHS[2:]:
        lines += [paragraph, ""]
    assert [lines[i] for i in body_line_indices(lines)] == PARAGRAPHS

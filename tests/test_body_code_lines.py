"""Code and commands a technical story prints under the paragraph announcing them are
body, in a text dump (analysis.clean.body.code_lines) and in an HTML page's <pre><code>
(analysis.clean.html_code) (review h164, twelfth round)."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page
from test_html_body_widgets import body_of

from analysis import extract_articles
from analysis.clean.body.code_lines import reads_as_code
from analysis.clean.html_code import code_ends_apart

OPENING = (
    "For nine hours on Tuesday, anyone who installed the build tool from scratch got an "
    "error the first time they ran it, because of one line in its configuration parser."
)
ANNOUNCING = "Users who did not pin their dependencies were told to downgrade until a fix:"
AFTER = (
    "The maintainers said they would publish a list of behaviour changes with every "
    "minor release from now on, and test the largest projects that use the parser first."
)
CLOSING = (
    "The incident has revived an old argument about whether small libraries under "
    "thousands of projects should follow semantic versioning strictly."
)


@pytest.mark.parametrize(
    "code",
    [
        ['$ pip install "lowmarsh-config<4.3"', "$ lowmarsh build --clean"],
        ["[build]", "target = 0755"],
        ['settings = load("build.toml", strict_numbers=True)'],
        ["$ uname -m", "i686"],
    ],
)
def test_code_under_its_announcing_paragraph_is_body(code):
    lines = page(MENU, "Config parser breaks builds", OPENING, ANNOUNCING, code, AFTER, CLOSING)
    assert kept_text(lines) == [OPENING, ANNOUNCING, *code, AFTER, CLOSING]


def test_code_followed_by_a_sign_up_box_is_body():
    """h164 item 8: a code block followed by a newsletter box, not by a paragraph, was
    no announced list (and an import read as no code): the block was lost."""
    code = ["    from lowmarsh_config import load", '    settings = load("build.toml")']
    box = ["Get the Example Weekly", "Developer news every Friday. No spam.", "Subscribe"]
    lines = page(MENU, "Config parser breaks builds", OPENING, ANNOUNCING, code, box, AFTER)
    lines = page(lines, CLOSING)
    kept = kept_text(lines)
    assert kept == [OPENING, ANNOUNCING, *code, AFTER, CLOSING]


def test_a_promo_under_a_paragraph_ending_in_a_colon_stays_out():
    promo = ["Get our newsletter", "Subscribe"]
    lines = page(MENU, "Config parser breaks builds", OPENING, ANNOUNCING, promo, AFTER, CLOSING)
    assert not set(kept_text(lines)) & set(promo)


def test_prose_and_prices_do_not_read_as_code():
    for line in (
        "The council (which met on Monday) approved the plan.",
        "$5 million was set aside for the repairs.",
        "Read more: The volunteers who keep the build tools running",
        "E-mail the newsroom at news@example.org.",
    ):
        assert not reads_as_code(line), line
    for line in ("$ sudo kestrel-migrate --check", 'x.parse("03/04/68").year  // 2068', "```"):
        assert reads_as_code(line), line
    for line in ("from lowmarsh_config import load", "import numpy as np", "#include <stdio.h>"):
        assert reads_as_code(line), line
    for line in ("Import duties", "From Lisbon, import tariffs rose.", "import tariffs rose"):
        assert not reads_as_code(line), line


def test_an_html_code_block_keeps_its_lines(tmp_path):
    """inscriptis joined a <pre><code>'s lines into one and trafilatura glued its last line
    to the next paragraph ("// 1969From version 6"): the code was lost."""
    code = 'chronicle.parse("03/04/68").year  // 2068\nchronicle.parse("03/04/69").year  // 1969'
    article = (
        f"<p>{OPENING}</p><p>{ANNOUNCING}</p><pre><code>{code}</code></pre>"
        f"<p>{AFTER}</p><p>{CLOSING}</p>"
    )
    body = body_of(tmp_path, article)
    assert all(line in body.split("\n") for line in code.split("\n"))
    assert AFTER in body and CLOSING in body


def test_a_glued_code_line_is_ended_where_the_next_paragraph_starts():
    from lxml import etree

    tree = etree.fromstring(
        "<body><p>a:</p><code><code>x = 1\ny = f(2)</code></code><p>Next</p></body>"
    )
    assert code_ends_apart("a:\nx = 1\ny = f(2)Next one.", tree) == "a:\nx = 1\ny = f(2)\nNext one."


def test_the_clause_announcing_a_kept_table_is_body():
    """ "The outlook for the next four days:" over a forecast table kept as body, with a
    radar widget between the table and the next paragraph, was left out as chrome."""
    table = ["Day\tHigh\tLow", "Thursday\t11°C\t6°C", "Friday\t8°C\t3°C", "Saturday\t7°C\t1°C"]
    clause = "The outlook for the next four days:"
    lines = page(
        MENU,
        "Storm",
        *PARAGRAPHS[:2],
        clause,
        table,
        ["Live radar", "Play animation"],
        *PARAGRAPHS[2:],
    )
    kept = kept_text(lines)
    assert clause in kept and all(row in kept for row in table)
    assert "Play animation" not in kept


@pytest.mark.parametrize(
    ("line", "code"),
    [
        # a command printed without its prompt (found in the lead's new-user run: the
        # story's first two paragraphs were lost around two such lines)
        ("curl -O https://data.example-rail.test/gtfs/latest.zip", True),
        ("unzip latest.zip -d timetable", True),
        ("tool --check", True),
        # prose: capitalized, a dash between spaces, a sentence's end, or long
        ("Unzip the archive -d is the folder", False),
        ("and then -- as ever -- they left", False),
        ("the council said -no- to the plan.", False),
        ("we were told to wait for the -final- word on the matter by the clerk", False),
    ],
)
def test_a_command_without_its_prompt_reads_as_code(line, code):
    assert reads_as_code(line) is code


def test_a_story_keeps_its_paragraphs_around_commands_printed_without_a_prompt():
    page = "\n\n".join(
        [
            "Rail operator publishes open timetable data",
            "By Mara Ellison",
            "The regional rail operator has published its full timetable as open data, "
            "letting developers build their own journey planners for the first time.",
            "Developers can fetch the feed with a single command:",
            "curl -O https://data.example-rail.test/gtfs/latest.zip\nunzip latest.zip -d timetable",
            "The operator said the feed would be refreshed every night and that older "
            "versions would stay online for a year so researchers could compare them.",
            '"We want people to build things we have not thought of," said the data lead.',
        ]
    )
    body = extract_articles(page, "a.txt").iloc[0].body
    assert body.startswith("The regional rail operator")
    assert "unzip latest.zip -d timetable" in body

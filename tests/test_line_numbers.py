"""analysis.clean.line_numbers: a dump printed with cat -n's or nl's line numbers."""

from analysis.clean.line_numbers import drop_line_numbers
from analysis.clean.read import plain_dump_text

LINES = ["Brindle Valley Post", "", "Orchard growers report best harvest", "", "Fruit growers say."]


def test_cat_n_and_nl_numbers_are_taken_off():
    # review h201: the numbers stayed as the first word of every paragraph
    cat_n = "\n".join(f"{i:6d}\t{line}" for i, line in enumerate(LINES, 1)) + "\n"
    assert drop_line_numbers(cat_n) == "\n".join(LINES) + "\n"
    assert plain_dump_text(cat_n) == "\n".join(LINES) + "\n"
    numbered = iter(range(1, 10))
    nl = "\n".join(f"{next(numbered):6d}\t{line}" if line else "" for line in LINES)
    assert drop_line_numbers(nl) == "\n".join(LINES)


def test_numbers_that_do_not_run_over_every_line_stay():
    table = "Results\n1\tNorthfield\t38\n2\tAshby Vale\t24\n"
    assert drop_line_numbers(table) == table  # a line without a number
    skipped = "1\tFirst\n3\tThird\n"
    assert drop_line_numbers(skipped) == skipped
    assert drop_line_numbers("1\tOnly one line\n") == "1\tOnly one line\n"

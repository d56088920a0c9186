"""The listicle benchmark's own parts: donors, items, printings, cases, overrides."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

import pytest
from benchmark_modules import load_benchmark

listicles = load_benchmark("body_listicles")

SENTENCE = "The council approved the new bus routes on Tuesday after a long debate."
PARAGRAPHS = tuple(
    f"In part {n} of the plan, {SENTENCE.lower()} Riders liked it." for n in range(9)
)
DONOR = listicles.Donor("corpus/1", "Council approves routes", PARAGRAPHS)
HEADINGS = [f"Heading number {n}" for n in range(8)]


def _printed(kind: str):
    items = listicles.items_of(DONOR)
    return items, listicles.FORMATS[kind](PARAGRAPHS[0], items, HEADINGS[: len(items)])


def test_usable_prefix_stops_at_a_line_that_is_no_short_paragraph():
    usable = listicles._usable_prefix
    assert usable(PARAGRAPHS) == list(PARAGRAPHS)
    assert usable([*PARAGRAPHS[:2], "Photo: Jane Doe", PARAGRAPHS[2]]) == list(PARAGRAPHS[:2])
    too_long = " ".join([SENTENCE] * 10)
    assert usable([PARAGRAPHS[0], too_long, PARAGRAPHS[1]]) == [PARAGRAPHS[0]]
    assert usable([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0]]) == list(PARAGRAPHS[:2])


def test_items_hold_one_or_two_paragraphs_in_order_after_the_introduction():
    items = listicles.items_of(DONOR)
    assert listicles.MIN_ITEMS <= len(items) <= listicles.MAX_ITEMS
    assert all(1 <= len(item) <= 2 for item in items)
    flat = [paragraph for item in items for paragraph in item]
    assert flat == list(PARAGRAPHS[1 : 1 + len(flat)])
    assert listicles.items_of(DONOR) == items  # chosen by a hash: the same every run


@pytest.mark.parametrize("kind", list(listicles.FORMATS))
def test_every_printing_prints_its_gold_in_order_and_keeps_every_paragraph(kind):
    items, printed = _printed(kind)
    lines = [line for line in printed.lines if line]
    position = 0
    for line in printed.truth:  # the gold is a subsequence of the printed lines
        position = lines.index(line, position) + 1
    gold = "\n".join(printed.truth)
    sentences = [s for item in items for p in item for s in listicles._sentences(p)]
    assert len(sentences) >= 2 * len(items) and all(s in gold for s in sentences)


def test_printings_label_their_items_as_listicles_do():
    items, numbered = _printed("numbered")
    last = len(items)
    assert f"1. {HEADINGS[0]}" in numbered.lines
    assert f"{last}. {HEADINGS[last - 1]}" in numbered.lines
    assert f"No. 2: {HEADINGS[1]}" in _printed("no_label")[1].lines
    assert f"2) {HEADINGS[1]}" in _printed("parenthesis")[1].lines
    assert _printed("rules")[1].lines.count("* * *") == len(items) - 1
    boxes = _printed("boxes")[1]
    assert boxes.lines.count("Buy Now") == len(items)
    # a box's bullets are its item's sentences: two per paragraph here
    first_box = boxes.lines[boxes.lines.index(HEADINGS[0]) + 1 : boxes.lines.index("Buy Now")]
    assert sum(line.startswith("  • ") for line in first_box) == 2 * len(items[0])
    assert all(line.startswith("• ") for line in _printed("bulleted")[1].truth[1:])
    assert not any(heading in _printed("plain")[1].lines for heading in HEADINGS)


@dataclass
class FakePage:
    """The part of the scorer's Page the benchmark reads."""

    name: str
    truth: str
    text: str
    meta: dict = field(default_factory=dict)

    def read(self, kind: str) -> str:
        assert kind == "txt"
        return self.text


def test_cases_put_each_printing_between_the_pages_chrome_and_related_lists_are_no_gold():
    body = [f"{SENTENCE} Line {n} of the story went on for a while." for n in range(3)]
    above, below = ["Home", "News", "", "Council approves routes"], ["", "© 2019 Site"]
    page = FakePage("p1", "\n".join(body), "\n".join([*above, "", *body, *below]))
    donors = [listicles.Donor(f"corpus/{n}", f"Title {n}", PARAGRAPHS[: 5 + n]) for n in range(4)]
    found = list(listicles.cases([page], donors))
    assert [case.kind for case in found] == [*listicles.FORMATS, "related"]
    for case in found:
        lines = case.text.splitlines()
        assert lines[: len(above)] == above and lines[-len(below) :] == below
        assert not any(line in lines for line in body)  # the page's own body is replaced
    related = found[-1]
    assert related.truth == found[-2].truth  # the plain control's gold
    assert "Read more" in related.text and "Read more" not in related.truth


def test_parse_override_reads_a_literal_and_refuses_a_malformed_one():
    assert listicles.parse_override("a.b:NAME=False") == (("a.b", "NAME"), False)
    assert listicles.parse_override("a.b:NAME=3") == (("a.b", "NAME"), 3)
    for bad in ("a.b:NAME", "NAME=3", "a.b:NAME=not a literal"):
        with pytest.raises(argparse.ArgumentTypeError):
            listicles.parse_override(bad)

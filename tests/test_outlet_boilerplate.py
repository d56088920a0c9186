"""benchmarks/outlet_boilerplate.py: the measured run-level pass marks what it should."""

from __future__ import annotations

from benchmark_modules import load_benchmark

measure = load_benchmark("outlet_boilerplate")

PITCH = measure.PITCHES[0]
PAGES = [
    [
        f"Story {n} opens here, and the council said the harbour would reopen in the spring.",
        "A short line.",
        f"The second paragraph of story {n} names the cost of the repairs to the old quay.",
    ]
    for n in range(4)
]


def test_the_pitch_goes_after_the_second_paragraph_of_the_pages_asked():
    shown = measure.printed(PAGES, PITCH, 2)
    assert shown[0] == [*PAGES[0][:2], PITCH, *PAGES[0][2:]]
    assert shown[1] == PAGES[1]
    assert shown[2][2] == PITCH


def test_only_sentence_lines_printed_on_enough_pages_are_marked():
    counts = measure.page_counts(measure.printed(PAGES, PITCH, 1))
    assert counts[PITCH] == 4
    assert "A short line." not in counts  # too short to be counted
    assert measure.marked(counts, 2, 4) == {PITCH}
    assert measure.marked(counts, 5, 4) == set()
    assert measure.marked(counts, 0.5, 4) == {PITCH}  # 2 of 4 pages
    assert measure.marked(counts, None, 4) == set()


def test_a_removed_pitch_scores_one_and_a_kept_pitch_less():
    scores = measure.outlet_scores(PAGES, PITCH, 1)
    f1_off, left_off, removed_off = scores[None]
    f1_two, left_two, removed_two = scores[2]
    assert (left_off, removed_off) == (4, 0)
    assert (f1_two, left_two, removed_two) == (1.0, 0, 0)
    assert f1_off < 1.0

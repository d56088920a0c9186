"""benchmarks/outlet_boilerplate.py: the library's rule, scored as the benchmark says."""

from __future__ import annotations

from benchmark_modules import load_benchmark

measure = load_benchmark("outlet_boilerplate")

PITCH = measure.PITCHES[0]
# the stories differ by a made-up place: lines that differ by a number only are one line
PLACES = ("Ardmore", "Bellhaven", "Corran", "Dunmore")
PAGES = [
    (
        f"Story {n}",
        [
            f"Story {n} opens in {place}, and the council said the harbour would reopen soon.",
            "A short line.",
            f"The second paragraph from {place} names the cost of the repairs to the old quay.",
        ],
    )
    for n, place in enumerate(PLACES)
]


def test_the_pitch_goes_after_the_second_paragraph_of_the_pages_asked():
    shown = measure.printed(PAGES, PITCH, "every 2")
    assert shown[0][1] == [*PAGES[0][1][:2], PITCH, *PAGES[0][1][2:]]
    assert shown[1] == PAGES[1]
    assert shown[2][1][2] == PITCH


def test_only_sentence_lines_printed_in_enough_stories_are_removed():
    shown = measure.printed(PAGES, PITCH, "every 1")
    found = measure.counted(shown)
    assert found.counted("outlet", PITCH) == (4, 4)
    assert found.counted("outlet", "A short line.") == (0, 0)  # too short to be counted
    lines = shown[0][1]
    assert measure.removed(lines, found, (0.0, 2)) == (2,)
    assert measure.removed(lines, found, (0.0, 5)) == ()
    assert measure.removed(lines, found, None) == ()


def test_a_removed_pitch_scores_one_and_a_kept_pitch_less():
    scores = measure.outlet_scores(PAGES, PITCH, "every 1")
    f1_off, left_off, removed_off = scores[None]
    f1_two, left_two, removed_two = scores[(0.0, 2)]
    assert (left_off, removed_off) == (4, 0)
    assert (f1_two, left_two, removed_two) == (1.0, 0, 0)
    assert f1_off < 1.0

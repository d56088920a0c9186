"""The transplant benchmark's own parts: locating a dev page's body, short donors."""

from __future__ import annotations

from benchmark_modules import load_benchmark

transplant = load_benchmark("body_transplant")

BODY = [
    "The council approved the new bus routes on Tuesday after a long debate about costs.",
    "Residents had asked for a direct line to the hospital for more than three years now.",
    "The first buses will run in March, the transport office said in a statement today.",
]
CHROME_ABOVE = ["Home", "  • News", "  • Sport", "", "Council approves routes", ""]
CHROME_BELOW = ["", "Related stories", "  • Council budget passes in a late vote", "© 2019 Site"]


def test_body_span_finds_the_true_body_between_its_chrome():
    caption = "A bus at the depot. Photo: Jane Doe"
    body_lines = [BODY[0], "", caption, "", BODY[1], "", BODY[2]]
    lines = [*CHROME_ABOVE, *body_lines, *CHROME_BELOW]
    first, last = transplant.body_span(lines, "\n".join(BODY))
    assert (first, last) == (len(CHROME_ABOVE), len(CHROME_ABOVE) + len(body_lines) - 1)


def test_body_span_is_none_when_the_dump_lacks_the_body():
    lines = [*CHROME_ABOVE, BODY[0], *CHROME_BELOW]
    assert transplant.body_span(lines, "\n".join(BODY)) is None


def test_short_paragraphs_stop_in_the_word_range_and_refuse_captions():
    sentence = "One two three four five six seven eight nine ten words end here now."
    paragraphs = [f"Part {number}. " + " ".join([sentence] * 3) for number in range(4)]
    kept = transplant.short_paragraphs(paragraphs)
    assert kept == paragraphs[:2]  # 2 x 44 words: the first count in the range
    # a paragraph printed twice (a caption left in by the corpus's extractor) is refused
    assert transplant.short_paragraphs([sentence, sentence, sentence * 6]) is None
    # a paragraph that ends no sentence (a credit line) is refused
    assert transplant.short_paragraphs(["Photo: Jane Doe", sentence * 6]) is None

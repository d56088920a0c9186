"""analysis.clean.body.printings: paragraphs printed twice on a page, on small synthetic
pages (a summary printed above the byline and again as the first paragraph, a text
printed twice, a photo's caption printed with its alternative text)."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import line_features
from analysis.clean.body import printings as body_printings

HEADLINE = "Council expands bus network"
BYLINE = "By Jane Smith | March 3, 2025 10:42"
CAPTION = (
    "A bus waits at the new stop on the corner of Main Street and the old market square "
    "on Monday morning."
)


def _standfirst_page() -> list[str]:
    """The first paragraph printed above the byline (a summary) and again under it."""
    return page("Daily Courier", MENU, HEADLINE, PARAGRAPHS[0], BYLINE, *PARAGRAPHS, MENU)


def test_a_summary_printed_again_as_the_first_paragraph_keeps_it_once():
    assert kept_text(_standfirst_page()) == PARAGRAPHS


def test_a_text_printed_twice_keeps_one_printing():
    lines = page("Daily Courier", MENU, HEADLINE, BYLINE, *PARAGRAPHS, *PARAGRAPHS, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_summary_printed_after_the_article_keeps_the_printing_among_the_paragraphs():
    """The printing next to a paragraph printed once is the article's, not the last."""
    lines = page("Daily Courier", MENU, HEADLINE, BYLINE, *PARAGRAPHS, MENU, PARAGRAPHS[0])
    assert kept_text(lines) == PARAGRAPHS


def test_a_sites_pitch_printed_above_and_under_the_article_stays_out():
    # A support or newsletter pitch printed in the header and again right under the last
    # paragraph: the printing under the article had prose beside it, so it was kept as
    # body (review finding h46 G26). Prose lies between the printings and none follows
    # either: a template's line, not a summary and its lede.
    pitch = (
        "Our journalism depends on readers like you, so please consider supporting "
        "independent local reporting with a monthly contribution today."
    )
    lines = page("Daily Courier", MENU, pitch, HEADLINE, BYLINE, *PARAGRAPHS, pitch, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_caption_printed_twice_in_a_row_stays_out():
    """A photo's caption and its alternative text: two printings with no line between."""
    lines = page("Daily Courier", MENU, HEADLINE, BYLINE, CAPTION, CAPTION, *PARAGRAPHS, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_line_printed_three_times_is_left_repeated():
    lines = page(HEADLINE, PARAGRAPHS[0], BYLINE, *PARAGRAPHS, PARAGRAPHS[0], MENU)
    features = line_features(lines)
    assert features == body_printings.printed_once(lines, features, True)


def test_paragraphs_printed_twice_switched_off_lose_the_summary(monkeypatch):
    monkeypatch.setattr(body_printings, "PARAGRAPHS_PRINTED_TWICE", False)
    assert kept_text(_standfirst_page()) == PARAGRAPHS[1:]


def test_many_paragraphs_printed_twice_cost_a_linear_number_of_prose_tests(monkeypatch):
    """A hostile page of distinct paragraphs each printed twice far apart: the prose
    between two printings is counted once for the page, not searched for each pair."""
    calls = []
    real = body_printings.is_prose

    def counting(feature, known_language=False):
        calls.append(1)
        return real(feature, known_language)

    monkeypatch.setattr(body_printings, "is_prose", counting)
    texts = [f"{PARAGRAPHS[0][:-1]} on day {n} of the month." for n in range(300)]
    lines = page(*texts, *texts)
    features = line_features(lines)
    body_printings.printed_once(lines, features, True)
    assert len(calls) < 10 * len(features)


def test_a_quoted_paragraph_printed_again_right_under_it_keeps_its_first_printing():
    """A one-line quoted paragraph with its pull quote printed right under it (review
    h201: both printings were lost as the page's repeated chrome)."""
    quote = '"We did not talk. We just moved."'
    story = [*PARAGRAPHS[:2], quote, quote, *PARAGRAPHS[2:]]
    lines = page("Daily Courier", MENU, HEADLINE, BYLINE, *story, MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], quote, *PARAGRAPHS[2:]]


def test_a_caption_printed_twice_in_a_row_stays_out_of_the_body():
    """Unquoted, the two printings in a row are a photo's caption and its alternative
    text, as before."""
    caption = "Drivers wait at the depot on Monday."
    story = [*PARAGRAPHS[:2], caption, caption, *PARAGRAPHS[2:]]
    lines = page("Daily Courier", MENU, HEADLINE, BYLINE, *story, MENU)
    assert caption not in kept_text(lines)

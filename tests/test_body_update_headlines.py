"""analysis.clean.body.rules.inner_datelines: a live blog's clock time over its update's
headline, the update's text under it, is a dateline inside the article."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text

from analysis.clean.body import explain_body_lines
from analysis.clean.body import rules as body_rules

HEADLINES = ["Harbour closed", "Ferries cancelled", "Winds reach gale force", "Schools shut"]


def _updates(stamps: list[str]) -> list[str]:
    return [
        line
        for stamp, headline, text in zip(stamps, HEADLINES, PARAGRAPHS, strict=True)
        for line in (stamp, headline, text)
    ]


def test_every_update_under_its_time_and_headline_is_body():
    lines = [*MENU, "Storm live: harbour closed", *_updates(["16:40", "15:05", "13:30", "12:10"])]
    lines += [*MENU]
    kept = kept_text(lines)
    assert [line for line in kept if line in PARAGRAPHS] == PARAGRAPHS
    assert not {"16:40", "15:05", "13:30", "12:10"} & set(kept)


def test_a_card_date_over_the_next_card_s_headline_is_no_dateline():
    """A listing's cards (headline, teaser, date): a date over the next card's headline
    stays a date between cards; only a clock time stands over an update's headline."""
    stamps = ["4 March 2031", "3 March 2031", "2 March 2031", "1 March 2031"]
    cards = [
        line
        for headline, text, stamp in zip(HEADLINES, PARAGRAPHS, stamps, strict=True)
        for line in (headline, text, stamp)
    ]
    lines = [*MENU, *cards, *MENU]
    dates = [v.weight for v in explain_body_lines(lines) if lines[v.index] in stamps]
    assert len(dates) == 4 and all(weight < 0 for weight in dates)


def test_switched_off_an_update_under_its_headline_ends_the_article(monkeypatch):
    monkeypatch.setattr(body_rules, "UPDATE_HEADLINES", False)
    lines = [*MENU, "Storm live", *_updates(["16:40", "15:05", "13:30", "12:10"]), *MENU]
    assert [line for line in kept_text(lines) if line in PARAGRAPHS] != PARAGRAPHS

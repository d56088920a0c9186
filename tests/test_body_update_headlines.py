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


def test_a_live_blog_whose_times_stand_between_its_updates_is_one_article():
    """Review h378 (body_h378 h_el_singlefile_liveblog): under the page's headline,
    byline and a pinned note, each update is a clock time, its heading and a short text,
    a blank line between all; the times were read as the last field of the card above
    (the page's header the first card), the page as a listing of its updates."""
    from analysis.clean.listing import find_cards

    lines = [
        "Marsh Gazette",
        "• Home",
        "• Town",
        "",
        "LIVE: Storm closes the harbour",
        "",
        "By Nell Ashdown | 06.12.2026",
        "",
        "Pinned: Follow the latest. This page updates itself.",
        "",
        "11:52",
        "",
        "Schools shut tomorrow",
        "",
        "The mayor said the schools will stay shut on Monday so engineers can check them.",
        "",
        "10:30",
        "",
        "No damage to buildings",
        "",
        "Firefighters said no serious damage was reported. Plaster fell in two old houses.",
        "",
        "\u201cPeople were frightened, but everyone is fine,\u201d the deputy mayor said.",
        "",
        "09:14",
        "",
        "The storm",
        "",
        "Winds of 90 km/h hit the harbour at 9 in the morning, the weather office said.",
        "",
        "Share Facebook X",
        "",
        "\u00a9 2026 Marsh Gazette",
    ]
    assert find_cards(lines) == []

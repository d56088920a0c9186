"""Fact-box lines (:mod:`analysis.clean.fact_box`): a review's credits printed on one row."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.fact_box import is_credits_row, is_fact_box_line

_BODY = (
    "The first feature of the director follows a girl through a year on a farm in the"
    " hills, and it is at its best when it trusts its silences.\n\n"
    "The camera stays back, the actors do little, and the seasons do the rest of the"
    " work in a film that never raises its voice.\n"
)


def test_a_credits_row_with_a_running_time_or_a_rating():
    """Credits apart by sentence ends or spaced separators, a running time or a rating
    among the parts after the first: a review's row, in any language."""
    assert is_credits_row("Directed by Ann Example. With Bo Sample. Running time: 1h52. ★★★★☆")
    assert is_credits_row("Regia di Anna Esempio. Con Luca Prova, Ada Bianchi. Durata: 1h 47m.")
    assert is_credits_row("Written and directed by Ann Example · Starring: Bo Sample · 1h 38m")
    assert is_fact_box_line(["Réalisé par Ann Exemple. Avec Bo Essai. Durée : 98 min. 4/5"], 0)


def test_headlines_are_no_credits_rows():
    """Two sentences, a label and a rating, initials and numbers that are no running time
    or rating keep a headline's line a headline."""
    assert not is_credits_row("Review: Hamlet at the Example Theatre ★★★★")
    assert not is_credits_row("U.S. vs. Example: talks resume in 2026")
    assert not is_credits_row("Markets. Stocks rise 2.5% on rate cut. Dow up 300 points")
    assert not is_credits_row("A quiet triumph. The best film of the year.")


def test_a_credits_row_under_a_scrapers_title_is_no_headline():
    """A newspaper4k record ('Title: / Authors: / Publish date:') of a film review whose
    text opens with its credits row: the header's title is the headline, the row not."""
    text = (
        "Title: « Les Saisons d'Exemple » : un premier film lumineux\n"
        "Authors: []\nPublish date: None\n\n"
        "Réalisé par Anne Exemple. Avec Louis Essai, Karim Modèle. Durée : 1h52. ★★★★☆\n\n" + _BODY
    )
    row = extract_articles(text, name="p.txt", facts=PageFacts()).iloc[0]
    assert row.title == "« Les Saisons d'Exemple » : un premier film lumineux"


def test_an_episodes_dated_row_is_no_fact_box():
    """A podcast episode's 'Show · Episode 214 · 38 min · December 4, 2026' holds a
    running time but is the page's date line: its day stays the page's."""
    line = "Example Dispatch · Episode 214 · 38 min · December 4, 2026"
    assert is_credits_row(line)
    assert not is_fact_box_line([line], 0)

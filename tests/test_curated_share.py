"""analysis.clean.curated_share: a curation app's share at a reader's account path is the
paper's it names (outlets_h338's Flipboard-like shares). Made-up sites and people."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.curated_share import shared_paper
from analysis.clean.manifest import ManifestEntry


def _share(source_line: str) -> str:
    return "\n\n".join(
        [
            "Foldly\nSign up   Log in",
            f"Residents split over cycle lane\n{source_line}",
            "Opposition councillors asked for a second consultation, which was turned down.",
            '"We have listened to people and changed the plan," said the committee chair.',
            "Flipped by Dana Roe into Valley Notes",
            "Read the full article",
        ]
    )


def test_a_shares_source_line_names_its_paper():
    assert shared_paper(_share("Marrow Valley Courier · 5h").split("\n")) == (
        "Marrow Valley Courier"
    )
    assert shared_paper(_share("The Eastvale Record · 3 Dec 2026").split("\n")) == (
        "The Eastvale Record"
    )


def test_a_writers_name_or_reading_time_names_no_paper():
    for line in ("Petra Lindqvist · 5h", "Petra Lindqvist · 5 min read", "Marrow Courier"):
        assert shared_paper(_share(line).split("\n")) is None


def test_a_share_at_a_readers_account_is_filed_by_its_paper():
    url = "https://foldly.example/@danaroe/valley-notes-k2v9a0sl/a-Xq0h3TrSQ2e1"
    facts = PageFacts(manifest=ManifestEntry(file="a.txt", url=url))
    shared = extract_articles(_share("Marrow Valley Courier · 5h"), name="a.txt", facts=facts)
    assert shared.iloc[0]["outlet_key"] == "name:marrowvalleycourier"
    # a writer's own post at the account stays the account's (outlets_h151's Medium posts)
    own = extract_articles(_share("Petra Lindqvist · 5h"), name="b.txt", facts=facts)
    assert own.iloc[0]["outlet_key"] == "foldly.example/@danaroe"

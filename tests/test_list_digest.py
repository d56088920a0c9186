"""analysis.clean.list_digest: a mailing list's digest, one card per message that
shares a story. Made-up lists, people, sites and stories (review h198)."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.list_digest import digest_rows
from analysis.clean.segment import segment_page

STORIES = [
    (
        "Tram line to the harbour opens",
        "The first trams ran to the harbour on Friday, two months ahead of the plan.",
        "Harbour Weekly, 4 December 2026",
        "Jane Roe <jane@mail.example>",
    ),
    (
        "Wheat farmers expect a record export",
        "Growers in the north plan to ship more than a million tonnes of wheat abroad.",
        "North Courier, 3 December 2026",
        "Tom Birch <tom@mail.example>",
    ),
    (
        "The opera house opens its season",
        "The season opens with a work the company has not staged for forty years.",
        "Harbour Weekly, 2 December 2026",
        "Jane Roe <jane@mail.example>",
    ),
]


def _digest(labels: tuple[str, str, str] = ("Topic", "Sender", "Posted")) -> str:
    topic, sender, posted = labels
    parts = [
        "From: city-talk@lists.example",
        "Subject: [City talk] Digest - 3 messages in 3 topics",
        "",
        "Today's topics:",
        *(f"  {title} - 1 message" for title, *_ in STORIES),
        "",
    ]
    for title, text, source, member in STORIES:
        parts += [
            "=" * 72,
            f"{topic}: {title}",
            "-" * 72,
            f"{sender}: {member}",
            f"{posted}: 4 Dec 2026 09:12",
            "",
            text,
            f"— {source}",
            "https://example.org/story",
            "",
        ]
    parts += ["-" * 72, "To leave this list, write to city-talk+leave@lists.example"]
    return "\n".join(parts)


def test_each_message_of_a_digest_is_a_card_dated_and_filed_by_its_source_line():
    # h198 (list_digest_kk): the digest read as one article titled by the topic index
    page = _digest(("Тақырып", "Жіберген", "Уақыты"))  # the list's labels, any language
    articles = extract_articles(page, name="digest.txt")
    assert list(articles["title"]) == [title for title, *_ in STORIES]
    assert list(articles["body"]) == [text for _, text, *_ in STORIES]
    assert list(articles["outlet"]) == ["Harbour Weekly", "North Courier", "Harbour Weekly"]
    assert list(articles["published"]) == ["2026-12-04", "2026-12-03", "2026-12-02"]
    assert not any(articles["byline"].fillna(""))  # the members are no authors
    assert_accounts_for_every_character(segment_page(page, "digest.txt"), page)


def test_sections_between_rules_without_a_senders_address_are_no_digest():
    page = _digest()
    assert len(digest_rows(page.split("\n"))) == 3
    no_address = page.replace("<jane@mail.example>", "").replace("<tom@mail.example>", "")
    assert digest_rows(no_address.split("\n")) == []

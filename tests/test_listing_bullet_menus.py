"""A menu printed with its list marks over a listing's cards (analysis.clean.card_blocks:
a card's header climbs no list of bullets; analysis.clean.listing: a misread card is
spaced as the page's cards are)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles

# A made-up Votic town paper (a language no word table of the package holds): its menu,
# its cards' image alt text ('Kuva', picture) and 'Loe enemp' (read more) are all lines
# the package reads by their shape alone.
MENU = ["• Kotisivu", "• Uutisõd", "• Spordi", "• Meist"]
STORIES = [
    ("Kylä sai uvvõ silla", "4.11.2026 | Anni Pajo", "Kylää tehtii uusi silta. Silta on pitkä."),
    ("Talvi tuli varraa", "3.11.2026 | Pekka Jõgi", "Lunta satti jo ööllä. Lahsõd mennüd mäkkee."),
    ("Uusi laulukirja lahsilee", "2.11.2026", "Tehtii uusi laulukirja. Siin on sata laulua."),
]


def _bulleted_section_page() -> list[str]:
    """A section page as resiliparse prints it with ``list_bullets``: every list item
    bulleted (menu, pager, footer links), each card an image's alt text over its
    headline, a date and name line, its text and a 'Read more' link, no blank lines."""
    lines = ["Jõgõ Sõnomad", *MENU, "Uutisõd"]
    for title, meta, text in STORIES:
        lines += [f"[Kuva: {title}]", title, meta, text, "Loe enemp →"]
    return [*lines, "• 1", "• 2", "• Viimein", "© 2026 Jõgõ Sõnomad", "• Facebook", "• Telegram"]


def test_a_bulleted_menu_over_the_first_card_is_not_its_header():
    articles = extract_articles("\n".join(_bulleted_section_page()), name="bullets.txt")
    assert list(articles["title"]) == [title for title, _, _ in STORIES]
    assert list(articles["byline"].fillna("")) == ["Anni Pajo", "Pekka Jõgi", ""]
    assert [str(day)[:10] for day in articles["published"]] == [
        "2026-11-04",
        "2026-11-03",
        "2026-11-02",
    ]


def test_the_same_page_without_list_marks_reads_the_same_cards():
    lines = [line.removeprefix("• ") for line in _bulleted_section_page()]
    articles = extract_articles("\n".join(lines), name="plain.txt")
    assert list(articles["title"]) == [title for title, _, _ in STORIES]


def test_a_wiki_pages_tabs_and_introduction_are_no_misread_card():
    """A wiki portal: its bulleted sidebar over the page's tabs printed on one line, the
    page's heading and introduction a blank line apart each; then the news, headline,
    date line and text printed without blank lines. The tabs are no card's headline."""
    lines = [
        "Harbour Wiki News",
        "Log in",
        "",
        "Navigation",
        "",
        "• Main page",
        "• Recent changes",
        "• Random page",
        "Page Talk Read Edit View history",
        "",
        "Harbour Portal",
        "",
        "Welcome to Harbour Wiki News, the news anyone can write.",
        "",
    ]
    news = [
        ("Clinic opens a new ward", "date: 2026-12-03 · written by: Joan Mendes"),
        ("Market traders ask for light", "date: 2026-12-02"),
        ("Cashew season begins early", "date: 2026-11-30 · written by: Mary Sanha"),
    ]
    for title, meta in news:
        lines += [title, meta, f"{title} in the harbour town, traders and nurses said.", ""]
    lines += ["Categories:", "• News", "• Privacy policy"]
    articles = extract_articles("\n".join(lines), name="wiki.txt")
    assert list(articles["title"]) == [title for title, _ in news]

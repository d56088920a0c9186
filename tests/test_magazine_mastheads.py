"""A magazine's masthead under its header's chrome, over its publisher's notice (review h438)."""

from analysis.clean.account_links import is_account_row
from analysis.clean.articles import page_outlet

_BODY = (
    "The seed library started with a card catalog rescued from a school clearance sale, "
    "and each drawer now holds envelopes of beans, squash and tomatoes.\n\n"
    "Borrowers are asked to return seeds at the end of the season. About a third do, "
    "which the librarians say is better than they expected.\n"
)


def _page(top: str, masthead: str, holder: str) -> str:
    return (
        f"{top}{masthead}\n  • News\n  • Culture\n  • The Magazine\n\nGardens\n\n"
        "How a Seed Library Became a Lending Desk\n\nBy Iris Mendel\n\nMay 20, 2026\n\n"
        f"{_BODY}\nMost read\n\n© {holder} 2026. All rights reserved.\n"
    )


def test_a_row_of_account_links_is_chrome_over_the_masthead():
    # a text dump prints the header's "Subscribe / Sign in / Give a gift subscription"
    # links as one line over the logo: the masthead was not read under it
    top = "We use cookies to personalise content. Accept all | Manage preferences\n\n"
    top += "Subscribe Sign in Give a gift subscription\n"
    page = _page(top, "Atlas Weekly", "Tallgrass Publishing Co.")
    assert page_outlet(page, "p.txt").name == "Atlas Weekly"
    assert is_account_row("Zaprenumeruj Zaloguj się Podaruj prenumeratę")
    assert not is_account_row("Premium Times")


def test_a_whole_documents_title_line_is_chrome_over_the_masthead():
    # BeautifulSoup's get_text() of the whole document prints its <title> first
    top = "How a Seed Library Became a Lending Desk | Capital Weekly\n\nSubscribe\nSign in\n"
    page = _page(top, "Capital Weekly", "Tallgrass Publishing Co.")
    assert page_outlet(page, "p.txt").name == "Capital Weekly"


def test_a_title_over_a_publisher_named_after_it_is_shown():
    # "Atlas Weekly" over "© Atlas Media Inc.", "Wellspring" over "© Wellspring Health
    # Media": the publisher is named after its title, which a reader names the site by
    top = "Subscribe Sign in Give a gift subscription\n"
    assert page_outlet(_page(top, "Atlas Weekly", "Atlas Media Inc."), "p.txt").name == (
        "Atlas Weekly"
    )
    assert page_outlet(_page(top, "Wellspring", "Wellspring Health Media"), "p.txt").name == (
        "Wellspring"
    )

"""A site's short form in an author box is shown by the masthead's whole name, when a
browser's copy prints the menu under the masthead without bullets (review h415)."""

from analysis.clean.site_name import page_site_name

_PROSE = (
    "Repairs to a crumbling stretch of the sea wall will begin in January after the agency "
    "confirmed the funding for the work, councillors were told on Tuesday evening."
)


def test_the_mastheads_whole_name_over_a_short_form_in_an_author_box():
    lines = [
        "The Daily Lantern",
        "",
        "News",
        "Sport",
        "Harbour Town",
        "What's On",
        "Property",
        "",
        "Sea wall repairs to start in January",
        "",
        _PROSE,
        "",
        _PROSE,
        "",
        "Jane Roe is a reporter for the Lantern covering the coast.",
        "",
        "Sign up to the Daily Lantern newsletter",
        "",
        "The Daily Lantern — serving the coast since 1901.",
        "© 2026 Coastal Newspapers Ltd. Registered in England No. 01234567.",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "The Daily Lantern"

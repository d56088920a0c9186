"""analysis.clean.title_site.listing_title_site: a listing's masthead under a skip link
printed alone names the site as the page's first line would (made-up lines, review h336:
a PHP CMS's section list in an Indonesian locale, 'Langsung ke konten')."""

from __future__ import annotations

from analysis.clean.title_site import listing_title_site

_CARDS = [
    "Kabar",
    "",
    "Kerrabhan sapè è Bangkalan èpanjhang sampè Januari",
    "Dikirim 3 Des 2026 oleh Moh. Rofi'i",
    "Panètya kerrabhan sapè ngoca' ja' acara èpanjhang polana ojhan.",
]


def _site(lines: list[str]) -> str | None:
    found = listing_title_site(lines, ("Kabar", "Kabar Madhura"))
    return None if found is None else found.name


def test_the_masthead_as_first_line_names_the_site():
    assert _site(["Kabar Madhura", "", *_CARDS]) == "Kabar Madhura"


def test_a_skip_link_alone_over_the_masthead_is_stepped_over():
    assert _site(["Langsung ke konten", "", "Kabar Madhura", "", *_CARDS]) == "Kabar Madhura"


def test_a_line_of_text_over_the_name_still_ends_the_search():
    # a teaser's sentence, or a label with text under it, is no skip link
    assert _site(["Berita terbaru dari pulau Madura hari ini.", "", "Kabar Madhura"]) is None
    assert _site(["Langsung ke konten", "Menu", "Kabar Madhura"]) is None

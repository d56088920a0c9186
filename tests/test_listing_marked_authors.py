"""analysis.clean.markup_lines: a card's author the markup marks so, printed alone on a
line whose words do not all open with a capital (Iban "Jimbai anak Sanggau", child of),
is the card's byline, not a second title (made-up page, review h336: a Python static site
generator's h-entry index read as one article)."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

_TEASERS = (
    "Jalai tu tau dikena kereta ari Julau nyentuk ngagai Nanga Entabai lalu tuai rumah "
    "madahka semua anembiak sekula lantang ati.",
    "Lebih ari dua ratus iku bansa Iban datai ngagai pengawa tu lalu bala pemerintah "
    "bejaku pasal pengidup orang di menua.",
    "Ai bah udah nyerang dua buah rumah panjai lalu bala sukarela ngiga beras enggau ai "
    "ngirup ngagai semua bilik.",
)
_CARDS = (
    ("Jalai baru ngagai Nanga Entabai udah dibuka", "Jimbai anak Sanggau", "2026-12-03"),
    ("Pengawa Gawai Kenyalang di Betong", "Maria anak Ngumbang", "2026-12-02"),
    ("Ai bah nyerang rumah panjai di Sungai Rajang", "Jimbai anak Sanggau", "2026-12-01"),
)


def _page(author_class: str = "byline author vcard") -> str:
    cards = "".join(
        f"<article class='h-entry post-text'><header><h1 class='p-name entry-title'>"
        f"<a href='posts/{i}/' class='u-url'>{title}</a></h1><div class='metadata'>"
        f"<p class='{author_class}'><span class='fn'>{name}</span></p><p class='dateline'>"
        f"<a href='posts/{i}/'><time class='published dt-published' datetime='{day}T08:00"
        f":00+08:00'>{day} 08:00</time></a></p></div></header><div class='p-summary "
        f"entry-summary'><p>{teaser}</p><p class='more'><a href='posts/{i}/'>Batamba baca"
        f"…</a></p></div></article>"
        for i, ((title, name, day), teaser) in enumerate(zip(_CARDS, _TEASERS, strict=True))
    )
    return (
        "<!DOCTYPE html><html lang='iba'><head><meta charset='utf-8'><title>Berita Rumah"
        "</title></head><body><nav><a href='.'>Berita Rumah</a> <a href='archive.html'>"
        f"Arkib</a> <a href='rss.xml'>RSS</a></nav><div class='postindex'>{cards}</div>"
        "</body></html>"
    )


def _articles(markup: str):
    page = page_from_bytes(markup.encode(), "index.html", "raw/index.html")
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_marked_authors_with_a_lower_case_particle_are_bylines():
    articles = _articles(_page())
    assert list(articles["title"]) == [title for title, _, _ in _CARDS]
    assert list(articles["byline"]) == [name for _, name, _ in _CARDS]
    assert list(articles["published"]) == [day for _, _, day in _CARDS]


def test_an_unmarked_name_line_is_not_read_as_a_byline_by_this_rule():
    # the same cards, their name in a paragraph the markup does not call an author's
    articles = _articles(_page("metadata-line"))
    assert "Jimbai anak Sanggau" not in set(articles["byline"].dropna())

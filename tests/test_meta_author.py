from __future__ import annotations

import pytest

from analysis.clean.html_page import html_metadata
from analysis.clean.meta_author import meta_author, profile_slug_name

PARAGRAPHS = "".join(
    f"<p>The harbour board approved a new ferry terminal on Wednesday, part {n}, after a "
    "long debate that drew a crowd of residents to the chamber.</p>"
    for n in range(4)
)


def _page(head: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>Ferry terminal approved</title>{head}"
        f"</head><body><h1>Ferry terminal approved</h1>{PARAGRAPHS}</body></html>"
    )


@pytest.mark.parametrize(
    ("head", "author"),
    [
        # a name written without spaces, which trafilatura drops (review h150)
        ('<meta name="author" content="陈晓明">', "陈晓明"),
        ('<meta property="article:author" content="佐々木健一">', "佐々木健一"),
        # Yoast's twitter card pair
        (
            '<meta name="twitter:label1" content="Written by">'
            '<meta name="twitter:data1" content="Agnes Trelawney">'
            '<meta name="twitter:label2" content="Est. reading time">'
            '<meta name="twitter:data2" content="3 minutes">',
            "Agnes Trelawney",
        ),
        # the pair's label an author's label in the site's language, no "by" (h231)
        (
            '<meta name="twitter:label1" content="Autor">'
            '<meta name="twitter:data1" content="Jana Vávrová">',
            "Jana Vávrová",
        ),
        # parse.ly's older JSON tag
        (
            """<meta name="parsely-page" content='{"title": "Ferry", "author": "Dale Ferreira",
            "pub_date": "2026-12-03T14:05:00Z"}'>""",
            "Dale Ferreira",
        ),
        # cXense's and rNews's author tags (review h279)
        ('<meta name="cXenseParse:author" content="Orla Bannerman">', "Orla Bannerman"),
        ('<meta property="rnews:creator" content="Tobias Wrenfield">', "Tobias Wrenfield"),
    ],
)
def test_the_author_of_meta_tags_trafilatura_drops_or_does_not_read(head, author):
    assert meta_author(_page(head)) == author
    assert html_metadata(_page(head)).byline == author


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="author" content="admin">',  # a user name, not a person's
        '<meta name="author" content="新闻中心编辑部主任办公室">',  # too long for a name
        '<meta name="twitter:label1" content="Est. reading time">'
        '<meta name="twitter:data1" content="3 minutes">',
        '<meta name="twitter:label1" content="Time to read:">'
        '<meta name="twitter:data1" content="3 minutes">',
        "<meta name=\"parsely-page\" content='not json'>",
        '<meta name="cXenseParse:author" content="news desk, updated daily">',
    ],
)
def test_no_author_from_other_meta_values(head):
    assert meta_author(_page(head)) is None


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        # Highwire's "Surname, Given names", which trafilatura splits at the comma (h187)
        ('<meta name="citation_author" content="Ní Bhriain, Aoife">', "Aoife Ní Bhriain"),
        (
            '<meta name="citation_author" content="Okafor, Ngozi">'
            '<meta name="citation_author" content="Lindqvist, Per Erik">',
            "Ngozi Okafor; Per Erik Lindqvist",
        ),
        ('<meta name="author" content="Aoife Ní Bhriain">', "Aoife Ní Bhriain"),
        # Dublin Core's creator, written the same way (review h321)
        ('<meta name="DC.creator" content="Pujol i Ferrer, Marta">', "Marta Pujol i Ferrer"),
        (
            '<meta name="DC.creator" content="Louzao, Carme">'
            '<meta name="DC.creator" content="Fraga, Xosé Lois">',
            "Carme Louzao; Xosé Lois Fraga",
        ),
    ],
)
def test_citation_authors_are_read_given_name_first(head, byline):
    assert html_metadata(_page(head)).byline == byline


@pytest.mark.parametrize(
    "author",
    [
        "ޢާއިޝަތު ނާޒިމާ",  # Thaana: a name ending in a vowel sign (fili)
        "राहुल शर्मा; अनीता कुमारी",  # Devanagari: two names ending in vowel signs
        "ශාන්ත පෙරේරා",  # Sinhala
        "ಕೃಷ್ಣ ರಾವ್",  # Kannada: a name ending in a virama
    ],
)
def test_a_name_keeps_its_final_vowel_sign(author):
    # review h199: trafilatura's author cleaning strips what follows a name's last word
    # character, and a combining mark is none to Python's re: "राहुल शर्मा" became
    # "राहुल शर्म", a name that is not the author's
    metas = "".join(f'<meta name="author" content="{name}">' for name in author.split("; "))
    assert html_metadata(_page(metas)).byline == author


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("https://www.example.com/profile/tobias-wrenfield/", "Tobias Wrenfield"),
        ("https://example.co.nz/authors/ada-nwosu-blake", "Ada Nwosu Blake"),
        ("https://www.example.com/news/2026/pier-reopens/", None),  # a story, no profile
        ("https://www.example.com/profile/12345/", None),  # a number, no name
        ("https://www.example.com/staff/admin", None),  # one word: a user name
        ("Tobias Wrenfield", None),  # a name, no address
    ],
)
def test_the_name_a_profile_address_spells(value, name):
    assert profile_slug_name(value) == name


def test_an_author_tag_holding_only_a_profile_address_gives_its_name():
    # h271: article:author held the profile address and the page printed no byline;
    # made-up site and name
    markup = (
        '<html><head><meta property="article:author" '
        'content="https://www.example.com/profile/tobias-wrenfield/"></head><body></body></html>'
    )
    assert meta_author(markup) == "Tobias Wrenfield"

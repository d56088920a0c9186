"""analysis.clean.html_captions: a photo essay's story told in its <figcaption>s (review
h401: an Assamese and a Tamil photo essay whose captions were left out of the body)."""

from __future__ import annotations

import pandas as pd
from lxml.html import document_fromstring

from analysis.clean.html_captions import caption_story
from analysis.clean.pipeline import run_clean

CAPTIONS = [
    "Before dawn the boats wait at the pier while the crews mend their nets by lamplight.",
    "The first catch is sold at six, and the buyers from the town bargain over every crate.",
    "By noon the harbour is quiet again, and the crews sleep on the decks in the shade.",
]
INTRO = (
    "Every year at the full moon of the autumn month the monasteries of the river island "
    "hold their festival. This year we spent a night at one of them."
)


def _essay() -> str:
    figures = "\n".join(
        f'<figure><img src="/{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>\n'
        '<div class="photo-credit"><p>Photo: Ann Lee</p></div>'
        for n, caption in enumerate(CAPTIONS)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>A day at the harbour | The Wexcombe Lantern</title>\n"
        '<meta property="og:site_name" content="The Wexcombe Lantern">\n'
        '<link rel="canonical" href="https://wexcombe-lantern.example/photo/harbour">\n'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "A day at the harbour", "datePublished": '
        '"2026-11-24T20:00:00Z"}</script>\n</head>\n<body>\n'
        "<header><a class='logo' href='/'>The Wexcombe Lantern</a>"
        "<nav><ul><li><a href='/n'>News</a></li><li><a href='/s'>Sport</a></li></ul></nav>"
        "</header>\n<main>\n<article>\n<h1>A day at the harbour</h1>\n"
        '<p class="byline">By Ann Lee</p>\n'
        '<time datetime="2026-11-24T20:00:00Z">24 November 2026</time>\n'
        f'<div class="article-body">\n<p>{INTRO}</p>\n{figures}\n</div>\n</article>\n'
        "</main>\n<footer><p>© 2026 The Wexcombe Lantern</p></footer>\n</body></html>\n"
    )


def test_a_photo_essays_captions_are_its_body_and_its_credits_are_not(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "essay.html").write_text(_essay(), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    body = pd.read_parquet(tmp_path / "out" / "articles.parquet")["body"].iloc[0]
    assert body.split("\n\n") == [INTRO, *CAPTIONS]


def test_short_captions_beside_a_longer_text_are_left_out():
    paragraphs = "".join(f"<p>{caption}</p>" for caption in CAPTIONS)
    tree = document_fromstring(
        f"<html><body><article>{paragraphs}<figure><figcaption>The pier.</figcaption>"
        "</figure></article></body></html>"
    )
    assert caption_story(tree, "\n".join(CAPTIONS)) is None

"""An HTML author field trafilatura read from the wrong markup (analysis.clean.misread_author):
an account's handle, a date line's opening word. Review h398's listings set, made-up
sites and people."""

from __future__ import annotations

import pandas as pd

from analysis.clean.misread_author import printed_author
from analysis.clean.pipeline import run_clean

_STORY = (
    "<p>The harbour's old lighthouse was lit again on Wednesday night after a year of repairs.</p>"
    "<p>Workers replaced the rotten beams and laid new tiles on the roof of the tower.</p>"
    "<p>About a hundred pupils from the town's school came to watch the lamp go on.</p>"
)


def _blog_entry() -> str:
    # a blog platform's entry: the account's id in the footer's author vcard
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Lighthouse lit again - Harbour Notes</title>"
        '<meta property="og:site_name" content="Harbour Notes"></head><body>'
        '<article class="entry hentry"><header class="entry-header">'
        '<time datetime="2026-12-04">2026-12-04</time>'
        '<h1 class="entry-title">Lighthouse lit again</h1></header>'
        f'<div class="entry-content">{_STORY}</div>'
        '<footer class="entry-footer"><span class="author vcard"><span class="fn" '
        'data-user-name="tide-watcher">tide-watcher</span></span> '
        '<time datetime="2026-12-04T08:00:00+09:00">2026-12-04 08:00</time></footer>'
        "</article></body></html>"
    )


def test_a_handle_read_capitalized_is_no_author():
    html = '<span class="fn">harbour-notes</span>'
    assert printed_author("Harbour-Notes", html) is None
    # a name the page prints as it was read, a handle printed as read, are kept
    assert printed_author("Jean-Luc", '<span class="fn">Jean-Luc</span>') == "Jean-Luc"
    assert printed_author("Harbour-Notes", ">Harbour-Notes< >harbour-notes<") == "Harbour-Notes"


def test_a_date_lines_opening_word_gives_the_lines_named_author():
    html = (
        '<div class="newsAuthorAndDate">Day 04 December 2026 '
        '<span class="newsAuthor">By Mere Tane</span></div>'
    )
    assert printed_author("Day", html) == "Mere Tane"
    # a name beside another's, no date between them, is kept
    html = '<div class="byline"><span>Ola Berg</span> and <span>by Ann Roe</span></div>'
    assert printed_author("Ola Berg", html) == "Ola Berg"


def test_a_blog_entrys_account_id_is_no_byline(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "entry.html").write_text(_blog_entry(), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["title"].tolist() == ["Lighthouse lit again"]
    assert articles["byline"].tolist() == [None]

"""analysis.clean.markup_dates.own_article_day: a related story's <time>, nested in the
story's <article>, does not date the page (made-up pages; review h149, issue #10)."""

from __future__ import annotations

from pathlib import Path

from analysis.clean.read import page_from_bytes

# (made up) no meta tag dates the page; its story's <article> holds its own <time> and,
# after the text, two related stories as <article> cards with older <time>s; the dates
# printed in words htmldate does not read (Czech), so it takes the oldest <time>
STORY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mill reopens as a bakery school</title></head>
<body><header><a href="/">Dale Weekly</a></header>
<main><article class="story">
<h1>Mill reopens as a bakery school</h1>
<p class="meta"><span class="author">Rhea Moss</span> ·
<time datetime="2025-03-04T09:40:00+00:00">4. března 2025</time></p>
<p>The old corn mill on Weir Street reopened on Tuesday as a school for bakers, with
twelve students in its first class and a wood-fired oven restored by volunteers.</p>
<p>The trust that bought the mill in 2019 raised the money for the repairs from
residents and a heritage fund, its chair said at the opening.</p>
<p>Courses start in April and the school will sell its bread at the Saturday market.</p>
<section class="related"><h2>Read more</h2>
<article class="card"><h3><a href="/a">Weir Street mill sold to trust</a></h3>
<time datetime="2025-03-02">2. března 2025</time><p>The trust paid one pound for the mill.</p>
</article>
<article class="card"><h3><a href="/b">Volunteers restore the oven</a></h3>
<time datetime="2025-02-26">26. února 2025</time><p>Bricks came from a farm.</p>
</article>
</section></article></main></body></html>
"""


def _published(markup: str) -> str | None:
    page = page_from_bytes(markup.encode(), "story.html", Path("story.html"))
    return page.html.published if page.html is not None else None


def test_a_related_storys_time_nested_in_the_story_does_not_date_the_page():
    assert _published(STORY) == "2025-03-04"


def test_the_story_without_a_time_of_its_own_keeps_the_markups_date():
    from analysis.clean.markup_dates import own_article_day

    undated = STORY.replace('<time datetime="2025-03-04T09:40:00+00:00">4. března 2025</time>', "")
    assert own_article_day(undated, "2025-02-26") is None
    assert own_article_day(STORY, "2025-03-04") is None  # the story's own day


def test_a_timeline_aside_s_times_in_the_story_do_not_date_the_page():
    # review h210: a story's <aside> timeline (<ol> of <li><time><h3><p>) of past events:
    # the oldest event's day dated the page
    timeline = (
        '<aside class="timeline"><h2>Timeline</h2><ol>'
        '<li><time datetime="2019-06-01">1. června 2019</time><h3>Trust buys the mill</h3>'
        "<p>The trust paid one pound.</p></li>"
        '<li><time datetime="2023-09-10">10. září 2023</time><h3>Repairs start</h3>'
        "<p>Volunteers rebuilt the oven.</p></li></ol></aside>"
    )
    start = STORY.index('<section class="related">')
    end = STORY.index("</section>") + len("</section>")
    markup = STORY[:start] + timeline + STORY[end:]
    assert _published(markup) == "2025-03-04"


def test_a_card_beside_the_story_does_not_date_the_page():
    # the "more news" cards are <article>s after the story's own <article> (not nested in
    # it): the story is the <article> holding the page's <h1>
    beside = STORY.replace("</section></article></main>", "</section></main>").replace(
        '<section class="related">', '</article><section class="related">'
    )
    assert beside.count("</article>") == 3 and "</section></main>" in beside
    assert _published(beside) == "2025-03-04"


def test_a_more_lists_div_cards_after_the_storys_article_do_not_date_the_page():
    # review h294 (article_listicle_numbered_an): the "more" list's cards are <div>s in a
    # <section> after the story's one <article>; the last card's <time> dated the page
    story, related = STORY.split('<section class="related">')
    cards = related.replace("<article", "<div").replace("</article>", "</div>")
    moved = story.replace("</main>", "") + "</article>" + '<section class="more">' + cards
    moved = moved.replace("</section></article></main>", "</section></main>")
    assert moved.count("<article") == 1
    assert _published(moved) == "2025-03-04"

"""analysis.clean.markup_dates.attribute_day and common_era_day: a <time> element's text
read in the other order than its datetime, and an ISO date written with the Buddhist era's
year (made-up markup; review h321, issue #10)."""

from __future__ import annotations

import pytest

from analysis.clean.html_page import html_metadata
from analysis.clean.markup_dates import attribute_day, common_era_day

_PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story tells what the farmers of the valley built together this "
    "year, how they paid for it and what the neighbours downstream think of the plan.</p>"
    for n in range(5)
)


@pytest.mark.parametrize(
    ("markup", "date", "day"),
    [
        # a US short date read day first: the attribute's day
        ('<time datetime="2026-12-04">12/4/26</time>', "2026-04-12", "2026-12-04"),
        # the date read is the attribute's: nothing to mend
        ('<time datetime="2026-12-04">12/4/26</time>', "2026-12-04", None),
        # another day altogether: not the element's text
        ('<time datetime="2026-12-04">12/4/26</time>', "2026-11-30", None),
        # both days are some element's: the date read stands
        (
            '<time datetime="2026-12-04">x</time><time datetime="2026-04-12">y</time>',
            "2026-04-12",
            None,
        ),
        ("<p>no element</p>", "2026-04-12", None),
    ],
)
def test_the_attribute_day_of_a_time_read_the_other_way(markup, date, day):
    assert attribute_day(markup, date) == day


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("2569-12-04", "2026-12-04"),
        ("2026-12-04", None),
        ("2567-02-29", "2024-02-29"),  # a leap day: 2567 is 2024
    ],
)
def test_a_buddhist_era_year_in_the_common_era(date, day):
    assert common_era_day(date) == day


def test_a_squarespace_time_and_a_thai_json_ld_date_in_a_page():
    squarespace = (
        "<html><head><title>Dams against the drought</title></head><body><article>"
        '<time class="dt-published" datetime="2026-12-04">12/4/26</time>'
        f"<h1>Dams against the drought</h1>{_PARAGRAPHS}</article></body></html>"
    )
    assert html_metadata(squarespace).published == "2026-12-04"
    thai = (
        '<html><head><title>ตลาดผ้าไหม</title><script type="application/ld+json">'
        '{"@context":"http://schema.org","@type":"NewsArticle","headline":"ตลาดผ้าไหม",'
        '"datePublished":"2569-12-04T10:00:00+07:00"}</script></head><body><article>'
        f"<h1>ตลาดผ้าไหม</h1>{_PARAGRAPHS}</article></body></html>"
    )
    assert html_metadata(thai).published == "2026-12-04"


def test_a_blogs_date_header_between_its_name_and_the_post_title_is_no_headline():
    # a Blogger theme without og:title: the blog's <h1>, the date's <h2>, the post's <h3>
    blog = (
        "<html><head><title>Example Notes: Library opens in the old mill</title></head><body>"
        "<h1 class='title'><a href='/'>Example Notes</a></h1>"
        "<h2 class='date-header'><span>sexta-feira, 4 de dezembro de 2026</span></h2>"
        "<h3 class='post-title'>Library opens in the old mill</h3>"
        f"<div class='post-body'>{_PARAGRAPHS}</div>"
        "<div class='post-footer'><span class='post-author vcard'>Postado por "
        "<span class='fn'>Ana Lima</span></span></div></body></html>"
    )
    metadata = html_metadata(blog)
    assert metadata.title == "Library opens in the old mill"
    assert metadata.byline == "Ana Lima"

"""analysis.clean.non_story: a page that holds no story gives no article, and says why."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.non_story import HEADLINES_ONLY, headline_board, non_story_reason
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

_HTML = (
    "<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
    "<meta property='og:site_name' content='Veltmouth Courier'></head><body>{body}</body></html>"
)

# Made-up pages in the forms a crawl receives instead of a story (review finding h102 N1).
NO_STORY = [
    (
        "consent.html",
        _HTML.format(
            lang="en",
            title="Veltmouth Courier",
            body="<div class='cmp'><h2>We value your privacy</h2><p>We and our 842 partners "
            "store and/or access information on a device, such as cookies, and process "
            "personal data for personalised advertising and content measurement.</p><p>You "
            "may click to consent to our and our partners' processing as described above."
            "</p><button>I accept</button></div>",
        ),
        "a cookie or consent wall?",
    ),
    (
        "einwilligung.html",
        _HTML.format(
            lang="de",
            title="Veltmouth Courier",
            body="<div><h2>Willkommen beim Veltmouth Courier</h2><p>Wir und unsere 187 "
            "Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem "
            "Gerät zu speichern. Mit Klick auf „Alle akzeptieren“ willigen Sie ein.</p></div>",
        ),
        "a cookie or consent wall?",
    ),
    (
        "robot.txt",
        "Are you a robot?\n\nPlease confirm you are a human by completing the captcha "
        "below.\n\nWhy did this happen?\nPlease make sure your browser supports JavaScript "
        "and cookies.\n\nBlock reference ID: 4f7c2a10-91d3\n",
        "a bot check (captcha)?",
    ),
    (
        "challenge.html",
        "<html lang='en'><head><title>Just a moment...</title></head><body><h1>"
        "www.veltmouth-courier.com</h1><h2>Checking if the site connection is secure</h2>"
        "<p>www.veltmouth-courier.com needs to review the security of your connection before"
        " proceeding.</p><div>Ray ID: 8f1a2b3c4d5e6f70</div></body></html>",
        "a bot check (captcha)?",
    ),
    (
        "missing.html",
        _HTML.format(
            lang="es",
            title="Página no encontrada - Veltmouth Courier",
            body="<main><h1>Error 404: Página no encontrada</h1><p>Lo sentimos, la página que "
            "busca no existe o fue movida.</p><h2>Lo más leído</h2><ol><li><a href='/1'>"
            "Council approves harbour budget after long debate</a></li><li><a href='/2'>"
            "Ferry service to resume on Monday after repairs</a></li></ol></main>",
        ),
        "an error page (not found)?",
    ),
    (
        "login.html",
        _HTML.format(
            lang="lb",
            title="Umellen",
            body="<main><h1>Umellen</h1><p>Mellt Iech mat Ärem Kont un, fir all Artikelen ze "
            "liesen.</p><form><label>E-Mail</label><input type='email'><label>Passwuert"
            "</label><input type='password'><button>Umellen</button></form></main>",
        ),
        "a login page?",
    ),
]


@pytest.mark.parametrize(("name", "content", "reason"), NO_STORY)
def test_a_page_with_no_story_gives_no_article_and_skipped_says_what_it_seems(
    name, content, reason
):
    cleaned = clean_page(page_from_bytes(content.encode(), name, name))
    assert cleaned.articles == []
    assert cleaned.no_article.endswith(f"no article in the page's text: {reason}")
    if name.endswith(".txt"):
        assert extract_articles(content, name=name).empty


_BRIEF = (
    "The harbour board of Veltmouth voted on Tuesday to close the old ferry pier, ending "
    "ninety years of crossings to the island of Orrin."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a short story on the same subjects, no byline, no date: still a story
        ("Board to close ferry pier", _BRIEF),
        (
            "Poll: Trump leads by three points",
            "The poll asks more than 400 people a day.\nThe result is within its margin of error.",
        ),
        (
            "Court upholds cookie ruling",
            "The court said sites must ask before they store "
            "tracking files on a reader's computer.",
        ),
    ],
)
def test_a_short_story_is_no_non_story(title, body):
    assert non_story_reason(title, body) is None


def test_a_long_text_is_never_a_non_story():
    text = " ".join([_BRIEF] * 8) + " Please complete the captcha to post a comment."
    assert non_story_reason("Board to close ferry pier", text) is None
    assert non_story_reason("Board to close ferry pier", text[:300] + " captcha") is not None


def test_a_story_with_a_byline_is_kept_though_its_page_has_a_login_form():
    page = (
        "Veltmouth Courier\n\nBoard to close ferry pier\n\nBy Ann Tillery\n\n"
        f"{_BRIEF}\n\nLog in to comment. Password\n"
    )
    articles = extract_articles(page, name="brief.txt")
    assert len(articles) == 1 and articles.loc[0, "byline"] == "Ann Tillery"


# (made up) a link aggregator's front page saved by a text browser: each headline with
# its points and site, the poster and the comment count under it; no story's text.
BOARD = """Quayside   Active  Recent  Comments  Search                        Login

  ▲ 52  Ferry to the islands gets a new engine after forty years (harbourweekly.example) local
        via mira 3 hours ago | 12 comments
  ▲ 30  Why the county library will open on Sunday afternoons from April (hillpost.example) towns
        via tom_b 5 hours ago | 8 comments
  ▲ 17  Market hall roof needs new tiles after the winter storm (valeherald.example) local
        via mira 9 hours ago | 3 comments

Page 1 | Next »
"""


def test_a_board_of_headlines_without_a_text_is_no_article():
    # h198 (a link board saved as text): its headlines read as one article's body
    assert extract_articles(BOARD, name="board.txt").empty
    assert headline_board(BOARD)
    assert non_story_reason(None, BOARD) == HEADLINES_ONLY


def test_a_list_of_dated_items_without_a_sentence_is_no_board_of_headlines():
    # a race calendar's stages (tests/test_properties.py: its body cleaned again)
    calendar = "\n\n".join(f"Stage {k}: {k + 9} March – Interlagos circuit" for k in range(1, 6))
    assert not headline_board(calendar)

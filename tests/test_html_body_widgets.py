"""An HTML article's main text without an embedded post's widget lines and without the
article's own table of contents (review h145, tenth round)."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import read_page

PARAGRAPHS = [
    "A Tidewater man has completed the city marathon dressed as the harbour lighthouse, "
    "raising more than eight thousand pounds for the lifeboat station.",
    "Gareth Pell, 46, finished in five hours and 51 minutes inside a three-metre costume "
    "made of foam and a bicycle lamp, cheered on along the seafront.",
    "Mr Pell said the hardest part was the wind on the promenade, which pushed the costume "
    "sideways for the last two miles of the course.",
]


def body_of(tmp_path, article: str) -> str:
    markup = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Marathon runner finishes dressed as lighthouse | Tidewater Post</title></head>"
        '<body><header><a href="/">Tidewater Post</a> <a href="/sport">Sport</a></header>'
        f"<article><h1>Marathon runner finishes dressed as lighthouse</h1>{article}</article>"
        "<footer>© Tidewater Post</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    return extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]["body"]


def test_an_instagram_embeds_widget_lines_are_no_body(tmp_path):
    """The blockquote of an embedded post: its "View this post on Instagram" and "A post
    shared by ..." lines were kept as two paragraphs of the story."""
    embed = (
        '<blockquote class="instagram-media"><a href="https://instagram.example/p/1">'
        "View this post on Instagram</a><p>A post shared by Gareth Pell (@garethpell_runs)</p>"
        "</blockquote>"
    )
    article = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{embed}<p>{PARAGRAPHS[2]}</p>"
    body = body_of(tmp_path, article)
    assert "View this post" not in body and "post shared by" not in body
    assert all(paragraph in body for paragraph in PARAGRAPHS)


def test_an_articles_table_of_contents_is_no_body(tmp_path):
    """A numbered list of the sections' headings above the text, each heading printed
    again over its section: the list was kept as the body's first lines."""
    headings = ["What is changing", "Who is affected", "What are the fines"]
    toc = "".join(f'<li><a href="#s{k}">{h}</a></li>' for k, h in enumerate(headings))
    sections = "".join(
        f'<h2 id="s{k}">{h}</h2><p>{p}</p>'
        for k, (h, p) in enumerate(zip(headings, PARAGRAPHS, strict=True))
    )
    body = body_of(tmp_path, f'<nav class="toc"><ol>{toc}</ol></nav>{sections}')
    assert body.split("\n\n")[0] == headings[0]
    assert all(body.count(heading) == 1 for heading in headings)


def test_a_live_blogs_key_updates_repeating_its_headlines_are_no_body(tmp_path):
    """A "Key updates" box listing the updates' headlines, oldest first, above the updates,
    newest first: the box and its label were kept as the body's first lines."""
    headlines = ["Result expected around 3am", "Turnout 41 per cent"]
    box = '<div class="key-updates"><h2>Key updates</h2><ul>'
    box += "".join(f"<li>{h}</li>" for h in reversed(headlines)) + "</ul></div>"
    entries = "".join(
        f'<div class="live-entry"><time>0{k}:15</time><h3>{h}</h3><p>{p}</p></div>'
        for k, (h, p) in enumerate(zip(headlines, PARAGRAPHS, strict=False))
    )
    body = body_of(tmp_path, box + entries)
    assert body.split("\n\n")[0] == headlines[0]
    assert "Key updates" not in body
    assert all(body.count(headline) == 1 for headline in headlines)


def test_the_sites_calls_to_act_are_no_body_and_a_story_sentence_on_an_app_is(tmp_path):
    """The main text kept the site's calls to its reader set between the paragraphs
    ("Follow us on Google News", "GET THE TIDEWATER POST APP", a newsletter's sign-up
    line) as paragraphs of the story (h179 item 7); a paragraph about an app stays."""
    calls = [
        "Follow Tidewater Post on Google News",
        "GET THE TIDEWATER POST APP",
        "Sign up for our Morning Tide newsletter",
    ]
    app = "The lifeboat station's new app lets runners pledge money by the mile for next year."
    article = (
        f"<p>{PARAGRAPHS[0]}</p><p>{calls[0]}</p><p>{PARAGRAPHS[1]}</p>"
        f"<p><strong>{calls[1]}</strong></p><p>{app}</p><p>{calls[2]}</p><p>{PARAGRAPHS[2]}</p>"
    )
    body = body_of(tmp_path, article)
    assert not any(call in body for call in calls)
    assert all(paragraph in body for paragraph in [*PARAGRAPHS, app])


def _body_of_markup(tmp_path, markup: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    return extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]["body"]


def test_a_read_also_line_and_an_ad_label_in_a_br_body_are_no_body(tmp_path):
    """A story set as text with <br> between its paragraphs (no <p>): its line of a bold
    label and one link to another story, and its ad slot's label in a box the markup
    calls an ad, stayed in the main text (h179 item 4: Ukrainian; made-up Polish here)."""
    paragraphs = [
        "Nowy most na Wiśle w Kraśniku Dolnym otwarto w piątek po dwóch latach budowy, "
        "a pierwsi kierowcy przejechali nim tuż po południu.",
        "Most ma czterysta metrów długości i dwa pasy ruchu w każdą stronę, a obok nich "
        "ścieżkę dla rowerów i szeroki chodnik.",
        "„Czekaliśmy na to bardzo długo” — powiedziała mieszkanka Kraśnika, pani Jadwiga "
        "Sołtysiak, która codziennie dojeżdża do pracy na drugi brzeg.",
    ]
    markup = (
        '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Nowy most '
        "otwarty | Głos Doliny</title></head><body><header><a href='/'>Głos Doliny</a>"
        "</header><div class='wpis'><h1>Nowy most otwarty</h1>"
        f"<div class='tresc'>{paragraphs[0]}<br><br>{paragraphs[1]}<br><br>"
        "<div class='ad-slot'>Reklama</div>"
        f"{paragraphs[2]}<br><br>\n<b>Czytaj także:</b> <a href='/n/7'>Ceny chleba znowu w "
        "górę</a></div><div class='share'>Udostępnij</div></div>"
        "<footer>© Głos Doliny</footer></body></html>"
    )
    body = _body_of_markup(tmp_path, markup)
    assert body.split("\n\n") == paragraphs


def test_an_ad_slot_s_label_in_the_language_s_word_is_no_body(tmp_path):
    """Review h201: an ad slot's label in a box its class does not call an ad ("Oglas"
    in <div class="oglas">, "- Anzeige -") stayed a paragraph of the main text; the
    English "Advertisement" was already left out."""
    for label in ("Oglas", "- Anzeige -", "REKLAMA", "Reklāma", "Advertisement"):
        article = (
            f"<div class='vsebina'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
            f"<div class='oglas'>{label}</div><p>{PARAGRAPHS[2]}</p></div>"
        )
        assert body_of(tmp_path, article).split("\n\n") == PARAGRAPHS, label


def test_an_audio_players_label_under_a_question_is_no_body(tmp_path):
    """A chain daily's audio player over the story ("Only have a minute? Listen instead
    5:12", a ``<p>`` with the clip's length) was kept as the body's first paragraph."""
    player = "<p>Short on time? Listen instead <span>4:38</span></p>"
    article = f"{player}<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    body = body_of(tmp_path, article)
    assert "Listen instead" not in body
    assert body.startswith("A Tidewater man")


def test_a_story_sentence_with_a_question_and_a_play_is_body():
    from analysis.clean.card_lines import MEDIA_PLAYER

    assert MEDIA_PLAYER.search("Only have a minute? Listen instead 5:12")
    assert not MEDIA_PLAYER.search("Why now? Play resumed at 3:15 after the rain delay.")

"""Review h361 (metadata_h361): the shapes its fixes read, each test failing without its fix."""

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.capture_date import weekday_day
from analysis.clean.header_lines import find_byline
from analysis.clean.read import read_page


def _row(tmp_path, text, name="p.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    read = read_page(page)
    facts = PageFacts(html=read.html) if name.endswith(".html") else PageFacts()
    return extract_articles(read.text, name=name, facts=facts).iloc[0]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Pišu: Ivana Kovačević i Marko Perić", "Ivana Kovačević i Marko Perić"),  # hr
        ("Пишу: Милица Јовановић и Марко Петровић", "Милица Јовановић и Марко Петровић"),
        ("Na Amina Said na Juma Mwinyi", "Amina Said na Juma Mwinyi"),  # sw "by A and B"
        ("Redactó: Ernesto Cruz Hernández", "Ernesto Cruz Hernández"),  # es "drafted"
        ("Escribe: Lucía Méndez", "Lucía Méndez"),  # es "writes"
        ("記者林宗翰、陳怡君／台南報導", "林宗翰、陳怡君"),  # two Taiwanese reporters
    ],
)
def test_bylines_of_two_authors_and_writers_labels(line, names):
    """Plural 'write' labels, Swahili's 'na' joining two names, Spanish verbs of writing
    before a colon, and a Chinese reporters' credit naming two."""
    found = find_byline(line)
    assert found is not None
    assert line[found[0] : found[1]] == names


def test_a_joiner_between_a_name_and_one_word_is_no_second_author():
    """Swahili's 'na' parts two full names only ('na Mombasa' is no author)."""
    assert find_byline("Na Amina Said na Mombasa") is None


def test_two_japanese_reporters_in_brackets_closing_the_story(tmp_path):
    """'（A記者、B記者）' under the last paragraph: both writers are the byline."""
    text = (
        "北陸日日新聞\n\n金沢港に大型クルーズ船専用岸壁\n\n2026年12月3日 10時32分\n\n"
        "金沢港に大型クルーズ船が直接着岸できる専用岸壁を整備する計画を、国土交通省と石川県が３日、発表した。"
        "総事業費は約１２０億円で、２０２８年の完成を目指す。\n\n"
        "地元の観光協会は「受け入れ態勢の整備を急ぎたい」としている。\n\n"
        "（山本健太記者、中村彩記者）\n"
    )
    byline = _row(tmp_path, text).byline or ""
    assert "山本健太" in byline and "中村彩" in byline


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Tuesday", "2026-12-01"),
        ("Saturday", "2026-12-05"),  # the saving's own day
        ("Thu 10:32 p.m. ET", "2026-12-03"),
        ("Tuesday, Dec 1", None),  # a date, no weekday alone
    ],
)
def test_a_weekday_alone_names_a_day_of_the_week_before_the_saving(line, day):
    lines = ["Saved to Later · Saturday, December 5, 2026 at 9:14 AM", "https://x.example/a"]
    assert weekday_day(line, lines) == day


def test_a_german_weekday_under_a_gespeichert_line(tmp_path):
    """'Donnerstag, 14:20 Uhr' under the byline of a page saved on Sunday 6 December:
    Thursday 3 December, not the saving's day."""
    text = (
        "Gespeichert: Sonntag, 6. Dezember 2026, 20:03\n"
        "Quelle: https://www.saale-bote.de/lokales/halle/stadtbad\n\nSaale-Bote\n\n"
        "Stadtbad Halle öffnet nach fünf Jahren Sanierung wieder\n\nVon Katrin Weidlich\n"
        "Donnerstag, 14:20 Uhr\n\n"
        "Das historische Stadtbad in Halle öffnet nach fünf Jahren Sanierung am kommenden "
        "Wochenende wieder. Die Frauenhalle und die Männerhalle sind vollständig restauriert.\n\n"
        "Die Sanierung hat 32 Millionen Euro gekostet, mehr als doppelt so viel wie geplant. "
        "Der Eintritt kostet künftig 5,50 Euro.\n"
    )
    assert _row(tmp_path, text).published == "2026-12-03"


def test_a_lynx_skip_link_holds_the_page_address_and_its_day():
    """A text browser's numbered link into the page itself ('#content', '#respond') is
    the page's own address: its path's day dates a page printing none; a menu's links
    and a related card's '#comments' are other pages'."""
    from analysis.clean.address_date import printed_address_date

    links = [
        "   1. https://ridgewayecho.com/2026/12/02/skate-park/#content",
        "   2. https://ridgewayecho.com/category/news/",
    ]
    text = "Council approves skate park\n\nReferences\n\n" + "\n".join(links) + "\n"
    assert printed_address_date(text) == "2026-12-02"
    related = "   3. https://ridgewayecho.com/2026/11/20/other-story/#comments\n"
    assert printed_address_date(text.replace(links[0], links[1]) + related) is None


def test_a_photographer_marked_by_the_label_in_brackets_leaves_the_author_field():
    """'Par A et B (textes) — C (photos)': C took the pictures."""
    from analysis.clean.photo_credits import without_photographers

    page = "<p>Par Camille Roy et Hugo Lemaire (textes) — Inès Haddad (photos)</p>"
    byline = "Camille Roy; Hugo Lemaire; Inès Haddad"
    assert without_photographers(byline, page) == "Camille Roy; Hugo Lemaire"
    # a name over no other one's credits line keeps its place
    assert without_photographers("Ana Ruiz; Iván Soler", "<p>Ana Ruiz (photos)</p>") == (
        "Ana Ruiz; Iván Soler"
    )


def test_a_logo_text_calling_the_image_a_logo_gives_the_name():
    from lxml import html as lxml_html

    from analysis.clean.html_logo import home_logo_name

    tree = lxml_html.fromstring(
        '<html><body><a href="/"><img src="/l.png" alt="Islands Beacon logo"></a>'
        "<h1>Ferry dock repairs finished</h1></body></html>"
    )
    assert home_logo_name(tree) == "Islands Beacon"


def test_an_og_site_name_holding_a_motto_is_no_outlet(tmp_path):
    """og:site_name 'Your source for San Juan Islands news' (the theme's tagline), the
    <title> naming no site: the footer's copyright names it."""
    html = (
        "<html><head><title>Ferry dock repairs finished ahead of schedule</title>"
        '<meta property="og:site_name" content="Your source for San Juan Islands news">'
        '<meta property="article:published_time" content="2026-12-02T14:05:00-08:00">'
        "</head><body><header><p>Your source for San Juan Islands news</p></header>"
        "<article><h1>Ferry dock repairs finished ahead of schedule</h1>"
        "<p>Posted on December 2, 2026 by Wesley Harmon</p>"
        "<p>Repairs to the Friday Harbor ferry dock were finished two weeks early, the state "
        "ferry service said Wednesday, and full service resumes this weekend.</p>"
        "<p>Crews replaced sixty wooden pilings and the wing walls of the dock.</p></article>"
        "<footer>Copyright © 2026 Islands Beacon · Proudly powered by WordPress</footer>"
        "</body></html>"
    )
    assert _row(tmp_path, html, "p.html").outlet == "Islands Beacon"


@pytest.mark.parametrize(
    "line", ["Γιώργος Παπανικολάου (Giorgos Papanikolaou)", "Милица Јовановић (Milica Jovanović)"]
)
def test_a_name_beside_its_latin_transliteration_is_a_name_line(line):
    from analysis.clean.bylines import _name_part

    found = _name_part(line)
    assert found is not None and line[found[0] : found[1]] == line.split(" (")[0]


def test_a_latin_name_before_a_bracket_is_no_transliterated_name():
    from analysis.clean.bylines import _name_part

    assert _name_part("Jane Doe (AP)") is None


def test_an_aggregator_encoded_link_alone_on_a_line_names_no_site(tmp_path):
    """A Google News share pasted over the story: its news.google.com link names the
    aggregator, not the paper; the paper's masthead does."""
    text = (
        "Wind farm off Cape Harlow gets final approval - The Bayshore Standard\n"
        "https://news.google.com/articles/CBMiZmh0dHBzOi8vYmF5c2hvcmVzdGFuZGFyZC5jb20vbmV3cy93"
        "aW5kLWZhcm0tY2FwZS1oYXJsb3ctYXBwcm92YWzSAQA?hl=en-US&gl=US&ceid=US%3Aen\n\n"
        "The Bayshore Standard\nWind farm off Cape Harlow gets final approval\n"
        "By Priyanka Deshmukh and Owen Gallagher\nPublished Dec. 4, 2026\n\n"
        "Federal regulators gave final approval Friday to a 1.2-gigawatt wind farm 20 miles "
        "off Cape Harlow, the last permit the developer needed before construction.\n\n"
        "Fishing groups had asked for a wider transit lane between the turbines. The "
        "approval requires one lane of 2 nautical miles.\n\nShared via Google News\n"
    )
    assert _row(tmp_path, text).outlet == "The Bayshore Standard"


def test_a_sites_own_short_link_under_a_print_page_still_names_the_site(tmp_path):
    """A print edition's 'scan to read online' line gives the site's own short link
    ('site/n/TOKEN'): unlike an aggregator's encoded link it names the paper (the
    landing's outlets_h272 pages had lost their outlet to 576cadcf's first form)."""
    text = (
        "NEWS   Wendlow Courier, Tuesday, March 3, 2026            7\n\n\n"
        "Harbour ferry returns after winter refit\n\nBy Oonagh Pelletier\n\n"
        "The harbour ferry is back in service after a three-month refit.\n\n"
        "New engines cut its crossing time by four minutes, the operator said.\n\n"
        "Season tickets go on sale at the pier office next week.\n\n"
        "[QR code]\nScan to read online\nwendlowcourier.co.nz/n/8QK2W\n"
    )
    assert _row(tmp_path, text).outlet_key == "wendlowcourier.co.nz"


def test_a_firma_element_holds_the_byline(tmp_path):
    """Spanish and Italian templates name the byline's element 'firma' (signature)."""
    html = (
        "<html><head><title>Valladolid cerrará al tráfico la calle Santiago</title></head>"
        "<body><article><h1>Valladolid cerrará al tráfico la calle Santiago</h1>"
        '<div class="firma">Jorge Alonso Peña</div>'
        "<p>El Ayuntamiento de Valladolid cerrará al tráfico la calle Santiago los sábados y "
        "domingos a partir de enero, según anunció este viernes el concejal.</p>"
        "<p>Los vecinos con garaje podrán seguir entrando con una tarjeta de residente.</p>"
        "</article></body></html>"
    )
    assert _row(tmp_path, html, "p.html").byline == "Jorge Alonso Peña"


@pytest.mark.parametrize(("words", "person"), [(["Б.Энхжаргал"], True), (["E.ON"], False)])
def test_a_name_glued_to_its_initial_is_a_person_name(words, person):
    from analysis.clean.bylines import is_person_name

    assert is_person_name(words) is person


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Your source for San Juan Islands news", True),
        ("Crónica del Sur", False),  # a name's lower-case words are particles
        ("La Voz de la Frontera", False),
        ("Ҡаратау хәбәрсеһе", False),  # a name of two words, the second in lower case
    ],
)
def test_only_a_sentence_motto_is_dropped_as_a_site_name(name, sentence):
    from analysis.clean.html_page import _is_sentence_motto

    assert _is_sentence_motto(name) is sentence


def test_a_turkish_save_line_dates_the_saving_not_the_story():
    """'Kaydedildi: 5 Aralık 2026 Cumartesi 11:40' over a page whose story prints only
    'Perşembe 09:15': Thursday 3 December (metadata_h361's held-out page)."""
    lines = ["Kaydedildi: 5 Aralık 2026 Cumartesi 11:40", "https://www.example.com.tr/a"]
    assert weekday_day("Perşembe 09:15", lines) == "2026-12-03"

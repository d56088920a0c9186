"""Review h376 (metadata_h376): the shapes its fixes read, each test failing without its fix."""

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.capture_date import relative_day
from analysis.clean.header_lines import find_byline
from analysis.clean.read import read_page


def _row(tmp_path, text, name="p.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    read = read_page(page)
    facts = PageFacts(html=read.html) if name.endswith(".html") else PageFacts()
    return extract_articles(read.text, name=name, facts=facts).iloc[0]


@pytest.mark.parametrize(
    ("saved", "relative", "day"),
    [
        ("Gardado o 4 de decembro de 2026 ás 12:05", "hai 3 horas", "2026-12-04"),  # gl
        ("Захавана: 4 снежня 2026, 02:20", "3 гадзіны таму", "2026-12-03"),  # be
        ("Պահպանված է՝ 2026 թ. դեկտեմբերի 4, 11:30", "3 ժամ առաջ", "2026-12-04"),  # hy
        ("සුරැකි දිනය: 2026 දෙසැම්බර් 4, 10:15", "පැය 3කට පෙර", "2026-12-04"),  # si
        ("Išsaugota: 2026-12-05 09:00", "prieš 2 dienas", "2026-12-03"),  # lt
    ],
)
def test_a_save_line_in_more_languages_dates_a_relative_time(saved, relative, day):
    """The save tool's line in Galician, Belarusian, Armenian ('՝' closing its label),
    Sinhala and Lithuanian is the moment a relative time counts back from."""
    lines = [saved, "", "Headline of the story", "", relative, "", "Text of the story."]
    assert relative_day(relative, lines) == day


def test_a_numeric_save_date_is_read_in_the_pages_order():
    """'Enregistré le 06/12/2026' on a French page: 6 December, three days after the
    story's 'il y a 3 jours'."""
    lines = [
        "Enregistré le 06/12/2026 à 08:15 · lecture : 3 min",
        "",
        "Le Tour de Bretagne à la voile fera escale à Douarnenez",
        "",
        "il y a 3 jours",
        "",
        "Douarnenez accueillera en juin prochain une étape de la course, a annoncé le comité "
        "d'organisation. Une quarantaine de bateaux sont attendus dans le port pendant trois "
        "jours, et la mairie estime les retombées pour les commerces de la ville.",
    ]
    assert relative_day("il y a 3 jours", lines) == "2026-12-03"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Phóng viên: Nguyễn Thị Thu Hà - Biên tập: Trần Minh Quân", "Nguyễn Thị Thu Hà"),  # vi
        ("Tác giả: Lê Văn Tám", "Lê Văn Tám"),  # vi "author"
        ("كتبه: عبدالله بن سعد الملحم", "عبدالله بن سعد الملحم"),  # ar "he wrote it"
        ("Teksts: Līga Bērziņa", "Līga Bērziņa"),  # lv "text (by)"
        ("Reportagem de Inês Carvalho; Edição de Rui Monteiro", "Inês Carvalho"),  # no brackets
        ("— Reporte de Ana Gómez y Luis Paz; Editado por Eva Ruiz", "Ana Gómez y Luis Paz"),
    ],
)
def test_credit_labels_and_a_wire_credit_without_brackets(line, name):
    """Vietnamese 'reporter' / 'author', Arabic 'he wrote it', Latvian 'text' labels, and
    a language service's wire credit printed without its brackets before a semicolon."""
    found = find_byline(line)
    assert found is not None
    assert line[found[0] : found[1]] == name


def test_a_headline_opening_with_a_wire_cue_is_no_byline():
    """Without brackets the cue needs the semicolon of a next credit: a headline opening
    with 'Informe de' stays a headline."""
    assert find_byline("Informe de Amnistía Internacional denuncia abusos en prisiones") is None


_COLUMN = "{label}\n\n{headline}\n\n3. decembra 2026\n\n{p1}\n\n{p2}\n\n{bio}\n\n© 2026 {site}\n"


@pytest.mark.parametrize(
    ("label", "headline", "p1", "p2", "bio", "name"),
    [
        (
            "MNENJA",
            "Zakaj Kranj potrebuje več najemnih stanovanj",
            "V zadnjih petih letih so se najemnine v Kranju zvišale za skoraj polovico, plače pa "
            "le za petino. Mladi, ki bi radi ostali v mestu, se selijo v okoliške občine.",
            "Občina ima v lasti več zemljišč, na katerih bi lahko zgradila vsaj tristo najemnih "
            "stanovanj. Denar je na voljo, manjka le politična volja.",
            "Marko Zupančič je ekonomist na Ekonomski fakulteti v Ljubljani.",
            "Marko Zupančič",
        ),
        (
            "ÈRÒ",
            "Ìbàdàn nílò ọkọ̀ ojú irin tí ó so ìlú pọ̀",
            "Lójoojúmọ́, ẹgbẹẹgbẹ̀rún ènìyàn ń lo wákàtí mẹ́ta nínú ọkọ̀ láti Mọ̀níyà dé Ọjà Ọba. "
            "Ọ̀nà tí ó yẹ kí ó gba ìṣẹ́jú ogún ti di ìrìn-àjò ọjọ́ kan.",
            "Ìjọba ìpínlẹ̀ ti sọ̀rọ̀ nípa ọkọ̀ ojú irin fún ọdún mẹ́wàá, ṣùgbọ́n kò sí ohunkóhun "
            "tí a rí. Ó yẹ kí wọ́n bẹ̀rẹ̀ ní ọdún tí ń bọ̀.",
            "Adébáyọ̀ Ọláníyan jẹ́ onímọ̀ nípa ètò ìrìnnà ní Yunifásítì Ìbàdàn.",
            "Adébáyọ̀ Ọláníyan",
        ),
    ],
)
def test_a_guest_writers_bio_closing_an_opinion_piece_in_more_languages(
    tmp_path, label, headline, p1, p2, bio, name
):
    """Under a Slovene or Yoruba opinion label, the closing line 'NAME je ekonomist' /
    'NAME jẹ́ onímọ̀' (the copula without an article, a name's combining marks) names the
    writer."""
    text = _COLUMN.format(
        label=label, headline=headline, p1=p1, p2=p2, bio=bio, site="Primer Dnevnik"
    )
    assert name in (_row(tmp_path, text).byline or "")


def test_a_news_storys_last_line_in_slovene_is_no_bio(tmp_path):
    """Without an opinion label, 'NAME je ...' closing a story stays the quoted person's."""
    text = _COLUMN.format(
        label="NOVICE",
        headline="Kranj bo zgradil tristo najemnih stanovanj do leta 2030",
        p1="Občina je sprejela načrt za gradnjo najemnih stanovanj na treh zemljiščih ob "
        "reki Savi, kjer bo stanovanjski sklad gradil od pomladi naprej.",
        p2="Gradnja bo stala okoli 40 milijonov evrov, del denarja bo prišel iz evropskih "
        "skladov, je povedal župan na seji mestnega sveta.",
        bio="Marko Zupančič je ekonomist na Ekonomski fakulteti v Ljubljani.",
        site="Primer Dnevnik",
    )
    assert "Zupančič" not in (_row(tmp_path, text).byline or "")


def test_a_short_state_line_under_an_opinion_label_is_no_bio(tmp_path):
    """'NAME je zaskrbljen.' (is worried) names no post: too short for a biography."""
    text = _COLUMN.format(
        label="MNENJA",
        headline="Zakaj Kranj potrebuje več najemnih stanovanj",
        p1="V zadnjih petih letih so se najemnine v Kranju zvišale za skoraj polovico, plače "
        "pa le za petino. Mladi, ki bi radi ostali v mestu, se selijo v okoliške občine.",
        p2="Občina ima v lasti več zemljišč, na katerih bi lahko zgradila vsaj tristo "
        "najemnih stanovanj. Denar je na voljo, manjka le politična volja.",
        bio="Marko Zupančič je zaskrbljen.",
        site="Primer Dnevnik",
    )
    assert "Zupančič" not in (_row(tmp_path, text).byline or "")


_LIVE_BLOG = """<!doctype html><html lang="it"><head><meta charset="utf-8">
<title>Diretta neve in Trentino: passi chiusi | Il Corriere delle Valli</title>
<link rel="canonical" href="https://www.corrierevalli.it/cronaca/diretta-neve">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",
"headline":"Diretta neve in Trentino: passi chiusi","datePublished":"2026-12-03T07:00:00+01:00",
"author":{"@type":"Person","name":"Giulia Moser"},
"publisher":{"@type":"Organization","name":"%s"},
"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Chiusi i passi",
"datePublished":"2026-12-03T07:00:00+01:00","articleBody":"Neve oltre i 60 centimetri."}]}
</script></head><body>
<header><a href="/">Il Corriere delle Valli</a> <a href="/cronaca">Cronaca</a></header>
<h1>Diretta neve in Trentino: passi chiusi</h1><p>di Giulia Moser</p>
<p>Nella notte sono caduti oltre 60 centimetri di neve sopra i duemila metri. La Provincia ha
chiuso i passi Pordoi e Sella e ha attivato il piano neve in tutte le valli del Trentino.</p>
<p>Ritardi fino a 50 minuti sulla linea del Brennero tra Trento e Bolzano per il ghiaccio sulla
linea aerea. Le ferrovie consigliano di controllare gli orari prima di partire.</p>
<footer>© 2026 Il Corriere delle Valli</footer></body></html>"""


def test_a_live_blogs_title_and_publisher_agreeing_name_the_site_over_its_host(tmp_path):
    """A LiveBlogPosting's publisher (which trafilatura does not read) agreeing with the
    <title>'s site part names the site; a publisher the title does not print leaves the
    host."""
    row = _row(tmp_path, _LIVE_BLOG % "Il Corriere delle Valli", "live.html")
    assert row.outlet == "Il Corriere delle Valli"
    row = _row(tmp_path, _LIVE_BLOG % "Gruppo Editoriale Alpino", "live2.html")
    assert row.outlet != "Gruppo Editoriale Alpino"


def test_an_open_graph_author_profile_in_another_language_spells_the_name(tmp_path):
    """article:author holding '/auteurs/claire-dumoulin' (French 'authors') gives the name."""
    from analysis.clean.meta_author import profile_slug_name

    assert profile_slug_name("https://echo.example.fr/auteurs/claire-dumoulin") == "Claire Dumoulin"
    assert profile_slug_name("https://diario.example.es/autor/ana-ruiz-olmedo/") == (
        "Ana Ruiz Olmedo"
    )


def test_a_read_later_save_line_naming_its_host_gives_the_pages_site():
    """'Saved from HOST on DATE' over a read-later copy: the host is the page's site;
    'Saved from the web on DATE' names none."""
    from analysis.clean.scraper_header import header_url

    lines = ["Saved from coastalvoice.news on December 4, 2026 at 9:10 AM", "", "Headline"]
    assert header_url(lines) == "https://coastalvoice.news/"
    assert header_url(["Saved from the web on 5 December 2026, 10:14 UTC", "", "Headline"]) is None


def test_an_indonesian_writers_label_credits_two_names():
    """'Penulis' is unmarked for number: 'Penulis: A, B | Editor: C' credits A and B; a
    place after the comma stays out."""
    line = "Penulis: Maria Goreti Lamaholot, Yohanes Kia | Editor: Andreas Bala"
    found = find_byline(line)
    assert found is not None
    assert line[found[0] : found[1]] == "Maria Goreti Lamaholot, Yohanes Kia"
    line = "Penulis: Budi Santoso, Jakarta"
    found = find_byline(line)
    assert found is not None and line[found[0] : found[1]] == "Budi Santoso"


def test_a_slovene_disclaimer_under_the_bio_is_no_body(tmp_path):
    """'Stališča v komentarju so avtorjeva ...' (the views are the author's) under a
    guest writer's bio is the site's note, so the bio closes the body and names him."""
    text = _COLUMN.format(
        label="MNENJA",
        headline="Zakaj Kranj potrebuje več najemnih stanovanj",
        p1="V zadnjih petih letih so se najemnine v Kranju zvišale za skoraj polovico, plače "
        "pa le za petino. Mladi, ki bi radi ostali v mestu, se selijo v okoliške občine.",
        p2="Občina ima v lasti več zemljišč, na katerih bi lahko zgradila vsaj tristo "
        "najemnih stanovanj. Denar je na voljo, manjka le politična volja.",
        bio="Marko Zupančič je ekonomist na Ekonomski fakulteti v Ljubljani.\n\n"
        "Stališča v komentarju so avtorjeva in ne izražajo nujno stališč uredništva.",
        site="Primer Dnevnik",
    )
    row = _row(tmp_path, text)
    assert "Marko Zupančič" in (row.byline or "")
    assert "uredništva" not in row.body

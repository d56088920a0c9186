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

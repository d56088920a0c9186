"""Review h376 (metadata_h376): the shapes its fixes read, each test failing without its fix."""

import pytest

from analysis.clean.capture_date import relative_day


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

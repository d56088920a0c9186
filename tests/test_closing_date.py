from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.closing_date import closing_published_date

BODY = [
    "Die Baupreise im Tal sind seit 2020 um fast die Hälfte gestiegen, sagt der "
    "Architekt, und kleine Wohnungen aus Holz seien der einzige Ausweg.",
    "Die Gemeinden merken langsam, dass ihnen die jungen Familien wegziehen, und "
    "wollen im Frühjahr neue Regeln für den Holzbau beschließen.",
]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("*Erschienen am 03.12.2026*", "2026-12-03"),
        ("പ്രസിദ്ധീകരിച്ചത്: 2026 ഡിസംബർ 3", "2026-12-03"),
        ("Publicado el jueves 3 de diciembre de 2026 a las 19:10", "2026-12-03"),
        ("வெளியிடப்பட்டது: 3 டிசம்பர் 2026", "2026-12-03"),
        ("Paru le 3 décembre 2026", "2026-12-03"),
        ("(Published on December 3, 2026)", "2026-12-03"),
        # a sentence, an update, a card saying more: no slug line
        ("The plan was published on December 3, 2026, by the council.", None),
        ("Aktualisiert am 03.12.2026", None),
        ("Published December 3, 2026 in Other council news about the new harbour", None),
        ("Erschienen am 02.12.2026 und am 03.12.2026", None),
    ],
)
def test_a_published_line_under_the_headline(line, iso):
    lines = ["Headline", BODY[0], line, "Teilen"]
    found = closing_published_date(lines, 0)
    assert (found is not None) == (iso is not None)
    if found is not None:
        assert found[0] == 2
        assert line[found[1] : found[2]] not in ("", line)
    assert closing_published_date(lines, 2) is None  # only lines under the headline


@pytest.mark.parametrize("closing", ["*Erschienen am 03.12.2026*", "പ്രസിദ്ധീകരിച്ചത്: 2026 ഡിസംബർ 3"])
def test_a_page_dated_only_by_its_closing_published_line(closing):
    # a read-later export: its save day under the masthead, the story's day only at its end
    page = ["# Wir bauen Wohnungen, die niemand bezahlen kann", "", "**Talbote** · talbote.de"]
    page += ["Gespeichert mit GoodLinks am 6. Dezember 2026", "", "---", ""]
    page += [line for paragraph in BODY for line in (paragraph, "")]
    page += ["*Das Gespräch führte Veronika Stadler.*", "", closing, ""]
    (article,) = extract_articles("\n".join(page) + "\n", name="talbote.txt").itertuples()
    assert (article.published, article.date_source) == ("2026-12-03", "page")

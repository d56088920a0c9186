"""An article's own table of contents and its "Back to top" links (review h145, tenth
round): the sections under the headings the list repeats are one article's."""

from analysis.clean.body import body_line_indices
from analysis.clean.body.features import line_features
from analysis.clean.body.rules import region_weights

MENU = ["El Correo del Valle", "Actualidad", "Economía", "Explicadores"]
HEADINGS = ["¿Cuánto subirá el recibo?", "¿A quién afecta?", "¿Hay ayudas?"]
INTRO = (
    "La mancomunidad de aguas del valle aprobó el martes una nueva tarifa que entrará en "
    "vigor en febrero. Estas son las claves."
)
SECTIONS = [
    "Una familia de cuatro personas pagará de media unos seis euros más al trimestre. El "
    "precio del metro cúbico sube un nueve por ciento.",
    "A todos los hogares de los once municipios de la mancomunidad. Las empresas tendrán "
    "una tarifa propia que se aprobará en enero.",
    "Sí. Las familias con ingresos bajos y las numerosas podrán pedir un descuento del "
    "cincuenta por ciento en su ayuntamiento.",
]


def explainer(link: str | None = "Volver arriba") -> list[str]:
    """Menu, headline, the contents, the introduction, then each section as heading,
    paragraph and link back, packed (a browser's copy)."""
    lines = [*MENU, "", "Qué cambia con la nueva tarifa del agua", "", "Índice", *HEADINGS]
    lines += ["", INTRO]
    for heading, text in zip(HEADINGS, SECTIONS, strict=True):
        lines += [heading, text, *([link] if link else [])]
    return [*lines, "", "Te puede interesar", "La sequía obliga a cortar el riego en verano"]


def kept(lines: list[str]) -> list[str]:
    return [lines[i] for i in body_line_indices(lines)]


def test_an_explainers_sections_under_its_contents_are_its_body():
    """The link back under every section read as the separator of a list of cards and
    the headings, printed twice, as repeated chrome: the body was the introduction."""
    lines = explainer()
    assert kept(lines) == [
        INTRO,
        *[x for pair in zip(HEADINGS, SECTIONS, strict=True) for x in pair],
    ]


def test_the_contents_its_headings_and_links_are_found():
    from analysis.clean.body.contents import table_of_contents

    lines = explainer()
    features = line_features(lines)
    contents = table_of_contents(lines, features, region_weights(features))
    text = [lines[features[p].index] for p in contents.entries]
    assert text == HEADINGS
    assert [lines[features[p].index] for p in contents.headings] == HEADINGS
    assert [lines[features[p].index] for p in contents.links] == ["Volver arriba"] * 3


def test_headings_printed_twice_without_prose_under_them_are_no_contents():
    """A menu printed at the top and again at the bottom of the page is no table of
    contents: its second copy stands over no prose."""
    from analysis.clean.body.contents import table_of_contents

    lines = [*MENU, "", INTRO, "", *SECTIONS, "", *MENU]
    features = line_features(lines)
    contents = table_of_contents(lines, features, region_weights(features))
    assert contents.entries == contents.headings == contents.links == ()


def test_an_ascii_entry_s_key_is_read_without_the_list_mark_pattern(monkeypatch):
    import re

    from page_checks import CountingPattern

    from analysis.clean.body import contents
    from analysis.text import LETTER_RUN

    def spelled_out(text: str) -> str:  # the key as the list mark's removal gives it
        return " ".join(LETTER_RUN.findall(contents._ENTRY_MARK.sub("", text).casefold()))

    calls: list[str] = []
    monkeypatch.setattr(contents, "_ENTRY_MARK", CountingPattern(contents._ENTRY_MARK, calls))
    for text in ("1. How It Works", "* 2) Costs", "(3) The Vote", "12.Rules, step-by-step"):
        assert contents._key(text) == spelled_out(text)
    assert len(calls) == 4  # spelled_out's only
    calls.clear()
    # outside ASCII the mark is removed first: a combining mark before the entry folds
    # to a letter ("\u0345" to "ι"), a letter after the mark keeps its folding
    for text in ("\u0345 1. Übersicht", "• 2) Straße", "3. ΣΟΦΟΣ"):
        assert contents._key(text) == spelled_out(text)
    assert len(calls) == 6
    assert re.fullmatch(r"[a-z ]+", contents._key("1. How It Works"))

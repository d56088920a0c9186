"""Review h347 (metadata_h347): the shapes its fixes read, each test failing without its fix."""

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.header_lines import find_byline, without_reporting_cues
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
        ("(Reporte de Ana Soto y Juan Ruiz; Editado por Eva Gil)", "Ana Soto y Juan Ruiz"),
        ("(Reportagem de Ana Dias e Rui Melo; Edição de Eva Lima)", "Ana Dias e Rui Melo"),
        ("(Reportage Awa Sow, avec Ali Fall ; version française Paul Roy)", "Awa Sow; Ali Fall"),
        (
            "(Bericht von Jan Ott und Tom Lang, geschrieben von Lea Roth. Redigiert von Max Haas.)",
            "Jan Ott und Tom Lang; Lea Roth",
        ),
    ],
)
def test_a_wire_credit_in_a_language_service_words_is_the_byline(line, names):
    """A wire story's bracketed closing credit in the agencies' language services' words
    names its reporters and writer; the editor and the translator are left out."""
    found = find_byline(line)
    assert found is not None
    assert without_reporting_cues(line[found[0] : found[1]]) == names


def test_a_french_avec_before_an_agency_adds_no_author():
    """'avec AFP' after a byline credits an agency, no second author."""
    line = "Par Jean Dupont, avec AFP"
    found = find_byline(line)
    assert found is not None and line[found[0] : found[1]] == "Jean Dupont"


def test_an_information_sentence_in_brackets_is_no_credit():
    """'(Información de la policía local)': the cue before no capitalized name."""
    assert find_byline("(Información de la policía local)") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Text: Maja Lindqvist    Foto: Erik Holm", "Maja Lindqvist"),  # a column gap
        ("Szöveg: Kovács Eszter, fotó: Nagy Bence", "Kovács Eszter"),  # Hungarian "text:"
        ("Testo di Giulia Marchetti — Foto di Davide Sala", "Giulia Marchetti"),
        ("글·사진 김민지 기자", "김민지"),  # Korean "text and photos" before the name
    ],
)
def test_a_text_credit_beside_a_photo_credit_names_the_writer(line, name):
    """The writer's credit beside the photographer's, in shapes the labels missed."""
    found = find_byline(line)
    assert found is not None
    assert line[found[0] : found[1]] == name


def test_an_author_field_drops_the_photographer_the_page_credits(tmp_path):
    """<meta name=author> lists the writer and the photographer; the page prints
    'Texto: A | Fotos: B': B took the pictures and leaves the byline."""
    body = "".join(
        f"<p>El faro número {n} abrirá los fines de semana de diciembre a marzo, con visitas "
        "guiadas gratuitas para grupos pequeños que hay que reservar en la web.</p>"
        for n in range(1, 5)
    )
    page = (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        "<title>Los faros abren en invierno · Revista Ejemplo</title>"
        '<meta name="author" content="Lucía Pardo, Iván Soler">'
        '<meta property="og:site_name" content="Revista Ejemplo">'
        '<meta property="article:published_time" content="2026-12-03T10:00:00+01:00">'
        "</head><body><article><h1>Los faros abren en invierno</h1>"
        '<p class="creditos">Texto: <a href="/a/lp">Lucía Pardo</a> | Fotos: '
        '<a href="/a/is">Iván Soler</a></p>' + body + "</article></body></html>"
    )
    row = _row(tmp_path, page, "p.html")
    assert "Lucía Pardo" in row.byline
    assert "Iván Soler" not in row.byline


_COLUMN = (
    "Opinião\n\nGoiânia precisa de árvores, não de mais viadutos\n\n03/12/2026 06h00\n\n"
    "Quem anda pela Avenida Anhanguera às duas da tarde em outubro sabe que a cidade ficou "
    "mais quente do que era, e não é só impressão de quem caminha.\n\n"
    "A prefeitura gastou no último mandato mais com viadutos do que com arborização das "
    "ruas, e uma árvore adulta reduz a temperatura da calçada ao redor.\n\n"
    "Plantar cem mil árvores custaria menos do que um viaduto e daria sombra a todos.\n\n"
)


@pytest.mark.parametrize(
    ("box", "name"),
    [
        (
            "Ana Paula Ferraz é colunista do Jornal Exemplo e escreve às quintas-feiras.\n\n"
            "Os artigos de opinião não refletem a linha editorial do jornal.\n",
            "Ana Paula Ferraz",
        ),
        (
            "Sobre a autora\nRenata Olmedo\nEconomista e professora universitária.\n",
            "Renata Olmedo",
        ),
        ("Zur Autorin\nSabine Ottmann, Jahrgang 1974, ist Soziologin.\n", "Sabine Ottmann"),
    ],
)
def test_a_columnists_box_under_the_text_is_the_byline(tmp_path, box, name):
    """An opinion column with no byline over it: the writer's box under the text names
    the columnist (a sentence calling the subject a columnist, a label over the name)."""
    row = _row(tmp_path, _COLUMN + box)
    assert row.byline == name


def test_a_story_ending_on_a_quoted_persons_post_takes_no_byline_from_it(tmp_path):
    """A news story's last line naming a person's post, no columnist word, no box label."""
    row = _row(tmp_path, _COLUMN + "Maria Souza, moradora do bairro, pediu mais sombra.\n")
    assert not row.byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Por Yuranis Pacheco jueves, diciembre 3 de 2026 - 08:40 a. m.", "Yuranis Pacheco"),
        ("By Jane Doe Thursday, Dec. 3, 2026", "Jane Doe"),
        ("Na Fatma Khamis, Desemba 2, 2026", "Fatma Khamis"),  # a surname that is a weekday
    ],
)
def test_a_weekday_between_the_name_and_the_date_ends_the_name(line, name):
    """An HTML byline element's name and date joined on one line, the weekday between."""
    found = find_byline(line)
    assert found is not None
    assert line[found[0] : found[1]] == name


def test_a_japanese_era_date_in_kanji_numerals_is_read():
    """'令和八年十二月三日' (Reiwa 8 = 2026), '令和元年五月一日' (the era's first year)."""
    from analysis.clean.dates import find_published_date

    assert find_published_date("令和八年十二月三日")[0].iso == "2026-12-03"
    assert find_published_date("令和元年五月一日")[0].iso == "2019-05-01"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("【記者：中村彩】", "中村彩"),  # a label and its name in lenticular brackets
        ("文：エマ・ロラン　翻訳：鈴木恵", "エマ・ロラン"),  # a katakana name, the translator after
    ],
)
def test_japanese_credits_in_brackets_and_katakana_names(line, name):
    """Japanese credits the labels missed: in 【】, a foreign writer in katakana."""
    found = find_byline(line)
    assert found is not None
    assert line[found[0] : found[1]] == name


def test_a_japanese_writer_in_brackets_closing_the_last_paragraph_is_the_byline():
    """'...と話している。（田中一郎）': the name closes the last sentence on its line."""
    from analysis.clean.bylines import find_closing_bracket_byline

    lines = [
        "団体代表は「人が集まる場所をつくりたかった」と話している。（田中一郎）",
        "",
        "Copyright",
    ]
    found = find_closing_bracket_byline(lines, 0)
    assert found is not None and lines[0][found[1] : found[2]] == "田中一郎"
    assert find_closing_bracket_byline(["市は費用を補助する（共同通信社）"], 0) is None


def test_a_korean_reporting_credit_beside_the_photographers():
    """'취재: A 기자 / 사진: B 기자' (reporting / photos): A is the byline, B took the photos."""
    line = "취재: 박서준 기자 / 사진: 이하늘 기자"
    found = find_byline(line)
    assert found is not None and line[found[0] : found[1]] == "박서준"

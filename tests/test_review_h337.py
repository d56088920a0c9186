"""Review h337 (metadata_h337): the shapes its fixes read, each test failing without its fix."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.dump_text import drop_link_marks
from analysis.clean.read import read_page


def _row(tmp_path, text, name="p.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    read = read_page(page)
    facts = PageFacts(html=read.html) if name.endswith(".html") else PageFacts()
    return extract_articles(read.text, name=name, facts=facts).iloc[0]


def test_a_lynx_menu_row_keeps_its_gaps(tmp_path):
    """A lynx row of links ("[2]Local [3]Región Sur [4]Política") loses its marks but keeps
    a menu's gaps between its entries, so it is not read as a Title Case headline; a line
    of prose with a link keeps its single spaces."""
    refs = "\n".join(f"{n:4d}. https://example.pe/{n}" for n in range(1, 8))
    page = (
        "   [1]El Sol del Valle\n   [2]Local [3]Región Sur [4]Política [5]Deportes [6]Opinión\n\n"
        "Cusco inaugura un puente peatonal sobre el río Huatanay\n\n   Cusco, 04/12/2026\n\n"
        "   La municipalidad abrió el puente, dijo [7]el alcalde Juan Pérez el jueves por la\n"
        "   mañana ante los vecinos del barrio.\n\n"
        "   La obra costó 12 millones de soles y une los distritos de Wanchaq y San Sebastián,\n"
        "   separados por el río desde hace décadas.\n\n"
        "   Los comerciantes del mercado pidieron más iluminación en las noches de invierno.\n\n"
        "References\n\n" + refs + "\n"
    )
    plain = drop_link_marks(page).split("\n")
    assert plain[1] == "   Local  Región Sur  Política  Deportes  Opinión"
    assert plain[7].endswith("dijo el alcalde Juan Pérez el jueves por la")  # prose: one space
    row = _row(tmp_path, page)
    assert row["title"] == "Cusco inaugura un puente peatonal sobre el río Huatanay"


def test_masthead_with_account_links_at_its_right(tmp_path):
    """A w3m masthead with the sign-in and subscribe links floated right ("NAME <gap>
    Kirjaudu | Tilaa") names the site though no footer repeats it; a menu row ending in
    "Sign in" is no such line."""
    from analysis.clean.account_links import left_of_account_links

    line = "SAVON VIIKKOSANOMAT" + " " * 30 + "Kirjaudu | Tilaa"
    assert left_of_account_links(line) == "SAVON VIIKKOSANOMAT"
    assert left_of_account_links("News   Business   Sport   Sign in") == (
        "News   Business   Sport   Sign in"
    )
    assert left_of_account_links("A headline" + " " * 20 + "Read more about it here") == (
        "A headline" + " " * 20 + "Read more about it here"
    )
    page = (
        line + "\n\nUutiset  Kuopio  Savo  Urheilu  Kulttuuri\n\nKuopio\n\n"
        "Kuopion satamaan rakennetaan uusi vierasvenelaituri\n\nTeksti: Oona Laitinen\n"
        "Julkaistu 3.12.2026 7:30\n\n"
        "Kuopion kaupunki rakentaa Väinölänniemen satamaan uuden vierasvenelaiturin, joka\n"
        "valmistuu ensi kesäksi.\n\nLaiturissa on paikat kuudellekymmenelle veneelle.\n\n"
        "– Kysyntä on kasvanut joka kesä, sanoi satamapäällikkö Antti Räsänen.\n\n"
        "Hankkeen hinta on 1,2 miljoonaa euroa.\n"
    )
    row = _row(tmp_path, page)
    assert row["outlet"].lower() == "savon viikkosanomat"


def test_three_authors_with_a_lower_case_role_or_another_languages_and():
    """'Por A, enviada especial, B e C' (the first author's role in lower case between
    commas) and Romanian 'de A, B și C' are read whole; 'By A, Associated Press' is still
    one author and a credit."""
    from analysis.clean.header_lines import find_byline

    def read(line):
        span = find_byline(line)
        return line[span[0] : span[1]] if span else None

    assert read("Por Ana Lobo, enviada especial, Rui Sá e Carla Dias") == (
        "Ana Lobo, enviada especial, Rui Sá e Carla Dias"
    )
    assert read("By Tom Hale, special envoy, Ann Lee and Rob Tse") == (
        "Tom Hale, special envoy, Ann Lee and Rob Tse"
    )
    assert read("de Dan Pop, Ioana Marin și Radu Stan") == "Dan Pop, Ioana Marin și Radu Stan"
    assert read("By Jo Doe, Associated Press") == "Jo Doe"
    assert read("By Jo Doe, special envoy") == "Jo Doe"


_SECTION_H1_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Penzance harbour wall to be rebuilt after winter storms | The Mount's Bay Courier</title>
</head><body>
<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
<main><h1 class="section">{h1}</h1><article>
<p class="by">By Jenna Rowe</p><time datetime="2026-12-04T08:00:00Z">4 Dec</time>
<p>The harbour wall at Penzance will be rebuilt next year after two storms last winter
washed away a 40-metre stretch of its outer face, the harbour commissioners said.</p>
<p>The work will cost £6 million and close the outer berths from March until October.</p>
<p>"We cannot patch it again," said the harbour master, Tom Pascoe, on Thursday.</p>
<p>Fishing boats will use the inner harbour while the work goes on.</p>
</article></main><footer>© 2026 The Mount's Bay Courier</footer></body></html>
"""


def test_headline_only_in_the_title_under_a_section_h1(tmp_path):
    """The <h1> is the section a menu link names ("Business"); the story's headline is
    only the <title>'s long part: it is the title. An <h1> no menu names stays."""
    row = _row(tmp_path, _SECTION_H1_PAGE.format(h1="Business"), "p.html")
    assert row["title"] == "Penzance harbour wall to be rebuilt after winter storms"
    row = _row(tmp_path, _SECTION_H1_PAGE.format(h1="Storm damage"), "q.html")
    assert row["title"] == "Storm damage"


def test_a_lynx_masthead_picture_logo_of_name_behind_a_link_mark():
    """lynx prints the masthead's picture that links home as "[1][Logo of NAME]": the
    first line is the name, its mark left for the link marks' rule."""
    from analysis.clean.dump_text import drop_image_labels

    text = "   [1][Logo of Riverina Post]\n   [2]Subscribe [3]Log in\n"
    assert drop_image_labels(text) == "   [1]Riverina Post\n   [2]Subscribe [3]Log in\n"
    assert drop_image_labels("[1][photo of a council meeting]\n") == (
        "[1][photo of a council meeting]\n"
    )


def test_rdfa_headline_when_the_titles_are_the_sections(tmp_path):
    """<title> 'Novice – SITE' (a section's), no <h1>: the RDFa article's headline (an
    <h2 property="headline">) is the title; microdata's itemprop reads the same."""
    page = """<!DOCTYPE html><html lang="sl"><head><meta charset="utf-8">
<title>Novice – Mariborski Glas</title></head><body vocab="https://schema.org/">
<div class="menu"><a href="/">Domov</a> <a href="/novice">Novice</a></div>
<div typeof="NewsArticle"><span property="publisher" typeof="Organization">
<span property="name">Mariborski Glas</span></span>
<h2 property="headline">Maribor bo obnovil Stari most do poletja</h2>
<p>Avtor: <span property="author" typeof="Person"><span property="name">Jure Novak</span></span>
<span property="datePublished" content="2026-12-03">3. decembra 2026</span></p>
<div property="articleBody"><p>Mestna občina Maribor bo do poletja obnovila Stari most,
ki je zaradi del zaprt za avtomobile že od septembra lani.</p>
<p>Obnova bo stala 4 milijone evrov, je povedal podžupan na seji mestnega sveta.</p>
<p>»Most bo odprt za pešce in kolesarje tudi med deli,« je dejal.</p></div></div>
<div class="noga">© Mariborski Glas 2026</div></body></html>
"""
    row = _row(tmp_path, page, "p.html")
    assert row["title"] == "Maribor bo obnovil Stari most do poletja"
    microdata = page.replace('property="headline"', 'itemprop="headline"')
    assert _row(tmp_path, microdata, "q.html")["title"] == row["title"]

"""Review h329's fixes (metadata_h329): the shapes its pages showed, each read as the
page prints it."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.caseless_names import caseless_name_line, caseless_name_shape
from analysis.clean.dateline import yearless_dateline_iso
from analysis.clean.dates import labelled_dates
from analysis.clean.dump_text import drop_link_marks, join_hard_wraps
from analysis.clean.parent_group import member_masthead, member_site
from analysis.clean.read import read_page

_BODY = (
    "      The council voted on Thursday to delay the new rules for turbines after more than\n"
    "      two hundred residents filled the courthouse for a hearing that ran past ten at\n"
    "      night, and the chair said a decision would follow in the new year after the\n"
    "      written comments are read.\n"
)


def test_a_line_set_far_right_is_no_wrap_width():
    """A printed page's "Subscribe  Sign In" placed at the right over its masthead is
    longer than the story's lines: it sets no width, the paragraphs are still joined."""
    text = (
        "12/6/26, 9:14 AM           Council delays turbine vote | The Prairie Ledger\n\n"
        + " " * 80
        + "Subscribe    Sign In\n"
        "      THE PRAIRIE LEDGER\n\n" + _BODY + "\n" + _BODY
    )
    joined = join_hard_wraps(text)
    assert "more than two hundred residents" in joined
    assert "at night, and the chair" in joined


def test_link_marks_counted_without_the_list():
    """A lynx dump without its list of links (or with a part of it): marks that run 1, 2,
    3 ... in order are the browser's, all dropped; a story's few notes stay."""
    dump = "[1]Skip\n[2]Home [3]News [4]Sport\nBy [5]Jo Bloggs\n[6]Share [7]Email\n"
    assert drop_link_marks(dump) == "Skip\nHome  News  Sport\nBy Jo Bloggs\nShare Email\n"
    notes = "The council said so.[1] The mayor agreed.[2] Nobody else did.[3]\n"
    assert drop_link_marks(notes) == notes
    shuffled = "[1]Home [3]News [2]Sport [4]Opinion [5]Jobs\n"
    assert drop_link_marks(shuffled) == shuffled


def test_modified_labels_an_update():
    """ "Publié le DATE, modifié le DATE": the second date is the update, not a second
    publication (fr, es / pt, it, de)."""
    line = "Publié le 3 décembre 2026 à 17h30, modifié le 4 décembre 2026 à 08h12"
    assert [label for _, label in labelled_dates(line)] == ["publish", "update"]
    assert labelled_dates("Zuletzt geändert am 4. Dezember 2026")[0][1] == "update"


def test_member_of_a_group_is_the_site():
    """A footer line naming the paper as a member of the copyright holder's group."""
    lines = [
        "Council tax to rise",
        "The Clitheroe Gazette is part of Pennine Newsgroup Ltd.",
        "© 2026 Pennine Newsgroup Ltd. All rights reserved.",
    ]
    line_no, start, end = member_site(lines, "Pennine Newsgroup")
    assert (line_no, lines[line_no][start:end]) == (1, "The Clitheroe Gazette")
    assert member_site(lines, "Ribble Valley Post") is None
    pt = ["O Jornal do Agreste é um veículo do Grupo Nordeste de Comunicação."]
    line_no, start, end = member_site(pt, "Grupo Nordeste de Comunicação")
    assert pt[line_no][start:end] == "O Jornal do Agreste"
    assert not member_masthead(lines, (1, 0, 21))
    assert member_masthead(["The Clitheroe Gazette", *lines], (2, 0, 21))


def test_group_footer_files_the_page_under_the_paper(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(
        "Home  News  Sport  Business\n\n"
        "Council tax to rise 4.9% as Ribble district faces gap\n\n"
        "By Ellen Hargreaves\nFriday, 4 December 2026\n\n"
        "Households in the Ribble Valley face a 4.9 per cent council tax rise from April as the "
        "district council tries to close a gap in next year's budget.\n\n"
        "Council leader Stuart Hirst said the authority had no room left after three years of "
        "rising social care and waste collection costs.\n\n"
        "The Clitheroe Gazette is part of Pennine Newsgroup Ltd.\n"
        "© 2026 Pennine Newsgroup Ltd. All rights reserved.\n",
        encoding="utf-8",
    )
    read = read_page(page)
    row = extract_articles(read.text, name="p.txt", facts=PageFacts()).iloc[0]
    assert row["outlet"] == "The Clitheroe Gazette"


def test_printed_byline_over_a_markup_author_never_printed(tmp_path):
    """JSON-LD names a stale account the page never prints; the page prints its author."""
    page = tmp_path / "p.html"
    page.write_text(
        """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Medellín amplía el metrocable hasta Santa Elena | El Noticiero</title>
<meta property="og:site_name" content="El Noticiero">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Medellín amplía el metrocable hasta Santa Elena",
"datePublished":"2026-12-04T18:40:00-05:00",
"author":{"@type":"Person","name":"Carlos Restrepo"}}</script></head><body>
<article><h1>Medellín amplía el metrocable hasta Santa Elena</h1>
<div class="firma">Por <strong>Valentina Ospina Mejía</strong> · 4 de diciembre de 2026</div>
<p>El Metro de Medellín anunció la construcción de una nueva línea de cable aéreo que conectará
el corregimiento de Santa Elena con la estación Arví de la línea L del sistema.</p>
<p>La línea tendrá tres estaciones y podrá mover 2.500 pasajeros por hora en cada sentido, y las
obras empezarían en el segundo semestre del año próximo según el gerente.</p>
</article></body></html>""",
        encoding="utf-8",
    )
    read = read_page(page)
    row = extract_articles(read.text, name="p.html", facts=PageFacts(html=read.html)).iloc[0]
    assert row["byline"] == "Valentina Ospina Mejía"


def test_short_caseless_page_wraps_are_joined():
    """A short Arabic page of two wrapped paragraphs: no capital shows the sentence goes
    on, the unended line (a letter, or the Arabic comma) does."""
    text = (
        "   أطلقت بلدية محافظة الأحساء مشروعاً لزراعة 40 ألف شجرة محلية على امتداد الطرق\n"
        "   السريعة المؤدية إلى المحافظة ضمن مبادرة تهدف إلى خفض درجات الحرارة.\n"
        "\n"
        "   وقال مدير إدارة الحدائق المهندس سامي العبدالقادر إن المشروع يعتمد على أشجار،\n"
        "   السدر والغاف التي تتحمل الجفاف وستروى بمياه الصرف المعالجة.\n"
    )
    joined = join_hard_wraps(text)
    assert "امتداد الطرق السريعة" in joined
    assert "أشجار، السدر" in joined


def test_thai_given_name_alone_over_the_date():
    """Thai papers credit a reporter by the given name alone, over the date line."""
    lines = [
        "ข่าวเชียงรายวันนี้",
        "หน้าแรก  ข่าวท้องถิ่น  เศรษฐกิจ",
        "",
        "ดอยตุงเปิดเส้นทางจักรยานใหม่ 42 กิโลเมตร รับนักท่องเที่ยวหน้าหนาว",
        "",
        "กนกพร",
        "5 ธันวาคม 2569 เวลา 09:30 น.",
        "",
        "อำเภอแม่ฟ้าหลวง จังหวัดเชียงราย เปิดเส้นทางจักรยานเสือภูเขาระยะทาง 42 กิโลเมตร",
    ]
    assert caseless_name_line(lines, 5)
    assert not caseless_name_line(lines, 1)  # the menu
    assert not caseless_name_shape("ข่าวท้องถิ่นภาคเหนือวันนี้")  # a phrase run together


def test_yearless_dateline_in_other_languages_and_scripts():
    """An agency dateline as the only date: a Cyrillic place, a month of another language
    than English, the year of the copyright notice; none when the notice's year is not
    the page's dates' (a story's future day would give the year)."""
    body = "САРАТОВ, 5 декабря — ВолгаИнформ. Зимний пляж откроется на набережной."
    assert yearless_dateline_iso(body, body + "\n© 2026 ВолгаИнформ") == "2026-12-05"
    spanish = "MADRID, 5 de diciembre (EFE) - El Gobierno aprobó el plan."
    assert yearless_dateline_iso(spanish, spanish + "\n© 2026 Diario") == "2026-12-05"
    kyiv = "КИЇВ, 6 грудня (Укрінфо) – Уряд продовжив програму до 30 квітня 2027 року."
    assert yearless_dateline_iso(kyiv, kyiv + "\n© 2004–2026 Укрінфо") is None


def test_short_page_cut_after_a_function_word_is_joined():
    """A short printed page's two wraps, one before a capital after "de" ("el paseo 21
    de" / "Mayo."): the function word shows the sentence goes on."""
    text = (
        "      El histórico ascensor Artillería de Valparaíso volvió a funcionar este jueves"
        " después de tres años\n"
        "      cerrado por restauración. El funicular, inaugurado en 1893, une la plaza Aduana"
        " con el paseo 21 de\n"
        "      Mayo.\n\n"
        '      "Es parte de la identidad del puerto", dijo la alcaldesa durante la reapertura.\n'
    )
    joined = join_hard_wraps(text)
    assert "tres años cerrado" in joined
    assert "paseo 21 de Mayo." in joined

"""Review h388 (metadata_h388): the shapes its fixes read, each test failing without its fix."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import read_page

_BODY = (
    "The council voted on Thursday to spend twelve million on the harbour wall, after two"
    " winters of flooding in the old town.\n\n"
    "Work is due to start in the spring and to last two years, the harbour master said"
    " at a public meeting on the quay.\n"
)


def _row(tmp_path, text, name="p.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    read = read_page(page)
    facts = PageFacts(html=read.html) if name.endswith(".html") else PageFacts()
    return extract_articles(read.text, name=name, facts=facts).iloc[0]


def test_a_published_label_beats_an_earlier_date_without_one(tmp_path):
    """An obituary's 'Born: March 14, 1931' above 'Published December 3, 2026': the
    labelled day is the page's (the unlabelled first date used to win)."""
    text = (
        "THE EXAMPLE SENTINEL\n\nObituaries\n\n"
        "Ann Example, teacher who taught a town to read, dies at 95\n\n"
        "Ann Example\nBorn: March 14, 1931, Kilbride\nDied: November 28, 2026, Dunmore\n\n"
        "By Colin Example\nPublished December 3, 2026\n\n" + _BODY
    )
    assert _row(tmp_path, text).published == "2026-12-03"


def test_a_reviews_fact_box_is_no_headline(tmp_path):
    """A theatre review's credits on one line ('Regie: A · Bühne: B · Mit: C') over a
    premiere's date line, and an album review's rows of labelled values over its release
    day: neither is the headline."""
    one_line = (
        "MÄRKISCHE BEISPIEL-RUNDSCHAU\n\nTheaterkritik\n\n"
        "Ein Woyzeck im Schlachthof: Frankfurt wagt den Abgrund\n\n"
        "Regie: Lennart Beispiel · Bühne: Anke Muster · Mit: Jonas Reimer, Clara Düring\n"
        "Kleist Forum Frankfurt (Oder), Premiere am 5. Dezember 2026\n\n"
        "Von Dorothea Beispiel\n\n06.12.2026, 11:20 Uhr\n\n" + _BODY
    )
    assert _row(tmp_path, one_line).title.startswith("Ein Woyzeck")
    rows = (
        "Gazzetta di Esempio\n\nRECENSIONI\n\n"
        "Terra rossa, il ritorno dei Tamburi di Esempio è un disco necessario\n\n"
        "Artista: Tamburi di Esempio\nAlbum: Terra rossa\nEtichetta: Ponente Dischi\n"
        "Uscita: 4 dicembre 2026\nVoto: 8/10\n\n"
        "di Federica Esempio\n5 dicembre 2026\n\n" + _BODY
    )
    assert _row(tmp_path, rows, "q.txt").title.startswith("Terra rossa, il ritorno")


def test_an_e_readers_clippings_file_is_its_articles(tmp_path):
    """A Kindle 'My Clippings.txt' of one web article's highlights: the title with its
    author in brackets, the highlights as the text, a reader's note and the 'Added on'
    day left out (the file used to give no article at all)."""
    entry = (
        "The river that ran dry (Jane Example)\n"
        "- Your {kind} on page {page} | Location {place} | Added on Saturday, December 5,"
        " 2026 9:14:07 PM\n\n{text}\n==========\n"
    )
    text = "".join(
        entry.format(kind=kind, page=page, place=place, text=passage)
        for kind, page, place, passage in (
            (
                "Highlight",
                1,
                "12-15",
                "At the dam, the water has dropped so low that the"
                " turbines were switched off one by one.",
            ),
            ("Highlight", 2, "31-33", "Mines have been told to import their own power."),
            ("Note", 2, "33", "use for the energy chapter"),
        )
    )
    row = _row(tmp_path, text)
    assert (row.title, row.byline, row.published) == (
        "The river that ran dry",
        "Jane Example",
        None,
    )
    assert "energy chapter" not in row.body and "import their own power" in row.body


def test_a_clippings_files_bracket_is_a_publication_when_it_reads_as_one():
    """The bracket after a title is the document's author as the sending tool filled it
    in: a publication's name when it is no person's name, or when one bracket stands over
    two titles (then every bracket of the file); a person's name over one title is the
    byline (review h245 / h262 pages: the bracket was their outlet)."""
    from analysis.clean.kindle_clippings import clipping_rows

    def fields(titles):
        entry = (
            "{title}\n- Your Highlight on Location {n}-{m} | Added on 4 December 2026\n\n"
            "Text {n}.\n==========\n"
        )
        text = "".join(entry.format(title=title, n=n, m=n + 2) for n, title in enumerate(titles, 1))
        lines = text.split("\n")
        return [
            [(span.field, lines[span.line_no][span.start : span.end]) for span in row.fields[:2]]
            for row in clipping_rows(lines)
        ]

    shared = fields(["Dam runs dry (Vale Courier)", "Mines told (Anna Roe)", "Vote (Vale Courier)"])
    assert [row[1] for row in shared] == [
        ("outlet", "Vale Courier"),
        ("outlet", "Anna Roe"),
        ("outlet", "Vale Courier"),
    ]
    assert fields(["Dam runs dry (Jane Example)", "Dam runs dry (Jane Example)"])[0][1] == (
        "byline",
        "Jane Example",
    )
    assert fields(["Dam runs dry (Izuba ry'Iburengerazuba)", "Dam (Izuba ry'Iburengerazuba)"])[0][
        1
    ] == ("outlet", "Izuba ry'Iburengerazuba")
    assert fields(["Dam runs dry (valecourier.example)", "Dam runs dry (valecourier.example)"])[0][
        1
    ] == ("outlet", "valecourier.example")


def test_byline_labels_and_lower_case_titles_before_names():
    """Maltese 'written by', Portuguese 'report:', Mongolian 'author:', Lao 'hosted by',
    English 'Recipe by' / 'Review by' / 'Hosted by', and academic titles written in lower
    case before the name ('prof. dr. sc.', 'dr hab. inż.') left out of it."""
    from analysis.clean.header_lines import find_byline

    for line, name in (
        ("Miktub minn Rebekah Example", "Rebekah Example"),
        ("Reportagem: Bruna Exemplo", "Bruna Exemplo"),
        ("Зохиогч: Б.Энхбаяр", "Б.Энхбаяр"),
        ("ດຳເນີນລາຍການໂດຍ: ສົມພອນ ແກ້ວມະນີ", "ສົມພອນ ແກ້ວມະນີ"),
        ("Recipe by Yasmin Example", "Yasmin Example"),
        ("Review by Hannah Example", "Hannah Example"),
        ("Hosted by Renée Example and Curtis Example", "Renée Example and Curtis Example"),
        ("Piše: prof. dr. sc. Edin Primjer, specijalista", "Edin Primjer"),
        ("Autor: dr hab. inż. Katarzyna Przykład, prof. PW", "Katarzyna Przykład"),
    ):
        span = find_byline(line)
        assert span is not None and line[span[0] : span[1]] == name, line


def test_an_html_update_date_printed_first_gives_way_to_the_publication(tmp_path):
    """An HTML page whose only date key is article:modified_time and which prints
    'Updated: Dec 04 | Published: Dec 03' (in a language whose labels are not known):
    htmldate's search found the update's day among the printed ones; the date lines
    decide (the earlier day: the page changed after it was published)."""
    html = (
        '<html lang="te"><head><meta charset="utf-8"><title>విశాఖలో కొత్త హార్బర్ | ఉదాహరణ వార్తలు'
        '</title><meta property="article:modified_time" content="2026-12-04T09:10:00+05:30">'
        '</head><body><header><a href="/">ఉదాహరణ వార్తలు</a></header><article>'
        "<h1>విశాఖలో కొత్త ఫిషింగ్ హార్బర్‌కు శంకుస్థాపన</h1>"
        '<div class="meta"><span>అప్‌డేట్: డిసెంబర్ 04, 2026, 09:10 IST</span> | '
        "<span>ప్రచురణ: డిసెంబర్ 03, 2026, 20:45 IST</span></div>"
        "<p>విశాఖపట్నంలో రూ. 450 కోట్లతో నిర్మించనున్న కొత్త ఫిషింగ్ హార్బర్‌కు గురువారం శంకుస్థాపన"
        " జరిగింది. దీని ద్వారా 700 మరపడవలకు స్థలం లభిస్తుంది.</p>"
        "<p>హార్బర్ నిర్మాణం రెండేళ్లలో పూర్తవుతుందని అధికారులు తెలిపారు.</p>"
        "</article></body></html>"
    )
    assert _row(tmp_path, html, "p.html").published == "2026-12-03"


def test_a_date_in_a_reviews_fact_box_is_not_the_pages(tmp_path):
    """An album review's 'Uscita: 4 dicembre 2026' (its release) among the box's rows
    above 'di NAME' / '5 dicembre 2026': the page's day is the date line's."""
    text = (
        "Gazzetta di Esempio\n\nRECENSIONI\n\n"
        "Terra rossa, il ritorno dei Tamburi di Esempio è un disco necessario\n\n"
        "Artista: Tamburi di Esempio\nAlbum: Terra rossa\nUscita: 4 dicembre 2026\n"
        "Etichetta: Ponente Dischi\nVoto: 8/10\n\n"
        "di Federica Esempio\n5 dicembre 2026\n\n" + _BODY
    )
    assert _row(tmp_path, text).published == "2026-12-05"


def test_pashto_and_tatar_dates():
    """Pashto months as Pakistan's papers spell them ('۳ ډسمبر ۲۰۲۶') and Tatar's
    possessive month after the year's genitive ('2026 елның 4 декабре')."""
    from analysis.clean.dates import find_dates

    assert [d.iso for d in find_dates("خپره شوې: پنجشنبه، ۳ ډسمبر ۲۰۲۶")] == ["2026-12-03"]
    assert [d.iso for d in find_dates("2026 елның 4 декабре, 17:30")] == ["2026-12-04"]
    assert [d.iso for d in find_dates("2026 елның 12 гыйнвары")] == ["2026-01-12"]


def test_a_save_line_with_the_date_right_after_saved():
    """An Instapaper-like copy's 'Saved 6 December 2026' is a save tool's line."""
    from analysis.clean.capture_marks import capture_line_index

    assert capture_line_index(["Saved 6 December 2026", "Headline of the story"]) == 0
    assert capture_line_index(["Saved lives in 2026 as flood barriers held", "x"]) is None


def test_a_hebrew_calendar_date_alone_is_read_as_its_gregorian_day():
    """A Hebrew-calendar date in Hebrew numerals ('כ"ג כסלו תשפ"ז', pointed as a Yiddish
    paper prints it, Adar II of a leap year) is its Gregorian day (it was never read)."""
    from analysis.clean.calendars import hebrew_iso
    from analysis.clean.dates import find_dates

    assert [d.iso for d in find_dates('יום חמישי, כ"ג כסלו תשפ"ז')] == ["2026-12-03"]
    assert [d.iso for d in find_dates("מיטוואך, כ״ב כּסלו תשפּ״ז")] == ["2026-12-02"]
    assert [d.iso for d in find_dates('י"ד אדר ב׳ תשפ"ד')] == ["2024-03-24"]
    assert hebrew_iso(5785, 7, 1) == "2024-10-03"  # Rosh Hashanah 2024
    assert hebrew_iso(5787, 9, 31) is None


def test_an_episode_label_under_its_headline_dates_the_page(tmp_path):
    """A podcast episode's page: the headline, then 'SHOW — épisode 57 — 42 min — DATE'
    (its length and air date after the episode): the label is no headline, its date is
    the page's (the label was the title)."""
    text = (
        "Radio Exemple Libre\n\n  * Émissions\n  * Podcasts\n\n"
        "Les châtaigneraies face à la sécheresse\n\n"
        "Le Grand Exemple — épisode 57 — 42 min — 3 décembre 2026\n\n" + _BODY
    )
    row = _row(tmp_path, text)
    assert (row.title, row.published) == ("Les châtaigneraies face à la sécheresse", "2026-12-03")


def test_a_scrapers_header_block_is_no_fact_box(tmp_path):
    """newspaper3k's printout opens with 'Title: / Authors: / Publish date: / Top image: /
    URL:' lines: the page's own fields, its title read from them, not a review's box."""
    text = (
        "Title: Council approves plan for 300 homes on former dairy site\n"
        "Authors: ['Ruth Example']\nPublish date: 2026-12-02 00:00:00\n"
        "Top image: https://www.example-herald.co.uk/images/dairy.jpg\n"
        "URL: https://www.example-herald.co.uk/news/council-approves-plan\n\n" + _BODY
    )
    assert _row(tmp_path, text).title == "Council approves plan for 300 homes on former dairy site"


def test_an_archive_captures_update_key_gives_way_to_the_printed_publication(tmp_path):
    """An archive's capture of a page: its header prints the capture's day and the markup
    holds it as article:modified_time, the story prints 'Published Dec. 3': the latest
    day printed before the update key's is the publication's."""
    html = (
        '<html><head><meta charset="utf-8"><title>Example capture</title>'
        '<meta property="og:site_name" content="archive.ph">'
        '<meta property="article:modified_time" content="2026-12-05T14:40:22Z"></head><body>'
        "<table><tr><td>Saved from</td><td>history</td></tr><tr><td>5 Dec 2026 14:40:22 UTC"
        "</td></tr></table><div>The Example Daily</div>"
        "<div style='font-size:28px'>Harbour bridge to get a second bike lane by 2028</div>"
        "<div>By Colin Example · Published Dec. 3, 2026 4:15 p.m.</div>"
        "<p>Halifax Harbour Bridges will add a second protected bike lane to the bridge by"
        " 2028, the commission announced on Thursday afternoon.</p>"
        "<p>The new lane will be built on the bridge's north side at a cost of $22 million,"
        " shared by the province and the federal government.</p></body></html>"
    )
    assert _row(tmp_path, html, "p.html").published == "2026-12-03"

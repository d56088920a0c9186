"""analysis.clean.contents_list: a numbered table of contents lists sections, not the
site; the name over it is the paper's (h206, issue #10, review h198)."""

from __future__ import annotations

from analysis.clean.contents_list import contents_sections, starts_contents
from analysis.clean.masthead_lines import nameplate_name
from analysis.clean.site_name import page_site_name

# a news e-book converted to text: its title line with the date, its sections
# numbered with their counts, then each section's heading over its stories
_EBOOK = [
    "Uostamiesčio Aidas [Pen, 04 gruo 2026]",
    "",
    "Skyriai",
    "1. Miestas (2 straipsniai)",
    "2. Kultūra (1 straipsnis)",
    "",
    "Miestas",
    "",
    "Prie upės bus pastatytas naujas pėsčiųjų tiltas",
    "Ona Vaitkutė | 2026-12-04 08:30",
    "Tiltas sujungs abu upės krantus ir bus atidarytas vasarą. Darbai prasidės kovo mėnesį.",
    "| Kitas | Skyrių meniu | Pagrindinis meniu |",
    "",
    "Turgaus aikštė bus uždaryta savaitgaliais",
    "Jonas Kazlauskas | 2026-12-03 17:10",
    "Savivaldybė nusprendė savaitgaliais uždaryti aikštę eismui. Tikimasi daugiau lankytojų.",
    "| Kitas | Skyrių meniu | Pagrindinis meniu | Ankstesnis |",
    "",
    "Kultūra",
    "",
    "Teatras pristatė naują sezoną",
    "Ona Vaitkutė | 2026-12-02 12:00",
    "Sezone bus šešios premjeros, tarp jų du spektakliai vaikams. Bilietai jau parduodami.",
    "| Skyrių meniu | Pagrindinis meniu | Ankstesnis |",
]


def test_a_numbered_table_of_contents_lists_sections_and_its_heading():
    assert contents_sections(_EBOOK) == ["Skyriai", "Miestas", "Kultūra"]
    assert starts_contents(_EBOOK, 2) and starts_contents(_EBOOK, 3)
    assert not starts_contents(_EBOOK, 6)  # a section's heading over a story


def test_a_numbered_list_out_of_order_or_of_sentences_is_no_table_of_contents():
    assert contents_sections(["1. Miestas", "3. Kultūra"]) == []
    assert contents_sections(["1. The council met on Friday.", "2. It voted twice."]) == []
    assert contents_sections(["2. Miestas", "3. Kultūra"]) == []
    # a text browser's numbered references are links, no sections
    assert (
        contents_sections(
            ["References", "1. https://example.test/", "2. https://example.test/news"]
        )
        == []
    )


def test_a_news_ebooks_title_line_names_the_paper_not_its_first_section():
    # the first section's heading ("Miestas") was read as the site, every card's outlet
    assert nameplate_name(_EBOOK[0]) == ("Uostamiesčio Aidas", (0, 18))
    assert nameplate_name("Example Daily [2026]") is None  # no day: no issue's date
    assert page_site_name(_EBOOK).name == "Uostamiesčio Aidas"


def test_only_a_line_opening_with_a_figure_is_read_as_an_entry(monkeypatch):
    from analysis.clean import contents_list

    read: list[int] = []
    run = contents_list._run

    def counted(lines, start):
        read.append(start)
        return run(lines, start)

    monkeypatch.setattr(contents_list, "_run", counted)
    lines = ["Guide to the valley", "Sections", "  1. Walks", "2. Rivers", "An aside", "3) Huts"]
    assert contents_sections(lines) == ["Sections", "Walks", "Rivers"]
    assert read == [2, 5]  # the lines opening with a figure, but the entries of a run

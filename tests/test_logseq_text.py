"""A Logseq page saved as text, made plain (analysis.clean.logseq_text)."""

from __future__ import annotations

from analysis.clean.logseq_text import is_logseq, plain_logseq

PAGE = """title:: Clippings – December
tags:: harbour, ferries

- ## Ferry crew rescue two kayakers off Tarn Point
  source:: https://www.tarnside-echo.example/2026/12/03/rescue
  site:: [[Tarnside Echo]]
  author:: [[Jane Roe]]
  published:: [[Dec 3rd, 2026]]
\t- The crew of the morning ferry pulled two kayakers from the water near the point.
\t- Both were taken to hospital and released the same day.
- ## Harbour fees rise for the first time in ten years
  site:: [[Harbour Weekly]]
  published:: [[Nov 30th, 2026]]
\t- The council approved a rise of four per cent for moorings from April.
\t- TODO ask the harbour master about winter rates
\t\t- call on Monday
"""


def test_a_logseq_pages_blocks_read_as_labelled_blocks():
    # review h286: a researcher's clippings page, its block properties the fields
    text = plain_logseq(PAGE)
    assert text.split("\n")[:2] == ["Clippings – December", ""]
    assert "Title: Ferry crew rescue two kayakers off Tarn Point" in text
    assert "Site: Tarnside Echo\nAuthor: Jane Roe\nPublished: Dec 3rd, 2026" in text
    assert "https://" not in text  # an address is no outlet's name
    assert "\nThe crew of the morning ferry pulled" in text  # a child block: its text
    assert "TODO" not in text and "call on Monday" not in text  # a task and its children
    assert "Title: Harbour fees rise for the first time in ten years" in text


def test_a_logseq_page_splits_into_its_clippings():
    from analysis.clean.page_rows import clean_page
    from analysis.clean.read import page_from_bytes

    page = page_from_bytes(PAGE.encode(), "clippings.md", "clippings.md")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [
        "Ferry crew rescue two kayakers off Tarn Point",
        "Harbour fees rise for the first time in ten years",
    ]
    assert [a["outlet"] for a in articles] == ["Tarnside Echo", "Harbour Weekly"]
    assert [a["published"] for a in articles] == ["2026-12-03", "2026-11-30"]


def test_other_texts_are_left_as_they_are():
    code = "std::vector<int> counts;\nstd::sort(counts.begin(), counts.end());\n- a list item\n"
    assert not is_logseq(code)
    assert plain_logseq(code) == code
    note = "Note:: one\n- item"  # one property line only
    assert plain_logseq(note) == note

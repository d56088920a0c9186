"""analysis.clean.note_trailer: a Joplin RAW export's property lines under a note's text
(made-up note)."""

from __future__ import annotations

from pathlib import Path

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.note_trailer import drop_note_trailer
from analysis.clean.read import read_page

_STORY = [
    "The harbour board approved a second ferry berth on Tuesday after a long debate.",
    "Work on the berth will start in March and should take about eighteen months.",
    "Fishers said the berth would ease the queues that form on summer weekends.",
]
_PROPERTIES = [
    "id: 2438ec34d69ac06cc6ccd45e479155b4",
    "parent_id: fb5d1b4a2312e239652b13a24ed9a74f",
    "created_time: 2026-12-05T08:14:22.118Z",
    "updated_time: 2026-12-05T08:14:22.118Z",
    "is_conflict: 0",
    "author: ",
    "source_url: https://www.harbourline.example/news/berth",
    "is_todo: 0",
    "source: joplin-desktop",
    "markup_language: 1",
    "type_: 1",
]


def _note() -> str:
    return (
        "\n\n".join(["Second ferry berth approved", "# Second ferry berth approved", *_STORY])
        + "\n\n"
        + "\n".join(_PROPERTIES)
    )


def test_the_properties_under_a_joplin_note_are_taken_off():
    assert drop_note_trailer(_note()).rstrip().endswith(_STORY[-1])


def test_a_run_of_fields_without_the_notes_id_or_type_line_stays():
    fields = "\n\n".join(_STORY) + "\n\nsource: Harbour Daily\nauthor: Mia Holt\ntype_: 1"
    assert drop_note_trailer(fields) == fields
    untyped = "\n\n".join(_STORY) + "\n\n" + "\n".join(_PROPERTIES[:-1])
    assert drop_note_trailer(untyped) == untyped


def test_a_joplin_notes_ids_are_no_body_and_its_clip_time_no_date(tmp_path: Path):
    # review h390 (body_h390): the note's id and parent_id lines were kept as body and
    # its created_time read as the story's date
    path = tmp_path / "2438ec34d69ac06cc6ccd45e479155b4.md"
    path.write_text(_note(), encoding="utf-8")
    page = read_page(path)
    records = extract_articles(page.text, page.name, PageFacts(html=page.html))
    body = records.body[0]
    assert all(line in body for line in _STORY)
    assert "fb5d1b4a2312e239652b13a24ed9a74f" not in body and "parent_id" not in body
    assert records.published[0] != "2026-12-05"

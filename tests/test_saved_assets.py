"""The folder a browser saves beside a page, whatever word its language gives it.

h261 (a journalist's folder of pages saved from a browser): a German Firefox saved
``Bericht.html`` with ``Bericht-Dateien/``; ``clean --recursive`` read the folder's
``saved_resource.html`` (an advertisement's frame) as an article of 'unknown site
(Bericht-Dateien/saved_resource.html)', an outlet in every table and report.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest

from analysis.clean.pipeline import run_clean
from analysis.clean.raw_tree import list_raw_tree
from analysis.clean.saved_assets import is_saved_assets_reason, saved_assets_reason

STORY = (
    "<html><head><link rel='stylesheet' href='{folder}/style.css'></head><body>"
    "<article><h1>Harbour board raises ferry fares</h1>"
    "<p>The harbour board raised ferry fares on Monday for the second time this year, "
    "citing fuel costs and repairs to the northern pier.</p>"
    "<img src='{folder}/pier.png'></article></body></html>"
)

AD_FRAME = (
    "<html><body><p>Sponsored: compare the best savings accounts today and earn more "
    "on every pound you put away this winter.</p></body></html>"
)


def _saved(raw: Path, stem: str, folder: str, linked: str | None = None) -> Path:
    """A page saved 'complete': ``stem.html`` and its folder with a frame's document."""
    (raw / folder).mkdir(parents=True)
    (raw / folder / "style.css").write_text("body {}", encoding="utf-8")
    (raw / folder / "saved_resource.html").write_text(AD_FRAME, encoding="utf-8")
    (raw / f"{stem}.html").write_text(
        STORY.format(folder=folder if linked is None else linked), encoding="utf-8"
    )
    return raw / folder


@pytest.mark.parametrize(
    ("stem", "folder", "linked"),
    [
        ("Bericht", "Bericht-Dateien", None),  # German Firefox / Internet Explorer
        ("Fähre teurer – Hafenblatt", "Fähre teurer – Hafenblatt_fichiers", None),
        # percent-encoded in the markup, as browsers write a name with spaces
        ("Ferry fares rise", "Ferry fares rise-Dateien", "./Ferry%20fares%20rise-Dateien"),
        ("story", "story_files", "elsewhere"),  # the English name: taken on its name
    ],
)
def test_a_page_s_saved_folder_in_any_language_is_its_files(tmp_path, stem, folder, linked):
    raw = tmp_path / "raw"
    assets = _saved(raw, stem, folder, linked)
    reason = saved_assets_reason(assets)
    assert reason is not None
    assert reason.startswith(f"a folder of the files a browser saved with {stem}.html")
    tree = list_raw_tree(raw)
    read = [entry.name for entry in tree.entries if entry.skip_reason is None]
    assert read == [f"{stem}.html"]  # the frame's document is no page


def test_a_researcher_s_folder_named_after_a_page_is_read(tmp_path):
    # harbour-archive/ beside harbour.html, which loads nothing from it: a folder of
    # pages (read with --recursive), not the page's files
    raw = tmp_path / "raw"
    _saved(raw, "harbour", "harbour-archive", linked="https://cdn.example.net")
    (raw / "harbour-2026").mkdir()  # a word with digits: no browser's name
    assert saved_assets_reason(raw / "harbour-archive") is None
    assert saved_assets_reason(raw / "harbour-2026") is None
    read = [entry.name for entry in list_raw_tree(raw).entries if entry.skip_reason is None]
    assert "harbour-archive/saved_resource.html" in read


def test_the_saved_folders_are_one_line_of_clean_s_output_and_a_row_each(tmp_path, caplog):
    # fifty pages saved "complete" printed fifty long "skipped X_files: ..." lines
    # before the progress bar, hiding the skips that matter (h261)
    raw = tmp_path / "raw"
    for stem in ("ferry", "pier", "tolls"):
        _saved(raw, stem, f"{stem}_files")
    (raw / "notes.txt").write_bytes(b"")
    with caplog.at_level(logging.INFO, logger="analysis"):
        assert run_clean(raw, tmp_path / "out") == 0
    lines = caplog.text
    assert "skipped 3 folder(s) a browser saved beside their pages (ferry_files, ...)" in lines
    assert "skipped ferry_files" not in lines and "skipped pier_files" not in lines
    assert "skipped notes.txt: empty file" in lines
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert sorted(skipped.index) == ["ferry_files", "notes.txt", "pier_files", "tolls_files"]
    assert is_saved_assets_reason(skipped["tolls_files"])

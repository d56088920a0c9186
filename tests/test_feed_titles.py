from __future__ import annotations

import pytest

from analysis.clean.feed_titles import feed_site_name
from analysis.clean.manifest import load_manifest


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Harwick Sentinel » Local News", "Harwick Sentinel"),
        ("Harwick Sentinel › Courts", "Harwick Sentinel"),
        ("Tamsford Clarion - Latest Headlines", "Tamsford Clarion"),
        ("Tamsford Clarion – News", "Tamsford Clarion"),
        ("Tamsford Clarion | RSS Feed", "Tamsford Clarion"),
    ],
)
def test_a_feeds_label_is_no_part_of_its_sites_name(title, name):
    assert feed_site_name(title) == name


@pytest.mark.parametrize(
    "name",
    [
        "Tamsford Clarion",
        "Voices - Stories from the Fens",  # a tagline, not a feed's words
        "Press & Journal",
        "News",
        "Tamsford Clarion - Valley Edition",
        "» News",
        None,
    ],
)
def test_other_names_stay_as_written(name):
    assert feed_site_name(name) == name


def test_two_feeds_of_one_site_in_a_manifest_are_one_outlet_name(tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,url,outlet\n"
        "a.txt,,Harwick Sentinel » Farming\n"
        "b.txt,,Harwick Sentinel » Courts\n"
        "c.txt,,Harwick Sentinel - RSS Feed\n",
        encoding="utf-8",
    )
    entries = load_manifest(manifest)
    assert {entry.outlet for entry in entries.values()} == {"Harwick Sentinel"}

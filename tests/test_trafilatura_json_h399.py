"""Review h399: trafilatura's ``--json`` record names its site ``source-hostname``, its
address ``source`` and its publication day ``date`` (``filedate`` is the extraction's)."""

from __future__ import annotations

import json

from analysis.clean.page_table import read_page_table


def _records(tmp_path, rows):
    table = tmp_path / "pages.jsonl"
    table.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return [row.record for row in read_page_table(table)]


def test_trafilaturas_own_names_are_read(tmp_path):
    row = {
        "title": "Kandy route gets new lighting",
        "author": "Dilini Jayawardena",
        "hostname": "hillcountrytimes.lk",
        "date": "2026-12-02",
        "filedate": "2026-12-07",
        "source": "https://hillcountrytimes.lk/news/kandy-lighting",
        "source-hostname": "Hill Country Times",
        "text": "The council will replace the street lighting.",
    }
    (record,) = _records(tmp_path, [row])
    assert record["outlet"] == "Hill Country Times"
    assert record["url"] == "https://hillcountrytimes.lk/news/kandy-lighting"
    assert str(record["published"])[:10] == "2026-12-02"


def test_a_source_that_is_no_address_is_no_url(tmp_path):
    (record,) = _records(tmp_path, [{"id": "a", "text": "x", "source": "rss"}])
    assert record.get("url") is None

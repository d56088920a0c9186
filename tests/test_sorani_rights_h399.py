"""Review h399: a Sorani Kurdish rights notice names its holder ("هەموو مافەکان پارێزراوە
بۆ NAME ٢٠٢٦": all rights reserved for NAME)."""

from __future__ import annotations

from analysis.clean.site_candidates import collect_candidates

_PAGE = [
    "دەنگی زێ",
    "شارەوانی هەولێر پڕۆژەی نوێی ئاو بۆ گەڕەکەکانی باکوور ڕادەگەیەنێت",
    "شارەوانی هەولێر ئەمڕۆ ڕایگەیاند کە پڕۆژەیەکی نوێی گەیاندنی ئاوی خواردنەوە دەست پێدەکات.",
]


def test_the_holder_after_for():
    candidates = collect_candidates([*_PAGE, "هەموو مافەکان پارێزراوە بۆ دەنگی زێ ٢٠٢٦"])
    assert [key for key, c in candidates.items() if c.copyright] == ["دەنگیزێ"]


def test_no_notice_no_holder():
    candidates = collect_candidates(_PAGE)
    assert not any(c.copyright for c in candidates.values())

"""Unit tests of the fixes reviewer h389's set (benchmarks/review_sets/outlets_h389) led to."""

from __future__ import annotations

from analysis.clean.site_candidates import collect_candidates


def test_a_notice_naming_its_city_and_region_after_a_dash_has_a_holder() -> None:
    # "© YEAR NAME — CITY, REGION" up to the line's end, in capitals or a script without
    # case (Arabic's comma "،")
    for line, key in (
        ("© 2026 The Tamarack Sentinel — Springfield, Ohio", "tamaracksentinel"),
        ("© 2026 Le Matin — Niamey, Niger", "lematin"),
        ("© 2026 أصداء الوادى — نزوى، سلطنة عمان", "أصداءالوادى"),
        ("© 2026 أصداء الوادى — نزوى", "أصداءالوادى"),
    ):
        assert key in collect_candidates(["x", "", line]), line
    # a sentence after the dash is still a link's: no notice
    for line in (
        "© 2026 Example Post — Read our terms of service",
        "© 2026 Example Post — read our terms, now",
    ):
        assert not collect_candidates(["x", "", line]), line

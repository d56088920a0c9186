"""header_lines: the byline shapes review h255 found unread (made-up lines)."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import find_byline


def _name(line: str) -> str | None:
    span = find_byline(line)
    return None if span is None else line[span[0] : span[1]]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Von Jana Roe am 3. Dezember 2026", "Jana Roe"),
        ("Von Jana Roe am 3. Dezember 2026 um 14:05 Uhr", "Jana Roe"),
        ("Gschriem vo Sepp Moar am 4. Dezemba 2026", "Sepp Moar"),  # Bavarian
        ("Von Jana Roe am Montag", None),  # no date after "am": no name's end
    ],
)
def test_german_am_before_the_day_ends_the_name(line, name):
    assert _name(line) == name

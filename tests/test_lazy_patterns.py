"""Tests for analysis.clean.lazy_patterns: a table of patterns compiled on first use."""

from __future__ import annotations

import re

from analysis.clean.lazy_patterns import PatternTable, source_of, sources_of


def test_a_pattern_is_compiled_when_first_read_and_kept():
    compiled: list[str] = []

    def counted(source: str, flags: int) -> re.Pattern[str]:
        compiled.append(source)
        return re.compile(source, flags)

    table = PatternTable([("a+", 0), ("b+", re.IGNORECASE), ("c+", 0)], counted)
    assert len(table) == 3 and table.compiled_count() == 0 and compiled == []
    assert table[1].search("xBb").group() == "Bb"
    assert table[1] is table[1]
    assert compiled == ["b+"] and table.compiled_count() == 1
    assert [p.pattern for p in table] == ["a+", "b+", "c+"]
    assert compiled == ["b+", "a+", "c+"] and table.compiled_count() == 3


def test_a_table_holds_the_patterns_compiling_its_sources_gives():
    made = re.compile(r"\d+(?P<unit>km)", re.IGNORECASE)
    table = PatternTable(sources_of(made, (r"x", re.MULTILINE), source_of(r"y\s")))
    assert [(p.pattern, p.flags) for p in table] == [
        (made.pattern, made.flags),
        ("x", re.compile("x", re.MULTILINE).flags),
        (r"y\s", re.compile(r"y\s").flags),
    ]
    assert table[0].groupindex == made.groupindex
    assert [p.pattern for p in table[1:]] == ["x", r"y\s"]
    assert table.sources[0] == (made.pattern, made.flags)

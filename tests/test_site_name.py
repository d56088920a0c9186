"""analysis.clean.site_name: how much work a page costs, and the naming rules."""

from __future__ import annotations

from analysis.clean import site_name
from analysis.clean.site_name import collect_candidates, page_site_name

PROSE = (
    "The regional council said on Monday that the new rail line would open next spring, "
    "after two years of delays caused by funding disputes and a shortage of workers."
)


def test_each_distinct_line_is_searched_once(monkeypatch):
    calls: list[str] = []
    searched = site_name._line_phrases

    def counting(line):
        calls.append(line)
        return searched(line)

    monkeypatch.setattr(site_name, "_line_phrases", counting)
    menu = ["  • Home", "  • Follow Example Daily", "  • Contact Example Daily"]
    lines = ["Example Daily", *menu, PROSE, "", PROSE, "", *menu, "", *menu]
    candidates = collect_candidates(lines)
    assert sorted(calls) == sorted(set(lines))
    assert candidates["exampledaily"].cues == 6  # every repeated cue still counts
    site = page_site_name(lines)
    assert (site.name, site.line_no) == ("Example Daily", 0)


def test_lines_holding_a_needle_are_counted_once_each():
    joined = site_name._JoinedLines(["abab", "", "xab", "b", "ab"])
    assert joined.lines_with("ab") == 3
    assert joined.lines_with("b") == 4
    assert joined.lines_with("q") == 0
    assert site_name._JoinedLines([""]).lines_with("a") == 0


def test_heads_of_short_lines_are_counted_by_prefix():
    page = site_name._PageText(["Example Daily Shop", "Example Daily Jobs", "Example Daily"])
    assert page.heads_starting(" example daily ") == 2
    assert page.heads_starting(" example ") == 3
    assert page.heads_starting(" daily ") == 0

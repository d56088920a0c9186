"""Small hostile pages must not stall the pipeline: work grows linearly (issue #14).

Where the work is a Python loop, the tests count it (calls, items touched) at two sizes
and require linear growth; no wall clock. Where it is a regular expression (C code with
no step counter), the test runs the input in a child process under a CPU-time limit
(``RLIMIT_CPU``) at a size whose quadratic cost is hours: the fixed code needs
milliseconds, so the limit is far from anything a loaded machine could reach.
The sizes are those that took seconds to minutes before the fix.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analysis.clean import segment
from analysis.stats import readability

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BODY = (
    "The minister said the plan would cut costs for families across the region.\n\n"
    "Officials expect the measure to pass next month after a vote in parliament.\n"
)


def _count_calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _grows_linearly(small: int, large: int, factor: float) -> bool:
    """True when 4x the input took at most about 4x the work (quadratic gives 16x)."""
    return large <= factor * 1.25 * small


@pytest.mark.parametrize("blank_line", ["", "   ", "\t \u00a0"])
def test_blank_line_runs_are_segmented_in_linear_work(monkeypatch, blank_line):
    calls = _count_calls(monkeypatch, segment, "is_blank")
    work = []
    for n_blank in (2_000, 8_000):  # 8,000 blank lines took 8.6 s before the fix
        head, tail = BODY.split("\n\n")
        page = f"A Title Of The Story\n\n{head}\n" + f"{blank_line}\n" * n_blank + tail
        calls[0] = 0
        blocks = segment.segment_page(page, "blank.txt")
        work.append(calls[0])
        blanks = blocks[blocks["field"] == "blank"]
        assert len(blanks) >= n_blank
    assert _grows_linearly(*work, factor=4)


class _CountingTokens(list):
    """A token list that counts the tokens read from it (by slice or iteration)."""

    touched = 0

    def __getitem__(self, index):  # type: ignore[override]
        items = super().__getitem__(index)
        _CountingTokens.touched += len(items) if isinstance(index, slice) else 1
        return items

    def __iter__(self):  # type: ignore[override]
        for item in super().__iter__():
            _CountingTokens.touched += 1
            yield item


def test_leading_words_of_a_punctuation_heavy_body_are_found_in_linear_work():
    work = []
    for n_dashes in (1_000, 4_000):  # 4,000 "-" tokens took 8.4 s before the fix
        tokens = ["word"] * 99 + ["-"] * n_dashes + ["end"]
        _CountingTokens.touched = 0
        assert readability._tokens_holding_words(_CountingTokens(tokens), 100) == len(tokens)
        work.append(_CountingTokens.touched)
    assert _grows_linearly(*work, factor=4)


def _finishes_within_cpu_seconds(code: str, seconds: int) -> subprocess.CompletedProcess:
    def limit_cpu() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))

    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=PROJECT_ROOT,
        preexec_fn=limit_cpu,
        capture_output=True,
        text=True,
        check=False,
    )


#: Bodies that backtracked quadratically (Python expressions, built in the child).
REGEX_BOMBS = {
    "dots": "'.' * 200_000",  # 8,000 dots took 11 s, 100,000 never finished
    "dots-and-quotes": "'.\"' * 100_000 + ' A'",
    "marks-then-closers": "'Word ' + '!?' * 100_000 + ')' * 50_000 + 'x A'",
    "punctuation-tokens": "' '.join(['word'] * 50 + ['-'] * 50_000)",  # 200 KB: 62-112 s
    # not a regex: the hyphenation scan sliced the rest of the word at every position
    # (a Python loop over str slices, which no counter sees); 1 MB took 20 s
    "one-long-word": "'The plan would cut costs. ' * 8 + 'a' * 3_000_000",
}


def test_sentences_and_readability_finish_in_linear_time():
    # One child for every body: importing the statistics costs seconds by itself.
    calls = "\n".join(
        f"text_statistics({body}); print({name!r})" for name, body in REGEX_BOMBS.items()
    )
    done = _finishes_within_cpu_seconds(
        "from analysis.stats.metrics import text_statistics\n" + calls, seconds=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == list(REGEX_BOMBS)


def test_copy_matrix_work_does_not_grow_with_each_copy_pair(monkeypatch):
    """200 outlets carrying one identical story (19,900 pairs) took 259 s in one cell."""
    from itertools import combinations

    import pandas as pd

    from analysis.report.views import copy_matrix

    outlets = [f"Outlet {i:03d}" for i in range(200)]
    pairs = pd.DataFrame(list(combinations(outlets, 2)), columns=["outlet_a", "outlet_b"])
    cell_writes = _count_calls(monkeypatch, pd.core.indexing._LocIndexer, "__setitem__")
    matrix = copy_matrix(pairs, outlets)
    assert cell_writes[0] < 10  # a constant number of frame operations, not one per pair
    assert matrix.shape == (200, 200)
    assert int(matrix.to_numpy().sum()) == 2 * len(pairs)
    assert (matrix.to_numpy().diagonal() == 0).all()


def test_pairing_quote_marks_scans_each_character_once(monkeypatch):
    from analysis.stats.quotes import find_quotes, marks

    scanned = [0]
    original = marks._has_word_break

    def counted(body: str, start: int, end: int) -> bool:
        scanned[0] += max(0, end - start)
        return original(body, start, end)

    monkeypatch.setattr(marks, "_has_word_break", counted)
    work = []
    for n_marks in (2_000, 8_000):  # 6,000 '"' took 0.9 s, 100,000 minutes
        scanned[0] = 0
        find_quotes('"' * n_marks)
        work.append(scanned[0])
    assert work[1] <= 8_000 and _grows_linearly(*work, factor=4)


#: Bodies on which quote detection was quadratic (a line of marks, of quoted words).
QUOTE_BOMBS = {
    "straight-quotes": "'\"' * 100_000",
    "apostrophes": '"\' " * 100_000',
    "quoted-words": "'\"a\" ' * 50_000",  # 40 KB took 10 s
    "dots-and-quotes": "'.\"' * 100_000 + ' A'",
    "curly-openers": "'\\u201c' * 100_000",
}


def test_quote_detection_finishes_in_linear_time():
    calls = "\n".join(f"find_quotes({body}); print({name!r})" for name, body in QUOTE_BOMBS.items())
    done = _finishes_within_cpu_seconds(
        "from analysis.stats.quotes import find_quotes\n" + calls, seconds=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == list(QUOTE_BOMBS)


class _CountingBody(str):
    """A body that counts the characters read from it by indexing and slicing."""

    read = 0

    def __getitem__(self, index):  # type: ignore[override]
        piece = super().__getitem__(index)
        _CountingBody.read += len(piece)
        return piece


def test_quotes_around_words_are_attributed_reading_each_character_a_few_times():
    """A line of quoted words ('"a" ' x 250,000, 1 MB) took 22 s: every quote without
    a speaker sliced its line up to itself (does only whitespace precede it?), and
    every one re-read the colon sentence of the line before."""
    from analysis.stats.quotes import find_quotes

    read = []
    for n_quotes in (2_000, 8_000):
        body = BODY + '"a" ' * n_quotes + "\n"
        _CountingBody.read = 0
        quotes = find_quotes(_CountingBody(body))
        assert len(quotes) == n_quotes
        read.append(_CountingBody.read)
        assert _CountingBody.read <= 10 * len(body)
    assert _grows_linearly(*read, factor=4)


#: Pages of one short line repeated (1 MB of each took 7-20 s to clean).
REPEATED_LINES = ["Ab", "By John Smith", "June 2, 2025", "BREAKING NEWS", "", "  "]


@pytest.mark.parametrize("line", REPEATED_LINES)
def test_a_repeated_line_is_measured_once_per_page(monkeypatch, line):
    from analysis.clean import card_lines
    from analysis.clean.body import features

    kinds = _count_calls(monkeypatch, card_lines, "_early_kind")
    visible = _count_calls(monkeypatch, features, "visible_text")
    blank = _count_calls(monkeypatch, segment, "is_blank")
    measured: list[str] = []  # the lines whose text features are computed
    measure_lines = features._measure_lines

    def counted(lines: list[str], *args: object) -> list[tuple]:
        measured.extend(lines)
        return measure_lines(lines, *args)

    monkeypatch.setattr(features, "_measure_lines", counted)
    for n_lines in (2_000, 8_000):
        page = f"A Title Of The Story\n\n{BODY}\n" + f"{line}\n" * n_lines
        kinds[0] = visible[0] = blank[0] = 0
        measured.clear()
        blocks = segment.segment_page(page, "repeated.txt")
        assert "".join(blocks["text"]) == page
        # each distinct line (the title, the body's, the repeated one, "") once
        distinct = len(set(page.split("\n")))
        assert kinds[0] == distinct
        assert len(measured) <= distinct
        assert blank[0] == distinct
        # stripped once per distinct line: the body detector runs once per page (the
        # listing detector's check of the body outside its cards shares the run)
        assert visible[0] <= distinct


def test_a_page_of_chrome_lines_is_searched_for_a_region_once(monkeypatch):
    """Past a long gap each further chrome line closes a cluster; a cluster without a
    positive weight is not searched (a Kadane pass per line of a page of 333k short
    lines cost seconds)."""
    from analysis.clean.body import regions

    searches = _count_calls(monkeypatch, regions, "_max_sum_run")
    for n_lines in (2_000, 8_000):
        searches[0] = 0
        assert regions.clusters([-3.0] * n_lines) == []
        assert searches[0] == 1  # the final cluster only
        weights = [-3.0] * n_lines + [50.0, 40.0] + [-3.0] * n_lines
        assert regions.clusters(weights) == [(90.0, n_lines, n_lines + 1)]
        assert searches[0] <= 1 + 3


def test_body_lines_are_found_without_a_verdict_per_line(monkeypatch):
    """body_line_indices reads the detector's reasons; only explain_body_lines builds
    a LineVerdict per line (a page of short lines built one per line)."""
    from analysis.clean import body

    verdicts = _count_calls(monkeypatch, body, "LineVerdict")
    lines = ["Ab"] * 4_000 + ["", BODY.split("\n")[0], ""] + ["Ab"] * 4_000
    found = body.body_line_indices(lines)
    assert verdicts[0] == 0
    assert found == [v.index for v in body.explain_body_lines(lines) if v.is_body]
    assert verdicts[0] == len([line for line in lines if line.strip()])


def test_spans_of_a_line_without_a_cue_are_not_searched_for_one(monkeypatch):
    """A line of 250,000 quoted words holds no reporting cue: no span of it runs the
    cue search (which cost a third of quote detection on such a line)."""
    from analysis.stats.quotes import attribution, find_quotes

    searches = _count_calls(monkeypatch, attribution, "_attribute")
    quotes = find_quotes(f"{BODY}\n" + '"a" ' * 5_000)
    assert len(quotes) == 5_000 and not any(q.attributed for q in quotes)
    assert searches[0] == 0
    attributed = find_quotes('"Yes," she said. "No," he said.')
    assert [q.speaker for q in attributed] == ["she", "he"]
    assert searches[0] == 2

"""analysis.table_cache: word tables derived from data files kept between runs, equal to the
built ones; keyed by the sources; a bad file, a read-only folder or a value marshal does
not write no error; NEWSCOMPARE_PATTERN_CACHE=0 builds every table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyphen
import pytest

from analysis.config import CACHE_ENV, CACHE_SWITCH_ENV
from analysis.stats import hyphenation
from analysis.table_cache import cached_table, table_cache_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test, the cache on."""
    found = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(found))
    monkeypatch.delenv(CACHE_SWITCH_ENV, raising=False)
    return found


def _sources(tmp_path: Path, text: str = "ab 1\ncd 2\n") -> list[Path]:
    data = tmp_path / "words.txt"
    data.write_text(text, encoding="utf-8")
    return [data]


def _counting(table: dict) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> dict:
        calls.append(1)
        return dict(table)

    return calls, build


TABLE = {"zeta": (1, (2, 3)), "alpha": 7, "mid": [1, "x"], "ünï": {"a": None}}


def test_a_kept_table_is_read_back_equal_in_its_order(folder: Path, tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    calls, build = _counting(TABLE)
    first = cached_table("words", sources, build)
    again = cached_table("words", sources, build)
    assert calls == [1]  # the second came from the file
    assert first == again == TABLE
    assert list(again) == list(TABLE)  # the dict's order kept
    assert again["zeta"] == (1, (2, 3)) and isinstance(again["zeta"][1], tuple)
    assert table_cache_path("words", sources).is_file()


def test_edited_sources_are_not_read_from_the_old_copy(folder: Path, tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    old_path = table_cache_path("words", sources)
    cached_table("words", sources, lambda: {"old": 1})
    sources[0].write_text("ab 1\ncd 3\n", encoding="utf-8")
    assert table_cache_path("words", sources) != old_path
    assert cached_table("words", sources, lambda: {"new": 1}) == {"new": 1}


def test_a_bad_file_is_ignored_and_written_again(folder: Path, tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    cached_table("words", sources, lambda: dict(TABLE))
    path = table_cache_path("words", sources)
    whole = path.read_bytes()
    for bad in (whole[:-3], whole[:-1] + bytes([whole[-1] ^ 1]), b"", b"not a cache file"):
        path.write_bytes(bad)
        calls, build = _counting(TABLE)
        assert cached_table("words", sources, build) == TABLE
        assert calls == [1]
        assert path.read_bytes() == whole


def test_a_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    monkeypatch.delenv(CACHE_SWITCH_ENV, raising=False)
    sources = _sources(tmp_path)
    calls, build = _counting(TABLE)
    assert cached_table("words", sources, build) == TABLE
    assert cached_table("words", sources, build) == TABLE
    assert calls == [1, 1]


def test_a_value_marshal_does_not_write_is_built_each_time(folder: Path, tmp_path: Path) -> None:
    class Marked(int):
        pass

    sources = _sources(tmp_path)
    calls, build = _counting({"a": Marked(1)})
    assert cached_table("words", sources, build) == {"a": 1}
    assert cached_table("words", sources, build) == {"a": 1}
    assert calls == [1, 1]
    assert not folder.exists() or not any(folder.iterdir())


def test_the_switch_builds_every_table(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_SWITCH_ENV, "0")
    sources = _sources(tmp_path)
    calls, build = _counting(TABLE)
    cached_table("words", sources, build)
    cached_table("words", sources, build)
    assert calls == [1, 1]
    assert not folder.exists()


def test_a_kept_hyphenation_dictionary_equals_the_parsed_one(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(pyphen.LANGUAGES[pyphen.language_fallback("nl")])
    parsed = hyphenation.read_patterns(path)
    assert hyphenation._cached_patterns(path) == parsed  # built, then written
    monkeypatch.setattr(hyphenation, "read_patterns", lambda path: pytest.fail("parsed again"))
    kept = hyphenation._cached_patterns(path)
    assert kept == parsed and list(kept) == list(parsed)


def test_a_second_process_reads_the_syllables_and_patterns_from_the_folder(
    folder: Path,
) -> None:
    """Two processes import readability and load every Flesch language's dictionary: the
    first builds and writes the tables, the second parses no dictionary and holds the
    same tables."""
    script = (
        "import json, sys, pyphen\n"
        "from analysis.stats import hyphenation\n"
        "calls = []\n"
        "if sys.argv[1] == 'refuse':\n"
        "    hyphenation.read_patterns = lambda path: calls.append(str(path))\n"
        "from analysis.stats import readability\n"
        "from analysis.stats.language import load_hyphenation\n"
        "load_hyphenation()\n"
        "tables = {str(p): sorted(d.patterns.items()) for p, d in pyphen.hdcache.items()}\n"
        "print(json.dumps([calls, len(readability._CMU_SYLLABLES),"
        " readability._CMU_SYLLABLES == readability.cmudict_syllables(), tables]))\n"
    )
    environment = {**os.environ, CACHE_ENV: str(folder), "PYTHONPATH": str(ROOT)}
    environment.pop(CACHE_SWITCH_ENV, None)
    runs = []
    for how in ("build", "refuse"):
        done = subprocess.run(
            [sys.executable, "-c", script, how],
            env=environment,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    (_, built_words, built_equal, built), (calls, kept_words, kept_equal, kept) = runs
    assert calls == []  # no dictionary parsed in the second process
    assert built_equal and kept_equal and built_words == kept_words > 100_000
    assert len(kept) == 7  # en_US (readability) and the six Flesch languages
    assert kept == built
    assert any(name.startswith("cmudict-syllables") for name in os.listdir(folder))

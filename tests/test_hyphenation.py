"""Pyphen's dictionaries read by analysis.stats.hyphenation: the same patterns as Pyphen's."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest

from analysis.stats import hyphenation, language
from analysis.stats.hyphenation import load_dictionary, read_patterns


def _same_patterns(found: dict, expected: dict) -> bool:
    """Equal, in the same order, with the same value types (and nonstandard data)."""
    return (
        found == expected
        and list(found) == list(expected)
        and all(
            type(mine) is type(theirs)
            and getattr(mine, "data", None) == getattr(theirs, "data", None)
            for key, (_, values) in expected.items()
            for mine, theirs in zip(found[key][1], values, strict=True)
        )
    )


@pytest.mark.parametrize("path", sorted(set(pyphen.LANGUAGES.values())), ids=lambda path: path.name)
def test_every_shipped_dictionary_reads_as_pyphen_reads_it(path: Path) -> None:
    assert _same_patterns(read_patterns(path), pyphen.HyphDict(path).patterns)


_MADE_UP_LINES = [
    "LEFTHYPHENMIN 2",
    "% a comment",
    "# another",
    ".ab1c",
    "1ba",
    "ab2",
    "a1b2c3d4",
    "zz0",  # only zeros: no pattern
    "x00y",  # two digits in a row
    "q12r",
    "^^e9t1e",  # an escaped character
    "ff1f/ff=f,1,2",  # a nonstandard hyphenation
    "a/b1",  # a slash without "="
    "é1ta",
    "ж1ы",  # outside Latin-1
    "  sp1ace\t",
    "",
    ".ab3c",  # the same tags again: the later values win, the first place kept
    "9",
]


@pytest.mark.parametrize("encoding", ["UTF-8", "ISO8859-1", "cp1251"])
def test_made_up_dictionaries_read_as_pyphen_reads_them(tmp_path: Path, encoding: str) -> None:
    lines = [
        line for line in _MADE_UP_LINES if line.encode(encoding, "ignore").decode(encoding) == line
    ]
    path = tmp_path / "hyph_xx.dic"
    path.write_bytes("\n".join([encoding, *lines]).encode(encoding))
    expected = pyphen.HyphDict(path).patterns
    assert len(expected) >= 10
    assert _same_patterns(read_patterns(path), expected)


def test_a_digit_outside_ascii_sends_the_file_to_pyphens_steps(tmp_path: Path) -> None:
    path = tmp_path / "hyph_xx.dic"
    path.write_text("UTF-8\na\u0661b\nc2d\n.e1f\n", encoding="utf-8")  # ARABIC-INDIC ONE
    expected = pyphen.HyphDict(path).patterns
    assert expected["ab"] == (1, (1,))
    assert _same_patterns(read_patterns(path), expected)


@pytest.fixture
def no_dictionary_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pyphen holds no dictionary, and Pyphen's own parser is refused."""
    from textstat.backend.utils import get_pyphen

    monkeypatch.setattr(pyphen, "hdcache", {})
    monkeypatch.setattr(hyphenation, "_loaded", set())

    def refused(self: object, path: Path) -> None:
        raise AssertionError(f"Pyphen parsed {path}")

    monkeypatch.setattr(pyphen.HyphDict, "__init__", refused)
    get_pyphen.cache_clear()
    yield
    get_pyphen.cache_clear()


def test_a_loaded_dictionary_is_the_one_pyphen_uses(no_dictionary_loaded: None) -> None:
    load_dictionary("nl")
    path = pyphen.LANGUAGES[pyphen.language_fallback("nl")]
    assert pyphen.hdcache[path].patterns == read_patterns(path)
    words = ["lettergrepen", "afbreekpatronen", "woordafbreking", "a", ""]
    found = [pyphen.Pyphen(lang="nl").positions(word) for word in words]
    assert found[0] == [3, 6, 9]  # Pyphen's own example
    assert all(isinstance(point, int) for points in found for point in points)


def test_load_hyphenation_loads_every_flesch_language(no_dictionary_loaded: None) -> None:
    language.load_hyphenation()
    assert {
        pyphen.LANGUAGES[pyphen.language_fallback(code)] for code in language.FLESCH_LANGUAGES
    } <= set(pyphen.hdcache)


def test_a_german_body_is_scored_without_pyphens_parser(no_dictionary_loaded: None) -> None:
    body = (
        "Die Stadtverwaltung hat am Montag die neuen Regeln für den Verkehr in der "
        "Innenstadt vorgestellt. Nach Angaben der Behörde sollen die Straßenbahnen "
        "künftig häufiger fahren, und die Parkgebühren werden im Frühjahr erhöht. "
        "Viele Anwohner begrüßten die Entscheidung, andere kritisierten die Kosten."
    )
    statistics = language.language_statistics(body)
    assert statistics["language"] == "de"
    assert 0 < statistics["flesch_reading_ease"] < 100

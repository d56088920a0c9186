"""The languages' words for a news outlet's name: one table, each rule's view of it."""

from __future__ import annotations

from collections import Counter

import pytest

from analysis.clean.newspaper_words import (
    ALSO_NAME_NOUNS,
    BROADCAST_WORDS,
    CARD_WORDS,
    CLOSING_WORDS,
    NAME_NOUN_LANGUAGES,
    NAME_NOUNS,
    NOT_CARD_WORDS,
    NOT_NAME_NOUNS,
    NOT_PLAIN_NAME_NOUNS,
    OPENING_WORDS,
    PLAIN_NAME_NOUNS,
    SENSES,
    TABLE,
    holds_a_name_noun,
    holds_name_word,
    holds_newspaper_word,
    names_a_newspaper,
)


def test_each_word_is_defined_once_in_a_sense_it_names():
    assert not [word for word, n in Counter(row.word for row in TABLE).items() if n > 1]
    assert {row.sense for row in TABLE} == set(SENSES)
    assert all(row.how in ("word", "opens", "closes", "starts") or row.stem for row in TABLE)
    assert all(row.word.startswith(row.stem) for row in TABLE if row.stem)  # read whole too


@pytest.mark.parametrize(
    ("word", "title_case", "plain"),
    [
        ("gazette", True, False),  # newspaper, English: no plain noun
        ("zeitung", True, True),  # newspaper, German
        ("tagblatt", True, True),  # daily
        ("herald", True, False),  # herald, English
        ("vjesnik", False, True),  # herald, Croatian: not a title-case language's
        ("dnevnik", False, True),  # daily, Serbian and Croatian
        ("times", True, False),  # title noun: not the plain rule's sense
        ("news", False, False),  # news
        ("новини", False, False),  # news, Ukrainian and Bulgarian: never a plain noun
        ("weekly", False, False),  # periodical
        ("radio", False, False),  # broadcast
        ("agency", False, False),  # agency
    ],
)
def test_each_rule_reads_the_senses_and_languages_it_needs(word, title_case, plain):
    assert (word in NAME_NOUNS) is title_case
    assert (word in PLAIN_NAME_NOUNS) is plain


def test_the_disagreements_kept_are_words_the_rules_would_read_otherwise():
    by_word = {row.word: row for row in TABLE}
    for word in NOT_NAME_NOUNS:
        row = by_word[word]
        assert row.sense in ("newspaper", "daily", "herald", "title")
        assert not row.languages.isdisjoint(NAME_NOUN_LANGUAGES)
    assert all(
        by_word[word].sense in ("newspaper", "daily", "herald") for word in NOT_PLAIN_NAME_NOUNS
    )
    assert ALSO_NAME_NOUNS <= NAME_NOUNS and by_word["nachrichten"].sense == "news"


def test_the_place_rows_are_read_first_or_last():
    assert "روزنامہ" in OPENING_WORDS and "新報" in CLOSING_WORDS
    assert names_a_newspaper("روزنامہ مثال") and names_a_newspaper("北浜新報")
    assert not names_a_newspaper("新報")  # the word alone


@pytest.mark.parametrize(
    ("name", "holds"),
    [
        ("Körfez Postası", True),  # a stem ("post") opens the word
        ("Gazety Nadmorskiej", True),  # "gazet"
        ("Báo Sông Trà", True),  # a short word read whole
        ("Tino Báez", False),  # ... and only whole
        ("Ivan Globe", True),  # a title-case noun, any sense: read whole
        ("Ivan Globetrotter", False),
        ("Marta Glas", True),  # a plain rule's noun (Croatian "voice")
        ("Marta Glasnović", False),
        ("Шығыс Хабары", True),  # Kazakh "news" (also Tajik, Uzbek), by its stem
        ("Ерлан Хабиев", False),
    ],
)
def test_the_cards_rule_reads_every_sense_stems_as_a_words_start(name, holds):
    assert holds_newspaper_word(name) is holds
    assert "post" in CARD_WORDS.stems and "báo" in CARD_WORDS.whole


def test_the_matcher_reads_words_case_folded_whole_or_by_a_stem():
    assert holds_name_word("The Example GAZETTE", NAME_NOUNS, fewest=2)
    assert not holds_name_word("Gazette", NAME_NOUNS, fewest=2)  # a section's label as often
    assert holds_name_word("Example Gazette.", NAME_NOUNS)  # marks stripped
    assert holds_name_word("Kurier Nadrzeczny", frozenset(), ("kur",))
    assert not holds_name_word("Akurier", frozenset(), ("kur",))
    assert holds_a_name_noun("Beispieler Anzeiger") and not holds_a_name_noun("Anzeiger")


def test_a_broadcasters_domain_reads_the_english_broadcast_words_the_cards_not_am():
    assert {"tv", "fm", "am", "radio", "television"} == BROADCAST_WORDS
    assert "rádio" not in BROADCAST_WORDS  # Portuguese: the cards' stem only
    assert "am" in NOT_CARD_WORDS
    assert not holds_newspaper_word("Ute Am")
    assert holds_newspaper_word("Kerrow FM")


def test_a_greek_word_ending_in_final_sigma_is_read_as_the_names_words_are():
    # the table's "ειδήσεις" (news) never matched: a name's words are case-folded and a
    # final "ς" folds to "σ", the table's stem was not
    assert holds_newspaper_word("Ειδήσεις Αιγαίου")
    assert not holds_newspaper_word("Μαρία Παπαδοπούλου")

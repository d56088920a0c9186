"""Speakers that name nobody are dropped, not listed (issue #15: quoted speakers).

Each case is a shape seen on real news corpora (../shared/corpora) that used to give a
wrong speaker: a link label, a sentence connective, a verb of the predicate, a dateline,
a noun cue after a quantifier. The sentences are written for these tests. Better no
speaker (the quote stays attributed) than a wrong one.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.report.views import speaker_counts
from analysis.stats.outlets import format_top_speakers
from analysis.stats.quotes import find_quotes, is_pronoun, speaker_groups
from analysis.stats.quotes.speaker_groups import speaker_key


def _only_quote(body: str):
    quotes = find_quotes(body)
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a verb of the predicate after an adjunct: "went on record saying"
        (
            "A fire chief in Dover, Maine, went on record saying residents should "
            '"stay indoors tonight and keep the roads clear."',
            "A fire chief",
        ),
        # a word after an auxiliary belongs to the predicate: "have long claimed"
        ('Critics have long claimed that the plan is "a giveaway to insurers."', "Critics"),
        ('Lee will stop saying "happy holidays to all of you" this year.', "Lee"),
        # an adverb between subject and cue: "Lee earlier said"
        ('In a long morning of posts, Lee earlier said that "I never asked him to go."', "Lee"),
        ('I am asking every member of this council to "vote for the new bridge."', "I"),
        # an irregular participle before a participle cue: "is heard saying"
        ('Lee is heard saying "pay the man in cash" on the tape.', "Lee"),
        # a dateline before the subject of the clause
        (
            'DOVER, Del. - Ana Ruiz stepped up her campaign on Friday, saying "the state '
            'deserves far better than this."',
            "Ana Ruiz",
        ),
        # after a quantifier a verb is still a cue
        ('Many say the new tax is "a burden on every family in town."', "Many"),
        # a cue used as a noun after a verb: the verb's subject speaks
        ('After the talks broke down, Xi renewed calls for "self-reliance in all things."', "Xi"),
        ('Still, Lee lavished praise on Roe, calling her "a fantastic person."', "Lee"),
        # a party and state set off by commas is no name
        ('"We will not vote for it," Ann Roe, Republican of Nebraska, said.', "Ann Roe"),
        # a participle after a determiner is an adjective, not a verb
        ('The embattled senator said "we will not go quietly."', "The embattled senator"),
        # a time stamp before the name
        ('UPDATE 10:57 A.M. Roe said "we will hear from him again."', "Roe"),
        # capitals are an acronym, not a function word
        ('The US said "the risk is high for everyone."', "The US"),
        ('WHO said "the risk is high for everyone."', "WHO"),
        # a time expression after an inverted cue is no speaker
        (
            'Roe, who leads the panel, said Friday that the ruling was "a good day for all."',
            "Roe",
        ),
        # a role's appositive name after "the" and a title's abbreviation
        ('The vicar, the Rev. Ann Lee, said in a letter: "We forgive him."', "the Rev. Ann Lee"),
        # an appositive of capitalised words after "the" is still a role
        ('Roe, the Party Chair, said "we will win the seat back."', "Roe"),
    ],
)
def test_speaker_of_shapes_seen_on_corpora(body: str, speaker: str | None) -> None:
    quote = _only_quote(body)
    assert quote.attributed
    assert quote.speaker == speaker


def test_link_label_is_no_speaker() -> None:
    # a capitalised link label left by a page's hover card ("MORE") before an appositive
    body = (
        "Ann Roe Ann Roe Senate panel opens hearing MORE, the senator's lawyer, said in "
        'a statement. "We will appeal the ruling."'
    )
    quote = _only_quote(body)
    assert quote.attributed
    assert quote.speaker != "MORE"


def test_sentence_connective_is_no_speaker() -> None:
    # a quotation whose marks went astray: the clause before the stray mark opens with
    # a connective, which is no speaker
    body = (
        "“The judges would have to overlook it. Furthermore, the agency can’t very well "
        "admit its aim because it would have to tell the courts… “Lee also says he is "
        "weighing an order to add the question.” Ann Roe, The Weekly"
    )
    speakers = [q.speaker for q in find_quotes(body)]
    assert speakers
    assert "Furthermore" not in speakers


def test_plural_noun_after_quantifier_is_no_cue() -> None:
    # "Many tweets used ...": "tweets" is a noun here, not a verb of saying
    quote = _only_quote('Many tweets used the slogan "Bring them all home" on Sunday.')
    assert quote.speaker is None
    assert not quote.attributed


def test_link_label_inside_a_phrase_is_no_speaker() -> None:
    body = 'Ann Roe jabs at Lee MORE (R-Tenn.), who is retiring, said "it is over now."'
    assert _only_quote(body).speaker == "Ann Roe"


@pytest.mark.parametrize("word", ["Some", "others", "Many", "one", "Another", "someone", "Eight"])
def test_indefinite_pronouns_name_nobody(word: str) -> None:
    assert is_pronoun(word)


def test_other_languages_pronouns_stay_out_of_top_speakers() -> None:
    # "..., sagte sie." leaves "sie" as the speaker: a German pronoun names nobody either
    speakers = pd.Series(["sie", "Sie", "ella", "он", "Ana Ruiz"])
    assert format_top_speakers(speakers) == "Ana Ruiz (1)"


def test_indefinite_pronouns_stay_out_of_top_speakers() -> None:
    speakers = pd.Series(["Some", "Some", "Some", "Others", "Ana Ruiz", "one"])
    assert format_top_speakers(speakers) == "Ana Ruiz (1)"


@pytest.mark.parametrize("name", ["Kelly", "Long", "Fox", "Moore", "Early"])
def test_surnames_that_look_like_words_stay(name: str) -> None:
    assert _only_quote(f'"We will keep going," {name} said.').speaker == name


def test_printed_forms_of_one_person_count_together() -> None:
    speakers = pd.Series(["Trump", "Mr. Trump", "President Trump", "Donald Trump", "Lee"])
    assert format_top_speakers(speakers) == "Donald Trump (4); Lee (1)"
    groups = speaker_groups(["Sen. Ann Lee", "Lee", "Ms. Lee", "the ministry", "The ministry"])
    assert groups["Sen. Ann Lee"] == groups["Lee"] == groups["Ms. Lee"]
    assert groups["the ministry"] == groups["The ministry"] != groups["Lee"]


def test_names_printed_with_and_without_accents_count_together() -> None:
    speakers = pd.Series(["Ola Brekke", "Óla Brékke", "Brekke", "Ana Núñez", "Ana Nunez"])
    assert format_top_speakers(speakers) == "Ola Brekke (3); Ana Nunez (2)"
    assert speaker_key("Ana Núñez") == speaker_key("ana nunez")
    assert speaker_key("ज़ैद") != speaker_key("जैद")  # a nukta is no accent
    # a particle is the surname's, not a first name: two people of one surname
    groups = speaker_groups(["Kevin de León", "Jason De Leon", "De Leon"])
    assert len({groups["Kevin de León"], groups["Jason De Leon"], groups["De Leon"]}) == 3


def test_a_surname_shared_by_two_people_is_not_merged() -> None:
    speakers = pd.Series(["Donald Trump", "Ivanka Trump", "Trump", "Trump", "Mr. Trump"])
    assert format_top_speakers(speakers) == "Trump (3); Donald Trump (1); Ivanka Trump (1)"
    groups = speaker_groups(["North Korea", "South Korea"])
    assert groups["North Korea"] != groups["South Korea"]


def test_report_speaker_table_counts_one_person_once() -> None:
    quotes = pd.DataFrame(
        {
            "outlet": ["x"] * 4,
            "article_id": ["a", "a", "b", "b"],
            "quote_index": [0, 1, 0, 1],
            "attributed": [True] * 4,
            "is_scare": [False] * 4,
            "speaker": ["Mr. Lee", "Lee", "Ann Lee", "Some"],
            "n_words": [5, 6, 7, 8],
        }
    )
    table = speaker_counts(quotes, "x").data
    assert table["speaker"].tolist() == ["Ann Lee"]
    assert table["quotes (count)"].tolist() == [3]
    assert table["quoted words (count)"].tolist() == [18]

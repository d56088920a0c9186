"""English cues of rulings and borrowed words ("ruled that", "in the words of") and
four-word lower-case titles before a name after "said", made-up sentences."""

import pytest

from analysis.stats.quotes import find_quotes


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Judge Ann Lowe ruled that the notices were "defective on their face" in law.',
         "Judge Ann Lowe"),
        ('The tribunal rules that the fee is "unlawful and must be repaid" to tenants.',
         "The tribunal"),
        ('In the words of the tenants\' solicitor, Fiona Leckie, the ruling was "a line in '
         'the sand for every tenant".', "Fiona Leckie"),
        ('The ruling, in the words of Fiona Leckie, was "a line in the sand for every '
         'tenant".', "Fiona Leckie"),
        ('"Our crews are doing everything they can," said ambulance service chief executive '
         "Helen Marsh.", "ambulance service chief executive Helen Marsh"),
    ],
)  # fmt: skip
def test_ruling_words_and_long_titles_name_the_speaker(body, speaker):
    (quote,) = find_quotes(body, None)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        'He ruled out a "snap election" this year.',
        'He used the words of a "very old song about the sea" in the speech.',
    ],
)
def test_ruled_out_and_words_of_alone_are_no_cue(body):
    (quote,) = find_quotes(body, None)
    assert not quote.attributed

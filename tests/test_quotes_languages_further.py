"""Attribution and speakers in the languages of analysis/stats/quotes/languages_further.py
(Somali, Igbo, Malagasy, Burmese) and the agent markers of Punjabi and Somali, made-up
sentences."""

import pytest

from analysis.stats.quotes import find_quotes


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # Somali: the focus marker after the subject, the verb after the quote's colon
        ("so", 'Injineer Cali Nuur ayaa yiri: "Buundada waxaa la furi doonaa bisha Maajo."',
         "Injineer Cali Nuur"),
        # ... with the subject pronoun joined to it after the quote
        ("so", '"Buundada waxaa la furi doonaa bisha Maajo," ayuu yiri Cali Nuur.', "Cali Nuur"),
        # ... a relative clause after the name ("oo ku nool", who lives in)
        ("so", 'Faadumo Xasan oo ku nool degmada Hodan ayaa tiri: "Waddadu waa xiran tahay."',
         "Faadumo Xasan"),
        # ... and a statement between the focus marker and the verb
        ("so", 'Wasaaradda Gaadiidka ayaa qoraal ay soo saartay ku sheegtay in "buundada la '
         'furi doono bisha Maajo".', "Wasaaradda Gaadiidka"),
        # Igbo: "kwuru na" (said that) and the quotative "ka … kwuru" after the quote
        ("ig", 'Injinia Emeka Obi kwuru na "a ga-emeghe akwa mmiri ahụ na Mee".',
         "Injinia Emeka Obi"),
        ("ig", '"A ga-emeghe akwa mmiri ahụ na Mee," ka Emeka Obi kwuru.', "Emeka Obi"),
        # Malagasy: "hoy" and the speaker after it, an article opening a role
        ("mg", '"Hovohana amin\'ny volana mey ny tetezana," hoy Andriamatoa Rabe Solo.',
         "Andriamatoa Rabe Solo"),
        ("mg", '"Hovohana amin\'ny volana mey ny tetezana," hoy ny injeniera.', "ny injeniera"),
        # Punjabi: whatever stands between "ਨੇ" and the verb ("on the phone")
        ("pa", "ਇੰਜੀਨੀਅਰ ਰਾਜ ਸਿੰਘ ਨੇ ਫ਼ੋਨ 'ਤੇ ਦੱਸਿਆ, \"ਪੁਲ ਮਈ ਵਿੱਚ ਖੁੱਲ੍ਹੇਗਾ।\"",
         "ਇੰਜੀਨੀਅਰ ਰਾਜ ਸਿੰਘ"),
    ],
)  # fmt: skip
def test_speaker_in_the_further_languages(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


def test_burmese_quotative_attributes_the_quote():
    body = 'အင်ဂျင်နီယာ ဦးမောင်မောင်က "တံတားကို မေလမှာ ဖွင့်မယ်" ဟု ပြောကြားသည်။'
    (quote,) = find_quotes(body, "my")
    assert quote.attributed

"""Tests for analysis.stats.quotes: the spec cases, one synthetic case per rule, the seed rule."""

from __future__ import annotations

import bisect
import json
import math
import random

import pytest
from benchmark_modules import load_benchmark
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.config import RAW_DIR, SHARED_DIR
from analysis.stats.quotes import (
    Quote,
    find_quotes,
    holds_direct_quote,
    quote_shares,
    quote_word_counts,
    reported_source,
)
from analysis.text import count_words

SPEC_CASES = SHARED_DIR / "benchmarks" / "quotes" / "spec_cases.json"
NEWLINES = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def _spec_cases() -> list:
    if not SPEC_CASES.is_file():
        return [pytest.param(None, id="spec_cases.json absent")]
    cases = json.loads(SPEC_CASES.read_text(encoding="utf-8"))
    return [pytest.param(case, id=case["name"]) for case in cases]


def spans(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def scare(text: str) -> list[str]:
    return [q.text for q in find_quotes(text) if q.is_scare]


# --------------------------------------------------------------------- spec cases


@pytest.mark.parametrize("case", _spec_cases())
def test_spec_case(case: dict | None) -> None:
    if case is None:
        pytest.skip(f"{SPEC_CASES} not present")
    quotes = find_quotes(case["text"])
    assert [q.text for q in quotes] == case["expected_spans"]
    assert [q.text for q in quotes if q.is_scare] == case["expected_scare"]


# ------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said “we will win” today.", ["we will win"]),
        ('She said "we will win" today.', ["we will win"]),
        ("She said ''we will win'' today.", ["we will win"]),
        ("She said «we will win» today.", ["we will win"]),
        ("Elle a dit « nous allons gagner » hier.", ["nous allons gagner"]),
        ("Elle a dit «\u00a0nous allons gagner\u00a0» hier.", ["nous allons gagner"]),
        ("Elle a dit «\u202fnous allons gagner\u202f», hier.", ["nous allons gagner"]),
        (
            "»Wir mussten handeln« sagte sie. »Der Hafen wartet« fügte sie hinzu.",
            ["Wir mussten handeln", "Der Hafen wartet"],
        ),
        (
            "»Wir mussten handeln«, sagte sie, »der Hafen wartet«.",
            ["Wir mussten handeln", "der Hafen wartet"],
        ),
        # German »…« closing after the quotation's own punctuation, then a space
        ("»Wir mussten handeln.« Sie ging.", ["Wir mussten handeln."]),
        ("Sie sagte: »Wir mussten handeln.« Dann ging sie.", ["Wir mussten handeln."]),
        ("»Wir mussten handeln,« sagte sie.", ["Wir mussten handeln,"]),
        ("»Wir mussten handeln!« Sie ging.", ["Wir mussten handeln!"]),
        ("La maire : « Nous devions agir. » Puis elle partit.", ["Nous devions agir."]),
        ("(« Nous devions agir », dit-elle.)", ["Nous devions agir"]),
        ("She said ‘we will win’ today.", ["we will win"]),
        ("She said 'we will win' today.", ["we will win"]),
    ],
)
def test_every_mark_style_delimits_a_span(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing mark followed directly by Chinese text (no space in that script)
        ("“渡轮必须准时，”站长说。“乘客不能再等了。”", ["渡轮必须准时，", "乘客不能再等了。"]),
        ("“渡轮必须准时”站长说“乘客不能再等”", ["渡轮必须准时", "乘客不能再等"]),
        ('"渡轮必须准时"站长说"乘客不能再等"', ["渡轮必须准时", "乘客不能再等"]),
        ("“渡轮”和“火车”", ["渡轮", "火车"]),
        ("“渡轮”，“火车”", ["渡轮", "火车"]),
        # Japanese corner brackets, also between two letters
        ("「船は遅れない」と駅長は言った。「客は待てない」。", ["船は遅れない", "客は待てない"]),
        ("駅長は『客は待てない』と言った。", ["客は待てない"]),
        ("「駅長は『客は待てない』と言った」と書いた。", ["駅長は『客は待てない』と言った"]),
    ],
)
def test_chinese_and_japanese_quotations(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hebrew gershayim as quotation marks
        ("״הגשר ייפתח במאי״, אמר ראש המועצה.", ["הגשר ייפתח במאי"]),
        # an acronym's gershayim between two Hebrew letters is no mark
        ('יו"ר הוועד אמר: "נתחיל מחר". ארה"ב ו-צה"ל הגיבו.', ["נתחיל מחר"]),
        ("מנכ״ל החברה אמר: ״נתחיל מחר״, ויו״ר הוועד הסכים.", ["נתחיל מחר"]),
    ],
)
def test_hebrew_marks_and_acronyms(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_span_still_never_opens_in_the_latin_word_where_one_closed() -> None:
    assert spans('He said "ferry""train" twice.') == ["ferry"]


def test_single_marks_are_not_primary_when_the_body_has_double_marks() -> None:
    text = "He called it 'a hoax' on Monday.\n\n“We are done here,” she said."
    assert spans(text) == ["We are done here,"]


def test_single_marks_are_primary_without_double_marks() -> None:
    text = "He called it 'a hoax' on Monday.\n\n'We are done here,' she said."
    assert spans(text) == ["a hoax", "We are done here,"]


def test_stray_double_mark_does_not_block_single_marks() -> None:
    # an inch mark pairs into no double span, so the single marks stay primary
    text = "The 12\" screen was 'a disgrace,' the buyer said."
    assert spans(text) == ["a disgrace,"]


def test_a_quotation_going_on_over_paragraphs_may_open_mid_line() -> None:
    text = (
        '"It came at night," Ada Fox said. "We ran to the roof.\n\n'
        '"By dawn the street was gone."\n\n'
        'The river rose "fast and brown\n\n"as never before," a neighbour said.'
    )
    quotes = find_quotes(text)
    assert [q.text for q in quotes[:3]] == [
        "It came at night,",
        "We ran to the roof.",
        "By dawn the street was gone.",
    ]
    assert [q.speaker for q in quotes[:3]] == ["Ada Fox"] * 3
    # an unclosed mark in mid-sentence stays stray, whatever the next line opens with
    assert "fast and brown" not in [q.text for q in quotes]


def test_single_marks_are_primary_when_every_double_span_lies_inside_one() -> None:
    # British style: single marks outside, double marks for the quote in the quote
    text = (
        "‘The survey said “unsafe” twice,’ the warden said.\n\n"
        "‘We were told to wait,’ a tenant added. Another called it ‘a farce’."
    )
    assert spans(text) == [
        "The survey said “unsafe” twice,",
        "We were told to wait,",
        "a farce",
    ]
    # a double span outside every single one keeps the double marks primary
    assert spans("‘Fine,’ he said.\n\n“No,” she said.") == ["No,"]


def test_nested_single_span_is_part_of_the_outer_span() -> None:
    text = "“He told me ‘never again’ and left,” she said."
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["He told me ‘never again’ and left,"]
    assert quote_word_counts(quotes) == (7, 7)


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        # the inner quotation in the language's other double style: « „…“ », « “…” »,
        # „ «…» ”, „ »…« “ (made-up sentences)
        ("«Они называют это „кризисом“, но выбора не было», — сказала мэр.", "Они называют"),
        ("«„Кризис“ — это их слово, выбора не было», — сказала мэр.", "„Кризис“ — это"),
        ("« Ils parlent d'une “crise”, mais nous n'avions pas le choix », a-t-elle dit.", "Ils"),
        ("„Nazywają to «kryzysem», ale nie mieliśmy wyboru” – powiedziała.", "Nazywają"),
        ("„Sie nennen es eine »Krise«, aber wir hatten keine Wahl“, sagte sie.", "Sie nennen"),
    ],
    ids=["ru", "ru-inner-first", "fr", "pl", "de"],
)
def test_a_quotation_nested_in_another_double_style_is_part_of_the_outer_span(
    text: str, outer: str
) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith(outer)
    quoted, _ = quote_word_counts(quotes)
    assert quoted >= 6


def test_a_quotation_holding_two_nested_ones_is_one_span() -> None:
    text = "«„Газпром“ и „Роснефть“ не платят налоги уже три года», — сказал депутат."
    assert spans(text) == ["„Газпром“ и „Роснефть“ не платят налоги уже три года"]


def test_a_quotation_running_on_over_paragraphs_keeps_its_nested_one() -> None:
    # the outer span opens its line and closes in a later paragraph
    text = "«Они называют это „кризисом“, но выбора у нас не было.\n\n«Мы начали работу»."
    assert spans(text)[0] == "Они называют это „кризисом“, но выбора у нас не было."


def test_an_opening_mark_of_the_same_style_is_still_stray() -> None:
    # an unclosed quotation ran on: the later opening mark of the same style starts it
    text = "He said “we are ready and then “we are done here,” she said."
    assert spans(text) == ["we are done here,"]


def test_a_paragraph_wrapped_in_straight_marks_keeps_its_typographic_quotation() -> None:
    # a copy's wrapping around the paragraph, not a quotation holding the speaker's words
    text = '"“We are ready,” the mayor said on Tuesday before the vote."'
    assert spans(text) == ["We are ready,"]


def test_another_style_that_never_closes_inside_the_span_is_still_stray() -> None:
    # „ opens inside the « » span but nothing of its style closes before »: no nesting
    text = "«Sie sagte „nein» und ging."
    assert len(find_quotes(text)) == 1
    assert find_quotes(text)[0].text == "nein"


# -------------------------------------------------------------------- apostrophes


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's envoy said 'we are ready' after Pyongyang’s reply.",
        "Fans of rock 'n' roll said 'we are ready' on Monday.",
        "Since the '90s the envoy said 'we are ready' on Monday.",
        "The ‘90s fans said ‘we are ready’ on Monday.",
        "The allies' envoys said 'we are ready' on Monday.",
        "The envoy said 'we are ready' to the others' delight.",
    ],
)
def test_apostrophes_never_open_or_close(text: str) -> None:
    assert spans(text) == ["we are ready"]


def test_plural_possessive_closes_when_nothing_else_can() -> None:
    text = "It is a 'legitimate exercise of sovereign rights' of both countries, it said."
    assert spans(text) == ["legitimate exercise of sovereign rights"]


def test_plural_possessive_inside_span_is_skipped_for_a_later_closer() -> None:
    text = "'The voters' anger and the donors' money matter,' he said."
    assert spans(text) == ["The voters' anger and the donors' money matter,"]


def test_markup_attribute_is_not_a_quote() -> None:
    assert spans('<tweet id="123" author="@someone">hello</tweet>') == []


# --------------------------------------------------------------------- paragraphs


@pytest.mark.parametrize("newline", ["\n\n", "\n", "\r\n", "\u2029"])
def test_a_quote_never_crosses_a_line_break(newline: str) -> None:
    text = f'He said "we will{newline}win" today.'
    assert spans(text) == []


def test_unclosed_mark_that_opens_a_paragraph_runs_to_its_end() -> None:
    text = "“The first part of it.\n\n“The second part of it,” she said."
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["The first part of it.", "The second part of it,"]
    assert [q.paragraph for q in quotes] == [0, 1]
    assert [q.close_mark for q in quotes] == ["", "”"]
    # the run-on paragraph takes the attribution of its continuation
    assert [q.speaker for q in quotes] == ["she", "she"]


def test_unclosed_mark_inside_a_paragraph_is_stray() -> None:
    assert spans("He hesitated and said “maybe we should go. Nobody moved.") == []


def test_extra_opening_mark_makes_the_first_one_stray() -> None:
    text = "The word “alpha went missing, and he said “we will win” later."
    assert spans(text) == ["we will win"]


def test_paragraph_index_counts_blank_line_separated_paragraphs() -> None:
    text = (
        "Intro line.\nSecond line said “one two three four”.\n\n\n"
        "Then “five six seven eight” she said."
    )
    assert [q.paragraph for q in find_quotes(text)] == [0, 1]


# ---------------------------------------------------------------- scare quotes


def test_unattributed_short_span_is_a_scare_quote() -> None:
    text = "The so-called “experts” were wrong again."
    quotes = find_quotes(text)
    assert [(q.is_scare, q.attributed) for q in quotes] == [(True, False)]


def test_a_so_called_term_is_no_ones_words_in_a_sentence_with_a_verb_of_saying() -> None:
    # h293: "the so-called "fair fee" plan" after "She said" was attributed to "She"
    text = "She said the so-called “toll relief” scheme would cost the port £2m."
    text += ' Critics of the so called "quiet hours" rule told the board it was unfair.'
    quotes = find_quotes(text)
    assert [(q.text, q.attributed, q.is_scare) for q in quotes] == [
        ("toll relief", False, True),
        ("quiet hours", False, True),
    ]
    # a quotation after "called" (a verb of naming with its object) is still attributed
    (quote,) = find_quotes("The mayor called the plan “a costly mistake for the town”.")
    assert quote.attributed


def test_unattributed_long_span_is_counted() -> None:
    text = "The banner showed “four words are here” in red."
    quotes = find_quotes(text)
    assert [(q.n_words, q.is_scare, q.attributed) for q in quotes] == [(4, False, False)]


def test_reporting_verb_inside_the_quote_does_not_attribute() -> None:
    quotes = find_quotes("The “experts said” line was false.")
    assert [(q.attributed, q.is_scare) for q in quotes] == [(False, True)]


def test_hyphenated_word_is_not_a_reporting_verb() -> None:
    quotes = find_quotes("The so-called “reform” failed.")
    assert quotes[0].is_scare


def test_cue_used_as_a_noun_does_not_attribute() -> None:
    quotes = find_quotes("Their claims about the “hoax” spread.")
    assert quotes[0].is_scare


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural cue after a number is a noun ("140 claims"), the verb is 'said'
        ("He said 140 claims had been paid and 310 were “being processed”.", "He"),
        ("She said two claims were “still open”.", "She"),
        # a number before a verb stays its subject
        ("“We won,” two said.", "two"),
    ],
)
def test_a_cue_after_a_number_is_a_noun_when_plural(text: str, speaker: str) -> None:
    # '140 claims' was read as a verb of saying with '140' its speaker
    (quote,) = find_quotes(text)
    assert (quote.attributed, quote.speaker) == (True, speaker)


# -------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We will win,” Maria Lopez said.", "Maria Lopez", "said"),
        ("“We will win,” said the official.", "the official", "said"),
        ("“We will win,” said spokesman Josh Avery.", "spokesman Josh Avery", "said"),
        # a title of two or three words in lower case before the name
        ("“We will win,” said council leader Josh Avery.", "council leader Josh Avery", "said"),
        (
            "“We will win,” said chief executive officer Ana Ruiz, who chairs it.",
            "chief executive officer Ana Ruiz",
            "said",
        ),
        ("“We will win,” the country’s Foreign Affairs Ministry said.", None, "said"),
        ("According to the ministry, the talks were “a waste of time.”", "the ministry", None),
        ("Pyongyang has insisted it is “a sovereign right.”", "Pyongyang", "insisted"),
        ("“We will win,” Robert Shrum, a veteran strategist, said.", "Robert Shrum", "said"),
        ("Maria Lopez at the time called it “illegal,” saying so twice.", "Maria Lopez", None),
        ("She warned that it was “a grave mistake.”", "She", "warned"),
    ],
)
def test_speaker_and_cue(text: str, speaker: str | None, cue: str | None) -> None:
    (quote,) = find_quotes(text)
    assert quote.attributed
    if speaker is None:
        speaker = "the country’s Foreign Affairs Ministry"
    assert quote.speaker == speaker
    if cue is not None:
        assert quote.cue == cue
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end] == quote.speaker
    assert quote.speaker_as_printed == quote.speaker  # nothing to resolve here


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” said local residents Tuesday.",  # a day is no name
        "“We will win,” said many of the long serving staff members Ana Ruiz.",
    ],
)
def test_lower_case_words_before_no_name_are_no_speaker(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # the speaker phrase stops before the reporting verb ("found" is one)
        (
            "Drones hit plants “that fed the grid near Odesa,” the inquiry found, "
            "citing member governments.",
            "the inquiry",
            "found",
        ),
        # a speaker and cue right after the closing mark win over the clause before
        (
            "The two allies will likely continue their drills “for the coming years,” it added.",
            "it",
            "added",
        ),
        (
            "The board may well continue the policy “as long as it must,” the chairman said.",
            "the chairman",
            "said",
        ),
        # a dash-delimited list between subject and cue is skipped, no dash kept
        (
            "The partner states behind the panel – Norway, Chile and the Netherlands – "
            "urged Iran to “return to the table.”",
            "The partner states behind the panel",
            "urged",
        ),
        ("A spokesman for the campaign said it was “a great night.”", None, "said"),
        # a dateline before a dash is no part of the speaker
        ("PARIS — Finance Minister Jean Roux said the plan was “a failure.”", None, "said"),
        # a party tag in brackets or between commas is left out
        ("Sen. Ann Lee (R-Utah) said the bill was “dead on arrival.”", "Sen. Ann Lee", "said"),
        ("Sen. Ann Lee, R-Utah, said the bill was “dead on arrival.”", "Sen. Ann Lee", "said"),
        ("“It is over,” Ana Ruiz, 67, of Provo, Utah, said.", "Ana Ruiz", "said"),
        # auxiliaries, modals and adverbs between subject and cue are skipped
        ("Lee has even claimed the deal was “the best ever.”", "Lee", "claimed"),
        ("A spokesman could only quip: “Maybe next year.”", "A spokesman", "quip"),
        ("Lee last week said the plan was “a disaster.”", "Lee", "said"),
        # the object of a relative clause's verb is not the subject ("the survey")
        (
            "The surveyor who led the survey of the pier said on Monday that it was “unsafe now.”",
            "The surveyor",
            "said",
        ),
    ],
)
def test_speaker_is_a_noun_phrase(text: str, speaker: str | None, cue: str) -> None:
    (quote,) = find_quotes(text)
    if speaker is None:
        speaker = {"A": "A spokesman for the campaign", "P": "Finance Minister Jean Roux"}[text[0]]
    assert (quote.speaker, quote.cue) == (speaker, cue)
    assert text[quote.speaker_start : quote.speaker_end] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "said X had ...": a clause follows the cue, X is no inverted subject
        "In an interview, Lee doubled down and said the judge had “a clear conflict.”",
        "The new ad, launched Friday, argued the former governor could not serve "
        "because of the “new inquiry.”",
    ],
)
def test_clause_after_the_cue_is_never_a_speaker(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.attributed
    assert not {"had", "could"} & set((quote.speaker or "").split())


def test_subject_of_a_passive_cue_is_no_speaker() -> None:
    (quote,) = find_quotes("The plan was called “a disaster” in the hearing.")
    assert quote.attributed and quote.cue == "called" and quote.speaker is None


def test_speaker_never_holds_a_modal_an_adverb_or_an_outer_dash() -> None:
    bodies = [
        "The two allies will likely continue their drills “for years to come.”",
        "The members – Norway and Chile – warned it was “too late.”",
        "WASHINGTON - Senator Jo Park said the vote was “rigged.”",
        "Mr. Park wouldn’t say whether it was “a mistake.”",
    ]
    for body in bodies:
        for quote in find_quotes(body):
            speaker = quote.speaker or ""
            assert not {"will", "likely", "wouldn’t"} & set(speaker.split()), body
            assert speaker.strip("-–— ") == speaker, body


def test_news_outlet_relaying_a_quote_does_not_replace_the_speaker() -> None:
    text = "Lee said the deal was “a disaster,” the Herald reported."
    (quote,) = find_quotes(text)
    assert quote.speaker == "Lee"


def test_according_to_is_the_cue() -> None:
    (quote,) = find_quotes("According to the ministry, the talks were “a waste of time.”")
    assert quote.cue == "according to"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The verdict goes on: “No appeal lies from this order.”", "The verdict"),
        ("Ms Okoro went on: “We will not stop there.”", "Ms Okoro"),
    ],
)
def test_a_verb_of_continuing_before_a_colon_is_the_cue(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.attributed and quote.speaker == speaker


def test_a_verb_of_continuing_without_a_colon_is_no_cue() -> None:
    (quote,) = find_quotes("The trio went on to record “Low Harbour” the next spring.")
    assert not quote.attributed


def test_quote_that_is_a_sentence_of_its_own_uses_the_adjacent_sentence() -> None:
    text = "Smith said the vote would be close. “We will win. We have the votes.”"
    (quote,) = find_quotes(text)
    assert quote.attributed and quote.speaker == "Smith"


def test_quote_paragraph_after_a_colon_uses_the_previous_paragraph() -> None:
    text = "In a statement, the ministry said:\n\n“We reject the report entirely.”"
    (quote,) = find_quotes(text)
    assert quote.attributed and quote.speaker == "the ministry"


def test_quote_only_paragraph_goes_on_with_the_previous_speaker() -> None:
    text = "“We will win,” Smith said.\n\n“And we will keep on winning.”"
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Smith", "Smith"]


def test_sentence_without_cue_or_neighbour_is_unattributed() -> None:
    text = "The crowd gathered early. “Yes.” Nobody moved."
    (quote,) = find_quotes(text)
    assert not quote.attributed and quote.is_scare and quote.speaker is None


def test_abbreviation_does_not_end_the_sentence() -> None:
    (quote,) = find_quotes("“We will win,” Mr. Smith said.")
    assert quote.speaker == "Mr. Smith"


# ------------------------------------------------------------------- mark style


def _restyle(template: str, style: str) -> str:
    marks = {
        "curly": ("“", "”"),
        "straight": ('"', '"'),
        "doubled": ("''", "''"),
        "single": ("'", "'"),
        "curly single": ("‘", "’"),
    }[style]
    return template.replace("<", marks[0]).replace(">", marks[1])


@pytest.mark.parametrize("style", ["straight", "doubled", "single", "curly single"])
def test_same_text_in_any_mark_style_gets_the_same_spans(style: str) -> None:
    template = (
        "The ministry called it <a provocation.> Cooperation is <a legitimate right,> "
        "the envoy insisted.\n\nIt alleges <illegal> cooperation.\n\n"
        "<The acts are a violation of the principles of sovereign equality,> the country's "
        "ministry said. Officials called the group <a ghost group without any legitimacy.>"
    )
    curly = find_quotes(_restyle(template, "curly"))
    other = find_quotes(_restyle(template, style))
    assert [q.text for q in other] == [q.text for q in curly]
    assert [(q.is_scare, q.speaker) for q in other] == [(q.is_scare, q.speaker) for q in curly]
    assert quote_shares(_restyle(template, style)) == quote_shares(_restyle(template, "curly"))
    assert len(curly) == 5


def _seed_body(name: str, first: str, last: str) -> str:
    path = RAW_DIR / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    text = path.read_text(encoding="utf-8")
    start = text.index(first)
    end = text.index(last, start) + len(last)
    while end < len(text) and text[end] in "”’'\"":
        end += 1
    paragraphs = text[start:end].split("\n\n")
    return "\n\n".join(p for p in paragraphs if not p.strip().startswith("READ MORE"))


def test_seed_article_gets_the_same_spans_and_share_in_both_printings() -> None:
    first, last = "North Korea has slammed a report", "disregard for international law."
    curly = _seed_body("000_771d0ddafd7143ae.txt", first, last)
    straight = _seed_body("004_4f3258127e8a0275.txt", first, last)
    assert "“" in curly and "“" not in straight  # the two printings differ in marks
    a, b = find_quotes(curly), find_quotes(straight)
    assert len(a) >= 10

    def normalise(text: str) -> str:
        return text.replace("’", "'")

    assert [normalise(q.text) for q in a] == [normalise(q.text) for q in b]
    assert [(q.n_words, q.is_scare) for q in a] == [(q.n_words, q.is_scare) for q in b]
    assert count_words(curly) == count_words(straight)
    assert quote_shares(curly) == quote_shares(straight)
    assert 0 < quote_shares(curly)[0] < 1


# ------------------------------------------------------------------------ shares


def test_shares_count_scare_quotes_only_in_share_all() -> None:
    body = "He said “we will win” and called it “great.” The so-called “experts” disagree."
    quotes = find_quotes(body)
    assert [(q.text, q.is_scare) for q in quotes] == [
        ("we will win", False),
        ("great.", False),
        ("experts", True),
    ]
    n = count_words(body)
    assert quote_word_counts(quotes) == (4, 5)
    assert quote_shares(body) == (4 / n, 5 / n)
    assert quote_shares(body, quotes) == quote_shares(body)


def test_shares_of_a_body_without_words_are_nan() -> None:
    assert find_quotes("") == []
    assert all(math.isnan(x) for x in quote_shares(""))
    assert all(math.isnan(x) for x in quote_shares(" “ — ” "))


def test_quote_fields_are_consistent() -> None:
    body = "Intro.\n\n“We will win,” Smith said on Monday."
    (quote,) = find_quotes(body)
    assert isinstance(quote, Quote)
    assert body[quote.start : quote.end] == quote.text
    assert (quote.open_mark, quote.close_mark, quote.mark_style) == ("“", "”", "double")
    assert quote.n_words == 3 and quote.paragraph == 1


# ---------------------------------------------------------------------- property

_ALPHABET = st.sampled_from(
    [*"ab Zs.,;:!?-—()0123456789'\"“”‘’«»=", "''", "\n", "\n\n", "\r", "\u2029", " said "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_text_gives_well_formed_quotes(body: str) -> None:
    quotes = find_quotes(body)
    previous_end = -1
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(body)
        assert q.start > previous_end
        previous_end = q.end
        assert q.text == body[q.start : q.end]
        assert not any(ch in NEWLINES for ch in q.text)
        assert q.n_words == count_words(q.text) > 0
        assert q.is_scare == (not q.attributed and q.n_words <= 3)
        assert (q.speaker is None) == (q.speaker_as_printed is None)
        if q.speaker is not None:
            assert body[q.speaker_start : q.speaker_end] == q.speaker_as_printed
            if q.speaker != q.speaker_as_printed:  # a resolved pronoun
                assert q.speaker_as_printed.lower() in {"he", "she"}
    share, share_all = quote_shares(body, quotes)
    if count_words(body) == 0:
        assert math.isnan(share) and math.isnan(share_all)
    else:
        assert 0.0 <= share <= share_all <= 1.0


# words, marks and cues: spans of one to several words, attributed or not
_WORDY = st.sampled_from(
    [" ", "  ", "\n", "Ann Lee", "the", "plan", "works", "well", "today", ",", ".", "“", "”",
     '"', "‘", "’", "«", "»", " said ", " she said", "he told reporters", "—", "\nQ: ",
     "\nA: I ", "\nA: We "]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDY, max_size=40).map("".join))
def test_holds_direct_quote_is_whether_find_quotes_finds_one_that_is_not_scare(
    body: str,
) -> None:
    expected = any(not quote.is_scare for quote in find_quotes(body))
    assert holds_direct_quote(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The so-called “experts” were wrong again.", False),  # short, unattributed
        ("“Yes,” she said.", True),  # short, attributed
        ("The banner read “four words are here” in red.", True),  # long: no attribution read
        ("No quotation marks in this line at all.", False),
        ("Q: Why now?\nA: I was ready.\nQ: And then?\nA: We left for the coast.", True),
        ("", False),
    ],
)
def test_holds_direct_quote_cases(text: str, expected: bool) -> None:
    assert holds_direct_quote(text) is expected


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(body: str) -> None:
    quotes = find_quotes(body)
    share, share_all = quote_shares(body, quotes)
    assert math.isnan(share) or 0.0 <= share <= share_all <= 1.0


# ---------------------------------------------------------- benchmark reference


def _benchmark_module():
    return load_benchmark("quotes_polnear")


def test_polnear_reference_comes_from_content_spans(tmp_path) -> None:
    bench = _benchmark_module()
    text = (
        "Title line\n\n"
        "“We will win,” Smith said. The “experts” were quiet.\n\n"
        "Jones said the plan was “a mess” and left."
    )
    body_start = bench.body_start_of(text)
    content_a = (text.index("“We"), text.index(",”") + 2)
    content_b = (text.index("the plan"), text.index("mess”") + 5)
    source_a = (text.index("Smith"), text.index("Smith") + 5)
    ann = tmp_path / "x_0000.ann"
    ann.write_text(
        f"T1\tContent {content_a[0]} {content_a[1]}\t{text[slice(*content_a)]}\n"
        f"T2\tSource {source_a[0]} {source_a[1]}\tSmith\n"
        f"T3\tContent {content_b[0]} {content_b[1]}\t{text[slice(*content_b)]}\n"
        "E1\tAttribution:T9 Content:T1 Source:T2\n",
        encoding="utf-8",
    )
    refs = bench.reference_spans(text, bench.parse_ann(ann), body_start)
    # "experts" is quoted but in no Content span: not a reference span
    assert [text[r.start : r.end] for r in refs] == ["We will win,", "a mess"]
    assert refs[0].sources == [source_a] and refs[1].sources == []


# --- the fast scans equal the plain definitions they replace ------------------------

_MARKY_TEXT = st.text(alphabet="ab '\"“”«»‘’\n\r\u2028", max_size=40)


@given(_MARKY_TEXT)
@settings(max_examples=400)
def test_double_marks_found_by_find_equal_the_mark_regex(text: str) -> None:
    from analysis.stats.quotes.marks import _DOUBLE_MARKS, _MARK_RE, _double_marks

    expected = [
        (m.start(), m.end(), m[0]) for m in _MARK_RE.finditer(text) if m[0] in _DOUBLE_MARKS
    ]
    assert _double_marks(text) == expected


@given(st.text(alphabet="ab \t\n\r\v\f\x1c\x85\u2028\u2029", max_size=40))
@settings(max_examples=400)
def test_lines_and_paragraphs_follow_the_line_break_definition(text: str) -> None:
    import re

    from analysis.stats.quotes.marks import _lines

    # the definition: runs of non-break characters that are not all whitespace; a new
    # paragraph when two or more breaks (\r\n is one) lie between two such lines
    breaks = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
    expected, paragraph, previous_end = [], -1, 0
    for m in re.finditer(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+", text):
        if m[0].isspace():
            continue
        if paragraph < 0 or len(breaks.findall(text[previous_end : m.start()])) >= 2:
            paragraph += 1
        expected.append((m.start(), m.end(), paragraph))
        previous_end = m.end()
    assert [(ln.start, ln.end, ln.paragraph) for ln in _lines(text)] == expected


# --- pronoun speakers ---------------------------------------------------------------


def test_pronoun_takes_the_only_named_speaker_of_the_last_paragraphs() -> None:
    text = (
        "“We will win,” Sen. Ana Ruiz said on Monday.\n\n"
        "“The votes are there,” she added. “Count them,” she said."
    )
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Sen. Ana Ruiz"] * 3
    assert [q.speaker_as_printed for q in quotes] == ["Sen. Ana Ruiz", "she", "she"]
    start, end = quotes[1].speaker_start, quotes[1].speaker_end
    assert text[start:end] == "she"  # offsets keep the printed form


def test_pronoun_stays_when_two_people_were_quoted() -> None:
    text = "“Yes,” Smith said. “No,” Jones said.\n\n“Maybe later,” he added."
    assert find_quotes(text)[-1].speaker == "he"


def test_same_person_under_two_forms_is_not_ambiguous() -> None:
    text = "“Yes,” Donald Trump said. “Again,” Trump said.\n\n“Later,” he added."
    assert find_quotes(text)[-1].speaker == "Trump"


def test_pronoun_is_not_the_earlier_speaker_when_the_writer_names_another_by_surname() -> None:
    # "Okoro" alone, the subject of a verb of saying between the two quotes, is someone
    # else: "he" is not Marsh (before, both of Okoro's quotes went to Marsh); the
    # writer's subject of the paragraph is the one it stands for
    text = (
        "“The plan was shared in May,” Marsh said.\n\n"
        "Okoro rejected that. “Nobody showed us a plan,” he said. “We read it online.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Marsh", "Okoro", "Okoro"]
    text = text.replace("Okoro rejected that.", "Okoro rejected what Dana Marsh wrote.")
    assert [q.speaker for q in find_quotes(text)] == ["Marsh", "he", "he"]


def test_a_resolved_he_is_no_antecedent_for_she() -> None:
    text = (
        "Vale said he had doubts. “It was rushed,” he added.\n\n"
        "The minister answered on Sunday, in which she repeated it was “a fair plan for all”."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Vale", "she"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Ms Vale said the report left her no choice. “It fails,” she said.", "Ms Vale"),
        ("Vale insisted on Monday. “It fails,” she said.", "she"),  # "Monday": another capital
        ("Vale said Okafor was wrong. “It fails,” she said.", "she"),  # two people
        ("Mr Vale said the report was clear. “It fails,” she said.", "she"),  # the title
        ("The report was clear. “It fails,” she said.", "she"),  # nobody named
        # a role phrase before the name opens the sentence
        ("Local shop owner Ann Vale said the report was clear. “It fails,” she said.",
         "Ann Vale"),
        ("The council treasurer Ann Vale said so. “It fails,” she said.", "Ann Vale"),
        # a conjunction opens a clause, not a role phrase
        ("When shop owner Ann Vale said so, nobody moved. “It fails,” she said.", "she"),
    ],
)  # fmt: skip
def test_pronoun_takes_the_one_subject_of_a_verb_of_saying_in_its_paragraph(
    paragraph: str, speaker: str
) -> None:
    text = f"The pier closed on a wet day.\n\n{paragraph}"
    assert find_quotes(text)[-1].speaker == speaker


def test_pronoun_resolves_past_the_same_surname_and_group_nouns() -> None:
    text = (
        "“The plan was shared in May,” Ana Marsh said.\n\n"
        "Marsh added a warning. Officials said more was to come. “Wait,” she said."
    )
    assert find_quotes(text)[-1].speaker == "Ana Marsh"


def test_pronoun_stays_when_the_name_is_too_far_back() -> None:
    text = "“Yes,” Smith said.\n\nThe day went on.\n\n“Later,” he added."
    assert find_quotes(text)[-1].speaker == "he"


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("the White House", "he"),  # not a name
        ("a spokesman", "he"),
        ("Mrs. Lee", "he"),  # the title contradicts the pronoun
        ("Mr. Lee", "Mr. Lee"),
    ],
)
def test_only_names_that_fit_the_pronoun_resolve(first: str, expected: str) -> None:
    text = f"“Yes,” {first} said.\n\n“Later,” he added."
    assert find_quotes(text)[-1].speaker == expected


def test_other_pronouns_stay_as_printed() -> None:
    text = "“Yes,” Smith said.\n\n“Later,” they added. “Fine,” I said."
    assert [q.speaker for q in find_quotes(text)] == ["Smith", "they", "I"]


def test_cues_by_distance_matches_a_full_sort() -> None:
    """The lazy nearest-first order equals sorting by (distance, start), for any window."""
    from analysis.stats.quotes.cues import _Cue, _CuesByDistance

    rng = random.Random(7)
    for _ in range(300):
        starts = sorted(rng.sample(range(400), rng.randint(0, 30)))
        line_cues = [_Cue(s, s + rng.randint(1, 12), "said") for s in starts]
        lo, hi = sorted(rng.sample(range(420), 2))
        near = rng.randint(lo, hi)
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_left(starts, hi)
        expected = sorted(
            (c for c in line_cues[first:last] if c.end <= hi),
            key=lambda c: (abs(c.start - near), c.start),
        )
        ordered = _CuesByDistance(line_cues, first, last, hi, near)
        assert list(ordered) == expected
        assert list(ordered) == expected  # a second walk replays the same order


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The storm killed 12 people, officials said.", "officials"),
        ("The harbour authority said the port would stay closed.", "The harbour authority"),
        ("According to the weather service, winds reached 90 mph.", "the weather service"),
        ("The mayor told reporters the budget was final.", "The mayor"),
        # the writer or the reader is no source: a site's pitch
        ("As our founder said, journalism matters, so please support it.", None),
        ("Our readers have told us they value this, so subscribe today.", None),
        # a cue of the quotations that reports no statement
        ("If you value our reporting, please consider supporting us today.", None),
        ("The sea wall was built in 1953 after a flood destroyed the old town.", None),
    ],
)
def test_reported_source(text: str, source: str | None) -> None:
    assert reported_source(text) == source


# ------------------------------------------------------------------ embedded posts

POST_LEAD = "The mayor answered online hours after the vote, and critics were quick to reply."


def test_a_post_signed_on_its_line_is_a_quote_of_its_author() -> None:
    """A post quoted by the article, as scrapers print it: its text, then "— Author
    (@handle) date". Its text is quoted (the signature is not), its author the speaker,
    and the marks inside it are counted once, as part of the post."""
    post = "We did it! The harbour plan passed, and “the best is yet to come” pic.example.com/Ab3"
    body = (
        f"{POST_LEAD}\n\n{post} — Jane Doe 🌊 (@janedoe) March 3, 2026\n\nOthers were less pleased."
    )
    [quote] = find_quotes(body)
    assert quote.text == post
    assert (quote.attributed, quote.speaker, quote.is_scare, quote.paragraph) == (
        True, "Jane Doe", False, 1
    )  # fmt: skip
    assert body[quote.speaker_start : quote.speaker_end] == "Jane Doe"
    assert quote_shares(body)[0] == pytest.approx(count_words(post) / count_words(body))


def test_a_post_signed_on_a_line_of_its_own_is_the_paragraph_above() -> None:
    """The signature on its own line (a host in the handle, a time after the date): the
    post is the paragraph above it; a long paragraph above a signature is the article's."""
    post = "On it.\nMore soon."
    sign = "— Tom Reed (@tomreed.example.social) March 3, 2026 at 10:04 AM"
    body = f"{POST_LEAD}\n\n{post}\n\n{sign}\n\nThe council met again on Friday."
    [quote] = find_quotes(body)
    assert (quote.text, quote.speaker, quote.paragraph) == (post, "Tom Reed", 1)
    long_paragraph = " ".join([POST_LEAD] * 5)
    assert find_quotes(f"{long_paragraph}\n\n{sign}") == []


def test_a_quotation_closed_by_a_dash_and_a_name_without_a_handle_is_no_post() -> None:
    body = "The city will never be the same — Jane Rider, 2025\n\nShe moved away in May."
    assert find_quotes(body) == []


def test_a_posts_speaker_is_its_author_without_an_aside() -> None:
    body = "Route 4 at last! — Jane Rider (Text BUS to 12345) (@janerides) May 2, 2025"
    [quote] = find_quotes(body)
    assert (quote.text, quote.speaker) == ("Route 4 at last!", "Jane Rider")


def test_a_noun_phrase_running_into_the_quotation_after_said_is_its_subject() -> None:
    # h293: 'Ed Lowe voted against it and said the plan "ignores the rural roads."' gave
    # the speaker "the plan": the phrase after "said", read as an inverted speaker ("said
    # the official"), runs with no comma or colon into the quotation it is the subject of
    body = 'Board member Ed Lowe voted against it and said the plan "ignores the rural roads."'
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == "Board member Ed Lowe"
    (inverted,) = find_quotes('"We will win the vote next week," said the official.')
    assert inverted.speaker == "the official"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"The applicants were told of the risk," the tribunal\'s ruling reads.',
         "the tribunal's ruling"),
        ('The harbour notice read: "Closed until the pumps are mended."', "The harbour notice"),
    ],
)  # fmt: skip
def test_a_document_that_reads_is_the_speaker(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('One ferryman, who asked not to be named, said: "The pier is rotten."', "One ferryman"),
        ('Two pickers, both from Alder Farm, said the rain came "far too late".', "Two pickers"),
        ('One said: "The pier is rotten."', "One"),
    ],
)  # fmt: skip
def test_a_number_opening_the_clause_is_its_speakers_determiner(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker


def test_a_quotation_never_closed_runs_to_the_end_of_its_paragraph():
    body = (
        "Ann Lee told the Gazette she would reopen the mill. “We are staying, whatever "
        "the bank says.\n\nThe fire began in a fan."
    )
    (quote,) = find_quotes(body)
    assert quote.text == "We are staying, whatever the bank says."
    assert quote.attributed and quote.speaker == "Ann Lee"


@pytest.mark.parametrize(
    "body",
    [
        # an apostrophe after an abbreviation's period opens nothing
        "Ann Lee Jr.'s mill reopened on a day of rain and wind.\n\nThe fire began in a fan.",
        # a mark inside a sentence, never closed, is stray
        "The mill, “as ever, reopened on a day of rain.\n\nThe fire began in a fan.",
    ],
)
def test_a_stray_mark_before_a_paragraphs_end_is_no_quotation(body):
    assert find_quotes(body) == []


def test_a_cue_after_a_semicolon_belongs_to_the_next_clause():
    body = 'The harbour board says the pier is "beyond repair"; fishermen say it can be saved.'
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == "The harbour board"


def test_a_headline_in_single_marks_over_a_story_in_double():
    body = (
        "‘We were left in the dark’, say tenants of Alder Court\n\n"
        "Tenants lost power for a week.\n\n"
        "“Nobody answered the phone for days,” said Ruth Abara."
    )
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == [
        "We were left in the dark",
        "Nobody answered the phone for days,",
    ]
    assert quotes[0].attributed


def test_single_marks_of_a_first_paragraph_stay_apart_from_a_story_in_double():
    # a sentence (its full stop) is no headline: its single marks keep the double family's rule
    body = (
        "Tenants called the repairs ‘too little, far too late’ in May.\n\n"
        "“Nobody answered the phone for days,” said Ruth Abara."
    )
    assert [q.text for q in find_quotes(body)] == ["Nobody answered the phone for days,"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Walkers against the bypass said the route was "a scar".', "Walkers against the bypass"),
        ('Farmers from both valleys said the weir was "a wall".', "Farmers from both valleys"),
        ('"The weir is a wall," anglers near the dam said.', "anglers near the dam"),
        # an -ing form opens no phrase of its own: the old reading stays
        ('Speaking with pickers Tom Ash said the crop was "thin".', "pickers Tom Ash"),
    ],
)  # fmt: skip
def test_a_head_noun_opening_the_clause_takes_its_preposition(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker


def test_a_participle_after_according_to_takes_its_complement():
    body = 'According to the notice pinned on the gate, the pool "shuts at noon".'
    (quote,) = find_quotes(body)
    assert quote.speaker == "the notice pinned on the gate"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"The pier is rotten," said harbour ferry crews in a joint note.', "harbour ferry crews"),
        # no title before a name, a collective speaker as printed
        ("“We will win,” said workers at the plant.", "workers"),
        ("'We waited for hours,' says father of stranded hiker", "father of stranded hiker"),
        ('"The pier is rotten," said nothing else.', None),
        ('"The pier is rotten," said quietly.', None),
        ('"The pier is rotten," said crews Tuesday.', None),
    ],
)  # fmt: skip
def test_a_lower_case_phrase_after_an_inverted_cue_after_a_quote(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('According to a letter from the ferry board, the pier is "beyond repair".',
         "a letter from the ferry board"),
        ('"The pier is rotten," said a diver from the harbour trust.',
         "a diver from the harbour trust"),
        # a name takes no link: where it speaks from is no part of it
        ('"The pier is rotten," said Ann Lee from the quay.', "Ann Lee"),
    ],
)  # fmt: skip
def test_a_determiners_noun_after_the_cue_goes_on_through_from(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # 'a short reply': after "a" and one word a cue's base form is a noun (h318)
        ('Lee, who backed the plan, posted a short reply: "We will pay for it."', "Lee"),
        ('"We will pay for it," said an aide in a short reply to Lee.', "an aide"),
        ('"We will pay for it," an aide said.', "an aide"),
    ],
)
def test_a_cue_word_in_its_base_form_after_an_article_and_a_word_is_a_noun(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "According to X," opening a sentence whose other cues are progressive: an
        # ongoing position relayed by X, whose wording it is (h318)
        (
            'According to court papers, the parents are asking a judge to "set aside the '
            'vote and order a new election".',
            "court papers",
        ),
        (
            "According to the filing, the union is urging the board to "
            '"reopen talks before the strike".',
            "the filing",
        ),
        # a speech event keeps its speaker; "according to" after the quote relays it
        ('According to the minutes, the mayor said "we will not close the clinic".', "the mayor"),
        ('"We will not close the clinic," the mayor said, according to the minutes.', "the mayor"),
    ],
)
def test_according_to_opening_a_sentence_of_progressive_cues_names_the_source(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker == speaker


def test_french_quotation_going_on_with_a_closing_guillemet_per_paragraph() -> None:
    # the French "guillemets de suite": "»" opens each paragraph after the first
    body = (
        "Elle se souvient :\n\n"
        "« La première année, j'avais vingt élèves.\n\n"
        "» Puis les familles sont parties vers la vallée.\n\n"
        "» Il en reste quatre. »\n\n"
        "Le rectorat n'a pas répondu."
    )
    quotes = find_quotes(body, language="fr")
    assert [q.text for q in quotes] == [
        "La première année, j'avais vingt élèves.",
        "Puis les familles sont parties vers la vallée.",
        "Il en reste quatre.",
    ]
    assert [q.speaker_as_printed for q in quotes] == ["Elle", "Elle", "Elle"]


def test_a_post_copied_as_a_card_is_its_authors_quotation() -> None:
    body = (
        "Residents learned of the closure from a sign. One of them posted:\n\n"
        "Priya Raman\n@priyaraman.bsky.social\n\n"
        "The bridge is closing for 14 months and we found out from a traffic sign.\n\n"
        "December 4, 2026 at 9:12 AM\n\n"
        "112 reposts 340 likes\n\n"
        "The council apologised."
    )
    quotes = find_quotes(body, language="en")
    assert [(q.text, q.attributed, q.speaker_as_printed, q.mark_style) for q in quotes] == [
        (
            "The bridge is closing for 14 months and we found out from a traffic sign.",
            True,
            "Priya Raman",
            "post",
        )
    ]
    # a profile's bio over its "Joined March 2014" line is no post
    profile = "An Iomall\n@AnIomallNaidh\nNaidheachdan nan Eilean.\nStornoway Joined March 2014"
    assert find_quotes(profile, language="en") == []


def test_titles_of_works_and_nicknames_are_no_quotations() -> None:
    body = (
        'Its organiser, Jess Cartwright, who wrote the 2019 hit "Paper Boats on the Severn", '
        'had accused the band of "hogging" the bandstand. Band secretary Eric "Tubby" Lowther '
        'said the band would play the theme tune, "Summer in the Park", "as a peace offering".'
    )
    found = {q.text: q.attributed for q in find_quotes(body, language="en")}
    assert found == {
        "Paper Boats on the Severn": False,
        "hogging": True,
        "Tubby": False,
        "Summer in the Park": False,
        "as a peace offering": True,
    }
    # a work's noun before a quotation that is no title: lower case, words said of it
    said = 'The critic called the film "a masterpiece of quiet rage", she said.'
    assert [q.attributed for q in find_quotes(said, language="en")] == [True]
    # h433: a staging of a work before "of" ('a youth theatre production of "Our Town"')
    staged = (
        "Its director, Anjali Rowe, said the slot would go to a youth theatre production of "
        '"Our Town" and a new recording of "Rock of Ages", not "a lesser play".'
    )
    found = {q.text: q.attributed for q in find_quotes(staged, language="en")}
    assert found == {"Our Town": False, "Rock of Ages": False, "a lesser play": True}
    german = "Ihr Roman „Die Nacht, in der die Fähre nicht kam“ erzählt von zwei Geschwistern."
    assert [q.attributed for q in find_quotes(german, language="de")] == [False]
    # a word in lower case between two capitalised words is no nickname: the report's word
    report = (
        "Pyongyang sent shells to Russia, according to a new report by a watchdog, which "
        "details how it helped Moscow 'terrorize' Ukraine's population."
    )
    assert [q.attributed for q in find_quotes(report, language="en")] == [True]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Mabey, whose previous play "Salt on the Wound" toured the north in 2023, said '
            'he was "disappointed but not surprised".',
            "Mabey",
        ),
        (
            'Okafor, who once called the plan "a fantasy", said she was "ready to listen".',
            "Okafor",
        ),
    ],
)
def test_a_quoted_span_inside_the_subjects_relative_clause(body: str, speaker: str) -> None:
    # h433: the clause's subject was looked for only after the last quoted span before
    # the cue, a title or a quote inside 'X, whose …, said' hid X
    quote = [q for q in find_quotes(body, language="en") if q.attributed][-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Sheikh Hamad bin Saif al-Nuaimi, the minister, said the plant would "turn the '
         'coast green again".', "Sheikh Hamad bin Saif al-Nuaimi"),
        ('Pieter van der Berg, the harbour master, said the boats would "sail again in '
         'April".', "Pieter van der Berg"),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_particle_word_before_its_appositive(body: str, speaker: str) -> None:
    (quote,) = find_quotes(body)
    assert quote.speaker_as_printed == speaker


def test_a_pronoun_before_an_auxiliary_after_said_opens_a_clause_not_a_speaker() -> None:
    body = (
        'Mabey, whose play "Salt on the Wound" toured the north-east in 2023, said he was '
        '"disappointed but not surprised".'
    )
    quote = next(q for q in find_quotes(body) if q.attributed)
    assert quote.speaker_as_printed != "he"
    (quote,) = find_quotes('"We will win," said he.')
    assert quote.speaker_as_printed == "he"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an "and" inside a body's name after "of" (agencies' and ministries' names)
        ('The Department of Health and Senior Services said it "takes every complaint '
         'seriously" and would review the home.', "The Department of Health and Senior Services"),
        ('"We take every complaint seriously," the Department of Health and Senior Services '
         "said.", "the Department of Health and Senior Services"),
        ('The Ministry of Culture and Tourism said the sites would "reopen in spring".',
         "The Ministry of Culture and Tourism"),
        # two names joined stay apart, as before
        ('Smith and Jones said the plan was "dead on arrival" today.', "Jones"),
    ],
)  # fmt: skip
def test_and_inside_a_body_name_after_of(body, speaker):
    (quote,) = find_quotes(body)
    assert quote.attributed and quote.speaker_as_printed == speaker


def test_a_programme_after_on_is_no_quotation() -> None:
    # a broadcaster's interview: the programme's title follows "on" right before its mark
    body = (
        '"The bridge will not reopen this year," Dana Okafor, who runs the port, said on '
        '"Weekend Report at Ten." "Nobody wants to hear it."'
    )
    found = {q.text: (q.attributed, q.speaker) for q in find_quotes(body, language="en")}
    assert found["Weekend Report at Ten."] == (False, None)
    assert found["Nobody wants to hear it."][0]
    # a colon or lower-case words after "on" leave a quotation a quotation
    colon = 'He said on Sunday: "We Will Win This Race." She insisted on "a full review."'
    assert [q.attributed for q in find_quotes(colon, language="en")] == [True, True]

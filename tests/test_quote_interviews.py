"""analysis.stats.quotes.interviews: a Q&A interview's answers are direct quotations."""

from __future__ import annotations

import pytest

from analysis.stats.quotes import find_quotes, quote_shares
from analysis.text import count_words

INTRO = "The harbour master of Veltmouth, Ellen Marsh, spoke to us about the old ferry pier."
INTERVIEW = "\n\n".join(
    [
        INTRO,
        "Q: Why close the pier now?",
        "A: The piles are rotten through. The engineers told us it was “a matter of time.”",
        "We looked at every repair we could afford.",
        "Q. What happens to the ferry?",
        "A. We move it to the fishing quay for a year.",
        "This interview has been edited for length.",
    ]
)


def test_the_answers_of_an_interview_are_attributed_quotations():
    quotes = find_quotes(INTERVIEW)
    texts = [q.text for q in quotes]
    assert texts == [
        "The piles are rotten through. The engineers told us it was “a matter of time.”",
        "We looked at every repair we could afford.",  # the answer goes on
        "We move it to the fishing quay for a year.",  # the last answer: its line only
    ]
    assert all(q.attributed and not q.is_scare for q in quotes)
    # no label names a speaker; the introduction names the interviewee (speaker only)
    assert all(q.speaker == "Ellen Marsh" and q.speaker_as_printed is None for q in quotes)
    assert [q.open_mark for q in quotes] == ["A:", "", "A."]
    share, share_all = quote_shares(INTERVIEW, quotes)
    answered = sum(count_words(text) for text in texts)
    assert share == share_all == pytest.approx(answered / count_words(INTERVIEW))
    assert share > 0.4  # it was 0 when only marks made quotations


def test_a_quotation_inside_an_answer_counts_once():
    quotes = find_quotes(INTERVIEW)
    assert not any(q.text == "a matter of time." for q in quotes)
    assert sum(q.n_words for q in quotes) <= count_words(INTERVIEW)


@pytest.mark.parametrize(
    "body",
    [
        # one exchange is no pattern: "A." may open a sentence about an initial
        "\n\n".join([INTRO, "Q: Why close the pier?", "A: The piles are rotten."]),
        # answers without questions
        "\n\n".join([INTRO, "A. Marsh said the piles were rotten.", "A: nothing else.", "Fin."]),
    ],
)
def test_bodies_that_are_no_interview_keep_their_marked_quotes_only(body):
    assert find_quotes(body) == []


def test_an_explainer_in_questions_and_answers_is_the_writers_own():
    # answers that never speak of their speaker ("I", "we", "our") are no interviewee's
    explainer = "\n\n".join(
        [
            "Ferry fares rise again next month. Here is what changed.",
            "Q: Why are fares rising?",
            "A: Fuel costs rose by a third since spring, and the operator passes them on.",
            "Q: Who pays less?",
            "A: Islanders with a resident card keep the old fare until June.",
        ]
    )
    assert find_quotes(explainer) == []


def test_an_article_with_marks_is_read_as_before():
    body = f"{INTRO}\n\n“We cannot keep patching it,” Marsh said."
    (quote,) = find_quotes(body)
    assert quote.text == "We cannot keep patching it," and quote.speaker == "Marsh"


def test_answers_labelled_with_the_speakers_name_name_their_speaker():
    # bold questions and bold name labels, as a dump that kept Markdown prints them
    body = "\n\n".join(
        [
            "Tova Brennick, 71, has kept the Saltmere lock for forty years.",
            "**Why did you stay so long?**",
            "**Brennick:** I liked the quiet, and the boats kept me company.",
            "**What will you do now?**",
            "**Brennick:** My sister wants me to learn the fiddle.",
        ]
    )
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == [
        "I liked the quiet, and the boats kept me company.",
        "My sister wants me to learn the fiddle.",
    ]
    assert all(q.attributed and q.speaker == "Brennick" for q in quotes)


def test_a_label_in_capitals_after_plain_questions():
    body = "\n\n".join(
        [
            "The new ferry master answered our questions.",
            "What comes first?",
            "OKONKWO: The slipway. We lose an hour every tide to it.",
            "And the timetable?",
            "OKONKWO: I will keep it as it is until spring.",
        ]
    )
    assert [q.speaker for q in find_quotes(body)] == ["OKONKWO", "OKONKWO"]


def test_a_heading_with_a_colon_after_a_question_is_no_answer():
    # an essay's "The X Response:" headings after paragraphs that end with a question
    body = "\n\n".join(
        [
            "Why keep the old rules at all?",
            "The Harbour Response: Rules keep the channel clear for us all.",
            "Who pays for the dredging?",
            "The Harbour Response: We do, through the mooring fees.",
        ]
    )
    assert find_quotes(body) == []


def test_answers_of_a_person_the_introduction_names_need_no_first_person():
    body = "\n\n".join(
        [
            "Dr Ada Okonkwo runs the Saltmere clinic. She answered our questions.",
            "What is the biggest problem?",
            "OKONKWO: The road. Ambulances take forty minutes in winter.",
            "And staffing?",
            "OKONKWO: Two nurses short since March.",
        ]
    )
    assert [q.speaker for q in find_quotes(body)] == ["OKONKWO", "OKONKWO"]


def test_a_label_nobody_is_introduced_by_needs_the_first_person():
    # an FAQ's "Yes:" answers after its questions are the writer's words
    body = "\n\n".join(
        [
            "Ferry fares change next month.",
            "Do children pay?",
            "Yes: half the adult fare, under twelve.",
            "Can bikes travel?",
            "Yes: on every sailing, free of charge.",
        ]
    )
    assert find_quotes(body) == []


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        (
            "The following is an interview with Dr. Helen Grant, director of the trust.",
            "Helen Grant",
        ),
        ("Council leader Sarah Whitmore spoke to the Gazette about the budget.", "Sarah Whitmore"),
        ("We talked with Ana Brook about the ferry.", "Ana Brook"),
        # two people met, or nobody named: no interviewee
        ("Tom Reed spoke to Ana Brook and Sarah Whitmore about the ferry.", None),
        ("We spoke to her about the ferry.", None),
    ],
)
def test_unlabelled_answers_are_the_interviewee_the_introduction_names(intro, speaker):
    body = INTERVIEW.replace(INTRO, intro)
    quotes = find_quotes(body)
    assert len(quotes) == 3
    assert all(q.speaker == speaker and q.speaker_as_printed is None for q in quotes)


def test_bold_questions_with_unlabelled_answers():
    body = "\n\n".join(
        [
            "Alan Reed has run the chain ferry at Cotsby since 1985.",
            "**How many crossings is that?**",
            "About 310,000. My wife says I've never crossed anything else.",
            "**What will you miss?**",
            "The regulars. We only ever talk about the weather.",
            "This interview has been edited.",
        ]
    )
    quotes = find_quotes(body, "en")
    assert [(q.text, q.attributed, q.mark_style) for q in quotes] == [
        ("About 310,000. My wife says I've never crossed anything else.", True, "answer"),
        ("The regulars. We only ever talk about the weather.", True, "answer"),
    ]
    # an explainer's bold questions are answered in the writer's words
    explainer = "\n\n".join(
        ["**When does it start?**", "The levy starts in May.", "**Who pays?**", "Drivers pay it."]
    )
    assert find_quotes(explainer, "en") == []


def test_spanish_pregunta_respuesta_markers_and_first_person_words():
    body = "\n\n".join(
        [
            "Hablamos con la geógrafa Lucía Vera en Almazán.",
            "Pregunta. ¿Por qué otro libro?",
            "Respuesta. Porque yo vivo en un pueblo de 500 habitantes.",
            "P. ¿Qué ha fallado?",
            "R. Nos quitaron el médico y la escuela.",
        ]
    )
    assert [q.text for q in find_quotes(body, "es")] == [
        "Porque yo vivo en un pueblo de 500 habitantes.",
        "Nos quitaron el médico y la escuela.",
    ]
    # the same answers with no first-person word: an explainer's
    explainer = body.replace("yo vivo", "vive").replace("Nos quitaron", "Quitaron")
    assert find_quotes(explainer, "es") == []


def test_a_transcripts_labelled_turns_are_their_speakers_words():
    body = "\n\n".join(
        [
            "An edited transcript of Tuesday's budget hearing.",
            "CHAIR (Cllr Joan Mistry): How large is the gap?",
            "FINANCE DIRECTOR (Raj Bhatt): For next year, £4.2 million.",
            "CLLR PENROSE: And the library closures save?",
            "BHATT: About £600,000 a year.",
            "[Inaudible comment from the public gallery]",
            "CLLR PENROSE: So six libraries fill a seventh of the gap.",
        ]
    )
    quotes = find_quotes(body, "en")
    assert [(q.text, q.speaker_as_printed) for q in quotes] == [
        ("How large is the gap?", "CHAIR (Cllr Joan Mistry)"),
        ("For next year, £4.2 million.", "FINANCE DIRECTOR (Raj Bhatt)"),
        ("And the library closures save?", "CLLR PENROSE"),
        ("About £600,000 a year.", "BHATT"),
        ("So six libraries fill a seventh of the gap.", "CLLR PENROSE"),
    ]
    # a live blog's repeated labels are no conversation
    blog = "\n\n".join(
        ["UPDATE: Roads reopen.", "UPDATE: Trains run again.", "UPDATE: Schools open.",
         "CORRECTION: An earlier post gave the wrong date.", "CORRECTION: Fixed."]
    )  # fmt: skip
    assert find_quotes(blog, "en") == []


def test_an_introduction_naming_an_interview_makes_answers_without_i_the_interviewees():
    # Polish drops its pronouns ("Liczyłem"): the credit line says it is an interview
    body = (
        "Zdzisław Mroczek naprawia buty od 1971 roku. Rozmawiała Anna Kędzior.\n\n"
        "**Dlaczego akurat teraz?**\n\n"
        "Ręce już nie te. Siedemdziesiąt osiem lat to dość.\n\n"
        "**Co dalej z lokalem?**\n\n"
        "Nie wiadomo. Spółdzielnia obiecuje, że nie będzie stał pusty.\n"
    )
    quotes = find_quotes(body, "pl")
    assert len(quotes) == 2 and all(q.attributed for q in quotes)
    # and an English "Q: / A:" interview whose answers seldom say "I"
    body = (
        "Brenda Hollis has run the post office since 1984. She spoke to Cara Quinn.\n\n"
        "Q: What has changed most?\n\nA: Nobody writes letters. The talking hasn't changed.\n\n"
        "Q: Do you read the postcards?\n\nA: Every one. You'd be amazed.\n"
    )
    assert [q.attributed for q in find_quotes(body)] == [True, True]


def test_an_explainer_without_an_interview_introduction_stays_the_writers():
    body = (
        "The council has changed its bin collections.\n\n"
        "Q: When does it start?\n\nA: The new rota starts in May.\n\n"
        "Q: What goes in the green bin?\n\nA: Garden waste only.\n"
    )
    assert find_quotes(body) == []


COURT = "\n\n".join(
    [
        "The inquiry heard from the ship's master, Captain Ivor Pellinger. An extract:",
        "BY MR. OKAFOR:",
        "Q. Captain, where were you when the first call came in?",
        "A. On the bridge wing, looking at the lights on the headland.",
        "Q. Did you hear it?",
        "A. The radio, yes. Not what it said.",
        "MR. OKAFOR: Sir, I have no further questions for this witness.",
        "THE CHAIR: We will rise for fifteen minutes.",
        "The inquiry continues on Wednesday.",
    ]
)


def test_a_court_transcripts_questions_answers_and_labelled_turns_are_quotations():
    quotes = find_quotes(COURT)
    assert [(q.text, q.attributed, q.speaker) for q in quotes] == [
        ("Captain, where were you when the first call came in?", True, None),
        ("On the bridge wing, looking at the lights on the headland.", True, None),
        ("Did you hear it?", True, None),
        ("The radio, yes. Not what it said.", True, None),  # no "I": still the witness's
        ("Sir, I have no further questions for this witness.", True, "MR. OKAFOR"),
        ("We will rise for fifteen minutes.", True, "THE CHAIR"),
    ]
    # without the examination line and the court labels it is an explainer's Q&A
    plain = "\n\n".join(p for p in COURT.split("\n\n") if p[:2] in {"Q.", "A.", "Th"})
    assert find_quotes(plain) == []


def test_an_interview_printed_as_one_dash_turns_has_its_answers_quoted():
    body = "\n\n".join(
        [
            "Marta Ibarra dirige desde hace diez años la cooperativa de Torreblanca.",
            "—¿Cómo empezó todo?",
            "—Con cuatro socios y un tractor prestado. Nadie creía en esto.",
            "Al tercer año ya éramos cuarenta.",
            "—Dicen que el modelo se puede copiar.",
            "—Se puede, pero hace falta paciencia.",
            "—¿Y el futuro?",
            "—Lo decidirán los jóvenes, no yo.",
        ]
    )
    quotes = find_quotes(body, "es")
    assert [q.text for q in quotes] == [
        "Con cuatro socios y un tractor prestado. Nadie creía en esto.",
        "Al tercer año ya éramos cuarenta.",  # the answer goes on without a dash
        "Se puede, pero hace falta paciencia.",  # a statement asks too: turns alternate
        "Lo decidirán los jóvenes, no yo.",
    ]
    assert all(q.attributed for q in quotes)


def test_dash_dialogue_with_a_narrators_incise_is_no_interview():
    body = "\n\n".join(
        [
            "La noche del incendio, los vecinos bajaron a la calle.",
            "—¿Dónde está tu hermano? —preguntó Ana.",
            "—En casa.",
            "—¿Seguro? —insistió ella.",
            "—Sí.",
        ]
    )
    assert all(q.cue != "interview answer" for q in find_quotes(body, "es"))


def test_an_east_asian_interview_with_doubled_dash_questions_and_name_labels():
    japanese = "\n\n".join(
        [
            "新刊を出した画家の山本涼子さんに話を聞いた。",
            "――なぜ海を描くのですか。",
            "子どものころから毎日見ていたからです。",
            "――次の作品は。",
            "山の絵にするつもりです。",
        ]
    )
    assert [q.text for q in find_quotes(japanese, "ja")] == [
        "子どものころから毎日見ていたからです。",
        "山の絵にするつもりです。",
    ]
    chinese = "\n\n".join(
        [
            "本报记者专访了农业专家王建国。",
            "记者：今年的收成怎么样？",
            "王建国：总体不错，但南方受了旱灾。",
            "记者：明年呢？",
            "王建国：要看春天的雨水。",
        ]
    )
    quotes = find_quotes(chinese, "zh")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("总体不错，但南方受了旱灾。", "王建国"),
        ("要看春天的雨水。", "王建国"),
    ]

"""header_lines: the byline shapes review h255 found unread (made-up lines)."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import (
    find_byline,
    is_caption_line,
    is_meta_line,
    is_role_line,
    without_reporting_cues,
)


def _name(line: str) -> str | None:
    span = find_byline(line)
    return None if span is None else line[span[0] : span[1]]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Von Jana Roe am 3. Dezember 2026", "Jana Roe"),
        ("Von Jana Roe am 3. Dezember 2026 um 14:05 Uhr", "Jana Roe"),
        ("Gschriem vo Sepp Moar am 4. Dezemba 2026", "Sepp Moar"),  # Bavarian
        ("Von Jana Roe am Montag", None),  # no date after "am": no name's end
    ],
)
def test_german_am_before_the_day_ends_the_name(line, name):
    assert _name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a language's "on" between the name and the date (review h336): the name stops
        # before it instead of taking it in ("Marie Dubois le") or failing on it
        ("Par Marie Dubois le 3 décembre 2026", "Marie Dubois"),
        ("Por Ana Ruiz el 3 de diciembre de 2026", "Ana Ruiz"),
        ("Door Jan Vries op 3 december 2026", "Jan Vries"),
        ("Di Marco Rossi il 3 dicembre 2026", "Marco Rossi"),
        ("Por Ana Souza em 3 de dezembro de 2026", "Ana Souza"),
        ("Raitim bilong Grace Kaupa long 3 Disemba 2026", "Grace Kaupa"),  # Tok Pisin
        ("Par Jean le Goff", "Jean le Goff"),  # a name's particle, no date after it
        ("Par Jean le Goff le 3 décembre 2026", "Jean le Goff"),
    ],
)
def test_a_languages_on_before_the_day_ends_the_name(line, name):
    assert _name(line) == name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Reporting by Jo Doe in Kyiv; Writing by Al Roe; Editing by Ed Poe",
            "Jo Doe; Al Roe",
        ),
        (
            "Reporting by Jo Doe in Lima and Ana Ruiz in Quito; Additional reporting by"
            " Li Wen in Lima; Writing by Al Roe; Editing by Ed Poe",
            "Jo Doe and Ana Ruiz; Li Wen; Al Roe",
        ),
    ],
)
def test_a_wire_credits_place_before_the_next_credit(line, names):
    span = find_byline(line)
    assert span is not None
    assert without_reporting_cues(line[span[0] : span[1]]) == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a country's flag emoji between the cue and the name (review h279)
        ("Reporting by \U0001f1f5\U0001f1ea Jo Doe in Lima", "Jo Doe"),
        ("By \U0001f1ee\U0001f1ea Ann Roe", "Ann Roe"),
        ("By \U0001f1ee\U0001f1ea", None),
    ],
)
def test_a_flag_after_the_cue_is_no_part_of_the_name(line, name):
    assert _name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("December 3, 2026 – Author: Jo Doe", "Jo Doe"),
        ("Nobōmba 14, 2025 — Jeje eo: Alson Kelen", "Alson Kelen"),  # Marshallese
        ("December 3, 2026 — Council votes", None),
    ],
)
def test_a_byline_after_the_opening_date_and_a_spaced_dash(line, name):
    assert _name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("རྩོམ་པ་པོ། བསྟན་འཛིན་དབང་ཕྱུག།", "བསྟན་འཛིན་དབང་ཕྱུག"),  # author, the shad
        ("རྩོམ་པ་པོ: བསྟན་འཛིན་དབང་ཕྱུག", "བསྟན་འཛིན་དབང་ཕྱུག"),
    ],
)
def test_a_tibetan_script_name_of_syllables_parted_by_the_tsheg(line, name):
    assert _name(line) == name


def test_a_credit_labelled_foto_is_a_caption_line():
    # "Foto:" is the credit's label in many languages (review h289: a Latgalian
    # caption "... Foto: NAME" between the paragraphs was read as the story's end)
    assert is_caption_line("Bārni pyrmajā dīnā. Foto: Aivars Kalvāns")
    assert is_caption_line("Die neue Halle am Hafen (Foto: Jo Roe)")
    assert not is_caption_line("Na izstādē bija vaira kai symts foto no vacim laikim.")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # two names of four words each (a middle initial and a suffix): eight name words
        # and a joiner (review h287)
        (
            "By Lyle K. Broadmoor III and Dana R. Fitch Jr.",
            "Lyle K. Broadmoor III and Dana R. Fitch Jr.",
        ),
        ("By Ann B. Cole Jr. & Tim D. Moss III", "Ann B. Cole Jr. & Tim D. Moss III"),
        # nine capitalized words are a headline's, not a byline's
        ("By Road And Rail From The Coast To The Hills Again", None),
    ],
)
def test_the_joiners_between_names_are_no_name_words(line, name):
    span = find_byline(line)
    assert (span and line[span[0] : span[1]]) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a writing hand or a memo before a label, as Telegram posts sign (review h287)
        ("✍️ Autor: Anna Nowak", "Anna Nowak"),
        ("✍ Autor: Anna Nowak", "Anna Nowak"),
        ("📝 Автор: Иван Петров", "Иван Петров"),
        # a sign before no label is no cue
        ("✍️ Anna Nowak", None),
    ],
)
def test_a_writing_sign_before_an_author_label(line, name):
    span = find_byline(line)
    assert (span and line[span[0] : span[1]]) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # h287: the date's label in the page's language before the day, then the byline
        # after a separator ("Juchiti irekua jimbo DATE | Karakata: NAME", Purépecha)
        ("Ukwa lani 3 de marzo de 2026 | Karakata: Tonatiuh Ramos", "Tonatiuh Ramos"),
        ("Emeli ya 3 March 2026 · Karakata: Ana Brito", "Ana Brito"),
        # a sentence before the date is no label
        ("The vote was held. On 3 March 2026 | Karakata: Ana Brito", None),
        # a writer credited with the pictures too (h287: inside a photo's caption)
        ("Story and photos by Tomas Reyna", "Tomas Reyna"),
    ],
)
def test_a_byline_after_a_labelled_date(line, name):
    span = find_byline(line)
    assert (span and line[span[0] : span[1]]) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # labels of scripts without case, whose shape shows no name's start (review h295)
        ("كتبها: سلمى ناصر", "سلمى ناصر"),  # Arabic "wrote it"
        ("نویسەر: دارا کەریمی", "دارا کەریمی"),  # Southern Kurdish "writer"
        ("ጣፈ፦ ሰላም ኣሕመድ", "ሰላም ኣሕመድ"),  # Harari "wrote", the Ethiopic preface colon
        ("लिखलन: मोहन यादव", "मोहन यादव"),  # Magahi "they wrote"
        ("लिख्ले: सीता थारु", "सीता थारु"),  # Tharu "wrote"
        ("書ちゃる人：金城 さくら", "金城 さくら"),  # Okinawan "the one who wrote"
        # a Japanese given name in kana after a space, the label after the date line's date
        ("2026年12月3日 10:00 ／ 記者：仲村 みなみ", "仲村 みなみ"),
        # a Chinese field after the name is no given name
        ("2026-12-03 10:45 作者：李明 编辑：王芳", "李明"),
    ],
)
def test_labels_of_scripts_without_case(line, name):
    span = find_byline(line)
    assert (span and line[span[0] : span[1]]) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the paper or the client after "for" (review h295's held-out pages)
        ("By Tomas Orvik for The Kelo Post", "Tomas Orvik"),
        ("By Ilse Varn for Example Growers Cooperative", "Ilse Varn"),
        ("By Ilse Varn", "Ilse Varn"),
    ],
)
def test_the_paper_or_client_after_for_is_no_name(line, name):
    span = find_byline(line)
    assert (span and line[span[0] : span[1]]) == name


def test_entries_of_an_event_date_and_a_published_date_make_a_meta_line():
    # review h304 (article_other_decisions_cs): more than twelve words, one date unlabelled
    line = (
        "No. 7Co/214/2026 | decision of the court of 25 November 2026 | published 3 December 2026"
    )
    assert is_meta_line(line)
    # without the spaced separators between the entries: a sentence's dates
    assert not is_meta_line(line.replace(" | ", ", and the ruling of the court was "))


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Senior Correspondent, Harare", True),  # a place after the comma (review h305)
        ("Political Editor, East Africa", True),
        ("Reporter, the city desk", False),  # the place's words are capitalized
        ("Senior Correspondent, Harare, Zimbabwe", False),
        ("Jonah Mwangi, Harare", False),  # no role noun before the comma
    ],
)
def test_a_role_line_may_name_its_place_after_a_comma(line, role):
    assert is_role_line(line) is role


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("كتب/ سالم المبروك", "سالم المبروك"),  # a slash after the label (review h305)
        ("إعداد: نورة السالم", "نورة السالم"),  # "prepared (by)"
        ("إعداد وتصوير: نورة السالم", "نورة السالم"),  # "prepared and photographed (by)"
        ("كتبوه: آدم يوسف وفاطمة حسن", "آدم يوسف وفاطمة حسن"),  # "they wrote it"
        ("Author/ Jane Doe", "Jane Doe"),
        ("ข่าว/ภาพ: สมศรี ใจงาม", "สมศรี ใจงาม"),  # Thai "news/photos (by)"
    ],
)
def test_arabic_preparer_labels_and_a_slash_after_a_label(line, name):
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == name


def test_a_slash_between_two_labels_opens_no_byline():
    assert find_byline("Text/Photo: Jane Doe") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("لیکھاک: شاہد علی شاہ", "شاہد علی شاہ"),  # Khowar "writer"
        ("لِکھوک: زاہدہ بیگم", "زاہدہ بیگم"),  # Shina, a kasra inside the stem
        ("লেখা: রফিকুল ইসলাম মণ্ডল", "রফিকুল ইসলাম মণ্ডল"),  # Rangpuri "written"
        ("ਲਿਖਾਰੀ: ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "ਗੁਰਪ੍ਰੀਤ ਕੌਰ"),  # Punjabi (Gurmukhi) "writer"
        ("લખનાર: હેતલ પટેલ", "હેતલ પટેલ"),  # Gujarati "writer"
    ],
)
def test_a_label_on_the_indo_aryan_write_stem_opens_a_byline(line, name):
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == name


@pytest.mark.parametrize("line", ["लेखा परीक्षा रिपोर्ट जारी", "ছবি: রফিকুল ইসলাম"])
def test_the_write_stem_without_a_colon_or_another_label_opens_no_byline(line):
    assert find_byline(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Escrito por Juana María Valenzuela Buitimea", "Juana María Valenzuela Buitimea"),
        ("Escrita por Ana Souza", "Ana Souza"),
        ("Scritto da Marco Rossi", "Marco Rossi"),
        ("Écrit par Claire Martin", "Claire Martin"),
        ("Geschrieben von Anna Schmidt", "Anna Schmidt"),
        ("Escrit per Jordi Puig", "Jordi Puig"),
        ("Scris de Ion Popescu", "Ion Popescu"),
    ],
)
def test_written_by_in_romance_languages_and_german_opens_a_byline(line, name):
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == name


def test_written_for_the_first_time_is_no_byline():
    assert find_byline("Escrito por primera vez en 1990") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("（文・写真　佐々木美帆）", "佐々木美帆"), ("(文　高橋健太)", "高橋健太")],
)
def test_a_japanese_text_credit_in_brackets_closing_a_story_is_a_byline(line, name):
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == name


def test_a_japanese_credit_whose_bracket_does_not_close_is_no_byline():
    assert find_byline("（文・写真　佐々木美帆") is None


def test_the_uyghur_writer_label_opens_a_byline():
    # review h328 (dotnet_cms_news_module_ug): "يازغۇچى: NAME DATE تۈر: CATEGORY" (writer:
    # ...) read as each card's headline; the list was one article
    from analysis.clean.card_lines import line_kind
    from analysis.clean.header_lines import find_byline

    line = "يازغۇچى: ئابدۇرېھىم تۇرسۇن 2026-يىل 3-دېكابىر تۈر: جەمئىيەت"
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == "ئابدۇرېھىم تۇرسۇن"
    assert line_kind(line) == "meta"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # another language's "by" in capitals on a line in capitals, as print pages and
        # e-paper viewers set a byline (h382)
        ("VON JONAS FEHRMANN", "JONAS FEHRMANN"),
        ("PAR JULIEN MOREAU", "JULIEN MOREAU"),
        ("POR ANA MARÍA RUIZ", "ANA MARÍA RUIZ"),
        ("VON JONAS FEHRMANN UND LENA ROTH", "JONAS FEHRMANN UND LENA ROTH"),
        # capitals headlines opening with the same words: function words, one word, more
        # after the name
        ("VON DER LEYEN WARNT", None),
        ("POR FIN LLEGA LA LLUVIA", None),
        ("PAR AVION", None),
        ("VON MORGEN AN TEURER", None),
        # a particle that is a "by" (Romanian "de") only before two names joined by
        # "and": one name's shape is a headline's "of" or Dutch's "the" (h419)
        ("DE ANDREI POPA ȘI ELENA DRAGU", "ANDREI POPA ȘI ELENA DRAGU"),
        ("DE ANDREI POPA", None),
        ("DE GROTE VERBOUWING", None),
    ],
)
def test_a_capitals_by_of_another_language_opens_a_capitals_byline(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # Tagalog "at" (and) between two full names after a Tagalog "by" (h382)
        ("Ni Maria Santos at Jose Villanueva", "Maria Santos at Jose Villanueva"),
        (
            "isinulat ni Maria Santos at Jose Villanueva | Disyembre 3, 2026",
            "Maria Santos at Jose Villanueva",
        ),
        # no full name after it: "at" ends the name; English "at" ends it always
        ("Ni Maria Santos Reyes at Bantay", "Maria Santos Reyes"),
        ("By Jane Roe at City Hall", "Jane Roe"),
    ],
)
def test_a_cues_own_word_for_and_joins_two_full_names(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


def test_an_agencys_inputs_after_the_name_end_it():
    # review h438: Indian papers credit agency copy folded into the story after the name
    line = "By Kavya Raman with inputs from PTI"
    found = find_byline(line)
    assert found is not None and line[found[0] : found[1]] == "Kavya Raman"


@pytest.mark.parametrize(
    "line",
    ["Entrevista de Marcos Ibáñez | Fotos: Irene Sol", "Intervista di Marta Leone"],
)
def test_an_interviewers_credit_in_spanish_and_italian_names_the_author(line):
    # review h438: "Entrevista de NAME" (an interview by), the interviewer the author
    found = find_byline(line)
    assert found is not None and line[found[0] : found[1]] in ("Marcos Ibáñez", "Marta Leone")


def test_a_spanish_headline_about_an_interview_names_no_author():
    assert find_byline("Entrevista de trabajo: cómo prepararla") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("文・山田 花子 写真・川口 次郎", "山田 花子"), ("文：山田花子　撮影：川口 次郎", "山田花子")],
)
def test_a_japanese_photo_credit_after_the_text_credit_may_part_its_name_by_a_space(line, name):
    """A magazine's '文・NAME 写真・NAME' with both names printed family name, space,
    given name: the writer's is the byline (the photographer's space used to drop it)."""
    span = find_byline(line)
    assert span is not None and line[span[0] : span[1]] == name

"""Tests for analysis.stats.quotes.speaker_names: a speaker's name without its role words."""

from __future__ import annotations

import math

import pytest

from analysis.stats.quotes import speaker_name
from analysis.stats.quotes.speaker_names import is_role_word


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Ola Brekke", "Ola Brekke"),
        ("Harbour board leader Ola Brekke", "Ola Brekke"),
        ("Stadtratsvorsitzende Ola Brekke", "Ola Brekke"),
        ("Präsidentin Ola Brekke", "Ola Brekke"),
        ("Deputy Mayor Ola Brekke", "Ola Brekke"),
        ("Sen. Ola Brekke", "Ola Brekke"),
        ("Mr. Brekke", "Brekke"),
        ("Ola T. Brekke", "Ola T. Brekke"),
        ("Ola van der Brekke", "Ola van der Brekke"),
        ("la alcaldesa Ola Brekke", "Ola Brekke"),
        ("Brekke Ola polgármester", "Brekke Ola"),
        ("the Valley Ferry Company", "Valley Ferry Company"),
        ("the FBA", "FBA"),
        ("Ola Brekke Jr.", "Ola Brekke Jr."),
        ("Ola Mayor", "Ola Mayor"),
        ("Mayor", "Mayor"),
        ("Secretary of Harbours Ola Brekke", "Ola Brekke"),
        ("Minister for Valley Ferry Affairs Ola T. Brekke", "Ola T. Brekke"),
        ("Chair of the Harbour Board Ola van der Brekke", "Ola van der Brekke"),
        ("Secretary of Harbours Brekke", "Brekke"),
        ("director de la Autoridad Portuaria Ola Brekke", "Ola Brekke"),
        ("President de Brekke", "de Brekke"),
        ("Minister for Harbours and Valley Ferries Ola Brekke", "Ola Brekke"),
        # Arabic: the role and its complement, then the name
        ("رئيس الميناء سامي الحداد", "سامي الحداد"),
        ("الدكتورة ليلى حمدان", "ليلى حمدان"),
        ("Yang Berhormat Datuk Ola Brekke", "Ola Brekke"),
        # a comma closes the role before an appositive name; credentials after one go
        ("la ministra de Puertos, Ola Brekke", "Ola Brekke"),
        ("The harbour minister, Ola Brekke", "Ola Brekke"),
        ("Ola Brekke, MD", "Ola Brekke"),
        ("Ola Brekke, PhD, MPH", "Ola Brekke"),
        ("Ola Brekke, R-Utah", "Ola Brekke"),
        ("Ola Brekke, Jr.", "Ola Brekke"),
        # German compounds ending in a role ("-chef", "Ingenieurin")
        ("Gewerkschaftschef Ola Brekke", "Ola Brekke"),
        ("die Ingenieurin Ola Brekke", "Ola Brekke"),
    ],
)
def test_the_name_is_kept_without_the_role_before_it(printed: str, name: str) -> None:
    assert speaker_name(printed) == name


@pytest.mark.parametrize(
    "printed",
    [
        "its chair",
        "the Mayor",
        "Ferryport's harbour master",
        "Ferryport’s Harbour police unit",
        "The harbour board",
        "the board's treasurer",
        "Brekke aides",
        "Traders",  # a group of people (GROUP_NOUNS), as "Residents" is
        "Commuters",
        "a spokeswoman for the Valley Ferry Company",
        "der Sprecher des Fährbetriebs",
        "Secretary of Harbours",
        "Minister for Harbours and Ferries",
        "Представитель",
        "Hovorkyňa",
        "المتحدث باسم الميناء",
        "he",
        "sie",
        "Some",
        " ",
        None,
        math.nan,
    ],
)
def test_a_role_or_pronoun_with_no_name_gives_none(printed: object) -> None:
    assert speaker_name(printed) is None


def test_role_words_are_told_apart_from_names() -> None:
    assert is_role_word("President") and is_role_word("sen.") and is_role_word("Councillor’s")
    assert is_role_word("Oberbürgermeisterin")
    assert not is_role_word("Brekke") and not is_role_word("Ola")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("President de Gaulle", "de Gaulle"),
        ("Mayor van der Berg", "van der Berg"),
        ("the Governor de Souza", "de Souza"),
        # a lower-case role and a Romance joiner open the complement (before 2026-12-06
        # "Comunicación Ana Pérez")
        ("directora de Comunicación Ana Pérez", "Ana Pérez"),
    ],
)
def test_a_surnames_particles_after_a_title_stay_in_the_name(phrase, name):
    # "President de Gaulle" gave "Gaulle" (the particle was dropped with the title), so
    # "de Gaulle" and "President de Gaulle" were two speakers
    assert speaker_name(phrase) == name


def test_a_phrase_whose_name_is_a_number_word_gives_none() -> None:
    # "Eight" is read as an indefinite pronoun (names_someone), so a name ending there
    # could not be grouped by the speaker lists: the outlet table stopped on it (h269)
    assert speaker_name("The Tidewater chair of the Club of Eight") is None
    assert speaker_name("Club of Eight") is None
    assert speaker_name("Mayor Ann Eight-Lee") == "Ann Eight-Lee"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Organiser Ola Brekke", "Ola Brekke"),
        ("Curator Ola Brekke", "Ola Brekke"),
        ("Kurator Ola Brekke", "Ola Brekke"),
        ("Stadträtin Ola Brekke", "Ola Brekke"),
        ("Bundestagsabgeordnete Ola Brekke", "Ola Brekke"),
        ("Ola Trainer", "Ola Trainer"),  # a role word in the surname's place is a name
    ],
)
def test_a_capitalised_role_of_a_curator_organiser_or_councillor_is_no_name(
    printed: str, name: str
) -> None:
    # h293: "Organiser Beth Young", "Kurator Felix Roth" and "Stadträtin Anna Berg" were
    # listed as names in top_speakers, apart from "Beth Young" ... of another outlet
    assert speaker_name(printed) == name


@pytest.mark.parametrize("printed", ["Critics", "Residents", "OFFICIALS"])
def test_a_group_noun_alone_names_nobody(printed: str) -> None:
    # h293: "Critics called them 'a tax on shoppers'" put "Critics (1)" in top_speakers
    assert speaker_name(printed) is None


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        # German roles a role table did not hold, alone and ending a compound
        ("Baudezernentin Ola Brekke", "Ola Brekke"),
        ("Pressereferent Ola Brekke", "Ola Brekke"),
        ("Kommandant Ola Brekke", "Ola Brekke"),
        ("Autorin Ola Brekke", "Ola Brekke"),
        ("Kantonsrat Ola Brekke", "Ola Brekke"),
        ("Staatssekretärin Ola Brekke", "Ola Brekke"),
        ("Ola Hofmeister", "Ola Hofmeister"),  # a role's ending in the surname's place
        ("Geschäftsführerin Ola Brekke", "Ola Brekke"),
        ("Anwohnerin Ola Brekke", "Ola Brekke"),
        ("Professorin Ola Brekke", "Ola Brekke"),
        ("Stadtbaurätin Ola Brekke", "Ola Brekke"),
        ("Hotelinhaber Ola Brekke", "Ola Brekke"),
        # Turkish roles printed capitalised before the name
        ("Belediye Başkanı Ola Brekke", "Ola Brekke"),
        ("Bölge Müdürü Ola Brekke", "Ola Brekke"),
        ("Kaymakam Ola Brekke", "Ola Brekke"),
        # Japanese titles and honorifics written after the name, a modifier before の
        ("田中由美子課長", "田中由美子"),
        ("山田健一市長", "山田健一"),
        ("佐藤美咲さん", "佐藤美咲"),
        ("港湾局の田中由美子課長", "田中由美子"),
        ("担当編集者の小林誠さん", "小林誠"),
        ("市の担当者", "市の担当者"),  # no title: the phrase as printed
        ("王市長", "王市長"),  # one character left: kept whole
    ],
)
def test_role_words_of_more_languages_are_no_name(printed: str, name: str) -> None:
    assert speaker_name(printed) == name


def test_a_japanese_title_alone_names_nobody() -> None:
    assert speaker_name("市長") is None


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        # a lower-case role and a Romance joiner: what follows is its complement
        ("El consejero de Agricultura", None),
        ("una visitatrice di Parma", None),
        ("la directora del Museo Naval", None),
        ("la portavoz de la Plataforma Vecinal", None),
        ("o secretário de Obras Inês Valadares", "Inês Valadares"),
        ("le maire de Paris Anne Vaillot", "Anne Vaillot"),
        # a joiner inside a name, or after a listed role, as before
        ("Juan de Dios Pérez", "Juan de Dios Pérez"),
        ("el general de Gaulle", "de Gaulle"),
    ],
)
def test_a_romance_complement_after_a_lower_case_role_is_no_name(printed, name):
    # "El consejero de Agricultura" gave "Agricultura", "una visitatrice di Parma"
    # "Parma" as people in the speaker lists
    assert speaker_name(printed) == name

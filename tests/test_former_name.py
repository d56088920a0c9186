"""analysis.clean.former_name: a renamed paper's notice at its masthead, and its keys filed."""

from __future__ import annotations

import pytest

from analysis.clean.articles import page_outlet
from analysis.clean.former_name import file_renames, former_name, renamed_key
from analysis.clean.outlet_merge import outlet_identities


@pytest.mark.parametrize(
    ("lines", "end", "former"),
    [
        (
            ["Quillmoor Today", "Formerly the Quillmoor Gazette", "", "Home  News"],
            15,
            "Quillmoor Gazette",
        ),
        (
            ["Quillmoor Today", "", "(previously known as Quillmoor Gazette)"],
            15,
            "Quillmoor Gazette",
        ),
        (["Quillmoor Today", "The new name of the Quillmoor Gazette"], 15, "Quillmoor Gazette"),
        (["Quillmoor Today, formerly the Quillmoor Gazette"], 15, "Quillmoor Gazette"),
        (["Quillmoor Today (formerly Quillmoor Gazette)"], 15, "Quillmoor Gazette"),
        (["Kõrvemaa Täna (endine Kõrve Teataja)"], 13, "Kõrve Teataja"),
        (["Kurier Ostrzeszowski", "dawniej Gazeta Ostrzeszowska"], 20, "Gazeta Ostrzeszowska"),
        (["Vänersborgs Nyheter, tidigare Vänersborgs Tidning"], 19, "Vänersborgs Tidning"),
    ],
)
def test_a_renaming_notice_at_the_masthead_gives_the_former_name(lines, end, former):
    assert former_name(lines, 0, 0, end) == former


@pytest.mark.parametrize(
    "lines",
    [
        ["Quillmoor Today", "Formerly known as a weekly paper"],  # no name
        ["Quillmoor Today", "Home  News", "Formerly the Quillmoor Gazette"],  # not at the masthead
        ["Quillmoor Today", "Previously the mayor of Tansley, she said the plan was sound."],
        ["Quillmoor Today", "Bridge to reopen in spring"],
    ],
)
def test_no_notice_no_former_name(lines):
    assert former_name(lines, 0, 0, 15) is None


def test_a_footers_notice_naming_both_names_gives_the_former_name():
    lines = [
        "Quillmoor Today",
        "News  Sport",
        "",
        "Ferry changes",
        "",
        "© 2026 Quillmoor Today, formerly The Quillmoor Gazette",
    ]
    assert former_name(lines, 0, 0, 15) == "Quillmoor Gazette"
    lines[-1] = "© 2026 Quillmoor Today. Formerly the Quillmoor Gazette."
    assert former_name(lines, 0, 0, 15) == "Quillmoor Gazette"
    prose = (
        "The paper was sold last year to the owners of Quillmoor Today, formerly the"
        " Quillmoor Gazette"
    )
    lines[-1] = prose + ", and its staff moved to the new building on the harbour front."
    assert former_name(lines, 0, 0, 15) is None


def test_a_footers_notice_may_go_on_with_fields_set_off_by_a_dot():
    lines = ["Quillmoor Today", "News  Sport", "", "Ferry changes", ""]
    footer = "© 2026 Quillmoor Today (endine Quillmoor Gazette) · quillmoortoday.ee"
    assert former_name([*lines, footer], 0, 0, 15) == "Quillmoor Gazette"
    footer = "© 2026 Quillmoor Today (dawniej Quillmoor Gazette) | Polityka prywatności"
    assert former_name([*lines, footer], 0, 0, 15) == "Quillmoor Gazette"
    prose = "© 2026 Quillmoor Today (formerly Quillmoor Gazette) and its staff moved away"
    assert former_name([*lines, prose], 0, 0, 15) is None


def test_a_renamed_key_carries_both_names_and_one_name_is_no_rename():
    assert renamed_key("name:quillmoortoday", "name:quillmoorgazette") == (
        "name:quillmoortoday (formerly name:quillmoorgazette)"
    )
    assert renamed_key("name:quillmoortoday", "name:quillmoortoday") == "name:quillmoortoday"
    assert renamed_key("name:quillmoortoday", "name:") == "name:quillmoortoday"


def test_a_text_page_under_its_new_masthead_is_keyed_with_its_former_name():
    text = (
        "Quillmoor Today\nFormerly the Quillmoor Gazette\n\nHome  News  Sport  Contact\n\n"
        "Ferry timetable changes from May\n\nBy Odile Brankston\n3 March 2026\n\n"
        "The ferry to Tansley will sail twice a day from May, the operator said.\n\n"
        "Passengers asked for an early sailing for years, said Ivo Penhallow.\n\n"
        "© 2026 Quillmoor Today"
    )
    found = page_outlet(text, "a.txt")
    assert found.name == "Quillmoor Today"
    assert found.key == "name:quillmoortoday (formerly name:quillmoorgazette)"


def test_every_page_of_the_new_name_is_filed_where_the_former_name_is():
    renamed = "name:quillmoortoday (formerly name:quillmoorgazette)"
    keys = ["quillmoorgazette.co.uk", "name:quillmoorgazette", renamed, "name:quillmoortoday"]
    names = ["Quillmoor Gazette", "Quillmoor Gazette", "Quillmoor Today", "Quillmoor Today"]
    found = outlet_identities(keys, names)
    assert {found.key_of[key] for key in keys} == {"quillmoorgazette.co.uk"}
    assert found.n_outlets(keys) == 1


def test_a_new_name_claiming_two_former_names_files_none_under_them():
    one = "name:quillmoortoday (formerly name:quillmoorgazette)"
    two = "name:quillmoortoday (formerly name:tansleypost)"
    keys = ["quillmoorgazette.co.uk", "tansleypost.com", one, two, "name:quillmoortoday"]
    names = [
        "Quillmoor Gazette",
        "Tansley Post",
        "Quillmoor Today",
        "Quillmoor Today",
        "Quillmoor Today",
    ]
    assert file_renames(dict.fromkeys(zip(keys, names, strict=True), 1)) == {
        one: "name:quillmoortoday",
        two: "name:quillmoortoday",
    }
    found = outlet_identities(keys, names)
    assert found.key_of[one] == found.key_of["name:quillmoortoday"] == "name:quillmoortoday"
    assert found.n_outlets(keys) == 3

"""Review h399: a photo credit's label in more languages ends the writer's name and is
never a headline; Irish "Scríofa ag" (written by)."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import find_byline, is_caption_line
from analysis.clean.labelled_byline import labelled_names


@pytest.mark.parametrize(
    "line",
    [
        "Grianghraf: Cathal Ó Flatharta",  # Irish
        "Фота: Сяргей Лукашук",  # Belarusian
        "Argazkiak: Jon Arrieta",  # Basque
        "Myndir: Gunnar Eyjólfsson",  # Icelandic
        "Kuvat: Jussi Harju",  # Finnish
        "Ritratti: Mario Grech",  # Maltese
    ],
)
def test_a_photo_label_line_is_a_caption(line):
    assert is_caption_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Scoil nua lánGhaeilge le hoscailt i gConamara i 2028",
        "Myndlistarsýning opnuð í Hafnarborg",  # a word opening with a label's letters
        "Kuvataiteilija sai palkinnon",
    ],
)
def test_a_headline_is_no_caption(line):
    assert not is_caption_line(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Тэкст: Аляксандра Карпович. Фота: Сяргей Лукашук", "Аляксандра Карпович"),
        ("Testua: Maialen Etxeberria  Argazkiak: Jon Arrieta", "Maialen Etxeberria"),
        ("Zoryal: Tomas Orvik | Litrato: Ada Veny", "Tomas Orvik"),  # as before
    ],
)
def test_the_next_credit_ends_the_labelled_names(line, names):
    start, end, _ = labelled_names(line)
    assert line[start:end] == names


def test_irish_written_by():
    line = "Scríofa ag Orlaith Nic Dhonncha"
    start, end = find_byline(line)
    assert line[start:end] == "Orlaith Nic Dhonncha"

"""Review h399: an author label after the date line's bar ("DATE | ผู้เขียน: NAME"), Thai
"ผู้เขียน" (writer)."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import find_byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("วันพฤหัสบดีที่ 3 ธันวาคม พ.ศ. 2569, 09.30 น. | ผู้เขียน: กมลชนก ศรีวงศ์", "กมลชนก ศรีวงศ์"),
        ("ผู้เขียน: กมลชนก ศรีวงศ์", "กมลชนก ศรีวงศ์"),
        ("4.12.2026 | Autor: Jan Novák", "Jan Novák"),
    ],
)
def test_a_label_after_the_bar(line, name):
    start, end = find_byline(line)
    assert line[start:end] == name


def test_no_name_after_the_label():
    assert find_byline("Sport | Autor: x") is None

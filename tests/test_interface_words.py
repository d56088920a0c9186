"""analysis.clean.interface_words: a page's controls' labels."""

from __future__ import annotations

import pytest

from analysis.clean.interface_words import is_interface_label


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Поделиться",
        "シェア",
        "分享到：",
        "Paylaş",
        "Videoyu paylaş",
        "شارك الفيديو",
        "공유하기",
        "शेयर करें",
        "Teilen",
    ],
)
def test_a_share_buttons_label_in_the_page_language_is_an_interface_label(line):
    # review h450: a Russian and a Japanese broadcaster's HTML kept the share button's
    # label as the body's first line, where the English "Share" goes
    assert is_interface_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Поделиться опытом решили все жители дома",  # a sentence opening with the verb
        "Teilen Sie Ihre Meinung mit uns",
        "Ankara",
    ],
)
def test_a_line_with_other_words_is_no_share_label(line):
    assert not is_interface_label(line)

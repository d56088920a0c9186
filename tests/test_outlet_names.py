"""Missing and look-alike outlet names in the comparison views and the index (issue #14)."""

from __future__ import annotations

import html
import math

import pandas as pd
import pytest
from synthetic_tables import synthetic_tables

from analysis.clean.page_metadata import field_value
from analysis.report.render import index_html
from analysis.report.views import NO_OUTLET, copy_matrix
from analysis.text import clean_name, shown_name


@pytest.mark.parametrize("missing", [None, math.nan, ""], ids=["None", "NaN", "empty"])
def test_copy_matrix_takes_an_article_without_outlet(missing):
    # 44 of the 109 dev pages name no site; their copies used to crash the comparison.
    pairs = pd.DataFrame(
        {"outlet_a": [missing, "Alpha", "Alpha"], "outlet_b": ["Alpha", "Beta", "Alpha"]}
    )
    matrix = copy_matrix(pairs, ["Alpha", "Beta", missing])
    assert list(matrix.index) == [NO_OUTLET, "Alpha", "Beta"]
    assert matrix.loc[NO_OUTLET, "Alpha"] == matrix.loc["Alpha", NO_OUTLET] == 1
    assert matrix.loc["Alpha", "Beta"] == matrix.loc["Beta", "Alpha"] == 1
    assert matrix.loc["Alpha", "Alpha"] == 1


@pytest.mark.parametrize(
    ("printed", "name"),
    [("C\u200bNN", "CNN"), ("\u202eCNN", "CNN"), ("C\u2060N\ufeffN", "CNN"), ("\uff23NN", "CNN")],
    ids=["zero-width-space", "rtl-override", "joiner-and-bom", "full-width"],
)
def test_invisible_characters_are_normalized_out_of_outlet_names(printed, name):
    assert clean_name(printed) == name
    assert field_value("outlet", f"  {printed}  ") == name


def test_distinct_look_alike_outlets_stay_visibly_distinct_in_the_index(tmp_path):
    names = ["CNN", "\u0421NN", "C\u200bNN"]  # Latin, Cyrillic Es, a zero-width space
    tables = synthetic_tables(names)
    slugs = {name: f"outlet-{i}" for i, name in enumerate(names)}
    page = index_html(tables["outlet_metrics"], slugs, tmp_path, {}, None)
    shown = [shown_name(name) for name in names]
    assert shown == ["CNN", "\u0421NN [scripts: Cyrillic, Latin]", "C<U+200B>NN"]
    assert len(set(shown)) == len(names)
    for text in shown:
        assert html.escape(text) in page
    assert "\u200b" not in page


def test_names_in_one_script_or_one_language_are_shown_as_they_are():
    for name in (
        "Le Monde",
        "S\u00fcddeutsche Zeitung",
        "\u671d\u65e5\u65b0\u805e\u30c7\u30b8\u30bf\u30eb",
    ):
        assert shown_name(name) == name


def test_latin_beside_chinese_japanese_or_korean_letters_is_no_look_alike():
    # h261: 'unknown site (pasted/資料 clipping 7.txt) [scripts: Han, Latin]' in the
    # index; Japanese and Korean names write Latin letters among their own (TS #39's
    # "highly restrictive" level allows it)
    japanese = "NHK \u30cb\u30e5\u30fc\u30b9"
    for name in (japanese, "\uc870\uc120\uc77c\ubcf4 Premium", "\u8cc7\u6599 clipping"):
        assert shown_name(name) == name
    cyrillic_e = f"N\u0435ws {japanese}"  # a Cyrillic "е" in a Latin word: flagged
    assert shown_name(cyrillic_e) == f"{cyrillic_e} [scripts: Cyrillic, Han, Latin]"


@pytest.mark.parametrize(
    "printed",
    [
        "หนังสือพิมพ์ข่าวลุ่มน้ำโขง",  # Thai SARA AM, which NFKC splits in two
        "ໜັງສືພິມ ນ້ຳຂອງ",  # Lao AM
        "خبرگزاری پارس\u200cنو",  # Persian's zero-width non-joiner inside a word
        "दैनिक क्\u200dष",  # a Devanagari joiner between two letters
    ],
)
def test_a_name_keeps_the_letters_and_joiners_its_script_spells_with(printed):
    # review h177: the Thai outlet "...น้ำโขง" was shown with "ํา", the Persian "پارس‌نو"
    # as "پارسنو"; a joiner outside such a word is still dropped
    assert clean_name(printed) == printed
    assert clean_name("CN\u200cN") == "CNN"
    assert clean_name("\u200cپارس") == "پارس"

"""benchmarks/article_variants.py: each re-printing keeps the gold and changes what it says."""

from __future__ import annotations

import re

import pytest
from benchmark_modules import load_benchmark

from analysis.clean.read import plain_dump_text

variants = load_benchmark("article_variants")

LINES = [
    "Home",
    "World",
    "Sport",
    "News | Opinion | Video",
    "",
    "A Headline About the Harbour\u2019s Future",
    "",
    "By Jane Reporter",
    "",
    "The harbour authority said on Monday that the old quay would close next spring, "
    'after engineers found that its "foundations" had shifted by several centimetres.',
    "",
    "Residents, who have fished from the quay for generations, asked for a delay until "
    "a new landing stage is ready. The authority's chair promised an answer in May.",
    "",
    "Copyright 2024 Example Harbour Press",
]
TRUTH = " ".join(LINES[9:12])
ARTICLE = variants.Article("page", LINES, TRUTH, {}, head=5, body_last=11)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize(
    "name",
    [
        "gaps_none",
        "gaps_double",
        "crlf",
        "nbsp_blank",
        "nbsp_spaces",
        "quotes_straight",
        "quotes_curly",
        "wrapped",
        "wrapped_no_gaps",
        "indented",
        "tabs",
        "lynx",
        "menu_one_line",
        "menu_items",
    ],
)
def test_a_reprinting_keeps_every_word_in_order(name):
    text = variants.VARIANTS[name](ARTICLE)
    assert text != "\n".join(LINES)
    assert _words(text) == _words("\n".join(LINES))


def test_wrapped_lines_fit_their_width_and_cut_only_between_words():
    for name, width, indent in (("wrapped", 80, ""), ("lynx", 76, "   ")):
        lines = variants.VARIANTS[name](ARTICLE).split("\n")
        assert max(map(len, lines)) <= width
        assert len(lines) > len(LINES)
        assert all(line.startswith(indent) for line in lines if line.strip())


def test_menu_runs_go_on_one_line_and_item_lines_are_split():
    one_line = variants.menu_one_line(ARTICLE).split("\n")
    assert one_line[0] == "Home | World | Sport"
    assert one_line[1] == LINES[3]  # four words: not an item
    items = variants.menu_items(ARTICLE).split("\n")
    assert items[3:6] == ["News", "Opinion", "Video"]
    assert items[7] == LINES[5]


def test_headline_and_markdown_variants_change_the_printing_only():
    caps = variants.headline_caps(ARTICLE).split("\n")
    assert caps[5] == LINES[5].upper() and caps[:5] + caps[6:] == LINES[:5] + LINES[6:]
    printed = variants.markdown(ARTICLE).split("\n")
    assert printed[5] == "# " + LINES[5]
    assert printed[0] == "[Home](/home)"
    assert printed[9] == LINES[9]  # one sentence: nothing to set apart
    assert printed[11].startswith("**Residents, who have fished") and "ready.** The" in printed[11]
    assert printed[11].replace("**", "") == LINES[11]


def test_body_packed_drops_only_the_blank_lines_inside_the_body():
    printed = variants.body_packed(ARTICLE).split("\n")
    assert printed == [*LINES[:10], LINES[11], *LINES[12:]]


def test_printed_twice_variants_repeat_the_lede_or_the_body_once():
    lede = variants.lede_twice(ARTICLE).split("\n")
    assert lede == [*LINES[:6], "", LINES[9], "", *LINES[6:]]
    body = variants.body_twice(ARTICLE).split("\n")
    assert body == [*LINES[:12], "", *LINES[9:12], *LINES[12:]]


def test_cut_variants_keep_the_headline_and_the_body():
    no_header = variants.no_header(ARTICLE).split("\n")
    assert no_header[0] == LINES[5]
    no_footer = variants.no_footer(ARTICLE).split("\n")
    assert no_footer[-1] == LINES[11]
    assert "Copyright" not in variants.no_footer(ARTICLE)


def test_invisible_and_entity_variants_change_only_what_they_name():
    zero = variants.VARIANTS["zero_width"](ARTICLE)
    assert zero.replace("\u200b", "") == "\n".join(LINES)
    soft = variants.VARIANTS["soft_hyphens"](ARTICLE)
    assert "engineers" in soft and "gener\u00adations" in soft
    assert soft.replace("\u00ad", "") == "\n".join(LINES)
    entities = variants.VARIANTS["entities"](ARTICLE)
    assert "Harbour\u2019s" in entities and "authority&#39;s chair" in entities
    assert "&quot;foundations&quot;" in entities
    assert "\n&nbsp;\n" in entities


@pytest.mark.parametrize(
    ("name", "stamp"), [("live_blog_times", "13:58"), ("timeline_dates", "March 27, 2026")]
)
def test_stamped_variants_put_a_stamp_over_each_paragraph_but_the_first(name, stamp):
    lines = variants.VARIANTS[name](ARTICLE).split("\n")
    assert lines[:11] == LINES[:11] and lines[11:13] == [stamp, ""] and lines[13:] == LINES[11:]


def test_announced_list_prints_a_paragraph_as_its_first_sentence_and_bullets():
    paragraph = "The quay will close. Boats will moor at the pier. Fishing stays free."
    article = variants.Article("page", [*LINES[:11], paragraph], f"{TRUTH} {paragraph}", {}, 5, 11)
    lines = variants.VARIANTS["announced_list"](article).split("\n")
    assert lines[11:] == [
        "The quay will close:",
        "\u2022 Boats will moor at the pier.",
        "\u2022 Fishing stays free.",
    ]
    assert variants.VARIANTS["announced_list"](ARTICLE) == "\n".join(LINES)  # no such paragraph


def test_summary_counts_drops_against_the_page_as_printed():
    fields = dict.fromkeys(variants.FIELDS, True)
    baseline = {"a": {"body_f1": 1.0, "changed": False, "split": False, **fields}}
    baseline["b"] = {"body_f1": 0.9, "changed": False, "split": False, **fields, "date_exact": None}
    scores = {
        "a": {**baseline["a"], "body_f1": 0.5, "changed": True, "title_exact": False},
        "b": {**baseline["b"], "changed": True, "split": True},
    }
    figures = variants.summary(scores, baseline)
    assert figures["changed"] == 2
    assert figures["low"] == 1
    assert figures["drop"] == pytest.approx(0.25)
    assert figures["title_exact"] == 1 and figures["title_exact_change"] == -1
    assert figures["date_exact_of"] == 1
    assert figures["split"] == 1  # an article page read as several articles
    assert variants.hurt_pages(scores, baseline) == [
        "a F1 1.000 -> 0.500 lost title",
        "b F1 0.900 -> 0.900 lost split",
    ]


@pytest.mark.skipif(not variants.DEV_DIR.is_dir(), reason="extraction benchmark not found")
def test_dev_pages_load_with_their_headline_and_body_end():
    _, metadata = variants.scorers()
    articles = variants.load_articles(metadata)
    assert len(articles) == 109
    assert sum(article.head is not None for article in articles) >= 100
    assert sum(article.body_last is not None for article in articles) >= 100
    for article in articles[:5]:
        assert article.head is None or article.lines[article.head].strip()


def test_the_audit_applies_the_readers_rules_in_the_readers_order():
    text = "[Home](/home)\n# Head&amp;line\n" + "\n".join(
        f"{'word ' * (8 + k % 3)}well-\nknown line{k}\u00a0end\u00ad\n" for k in range(4)
    )
    applied = text
    for change in variants.READER_RULES.values():
        applied = change(applied)
    assert applied == plain_dump_text(text)
    assert applied != text

"""analysis.clean.segment: blocks tile the page; labels, fields and blank lines follow the rules."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from page_checks import SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis.clean.read import read_page
from analysis.clean.segment import (
    check_page_blocks,
    segment_page,
    segment_page_columns,
    validate_blocks,
)
from analysis.errors import TableError
from analysis.tables import BLOCKS_COLUMNS, FIELD_LABELS

PROSE = (
    "The regional council said on Monday that the new rail line would open next spring, "
    "after two years of delays caused by funding disputes and a shortage of workers."
)


def _article_text(paragraphs: list[str], between: str = "") -> str:
    body = ("\n\n" + between + "\n\n").join(paragraphs) if between else "\n\n".join(paragraphs)
    return (
        "Menu\n  • Home\n  • World\n\nNew rail line to open next spring\n\n"
        + body
        + "\n\nFooter links\n"
    )


@pytest.mark.parametrize("name", [SEED_ARTICLE, SEED_LISTING])
def test_seed_blocks_tile_the_page_and_validate(seed_dir, name):
    page = read_page(seed_dir / name)
    blocks = segment_page(page.text, page.name)
    assert tuple(blocks.columns) == BLOCKS_COLUMNS
    assert_accounts_for_every_character(blocks, page.text)
    validate_blocks(blocks, {page.name: page.text})
    assert set(blocks["page"]) == {page.name}


def test_every_field_has_an_allowed_label(seed_dir):
    for name in (SEED_ARTICLE, SEED_LISTING):
        page = read_page(seed_dir / name)
        blocks = segment_page(page.text, page.name)
        for field, label in zip(blocks["field"], blocks["label"], strict=False):
            assert label in FIELD_LABELS[field]


def test_line_newline_belongs_to_the_lines_last_block(seed_dir):
    page = read_page(seed_dir / SEED_ARTICLE)
    blocks = segment_page(page.text, page.name)
    for _, line_blocks in blocks.groupby("line_no"):
        texts = list(line_blocks["text"])
        assert all("\n" not in text for text in texts[:-1])
        assert texts[-1].endswith("\n") or line_blocks["end"].iloc[-1] == len(page.text)


def test_byline_line_is_cut_into_values_and_chrome(seed_dir):
    # the seed prints its header as one glued run ("Press RoomBy Press RoomJune 2,
    # 2025No Comments3 Mins Read"), read as a header printed one element a line
    # (analysis.clean.glued_byline): the byline's line holds its cue and the name, the
    # next line the date and the counters
    page = read_page(seed_dir / SEED_ARTICLE)
    blocks = segment_page(page.text, page.name)
    byline = blocks[blocks["field"] == "byline"]
    assert [text.strip() for text in byline["text"]] == ["Press Room"]
    line_no = byline["line_no"].iloc[0]
    line = blocks[blocks["line_no"] == line_no]
    assert list(line["field"]) == ["chrome", "byline"]
    following = blocks[blocks["line_no"] == line_no + 1]
    assert list(following["field"]) == ["published", "chrome"]
    assert following["text"].iloc[0] == "June 2, 2025"


def test_a_zero_width_line_between_paragraphs_is_a_body_blank_not_boilerplate():
    """A line of only invisible characters is blank everywhere (analysis.text.is_blank)."""
    paragraphs = [f"{PROSE} Detail number {n} follows here." for n in range(3)]
    plain = _article_text(paragraphs)
    invisible = "\u200b\ufeff \u2060"
    zero_width = plain.replace("here.\n\n", "here.\n" + invisible + "\n", 1)
    assert zero_width != plain
    blocks = {text: segment_page(text, "t.txt") for text in (plain, zero_width)}
    line = next(i for i, ln in enumerate(zero_width.split("\n")) if ln == invisible)
    placeholder = blocks[zero_width][blocks[zero_width]["line_no"] == line]
    assert list(placeholder["field"]) == ["blank"] and list(placeholder["label"]) == ["body"]

    def boilerplate_chars(frame: pd.DataFrame) -> int:
        chrome = frame[frame["label"] == "boilerplate"]
        return int((chrome["end"] - chrome["start"]).sum())

    # the invisible line adds its characters to the body, none to the boilerplate
    assert boilerplate_chars(blocks[zero_width]) == boilerplate_chars(blocks[plain])
    assert list(blocks[plain]["field"]) == list(blocks[zero_width]["field"])


def test_blank_lines_inside_body_are_body_others_boilerplate():
    paragraphs = [f"{PROSE} Detail number {n} follows here." for n in range(3)]
    text = _article_text(paragraphs)
    blocks = segment_page(text, "t.txt")
    assert_accounts_for_every_character(blocks, text)
    blank = blocks[blocks["field"] == "blank"]
    body_lines = blocks.loc[blocks["field"] == "body", "line_no"]
    first, last = body_lines.min(), body_lines.max()
    inside = blank[(blank["line_no"] > first) & (blank["line_no"] < last)]
    outside = blank[(blank["line_no"] < first) | (blank["line_no"] > last)]
    assert len(inside) == 2 and set(inside["label"]) == {"body"}
    assert len(outside) >= 2 and set(outside["label"]) == {"boilerplate"}


def test_cms_artefact_inside_body_line_is_its_own_block():
    paragraphs = [f"{PROSE} Detail {n}." for n in range(2)]
    paragraphs[1] = paragraphs[1] + " [[nid:4242]]"
    text = _article_text(paragraphs)
    blocks = segment_page(text, "t.txt")
    assert_accounts_for_every_character(blocks, text)
    artefact = blocks[blocks["field"] == "cms_artefact"]
    assert list(artefact["text"]) == ["[[nid:4242]]\n"]
    assert list(artefact["label"]) == ["boilerplate"]
    body_line = blocks[blocks["line_no"] == artefact["line_no"].iloc[0]]
    assert list(body_line["field"]) == ["body", "cms_artefact"]


@pytest.mark.parametrize(
    "text",
    ["", "\n", "\n\n\n", "no newline at end", "a\n\n b \n", "  \t\n", "x" * 5 + "\n" * 3 + "y"],
)
def test_small_and_odd_texts_tile(text):
    blocks = segment_page(text, "odd.txt")
    assert_accounts_for_every_character(blocks, text)
    validate_blocks(blocks, {"odd.txt": text} if len(blocks) else None)


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["", "  ", "  • Home", PROSE, "By Jane Doe | June 2, 2025"]),
            st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60),
        ),
        max_size=25,
    )
)
def test_any_text_is_tiled_exactly(parts):
    text = "\n".join(parts)
    blocks = segment_page(text, "h.txt")
    assert_accounts_for_every_character(blocks, text)


def test_validate_blocks_rejects_gaps_overlaps_and_bad_labels(seed_dir):
    page = read_page(seed_dir / SEED_ARTICLE)
    blocks = segment_page(page.text, page.name)
    texts = {page.name: page.text}
    validate_blocks(blocks, texts)

    gap = blocks.drop(index=3).reset_index(drop=True)
    gap["block_id"] = range(len(gap))
    with pytest.raises(TableError, match="contiguous"):
        validate_blocks(gap, texts)

    short = blocks.iloc[:-1]
    with pytest.raises(TableError, match="end"):
        validate_blocks(short, texts)

    bad_label = blocks.copy()
    bad_label.loc[0, "label"] = "menu"
    with pytest.raises(TableError):
        validate_blocks(bad_label, texts)

    wrong_pair = blocks.copy()
    wrong_pair.loc[wrong_pair["field"] == "title", "label"] = "body"
    with pytest.raises(TableError, match="field not allowed"):
        validate_blocks(wrong_pair, texts)

    edited = blocks.copy()
    edited.loc[0, "text"] = edited.loc[0, "text"].upper()
    with pytest.raises(TableError, match="rebuild"):
        validate_blocks(edited, texts)


def _broken_columns(columns: dict, how: str) -> dict:
    """A copy of a page's block columns with one invariant broken."""
    broken = {name: list(values) for name, values in columns.items()}
    if how == "block_id":
        broken["block_id"][1] = 0
    elif how == "gap":
        broken["start"][2] += 1
    elif how == "empty":
        broken["end"][0] = broken["start"][0]
    elif how == "label":
        broken["label"][broken["field"].index("title")] = "body"
    elif how == "short":  # the last block missing from every column
        for values in broken.values():
            values.pop()
    elif how == "text":
        broken["text"][0] = broken["text"][0].upper()
    elif how == "ragged":
        broken["label"].pop()
    elif how == "shifted":  # the texts still rebuild the page, but not block by block
        broken["text"][0], broken["text"][1] = (
            broken["text"][0][:-1],
            broken["text"][0][-1] + broken["text"][1],
        )
    return broken


@pytest.mark.parametrize(
    "how, error",
    [
        ("block_id", "block_id is not 0..n-1"),
        ("gap", "not contiguous"),
        ("empty", "not contiguous"),
        ("label", "field 'title' not allowed with 'body'"),
        ("short", "do not rebuild"),
        ("text", "do not rebuild"),
        ("ragged", "columns of different lengths"),
        ("shifted", "block 0's text is not its slice"),
    ],
)
def test_check_page_blocks_names_each_broken_invariant(seed_dir, how, error):
    """The whole-list test passes a page's own columns and sends every broken one to the
    block-by-block check, which names what is broken."""
    page = read_page(seed_dir / SEED_ARTICLE)
    columns = segment_page_columns(page.text, page.name)
    check_page_blocks(columns, page.text)
    check_page_blocks(segment_page_columns("", "empty.txt"), "")
    with pytest.raises(TableError, match=error):
        check_page_blocks(_broken_columns(columns, how), page.text)


def test_blocks_of_several_pages_validate_together(seed_dir):
    pages = [read_page(seed_dir / name) for name in (SEED_ARTICLE, SEED_LISTING)]
    blocks = pd.concat([segment_page(p.text, p.name) for p in pages], ignore_index=True)
    validate_blocks(blocks, {p.name: p.text for p in pages})

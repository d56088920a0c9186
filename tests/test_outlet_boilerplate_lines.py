"""analysis.stats.outlet_boilerplate: a sentence line an outlet prints in many of its
stories (a paywall or newsletter pitch inside the body) leaves its bodies in metrics;
a story's own paragraphs, printed again on its other pages, stay. Made-up text only."""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

from analysis.stats import metrics, outlet_boilerplate
from analysis.stats.metrics import article_metrics, write_metrics
from analysis.stats.outlet_boilerplate import LineCounts, sentence_lines, strip_articles
from analysis.text import count_words

PITCH = (
    "Sign up for our free evening bulletin and get the day's main stories sent to your "
    "inbox at six."
)
OTHER_PITCH = "Readers like you keep the Valley Courier going, so please consider a gift today."


def place(n: int) -> str:
    """A made-up place name for ``n``: stories differ in words, not only in numbers (a
    line is counted with its digits folded)."""
    syllables = ("ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze")
    return "".join(syllables[int(digit)] for digit in str(n)).capitalize()


def story(n: int) -> list[str]:
    """The paragraphs of made-up story ``n`` (each a sentence line)."""
    return [
        f"The ferry to {place(n)} left the harbour late on Tuesday after the storm had passed.",
        f"Crews on the {place(n)} route checked the ramps twice before the first cars went on.",
        f"Passengers waiting for the {place(n)} sailing were offered tea while engineers worked.",
    ]


def body(paragraphs: list[str], pitch: str | None = None) -> str:
    """Paragraphs with a blank line between them, ``pitch`` after the second."""
    lines = [*paragraphs[:2], pitch, *paragraphs[2:]] if pitch else paragraphs
    return "\n\n".join(lines)


def articles(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Article rows (outlet, title, body) with the columns metrics reads."""
    frame = pd.DataFrame(rows, columns=["outlet", "title", "body"])
    n = len(frame)
    return frame.assign(
        article_id=[f"{k:016x}" for k in range(n)],
        page=[f"p{k}.txt" for k in range(n)],
        article_index=0,
        layout="article",
        is_teaser=False,
        teaser_reason=None,
    )


def courier(n_stories: int = 8, pitched: int = 8) -> list[tuple[str, str, str]]:
    """An outlet's stories, the first ``pitched`` of them printing the pitch."""
    return [
        ("Valley Courier", f"Story {n}", body(story(n), PITCH if n < pitched else None))
        for n in range(n_stories)
    ]


def test_sentence_lines_are_long_lines_ending_a_sentence():
    text = (
        "Menu\n\nA short line.\n\n" + PITCH + "\n\nTen words here but no full stop at the end of it"
    )
    assert sentence_lines(text) == [PITCH]


def test_a_pitch_in_every_story_of_an_outlet_leaves_its_bodies():
    found, marked = strip_articles(articles(courier()))
    assert len(marked) == 1
    assert not any(PITCH in text for text in found["body"])
    assert found["body"][0] == body(story(0))  # the blank line under the pitch went too
    assert found[outlet_boilerplate.REMOVED_COLUMN].tolist() == [len(PITCH)] * 8
    assert marked.table()[["outlet", "line", "stories", "outlet_stories"]].values.tolist() == [
        ["Valley Courier", PITCH, 8, 8]
    ]


def test_a_metered_pitch_whose_count_changes_from_page_to_page_leaves_its_bodies():
    rows = [
        (
            "Valley Courier",
            f"Story {n}",
            body(story(n), f"You have {9 - n} free articles left this month, so subscribe today."),
        )
        for n in range(8)
    ]
    found, marked = strip_articles(articles(rows))
    assert len(marked) == 1
    assert found["body"].tolist() == [body(story(n)) for n in range(8)]


def test_a_story_printed_on_several_pages_keeps_its_paragraphs():
    # Story 0 crawled four times (once updated: a paragraph changed), in an outlet of 5
    # stories: its paragraphs are on 4 pages, but in one story.
    updated = [story(0)[0], story(0)[1], "A later paragraph says the last sailing is cancelled."]
    rows = [("Valley Courier", "Story 0", body(story(0))) for _ in range(3)]
    rows += [("Valley Courier", "story  0", body(updated))]
    rows += [("Valley Courier", f"Story {n}", body(story(n))) for n in range(1, 5)]
    found, marked = strip_articles(articles(rows))
    assert len(marked) == 0
    assert found["body"].tolist() == [row[2] for row in rows]


def test_the_floor_and_the_share_decide():
    # On 2 of 8 stories: under the floor of 3 stories and under a quarter of them.
    assert len(strip_articles(articles(courier(8, 2)))[1]) == 0
    # On 3 of 20: at the floor but under the share (5 stories).
    assert len(strip_articles(articles(courier(20, 3)))[1]) == 0
    assert len(strip_articles(articles(courier(20, 5)))[1]) == 1


def test_a_quotation_printed_again_in_follow_up_stories_is_kept():
    # an outlet's follow-ups repeat the mayor's statement: reporting, not a pitch
    quotation = "“We had to act now, before the winter storms,” the mayor said on Tuesday."
    rows = [
        ("Valley Courier", f"Story {n}", body([*story(n)[:2], quotation, story(n)[2]], PITCH))
        for n in range(4)
    ]
    found, marked = strip_articles(articles(rows))
    assert marked.table()["line"].tolist() == [PITCH]
    assert all(quotation in text for text in found["body"])


@pytest.mark.parametrize(
    "background",
    [
        "The storm cut power to forty thousand homes across the valley, officials said.",
        "According to the harbour authority, the sea wall will be inspected before winter.",
        "The harbour authority told reporters that the port would stay closed all week.",
    ],
)
def test_a_statement_printed_again_in_the_stories_of_one_study_is_kept(background):
    # a study of one story: each follow-up repeats the same background statement
    rows = [
        ("Valley Courier", f"Story {n}", body([*story(n)[:2], background, story(n)[2]], PITCH))
        for n in range(4)
    ]
    found, marked = strip_articles(articles(rows))
    assert marked.table()["line"].tolist() == [PITCH]
    assert all(background in text for text in found["body"])


@pytest.mark.parametrize(
    "pitch",
    [
        "As our founder said, journalism is a public good, so please support it today.",
        "Our readers have told us they value this reporting, so please subscribe today.",
    ],
)
def test_a_pitch_that_speaks_for_the_site_is_still_boilerplate(pitch):
    rows = [("Valley Courier", f"Story {n}", body(story(n), pitch)) for n in range(4)]
    assert strip_articles(articles(rows))[1].table()["line"].tolist() == [pitch]


def test_a_line_is_one_outlets_boilerplate_only():
    rows = [*courier(), ("Harbour Times", "Other", body(story(99), PITCH))]
    rows += [("Harbour Times", f"T{n}", body(story(100 + n), OTHER_PITCH)) for n in range(3)]
    found, marked = strip_articles(articles(rows))
    assert PITCH in found["body"].iloc[8]  # printed once by the Harbour Times: kept there
    assert not any(OTHER_PITCH in text for text in found["body"])
    assert sorted(marked.table()["outlet"]) == ["Harbour Times", "Valley Courier"]


def test_the_count_is_the_same_spilled_and_in_any_order(tmp_path: Path):
    rows = courier(12, 6) + [
        ("Harbour Times", f"T{n}", body(story(n), OTHER_PITCH)) for n in range(4)
    ]
    frame = articles(rows)
    held = LineCounts()
    held.add(frame["outlet"], frame["title"], frame["body"])
    spilled = LineCounts(tmp_path)
    order = list(range(len(rows)))
    random.Random(3).shuffle(order)
    for start in range(0, len(order), 5):  # in batches, shuffled
        part = frame.iloc[order[start : start + 5]]
        spilled.add(part["outlet"], part["title"], part["body"])
    first, second = held.marked(), spilled.marked()
    assert len(first) == len(second) == 2
    for outlet, text in zip(frame["outlet"], frame["body"], strict=True):
        assert first.strip(outlet, text) == second.strip(outlet, text)
    assert list(tmp_path.glob("lines-*.arrows"))  # counted from files


def test_article_metrics_count_the_removed_lines_as_boilerplate():
    frame = articles(courier())
    blocks = pd.DataFrame(
        [
            {"page": page, "start": 0, "end": len(text) + 20, "label": "body", "article_index": 0}
            for page, text in zip(frame["page"], frame["body"], strict=True)
        ]
    )
    table = article_metrics(frame, blocks)[0].set_index("page")
    row = table.loc["p0.txt"]
    assert row["n_words"] == count_words(body(story(0)))
    assert row["outlet_boilerplate_chars"] == len(PITCH)
    assert row["boilerplate_chars"] == len(PITCH)
    assert row["boilerplate_ratio"] == pytest.approx(len(PITCH) / row["unit_chars"])


def write_processed(frame: pd.DataFrame, processed: Path) -> Path:
    """``clean``'s three tables for made-up article pages (each page its body block)."""
    from analysis.io import write_parquet_atomic
    from analysis.tables import ARTICLE_COLUMNS

    chars = [len(text) for text in frame["body"]]
    pages = pd.DataFrame(
        {
            "page": frame["page"],
            "n_chars": chars,
            "layout": "article",
            "site": frame["outlet"],
            "site_key": frame["outlet"].str.lower().str.replace(" ", "") + ".example",
        }
    )
    blocks = pd.DataFrame(
        {
            "page": frame["page"],
            "block_id": 0,
            "line_no": 0,
            "start": 0,
            "end": chars,
            "label": "body",
            "field": "body",
            "article_index": 0,
            "text": frame["body"],
        }
    )
    full = frame.assign(
        outlet_key=pages["site_key"],
        outlet_source="site",
        url=None,
        credited_source=None,
        title_source="page",
        byline=None,
        byline_source=None,
        published=None,
        date_source=None,
        relative_time=None,
        category=None,
        n_body_chars=chars,
    )
    write_parquet_atomic(pages, processed / "pages.parquet")
    write_parquet_atomic(blocks, processed / "blocks.parquet")
    write_parquet_atomic(full[list(ARTICLE_COLUMNS)], processed / "articles.parquet")
    return processed


def corpus_frame() -> pd.DataFrame:
    """Ten Valley Courier stories with the pitch, and an outlet that prints it once."""
    rows = [*courier(10, 10), ("Harbour Times", "Other", body(story(99), PITCH))]
    rows += [("Harbour Times", f"T{n}", body(story(100 + n))) for n in range(3)]
    return articles(rows)


def test_metrics_writes_the_lines_removed_and_the_same_bytes_with_two_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    frame = corpus_frame()
    processed = write_processed(frame, tmp_path / "processed")
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 3)
    written = {}
    for jobs in (1, 2):
        paths = write_metrics(processed, tmp_path / f"reports{jobs}", jobs=jobs)
        written[jobs] = {name: path.read_bytes() for name, path in paths.items()}
    assert written[1] == written[2]
    lines = pd.read_csv(tmp_path / "reports1" / outlet_boilerplate.LINES_FILE)
    assert lines.values.tolist() == [["Valley Courier", PITCH, 10, 10]]
    streamed = pd.read_parquet(processed / "article_metrics.parquet")
    in_memory = article_metrics(frame, pd.read_parquet(processed / "blocks.parquet"))[0]
    pd.testing.assert_frame_equal(streamed, in_memory, check_dtype=False)
    row = streamed.set_index("page").loc["p0.txt"]
    assert row["n_words"] == count_words(body(story(0)))
    assert row["outlet_boilerplate_chars"] == len(PITCH)
    assert streamed.set_index("page").loc["p10.txt", "outlet_boilerplate_chars"] == 0


def test_with_two_jobs_the_workers_read_the_lines_off_the_bodies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The per-article part of the count (finding a body's sentence lines, with the
    quotation parser) runs on the workers with --jobs 2, beside the sort of the articles:
    this process only adds up what they found, and removes the same lines."""
    from analysis.stats import boilerplate_lines

    calls: list[str] = []
    real = boilerplate_lines.sentence_lines

    def counted(text: str) -> list[str]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(boilerplate_lines, "sentence_lines", counted)
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 3)
    frame = corpus_frame()
    written = {}
    for jobs in (1, 2):
        calls.clear()
        processed = write_processed(frame, tmp_path / f"processed{jobs}")
        paths = write_metrics(processed, tmp_path / f"reports{jobs}", jobs=jobs)
        written[jobs] = {name: path.read_bytes() for name, path in paths.items()}
        assert len(calls) == (len(frame) if jobs == 1 else 0)  # the workers' copy is not patched
    assert written[1] == written[2]
    lines = pd.read_csv(tmp_path / "reports2" / outlet_boilerplate.LINES_FILE)
    assert lines.values.tolist() == [["Valley Courier", PITCH, 10, 10]]


def test_an_interrupted_metrics_resumes_with_the_same_lines_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from analysis.stats import metrics_stream

    frame = corpus_frame()
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 3)
    reference = write_metrics(write_processed(frame, tmp_path / "whole"), tmp_path / "r0")
    expected = {name: path.read_bytes() for name, path in reference.items()}
    run = write_processed(frame, tmp_path / "run")
    real, calls = metrics_stream.analyse_chunk, []

    def failing(chunk: list[dict]) -> list:
        calls.append(len(chunk))
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(chunk)

    monkeypatch.setattr(metrics_stream, "analyse_chunk", failing)
    with pytest.raises(KeyboardInterrupt):
        write_metrics(run, tmp_path / "r1")
    monkeypatch.setattr(metrics_stream, "analyse_chunk", real)
    written = write_metrics(run, tmp_path / "r1")
    assert {name: path.read_bytes() for name, path in written.items()} == expected


def test_lines_read_off_without_outlets_are_those_of_the_outlets_articles():
    """text_line_keys (the workers' pass, before the outlets' names are known) gives
    each article what line_keys gives it under an outlet, and None where it finds none."""
    from analysis.stats.boilerplate_lines import line_keys, text_line_keys

    rows = [*courier(3, 2), ("Harbour Times", None, "Too short."), ("", "T", body(story(7)))]
    found = text_line_keys([(title, text) for _, title, text in rows])
    assert found[3] is None and found[4] is not None
    paired = [(outlet, *lines) for (outlet, _, _), lines in zip(rows, found, strict=True)
              if outlet and lines is not None]  # fmt: skip
    assert paired == line_keys(rows)


@pytest.mark.parametrize("jobs", [1, 2])
def test_lines_counted_across_read_batches_are_removed_as_from_one_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
):
    """The articles read in batches of 4 and handed out in chunks of 3 (a chunk's result
    counted once its batch's outlets are known): the same lines and bytes as one batch."""
    from analysis.stats import metrics_inputs

    frame = corpus_frame()
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 3)
    whole = write_metrics(write_processed(frame, tmp_path / "whole"), tmp_path / "r0", jobs=jobs)
    monkeypatch.setattr(metrics_inputs, "READ_BATCH_ROWS", 4)
    cut = write_metrics(write_processed(frame, tmp_path / "cut"), tmp_path / "r1", jobs=jobs)
    for name, path in whole.items():
        assert cut[name].read_bytes() == path.read_bytes(), name
    lines = pd.read_csv(tmp_path / "r1" / outlet_boilerplate.LINES_FILE)
    assert lines.values.tolist() == [["Valley Courier", PITCH, 10, 10]]

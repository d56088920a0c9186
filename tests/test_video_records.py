"""A video downloader's records (yt-dlp's JSON lines, ``.info.json``) and JSON Lines files
in a folder of pages (analysis.clean.video_records, analysis.clean.page_rows)."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.pipeline import run_clean
from analysis.clean.video_records import video_record, video_stories, without_footer

# A made-up channel's standing footer: a subscribe line, a link, hashtags.
FOOTER = (
    "Subscribe for the valley's news every day.\nMore: https://social.example/valleytv\n"
    "#Valley #News"
)


def _video(n: int, day: str, title: str, text: str) -> dict:
    """A made-up yt-dlp record of one news video, with the fields no story needs."""
    return {
        "id": f"vid{n}",
        "title": title,
        "formats": [{"format_id": "18", "ext": "mp4", "width": 640}],
        "thumbnail": f"https://img.example/vi/vid{n}/hq.jpg",
        "description": f"{text}\n\n{FOOTER}",
        "duration": 120 + n,
        "view_count": 300 * n,
        "webpage_url": f"https://video.example/watch?v=vid{n}",
        "channel": "Valley Evening TV",
        "uploader": "Valley Evening TV",
        "upload_date": day,
        "extractor": "youtube",
        "_type": "video",
    }


VIDEOS = [
    _video(
        1,
        "20261203",
        "Ferry timetable changes in January",
        "The ferry will run every hour from the first of January, the operator said.\n"
        "The mayor said fares stay the same.",
    ),
    _video(
        2,
        "20261202",
        "School roof repaired before winter",
        "Builders finished the school roof on Monday.\nPupils return on Wednesday.",
    ),
    _video(
        3,
        "20261130",
        "Library opens a repair cafe",
        "Volunteers mend lamps and radios on Saturdays.\nThe first morning drew forty people.",
    ),
]


def test_a_description_loses_its_footer_and_keeps_its_lines():
    text = "First line of the story.\nSecond line.\n\n" + FOOTER
    assert without_footer(text) == ["First line of the story.", "Second line."]
    # one paragraph is the text, even with a link in it
    assert without_footer("See https://x.example for the map.") == [
        "See https://x.example for the map."
    ]
    # a closing paragraph with no link is the footer when every video of the list ends with it
    assert without_footer(
        "Story.\n\nThanks for watching!", frozenset({"Thanks for watching!"})
    ) == ["Story."]
    assert without_footer("Story.\n\nThanks for watching!") == ["Story.", "Thanks for watching!"]


def test_a_video_record_is_a_story_record_and_other_json_is_not():
    record = video_record(VIDEOS[0])
    assert record == {
        "id": "vid1",
        "title": "Ferry timetable changes in January",
        "text": (
            "The ferry will run every hour from the first of January, the operator said.\n\n"
            "The mayor said fares stay the same."
        ),
        "published": "2026-12-03",
        "outlet": "Valley Evening TV",
        "url": "https://video.example/watch?v=vid1",
    }
    assert (
        video_record({"title": "A story", "upload_date": "20261203"}) is None
    )  # no downloader key
    assert video_record({**VIDEOS[0], "upload_date": "2026-12-03"}) is None  # not YYYYMMDD
    assert video_record({**VIDEOS[0], "description": FOOTER.split("\n")[1]}) is not None
    assert video_stories(VIDEOS[:1]) is None  # one video is a record, not a list
    assert [s["published"] for s in video_stories(VIDEOS)] == [
        "2026-12-03",
        "2026-12-02",
        "2026-11-30",
    ]


def _articles(out) -> pd.DataFrame:
    return pd.read_parquet(out / "articles.parquet")


def test_a_folders_json_lines_and_info_json_are_read_as_stories(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "channel.jsonl").write_text(
        "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in VIDEOS), "utf-8"
    )
    one = _video(
        4,
        "20261204",
        "Bridge closed for a night",
        "The river bridge closes at ten tonight while engineers check the joints.\n"
        "Buses take the long way round through the old town until six in the morning.\n"
        "The council said the work had been planned since the spring floods.",
    )
    (raw / "bridge.info.json").write_text(json.dumps(one, indent=1), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = _articles(tmp_path / "out")
    listed = articles[articles["page"] == "channel.jsonl"]
    assert listed["title"].tolist() == [v["title"] for v in VIDEOS]
    assert listed["published"].astype(str).str[:10].tolist() == [
        "2026-12-03",
        "2026-12-02",
        "2026-11-30",
    ]
    assert set(articles["outlet"]) == {"Valley Evening TV"}
    assert not articles["body"].str.contains("Subscribe|https://|#Valley").any()
    assert "The mayor said fares stay the same." in listed["body"].iloc[0]
    single = articles[articles["page"] == "bridge.info.json"]
    assert single["title"].tolist() == ["Bridge closed for a night"]
    assert str(single["published"].iloc[0])[:10] == "2026-12-04"
    assert "Buses take the long way round" in single["body"].iloc[0]


def test_a_folders_json_lines_of_pages_metadata_or_no_stories_are_skipped_and_the_rest_read(
    tmp_path,
):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "channel.jsonl").write_text("".join(json.dumps(v) + "\n" for v in VIDEOS), "utf-8")
    (raw / "pages.jsonl").write_text(
        json.dumps({"id": "a", "html": "<p>x</p>", "title": "T", "published": "2026-12-01"})
        + "\n"
        + json.dumps({"id": "b", "html": "<p>y</p>", "title": "U", "published": "2026-12-02"})
        + "\n",
        "utf-8",
    )
    (raw / "meta.ndjson").write_text(
        json.dumps({"file": "a.txt", "title": "T", "published": "2026-12-01"})
        + "\n"
        + json.dumps({"file": "b.txt", "title": "U", "published": "2026-12-02"})
        + "\n",
        "utf-8",
    )
    (raw / "broken.jsonl").write_text('{"title": "T"\n', "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert sorted(skipped.index) == ["broken.jsonl", "meta.ndjson", "pages.jsonl"]
    assert skipped["pages.jsonl"].startswith("a .jsonl file, not a page")
    assert "newscompare clean FILE" in skipped["pages.jsonl"]
    assert "--manifest" in skipped["meta.ndjson"]
    assert len(_articles(tmp_path / "out")) == 3  # the batch went on


def test_yt_dlp_lines_given_alone_are_a_table_of_their_videos(tmp_path):
    table = tmp_path / "channel.jsonl"
    table.write_text("".join(json.dumps(v) + "\n" for v in VIDEOS), "utf-8")
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    articles = _articles(tmp_path / "out")
    assert sorted(articles["page"]) == ["vid1", "vid2", "vid3"]
    assert set(articles["outlet"]) == {"Valley Evening TV"}


def test_a_json_lines_line_that_is_no_json_is_named(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [json.dumps(v) for v in VIDEOS]
    lines[1] = lines[1][:40]  # cut short
    (raw / "channel.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (raw / "good.jsonl").write_text("".join(json.dumps(v) + "\n" for v in VIDEOS), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert skipped["channel.jsonl"].startswith("line 2 is no JSON (")

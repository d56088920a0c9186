"""``clean --recursive``: a crawl saved a folder per day and site is read whole.

Review finding h178 item 6: ``clean raw/`` on ``raw/2026-12-03/site/story.txt`` read
nothing and advised cleaning each subfolder, which failed again one level down.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest
from page_checks import BUDGET_ARTICLE

from analysis.clean.outlet_merge import outlet_identities
from analysis.clean.pipeline import run_clean
from analysis.clean.raw_tree import list_raw_tree
from analysis.cli import main
from analysis.report.slugs import assign_slugs

FERRY = (
    "Ferry Fares Rise Again\n\n"
    "The harbour board raised ferry fares on Monday for the second time this year, "
    "citing fuel costs and repairs to the northern pier.\n\n"
    "Commuters said the rise would cost a family several hundred a year and asked the "
    "board to publish its accounts before the next meeting.\n"
)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _clean(raw: Path, out: Path, **kwargs) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    assert run_clean(raw, out, recursive=True, **kwargs) == 0
    pages = pd.read_parquet(out / "pages.parquet")
    articles = pd.read_parquet(out / "articles.parquet")
    skipped = pd.read_csv(out / "skipped.csv", keep_default_na=False).set_index("page")
    return pages, articles, skipped


@pytest.fixture
def day_site_crawl(tmp_path: Path) -> Path:
    """raw/DAY/SITE/story.txt, two levels of folders (what h178 item 6 cleaned)."""
    raw = tmp_path / "raw"
    _write(raw / "2026-12-03" / "harbour" / "story.txt", FERRY)
    _write(raw / "2026-12-03" / "valley" / "story.txt", BUDGET_ARTICLE)
    _write(raw / "2026-12-04" / "harbour" / "budget.txt", BUDGET_ARTICLE.replace("city", "town"))
    _write(raw / "top.txt", FERRY.replace("Monday", "Friday"))
    _write(raw / "2026-12-03-late.txt", FERRY.replace("Monday", "Saturday"))
    return raw


def test_every_page_below_the_folder_is_read_named_by_its_relative_path(day_site_crawl, tmp_path):
    pages, articles, skipped = _clean(day_site_crawl, tmp_path / "out")
    assert list(pages["page"]) == [
        "2026-12-03/harbour/story.txt",
        "2026-12-03/valley/story.txt",
        "2026-12-03-late.txt",  # a folder's pages before a name it opens ("-" < "/")
        "2026-12-04/harbour/budget.txt",
        "top.txt",
    ]
    assert skipped.empty
    assert set(articles["page"]) == set(pages["page"])


def test_the_same_tree_gives_the_same_tables_whatever_the_listing_order(day_site_crawl, tmp_path):
    first = _clean(day_site_crawl, tmp_path / "a")[0]
    again = _clean(day_site_crawl, tmp_path / "b")[0]
    pd.testing.assert_frame_equal(first, again)
    names = [entry.name for entry in list_raw_tree(day_site_crawl).entries]
    assert names == sorted(names, key=lambda name: name.split("/"))


def test_without_recursive_the_subfolders_are_listed_with_the_option_to_give(
    day_site_crawl, tmp_path
):
    assert run_clean(day_site_crawl, tmp_path / "out") == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")
    assert "clean --recursive" in skipped.loc["2026-12-03", "reason"]


def test_a_folders_name_is_never_an_outlet(tmp_path):
    raw = tmp_path / "raw"
    _write(
        raw / "named.html",
        '<html><head><meta property="og:site_name" content="Westvale Herald">'
        "<title>Council Approves New Budget</title></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in BUDGET_ARTICLE.split("\n\n")[1:])
        + "</article></body></html>",
    )
    # a bare text in a folder named as the outlet: the folder is the researcher's filing
    _write(raw / "westvale-herald" / "story.txt", FERRY)
    # the same text named by its file: a file name opening with the outlet's name files it
    _write(raw / "westvale-herald_ferry.txt", FERRY.replace("Monday", "Tuesday"))
    articles = _clean(raw, tmp_path / "out")[1]
    identities = outlet_identities(list(articles["outlet_key"]), list(articles["outlet"]))
    outlet = {
        page: identities.display_of(key, page)
        for page, key in zip(articles["page"], articles["outlet_key"], strict=True)
    }
    assert outlet["named.html"] == "Westvale Herald"
    assert outlet["westvale-herald_ferry.txt"] == "Westvale Herald"
    assert outlet["westvale-herald/story.txt"] == "unknown site (westvale-herald/story.txt)"


def test_a_manifests_file_column_gives_the_relative_path(day_site_crawl, tmp_path):
    (day_site_crawl / "manifest.csv").write_text(
        "file,outlet\n2026-12-03/harbour/story.txt,Harbour Times\n"
        "2026-12-04/harbour/budget.txt,Harbour Times\n",
        encoding="utf-8",
    )
    pages, articles, _ = _clean(day_site_crawl, tmp_path / "out")
    outlets = articles.set_index("page")["outlet"]
    assert outlets["2026-12-03/harbour/story.txt"] == "Harbour Times"
    assert outlets["2026-12-04/harbour/budget.txt"] == "Harbour Times"
    assert "manifest.csv" not in set(pages["page"])


def test_a_manifest_row_climbing_out_of_the_folder_is_refused(day_site_crawl, tmp_path, caplog):
    (day_site_crawl / "manifest.csv").write_text(
        "file,outlet\n2026-12-03/../top.txt,Harbour Times\n", encoding="utf-8"
    )
    with caplog.at_level(logging.INFO, logger="analysis"):
        assert run_clean(day_site_crawl, tmp_path / "out", recursive=True) == 1
    assert "must be a file name, or a subfolder's page's path" in caplog.text


def test_hidden_folders_are_not_read_and_said_so(day_site_crawl, tmp_path, caplog):
    _write(day_site_crawl / ".git" / "story.txt", FERRY)
    _write(day_site_crawl / "2026-12-03" / ".ipynb_checkpoints" / "story.txt", FERRY)
    with caplog.at_level(logging.INFO, logger="analysis"):
        pages, _, skipped = _clean(day_site_crawl, tmp_path / "out")
    assert not pages["page"].str.contains(r"\.git|ipynb", regex=True).any()
    assert skipped.empty
    assert "not read: 2 hidden folder(s) (.git, 2026-12-03/.ipynb_checkpoints)" in caplog.text


def test_a_link_loop_of_folders_is_read_once_and_listed(day_site_crawl, tmp_path):
    (day_site_crawl / "2026-12-03" / "harbour" / "up").symlink_to(day_site_crawl)
    (day_site_crawl / "again").symlink_to(day_site_crawl / "2026-12-04")
    pages, _, skipped = _clean(day_site_crawl, tmp_path / "out", symlinks="inside")
    assert len(pages) == 5
    assert "read already (the raw folder itself)" in skipped.loc["2026-12-03/harbour/up", "reason"]
    assert "read already (the folder 2026-12-04)" in skipped.loc["again", "reason"]


def test_a_link_to_a_folder_outside_is_read_only_when_links_anywhere_are(day_site_crawl, tmp_path):
    _write(tmp_path / "elsewhere" / "far.txt", FERRY.replace("Monday", "Sunday"))
    (day_site_crawl / "linked").symlink_to(tmp_path / "elsewhere")
    pages, _, skipped = _clean(day_site_crawl, tmp_path / "out")
    assert "linked/far.txt" not in set(pages["page"])
    assert skipped.loc["linked", "reason"].startswith("symbolic link, not followed")
    pages = _clean(day_site_crawl, tmp_path / "out2", symlinks="anywhere")[0]
    assert "linked/far.txt" in set(pages["page"])


def test_the_output_folder_inside_the_raw_folder_is_not_read(day_site_crawl, tmp_path):
    out = day_site_crawl / "processed"
    _clean(day_site_crawl, out)
    pages, _, skipped = _clean(day_site_crawl, out)  # again, its tables now there
    assert len(pages) == 5
    assert skipped.loc["processed", "reason"].startswith("the output folder")


def test_a_pages_path_never_becomes_a_path_of_a_report(tmp_path):
    names = ["unknown site (2026-12-03/../../etc/story.txt)", "unknown site (a/b.txt)"]
    for slug in assign_slugs(names).values():
        assert "/" not in slug and "\\" not in slug and not slug.startswith(".")


def test_the_command_line_reads_subfolders_with_recursive(day_site_crawl, tmp_path):
    assert (
        main(
            [
                "clean",
                str(day_site_crawl),
                "--out",
                str(tmp_path / "out"),
                "--jobs",
                "1",
                "--recursive",
            ]
        )
        == 0
    )
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    assert "2026-12-03/valley/story.txt" in set(pages["page"])
